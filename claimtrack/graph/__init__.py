"""
The claim graph: relations between claims, their origins and their status.

`ClaimGraph` is the entry point; the functions below are networkx-style aliases that
take the graph first.
"""

from __future__ import annotations

from typing import Any

from claimtrack.graph.core import ClaimGraph, default_within
from claimtrack.graph.origins import Origin, TimelinePoint, find_cycles
from claimtrack.graph.relations import CUMULATIVE, anchor, norm_metric, norm_place, norm_population
from claimtrack.graph.status import Status
from claimtrack.model import Claim, Link

__all__ = [
    "CUMULATIVE",
    "ClaimGraph",
    "Origin",
    "Status",
    "TimelinePoint",
    "anchor",
    "conflicts",
    "corroborating",
    "default_within",
    "find_cycles",
    "norm_metric",
    "norm_place",
    "norm_population",
    "origins",
    "unverified",
]


def unverified(graph: ClaimGraph, **filters: Any) -> list[Claim]:
    """
    Return the claims that stand unverified (see `ClaimGraph.unverified`).
    """
    return graph.unverified(**filters)


def conflicts(graph: ClaimGraph, **filters: Any) -> list[Link]:
    """
    Return the conflicts (see `ClaimGraph.conflicts`).
    """
    return graph.conflicts(**filters)


def corroborating(graph: ClaimGraph, claim: Claim | str) -> list[Claim]:
    """
    Return the claims that corroborate *claim* (see `ClaimGraph.corroborating`).
    """
    return graph.corroborating(claim)


def origins(graph: ClaimGraph, claim: Claim | str) -> list[Origin]:
    """
    Return where *claim* traces back to (see `ClaimGraph.origins`).
    """
    return graph.origins(claim)
