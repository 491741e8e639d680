"""
A claim's status: derived from its relations, overridden by people's assessments.

Derived statuses, strongest first: `superseded` (a newer figure in the same running tally
exists), `contested` (a conflict stands), `corroborated` (an independent origin agrees),
`unverified` (one origin, nothing else). An explicit assessment (`verified`, `false`,
`misleading`, `retracted`) overrides them; the newest assessment wins and all are kept.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from claimtrack.model import Assessment, Verdict

__all__ = ["Status", "derive", "newest"]


class Status(str, enum.Enum):
    """
    Where a claim stands.

    Examples:
        >>> Status("contested"), Status.from_verdict(Verdict.FALSE)
        (<Status.CONTESTED: 'contested'>, <Status.FALSE: 'false'>)
    """

    UNVERIFIED = "unverified"
    CORROBORATED = "corroborated"
    CONTESTED = "contested"
    SUPERSEDED = "superseded"
    VERIFIED = "verified"
    FALSE = "false"
    MISLEADING = "misleading"
    RETRACTED = "retracted"

    @classmethod
    def from_verdict(cls, verdict: Verdict) -> Status:
        """
        Return the status an explicit verdict sets.
        """
        return cls(verdict.value)


def newest(assessments: Iterable[Assessment]) -> Assessment | None:
    """
    Return the assessment that wins: the latest by `on`, then the last given.

    Examples:
        >>> a = Assessment("c", "false", by="x", on="2022-03-01")
        >>> b = Assessment("c", "verified", by="y", on="2022-03-02")
        >>> newest([b, a]).verdict.value
        'verified'
    """
    ordered = sorted(enumerate(assessments), key=lambda pair: (pair[1].on, pair[0]))
    return ordered[-1][1] if ordered else None


def derive(*, superseded: bool, contested: bool, corroborated: bool) -> Status:
    """
    Return the derived status from what the graph knows about a claim.

    Examples:
        >>> derive(superseded=False, contested=True, corroborated=True).value
        'contested'
    """
    if superseded:
        return Status.SUPERSEDED
    if contested:
        return Status.CONTESTED
    if corroborated:
        return Status.CORROBORATED
    return Status.UNVERIFIED
