"""The SQLite library: opening and migrations (db), reads (queries), writes."""
