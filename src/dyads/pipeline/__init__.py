"""The pipeline composed: ingest → nlp → actors → events → attributes → store.

Import what you need from its modules (``dyads.pipeline.ingest.ingest``, ``dyads.pipeline.coding``...):
the package itself loads nothing, so that a light module of it (the command line's engine choice,
``dyads.pipeline.choice``) does not load the whole pipeline.
"""
