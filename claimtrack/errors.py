"""
Errors raised by claimtrack.

Every error claimtrack raises on purpose is a `ClaimtrackError`, so research code can
catch one class. The subclasses say which layer refused what, and every message names the
offending value and where it came from.
"""

from __future__ import annotations

__all__ = [
    "ClaimtrackError",
    "DateError",
    "DuplicateSourceError",
    "ExportError",
    "ExtractionError",
    "FigureError",
    "GraphError",
    "InputError",
    "MissingDependencyError",
    "NotAClaimtrackDatabaseError",
    "ReadOnlyStoreError",
    "ReportError",
    "SchemaVersionError",
    "SerializationError",
    "SpanError",
    "StoreError",
    "UnknownClaimError",
    "UnknownDocumentError",
    "UnknownEntityError",
    "ValidationError",
]


class ClaimtrackError(Exception):
    """
    Base class of every error claimtrack raises on purpose.
    """


class ValidationError(ClaimtrackError, ValueError):
    """
    An object cannot be built because its values are impossible.
    """


class SpanError(ValidationError):
    """
    A span ends before it starts, is negative, or runs past its text.
    """


class FigureError(ValidationError):
    """
    A figure's interval is impossible (low above high, a negative count, no bound at all).
    """


class DateError(ValidationError):
    """
    A date or datetime is missing a timezone, unparseable, or in the wrong order.
    """


class SerializationError(ClaimtrackError):
    """
    JSON or JSON Lines input does not describe a claimtrack object.
    """


class InputError(ClaimtrackError):
    """
    An input file or record cannot be read (encoding, format, missing field).
    """


class ExtractionError(ClaimtrackError):
    """
    Extraction was asked for something it cannot do (a bad option, not bad text).
    """


class GraphError(ClaimtrackError):
    """
    A claim-graph operation cannot be carried out.
    """


class UnknownClaimError(GraphError, KeyError):
    """
    No claim with the given id is known.
    """

    def __str__(self) -> str:
        # KeyError quotes its argument; a readable message is more useful here.
        return str(self.args[0]) if self.args else "unknown claim"


class UnknownEntityError(GraphError, KeyError):
    """
    No person or organization with the given name or key is known.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown entity"


class StoreError(ClaimtrackError):
    """
    The claim store cannot be opened, read or written.
    """


class NotAClaimtrackDatabaseError(StoreError):
    """
    The file is not a claimtrack database (or is corrupt); it was left untouched.
    """


class SchemaVersionError(StoreError):
    """
    The database was written by a newer claimtrack; it was left untouched.
    """


class ReadOnlyStoreError(StoreError):
    """
    The store's location cannot be written.
    """


class DuplicateSourceError(StoreError):
    """
    The store already holds a different document under this source id, or one of the
    document's claim ids under another source; nothing of that document was stored.

    `source_id` is the source id of the document refused; `position` its index in the
    documents given to `Store.add_many`, and `stored` how many new documents that call
    stored before it (both None for `Store.add` and for an import, whose message names
    the record). Adding the same document again is not an error.
    """

    source_id: str | None = None
    position: int | None = None
    stored: int | None = None


class UnknownDocumentError(StoreError, KeyError):
    """
    No document with the given source id is stored.
    """

    def __str__(self) -> str:
        # KeyError quotes its argument; a readable message is more useful here.
        return str(self.args[0]) if self.args else "unknown document"


class ReportError(ClaimtrackError):
    """
    A report cannot be produced with the given options.
    """


class ExportError(ClaimtrackError):
    """
    An export cannot be produced with the given options.
    """


class MissingDependencyError(ClaimtrackError, ImportError):
    """
    An optional extra is needed for this feature and is not installed.
    """
