"""The pipeline composed: ingest → nlp → actors → events → attributes → store."""

from dyads.pipeline.ingest import IngestSummary, ingest

__all__ = ["IngestSummary", "ingest"]
