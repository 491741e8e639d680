"""
Tests for the SQLite claim store: adding, filtering, history, bad files, several
processes at once, and crash safety.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import (
    Assessment,
    Claim,
    ClaimGraph,
    Document,
    GraphError,
    NotAClaimtrackDatabaseError,
    Organization,
    Person,
    ReadOnlyStoreError,
    SchemaVersionError,
    Source,
    StoreError,
    UnknownClaimError,
    UnknownEntityError,
    Verdict,
)
from claimtrack.errors import DuplicateSourceError, UnknownDocumentError
from claimtrack.serialize import to_json
from claimtrack.store import Action, Store
from claimtrack.store import sqlite as store_sqlite
from claimtrack.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.store.helpers import article, write_articles
from tests.strategies import documents as any_documents

REPO = Path(__file__).resolve().parents[2]


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.fixture
def store() -> Store:
    with Store() as opened:
        yield opened


class TestAdd:
    def test_add_twice_is_a_no_op(self, store: Store) -> None:
        """Adding the same document again returns False and stores nothing more."""
        assert (True, False) == (store.add(article(1)), store.add(article(1)))
        assert (1, 3) == (store.count()["documents"], store.count()["claims"])

    def test_add_many_counts_new_documents(self, store: Store) -> None:
        """add_many returns how many documents were new, over several batches."""
        store.add(article(0))
        assert 9 == store.add_many([article(n) for n in range(10)], batch_size=3)
        assert 30 == store.count()["claims"]

    def test_documents_and_claims_read_back_equal(self, store: Store) -> None:
        """Stored documents and claims read back equal to what was added."""
        documents = [article(n) for n in range(3)]
        store.add_many(documents)
        assert documents == list(store.documents())
        assert documents[1] == store.document("src-flood-1")
        assert [c for d in documents for c in d.claims] == store.claims()
        assert documents[2].claims[1] == store.claim(documents[2].claims[1].id)

    def test_unknown_ids(self, store: Store) -> None:
        """Unknown claim and document ids raise claimtrack errors naming the id."""
        with pytest.raises(UnknownClaimError, match="clm-nope"):
            store.claim("clm-nope")
        with pytest.raises(UnknownDocumentError, match="no document with source id 'src-nope'"):
            store.document("src-nope")

    def test_unknown_document_is_a_store_error(self, store: Store) -> None:
        """UnknownDocumentError is still caught as a StoreError and as a KeyError."""
        for caught in (StoreError, KeyError):
            with pytest.raises(caught):
                store.document("src-nope")

    def test_not_a_document(self, store: Store) -> None:
        """Adding something other than a Document is refused clearly."""
        with pytest.raises(StoreError, match="takes a Document"):
            store.add("At least 25 people were killed")  # type: ignore[arg-type]

    def test_hostile_text_is_stored_verbatim(self, store: Store) -> None:
        """Quotes, semicolons and SQL in names and texts are data, never SQL."""
        evil = "O'Brien\"; '); DROP TABLE claims; --"
        document = article(7, place=evil, speaker=evil, organization=f"{evil} Council")
        store.add(document)
        assert document == store.document("src-flood-7")
        assert list(document.claims) == store.claims(place=evil)
        assert [document.claims[0]] == store.claims(speaker=evil)
        assert 3 == store.count()["claims"]

    def test_failing_add_rolls_back_only_itself(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A failure half-way through an add leaves no trace and keeps earlier documents."""
        store.add(article(1))
        original = Store._insert

        def broken(conn: sqlite3.Connection, rows: object, added: str) -> bool:
            original(conn, rows, added)  # type: ignore[arg-type]
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(Store, "_insert", staticmethod(broken))
        with pytest.raises(StoreError, match="disk I/O error"):
            store.add(article(2))
        monkeypatch.undo()
        assert (1, 3) == (store.count()["documents"], store.count()["claims"])
        assert ["src-flood-1"] == [d.id for d in store.documents()]
        assert store.add(article(2))

    def test_bad_item_keeps_the_documents_before_it(self, store: Store) -> None:
        """add_many stops at an item that is not a Document; every document before it stays."""
        items = [article(0), article(1), "not a document", article(3)]
        with pytest.raises(StoreError, match="got a str at position 2"):
            store.add_many(items, batch_size=3)  # type: ignore[arg-type]
        assert ["src-flood-0", "src-flood-1"] == [d.id for d in store.documents()]

    def test_failing_batch_rolls_back_whole(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A SQLite failure in a batch undoes that batch only; earlier batches stay."""
        original = Store._insert
        calls = []

        def flaky(conn: sqlite3.Connection, rows: object, added: str) -> bool:
            calls.append(rows)
            if len(calls) == 3:
                raise sqlite3.OperationalError("disk I/O error")
            return original(conn, rows, added)  # type: ignore[arg-type]

        monkeypatch.setattr(Store, "_insert", staticmethod(flaky))
        with pytest.raises(StoreError, match="disk I/O error"):
            store.add_many([article(n) for n in range(4)], batch_size=2)
        monkeypatch.undo()
        assert ["src-flood-0", "src-flood-1"] == [d.id for d in store.documents()]
        assert 6 == store.count()["claims"]

    def test_progress_bar(self, store: Store) -> None:
        """add_many with progress=True stores the same documents."""
        assert 4 == store.add_many((article(n) for n in range(4)), progress=True, batch_size=2)


def _with_claim_id(document: Document, claim_id: str) -> Document:
    """*document* with its first claim renamed to *claim_id*."""
    first = attrs.evolve(document.claims[0], id=claim_id)
    return attrs.evolve(document, claims=(first, *document.claims[1:]))


class TestDuplicates:
    def test_different_document_under_a_stored_source_id(self, store: Store) -> None:
        """A different document under a stored source id is refused, naming the id and what differs."""
        store.add(article(1))
        before = store.count()
        revised = article(1, killed=40)
        with pytest.raises(DuplicateSourceError) as caught:
            store.add(revised)
        message = str(caught.value)
        assert "source id 'src-flood-1' already holds a different document" in message
        assert "the text differs" in message
        assert "the claim ids differ" in message
        assert ("src-flood-1", None) == (caught.value.source_id, caught.value.position)
        assert before == store.count()
        assert article(1) == store.document("src-flood-1")

    def test_changed_claim_is_named(self, store: Store) -> None:
        """Same text and claim ids but one claim changed: the message names that claim."""
        original = article(2)
        changed = attrs.evolve(original.claims[2], place="Mykolaiv")
        store.add(original)
        with pytest.raises(DuplicateSourceError, match=f"claims '{changed.id}' differ"):
            store.add(attrs.evolve(original, claims=(*original.claims[:2], changed)))

    def test_same_document_in_another_form_is_a_no_op(self, store: Store) -> None:
        """A document equal to the stored one (the same instant in another offset) is the same."""
        local = article(3, published="2023-06-07T08:30:00+03:00")
        utc = article(3, published="2023-06-07T05:30:00+00:00")
        graph = ClaimGraph()
        assert (True, False) == (graph.add(local), graph.add(utc))
        assert (True, False) == (store.add(local), store.add(utc))

    def test_claim_id_of_another_source(self, store: Store) -> None:
        """A claim id already stored under another source is refused; nothing is stored."""
        store.add(article(1))
        taken = article(1).claims[0].id
        with pytest.raises(DuplicateSourceError) as caught:
            store.add(_with_claim_id(article(2), taken))
        assert (
            f"claim id {taken!r} of source 'src-flood-2' is already stored under source "
            "'src-flood-1'"
        ) in str(caught.value)
        assert ["src-flood-1"] == [d.id for d in store.documents()]
        assert 3 == store.count()["claims"]

    def test_add_many_stores_everything_before_the_refused_document(self, store: Store) -> None:
        """add_many stores the documents before a conflict, says where it stopped, and can go on after it."""
        store.add(article(1))
        items = [article(0), article(2), article(1, killed=40), article(3), article(4)]
        with pytest.raises(DuplicateSourceError) as caught:
            store.add_many(items, batch_size=4)
        assert (2, "src-flood-1", 2) == (
            caught.value.position,
            caught.value.source_id,
            caught.value.stored,
        )
        assert "add_many refused the document at position 2" in str(caught.value)
        assert "(2 new)" in str(caught.value)
        assert ["src-flood-1", "src-flood-0", "src-flood-2"] == [d.id for d in store.documents()]
        assert article(1) == store.document("src-flood-1")
        assert 2 == store.add_many(items[caught.value.position + 1 :])

    def test_add_many_conflict_inside_the_input(self, store: Store) -> None:
        """Two different documents under one source id in one add_many: the first is kept."""
        with pytest.raises(DuplicateSourceError, match="position 3") as caught:
            store.add_many([article(5), article(6), article(7), article(6, killed=1)], batch_size=2)
        assert "src-flood-6" == caught.value.source_id
        assert ["src-flood-5", "src-flood-6", "src-flood-7"] == [d.id for d in store.documents()]
        assert article(6) == store.document("src-flood-6")

    def test_add_many_claim_id_clash_inside_a_batch(self, store: Store) -> None:
        """A claim id reused by a later document of the same batch is refused at that document."""
        taken = article(8).claims[1].id
        with pytest.raises(DuplicateSourceError, match="position 1"):
            store.add_many([article(8), _with_claim_id(article(9), taken)])
        assert ["src-flood-8"] == [d.id for d in store.documents()]

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        docs=st.lists(any_documents(), max_size=5).flatmap(
            lambda drawn: st.permutations(drawn + drawn[:2])  # some added twice
        )
    )
    def test_store_and_graph_agree(self, docs: list[Document]) -> None:
        """The store accepts, skips and refuses exactly the documents the graph does."""
        graph = ClaimGraph()
        with Store() as store:
            for doc in docs:
                try:
                    expected: object = graph.add(doc)
                except GraphError:
                    expected = "refused"
                try:
                    actual: object = store.add(doc)
                except DuplicateSourceError:
                    actual = "refused"
                assert expected == actual
            assert graph.documents() == list(store.documents())


class TestFilters:
    @pytest.fixture
    def full(self, store: Store) -> Store:
        store.add(article(0, place="Kherson", published="2023-06-06T10:00:00+03:00"))
        store.add(article(1, place="Odesa", published="2023-06-07T10:00:00+03:00"))
        store.add(
            article(
                2,
                place="Kherson",
                published="2023-06-09T10:00:00+03:00",
                speaker="Ihor Klymenko",
                organization="Interior Ministry",
            )
        )
        store.add(
            article(
                3,
                place="Kherson",
                speaker="Igor Klimenko",
                published="2023-06-10T10:00:00+03:00",
                killed=900,
            )
        )
        return store

    def test_place_and_dates(self, full: Store) -> None:
        """place, since and until select claims by indexed columns."""
        found = full.claims(place="kherson", since="2023-06-07", until="2023-06-09")
        assert ["src-flood-2"] * 3 == [c.source.id for c in found]

    def test_speaker_and_organization(self, full: Store) -> None:
        """speaker matches the speaker; organization the body spoken for."""
        assert ["src-flood-2"] == [c.source.id for c in full.claims(speaker="Ihor Klymenko")]
        assert [c.source.id for c in full.claims(organization="Interior Ministry")] == [
            "src-flood-2",
            "src-flood-2",
        ]

    def test_metric_and_min_value(self, full: Store) -> None:
        """metric and min_value look at the claim's figures."""
        assert 4 == len(full.claims(metric="killed"))
        assert ["src-flood-3"] == [c.source.id for c in full.claims(metric="killed", min_value=100)]
        assert 5 == len(full.claims(min_value=100))

    def test_merged_names_are_found_together(self, full: Store) -> None:
        """After a merge a speaker filter finds both names; after a split only one."""
        full.merge("Ihor Klymenko", "Igor Klimenko", by="desk", note="transliteration")
        assert "Ihor Klymenko" == full.canonical("Igor Klimenko")
        assert 2 == len(full.claims(speaker="Igor Klimenko"))
        full.split("Igor Klimenko", by="desk", note="different people after all")
        assert 1 == len(full.claims(speaker="Igor Klimenko"))
        assert [Action.MERGE, Action.SPLIT] == [e.action for e in full.history()]

    def test_merge_unknown_name(self, full: Store) -> None:
        """Merging a name the store never saw raises UnknownEntityError."""
        with pytest.raises(UnknownEntityError, match="Nobody"):
            full.merge("Ihor Klymenko", "Nobody", by="desk")
        assert [] == full.history()


class TestAssessments:
    def test_assess_undo_and_history(self, store: Store) -> None:
        """An undo is a new history entry; the assessment stays on record."""
        store.add(article(1))
        claim = store.claims()[0]
        assessment = store.assess(
            claim.id,
            "verified",
            by="desk",
            note="matches the count",
            reliability="B",
            credibility=2,
        )
        assert [assessment] == store.assessments(claim.id)
        assert claim not in store.unverified()
        assert assessment == store.undo_assessment(claim.id, by="editor", note="too early")
        assert [] == store.assessments(claim.id)
        assert claim in store.unverified()
        history = store.history(claim.id)
        assert [Action.ASSESS, Action.UNDO_ASSESSMENT] == [e.action for e in history]
        assert (history[0].seq, "editor", "too early") == (
            history[1].undoes,
            history[1].by,
            history[1].note,
        )
        assert assessment == history[0].assessment

    def test_latest_assessment_decides(self, store: Store) -> None:
        """Undoing the latest assessment brings the previous one back into force."""
        store.add(article(1))
        claim_id = store.claims()[0].id
        first = store.assess(claim_id, Verdict.VERIFIED, by="desk")
        store.assess(claim_id, Verdict.FALSE, by="desk")
        store.undo_assessment(claim_id, by="desk")
        assert [first] == store.assessments(claim_id)
        assert 1 == store.count()["assessed"]

    def test_unknown_claim_and_nothing_to_undo(self, store: Store) -> None:
        """Assessing an unknown claim or undoing nothing raises and records nothing."""
        store.add(article(1))
        with pytest.raises(UnknownClaimError):
            store.assess("clm-nope", "false", by="desk")
        with pytest.raises(StoreError, match="no assessment to undo"):
            store.undo_assessment(store.claims()[0].id, by="desk")
        assert [] == store.history()


class TestOpening:
    def test_pragmas(self, tmp_path: Path) -> None:
        """A file store is in WAL mode, with foreign keys on and our application id."""
        with Store(tmp_path / "claims.db") as store:
            conn = store._conn
            assert "wal" == conn.execute("PRAGMA journal_mode").fetchone()[0]
            assert 1 == conn.execute("PRAGMA foreign_keys").fetchone()[0]
            assert APPLICATION_ID == conn.execute("PRAGMA application_id").fetchone()[0]
            assert SCHEMA_VERSION == conn.execute("PRAGMA user_version").fetchone()[0]

    def test_reopen_keeps_everything(self, tmp_path: Path) -> None:
        """Documents and history survive closing and reopening, also read-only."""
        path = tmp_path / "claims.db"
        with Store(path) as store:
            store.add(article(1))
            store.assess(store.claims()[0].id, "misleading", by="desk")
        with Store(path, readonly=True) as store:
            assert [article(1)] == list(store.documents())
            assert 1 == len(store.history())

    @pytest.mark.parametrize(
        "content",
        [
            b"date 2023-06-07\nAt least five people were killed, the governor said.\n",
            b"SQLite format 3\x00" + b"\xff" * 300,
            b"\x00\x01garbage" * 100,
        ],
        ids=["text", "garbage-with-sqlite-magic", "garbage"],
    )
    def test_not_a_store_is_untouched(self, tmp_path: Path, content: bytes) -> None:
        """A text file or garbage raises NotAClaimtrackDatabaseError and stays as it was."""
        path = tmp_path / "claims.db"
        path.write_bytes(content)
        before = _snapshot(path)
        for readonly in (False, True):
            with pytest.raises(NotAClaimtrackDatabaseError, match=r"claims\.db"):
                Store(path, readonly=readonly)
        assert before == _snapshot(path)
        assert ["claims.db"] == [p.name for p in tmp_path.iterdir()]

    def test_foreign_sqlite_is_untouched(self, tmp_path: Path) -> None:
        """Another application's SQLite database is recognised and left alone."""
        path = tmp_path / "other.sqlite"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE claims (id TEXT)")
        conn.commit()
        conn.close()
        before = _snapshot(path)
        with pytest.raises(NotAClaimtrackDatabaseError, match="another application"):
            Store(path)
        assert before == _snapshot(path)

    def test_truncated_store(self, tmp_path: Path) -> None:
        """A claimtrack store cut short is reported corrupt and left as it is."""
        path = tmp_path / "claims.db"
        with Store(path) as store:
            store.add_many(article(n) for n in range(200))
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        before = _snapshot(path)
        with pytest.raises(NotAClaimtrackDatabaseError, match="corrupt"):
            Store(path)
        assert before == _snapshot(path)

    def test_damaged_pages(self, tmp_path: Path) -> None:
        """Garbage inside a store raises NotAClaimtrackDatabaseError, never a sqlite3 error."""
        path = tmp_path / "claims.db"
        with Store(path) as store:
            store.add_many(article(n) for n in range(200))
        data = path.read_bytes()
        schema_page = tmp_path / "schema.db"
        schema_page.write_bytes(data[:100] + b"\xa5" * 3996 + data[4096:])
        before = _snapshot(schema_page)
        with pytest.raises(NotAClaimtrackDatabaseError, match="malformed"):
            Store(schema_page)
        assert before == _snapshot(schema_page)
        inner = tmp_path / "inner.db"
        inner.write_bytes(data[: 4096 * 3] + b"\xa5" * 4096 * 7 + data[4096 * 10 :])
        with Store(inner) as store, pytest.raises(NotAClaimtrackDatabaseError, match="corrupt"):
            store.count()
            store.claims()

    def test_newer_schema_is_untouched(self, tmp_path: Path) -> None:
        """A store from a newer claimtrack raises SchemaVersionError and stays as it was."""
        path = tmp_path / "claims.db"
        Store(path).close()
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
        before = _snapshot(path)
        for readonly in (False, True):
            with pytest.raises(SchemaVersionError, match=f"version {SCHEMA_VERSION + 1}"):
                Store(path, readonly=readonly)
        assert before == _snapshot(path)

    def test_readonly_store_refuses_writes(self, tmp_path: Path) -> None:
        """Writing to a store opened read-only raises ReadOnlyStoreError."""
        path = tmp_path / "claims.db"
        Store(path).close()
        with Store(path, readonly=True) as store:
            with pytest.raises(ReadOnlyStoreError):
                store.add(article(1))
            with pytest.raises(ReadOnlyStoreError):
                store.merge("a", "b", by="desk")
            assert 0 == store.count()["documents"]

    def test_unwritable_location(self, tmp_path: Path) -> None:
        """A store under a regular file (or in a locked folder) raises ReadOnlyStoreError."""
        blocker = tmp_path / "hostname"
        blocker.write_text("newsdesk\n")
        with pytest.raises(ReadOnlyStoreError, match="not a folder"):
            Store(blocker / "claims.db")
        if os.geteuid() != 0:  # root writes through chmod; the file case covers root
            locked = tmp_path / "locked"
            locked.mkdir()
            locked.chmod(0o500)
            try:
                with pytest.raises(ReadOnlyStoreError, match="not writable"):
                    Store(locked / "claims.db")
            finally:
                locked.chmod(0o700)

    def test_missing_folder_and_missing_readonly_file(self, tmp_path: Path) -> None:
        """A missing folder or a missing file opened read-only is a StoreError."""
        with pytest.raises(StoreError, match="does not exist"):
            Store(tmp_path / "nowhere" / "claims.db")
        with pytest.raises(StoreError, match="no claim store"):
            Store(tmp_path / "claims.db", readonly=True)
        assert [] == [p.name for p in tmp_path.iterdir()]

    def test_closed_store(self, tmp_path: Path) -> None:
        """Using a closed store raises StoreError, not a sqlite3 error."""
        store = Store(tmp_path / "claims.db")
        store.close()
        with pytest.raises(StoreError, match="closed"):
            store.count()
        with pytest.raises(StoreError, match="closed"):
            store.add(article(1))


class TestBackup:
    def test_backup_is_a_full_store(self, tmp_path: Path) -> None:
        """store.backup writes a claimtrack store with the same documents and history."""
        with Store(tmp_path / "claims.db") as store:
            store.add_many(article(n) for n in range(5))
            store.assess(store.claims()[0].id, "verified", by="desk")
            store.backup(tmp_path / "backup.db")
            with Store(tmp_path / "backup.db", readonly=True) as copy:
                assert store.count() == copy.count()
                assert store.history() == copy.history()

    def test_backup_refuses_foreign_file(self, tmp_path: Path) -> None:
        """A backup never overwrites a file that is not a claimtrack store."""
        notes = tmp_path / "notes.txt"
        notes.write_text("call the governor's office\n")
        with Store() as store, pytest.raises(NotAClaimtrackDatabaseError):
            store.backup(notes)
        assert "call the governor's office\n" == notes.read_text()


class TestProcesses:
    def test_many_writers_and_readers(self, tmp_path: Path) -> None:
        """Four processes write and read at once; everything lands and the file is sound."""
        path = tmp_path / "claims.db"
        Store(path).close()
        context = multiprocessing.get_context("spawn")
        with context.Pool(4) as pool:
            results = [
                pool.apply_async(write_articles, (str(path), 100 * worker, 15))
                for worker in range(4)
            ]
            assert [15] * 4 == [r.get(timeout=300) for r in results]
        with Store(path) as store:
            expected = {f"src-flood-{100 * w + n}" for w in range(4) for n in range(15)}
            assert expected == {d.id for d in store.documents()}
            assert 180 == store.count()["claims"]
            assert "ok" == store._conn.execute("PRAGMA integrity_check").fetchone()[0]

    def test_lock_held_too_long_is_a_store_error(self, tmp_path: Path) -> None:
        """A writer that outlasts the timeout gives a StoreError, and nothing is half-written."""
        path = tmp_path / "claims.db"
        Store(path).close()
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with Store(path, timeout=0.2) as store:
                with pytest.raises(StoreError, match="locked"):
                    store.add(article(1))
                assert 0 == store.count()["documents"]
        finally:
            holder.execute("ROLLBACK")
            holder.close()

    def test_writer_waits_for_the_lock(self, tmp_path: Path) -> None:
        """A write waits while another connection holds the lock, then goes through."""
        import threading

        path = tmp_path / "claims.db"
        Store(path).close()
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
        release.start()
        try:
            with Store(path, timeout=60.0) as store:
                assert store.add(article(1))
                assert 3 == store.count()["claims"]
        finally:
            release.join()
            holder.close()

    def test_killed_ingest_leaves_whole_documents(self, tmp_path: Path) -> None:
        """SIGKILL in the middle of an ingest loses only the document being written."""
        path = tmp_path / "claims.db"
        Store(path).close()
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.store.helpers", str(path)], cwd=REPO
        )
        try:
            deadline = time.monotonic() + 120
            with Store(path, readonly=True) as watcher:
                while watcher.count()["documents"] < 40:
                    assert process.poll() is None, "the ingest process died on its own"
                    assert time.monotonic() < deadline, "the ingest never got going"
                    time.sleep(0.05)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        with Store(path) as store:
            assert "ok" == store._conn.execute("PRAGMA integrity_check").fetchone()[0]
            documents = list(store.documents())
            assert len(documents) >= 40
            # Documents are added in order, so the committed ones are exactly a prefix.
            assert [article(n) for n in range(len(documents))] == documents
            assert 3 * len(documents) == store.count()["claims"]
            assert 3 * len(documents) == len(store.claims())


class TestHelpers:
    def test_claim_day_prefers_said_on(self) -> None:
        """A claim is filed under the day it was said, before its publication day."""
        source = Source("src-1", published="2023-06-08T01:00:00+03:00")
        claim = Claim("clm-1", "words", None, source, said_on="2023-06-06")
        assert "2023-06-06" == store_sqlite.claim_day(claim)

    def test_claim_organization(self) -> None:
        """An organization speaking for itself is its own organization."""
        source = Source("src-1")
        from claimtrack import Attribution

        org = Organization("State Emergency Service")
        claim = Claim("clm-1", "words", None, source, Attribution(org))
        assert "State Emergency Service" == store_sqlite.claim_organization(claim)
        person = Claim("clm-2", "words", None, source, Attribution(Person("A. Speaker")))
        assert None is store_sqlite.claim_organization(person)


class RecordingGraph:
    """Stands in for ClaimGraph and records what the store replays into it."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def add_many(
        self, documents: Iterable[Document], progress: bool = False, *, errors: object = None
    ) -> None:
        self.calls.append(("add_many", [d.id for d in documents]))

    def merge(self, a: str, b: str, *, by: str, note: str, on: object) -> None:
        self.calls.append(("merge", a, b, by, note))

    def split(self, name: str, *, by: str, note: str, on: object) -> None:
        self.calls.append(("split", name, by, note))

    def add_assessment(self, assessment: Assessment) -> None:
        a = assessment
        self.calls.append(("assess", a.claim_id, a.verdict, a.by, a.credibility))


class TestGraphReplay:
    def test_history_is_replayed_in_order(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """graph() adds the documents, then replays merges, splits and assessments in force."""
        monkeypatch.setattr("claimtrack.graph.ClaimGraph", RecordingGraph)
        store.add_many(article(n, speaker=f"Governor {n}") for n in range(2))
        first, second = store.claims()[0].id, store.claims()[3].id
        store.assess(first, "false", by="desk", credibility=5)
        store.merge("Governor 0", "Governor 1", by="desk", note="same office")
        store.assess(second, "verified", by="editor")
        store.undo_assessment(second, by="editor")
        store.split("Governor 1", by="desk", note="two people")
        graph = store.graph()
        assert [
            ("add_many", ["src-flood-0", "src-flood-1"]),
            ("assess", first, Verdict.FALSE, "desk", 5),
            ("merge", "Governor 0", "Governor 1", "desk", "same office"),
            ("split", "Governor 1", "desk", "two people"),
        ] == graph.calls  # type: ignore[attr-defined]


class TestGraph:
    @pytest.fixture
    def reports(self, store: Store) -> Store:
        # Two officials give the same toll for Kherson on the same day; Odesa stands alone.
        store.add(article(1, place="Kherson", killed=12, speaker="Oleksandr Prokudin"))
        store.add(
            article(
                2,
                place="Kherson",
                killed=12,
                speaker="Ihor Klymenko",
                organization="Interior Ministry",
            )
        )
        store.add(
            article(
                3,
                place="Odesa",
                killed=3,
                speaker="Oleh Kiper",
                organization="Odesa regional administration",
                published="2023-06-09T10:00:00+03:00",
            )
        )
        return store

    def test_graph_holds_the_store(self, reports: Store) -> None:
        """store.graph() holds every stored claim, with assessments and merges replayed."""
        first = reports.claims()[0]
        reports.assess(first.id, "misleading", by="desk", note="toll is for two days")
        third = reports.claims(place="Odesa")[0]
        reports.assess(third.id, "false", by="desk")
        reports.undo_assessment(third.id, by="desk")
        reports.merge("Oleksandr Prokudin", "Ihor Klymenko", by="desk", note="test merge")
        graph = reports.graph()
        assert [c.id for c in reports.claims()] == [c.id for c in graph.claims()]
        assert "misleading" == graph.status(first).value
        assert [] == graph.assessments(third.id)
        assert [("merge", "desk")] == [(d.kind.value, d.by) for d in graph.decisions()]

    def test_a_document_the_graph_refuses_is_left_out(self, tmp_path: Path) -> None:
        """A stored document reusing another's claim id (an old store) is left out, warned."""
        path = tmp_path / "old.db"
        first = article(1, place="Kherson", killed=12)
        other = article(2, place="Odesa", killed=3, speaker="Oleh Kiper")
        with Store(path) as old:
            old.add_many([first, other])
        # What a store written before claim ids were checked could hold: a document of
        # another source whose claims carry the first document's claim ids.
        source = attrs.evolve(first.source, id="src-reused", url="https://x.example/reused")
        reused = attrs.evolve(
            first, source=source, claims=[attrs.evolve(c, source=source) for c in first.claims]
        )
        with sqlite3.connect(path) as conn:
            conn.execute(
                "INSERT INTO documents (id, added, json) VALUES (?, '2026-01-01', ?)",
                (source.id, to_json(reused)),
            )
        conn.close()
        with Store(path) as reopened:
            with pytest.warns(UserWarning, match="left out 1 stored document") as seen:
                graph = reopened.graph()
            assert 3 == reopened.count()["documents"]
        assert "src-reused" in str(seen[0].message)
        assert [first.source.id, other.source.id] == [d.source.id for d in graph.documents()]

    def test_saved_statuses_match_the_graph(self, reports: Store) -> None:
        """After save_relations, store.unverified() lists what graph.unverified() lists."""
        reports.assess(reports.claims(place="Odesa")[0].id, "verified", by="desk")
        graph = reports.graph()
        saved = reports.save_relations(graph)
        assert saved == len(list(graph.relations()))
        assert [c.id for c in graph.unverified()] == [c.id for c in reports.unverified()]
        assert {link.kind for link in graph.relations()} == {
            link.kind for link in reports.relations()
        }

    @pytest.mark.parametrize(
        "filters",
        [
            {"place": "Kherson"},
            {"place": "KHERSON"},
            {"metric": "dead"},
            {"metric": "evacuated", "min_value": 1030},
            {"since": "2023-06-08"},
            {"until": "2023-06-07", "place": "Kherson"},
            {"speaker": "Oleh Kiper"},
            {"organization": "Interior Ministry"},
        ],
    )
    def test_filters_agree_with_the_graph(self, reports: Store, filters: dict[str, str]) -> None:
        """The store's filters select what the graph's select, on plain names."""
        graph = reports.graph()
        assert [c.id for c in graph.claims(**filters)] == [c.id for c in reports.claims(**filters)]
