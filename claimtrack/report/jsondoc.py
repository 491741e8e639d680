"""
The JSON report: the report model through claimtrack's one cattrs converter.

The document carries `"schema": "claimtrack.report/1"`; docs/reports.md describes its
fields. Keys keep their order; infinite ratios (a figure against zero) are `null`.
"""

from __future__ import annotations

import json
import math
from typing import Any

from claimtrack.report.build import ReportModel
from claimtrack.serialize import unstructure

__all__ = ["render_json", "report_dict"]


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def report_dict(model: ReportModel) -> dict[str, Any]:
    """
    Return *model* as plain JSON-ready data (schema `claimtrack.report/1`).
    """
    return dict(_finite(unstructure(model)))


def render_json(model: ReportModel, *, indent: int | None = 2) -> str:
    """
    Return *model* as JSON text.
    """
    return json.dumps(report_dict(model), ensure_ascii=False, indent=indent) + "\n"
