"""
Tests for claimtrack.cli: every command through click's CliRunner.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

FLOOD = (
    " date 2025-04-15 The regional civil protection agency said on Tuesday that at least "
    "11 people had died in the flood.\n\n"
    "The town’s mayor, Miriam Kowalczyk, said 14 people had been killed.\n"
)


DAM = "https://valleypost.example/2025/06/02/dam-spillway"
DAM_MONDAY = (
    "Engineers opened the spillway of the Brenna dam on Monday after nine days of rain, "
    "the regional water authority said.\n\n"
    "The authority's spokeswoman, Ilse Marek, said nine villages downstream had been told "
    "to leave their homes.\n"
)
PORT = "https://harbourwire.example/2025/06/03/port-closed"
PORT_TUESDAY = (
    "The port of Sandvik stayed closed on Tuesday, the harbour master said, after a storm "
    "tore 200 metres of the northern breakwater away.\n"
)
FERRY = "https://coastnews.example/2025/06/03/ferry-cancelled"
FERRY_TEXT = (
    "About 40 ferry crossings were cancelled on Tuesday, the operator Nordlink said in a "
    "statement.\n"
)


def _article(url: str, text: str) -> str:
    """A plain-text article with front matter naming its url, date and publisher."""
    return f"---\nurl: {url}\ndate: 2025-06-03\npublisher: Valley Post\n---\n{text}"


def _claims(db: str) -> dict[str, dict[str, object]]:
    """The stored claims by id, as `claimtrack claims --format json` gives them."""
    result = CliRunner().invoke(main, ["claims", "--db", db, "--format", "json"])
    assert 0 == result.exit_code, result.output
    return {c["id"]: c for c in json.loads(result.output)}


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled examples, built once for the read-only commands."""
    db = tmp_path_factory.mktemp("store") / "claimtrack.db"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert 0 == result.exit_code, result.output
    return db


def _claim_ids(db: Path, *extra: str) -> list[str]:
    result = CliRunner().invoke(main, ["claims", "--db", str(db), "--format", "json", *extra])
    assert 0 == result.exit_code, result.output
    return [c["id"] for c in json.loads(result.output)]


class TestMain:
    def test_version(self) -> None:
        """--version prints the package version."""
        from claimtrack import __version__

        result = CliRunner().invoke(main, ["--version"])
        assert (0, f"claimtrack, version {__version__}\n") == (result.exit_code, result.output)

    @pytest.mark.parametrize(
        "command",
        ["ingest", "claims", "conflicts", "show", "assess", "merge", "report", "export", "demo"],
    )
    def test_help_has_an_example(self, command: str) -> None:
        """Every command's --help shows an example invocation."""
        result = CliRunner().invoke(main, [command, "--help"])
        assert 0 == result.exit_code
        assert f"claimtrack {command}" in result.output

    def test_unknown_command(self) -> None:
        """An unknown command is a usage error."""
        assert 2 == CliRunner().invoke(main, ["frobnicate"]).exit_code


class TestIngest:
    def test_summary_and_idempotence(self, tmp_path: Path) -> None:
        """A second ingest of the same files adds nothing and says they were stored."""
        db = str(tmp_path / "a.db")
        first = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db])
        assert 0 == first.exit_code, first.output
        files = len(list(EXAMPLES.glob("*.txt")))
        assert f"{files} files read, {files} documents added, 0 already stored" in first.output
        second = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db])
        assert f"0 documents added, {files} already stored" in second.output

    def test_bad_file_is_reported_and_the_batch_goes_on(self, tmp_path: Path) -> None:
        """An unreadable file is named with its reason, the rest is stored, exit 1."""
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "a.txt").write_text(FLOOD, encoding="utf-8")
        (tmp_path / "in" / "b.txt").write_bytes(b"caf\xe9 au lait")
        (tmp_path / "in" / "c.jsonl").write_text(
            json.dumps({"text": FLOOD.replace("14", "15"), "publisher": "Wire"}) + "\n",
            encoding="utf-8",
        )
        db = str(tmp_path / "a.db")
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
        assert 1 == result.exit_code
        assert "b.txt: not UTF-8 text" in result.stderr
        assert "3 files read, 2 documents added, 0 already stored" in result.output
        assert "1 failures" in result.output

    def test_bad_record_of_a_feed_keeps_the_feed(self, tmp_path: Path) -> None:
        """A feed's unreadable line is reported; its other lines are stored, exit 1."""
        (tmp_path / "in").mkdir()
        lines = [
            json.dumps({"text": FLOOD, "publisher": "Wire"}),
            "{not json",
            json.dumps({"file": "../outside.txt", "publisher": "Wire"}),
            json.dumps({"text": FLOOD.replace("14", "15"), "publisher": "Daily"}),
        ]
        (tmp_path / "in" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (tmp_path / "outside.txt").write_text(FLOOD, encoding="utf-8")
        db = str(tmp_path / "a.db")
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
        assert 1 == result.exit_code
        assert "line 2" in result.stderr
        assert "outside the feed's folder" in result.stderr
        assert "1 files read, 2 documents added, 0 already stored" in result.output
        assert "2 failures" in result.output

    def test_changed_version_is_refused_and_the_batch_goes_on(self, tmp_path: Path) -> None:
        """A changed article under a stored url is reported; the new one is stored, exit 1."""
        (tmp_path / "monday").mkdir()
        (tmp_path / "tuesday").mkdir()
        (tmp_path / "monday" / "dam.txt").write_text(_article(DAM, DAM_MONDAY), encoding="utf-8")
        db = str(tmp_path / "a.db")
        first = CliRunner().invoke(main, ["ingest", str(tmp_path / "monday"), "--db", db])
        assert 0 == first.exit_code, first.output
        stored = _claims(db)
        assert stored
        (tmp_path / "tuesday" / "dam.txt").write_text(
            _article(DAM, DAM_MONDAY.replace("nine", "12")), encoding="utf-8"
        )
        (tmp_path / "tuesday" / "port.txt").write_text(
            _article(PORT, PORT_TUESDAY), encoding="utf-8"
        )
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "tuesday"), "--db", db])
        assert 1 == result.exit_code
        refused = [line for line in result.stderr.splitlines() if line.startswith("refused")]
        assert 1 == len(refused)
        assert str(tmp_path / "tuesday" / "dam.txt") in refused[0]
        assert "a different version of source id" in refused[0]
        assert "is already stored" in refused[0]
        assert "its own url" in refused[0]
        assert "2 files read, 1 documents added, 0 already stored" in result.output
        assert "1 failures" in result.output
        after = _claims(db)
        assert stored == {i: c for i, c in after.items() if i in stored}
        assert {PORT} == {c["source"]["url"] for i, c in after.items() if i not in stored}

    def test_every_refusal_is_counted_once(self, tmp_path: Path) -> None:
        """Refusals anywhere in a batch (the store's or an earlier input's) each fail once."""
        (tmp_path / "old").mkdir()
        (tmp_path / "new").mkdir()
        (tmp_path / "old" / "a.txt").write_text(_article(DAM, DAM_MONDAY), encoding="utf-8")
        (tmp_path / "old" / "c.txt").write_text(_article(PORT, PORT_TUESDAY), encoding="utf-8")
        db = str(tmp_path / "a.db")
        assert (
            0 == CliRunner().invoke(main, ["ingest", str(tmp_path / "old"), "--db", db]).exit_code
        )
        stored = _claims(db)
        changed = DAM_MONDAY.replace("nine", "ten")
        (tmp_path / "new" / "a.txt").write_text(_article(DAM, changed), encoding="utf-8")
        (tmp_path / "new" / "b.txt").write_text(_article(FERRY, FERRY_TEXT), encoding="utf-8")
        (tmp_path / "new" / "c.txt").write_text(_article(PORT, PORT_TUESDAY), encoding="utf-8")
        (tmp_path / "new" / "d.txt").write_text(
            _article(FERRY, FERRY_TEXT.replace("40", "45")), encoding="utf-8"
        )
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "new"), "--db", db])
        assert 1 == result.exit_code
        assert "4 files read, 1 documents added, 1 already stored" in result.output
        assert "2 failures" in result.output
        refused = [line for line in result.stderr.splitlines() if line.startswith("refused")]
        origins = [line.removeprefix("refused ").split(": ", 1)[0] for line in refused]
        assert ["a.txt", "d.txt"] == [Path(origin).name for origin in origins]
        after = _claims(db)
        assert stored == {i: c for i, c in after.items() if i in stored}
        assert {FERRY} == {c["source"]["url"] for i, c in after.items() if i not in stored}
        assert all("40" in c["content"] for i, c in after.items() if i not in stored)

    def test_claim_id_of_another_source_is_refused(self, tmp_path: Path) -> None:
        """A shard document reusing stored claim ids under a new source id is reported."""
        import attrs

        from claimtrack.serialize import to_json
        from claimtrack.store import Store

        (tmp_path / "port.txt").write_text(_article(PORT, PORT_TUESDAY), encoding="utf-8")
        db = str(tmp_path / "a.db")
        CliRunner().invoke(main, ["ingest", str(tmp_path / "port.txt"), "--db", db])
        stored = _claims(db)
        with Store(db, readonly=True) as store:
            document = next(store.documents())
        source = attrs.evolve(document.source, id="src-copy", url=FERRY)
        copy = attrs.evolve(
            document,
            source=source,
            claims=[attrs.evolve(c, source=source) for c in document.claims],
        )
        (tmp_path / "shard.jsonl").write_text(to_json(copy) + "\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "shard.jsonl"), "--db", db])
        assert 1 == result.exit_code
        assert "shard.jsonl line 1: not stored: a claim id of source id 'src-copy'" in result.stderr
        assert "1 files read, 0 documents added, 0 already stored" in result.output
        assert stored == _claims(db)

    def test_defaults_and_workers(self, tmp_path: Path) -> None:
        """--publisher and --date fill gaps; two workers store the same claims as one."""
        (tmp_path / "a.txt").write_text(FLOOD.split(" ", 3)[3], encoding="utf-8")
        one, two = str(tmp_path / "1.db"), str(tmp_path / "2.db")
        args = ["ingest", str(tmp_path / "a.txt"), "--publisher", "Wire", "--date", "2025-04-15"]
        assert 0 == CliRunner().invoke(main, [*args, "--db", one]).exit_code
        assert 0 == CliRunner().invoke(main, [*args, "--db", two, "--workers", "2"]).exit_code
        claims = CliRunner().invoke(main, ["claims", "--db", one, "--format", "json"])
        data = json.loads(claims.output)
        assert data
        assert {"Wire"} == {c["source"]["publisher"] for c in data}
        assert {"2025-04-15"} == {c["source"]["published"][:10] for c in data}
        assert _claim_ids(Path(one)) == _claim_ids(Path(two))

    def test_shards_are_stored_as_extracted(self, tmp_path: Path) -> None:
        """JSON Lines shards of documents ingest to the same claims as the articles."""
        db = pytest.importorskip("dask.bag")
        import dask

        from claimtrack.ingest import read_paths
        from claimtrack.scale import extract_bag, write_jsonl_shards

        bag = extract_bag(db.from_sequence(list(read_paths([EXAMPLES])), npartitions=2))
        with dask.config.set(scheduler="sync"):
            write_jsonl_shards(bag, tmp_path / "shards")
        direct, sharded = tmp_path / "direct.db", tmp_path / "sharded.db"
        CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(direct), "-q"])
        result = CliRunner().invoke(
            main, ["ingest", str(tmp_path / "shards"), "--db", str(sharded)]
        )
        assert 0 == result.exit_code, result.output
        assert _claim_ids(direct) == _claim_ids(sharded)

    def test_bad_date(self, tmp_path: Path) -> None:
        """A date that is no date is a usage error, without a traceback."""
        result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--date", "2025-13-40"])
        assert 2 == result.exit_code
        assert "is not a date" in result.output
        assert "Traceback" not in result.output

    def test_context_dates_an_event(self, tmp_path: Path) -> None:
        """--context tells extraction which day a phrase names: the figure's period starts there."""
        text = "date 2025-04-16\n\nThe agency said 17 people had died since the storm began.\n"
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
        db = str(tmp_path / "a.db")
        args = ["ingest", str(tmp_path / "a.txt"), "--db", db, "--context", "the storm=2025-04-12"]
        assert 0 == CliRunner().invoke(main, args).exit_code
        claims = json.loads(
            CliRunner().invoke(main, ["claims", "--db", db, "--format", "json"]).output
        )
        assert ["2025-04-12"] == [c["period"]["start"][:10] for c in claims]

    def test_bad_context(self) -> None:
        """--context needs PHRASE=DATE."""
        result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--context", "the storm"])
        assert 2 == result.exit_code
        assert "PHRASE=YYYY-MM-DD" in result.output

    def test_interrupted_run_keeps_what_was_read(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Ctrl-C in the middle of an ingest keeps the documents extracted before it."""
        import claimtrack.scale

        real = claimtrack.scale.extract_many

        def interrupted(records: object, **options: object) -> object:
            for number, outcome in enumerate(real(records, **options)):  # type: ignore[arg-type]
                if number == 3:
                    raise KeyboardInterrupt
                yield outcome

        monkeypatch.setattr(claimtrack.scale, "extract_many", interrupted)
        db = tmp_path / "a.db"
        result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db)])
        assert 1 == result.exit_code
        from claimtrack.store import Store

        with Store(db, readonly=True) as store:
            assert 3 == store.count()["documents"]

    def test_not_a_store(self, tmp_path: Path) -> None:
        """A --db that is some other file is refused with exit 1 and left untouched."""
        other = tmp_path / "notes.db"
        other.write_text("shopping list\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(other)])
        assert 1 == result.exit_code
        assert "is not a claimtrack store" in result.stderr
        assert "shopping list\n" == other.read_text(encoding="utf-8")

    def test_missing_path(self, tmp_path: Path) -> None:
        """A path that does not exist is a usage error."""
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope.txt")])
        assert 2 == result.exit_code


class TestClaims:
    def test_formats_agree(self, store_db: Path) -> None:
        """The JSON and CSV listings hold the same claims, and the table lists them."""
        ids = _claim_ids(store_db)
        assert ids
        result = CliRunner().invoke(main, ["claims", "--db", str(store_db), "--format", "csv"])
        rows = list(csv.DictReader(io.StringIO(result.output)))
        assert ids == [row["claim_id"] for row in rows]
        table = CliRunner().invoke(main, ["claims", "--db", str(store_db)])
        assert f"claims ({len(ids)})" in table.output

    def test_filters_narrow(self, store_db: Path) -> None:
        """--since and --min-value give a subset of all claims."""
        everything = set(_claim_ids(store_db))
        later = set(_claim_ids(store_db, "--since", "2025-05-01"))
        large = set(_claim_ids(store_db, "--min-value", "1000"))
        assert later < everything
        assert large < everything

    def test_unverified(self, store_db: Path) -> None:
        """--unverified lists a subset of the claims."""
        assert set(_claim_ids(store_db, "--unverified")) <= set(_claim_ids(store_db))

    def test_no_database(self, tmp_path: Path) -> None:
        """Asking a store that does not exist fails with exit 1 and says so."""
        result = CliRunner().invoke(main, ["claims", "--db", str(tmp_path / "none.db")])
        assert 1 == result.exit_code
        assert "no claimtrack database here" in result.output


class TestConflicts:
    def test_json(self, store_db: Path) -> None:
        """Conflicts come as pairs of claims with the link between them."""
        result = CliRunner().invoke(main, ["conflicts", "--db", str(store_db), "--format", "json"])
        assert 0 == result.exit_code, result.output
        pairs = json.loads(result.output)
        assert pairs
        for pair in pairs:
            assert "conflicts" == pair["link"]["kind"]
            ends = (pair["a"]["claim_id"], pair["b"]["claim_id"])
            assert ends == (pair["link"]["a"], pair["link"]["b"])

    def test_table(self, store_db: Path) -> None:
        """The table names how many conflicts there are."""
        result = CliRunner().invoke(main, ["conflicts", "--db", str(store_db)])
        assert 0 == result.exit_code
        assert "conflicts (" in result.output


class TestShow:
    def test_claim(self, store_db: Path) -> None:
        """show prints the claim's words, sentence and source."""
        claim_id = _claim_ids(store_db)[0]
        result = CliRunner().invoke(main, ["show", claim_id, "--db", str(store_db)])
        assert 0 == result.exit_code, result.output
        assert f"claim     {claim_id}" in result.output
        assert "content   " in result.output
        assert "relations (" in result.output

    def test_unknown_claim(self, store_db: Path) -> None:
        """An unknown claim id is exit 1 with a message on stderr, no traceback."""
        result = CliRunner().invoke(main, ["show", "clm-nope", "--db", str(store_db)])
        assert 1 == result.exit_code
        assert "Error: no claim with id 'clm-nope'" in result.stderr
        assert "" == result.stdout
        assert "Traceback" not in result.output


class TestAssessAndMerge:
    def test_assess_then_show_history(self, tmp_path: Path) -> None:
        """An assessment is recorded and appears in the claim's history."""
        db = tmp_path / "a.db"
        (tmp_path / "a.txt").write_text(FLOOD, encoding="utf-8")
        CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
        claim_id = _claim_ids(db)[0]
        args = ["assess", claim_id, "--db", str(db), "--verdict", "verified"]
        result = CliRunner().invoke(
            main, [*args, "--by", "desk", "--note", "agency list", "--grade", "b2"]
        )
        assert 0 == result.exit_code, result.output
        assert f"{claim_id}: verified by desk (B2)\n" == result.output
        shown = CliRunner().invoke(main, ["show", claim_id, "--db", str(db)])
        assert "history (1)" in shown.output
        assert "agency list" in shown.output

    def test_bad_grade(self, store_db: Path) -> None:
        """A grade outside A1-F6 is a usage error."""
        claim_id = _claim_ids(store_db)[0]
        result = CliRunner().invoke(
            main,
            [
                "assess",
                claim_id,
                "--db",
                str(store_db),
                "--verdict",
                "false",
                "--by",
                "x",
                "--grade",
                "Z9",
            ],
        )
        assert 2 == result.exit_code
        assert "Admiralty" in result.output

    def test_assess_unknown_claim(self, store_db: Path) -> None:
        """Assessing an unknown claim is exit 1."""
        result = CliRunner().invoke(
            main, ["assess", "clm-nope", "--db", str(store_db), "--verdict", "false", "--by", "x"]
        )
        assert 1 == result.exit_code

    def test_merge(self, tmp_path: Path) -> None:
        """Merging two names succeeds and says so."""
        db = tmp_path / "a.db"
        CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", str(db), "-q"])
        result = CliRunner().invoke(
            main,
            [
                "merge",
                "Anton Varga",
                "Antal Varga",
                "--db",
                str(db),
                "--by",
                "desk",
                "--note",
                "same director",
            ],
        )
        assert 0 == result.exit_code, result.output
        assert "merged 'Antal Varga' into 'Anton Varga'\n" == result.output


class TestReport:
    @pytest.mark.parametrize("fmt", ["markdown", "json", "csv", "html"])
    def test_formats(self, store_db: Path, tmp_path: Path, fmt: str) -> None:
        """Every report format is written to the file given by -o."""
        out = tmp_path / f"report.{fmt}"
        result = CliRunner().invoke(
            main, ["report", "--db", str(store_db), "--format", fmt, "-o", str(out)]
        )
        assert 0 == result.exit_code, result.output
        assert out.read_text(encoding="utf-8").strip()
        if fmt == "json":
            json.loads(out.read_text(encoding="utf-8"))

    def test_stdout(self, store_db: Path) -> None:
        """Without -o the report goes to standard output."""
        result = CliRunner().invoke(main, ["report", "--db", str(store_db), "--format", "markdown"])
        assert 0 == result.exit_code
        assert result.output.strip()


class TestExport:
    @pytest.mark.parametrize(
        "fmt", ["prov-json", "prov-n", "claimreview", "graphml", "gexf", "jsonl"]
    )
    def test_formats(self, store_db: Path, tmp_path: Path, fmt: str) -> None:
        """Every export format writes a non-empty file."""
        out = tmp_path / "out" / f"export.{fmt}"
        result = CliRunner().invoke(
            main, ["export", "--db", str(store_db), "--format", fmt, "-o", str(out)]
        )
        assert 0 == result.exit_code, result.output
        assert out.stat().st_size > 0

    def test_output_required(self, store_db: Path) -> None:
        """export needs -o."""
        result = CliRunner().invoke(main, ["export", "--db", str(store_db), "--format", "gexf"])
        assert 2 == result.exit_code


class TestDemo:
    def test_demo(self, tmp_path: Path) -> None:
        """demo ingests the examples, writes the HTML report and says where it is."""
        db, out = tmp_path / "demo.db", tmp_path / "out"
        result = CliRunner().invoke(
            main, ["demo", str(EXAMPLES), "--db", str(db), "--out", str(out)]
        )
        assert 0 == result.exit_code, result.output
        report = out / "report.html"
        assert f"Report: {report}" in result.output
        assert "unverified claims" in result.output
        assert "<html" in report.read_text(encoding="utf-8").lower()
