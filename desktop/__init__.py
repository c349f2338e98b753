"""Giao Ban Reader: an offline reader for reports on Party organisation-building work."""

__version__ = "0.1.0"
