"""
Tests for claimtrack.ingest: reading text, JSON, JSON Lines, HTML and folders.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.errors import InputError
from claimtrack.ingest import (
    InputRecord,
    find_inputs,
    parse_text,
    read_file,
    read_paths,
    record_from_mapping,
)
from claimtrack.model import SourceKind

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
EVENTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "fixtures" / "events"

WIRE = (
    "HALDANE FALLS, April 15 (Meridian Press) - The toll rose to 11 on Tuesday, the agency said.\n"
)


class TestParseText:
    def test_date_header_is_read_and_kept(self) -> None:
        """A leading ` date YYYY-MM-DD ` header sets the date and stays in the text."""
        text = " date 2025-04-15 " + WIRE
        record = parse_text(text, "a.txt")
        assert "2025-04-15" == record.published.date().isoformat()
        assert text == record.text

    def test_date_header_on_its_own_line(self) -> None:
        """A header line followed by a blank line is read too."""
        record = parse_text("date 2025-04-15\n\n" + WIRE)
        assert "2025-04-15" == record.published.date().isoformat()

    def test_no_header_no_date(self) -> None:
        """Text without a header has no date and keeps its words."""
        record = parse_text(WIRE)
        assert (None, WIRE) == (record.published, record.text)

    def test_front_matter_is_read_and_removed(self) -> None:
        """Front matter fills the source fields and is cut from the text."""
        text = (
            "---\ntitle: Toll rises\npublisher: Meridian Press\n"
            "url: https://example.invalid/a\ndate: 2025-04-15\ncredits: Meridian Press, AP\n"
            "---\n" + WIRE
        )
        record = parse_text(text)
        expected = ("Toll rises", "Meridian Press", "https://example.invalid/a")
        assert expected == (record.title, record.publisher, record.url)
        assert ("Meridian Press", "AP") == record.credits
        assert WIRE == record.text
        assert 15 == record.published.day

    def test_front_matter_bad_date(self) -> None:
        """A front-matter date that is no date is an InputError naming the file."""
        with pytest.raises(InputError, match=r"a\.txt"):
            parse_text("---\ndate: last Tuesday\n---\nText.", "a.txt")

    def test_dashes_inside_text_are_not_front_matter(self) -> None:
        """Three dashes later in the text are left alone."""
        text = "Opening line.\n---\nkey: value\n---\n"
        assert text == parse_text(text).text


class TestRecordFromMapping:
    def test_alias_fields(self) -> None:
        """Other tools' field names (outlet, wire, url_of_real_source) are understood."""
        record = record_from_mapping(
            {
                "body": "Rain.",
                "outlet": "Valley Post",
                "wire": "AFP",
                "url_of_real_source": "https://example.invalid/r",
                "publication_date": "2025-04-14",
                "headline": "Rain",
            }
        )
        expected = ("Valley Post", ("AFP",), "https://example.invalid/r", "Rain")
        assert expected == (record.publisher, record.credits, record.url, record.title)

    def test_null_wire_is_no_credit(self) -> None:
        """A wire field of null or 'None' gives no credits."""
        assert () == record_from_mapping({"text": "x", "wire": None, "credit": "None"}).credits

    def test_no_text(self) -> None:
        """A record with no text says so and names where it was."""
        with pytest.raises(InputError, match=r"feed\.jsonl line 2: the record has no text"):
            record_from_mapping({"title": "x"}, "feed.jsonl line 2")

    def test_file_field_reads_beside(self, tmp_path: Path) -> None:
        """A `file` field is read relative to the manifest's folder."""
        (tmp_path / "a.txt").write_text("date 2025-04-14\nRain.", encoding="utf-8")
        record = record_from_mapping({"file": "a.txt"}, base=tmp_path)
        assert "date 2025-04-14\nRain." == record.text
        assert 14 == record.published.day

    def test_kind(self) -> None:
        """A kind field becomes a SourceKind."""
        record = record_from_mapping({"text": "x", "kind": "press_release"})
        assert SourceKind.PRESS_RELEASE == record.kind


class TestReadFile:
    def test_jsonl(self, tmp_path: Path) -> None:
        """Each line of a .jsonl file is a record; blank lines are skipped."""
        path = tmp_path / "feed.jsonl"
        lines = [json.dumps({"text": f"Item {i}.", "publisher": "Wire"}) for i in range(3)]
        path.write_text("\n".join([lines[0], "", *lines[1:]]) + "\n", encoding="utf-8")
        records = read_file(path)
        assert ["Item 0.", "Item 1.", "Item 2."] == [r.text for r in records]
        assert f"{path} line 3" == records[1].origin

    def test_jsonl_bad_line(self, tmp_path: Path) -> None:
        """A broken JSON line is reported with its number."""
        path = tmp_path / "feed.jsonl"
        path.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
        with pytest.raises(InputError, match="line 2: not valid JSON"):
            read_file(path)

    def test_json_list(self, tmp_path: Path) -> None:
        """A .json file may hold a list of records."""
        path = tmp_path / "a.json"
        path.write_text(json.dumps([{"text": "A."}, {"text": "B."}]), encoding="utf-8")
        assert ["A.", "B."] == [r.text for r in read_file(path)]

    def test_not_utf8(self, tmp_path: Path) -> None:
        """A file that is not UTF-8 is an InputError naming the byte."""
        path = tmp_path / "latin.txt"
        path.write_bytes("Caf\xe9".encode("latin-1"))
        with pytest.raises(InputError, match="not UTF-8 text"):
            read_file(path)

    def test_unknown_suffix(self, tmp_path: Path) -> None:
        """A file of an unknown kind is refused with the kinds that are read."""
        path = tmp_path / "a.pdf"
        path.write_bytes(b"%PDF")
        with pytest.raises(InputError, match=r"cannot read \.pdf files"):
            read_file(path)

    def test_html(self, tmp_path: Path) -> None:
        """An HTML page gives its main text and title."""
        pytest.importorskip("trafilatura")
        body = " ".join(
            f"Paragraph {i}: the regional agency said the river had fallen by a metre."
            for i in range(6)
        )
        page = (
            "<html><head><title>River falls</title></head><body><nav>Home | World</nav>"
            f"<article><h1>River falls</h1><p>{body}</p></article></body></html>"
        )
        path = tmp_path / "page.html"
        path.write_text(page, encoding="utf-8")
        (record,) = read_file(path)
        assert "the regional agency said the river had fallen" in record.text
        assert "Home | World" not in record.text
        assert "River falls" == record.title

    def test_html_without_trafilatura(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without the html extra, reading a page says which pip command to run."""
        import sys

        from claimtrack.errors import MissingDependencyError

        monkeypatch.setitem(sys.modules, "trafilatura", None)
        path = tmp_path / "page.html"
        path.write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
        with pytest.raises(MissingDependencyError, match=r"pip install 'claimtrack\[html\]'"):
            read_file(path)


SECRET = "root:x:0:0:not an article\n"


def _feed(tmp_path: Path) -> Path:
    """A feed folder with an article inside it and a secret file beside the folder."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    feed = tmp_path / "feed"
    (feed / "articles" / "2025").mkdir(parents=True)
    (feed / "articles" / "2025" / "flood.txt").write_text(
        "date 2025-04-14\nThe agency said 11 people died in the flood.", encoding="utf-8"
    )
    return feed


def _symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("symbolic links cannot be made here")


class TestFileConfinedToFeed:
    def test_nested_relative_path(self, tmp_path: Path) -> None:
        """A path into a folder below the feed is read."""
        feed = _feed(tmp_path)
        record = record_from_mapping({"file": "articles/2025/flood.txt"}, "a.json", base=feed)
        assert 14 == record.published.day
        assert str(feed / "articles" / "2025" / "flood.txt") == record.origin

    def test_name_found_below(self, tmp_path: Path) -> None:
        """A bare name is still found in a folder below the feed."""
        record = record_from_mapping({"file": "flood.txt"}, base=_feed(tmp_path))
        assert record.text.endswith("11 people died in the flood.")

    def test_one_origin_however_named(self, tmp_path: Path) -> None:
        """One file has one origin whether the manifest names it bare, with `..` or whole."""
        feed = _feed(tmp_path)
        names = ["flood.txt", "articles/../articles/2025/flood.txt", "articles/2025/flood.txt"]
        origins = {record_from_mapping({"file": name}, base=feed).origin for name in names}
        assert {str(feed / "articles" / "2025" / "flood.txt")} == origins

    def test_link_inside_the_feed(self, tmp_path: Path) -> None:
        """A symbolic link to another file inside the feed's folder is read."""
        feed = _feed(tmp_path)
        _symlink(feed / "latest.txt", feed / "articles" / "2025" / "flood.txt")
        assert 14 == record_from_mapping({"file": "latest.txt"}, base=feed).published.day

    def test_absolute_path_inside(self, tmp_path: Path) -> None:
        """An absolute path that is inside the feed's folder is read."""
        feed = _feed(tmp_path)
        name = str(feed / "articles" / "2025" / "flood.txt")
        assert 14 == record_from_mapping({"file": name}, base=feed).published.day

    @pytest.mark.parametrize(
        "name", ["../secret.txt", "articles/../../secret.txt", "../../../../../../etc/passwd"]
    )
    def test_traversal(self, tmp_path: Path, name: str) -> None:
        """A path that climbs out of the feed's folder is refused, naming record and path."""
        feed = _feed(tmp_path)
        with pytest.raises(InputError) as caught:
            record_from_mapping({"file": name}, "feed.jsonl line 4", base=feed)
        message = str(caught.value)
        assert message.startswith(f"feed.jsonl line 4: refused file {name!r}: it resolves to ")
        assert f"outside the feed's folder {feed.resolve()}" in message

    def test_absolute_path_outside(self, tmp_path: Path) -> None:
        """An absolute path elsewhere is refused."""
        feed = _feed(tmp_path)
        name = str(tmp_path / "secret.txt")
        with pytest.raises(InputError, match=r"list\.json record 1: refused file"):
            record_from_mapping({"file": name}, "list.json record 1", base=feed)

    def test_symlink_escaping(self, tmp_path: Path) -> None:
        """A symbolic link inside the feed that points out of it is refused."""
        feed = _feed(tmp_path)
        _symlink(feed / "innocent.txt", tmp_path / "secret.txt")
        with pytest.raises(InputError) as caught:
            record_from_mapping({"file": "innocent.txt"}, "feed.jsonl line 1", base=feed)
        expected = (
            f"feed.jsonl line 1: refused file 'innocent.txt': it resolves to "
            f"{(tmp_path / 'secret.txt').resolve()}, outside the feed's folder "
            f"{feed.resolve()}; a feed may name only files inside its folder"
        )
        assert expected == str(caught.value)

    def test_folder_link_escaping(self, tmp_path: Path) -> None:
        """A file reached through a linked folder that points out of the feed is refused."""
        feed = _feed(tmp_path)
        (tmp_path / "elsewhere").mkdir()
        (tmp_path / "elsewhere" / "leak.txt").write_text(SECRET, encoding="utf-8")
        _symlink(feed / "mirror", tmp_path / "elsewhere")
        with pytest.raises(InputError, match=r"refused file 'mirror/leak\.txt'"):
            record_from_mapping({"file": "mirror/leak.txt"}, base=feed)
        with pytest.raises(InputError):  # nor is it found by its bare name through the link
            record_from_mapping({"file": "leak.txt"}, base=feed)

    def test_nul_byte(self, tmp_path: Path) -> None:
        """A path with a NUL byte is a bad record, not a crash."""
        with pytest.raises(InputError, match=r"a\.json record 1: cannot use file"):
            record_from_mapping({"file": "a\x00.txt"}, "a.json record 1", base=_feed(tmp_path))

    def test_default_base_is_the_current_folder(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without a base, the file must be inside the current folder."""
        monkeypatch.chdir(_feed(tmp_path))
        assert 14 == record_from_mapping({"file": "flood.txt"}).published.day
        with pytest.raises(InputError, match=r"refused file '\.\./secret\.txt'"):
            record_from_mapping({"file": "../secret.txt"})

    @pytest.mark.parametrize("suffix", [".jsonl", ".json"])
    def test_feed_reads_the_rest(self, tmp_path: Path, suffix: str) -> None:
        """A feed's refused record is collected as an error; its other records are read."""
        feed = _feed(tmp_path)
        items = [
            {"file": "articles/2025/flood.txt", "outlet": "Valley Post"},
            {"file": "../secret.txt", "outlet": "Mallory"},
            {"text": "Officials said 40 homes burned.", "outlet": "Valley Post"},
        ]
        path = feed / f"feed{suffix}"
        if suffix == ".jsonl":
            path.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
            where = f"{path} line 2"
        else:
            path.write_text(json.dumps(items), encoding="utf-8")
            where = f"{path} record 2"
        errors: list[tuple[str, object]] = []
        records = read_file(path, errors=errors)  # type: ignore[arg-type]
        assert ["Valley Post", "Valley Post"] == [r.publisher for r in records]
        assert all(SECRET not in r.text for r in records)
        assert [where] == [w for w, _ in errors]
        assert str(errors[0][1]).startswith(f"{where}: refused file '../secret.txt'")
        with pytest.raises(InputError, match="refused file"):
            read_file(path)

    def test_manifest_claims_nothing_outside(self, tmp_path: Path) -> None:
        """A manifest naming a file outside its folder does not hide that file from a walk."""
        feed = _feed(tmp_path)
        (tmp_path / "loose.txt").write_text("A loose article.", encoding="utf-8")
        (feed / "list.json").write_text(json.dumps([{"file": "../loose.txt"}]), "utf-8")
        names = [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path])]
        assert "loose.txt" in names
        assert "feed/list.json" in names


class TestFindInputs:
    def test_walks_folders_sorted(self, tmp_path: Path) -> None:
        """Folders are read recursively, in order, skipping hidden and unknown files."""
        (tmp_path / "b").mkdir()
        (tmp_path / ".git").mkdir()
        for name in ("b/2.txt", "1.txt", "notes.pdf", ".git/x.txt"):
            (tmp_path / name).write_text("x", encoding="utf-8")
        names = [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path])]
        assert ["1.txt", "b/2.txt"] == names

    def test_manifest_claims_its_files(self, tmp_path: Path) -> None:
        """Files a JSON manifest names are read through it, once."""
        (tmp_path / "001.txt").write_text("One.", encoding="utf-8")
        (tmp_path / "002.txt").write_text("Two.", encoding="utf-8")
        manifest = [{"file": "001.txt", "outlet": "Valley Post", "published": "2025-04-14"}]
        (tmp_path / "articles.json").write_text(json.dumps(manifest), encoding="utf-8")
        records = list(read_paths([tmp_path]))
        assert [(None, "Two."), ("Valley Post", "One.")] == [(r.publisher, r.text) for r in records]

    def test_missing_path(self, tmp_path: Path) -> None:
        """A path that does not exist is an InputError."""
        with pytest.raises(InputError, match="no such file or directory"):
            find_inputs([tmp_path / "nope"])


class TestReadPaths:
    def test_defaults_fill_gaps_only(self, tmp_path: Path) -> None:
        """--publisher and --date style defaults apply only where the file lacks them."""
        (tmp_path / "a.txt").write_text("---\npublisher: Own\n---\nA.", encoding="utf-8")
        (tmp_path / "b.txt").write_text("date 2025-01-02\nB.", encoding="utf-8")
        records = list(read_paths([tmp_path], publisher="Default", published="2025-09-09"))
        assert [("Own", "2025-09-09"), ("Default", "2025-01-02")] == [
            (r.publisher, r.published.date().isoformat()) for r in records
        ]

    def test_errors_collected(self, tmp_path: Path) -> None:
        """With an errors list, a bad file is recorded and the others are still read."""
        (tmp_path / "a.txt").write_text("Fine.", encoding="utf-8")
        (tmp_path / "b.jsonl").write_text("{oops\n", encoding="utf-8")
        (tmp_path / "c.txt").write_text("Also fine.", encoding="utf-8")
        errors: list[tuple[str, object]] = []
        texts = [r.text for r in read_paths([tmp_path], errors=errors)]  # type: ignore[arg-type]
        assert ["Fine.", "Also fine."] == texts
        assert [str(tmp_path / "b.jsonl")] == [path for path, _ in errors]

    def test_examples(self) -> None:
        """Every bundled example reads with a publication date."""
        records = list(read_paths([EXAMPLES]))
        assert 10 <= len(records) <= 12
        assert all(r.published is not None for r in records)

    def test_event_fixture_manifest(self) -> None:
        """The shared event fixture reads through its manifest: one record per article."""
        if not EVENTS.is_dir():
            pytest.skip("../shared is not beside the checkout")
        records = list(read_paths([EVENTS / "articles"]))
        manifest = json.loads((EVENTS / "articles.json").read_text(encoding="utf-8"))
        assert len(manifest) == len(records)
        by_manifest = list(read_paths([EVENTS / "articles.json"]))
        assert [m["outlet"] for m in manifest] == [r.publisher for r in by_manifest]
        assert all(r.published is not None for r in by_manifest)


class TestInputRecord:
    def test_extract_kwargs(self) -> None:
        """The keyword arguments match extract()'s contract."""
        record = InputRecord("x", credits="AP", kind="press_release")
        expected = {
            "text": "x",
            "published": None,
            "publisher": None,
            "title": None,
            "url": None,
            "kind": SourceKind.PRESS_RELEASE,
            "credits": ("AP",),
        }
        assert expected == record.extract_kwargs()
