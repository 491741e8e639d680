"""Tests for claimtrack.export.claimreview: schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.export.claimreview import RATINGS, to_claimreview, write_claimreview
from claimtrack.model import Verdict
from tests.report.graphs import kharkiv_stub


class TestToClaimReview:
    """One ClaimReview per assessed claim, from its latest assessment."""

    def test_review_of_a_repeated_claim(self) -> None:
        """The governor's four killed, judged misleading: every required field."""
        graph, c = kharkiv_stub()
        graph.assess(
            c["governor"].id,
            "misleading",
            by="Verification desk",
            note="toll rose to five",
            on="2022-08-31T08:00:00Z",
        )
        (review,) = to_claimreview(graph, base_url="https://desk.example/reviews")
        assert "https://schema.org" == review["@context"]
        assert "ClaimReview" == review["@type"]
        assert "Four people were killed in the shelling" == review["claimReviewed"]
        assert "2022-08-31" == review["datePublished"]
        assert f"https://desk.example/reviews#{c['governor'].id}" == review["url"]
        assert {"@type": "Organization", "name": "Verification desk"} == review["author"]
        assert {
            "@type": "Rating",
            "ratingValue": 2,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Misleading",
            "ratingExplanation": "toll rose to five",
        } == review["reviewRating"]
        item = review["itemReviewed"]
        assert "Claim" == item["@type"]
        assert {
            "@type": "Person",
            "name": "Oleh Syniehubov",
            "jobTitle": "governor",
            "affiliation": {"@type": "Organization", "name": "Kharkiv regional administration"},
        } == item["author"]
        assert ["https://news.example/1", "https://news.example/3"] == [
            a["url"] for a in item["appearance"]
        ]
        assert "https://news.example/1" == item["firstAppearance"]["url"]
        assert "2022-08-30T09:00:00+03:00" == item["firstAppearance"]["datePublished"]
        assert {"@type": "Organization", "name": "Kharkiv Daily"} == item["firstAppearance"][
            "publisher"
        ]

    def test_latest_assessment_wins(self) -> None:
        """A later verdict replaces an earlier one."""
        graph, c = kharkiv_stub()
        graph.assess(c["mayor"].id, "false", by="Desk", on="2022-08-30T12:00:00Z")
        graph.assess(c["mayor"].id, "verified", by="Desk", on="2022-08-31T12:00:00Z")
        (review,) = to_claimreview(graph)
        assert (5, "Verified") == (
            review["reviewRating"]["ratingValue"],
            review["reviewRating"]["alternateName"],
        )
        assert f"https://news.example/2#{c['mayor'].id}" == review["url"]

    def test_unassessed_claims_have_no_review(self) -> None:
        """No assessment, no review."""
        graph, _ = kharkiv_stub()
        assert [] == to_claimreview(graph)

    @pytest.mark.parametrize("verdict", list(Verdict))
    def test_every_verdict_is_on_the_scale(self, verdict: Verdict) -> None:
        """Each verdict has a rating between worst and best."""
        value, name = RATINGS[verdict]
        assert 1 <= value <= 5
        assert name


class TestWriteClaimReview:
    """The reviews are written as one JSON-LD array."""

    def test_write(self, tmp_path: Path) -> None:
        """The file holds the same reviews."""
        graph, c = kharkiv_stub()
        graph.assess(c["police"].id, "verified", by="Desk")
        path = write_claimreview(graph, tmp_path / "reviews.jsonld")
        assert to_claimreview(graph) == json.loads(path.read_text(encoding="utf-8"))


class TestClaimReviewFromExtraction:
    """ClaimReview on the extracted and linked fixtures."""

    def test_repeated_claim_appears_in_every_outlet(self) -> None:
        """A syndicated claim's review lists every outlet that ran it, earliest first."""
        from claimtrack.model import Relation
        from tests.report.graphs import extracted_graph

        graph = extracted_graph()
        link = next(iter(graph.relations(Relation.REPEATS)))
        graph.assess(link.a, "verified", by="Desk", on="2022-09-01T09:00:00Z")
        copies = {link.a}
        for other in graph.relations(Relation.REPEATS):
            if other.a in copies or other.b in copies:
                copies |= {other.a, other.b}
        (review,) = to_claimreview(graph)
        urls = [a.get("url") for a in review["itemReviewed"]["appearance"]]
        expected = {graph.claim(c).source.url for c in copies}
        assert expected <= set(urls)
        dates = [a.get("datePublished", "") for a in review["itemReviewed"]["appearance"]]
        assert review["itemReviewed"]["firstAppearance"]["datePublished"] == min(dates)
        assert "verified" == graph.status(link.a).value
