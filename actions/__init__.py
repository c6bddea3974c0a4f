"""Custom actions of 湖州市民服务助手, run by the rasa_sdk action server.

Thin adapters, one module per family; the knowledge base and the service
finder do the work. Shared helpers are in actions/common.py; actions/guard.py
puts one guard around every action (any failure: an apology naming 12345).
"""
from bot.privacy import install_log_masking

install_log_masking()

from actions.guard import guard_package  # noqa: E402 - after the masking, before any action runs

guard_package(__name__)
