"""The one exception tree of dyads.

    DyadsError
    ├── InputError          an input cannot be read (names the input and the reason)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── EncodingError
    │   ├── TooLarge
    │   ├── MalformedInput  (feeds, JSON, CSV, HTML that do not parse)
    │   └── MissingText
    ├── ConfigError         a bad setting or option
    ├── ResourceError       a model or dictionary that cannot be loaded
    │   └── DictionaryError a user dictionary or pattern file that is wrong
    ├── StoreError          the store cannot be opened or written
    │   ├── SchemaError     the store's schema is newer than this dyads, or not a dyads schema
    │   ├── StoreBusy       another process holds the store (a writer, or a reader while writing)
    │   └── RecordRejected  the store refused one record (a value or a constraint); the rest go on
    └── Interrupted         the user stopped a run (Ctrl-C); says what was kept
"""

from __future__ import annotations


class DyadsError(Exception):
    """Base of every error dyads raises on purpose."""


class InputError(DyadsError):
    """An input that cannot be read. ``str()`` is one line: ``input: reason``."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLarge(InputError):
    pass


class MalformedInput(InputError):
    pass


class MissingText(InputError):
    pass


class ConfigError(DyadsError):
    pass


class ResourceError(DyadsError):
    pass


class DictionaryError(ResourceError):
    pass


class StoreError(DyadsError):
    pass


class SchemaError(StoreError):
    pass


class StoreBusy(StoreError):
    pass


class RecordRejected(StoreError):
    pass


class Interrupted(DyadsError):
    """A run stopped by the user (Ctrl-C); ``str()`` is one line saying what was kept."""
