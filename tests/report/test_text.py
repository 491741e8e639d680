"""Tests for claimtrack.report.text: XML-safe text, escaping, linkable URLs."""

from __future__ import annotations

import pytest

from claimtrack.report.text import clean_text, safe_url, xml_escape


class TestCleanText:
    """clean_text removes what XML 1.0 cannot hold and keeps everything else."""

    def test_strips_controls_keeps_whitespace(self) -> None:
        """C0 controls go; tab, newline and carriage return stay."""
        assert "a\tb\nc\rd" == clean_text("a\x00\tb\x0b\nc\x1f\rd\x08")

    def test_strips_surrogates_and_noncharacters(self) -> None:
        """Lone surrogates and U+FFFE/U+FFFF go; other Unicode stays."""
        assert "Харків – “five”" == clean_text("Харків\ud800 – \ufffe“five”\uffff")


class TestXmlEscape:
    """xml_escape makes any text inert in element content and quoted attributes."""

    def test_escapes_markup_and_quotes(self) -> None:
        """Angle brackets, ampersands and both quotes are escaped."""
        assert "&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;" == xml_escape(
            "<a href=\"x\" title='y'>&"
        )


class TestSafeUrl:
    """Only http and https URLs with a host may become links."""

    @pytest.mark.parametrize(
        "url",
        [
            "https://example.org/a?b=1#c",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/x",
        ],
    )
    def test_keeps_web_urls(self, url: str) -> None:
        """A web URL is returned as given."""
        assert url == safe_url(url)

    @pytest.mark.parametrize(
        "url",
        [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\x00javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "//evil.example/x",
            "/relative/path",
            "https:///no-host",
            "http://[::1",
            "",
            None,
        ],
    )
    def test_refuses_everything_else(self, url: str | None) -> None:
        """Script, data, file, relative and hostless URLs are never links."""
        assert None is safe_url(url)
