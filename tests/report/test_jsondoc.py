"""Tests for claimtrack.report.jsondoc: the JSON report (schema claimtrack.report/1)."""

from __future__ import annotations

import json
import math

import attrs

from claimtrack.report.build import build
from claimtrack.report.jsondoc import render_json, report_dict
from tests.report.graphs import kharkiv_stub


class TestRenderJson:
    """The JSON report is the model as plain data, its references all resolvable."""

    def test_schema_and_sections(self) -> None:
        """The documented top-level keys, in order."""
        graph, _ = kharkiv_stub()
        data = json.loads(render_json(build(graph)))
        assert [
            "schema",
            "title",
            "filters",
            "summary",
            "unverified",
            "conflicts",
            "corroborated",
            "speakers",
            "organizations",
            "timelines",
            "claims",
            "changes",
            "undated",
        ] == list(data)
        assert "claimtrack.report/1" == data["schema"]

    def test_references_resolve(self) -> None:
        """Every claim id a section names is in claims."""
        graph, _ = kharkiv_stub()
        data = json.loads(render_json(build(graph)))
        named = set(data["unverified"])
        named |= {c[k] for c in data["conflicts"] for k in ("a", "b")}
        named |= {i["claim"] for i in data["corroborated"]}
        named |= {cid for g in data["speakers"] + data["organizations"] for cid in g["claims"]}
        named |= {p["claim_id"] for t in data["timelines"] for p in t["points"]}
        assert named <= set(data["claims"])

    def test_claim_fields(self) -> None:
        """A claim carries its sentence parts, attribution, source, figures and status."""
        graph, c = kharkiv_stub()
        claim = json.loads(render_json(build(graph)))["claims"][c["mayor"].id]
        assert "at least five people were killed" == claim["words"]
        assert ("Ihor Terekhov", "mayor", "Kharkiv", "said") == (
            claim["speaker"],
            claim["role"],
            claim["organization"],
            claim["cue"],
        )
        assert {"low": 5, "high": None, "qualifier": "at_least"} == {
            k: claim["figures"][0][k] for k in ("low", "high", "qualifier")
        }
        assert "contested" == claim["status"]

    def test_infinite_ratio_is_null(self) -> None:
        """A ratio against zero is null, so the output is strict JSON."""
        graph, _ = kharkiv_stub()
        model = build(graph)
        conflict = attrs.evolve(model.conflicts[0], ratio=math.inf)
        data = report_dict(attrs.evolve(model, conflicts=(conflict,)))
        assert None is data["conflicts"][0]["ratio"]
        json.dumps(data, allow_nan=False)


class TestJsonTimelinePoints:
    """Timeline points carry the optional superseded_by and speaker_key fields."""

    def test_point_fields(self) -> None:
        """A superseded point names the claim that superseded it, listed in claims."""
        from tests.report.graphs import make_graph, toll_scenario

        docs, c = toll_scenario()
        data = json.loads(render_json(build(make_graph(docs))))
        (timeline,) = data["timelines"]
        first = timeline["points"][0]
        assert [
            "when",
            "claim_id",
            "speaker",
            "source_id",
            "figure",
            "conflict",
            "superseded_by",
            "speaker_key",
        ] == list(first)
        assert ([c["nine"].id], "person:oleh syniehubov") == (
            first["superseded_by"],
            first["speaker_key"],
        )
        assert [] == timeline["points"][-1]["superseded_by"]
        named = {cid for p in timeline["points"] for cid in p["superseded_by"]}
        assert named <= set(data["claims"])


class TestJsonTimelineFacts:
    """The JSON report carries the changes list, the undated count and populations."""

    def test_changes_undated_population(self) -> None:
        """Changes are points, undated a count, each timeline names its population."""
        from tests.report.graphs import make_graph, timeline_mix

        data = json.loads(render_json(build(make_graph(timeline_mix()))))
        assert (["clm-3"], 1) == ([p["claim_id"] for p in data["changes"]], data["undated"])
        assert ["people", "soldiers"] == [t["population"] for t in data["timelines"]]
        assert "change" not in data["timelines"][0]
