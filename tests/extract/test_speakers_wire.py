"""Tests for speakers in wire copy: bare acronyms, groups with a place, company names."""

from __future__ import annotations

from claimtrack import extract
from claimtrack.extract.speakers import MentionKind, analyse_phrase
from claimtrack.model import OrgKind


def _speakers(text: str) -> list[str | None]:
    document = extract(text, published="2025-02-07T07:00:00Z", publisher="Wire")
    return [c.attribution.speaker.name if c.attribution.speaker else None for c in document.claims]


class TestBareAcronym:
    def test_acronym_named_nowhere_before(self) -> None:
        """'FEMA said' with no 'Federal ... (FEMA)' before: the acronym is the body."""
        assert ["FEMA"] == _speakers("FEMA said 3,400 homes were damaged.")

    def test_acronym_after_the_claim(self) -> None:
        """'..., AFAD said.' at a sentence end gives the body as speaker."""
        assert ["AFAD"] == _speakers("The number of dead climbed to 2,921 on Tuesday, AFAD said.")

    def test_acronym_named_before_still_resolves(self) -> None:
        """An acronym introduced in brackets still points back to the full name."""
        assert ["Coastal Rescue Agency"] * 2 == _speakers(
            "The Coastal Rescue Agency (CRA) said 12 sailors were missing. "
            "The CRA said later that 14 were missing."
        )


class TestGroupWithPlace:
    def test_group_in_a_place(self) -> None:
        """'Rescuers in Turkey' and 'Police in Lyon' are groups, the place left aside."""
        found = [analyse_phrase(p) for p in ("Rescuers in Turkey", "Police in Lyon")]
        assert [(MentionKind.GROUP, "Rescuers"), (MentionKind.GROUP, "Police")] == [
            (m.kind, m.organization.name if m.organization else None) for m in found
        ]

    def test_group_speaks(self) -> None:
        """A group with its place speaks its claim."""
        assert ["Rescuers"] == _speakers(
            "Rescuers in the province said on Tuesday that more than 3,000 people had died."
        )


class TestCompanySuffix:
    def test_suffix_makes_a_company(self) -> None:
        """'Halvorsen ASA', 'Brenner GmbH', 'Acme Inc.' are companies, not people."""
        found = [analyse_phrase(p) for p in ("Halvorsen ASA", "Brenner GmbH", "Acme Inc.")]
        assert [(MentionKind.ORGANIZATION, OrgKind.COMPANY)] * 3 == [
            (m.kind, m.organization.kind if m.organization else None) for m in found
        ]

    def test_the_company_points_back(self) -> None:
        """'The company said' in the next sentence is the company named before."""
        assert ["Halvorsen ASA", "Halvorsen ASA"] == _speakers(
            "Halvorsen ASA reported results on Monday. "
            "The company said revenue rose 12% to 4.1 billion kroner."
        )


class TestLocalBodies:
    def test_prefecture_and_governorate_are_bodies(self) -> None:
        """A prefecture, a governorate and a county speak as local government."""
        found = [analyse_phrase(p) for p in ("the Rhone prefecture", "Cook County")]
        assert [OrgKind.LOCAL_GOVERNMENT] * 2 == [
            m.organization.kind if m.organization else None for m in found
        ]


class TestNotBodies:
    def test_role_acronyms_and_codes_are_no_bodies(self) -> None:
        """'The CEO said', 'The PM said', 'Dallas, TX said' name no body of that name."""
        assert [None, None, None] == [
            _speakers(t)[0]
            for t in (
                "The CEO said 300 jobs would go.",
                "The PM said 12 people died.",
                "Dallas, TX said 40 homes burned.",
            )
        ]

    def test_a_body_described_is_no_body_named(self) -> None:
        """'The county said' with no county named before gives no speaker."""
        assert [None] == _speakers("The county said 40 homes were destroyed.")


class TestGroupOfAnEvent:
    def test_organisers_of_a_march(self) -> None:
        """'Organisers of Saturday's march in Valencia' are the organisers, not the march."""
        mention = analyse_phrase("Organisers of Saturday's housing march in Valencia")
        assert (MentionKind.GROUP, "Organisers") == (
            mention.kind,
            mention.organization.name if mention.organization else None,
        )

    def test_people_at_a_body(self) -> None:
        """'Analysts at Fjordbank' still speak for Fjordbank."""
        mention = analyse_phrase("Analysts at Fjordbank")
        assert (MentionKind.ROLE, "Fjordbank") == (
            mention.kind,
            mention.organization.name if mention.organization else None,
        )
