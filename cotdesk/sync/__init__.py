"""cotdesk.sync"""
