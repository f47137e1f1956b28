"""Event output formats shared by the CLI and the HTTP API.

``rows`` (flat rows for tables and CSV), ``jsonl`` (complete records),
``gdelt`` (GDELT 2.0 Events, 61 tab-separated columns), ``plover`` (PLOVER
JSON records) and ``parquet``.
"""

from dyads.export.formats import EventFormat, write_events

__all__ = ["EventFormat", "write_events"]
