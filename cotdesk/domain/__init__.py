"""cotdesk.domain"""
