"""Article pages to text: what the extractor misses or keeps wrongly on Dutch news sites.

trafilatura finds the main text; this module repairs the three ways it fails on common Dutch
page structures (issue 17.1, 17.2; measured on the golden pages in ``tests/golden/pages/``):

* a **lead** in its own container above the body (a bold intro ``<p class="intro">``, a
  ``<div class="excerpt">``) is left out: it is put back in front of the body;
* the **title** comes back as a paragraph (the page's ``<h1>``, or a body that repeats it, as
  Metronieuws does; on live blogs between updates): paragraphs equal to the title are dropped,
  and a title glued to the start of the first paragraph is cut;
* the text **ends in furniture**: a social prompt ("Like ons dan even op Facebook"), a
  "Laatste nieuws" / "Lees ook" list of unrelated headlines: cut from there to the end.
"""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from lxml import etree

#: A class or id token naming a lead container: "intro", "article-lead", "excerpt", ...
LEAD_TOKEN = re.compile(
    r"(?:[a-z0-9]+[-_])*(?:intro|lead|excerpt|standfirst|kicker-text)(?:[-_](?:text|tekst|paragraph|content))?",
    re.IGNORECASE,
)
#: Containers whose text is never a lead, even with a lead-like class.
NOT_ARTICLE = ("nav", "header", "footer", "aside", "form", "script", "style", "noscript")
MIN_LEAD_CHARS = 40
MAX_LEAD_CHARS = 1500

#: A paragraph (short: a prompt, a heading) from which the rest of the text is site furniture.
MAX_TRAILER_CHARS = 300
TRAILER = re.compile(
    r"(?:.*\b(?:like|volg)\s+ons\b.*\b(?:facebook|instagram|twitter|x|tiktok|linkedin)\b.*"
    r"|(?:laatste|meer|ander|gerelateerd)\s+nieuws|lees\s+ook|meest\s+gelezen"
    r"|gerelateerde\s+artikelen|bekijk\s+ook|ook\s+interessant)\W*",
    re.IGNORECASE | re.DOTALL,
)


def _key(text: str) -> str:
    """Text compared without case, accents, punctuation or spacing."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def _parse(page_html: str | bytes) -> etree._Element | None:
    try:
        return lxml.html.fromstring(page_html)
    except (etree.ParserError, ValueError):
        return None


def page_titles(root: etree._Element | None) -> list[str]:
    """The page's own titles: its ``<h1>`` headings and ``og:title``."""
    if root is None:
        return []
    titles = [h.text_content() for h in root.iter("h1")]
    titles += [m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:title"]
    return [t.strip() for t in titles if t and t.strip()]


def lead_texts(root: etree._Element | None) -> list[str]:
    """Texts of lead containers (a class or id token like ``intro``, ``lead``, ``excerpt``)."""
    if root is None:
        return []
    leads = []
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in NOT_ARTICLE:
            continue
        tokens = f"{node.get('class') or ''} {node.get('id') or ''}".split()
        if not any(LEAD_TOKEN.fullmatch(token) for token in tokens):
            continue
        if any(a.tag in NOT_ARTICLE for a in node.iterancestors()):
            continue
        text = " ".join(node.text_content().split())
        if MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS and text not in leads:
            leads.append(text)
    return leads


def repair(text: str, page_html: str | bytes, title: str | None = None) -> str:
    """The extracted ``text`` (paragraphs split by blank lines) with lead, title and trailer fixed."""
    root = _parse(page_html)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    names = [" ".join(t.split()) for t in [title or "", *page_titles(root)] if _key(t)]
    titles = {_key(t) for t in names}
    paragraphs = [p for p in paragraphs if _key(p) not in titles]
    for name in names:
        # A title glued to the first paragraph (a photo series' captions run together).
        if paragraphs and paragraphs[0].startswith(name + " "):
            paragraphs[0] = paragraphs[0][len(name) :].lstrip()
    for i, paragraph in enumerate(paragraphs):
        if i > 0 and len(paragraph) <= MAX_TRAILER_CHARS and TRAILER.fullmatch(paragraph.strip()):
            paragraphs = paragraphs[:i]
            break
    have = _key("".join(paragraphs))
    # Only the page's first lead container: later ones are teasers of other articles.
    missing = [lead for lead in lead_texts(root)[:1] if _key(lead) not in have]
    return "\n\n".join([*missing, *paragraphs])
