"""The HTTP server: a JSON API and an offline web explorer over one store.

The server sits above :mod:`dyads.analysis`: its routes (``server.api``) parse
parameters, call the same store and analysis functions the CLI calls, and turn
records into JSON; the explorer (``server.web``) is static files that read the
API.  :mod:`dyads.server.access` owns the store: one DuckDB connection for the
life of the process, readers on cursors of it, and one writer thread.
``dyads.server.app.create_app`` builds the app; importing this package loads nothing.
"""
