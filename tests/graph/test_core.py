"""Tests for claimtrack.graph.core: the ClaimGraph API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.errors import GraphError, UnknownClaimError
from claimtrack.graph import ClaimGraph, Status, default_within
from claimtrack.model import (
    Attribution,
    Claim,
    Document,
    Figure,
    Organization,
    Relation,
    Source,
    Span,
    Verdict,
)
from claimtrack.serialize import from_json, to_json
from tests.graph.helpers import doc, killed
from tests.strategies import documents


@pytest.fixture
def graph() -> ClaimGraph:
    g = ClaimGraph()
    g.add_many(
        [
            doc(
                "gov",
                "Four people were killed.",
                speaker="Oleh Syniehubov",
                figures=(killed(4),),
                published="2022-03-10T10:00:00Z",
                day="2022-03-10",
            ),
            doc(
                "mayor",
                "Five people were killed.",
                speaker="Ihor Terekhov",
                figures=(killed(5),),
                published="2022-03-10T10:30:00Z",
                day="2022-03-10",
            ),
            doc(
                "copy",
                "Five people were killed.",
                speaker="Igor Terekhov",
                figures=(killed(5),),
                published="2022-03-10T12:00:00Z",
                day="2022-03-10",
                credits=("AFP",),
            ),
            doc(
                "odesa",
                "Two people were injured.",
                speaker="Maksym Marchenko",
                figures=(killed(2),),
                place="Odesa",
                day="2022-04-01",
            ),
        ]
    )
    return g


class TestClaimGraphInput:
    def test_add_is_idempotent(self, graph: ClaimGraph) -> None:
        """Adding a document twice changes nothing."""
        assert (graph.add(graph.document("gov")), len(graph.claims())) == (False, 4)

    def test_unknown_claim(self, graph: ClaimGraph) -> None:
        """Asking for a missing claim raises UnknownClaimError naming it."""
        with pytest.raises(UnknownClaimError, match="nope"):
            graph.claim("nope")

    def test_unknown_document(self, graph: ClaimGraph) -> None:
        """Asking for a missing document raises GraphError."""
        with pytest.raises(GraphError, match="nope"):
            graph.document("nope")

    def test_negative_tolerance(self) -> None:
        """A negative tolerance is refused."""
        with pytest.raises(GraphError, match="tolerance"):
            ClaimGraph(tolerance=-1)


class TestClaimGraphFilters:
    def test_speaker_in_any_spelling(self, graph: ClaimGraph) -> None:
        """Filtering by a variant spelling finds the speaker's claims."""
        assert [c.id for c in graph.claims(speaker="Igor Terekhov")] == ["mayor-1", "copy-1"]

    def test_place_containment(self, graph: ClaimGraph) -> None:
        """Claims about Kharkiv match place='Ukraine'."""
        assert len(graph.claims(place="Ukraine")) == 4
        assert [c.id for c in graph.claims(place="Odesa")] == ["odesa-1"]

    def test_dates_and_values(self, graph: ClaimGraph) -> None:
        """since/until read said_on; min_value reads the figure's low."""
        assert [c.id for c in graph.claims(since="2022-03-31")] == ["odesa-1"]
        assert [c.id for c in graph.claims(min_value=5)] == ["mayor-1", "copy-1"]
        assert len(graph.claims(metric="deaths", until="2022-03-31")) == 3

    def test_several_metrics(self, graph: ClaimGraph) -> None:
        """metric= takes several metrics at once (casualties: killed or injured)."""
        assert 4 == len(graph.claims(metric=["killed", "injured"]))
        assert [] == graph.claims(metric=["injured", "evacuated"])

    def test_unverified_research_question(self, graph: ClaimGraph) -> None:
        """Unverified casualty claims about Ukraine in April: the Odesa one."""
        found = graph.unverified(
            metric="killed", place="Ukraine", since="2022-04-01", until="2022-04-30"
        )
        assert [c.id for c in found] == ["odesa-1"]


class TestClaimGraphStatus:
    def test_contested_and_copy(self, graph: ClaimGraph) -> None:
        """A conflict contests both sides and the copy of one side."""
        assert [graph.status(c) for c in ("gov-1", "mayor-1", "copy-1")] == [Status.CONTESTED] * 3

    def test_assessment_overrides_and_keeps_history(self, graph: ClaimGraph) -> None:
        """The newest assessment sets the status; all are kept."""
        graph.assess("gov-1", Verdict.FALSE, by="desk", on="2022-03-11T00:00:00Z")
        graph.assess(
            "gov-1",
            "verified",
            by="editor",
            on="2022-03-12T00:00:00Z",
            reliability="B",
            credibility=2,
        )
        assert graph.status("gov-1") == Status.VERIFIED
        assert [a.verdict.value for a in graph.assessments("gov-1")] == ["false", "verified"]

    def test_assess_unknown_claim(self, graph: ClaimGraph) -> None:
        """Assessing a missing claim raises UnknownClaimError."""
        with pytest.raises(UnknownClaimError):
            graph.assess("nope", Verdict.FALSE, by="desk")


class TestClaimGraphWhoIsWho:
    def test_canonical_and_split(self, graph: ClaimGraph) -> None:
        """Spellings share a canonical name until split by hand."""
        assert graph.canonical("Igor Terekhov") == graph.canonical("Ihor Terekhov")
        graph.split("Igor Terekhov", by="desk", note="a namesake")
        assert graph.canonical("Igor Terekhov") != graph.canonical("Ihor Terekhov")
        assert [d.kind.value for d in graph.decisions()] == ["split"]

    def test_decisions_serialise(self, graph: ClaimGraph) -> None:
        """A merge decision goes to JSON and back."""
        decision = graph.merge(
            "Ihor Terekhov", "Maksym Marchenko", by="desk", on="2022-05-01T00:00:00Z"
        )
        assert decision == from_json(to_json(decision))
        assert graph.canonical("Maksym Marchenko") == graph.canonical("Terekhov")


class TestClaimGraphViews:
    def test_networkx_view(self, graph: ClaimGraph) -> None:
        """graph.nx holds claims, people and sources with plain attributes."""
        view = graph.nx
        assert view.nodes["gov-1"]["kind"] == "claim"
        assert view.nodes[graph.resolver.key("Ihor Terekhov")]["kind"] == "person"
        assert view.has_edge("gov-1", "mayor-1", key="conflicts")
        nx.generate_graphml(view)  # only plain attribute types

    def test_relations_by_kind(self, graph: ClaimGraph) -> None:
        """relations() filters by Relation or by its string value."""
        said = list(graph.relations("said_by"))
        assert len(said) == 4
        assert [link.kind for link in graph.relations(Relation.REPEATS)] == [Relation.REPEATS]

    def test_circular_credits(self) -> None:
        """Two outlets crediting each other are a circular chain."""
        g = ClaimGraph()
        g.add(
            doc(
                "a", "Ten killed.", figures=(killed(10),), publisher="Daily A", credits=("Daily B",)
            )
        )
        g.add(
            doc(
                "b", "Ten killed.", figures=(killed(10),), publisher="Daily B", credits=("Daily A",)
            )
        )
        assert g.circular() == [["daili a", "daili b"]]


class TestDefaultWithin:
    def test_region_suffix(self) -> None:
        """A city lies within 'its name + region'."""
        assert default_within("Kharkiv", "Kharkiv region")
        assert not default_within("Kharkiv region", "Kharkiv city")


class TestForeignClaimSource:
    def _foreign(self) -> Document:
        other = doc("src-b", "Seven people were hurt, the agency said.", speaker="Agency")
        base = doc("src-a", "Three died, police said.", speaker="Police")
        return Document(base.source, base.text, claims=[*base.claims, *other.claims])

    def test_published_in_its_document(self) -> None:
        """A claim naming another source is published in the document that brought it."""
        g = ClaimGraph()
        g.add(self._foreign())
        published = {link.a: link.b for link in g.relations("published_in")}
        assert {"src-a-1": "src-a", "src-b-1": "src-a"} == published

    def test_claim_id_stays_with_its_document(self) -> None:
        """Its claim id still belongs to that document: another source may not reuse it."""
        g = ClaimGraph()
        g.add(self._foreign())
        with pytest.raises(GraphError, match="src-b-1"):
            g.add(doc("src-b", "Seven people were hurt, the agency said.", speaker="Agency"))


class TestClaimGraphNestedPlaces:
    def _graph(self, within: Callable[[str, str], bool] | None = None) -> ClaimGraph:
        g = ClaimGraph(within=within)
        g.add_many(
            [
                doc(
                    "city",
                    "At least 40 died in the city, the mayor said.",
                    speaker="Anna Kovalenko",
                    figures=(killed(40, floor=True),),
                ),
                doc(
                    "nation",
                    "The ministry counted 15 dead nationwide.",
                    speaker="Petro Lysenko",
                    figures=(killed(15),),
                    place="Ukraine",
                ),
            ]
        )
        return g

    def test_city_above_country_conflicts(self) -> None:
        """link() sets a city's tally above its country's as a conflict."""
        g = self._graph()
        assert [("city-1", "nation-1")] == [(c.a, c.b) for c in g.conflicts()]
        assert Status.CONTESTED == g.status("nation-1")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["Kharkiv", "Kharkiv region", "Ukraine", "Houston", "Texas"]),
                st.sampled_from(["Anna Kovalenko", "Petro Lysenko", "Maria Bondar", None]),
                st.integers(min_value=1, max_value=60),
                st.booleans(),
                st.sampled_from(["2022-08-30", "2022-08-31"]),
                st.integers(min_value=6, max_value=20),
            ),
            max_size=8,
        ),
        st.randoms(use_true_random=False),
    )
    def test_nested_in_any_order(self, specs: list[Any], rng: Any) -> None:
        """Tallies for places inside places link the same whatever order they arrive in."""
        docs = [
            doc(
                f"s{i}",
                f"{value} people were killed in {place}.",
                speaker=speaker,
                figures=(killed(value, floor=floor),),
                place=place,
                day=day,
                published=f"{day}T{hour:02d}:00:00Z",
            )
            for i, (place, speaker, value, floor, day, hour) in enumerate(specs)
        ]
        shuffled = list(docs)
        rng.shuffle(shuffled)
        first, second = ClaimGraph(), ClaimGraph()
        first.add_many(docs)
        second.add_many(shuffled)

        def links(graph: ClaimGraph) -> set[tuple[str, str, str, str, float | None]]:
            return {(k.a, k.b, k.kind.value, k.why, k.ratio) for k in graph.relations()}

        assert links(first) == links(second)

    def test_custom_within_narrows(self) -> None:
        """A custom within that puts nothing inside anything leaves the pair alone."""
        g = self._graph(within=lambda inner, outer: inner == outer)
        assert [] == g.conflicts()


class TestClaimGraphProperties:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(documents(), max_size=4))
    def test_any_documents_link_in_any_order(self, docs: list[Document]) -> None:
        """Any documents link without error, and the order they come in does not matter."""
        forward, backward = ClaimGraph(), ClaimGraph()
        by_id: dict[str, Document] = {}
        owner: dict[str, str] = {}
        clash = any(by_id.setdefault(d.source.id, d) != d for d in docs) or any(
            owner.setdefault(c.id, d.source.id) != d.source.id for d in docs for c in d.claims
        )
        if clash:
            # Two different documents under one source id, or one claim id in two
            # sources, are refused in either order.
            with pytest.raises(GraphError, match="already"):
                forward.add_many(docs)
            with pytest.raises(GraphError, match="already"):
                backward.add_many(reversed(docs))
            return
        forward.add_many(docs)
        backward.add_many(reversed(docs))

        def links(graph: ClaimGraph) -> set[tuple[str, str, str]]:
            return {(link.a, link.b, link.kind.value) for link in graph.relations()}

        assert links(forward) == links(backward)
        for claim in forward.claims():
            assert isinstance(forward.status(claim), Status)


class TestAddManyErrors:
    def test_refused_documents_are_collected(self) -> None:
        """add_many(errors=...) keeps the refusal, adds the rest, and the graph keeps none of it."""
        first = doc("a", "Five died, the mayor said.", speaker="Anna Bondar", figures=(killed(5),))
        changed = doc("a", "Six died, the mayor said.", speaker="Anna Bondar", figures=(killed(6),))
        other = doc("b", "Four died.", speaker="Petro Lysenko", figures=(killed(4),))
        graph = ClaimGraph()
        errors: list[GraphError] = []
        assert 2 == graph.add_many([first, changed, other], errors=errors)
        assert ["source id 'a' already holds"] == [str(x)[:27] for x in errors]
        assert ["a", "b"] == [d.source.id for d in graph.documents()]
        with pytest.raises(GraphError, match="already holds a different document"):
            ClaimGraph().add_many([first, changed])


class TestSourceIdClash:
    def test_a_different_document_under_a_known_id_is_refused(self) -> None:
        """A changed article under a known source id raises and leaves the graph as it was."""
        from claimtrack import extract

        first = extract("Five people died, the mayor said.", url="https://example.org/a")
        second = extract("Seven people died, the mayor said.", url="https://example.org/a")
        graph = ClaimGraph()
        assert True is graph.add(first)
        assert False is graph.add(first)
        with pytest.raises(GraphError, match="already holds a different document"):
            graph.add(second)
        assert [c.id for c in first.claims] == [c.id for c in graph.claims()]

    def test_a_claim_id_of_another_source_is_refused_whole(self) -> None:
        """A document reusing another source's claim id adds none of its claims."""
        a = doc("a", "Five died, the mayor said.", speaker="Anna Kovalenko")
        b = doc("b", "Six died, police said.", speaker="Police", org=True)
        stolen = attrs.evolve(a.claims[0], source=b.source)
        clash = Document(b.source, b.text, claims=[*b.claims, stolen])
        graph = ClaimGraph()
        graph.add(a)
        with pytest.raises(GraphError, match="already used by source 'a'"):
            graph.add(clash)
        assert (["a-1"], 1) == ([c.id for c in graph.claims()], len(graph))
        assert True is graph.add(b)
        assert 2 == len(graph)


class TestLinkProgress:
    def test_progress_names_each_pass(self, capsys: pytest.CaptureFixture[str]) -> None:
        """link(progress=True) links as link() does and writes nothing to stdout."""
        docs = [
            doc("a", "Four died, the mayor said.", speaker="Anna Kovalenko", figures=(killed(4),)),
            doc("b", "Nine died, police said.", speaker="Police", org=True, figures=(killed(9),)),
        ]
        quiet, shown = ClaimGraph(), ClaimGraph()
        quiet.add_many(docs)
        shown.add_many(docs, progress=True)
        quiet.link()
        shown.link(progress=True)
        assert list(quiet.relations()) == list(shown.relations())
        assert "" == capsys.readouterr().out

    def test_each_pass_is_announced(self) -> None:
        """detect() names each pass as it starts, for progress bars."""
        g = ClaimGraph()
        g.add(
            doc("a", "Four died, the mayor said.", speaker="Anna Kovalenko", figures=(killed(4),))
        )
        phases: list[str] = []
        g._link(phase=phases.append)
        assert [
            "sorting claims",
            "citations",
            "repeats",
            "updates, conflicts, corroborations",
            "within documents",
            "places inside places",
        ] == phases


def _said(outlet: str, text: str, day: str = "2024-05-14") -> Document:
    """One outlet's report of *text*, extracted."""
    from claimtrack import extract

    return extract(text, published=day, publisher=outlet, url=f"https://{outlet}.example/1")


class TestUnnamedOffices:
    def test_the_mayor_twice_is_one_origin(self) -> None:
        """Two outlets quoting "the mayor" about one city quote one origin, not two."""
        a = _said("north", "Nine people were killed in Lviv on Tuesday, the mayor said.")
        b = _said("south", "The mayor said nine people were killed in Lviv on Tuesday.")
        graph = ClaimGraph()
        graph.add_many([a, b])
        origins = {o.speaker for d in (a, b) for c in d.claims for o in graph.origins(c)}
        assert {"office:mayor of lviv"} == origins
        assert [] == list(graph.relations(Relation.CORROBORATES))

    def test_mayor_against_governor(self) -> None:
        """The mayor's five and the regional governor's four, the same day, conflict."""
        a = _said("north", "At least five people were killed in Lviv, the mayor said.")
        b = _said("south", "The regional governor said four people were killed in Lviv.")
        graph = ClaimGraph()
        graph.add_many([a, b])
        (link,) = graph.relations(Relation.CONFLICTS)
        assert {a.claims[0].id, b.claims[0].id} == {link.a, link.b}

    def test_description_names_the_holder(self) -> None:
        """ "Lviv's mayor" is the person another report names as mayor that day."""
        named = _said("north", "Lviv mayor Andriy Sadovyi said nine people were killed.")
        described = _said("south", "Lviv's mayor said nine people were killed in the city.")
        graph = ClaimGraph()
        graph.add_many([named, described])
        (origin,) = graph.origins(described.claims[0])
        assert graph.canonical("Andriy Sadovyi") == graph.resolver.label(origin.speaker)

    def test_one_governor_however_written(self) -> None:
        """ "The Lviv regional governor" and "the governor" about Lviv are one origin."""
        a = _said(
            "north", "The Lviv regional governor said 12 people were killed in Lviv on Tuesday."
        )
        b = _said("south", "Twelve people were killed in Lviv on Tuesday, the governor said.")
        graph = ClaimGraph()
        graph.add_many([a, b])
        assert [] == list(graph.relations(Relation.CORROBORATES))
        assert 1 == len({o.speaker for d in (a, b) for c in d.claims for o in graph.origins(c)})

    def test_national_and_body_offices(self) -> None:
        """The president is the country's, wherever the claim is; a chief executive no place's."""
        from claimtrack.graph.core import office_of

        (president,) = _said(
            "a", "Five people were killed in Odesa on Tuesday, the president said."
        ).claims
        (boss,) = _said("b", "The chief executive said 300 jobs would go in Berlin.").claims
        assert ("office:president of ukraine", None) == (
            (office_of(president) or ("", "", ""))[2],
            office_of(boss),
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Nine people were killed in Lviv on Tuesday, a senator said.",
            "Nine people were killed in Lviv on Tuesday, the deputy mayor said.",
        ],
    )
    def test_offices_several_hold(self, text: str) -> None:
        """A senator or a deputy is not the one office: the outlet stays the origin."""
        graph = ClaimGraph()
        report = _said("north", text)
        graph.add(report)
        assert [] == [
            o.speaker for c in report.claims for o in graph.origins(c) if "office:" in o.speaker
        ]


class TestOwnedMetrics:
    def test_two_companies_revenue(self) -> None:
        """Acme's revenue and Globex's, reported the same day, are not set against each other."""
        a = _said("north", "Acme Corp said on Wednesday its quarterly revenue was $4.2 billion.")
        b = _said("south", "Globex Inc said on Wednesday its quarterly revenue was $1.1 billion.")
        graph = ClaimGraph()
        graph.add_many([a, b])
        assert [] == list(graph.relations(Relation.CONFLICTS))

    def test_same_company_two_voices(self) -> None:
        """Acme's own revenue and a broker's figure for Acme Corp's revenue are compared."""
        a = _said("north", "Acme Corp said on Wednesday its quarterly revenue was $4.2 billion.")
        b = _said(
            "south",
            "Analysts at Halden Brothers said on Wednesday that Acme Corp's quarterly "
            "revenue was $3.1 billion.",
        )
        graph = ClaimGraph()
        graph.add_many([a, b])
        (link,) = graph.relations(Relation.CONFLICTS)
        assert {a.claims[0].id, b.claims[0].id} == {link.a, link.b}

    def test_short_name_of_a_known_company(self) -> None:
        """ "Acme's revenue" is Acme Corp's when no other body's name opens with "Acme"."""
        a = _said("north", "Acme Corp said on Wednesday its quarterly revenue was $4.2 billion.")
        b = _said(
            "south",
            "Acme's quarterly revenue was $3.1 billion, analysts at Halden Brothers said on "
            "Wednesday.",
        )
        graph = ClaimGraph()
        graph.add_many([a, b])
        (link,) = graph.relations(Relation.CONFLICTS)
        assert {a.claims[0].id, b.claims[0].id} == {link.a, link.b}

    def test_two_parties_in_one_poll(self) -> None:
        """One pollster's figures for two parties are not one figure revised."""
        a = _said(
            "north", "Support for the Labour Party stood at 41%, Halden Polling said on Wednesday."
        )
        b = _said(
            "south",
            "Support for the Conservative Party stood at 25%, Halden Polling said on Wednesday.",
        )
        graph = ClaimGraph()
        graph.add_many([a, b])
        assert [] == list(graph.relations(Relation.UPDATES))


class TestOneStatementTwoCredits:
    def test_no_self_corroboration(self) -> None:
        """ "X said, according to Y" read as two claims does not corroborate itself."""
        text = (
            "Floods killed at least 14 people in Lviv overnight, the emergency service "
            "said, according to Halden Wire."
        )
        source = Source(id="s1", publisher="Daily", published="2024-05-14")
        inner = "Floods killed at least 14 people in Lviv overnight"
        outer = inner + ", the emergency service said"
        claims = [
            Claim(
                id=f"s1-{i}",
                content=content,
                content_span=Span(0, len(content)),
                source=source,
                attribution=Attribution(Organization(name), mode="indirect"),
                figures=(Figure.at_least(14, metric="killed"),),
                said_on="2024-05-14",
                place="Lviv",
            )
            for i, (content, name) in enumerate(
                [(inner, "emergency service"), (outer, "Halden Wire")]
            )
        ]
        graph = ClaimGraph()
        graph.add(Document(source, text, claims=claims))
        assert [] == list(graph.relations(Relation.CORROBORATES))

    def test_credited_copy_backs_nobody(self) -> None:
        """X's words credited again to a wire do not back X's own earlier report (review M5)."""
        own = _said(
            "north",
            "Four people were killed in Kharkiv on Tuesday, mayor Ihor Terekhov said.",
            "2024-05-14T08:00:00Z",
        )
        credited = _said(
            "south",
            "Four people were killed in Kharkiv on Tuesday, mayor Ihor Terekhov said, "
            "according to Halden Wire.",
            "2024-05-14T10:00:00Z",
        )
        graph = ClaimGraph()
        graph.add_many([own, credited])
        assert [] == list(graph.relations(Relation.CORROBORATES))

    def test_two_speakers_same_words(self) -> None:
        """Two speakers saying the very same words in one report still back each other."""
        text = (
            "Police said 12 people died in the crash near Lyon on Sunday. The regional "
            "hospital said 12 people died in the crash near Lyon on Sunday."
        )
        graph = ClaimGraph()
        graph.add(_said("west", text, "2024-05-19"))
        assert 1 == len(list(graph.relations(Relation.CORROBORATES)))


class TestProjectedFigures:
    @pytest.mark.parametrize(
        ("text", "figure", "expected"),
        [
            ("Officials warned the toll could rise to 100.", "100", True),
            ("Analysts had expected revenue of $4.01 billion.", "4.01", True),
            ("It beat expectations of $4 billion.", "4", True),
            ("The company will cut 300 jobs next year.", "300", True),
            ("Another 30 people are feared dead.", "30", True),
            ("At least 40 people have died, officials said.", "40", False),
            ("Police estimated the crowd at 45,000.", "45,000", False),
            ("In May 40 people died.", "40", False),
            ("The mayor would not comment, but 40 people died.", "40", False),
            ("Analysts had expected Acme Corp to report revenue of $4.4 billion.", "$4.4", True),
            ("Some 40,000 people are expected to attend.", "40,000", True),
            ("The toll is expected to rise after 40 people were killed.", "40", False),
            ("Acme reported better-than-expected revenue of $4.2 billion.", "$4.2", False),
            ("Turnout was higher than expected at 62%.", "62", False),
            ("The planned march drew 40,000 people.", "40,000", False),
            ("The blaze likely killed 40 people.", "40", False),
            ("The ministry could not confirm the 40 deaths.", "40", False),
            ("Authorities would later say 12 people died.", "12", False),
            ("The storm is expected to make landfall as 2 million people flee.", "2", False),
            ("40 people were killed and more are feared dead.", "40", False),
        ],
    )
    def test_projected(self, text: str, figure: str, expected: bool) -> None:
        """A forecast, an expectation or a plan is projected; a count or an estimate is not."""
        from claimtrack.graph.relations import projected

        start = text.index(figure)
        assert expected == projected(text, start, start + len(figure))

    def test_count_and_projection_do_not_conflict(self) -> None:
        """ "At least 40 killed" and "the toll could rise to 100" the same day do not conflict."""
        a = _said("north", "At least 40 people were killed in Lviv, the mayor Andriy Sadovyi said.")
        b = _said("south", "Officials in Lviv warned that the death toll could rise to 100.")
        c = _said("east", "Rescuers in Lviv said 45 people were killed.")
        graph = ClaimGraph()
        graph.add_many([a, b, c])
        conflicts = {frozenset((link.a, link.b)) for link in graph.relations(Relation.CONFLICTS)}
        assert not any(b.claims[0].id in pair for pair in conflicts)

    def test_share_prices_move(self) -> None:
        """A morning price and a closing price the same day are two moments: no relation."""
        known = _said(
            "north", "Acme Corp said on Wednesday its quarterly revenue was $4.2 billion."
        )
        morning = _said(
            "south", "Halden Exchange said Acme Corp shares traded at $31.20 on Wednesday morning."
        )
        close = _said(
            "east", "Acme Corp shares closed at $29.80 on Wednesday, Halden Brokers said."
        )
        graph = ClaimGraph()
        graph.add_many([known, morning, close])
        assert [] == list(graph.relations(Relation.CONFLICTS))
        assert [] == list(graph.relations(Relation.CORROBORATES))


class TestSpansOfDays:
    def test_day_against_running_total(self) -> None:
        """A day's 12 killed and 2,000 killed since February 24 are different counts."""
        day = _said(
            "north",
            "Twelve people were killed in Lviv on Tuesday, the governor Maksym Kozytskyi said.",
        )
        total = _said(
            "south",
            "More than 2,000 people have been killed in Lviv since February 24, the mayor "
            "Andriy Sadovyi said on Tuesday.",
        )
        month = _said(
            "east", "Shelling killed 400 people in Lviv in April, the mayor Andriy Sadovyi said."
        )
        graph = ClaimGraph()
        graph.add_many([day, total, month])
        kinds = (Relation.CONFLICTS, Relation.UPDATES, Relation.CORROBORATES)
        assert [] == [link for kind in kinds for link in graph.relations(kind)]

    def test_unknown_span_agrees_but_never_conflicts(self) -> None:
        """A toll with no dates may back a running total, but cannot contradict one."""
        total = _said(
            "south",
            "More than 2,000 people have been killed in Lviv since February 24, the mayor "
            "Andriy Sadovyi said.",
        )
        agrees = _said("north", "About 2,100 people have been killed in Lviv, the governor said.")
        low = _said("east", "Twelve people have been killed in Lviv, the regional police said.")
        graph = ClaimGraph()
        graph.add_many([total, agrees, low])
        conflicts = [(c.a, c.b) for c in graph.relations(Relation.CONFLICTS)]
        assert [] == [pair for pair in conflicts if total.claims[0].id in pair]
        (link,) = graph.relations(Relation.CORROBORATES)
        assert {total.claims[0].id, agrees.claims[0].id} == {link.a, link.b}

    def test_said_on_a_day_backs_a_total(self) -> None:
        """ "More than 2,000 ..., said on Tuesday" backs "2,000 since February 24" (review H1)."""
        total = _said(
            "south",
            "More than 2,000 people have been killed in Lviv since February 24, the mayor "
            "Andriy Sadovyi said.",
        )
        agree = _said(
            "north",
            "About 2,100 people have been killed in Lviv, the governor Maksym Kozytskyi said "
            "on Tuesday.",
        )
        graph = ClaimGraph()
        graph.add_many([total, agree])
        assert 1 == len(list(graph.relations(Relation.CORROBORATES)))

    def test_month_against_total_since_that_month(self) -> None:
        """January's 1,200 and 9,000 since January are different counts (review M1)."""
        total = _said(
            "a",
            "More than 9,000 people have been displaced in Lagos since January, the "
            "emergency agency said on Thursday.",
            "2024-05-16",
        )
        month = _said(
            "b",
            "About 1,200 people were displaced in Lagos in January, the Red Cross said on "
            "Thursday.",
            "2024-05-16",
        )
        graph = ClaimGraph()
        graph.add_many([total, month])
        assert [] == list(graph.relations(Relation.CONFLICTS))

    def test_total_between_day_counts(self) -> None:
        """An origin's total between its day counts does not hide their revision (review M6)."""
        texts = [
            (
                "a1",
                "Twelve people were killed in Lviv on Tuesday, the governor Maksym Kozytskyi said.",
            ),
            ("b", "Fourteen people were killed in Lviv on Tuesday, the regional police said."),
            (
                "a2",
                "More than 2,000 people have been killed in Lviv since February 24, the "
                "governor Maksym Kozytskyi said.",
            ),
            (
                "a3",
                "Fifteen people were killed in Lviv on Tuesday, the governor Maksym Kozytskyi said.",
            ),
        ]
        docs = [
            _said(name, text, f"2024-05-14T{8 + i:02d}:00:00Z")
            for i, (name, text) in enumerate(texts)
        ]
        graph = ClaimGraph()
        graph.add_many(docs)
        updates = {(link.a, link.b) for link in graph.relations(Relation.UPDATES)}
        assert (docs[0].claims[0].id, docs[3].claims[0].id) in updates


class TestRounding:
    def test_rounded_figure_is_no_revision(self) -> None:
        """The same origin's 58% and 57.9% are one number at two precisions, not an update."""
        a = _said("north", "Turnout in Lisbon was 58%, the Halden electoral commission said.")
        b = _said("south", "Turnout in Lisbon was 57.9%, the Halden electoral commission said.")
        graph = ClaimGraph()
        graph.add_many([a, b])
        assert [] == list(graph.relations(Relation.UPDATES))
        assert Status.SUPERSEDED not in {graph.status(d.claims[0]) for d in (a, b)}

    def test_tally_level_not_its_rise(self) -> None:
        """ "Another 25 died, bringing the toll to 310" states 310, which agrees with 312."""
        a = _said(
            "north",
            "Another 25 people died in Lagos on Tuesday, bringing the death toll to 310, the "
            "health ministry said.",
        )
        b = _said("south", "The death toll in Lagos rose to 312, the WHO said on Tuesday.")
        graph = ClaimGraph()
        graph.add_many([a, b])
        assert [] == list(graph.relations(Relation.CONFLICTS))
        assert 1 == len(list(graph.relations(Relation.CORROBORATES)))
