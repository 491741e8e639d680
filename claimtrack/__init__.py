"""
claimtrack: claim tracking and source attribution for news text.

Turn reports into typed claims (figures, speakers, roles, organizations, dates, all
pinned to the characters they came from), link them across documents, and list what
stands unverified.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from claimtrack.errors import (
    ClaimtrackError,
    DateError,
    DuplicateSourceError,
    ExportError,
    ExtractionError,
    FigureError,
    GraphError,
    InputError,
    MissingDependencyError,
    NotAClaimtrackDatabaseError,
    ReadOnlyStoreError,
    ReportError,
    SchemaVersionError,
    SerializationError,
    SpanError,
    StoreError,
    UnknownClaimError,
    UnknownDocumentError,
    UnknownEntityError,
    ValidationError,
)
from claimtrack.extract import extract, extract_figures
from claimtrack.graph import ClaimGraph, Origin, Status, TimelinePoint
from claimtrack.model import (
    Affiliation,
    Assessment,
    Attribution,
    AttributionMode,
    Change,
    Claim,
    Document,
    DocumentWarning,
    Figure,
    Link,
    Organization,
    OrgKind,
    Period,
    Person,
    Qualifier,
    Relation,
    Source,
    SourceKind,
    Span,
    Verdict,
)
from claimtrack.report import report
from claimtrack.resolve import Decision, Resolver
from claimtrack.serialize import from_json, read_jsonl, to_json, write_jsonl
from claimtrack.store import Store

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Affiliation",
    "Assessment",
    "Attribution",
    "AttributionMode",
    "Change",
    "Claim",
    "ClaimGraph",
    "ClaimtrackError",
    "DateError",
    "Decision",
    "Document",
    "DocumentWarning",
    "DuplicateSourceError",
    "ExportError",
    "ExtractionError",
    "Figure",
    "FigureError",
    "GraphError",
    "InputError",
    "Link",
    "MissingDependencyError",
    "NotAClaimtrackDatabaseError",
    "OrgKind",
    "Organization",
    "Origin",
    "Period",
    "Person",
    "Qualifier",
    "ReadOnlyStoreError",
    "Relation",
    "ReportError",
    "Resolver",
    "SchemaVersionError",
    "SerializationError",
    "Source",
    "SourceKind",
    "Span",
    "SpanError",
    "Status",
    "Store",
    "StoreError",
    "TimelinePoint",
    "UnknownClaimError",
    "UnknownDocumentError",
    "UnknownEntityError",
    "ValidationError",
    "Verdict",
    "__version__",
    "extract",
    "extract_figures",
    "from_json",
    "read_jsonl",
    "report",
    "to_json",
    "write_jsonl",
]
