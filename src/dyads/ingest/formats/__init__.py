"""The input formats: which reader an input needs, and one reader per format (JSON Lines, CSV/TSV, plain text, HTML pages, feeds)."""
