"""Holding the store: opening it, the one-writer lock, short writer sessions, and the integrity read."""
