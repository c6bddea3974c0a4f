"""Input channels of 湖州市民服务助手, one module per channel.

The web widget and the tests use Rasa's built-in REST channel
(/webhooks/rest/webhook, configured in credentials.yml). The WeChat official
account, the self-hosted web widget's assets and the hotline operator
console with its assist API are added here as modules of their own; the
console's assist API returns bot.finder.Finding.as_dict(), the same object
`python -m bot predict` writes.
"""
