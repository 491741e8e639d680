"""
The claim store: SQLite with an append-only decision history, and JSON Lines
interchange of a whole store.

Examples:
    >>> from claimtrack.store import Store
    >>> with Store() as store:
    ...     store.count()["documents"]
    0
"""

from __future__ import annotations

from claimtrack.store.history import Action, ClaimStatus, HistoryEntry, StoreHeader
from claimtrack.store.sqlite import UNVERIFIED, Store

__all__ = ["UNVERIFIED", "Action", "ClaimStatus", "HistoryEntry", "Store", "StoreHeader"]
