"""Custom actions of 湖州市民服务助手, run by the rasa_sdk action server.

Thin adapters, one module per family; the knowledge base and the service
finder do the work. Shared helpers are in actions/common.py.
"""
from bot.privacy import install_log_masking

install_log_masking()
