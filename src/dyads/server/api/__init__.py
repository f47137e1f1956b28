"""The JSON API: one module of routes per kind of thing served, all under ``/api``."""
