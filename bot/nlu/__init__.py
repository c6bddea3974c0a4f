"""Custom Rasa NLU components for Chinese: normalisation, catalogue entities,
personal facts and the service classifier. Referenced by name in config.yml."""
