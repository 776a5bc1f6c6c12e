"""cotdesk.services"""
