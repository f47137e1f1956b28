"""The embedded store (DuckDB): articles and their coded events.

One writer process at a time (DuckDB's own rule): ingest, and later the API
server, hold a read-write :class:`Store`; readers may open it read-only when no
writer is running.  Workers that code a corpus in parallel never write: they
return records (or Parquet parts) to the single writer.
"""

from dyads.store.access.connection import AccessMode, Store, open_store
from dyads.store.articles import ArticleQuery, InsertReport

__all__ = ["AccessMode", "ArticleQuery", "InsertReport", "Store", "open_store"]
