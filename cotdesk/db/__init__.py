"""cotdesk.db"""
