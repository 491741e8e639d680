"""
GraphML and GEXF of a claim graph, for Gephi, Cytoscape and yEd, through networkx's
writers.

`to_networkx` copies the graph with attributes those tools show: every node has a
`label` and a `kind` (claim, source, person, organization, ...); claims carry their
speaker, status, place, figures and dates (ISO strings); every edge has a `kind` (said_by,
published_in, corroborates, conflicts, updates, repeats, ...). Only strings, integers,
floats and booleans survive, each attribute with one type across the graph, and
characters XML cannot hold are removed.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from claimtrack.model import Claim, Document, Organization, Person, Source
from claimtrack.report.build import resolve_graph
from claimtrack.report.text import clean_text

__all__ = ["to_networkx", "write_gexf", "write_graphml"]

_LABEL_LIMIT = 120
# GEXF gives these edge and node attribute names a meaning of its own.
_RESERVED = frozenset({"id", "start", "end", "weight", "viz", "pid", "type", "key"})


def _plain(value: Any) -> str | int | float | bool | None:
    """Return *value* as a GraphML-safe scalar, or None to drop it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (Person, Organization)):
        return clean_text(value.name)
    if isinstance(value, (list, tuple, set, frozenset)):
        parts = [_plain(v) for v in value]
        return "; ".join(str(p) for p in parts if p is not None) or None
    return None  # other objects (claims, links) are described by the named attributes


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"


def _claim_attrs(graph: Any, claim: Claim) -> dict[str, Any]:
    status = graph.status(claim) if callable(getattr(graph, "status", None)) else None
    speaker = claim.attribution.speaker
    return {
        "label": _short(claim.content),
        "kind": "claim",
        "content": claim.content,
        "speaker": speaker.name if speaker is not None else None,
        "role": claim.attribution.role,
        "organization": claim.attribution.organization,
        "cue": claim.attribution.cue,
        "mode": claim.attribution.mode,
        "status": status,
        "place": claim.place,
        "said_on": claim.said_on,
        "figures": [str(f) for f in claim.figures],
        "source_id": claim.source.id,
        "publisher": claim.source.publisher,
        "published": claim.source.published,
    }


def _source_attrs(source: Source) -> dict[str, Any]:
    return {
        "label": _short(source.title or source.publisher or source.id),
        "kind": "source",
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published,
        "source_kind": source.kind,
        "credits": list(source.credits),
    }


def _node_attrs(
    graph: Any,
    key: Any,
    data: Mapping[str, Any],
    claims: Mapping[str, Claim],
    docs: Mapping[str, Document],
) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for name, value in data.items():
        if isinstance(value, Claim) and "label" not in data:
            attrs.update(_claim_attrs(graph, value))
        elif isinstance(value, (Person, Organization)):
            attrs.setdefault("label", value.name)
            attrs.setdefault("kind", type(value).__name__.lower())
        else:
            attrs[name] = value
    if key in claims:
        attrs.update(_claim_attrs(graph, claims[key]))
    elif key in docs:
        attrs.update(_source_attrs(docs[key].source))
    attrs.setdefault("label", str(key))
    attrs.setdefault("kind", "node")
    return attrs


def _edge_kind(data: Mapping[str, Any]) -> Any:
    for name in ("kind", "relation", "type", "label"):
        if name in data:
            return data[name]
    link = data.get("link")
    return getattr(link, "kind", "related")


def to_networkx(source: Any) -> nx.MultiDiGraph:
    """
    Return a copy of the claim graph with only plain, XML-safe attributes.

    Args:
        source: A `ClaimGraph`, or a `Store` (anything with a `graph()` method).

    Examples:
        >>> import networkx as nx
        >>> class Tiny:  # any object with an `nx` graph (and claims/documents) will do
        ...     nx = nx.MultiDiGraph()
        ...     nx.add_edge("clm-1", "src-1", kind="published_in", note="bad\\x00char")
        ...     def claims(self): return []
        ...     def documents(self): return []
        >>> g = to_networkx(Tiny())
        >>> [sorted(data.items()) for _, _, data in g.edges(data=True)]
        [[('kind', 'published_in'), ('note', 'badchar')]]
    """
    graph = resolve_graph(source)
    claims = {c.id: c for c in graph.claims()}
    docs = {d.id: d for d in graph.documents()}
    raw: dict[Any, dict[str, Any]] = {}
    for key, data in graph.nx.nodes(data=True):
        raw[key] = _node_attrs(graph, key, data, claims, docs)
    edges = []
    for a, b, key, data in graph.nx.edges(keys=True, data=True):
        attrs = {k: v for k, v in data.items() if k not in {"kind", "relation", "type"}}
        attrs["kind"] = _edge_kind(data)
        link = data.get("link")
        for name in ("why", "ratio", "origin"):
            if link is not None and getattr(link, name, None) is not None:
                attrs.setdefault(name, getattr(link, name))
        edges.append((a, b, key, attrs))

    out = nx.MultiDiGraph()
    node_attrs = _uniform([_clean(attrs) for attrs in raw.values()])
    ids: dict[Any, str] = {}
    for (key, _), attrs in zip(raw.items(), node_attrs, strict=True):
        ids[key] = clean_text(str(key))
        out.add_node(ids[key], **attrs)
    edge_attrs = _uniform([_clean(attrs) for *_, attrs in edges])
    for (a, b, key, _), attrs in zip(edges, edge_attrs, strict=True):
        out.add_edge(
            ids.get(a, clean_text(str(a))),
            ids.get(b, clean_text(str(b))),
            key=clean_text(str(key)),
            **attrs,
        )
    return out


def _clean(attrs: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for raw_name, value in attrs.items():
        plain = _plain(value)
        name = clean_text(str(raw_name))
        if plain is None or not name:
            continue
        out[f"{name}_" if name in _RESERVED else name] = plain
    return out


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each attribute one type across *rows* (GraphML and GEXF declare one)."""
    types: dict[str, set[type]] = {}
    for row in rows:
        for name, value in row.items():
            types.setdefault(name, set()).add(type(value))
    for row in rows:
        for name, value in row.items():
            kinds = types[name]
            if len(kinds) == 1:
                continue
            if kinds <= {int, float}:
                row[name] = float(value)
            else:
                row[name] = str(value)
    return rows


def write_graphml(source: Any, path: str | os.PathLike[str]) -> Path:
    """
    Write the claim graph of a graph or store to *path* as GraphML.

    Returns:
        The path written.
    """
    target = Path(path)
    nx.write_graphml(to_networkx(source), target, encoding="utf-8", prettyprint=True)
    return target


def write_gexf(source: Any, path: str | os.PathLike[str]) -> Path:
    """
    Write the claim graph of a graph or store to *path* as GEXF 1.2 (Gephi's format).

    Returns:
        The path written.
    """
    target = Path(path)
    nx.write_gexf(
        to_networkx(source), target, encoding="utf-8", prettyprint=True, version="1.2draft"
    )
    return target
