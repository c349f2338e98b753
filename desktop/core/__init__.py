"""The Qt-free core: analysis, the store, search, notes and export.

Nothing below this package imports PySide6 (enforced by import-linter).
"""
