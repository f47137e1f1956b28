"""Targets outside an act's own arguments: implied places and domestic targets, earlier acts, conduits, aims."""
