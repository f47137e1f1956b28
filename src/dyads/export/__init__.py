"""Event output formats shared by the CLI and the HTTP API.

``rows`` (flat rows for tables and CSV), ``parquet`` (typed Arrow columns),
``gdelt`` (GDELT 2.0 Events, 61 tab-separated columns) and ``plover`` (PLOVER
JSON records); JSON Lines writes the complete records.
"""

from dyads.export.formats import EventFormat, Written, write_events
from dyads.export.rows import ArticleInfo

__all__ = ["ArticleInfo", "EventFormat", "Written", "write_events"]
