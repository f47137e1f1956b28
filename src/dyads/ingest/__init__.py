"""Ingest: turn files, directories, feeds and standard input into Articles.

Public entry point: :func:`read_inputs`, which yields an :class:`Article` for
every article read and an :class:`~dyads.errors.InputError` (never raised, yielded)
for every input or record that could not be read, so that good inputs beside a
bad one are still stored.
"""

from dyads.ingest.formats.sniff import Format
from dyads.ingest.notes import InputNote
from dyads.ingest.sources import ReadOptions, read_inputs

__all__ = ["Format", "InputNote", "ReadOptions", "read_inputs"]
