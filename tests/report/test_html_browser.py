"""
The HTML report in a real browser: hostile article text never runs, nothing is fetched.

Drives Debian's chromium (/usr/bin/chromium, installed by .ci/install-browser) through
Playwright; never downloads a browser. Without chromium the test fails under CI (CI=true)
and is skipped otherwise.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from claimtrack.report import report
from tests.report.graphs import events_graph, hostile_documents, hostile_graph, make_graph

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')
TITLE = "Hostile <script>alert(1)</script> report"


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing; run .ci/install-browser (Debian's chromium)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Any:
    """A headless Debian chromium driven by Playwright."""
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _open(browser: Any, path: Path, shot: Path) -> dict[str, Any]:
    """Load *path*, record everything that happens, screenshot it to *shot*."""
    seen: dict[str, Any] = {"dialogs": [], "console": [], "errors": [], "requests": []}
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on(
        "console",
        lambda m: seen["console"].append(m.text) if m.type in {"error", "warning"} else None,
    )
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))

    def route(r: Any) -> None:
        if r.request.url == path.as_uri():
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    seen["pwned"] = page.evaluate("() => window.__pwned === undefined ? null : window.__pwned")
    seen["scripts"] = page.evaluate("() => document.querySelectorAll('script').length")
    seen["handlers"] = page.evaluate(
        "() => [...document.querySelectorAll('*')].flatMap("
        "e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => a.name))"
    )
    seen["hrefs"] = page.evaluate(
        "() => [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))"
    )
    seen["frames"] = page.evaluate(
        "() => document.querySelectorAll('iframe, embed, object').length"
    )
    seen["text"] = page.inner_text("body")
    seen["title"] = page.title()
    page.screenshot(path=str(shot), full_page=False)
    page.close()
    return seen


def _assert_clean(seen: dict[str, Any], page: Path) -> None:
    assert [] == seen["dialogs"]
    assert [] == seen["errors"]
    assert [] == seen["console"]
    assert [page.as_uri()] == seen["requests"]
    assert seen["pwned"] is None
    assert 0 == seen["scripts"]
    assert [] == seen["handlers"]
    assert 0 == seen["frames"]
    assert all(h.startswith(("https://", "http://", "#")) for h in seen["hrefs"]), seen["hrefs"]


def _assert_screenshot(shot: Path) -> None:
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank 1100x900 page compresses to a few KB


class TestHostileReportInBrowser:
    """The HTML report of articles full of script payloads, in headless chromium."""

    @pytest.mark.parametrize("linked", ["given-conflict", "claimgraph"])
    @pytest.mark.parametrize("with_csp", [True, False], ids=["with-csp", "escaping-alone"])
    def test_nothing_runs_or_leaves_the_page(
        self, browser: Any, tmp_path: Path, with_csp: bool, linked: str
    ) -> None:
        """No dialog, script, handler, request or console error, with or without the CSP."""
        graph = hostile_graph() if linked == "given-conflict" else make_graph(hostile_documents())
        html = report(graph, "html", title=TITLE)
        if not with_csp:
            html, count = CSP_META.subn("", html)
            assert 1 == count
        page = tmp_path / "report.html"
        page.write_text(html, encoding="utf-8")
        shot = tmp_path / "report.png"
        seen = _open(browser, page, shot)
        _assert_clean(seen, page)
        assert TITLE == seen["title"]
        assert TITLE in seen["text"]
        assert "<script>window.__pwned=1;alert(1)</script>" in seen["text"]
        _assert_screenshot(shot)


class TestFixtureReportInBrowser:
    """The HTML report of the seed and events fixtures, in headless chromium."""

    def test_renders_offline_with_charts(self, browser: Any, tmp_path: Path) -> None:
        """The fixture report loads nothing, shows its title and draws its SVG charts."""
        title = "Kharkiv shelling and Ukraine's civilian toll"
        page = tmp_path / "report.html"
        page.write_text(report(events_graph(), "html", title=title), encoding="utf-8")
        shot = tmp_path / "report.png"
        seen = _open(browser, page, shot)
        _assert_clean(seen, page)
        assert title in seen["text"]
        assert "Unverified claims" in seen["text"]
        assert "Conflicts" in seen["text"]
        _assert_screenshot(shot)


class TestNeedChromium:
    """Without chromium the browser test fails under CI and skips elsewhere."""

    def test_fails_under_ci(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """CI=true turns a missing browser into a failure, not a skip."""
        monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
        monkeypatch.setenv("CI", "true")
        with pytest.raises(pytest.fail.Exception, match=r"run \.ci/install-browser"):
            _need_chromium()

    def test_skips_locally(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without CI a missing browser skips with the reason."""
        monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
        monkeypatch.delenv("CI", raising=False)
        with pytest.raises(pytest.skip.Exception, match="is missing"):
            _need_chromium()
