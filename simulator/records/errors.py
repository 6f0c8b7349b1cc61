"""The records store's errors, shared by both backends."""

from __future__ import annotations


class RecordsError(Exception):
    """A problem with the records database the user can act on (message says how)."""


class ConnectionLost(RecordsError):
    """The connection to the database server went away (a restart, the network): the store
    reconnects and runs the write again."""
