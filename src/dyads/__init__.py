"""dyads: event data from international news, with evidence for every number."""

__version__ = "0.1.0"

__all__ = ["__version__"]
