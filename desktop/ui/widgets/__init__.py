"""Widgets of the main window; panels never know each other."""
