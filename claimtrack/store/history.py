"""
The records a claim store keeps besides documents: its decision history, and the lines
that open and close its JSON Lines export.

Each class is registered with `claimtrack.serialize`, so the one converter reads and
writes them like any model object.
"""

from __future__ import annotations

import enum

import attrs
import pendulum

from claimtrack.model import Assessment, to_datetime
from claimtrack.serialize import register_type

__all__ = ["Action", "ClaimStatus", "HistoryEntry", "StoreHeader"]


class Action(str, enum.Enum):
    """
    What a history entry records.

    Examples:
        >>> Action("undo_assessment")
        <Action.UNDO_ASSESSMENT: 'undo_assessment'>
    """

    ASSESS = "assess"
    UNDO_ASSESSMENT = "undo_assessment"
    MERGE = "merge"
    SPLIT = "split"


@attrs.frozen
class HistoryEntry:
    """
    One decision in a store's append-only history: who did what, when, and why.

    `target` is the claim id (assessments and undos) or the entity name (merges and
    splits); `other` the second name of a merge; `undoes` the `seq` of the entry an undo
    takes back; `assessment` the assessment an `assess` entry records.

    Examples:
        >>> entry = HistoryEntry(1, "2022-03-03T09:00:00Z", "desk", Action.MERGE,
        ...                      "Ihor Terekhov", other="Igor Terekhov",
        ...                      note="same mayor, two transliterations")
        >>> entry.action.value, entry.at.isoformat()
        ('merge', '2022-03-03T09:00:00+00:00')
    """

    seq: int
    at: pendulum.DateTime = attrs.field(converter=to_datetime)
    by: str
    action: Action = attrs.field(converter=Action)
    target: str
    other: str | None = None
    note: str = ""
    undoes: int | None = None
    assessment: Assessment | None = None


@attrs.frozen
class StoreHeader:
    """
    The first line of a store's JSON Lines export: which schema, which version, and how
    many records of each kind follow.
    """

    schema: str
    version: int
    exported: pendulum.DateTime = attrs.field(converter=to_datetime)
    counts: dict[str, int] = attrs.field(factory=dict)


@attrs.frozen
class ClaimStatus:
    """
    A claim's cached derived status (as `Store.save_relations` last saved it).
    """

    claim_id: str
    status: str


for _cls in (HistoryEntry, StoreHeader, ClaimStatus):
    register_type(_cls)
