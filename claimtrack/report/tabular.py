"""
The CSV report: one row per claim or per figure, ready for pandas or a spreadsheet.

Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab
or a carriage return) get a leading `'`, so opening the file never runs anything. Numbers
stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from claimtrack.export.records import CLAIM_COLUMNS, FIGURE_COLUMNS

__all__ = ["defuse", "render_csv"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: Any) -> Any:
    """
    Return a cell value that a spreadsheet will not read as a formula.

    Examples:
        >>> defuse("=HYPERLINK(\\"http://x\\")"), defuse("-5 killed"), defuse(-5), defuse("five")
        ('\\'=HYPERLINK("http://x")', "'-5 killed", -5, 'five')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def render_csv(records: Sequence[dict[str, Any]], rows: str = "claims") -> str:
    """
    Return *records* (from `to_records`) as CSV text with a header row.

    Examples:
        >>> text = render_csv([{"claim_id": "clm-1", "content": "=1+1"}], rows="claims")
        >>> text.splitlines()[1].split(",")[:2]
        ['clm-1', "'=1+1"]
    """
    columns = CLAIM_COLUMNS if rows == "claims" else FIGURE_COLUMNS
    buffer = io.StringIO()
    # The default "\r\n" line ending makes the writer quote any cell holding \r or \n.
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({key: defuse(record.get(key)) for key in columns})
    return buffer.getvalue()
