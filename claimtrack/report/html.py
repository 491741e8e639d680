"""
The HTML report: one self-contained page, rendered with Jinja2 with autoescaping on.

The page loads nothing (no scripts, no external styles, fonts or images; a strict
Content-Security-Policy says so again), carries its timeline charts as inline SVG and has
a print stylesheet. Jinja2 is the optional `claimtrack[html]` extra, imported here only.
"""

from __future__ import annotations

import functools
import math
from typing import Any

from claimtrack.errors import MissingDependencyError
from claimtrack.model import Figure
from claimtrack.report.build import (
    ReportModel,
    TimelineView,
    point_note,
    point_time,
    superseded_note,
    undated_note,
)
from claimtrack.report.svg import ChartPoint, timeline_svg

__all__ = ["render_html"]


@functools.lru_cache(maxsize=1)
def _environment() -> Any:
    try:
        import jinja2
    except ImportError:
        msg = "HTML reports need Jinja2: pip install 'claimtrack[html]'"
        raise MissingDependencyError(msg) from None
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimtrack.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _chart(timeline: TimelineView, model: ReportModel) -> str:
    points = []
    for p in timeline.points:
        f = p.figure
        figure = Figure(
            low=f.low,
            high=f.high,
            low_inclusive=f.low_inclusive,
            high_inclusive=f.high_inclusive,
            qualifier=f.qualifier,
            text=f.text,
            metric=f.metric,
            population=f.population,
            unit=f.unit,
        )
        claim = model.claims.get(p.claim_id)
        where = (
            (claim.source.publisher or claim.source.title or claim.source.id)
            if claim is not None
            else p.source_id
        )
        label = f"{p.speaker}: {f.text or f.describe} ({f.describe}), {where}, {point_time(p)}"
        if p.conflict:
            label += " - in conflict"
        if p.superseded:
            label += f" - {superseded_note(model, p)}"
        points.append(
            ChartPoint(
                p.when,
                figure,
                p.speaker,
                label=label,
                conflict=p.conflict,
                claim_id=p.claim_id,
                superseded=p.superseded,
            )
        )
    return timeline_svg(points, title=timeline.title)


def render_html(model: ReportModel) -> str:
    """
    Return *model* as one self-contained HTML page.

    Raises:
        MissingDependencyError: If Jinja2 is not installed.

    Examples:
        >>> from claimtrack.report.build import ReportModel, Summary
        >>> empty = ReportModel("claimtrack.report/1", "<Empty>", {}, Summary(0, 0, 0, 0, 0, 0.0, 0, 0, None, None),
        ...                     (), (), (), (), (), (), {})
        >>> page = render_html(empty)
        >>> "<title>&lt;Empty&gt;</title>" in page, "<script" in page
        (True, False)
    """
    environment = _environment()  # first, so a missing Jinja2 is named
    from markupsafe import Markup  # installed with Jinja2

    from claimtrack import __version__

    charts = [
        (t, Markup(_chart(t, model)))  # svg.py escapes every text it draws
        for t in model.timelines
        if len(t.points) >= 2
    ]
    singles = [
        (t, t.points[0], point_note(model, t.points[0]))
        for t in model.timelines
        if len(t.points) == 1
    ]
    template = environment.get_template("report.html.j2")
    return str(
        template.render(
            model=model,
            s=model.summary,
            charts=charts,
            singles=singles,
            undated=undated_note(model.undated),
            point_time=point_time,
            version=__version__,
            inf=math.inf,
        )
    )
