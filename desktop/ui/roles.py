"""Custom item data roles shared by models and views."""

from PySide6.QtCore import Qt

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
DirectiveIdRole = Qt.ItemDataRole.UserRole + 3
NoteIdRole = Qt.ItemDataRole.UserRole + 4
ObjectRole = Qt.ItemDataRole.UserRole + 5
MentionRole = Qt.ItemDataRole.UserRole + 6
