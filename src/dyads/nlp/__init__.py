"""NLP: the only place spaCy is imported. It turns spaCy's parse into ParsedDoc."""

from dyads.nlp.parse import Parser, load_parser

__all__ = ["Parser", "load_parser"]
