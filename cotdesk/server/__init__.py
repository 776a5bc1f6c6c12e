"""cotdesk.server"""
