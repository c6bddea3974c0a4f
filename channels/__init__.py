"""Input channels of 湖州市民服务助手, one module per channel.

The web widget and the tests use the REST channel of channels/rest.py
(/webhooks/rest/webhook, configured in credentials.yml): Rasa's own, with its
input checked first. channels/widget/ serves the self-hosted web widget
(its script, a demo page, the conversation history). The WeChat official
account and the hotline operator console with its assist API are added
here as modules of their own; the
console's assist API returns bot.finder.Finding.as_dict(), the same object
`python -m bot predict` writes.
"""
