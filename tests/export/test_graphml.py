"""Tests for claimtrack.export.graphml: GraphML and GEXF for Gephi."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from claimtrack.export.graphml import to_networkx, write_gexf, write_graphml
from tests.report.graphs import events_graph, extracted_graph, hostile_graph, kharkiv_stub


class TestToNetworkx:
    """A copy of the graph with plain, typed, XML-safe attributes."""

    def test_only_plain_values(self) -> None:
        """Every attribute is a str, int, float or bool."""
        graph = to_networkx(events_graph())
        values = [v for _, d in graph.nodes(data=True) for v in d.values()]
        values += [v for *_, d in graph.edges(data=True) for v in d.values()]
        assert values
        assert all(type(v) in {str, int, float, bool} for v in values)

    def test_claim_node_attributes(self) -> None:
        """A claim node has the label, kind, speaker, status and dates Gephi shows."""
        stub, c = kharkiv_stub()
        node = to_networkx(stub).nodes[c["mayor"].id]
        assert {
            "label": "at least five people were killed",
            "kind": "claim",
            "speaker": "Ihor Terekhov",
            "status": "contested",
            "published": "2022-08-30T10:30:00+03:00",
            "said_on": "2022-08-30",
            "figures": "at least 5 people killed",
        }.items() <= node.items()

    def test_edge_kinds(self) -> None:
        """Edges are typed: conflicts, repeats, corroborates, said_by, published_in."""
        stub, _ = kharkiv_stub()
        kinds = {d["kind"] for *_, d in to_networkx(stub).edges(data=True)}
        assert {"conflicts", "repeats", "corroborates", "said_by", "published_in"} <= kinds

    def test_control_characters_stripped(self) -> None:
        """Characters XML cannot hold are removed from values."""
        stub, c = kharkiv_stub()
        stub.nx.nodes[c["mayor"].id]["note"] = "bad\x00\x1bvalue\ufffe"
        assert "badvalue" == to_networkx(stub).nodes[c["mayor"].id]["note"]


@pytest.mark.parametrize(
    ("writer", "reader"),
    [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)],
    ids=["graphml", "gexf"],
)
class TestWriters:
    """GraphML and GEXF files read back with networkx."""

    def test_round_trip(self, tmp_path: Path, writer: object, reader: object) -> None:
        """Nodes, edges and attributes survive the file."""
        stub, c = kharkiv_stub()
        path = writer(stub, tmp_path / "graph.xml")  # type: ignore[operator]
        back = reader(path)  # type: ignore[operator]
        original = to_networkx(stub)
        assert original.number_of_nodes() == back.number_of_nodes()
        assert original.number_of_edges() == back.number_of_edges()
        assert "contested" == back.nodes[c["mayor"].id]["status"]
        assert "at least five people were killed" == back.nodes[c["mayor"].id]["label"]

    def test_hostile_text(self, tmp_path: Path, writer: object, reader: object) -> None:
        """Markup and control characters in articles still give a valid file."""
        stub = hostile_graph()
        doc = stub.documents()[0]
        stub.nx.add_node("odd\x01node", label="x\x00<y>&", kind="entity")
        back = reader(writer(stub, tmp_path / "graph.xml"))  # type: ignore[operator]
        assert "x<y>&" == back.nodes["oddnode"]["label"]
        assert doc.claims[0].content == back.nodes[doc.claims[0].id]["content"]

    def test_from_extraction(self, tmp_path: Path, writer: object, reader: object) -> None:
        """The extracted seed and events articles export and read back."""
        graph = extracted_graph()
        back = reader(writer(graph, tmp_path / "graph.xml"))  # type: ignore[operator]
        assert {c.id for c in graph.claims()} <= set(back.nodes)
