"""Qt item models: thin adapters over ``desktop.core.store.queries``."""
