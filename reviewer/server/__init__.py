"""The team server on PostgreSQL: set-up, identity, and sync with local projects."""
