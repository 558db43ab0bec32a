"""Text normalisation for feed HTML and extracted article text.

Plain functions (no Beam) so they can be fuzzed with hypothesis and reused by every stage.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.html
from lxml import etree

# Lines that are site furniture, not article text (seen in scraped NOS and NRC pages).
BOILERPLATE_LINES = re.compile(
    r"^\s*(?:deel artikel:?|deel dit artikel:?.*|advertentie(?: via ster\.nl)?|"
    r"nos nieuws\s*(?:aangepast|gewijzigd)?|lees ook:?|lees meer:?|"
    r"bekijk (?:ook )?(?:de )?video.*|word abonnee.*|inloggen)\s*$",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "figure", "figcaption", "section", "article", "header", "footer", "table", "tr", "pre",
}  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "template")
_TRACKING_PARAMS = re.compile(r"^(utm_|at_|xtor|fbclid|gclid|mc_)", re.IGNORECASE)


def unescape(text: str, rounds: int = 5) -> str:
    """HTML entities decoded until none are left: feeds double-escape ("Koken &amp;amp; theater"
    from NRC and NU.nl came out as "Koken &amp; theater")."""
    for _ in range(rounds):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def clean_text(text: str) -> str:
    """NFC, no control characters, single spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", unescape(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def strip_boilerplate(text: str) -> str:
    """Drop whole paragraphs that are share buttons, ads and site labels."""
    kept = [p for p in text.split("\n\n") if p and not BOILERPLATE_LINES.match(p)]
    return "\n\n".join(kept)


def html_to_text(fragment: str) -> str:
    """Feed-item HTML (NOS puts the article in the description) to paragraph text.

    Block elements become paragraph breaks, scripts and styles are dropped, entities decoded.
    Falls back to the input stripped of tags when the HTML cannot be parsed at all.
    """
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return clean_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.iter(*_DROP_TAGS):
        bad.drop_tree()
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    return clean_text("".join(parts))


_C0 = "".join(chr(i) for i in range(0x21))


def canonical_url(url: str) -> str:
    """A URL with lower-case scheme/host, no fragment and no tracking parameters.

    A canonical URL is its own canonical form (article ids depend on it): dropping a fragment
    or a query can expose trailing spaces or controls, so the rules are applied until nothing
    changes (each pass only removes characters, so this ends).
    """
    for _ in range(8):
        once = _canonical_once(url)
        if once == url:
            break
        url = once
    return url


def _canonical_once(url: str) -> str:
    # urlsplit drops leading C0 controls and str.strip drops Unicode spaces: trim both
    trimmed = None
    while trimmed != url:
        trimmed, url = url, url.strip().strip(_C0)
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    query = [(k, v) for k, v in query if not _TRACKING_PARAMS.match(k)]
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets, or the URL no longer parses
        host = f"[{host}]"
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80)
        or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


def stable_id(*parts: str, length: int = 20) -> str:
    """A short hex id from the given parts; the same input always gives the same id."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
