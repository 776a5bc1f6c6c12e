"""cotdesk: case management for the front desks of the COT solidali."""

__version__ = "0.1.0"
