"""
Making article text safe to show: XML-valid characters, escaping, and which URLs may
become links.

Article text is untrusted input. Everything a report shows passes through here or through
Jinja's autoescaping; only `http` and `https` URLs ever become links.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

__all__ = ["clean_text", "safe_url", "xml_escape"]

# Characters XML 1.0 forbids: C0 controls other than tab, newline and carriage return,
# lone surrogates, and the two non-characters U+FFFE and U+FFFF. One character class, so
# no backtracking at all.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Browsers ignore tabs, newlines and leading/trailing controls and spaces inside a URL
# ("java\tscript:" runs as "javascript:"), so they are removed before the scheme is read.
_URL_IGNORED = re.compile("[\x00-\x20\x7f]")

_LINK_SCHEMES = frozenset({"http", "https"})


def clean_text(text: str) -> str:
    """
    Return *text* without the characters XML 1.0 cannot hold.

    Examples:
        >>> clean_text("four\\x00 killed\\x1b")
        'four killed'
    """
    return _XML_INVALID.sub("", text)


def xml_escape(text: object) -> str:
    """
    Return *text* cleaned and escaped for XML or HTML text and quoted attribute values.

    Examples:
        >>> xml_escape('<script>alert("x")</script>')
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape(clean_text(str(text)), quote=True)


def safe_url(url: str | None) -> str | None:
    """
    Return *url* if it may be shown as a link (an `http` or `https` URL with a host),
    else None.

    Examples:
        >>> safe_url("https://example.org/news/1")
        'https://example.org/news/1'
        >>> safe_url("javascript:alert(1)") is None, safe_url("data:text/html,x") is None
        (True, True)
        >>> safe_url(" java\\tscript:alert(1)") is None
        True
    """
    if not url:
        return None
    squeezed = _URL_IGNORED.sub("", url)
    try:
        parts = urlsplit(squeezed)
    except ValueError:  # an invalid IPv6 host, for one
        return None
    if parts.scheme.lower() not in _LINK_SCHEMES or not parts.netloc:
        return None
    return squeezed
