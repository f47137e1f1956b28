"""Where: place mentions, the gazetteer and town lookup, and the place each event happened in."""
