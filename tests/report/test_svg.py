"""Tests for claimtrack.report.svg: timeline charts as inline SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from claimtrack.model import Figure
from claimtrack.report.svg import (
    CONFLICT_COLOUR,
    SUPERSEDED_DASH,
    SUPERSEDED_OPACITY,
    SUPERSEDED_OUTLINE,
    ChartPoint,
    timeline_svg,
)

SVG = "{http://www.w3.org/2000/svg}"


def _chart(*points: ChartPoint, title: str = "killed in Kharkiv") -> ET.Element:
    return ET.fromstring(timeline_svg(list(points), title=title))


class TestTimelineSvg:
    """timeline_svg draws one mark per figure, shaped by its interval."""

    def test_is_well_formed_svg_with_title(self) -> None:
        """The chart parses as XML and carries its title for screen readers."""
        root = _chart(ChartPoint("2022-08-30T08:00Z", Figure.exact(4), "Governor"))
        assert f"{SVG}svg" == root.tag
        assert "killed in Kharkiv" == root.find(f"{SVG}title").text

    def test_marks_follow_the_interval(self) -> None:
        """An exact figure is a dot, a range a bar, an open end an arrow."""
        root = _chart(
            ChartPoint("2022-08-30T08:00Z", Figure.exact(4), "A", claim_id="1"),
            ChartPoint("2022-08-30T09:00Z", Figure.between(5, 7), "B", claim_id="2"),
            ChartPoint("2022-08-30T10:00Z", Figure.at_least(5), "C", claim_id="3"),
            ChartPoint("2022-08-30T11:00Z", Figure.at_most(9), "D", claim_id="4"),
        )
        groups = root.findall(f"{SVG}g")
        shapes = [sorted({child.tag.removeprefix(SVG) for child in g} - {"title"}) for g in groups]
        assert [
            ["circle"],
            ["rect"],
            ["circle", "line", "polygon"],
            ["circle", "line", "polygon"],
        ] == shapes

    def test_open_ends_point_the_open_way(self) -> None:
        """At least points up (tip above the bound), up to points down."""
        root = _chart(
            ChartPoint("2022-08-30T08:00Z", Figure.at_least(5), "A"),
            ChartPoint("2022-08-30T09:00Z", Figure.at_most(5), "B"),
        )
        up, down = root.findall(f"{SVG}g")
        for group, upward in ((up, True), (down, False)):
            base = float(group.find(f"{SVG}circle").get("cy"))
            tip = min if upward else max
            ys = [float(p.split(",")[1]) for p in group.find(f"{SVG}polygon").get("points").split()]
            assert (tip(ys) < base) is upward

    def test_excluded_bound_is_hollow(self) -> None:
        """More than 2,000 has a white (hollow) base; at least 2,000 a filled one."""
        root = _chart(
            ChartPoint("2022-03-02T08:00Z", Figure.more_than(2000), "A"),
            ChartPoint("2022-03-02T09:00Z", Figure.at_least(2000), "B"),
        )
        fills = [g.find(f"{SVG}circle").get("fill") for g in root.findall(f"{SVG}g")]
        assert "#fff" == fills[0]
        assert "#fff" != fills[1]

    def test_conflicts_are_ringed_red_and_explained(self) -> None:
        """A figure in conflict has a red outline and the legend says what red means."""
        svg = timeline_svg(
            [
                ChartPoint("2022-08-30T08:00Z", Figure.exact(4), "Governor", conflict=True),
                ChartPoint("2022-08-30T09:00Z", Figure.exact(5), "Mayor"),
            ],
            title="killed",
        )
        root = ET.fromstring(svg)
        strokes = [g.find(f"{SVG}circle").get("stroke") for g in root.findall(f"{SVG}g")]
        assert [CONFLICT_COLOUR, "#fff"] == strokes
        assert "conflicting figure" in svg

    def test_one_colour_per_speaker(self) -> None:
        """Two figures of one speaker share a colour; another speaker gets another."""
        root = _chart(
            ChartPoint("2022-08-30T08:00Z", Figure.exact(4), "Governor"),
            ChartPoint("2022-08-30T12:00Z", Figure.exact(6), "Governor"),
            ChartPoint("2022-08-30T09:00Z", Figure.exact(5), "Mayor"),
        )
        fills = [g.find(f"{SVG}circle").get("fill") for g in root.findall(f"{SVG}g")]
        assert fills[0] == fills[2] != fills[1]

    def test_every_text_is_escaped(self) -> None:
        """Speaker names, labels and titles cannot add elements or attributes."""
        hostile = '"><script>alert(1)</script><svg onload="alert(1)">'
        svg = timeline_svg(
            [ChartPoint("2022-08-30T08:00Z", Figure.exact(4), hostile, label=hostile)],
            title=hostile,
        )
        root = ET.fromstring(svg)
        tags = {e.tag.removeprefix(SVG) for e in root.iter()}
        assert not tags & {"script", "foreignObject"}
        assert all(not name.startswith("on") for e in root.iter() for name in e.attrib)
        assert hostile == root.find(f"{SVG}title").text

    def test_percent_axis(self) -> None:
        """Shares are labelled as percentages."""
        svg = timeline_svg(
            [
                ChartPoint("2022-08-30T08:00Z", Figure.exact(0.4, unit="percent"), "A"),
                ChartPoint("2022-08-31T08:00Z", Figure.exact(0.8, unit="percent"), "A"),
            ],
            title="share",
        )
        assert ">80%<" in svg

    def test_empty_chart(self) -> None:
        """No points still gives a well-formed chart."""
        assert f"{SVG}svg" == _chart().tag


class TestSupersededMarks:
    """Figures a later one superseded are faded with a dashed outline, and explained."""

    def _svg(self, *, conflict: bool = False) -> str:
        return timeline_svg(
            [
                ChartPoint(
                    "2022-08-30T09:00Z",
                    Figure.exact(4),
                    "Governor",
                    claim_id="1",
                    superseded=True,
                    conflict=conflict,
                ),
                ChartPoint("2022-08-31T09:00Z", Figure.exact(9), "Governor", claim_id="2"),
            ],
            title="killed",
        )

    def test_superseded_mark_is_faded_and_dashed(self) -> None:
        """The superseded dot is faded and dashed; the standing one is neither."""
        root = ET.fromstring(self._svg())
        old, new = (g.find(f"{SVG}circle") for g in root.findall(f"{SVG}g"))
        assert (SUPERSEDED_OUTLINE, SUPERSEDED_DASH, str(SUPERSEDED_OPACITY)) == (
            old.get("stroke"),
            old.get("stroke-dasharray"),
            old.get("fill-opacity"),
        )
        assert (None, None) == (new.get("stroke-dasharray"), new.get("fill-opacity"))

    def test_superseded_conflict_keeps_red_ring(self) -> None:
        """A superseded figure in conflict keeps its red ring, dashed."""
        root = ET.fromstring(self._svg(conflict=True))
        old = root.find(f"{SVG}g").find(f"{SVG}circle")
        assert (CONFLICT_COLOUR, SUPERSEDED_DASH) == (
            old.get("stroke"),
            old.get("stroke-dasharray"),
        )

    def test_open_end_superseded(self) -> None:
        """An arrow for an open end fades too, its base dashed."""
        svg = timeline_svg(
            [ChartPoint("2022-08-30T09:00Z", Figure.at_least(5), "A", superseded=True)],
            title="killed",
        )
        group = ET.fromstring(svg).find(f"{SVG}g")
        assert "mark superseded" == group.get("class")
        assert SUPERSEDED_DASH == group.find(f"{SVG}circle").get("stroke-dasharray")
        assert str(SUPERSEDED_OPACITY) == group.find(f"{SVG}line").get("stroke-opacity")

    def test_legend_and_description_explain(self) -> None:
        """The legend has an entry for superseded figures; the description counts them."""
        root = ET.fromstring(self._svg())
        legend = [t.text for t in root.findall(f"{SVG}text")]
        assert "superseded by a later figure" in legend
        assert (
            "2 figures from 1 speaker over time. "
            "1 superseded by a later figure (faded, dashed outline)."
        ) == root.find(f"{SVG}desc").text

    def test_no_superseded_entry_when_none(self) -> None:
        """Without superseded figures the legend says nothing about them."""
        svg = timeline_svg(
            [ChartPoint("2022-08-30T09:00Z", Figure.exact(4), "Governor")], title="killed"
        )
        assert "superseded" not in svg
