"""
The Markdown report: the report model as GitHub-flavoured Markdown.

Article text is Markdown-escaped (so a title cannot inject links or HTML into a rendered
page) and table cells keep to one line.
"""

from __future__ import annotations

import re

from claimtrack.report.build import (
    ClaimView,
    PointView,
    ReportModel,
    point_note,
    point_time,
    undated_note,
)

__all__ = ["render_markdown"]

# Characters that can start emphasis, code, links, inline HTML, entities or table cells
# anywhere in a line; a backslash makes each literal. (Parentheses and "!" only act after
# a bracket, which is escaped.)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_WHITESPACE = re.compile(r"\s+")


def md_inline(text: object) -> str:
    """
    Return *text* as literal Markdown on one line, keeping its outer spaces.
    """
    return _MD_SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", str(text)))


def md(text: object) -> str:
    r"""
    Return *text* as literal Markdown on one line.

    Examples:
        >>> print(md("<b>[x](javascript:1)</b>"))
        \<b\>\[x\](javascript:1)\</b\>
    """
    return _MD_SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", str(text)).strip())


def _source(claim: ClaimView) -> str:
    src = claim.source
    name = md(src.publisher or src.title or src.id)
    date = src.published[:10] if src.published else "undated"
    if src.link:
        # Angle brackets keep any parenthesis in the URL inside the link target.
        return f"[{name}](<{src.link.replace('>', '%3E').replace(' ', '%20')}>), {date}"
    return f"{name}, {date}"


def _quote(claim: ClaimView) -> str:
    words = md(claim.words)
    return f"{md_inline(claim.before).lstrip()}**{words}**{md_inline(claim.after).rstrip()}"


def _who(claim: ClaimView) -> str:
    parts = [md(claim.speaker)]
    if claim.role:
        parts.append(md(claim.role))
    if claim.organization and claim.organization != claim.speaker:
        parts.append(md(claim.organization))
    return ", ".join(parts)


def _ratio(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value == float("inf"):
        return "∞"
    return f"×{value:.2f}"


def _point_source(model: ReportModel, point: PointView) -> str:
    claim = model.claims.get(point.claim_id)
    return _source(claim) if claim is not None else md(point.source_id or "")


def _timelines(model: ReportModel) -> list[str]:
    """
    The timelines section: a table per timeline of two or more figures, one table of
    the single figures, one of the changes stated with no level beside them, and how
    many undated figures are left out (nothing when no claim gives a figure a metric).
    """
    if not (model.timelines or model.changes or model.undated):
        return []
    out = [
        "## Timelines",
        "",
        "One row per figure of a first statement (copies left out), oldest first; "
        "each population and unit has its own timeline.",
        "",
    ]
    for timeline in model.timelines:
        if len(timeline.points) < 2:
            continue
        out += [
            f"### {md(timeline.title)}",
            "",
            "| when (UTC) | figure | speaker | source | note |",
            "| --- | --- | --- | --- | --- |",
        ]
        out += [
            f"| {point_time(p)} | {md(p.figure.describe)} | {md(p.speaker)} "
            f"| {_point_source(model, p)} | {md(point_note(model, p))} |"
            for p in timeline.points
        ]
        out.append("")
    singles = [t for t in model.timelines if len(t.points) == 1]
    if singles:
        out += [
            "### Single figures",
            "",
            "| what | figure | speaker | source | note |",
            "| --- | --- | --- | --- | --- |",
        ]
        for timeline in singles:
            p = timeline.points[0]
            out.append(
                f"| {md(timeline.title)} | {md(p.figure.describe)} | {md(p.speaker)} "
                f"| {_point_source(model, p)} | {md(point_note(model, p))} |"
            )
        out.append("")
    if model.changes:
        out += [
            "### Changes stated",
            "",
            "Rises and falls stated with no level beside them, so in no tally above.",
            "",
            "| when (UTC) | change | speaker | source |",
            "| --- | --- | --- | --- |",
        ]
        out += [
            f"| {point_time(p)} | {md(p.figure.describe)} | {md(p.speaker)} "
            f"| {_point_source(model, p)} |"
            for p in model.changes
        ]
        out.append("")
    if model.undated:
        out += [undated_note(model.undated), ""]
    return out


def render_markdown(model: ReportModel) -> str:
    """
    Return *model* as a Markdown document.

    Examples:
        >>> from claimtrack.report.build import ReportModel, Summary
        >>> empty = ReportModel("claimtrack.report/1", "Empty", {}, Summary(0, 0, 0, 0, 0, 0.0, 0, 0, None, None),
        ...                     (), (), (), (), (), (), {})
        >>> render_markdown(empty).splitlines()[0]
        '# Empty'
    """
    claims = model.claims
    s = model.summary
    out: list[str] = [f"# {md(model.title)}", ""]
    if model.filters:
        out += [
            "Filters: " + ", ".join(f"{k} = {md(v)}" for k, v in model.filters.items()),
            "",
        ]
    out += [
        "## Summary",
        "",
        "| documents | claims | speakers | organizations | unverified | conflicts | corroborated |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {s.documents} | {s.claims} | {s.speakers} | {s.organizations} | "
        f"{s.unverified} ({s.share_unverified:.0%}) | {s.conflicts} | {s.corroborated} |",
        "",
    ]
    if s.first_published:
        out += [f"Published from {s.first_published[:10]} to {(s.last_published or '')[:10]}.", ""]

    out += ["## Unverified claims", ""]
    if not model.unverified:
        out.append("None.")
    for cid in model.unverified:
        c = claims[cid]
        figures = "; ".join(md(f.describe) for f in c.figures)
        out += [
            f"- {_quote(c)}",
            f"  - {_who(c)} ({md(c.cue or c.mode)}); {_source(c)}; carried by {c.reach} "
            f"outlet{'s' if c.reach != 1 else ''}" + (f"; figures: {figures}" if figures else ""),
        ]
    out.append("")

    out += ["## Conflicts", ""]
    if not model.conflicts:
        out += ["None.", ""]
    else:
        out += [
            "| figure | speaker | source | figure | speaker | source | apart |",
            "| --- | --- | --- | --- | --- | --- | ---: |",
        ]
        for conflict in model.conflicts:
            a, b = claims[conflict.a], claims[conflict.b]
            out.append(
                f"| {md(conflict.figure_a or a.content)} | {_who(a)} | {_source(a)} "
                f"| {md(conflict.figure_b or b.content)} | {_who(b)} | {_source(b)} "
                f"| {_ratio(conflict.ratio)} |"
            )
        out.append("")

    out += ["## Corroborated claims", ""]
    if not model.corroborated:
        out.append("None.")
    for item in model.corroborated:
        c = claims[item.claim]
        out.append(f"- {_quote(c)} ({_who(c)}; {_source(c)})")
        for origin in item.origins:
            when = (origin.published or "")[:10] or "undated"
            where = md(origin.publisher or origin.source_id or "")
            out.append(f"  - independent origin: {md(origin.speaker)}, {where}, {when}")
    out.append("")

    out += _timelines(model)

    for heading, groups in (
        ("By speaker", model.speakers),
        ("By organization", model.organizations),
    ):
        out += [f"## {heading}", ""]
        for group in groups:
            out += [f"### {md(group.name)}", ""]
            out += [
                "| claim | cue | source | said on | status |",
                "| --- | --- | --- | --- | --- |",
            ]
            for cid in group.claims:
                c = claims[cid]
                out.append(
                    f"| {_quote(c)} | {md(c.cue or c.mode)} | {_source(c)} "
                    f"| {c.said_on or ''} | {c.status} |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"
