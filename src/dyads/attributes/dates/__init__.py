"""When: the dates of events (explicit and relative date phrases, periods, history retold, tense)."""
