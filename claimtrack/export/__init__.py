"""
Standard exports of a claim graph: W3C PROV, schema.org ClaimReview, GraphML and GEXF,
and plain records.

Optional extras are imported only when an export needs them (`prov` for PROV).
"""

from __future__ import annotations

from claimtrack.export.claimreview import to_claimreview, write_claimreview
from claimtrack.export.graphml import to_networkx, write_gexf, write_graphml
from claimtrack.export.prov import to_prov, write_prov
from claimtrack.export.records import to_records

__all__ = [
    "to_claimreview",
    "to_networkx",
    "to_prov",
    "to_records",
    "write_claimreview",
    "write_gexf",
    "write_graphml",
    "write_prov",
]
