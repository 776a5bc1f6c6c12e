"""cotdesk.letters"""
