"""Cleaning article text: normalisation, markup, wiki and Markdown leftovers, bylines and trailing boilerplate."""
