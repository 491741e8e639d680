"""
Timeline charts as inline SVG, drawn here without JavaScript.

One chart shows the figures stated for one metric and place over time, one series (one
colour) per speaker. An exact figure is a dot, a range a bar from low to high, an open
end ("at least 25", "up to 40") an arrow pointing the way the interval is open, with a
hollow base when the bound itself is excluded ("more than 2,000"). Figures in conflict
with another source's carry a red ring; figures a later one superseded are faded, with a
dashed outline. The legend and the chart's description say so. Every piece of text is
escaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs
import pendulum

from claimtrack.model import Figure, to_datetime
from claimtrack.report.text import xml_escape

__all__ = ["ChartPoint", "timeline_svg"]

CONFLICT_COLOUR = "#c62828"
SUPERSEDED_OUTLINE = "#333333"
SUPERSEDED_OPACITY = 0.35
SUPERSEDED_DASH = "2.5 1.5"
# Colour-blind-safe series colours (Okabe-Ito, without red, which marks conflicts).
PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#8c6d31",
    "#000000",
    "#7f7f7f",
)
_ARROW = 26  # px: the length of the arrow drawn for an open end


@attrs.frozen
class ChartPoint:
    """
    One figure to plot: when it was stated, the figure, whose series it belongs to.

    Examples:
        >>> p = ChartPoint("2022-08-30T10:00:00Z", Figure.exact(4), "Oleh Syniehubov")
        >>> p.when.isoformat(), p.conflict
        ('2022-08-30T10:00:00+00:00', False)
    """

    when: pendulum.DateTime = attrs.field(converter=to_datetime)
    figure: Figure
    series: str
    label: str = ""
    conflict: bool = False
    claim_id: str = ""
    superseded: bool = False


def _nice_step(span: float, ticks: int = 5) -> float:
    """Return a round step (1, 2 or 5 times a power of ten) giving about *ticks* ticks."""
    raw = span / max(ticks, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    for mult in (1.0, 2.0, 5.0, 10.0):
        if raw <= mult * power:
            return mult * power
    return 10.0 * power  # pragma: no cover - the loop always returns


def _fmt(value: float, unit: str | None) -> str:
    prefix = suffix = ""
    if unit == "percent":
        value *= 100
        suffix = "%"
    elif unit is not None and unit.startswith("currency:"):
        prefix = unit.split(":", 1)[1] + " "
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,.3g}"
    return f"{prefix}{number}{suffix}"


_TICK_STEPS = tuple(
    h * 3600 for h in (1, 2, 3, 6, 12, 24, 48, 24 * 7, 24 * 14, 24 * 30, 24 * 91, 24 * 365)
)


def _time_ticks(t0: float, t1: float, most: int = 7) -> list[float]:
    """Return round moments (whole hours or days, UTC) between t0 and t1."""
    step = next((s for s in _TICK_STEPS if (t1 - t0) / s <= most), _TICK_STEPS[-1])
    first = math.ceil(t0 / step) * step
    return [float(t) for t in range(int(first), int(t1) + 1, step)]


def _bounds(figure: Figure) -> list[float]:
    return [b for b in (figure.low, figure.high) if b is not None]


def timeline_svg(
    points: Sequence[ChartPoint],
    *,
    title: str,
    width: int = 960,
    plot_height: int = 240,
) -> str:
    """
    Return an SVG chart of *points* over time, ready to inline in HTML.

    Args:
        points: The figures to draw; their speakers become the series.
        title: The chart's title, shown above it and read by screen readers.
        width: The chart's width in pixels (it scales down with the page).
        plot_height: The height of the plotting area in pixels.

    Examples:
        >>> svg = timeline_svg([
        ...     ChartPoint("2022-08-30T08:00Z", Figure.exact(4), "Governor <b>", conflict=True),
        ...     ChartPoint("2022-08-30T09:00Z", Figure.at_least(5), "Mayor"),
        ... ], title="killed in Kharkiv")
        >>> svg.startswith("<svg"), "Governor &lt;b&gt;" in svg, "<b>" in svg
        (True, True, False)
    """
    series = sorted({p.series for p in points})
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series)}
    conflicting = sum(1 for p in points if p.conflict)
    superseded = sum(1 for p in points if p.superseded)
    unit = next((p.figure.unit for p in points if p.figure.unit), None)
    # The legend: (kind, text, colour) for each series, then what the marks mean.
    entries = [("series", name, colour[name]) for name in series]
    if conflicting:
        entries.append(("conflict", "conflicting figure", CONFLICT_COLOUR))
    if superseded:
        entries.append(("superseded", "superseded by a later figure", SUPERSEDED_OUTLINE))

    left, right, top = 78, 24, 34
    legend_rows = math.ceil(len(entries) / 3) or 1
    height = top + plot_height + 58 + legend_rows * 20
    plot_w = width - left - right
    bottom = top + plot_height

    # ---- scales
    times = [p.when.timestamp() for p in points] or [0.0]
    t0, t1 = min(times), max(times)
    if t1 - t0 < 3600:
        t0, t1 = t0 - 6 * 3600, t1 + 6 * 3600
    pad = (t1 - t0) * 0.06
    t0, t1 = t0 - pad, t1 + pad
    values = [b for p in points for b in _bounds(p.figure)] or [0.0]
    v_low = min(0.0, *values)
    v_high = max(values)
    if v_high <= v_low:
        v_high = v_low + 1
    step = _nice_step(v_high - v_low)
    # Head room above the top value, for arrows of open upper ends.
    v_high = math.ceil((v_high + (v_high - v_low) * 0.12) / step) * step
    v_low = math.floor(v_low / step) * step

    def x(t: float) -> float:
        return left + (t - t0) / (t1 - t0) * plot_w

    def y(v: float) -> float:
        return bottom - (v - v_low) / (v_high - v_low) * plot_height

    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12">',
        f"<title>{xml_escape(title)}</title>",
        f"<desc>{xml_escape(_describe(len(points), len(series), conflicting, superseded))}</desc>",
        f'<text x="{left}" y="18" font-size="14" font-weight="600" fill="#222">'
        f"{xml_escape(title)}</text>",
    ]

    # ---- axes and grid
    tick = v_low
    while tick <= v_high + step / 2:
        ty = y(tick)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" '
            f'stroke="#e3e3e3" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{left - 8}" y="{ty + 4:.1f}" text-anchor="end" fill="#555">'
            f"{xml_escape(_fmt(tick, unit))}</text>"
        )
        tick += step
    out.append(
        f'<line x1="{left}" x2="{width - right}" y1="{bottom}" y2="{bottom}" stroke="#888"/>'
    )
    previous_day = ""
    for t in _time_ticks(t0, t1):
        moment = pendulum.from_timestamp(t)
        day = moment.format("D MMM YYYY")
        if t1 - t0 <= 3 * 86400:
            label = moment.format("HH:mm") if day == previous_day else moment.format("D MMM HH:mm")
        else:
            label = moment.format("D MMM") if day[-4:] == previous_day[-4:] else day
        previous_day = day
        out.append(
            f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{bottom}" y2="{bottom + 4}" stroke="#888"/>'
            f'<text x="{x(t):.1f}" y="{bottom + 18}" text-anchor="middle" fill="#555">'
            f"{xml_escape(label)}</text>"
        )
    out.append(
        f'<text x="{width - right}" y="{bottom + 34}" text-anchor="end" fill="#777" '
        f'font-size="11">time of publication (UTC)</text>'
    )

    # ---- series lines, then marks (marks on top)
    # A line joins one speaker's figures for one population, so a revised count shows.
    by_series: dict[tuple[str, str | None], list[ChartPoint]] = {}
    for p in sorted(points, key=lambda p: (p.when, p.claim_id)):
        by_series.setdefault((p.series, p.figure.population), []).append(p)
    offsets = {name: (i - (len(series) - 1) / 2) * 5 for i, name in enumerate(series)}
    for (name, _population), pts in by_series.items():
        if len(pts) > 1:
            path = " ".join(
                f"{x(p.when.timestamp()) + offsets[name]:.1f},{y(p.figure.value if not p.figure.is_open else _bounds(p.figure)[0]):.1f}"
                for p in pts
            )
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour[name]}" '
                f'stroke-width="1.2" stroke-opacity="0.45"/>'
            )
    # Dodge marks that would sit on top of each other (same moment, several sources).
    placed: list[float] = []
    for p in sorted(points, key=lambda p: (p.when, p.series, p.claim_id)):
        cx = x(p.when.timestamp()) + offsets[p.series]
        while any(abs(cx - other) < 9 for other in placed[-12:]):
            cx += 9
        placed.append(cx)
        out.append(_mark(p, cx, y, colour[p.series]))

    # ---- legend
    ly = bottom + 54
    col_w = plot_w / 3
    for i, (kind, name, col) in enumerate(entries):
        lx = left + (i % 3) * col_w
        row_y = ly + (i // 3) * 20
        if kind == "conflict":
            swatch = (
                f'<circle cx="{lx + 6}" cy="{row_y - 4}" r="6" fill="none" '
                f'stroke="{CONFLICT_COLOUR}" stroke-width="2.5"/>'
            )
        elif kind == "superseded":
            swatch = (
                f'<circle cx="{lx + 6}" cy="{row_y - 4}" r="6" fill="#7f7f7f" '
                f'fill-opacity="{SUPERSEDED_OPACITY}" stroke="{SUPERSEDED_OUTLINE}" '
                f'stroke-width="1.5" stroke-dasharray="{SUPERSEDED_DASH}"/>'
            )
        else:
            swatch = f'<rect x="{lx}" y="{row_y - 10}" width="12" height="12" rx="2" fill="{col}"/>'
        out.append(
            f'{swatch}<text x="{lx + 18}" y="{row_y}" fill="#222">'
            f"{xml_escape(_shorten(name, 34))}<title>{xml_escape(name)}</title></text>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _describe(figures: int, speakers: int, conflicting: int, superseded: int) -> str:
    """
    Return the chart's description for screen readers: what it shows and what it marks.

    Examples:
        >>> _describe(3, 1, 0, 2)
        '3 figures from 1 speaker over time. 2 superseded by a later figure (faded, dashed outline).'
    """
    parts = [
        f"{figures} figure{'s' if figures != 1 else ''} from {speakers} "
        f"speaker{'s' if speakers != 1 else ''} over time."
    ]
    if conflicting:
        parts.append(f"{conflicting} in conflict with another source's figure (red ring).")
    if superseded:
        parts.append(f"{superseded} superseded by a later figure (faded, dashed outline).")
    return " ".join(parts)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mark(p: ChartPoint, cx: float, y: object, col: str) -> str:
    """
    Return one figure's mark: a dot, a range bar or an arrow for an open end; red-ringed
    in conflict, faded with a dashed outline when superseded.
    """
    scale = y  # the y scale function
    assert callable(scale)
    f = p.figure
    tip = xml_escape(p.label or f"{p.series}: {f}")
    kind = "mark superseded" if p.superseded else "mark"
    parts = [f'<g class="{kind}"><title>{tip}</title>']
    fade = f' fill-opacity="{SUPERSEDED_OPACITY}"' if p.superseded else ""
    dash = f' stroke-dasharray="{SUPERSEDED_DASH}"' if p.superseded else ""
    if p.conflict:
        ring = f' stroke="{CONFLICT_COLOUR}" stroke-width="2.5"{dash}'
    elif p.superseded:
        ring = f' stroke="{SUPERSEDED_OUTLINE}" stroke-width="1.5"{dash}'
    else:
        ring = ' stroke="#fff" stroke-width="1"'
    if f.low is not None and f.high is not None and f.low != f.high:
        y_top, y_bot = scale(f.high), scale(f.low)
        opacity = fade or ' fill-opacity="0.8"'
        parts.append(
            f'<rect x="{cx - 4:.1f}" y="{y_top:.1f}" width="8" height="{max(y_bot - y_top, 2):.1f}" '
            f'rx="2" fill="{col}"{opacity}{ring}/>'
        )
    elif f.low is not None and f.high is not None:
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{scale(f.low):.1f}" r="5" fill="{col}"{fade}{ring}/>'
        )
    else:
        upward = f.low is not None
        bound = f.low if upward else f.high
        assert bound is not None
        inclusive = f.low_inclusive if upward else f.high_inclusive
        by = scale(bound)
        tip_y = by - _ARROW if upward else by + _ARROW
        head = -1 if upward else 1
        faded = f' stroke-opacity="{SUPERSEDED_OPACITY}"' if p.superseded else ""
        parts.append(
            f'<line x1="{cx:.1f}" y1="{by:.1f}" x2="{cx:.1f}" y2="{tip_y + head * -6:.1f}" '
            f'stroke="{col}" stroke-width="2.5"{faded}/>'
        )
        parts.append(
            f'<polygon points="{cx - 5:.1f},{tip_y - head * 7:.1f} {cx + 5:.1f},{tip_y - head * 7:.1f} '
            f'{cx:.1f},{tip_y:.1f}" fill="{col}"{fade}/>'
        )
        fill = col if inclusive else "#fff"
        outline = ring if p.conflict or p.superseded else f' stroke="{col}" stroke-width="2"'
        parts.append(f'<circle cx="{cx:.1f}" cy="{by:.1f}" r="5" fill="{fill}"{fade}{outline}/>')
    parts.append("</g>")
    return "".join(parts)
