"""cotdesk.ui"""
