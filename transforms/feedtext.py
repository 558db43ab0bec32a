"""Feed item text: what feeds add around the article that is not the article (issue 17.3).

Real feeds double-escape entities ("Koken &amp;amp; theater"), sometimes whole markup, end items
with a link to the site ("Continue reading...", "Lees verder", "Lees meer") and add their own
furniture ("The post ... appeared first on ..."). Those words would become mentions and events.
The general rules live here; a feed's own furniture is data in the feed registry
(``boilerplate:`` patterns), applied by :func:`strip_patterns`.
"""

from __future__ import annotations

import functools
import re

from geoevents.transforms.text import html_to_text, strip_boilerplate

# Markup that survived as text because it was escaped twice: decode it as HTML once more.
_ESCAPED_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|u|ul|ol|li|h[1-6]|img|figure|figcaption|blockquote)"
    r"\b[^<>]{0,500}+>",
    re.IGNORECASE,
)
_READ_MORE_WORDS = (
    r"continue reading|read more|read the (?:full|whole|rest of the) (?:story|article)|"
    r"lees (?:verder|meer|het (?:hele|volledige) (?:artikel|verhaal|bericht))|verder lezen|"
    r"meer lezen|weiterlesen|mehr lesen|lire la suite|en savoir plus|leia mais|continue lendo|"
    r"seguir leyendo|leer m[aá]s|continua a leggere|leggi (?:tutto|di pi[uù])"
)
# A read-more link at the very end of an item: after a sentence end, a separator or a paragraph
# break, optionally "op nu.nl" / "on theguardian.com", then only dots, arrows and brackets.
READ_MORE = re.compile(
    r"(?:^|(?<=[.!?…:;)\]»\"”'\s]))[\s\-–—|»›>(\[]*+"
    rf"(?:{_READ_MORE_WORDS})(?:\s+(?:op|on|at|auf|sur|em|en|in|bij|via)\s+[\w.-]+)?"
    r"[\s.…:!»›>→)\]]*\Z",
    re.IGNORECASE,
)


READ_MORE_WINDOW = 300


def feed_text(fragment: str) -> str:
    """Feed HTML to text, decoding markup that was escaped twice (at most twice more)."""
    text = html_to_text(fragment)
    for _ in range(2):
        if not _ESCAPED_TAG.search(text):
            break
        text = html_to_text(text)
    return text


def strip_read_more(text: str) -> str:
    """``text`` without trailing read-more links ("… zorg. Lees verder »" -> "… zorg.").

    Only the last ``READ_MORE_WINDOW`` characters are searched (the link is short): scanning a
    whole body with the pattern costs time that grows with the square of long separator runs.
    """
    for _ in range(3):  # "Lees meer » Lees verder" and the like
        match = READ_MORE.search(text, max(0, len(text) - READ_MORE_WINDOW))
        if match is None:
            break
        text = text[: match.start()].rstrip()
    return text


@functools.lru_cache(maxsize=256)
def compile_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A feed's boilerplate patterns, compiled once per worker (case-insensitive)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def strip_patterns(text: str, patterns: tuple[str, ...]) -> str:
    """Remove every match of a feed's patterns from each paragraph; drop emptied paragraphs."""
    if not patterns or not text:
        return text
    compiled = compile_patterns(patterns)
    kept = []
    for paragraph in text.split("\n\n"):
        for pattern in compiled:
            paragraph = pattern.sub("", paragraph)
        paragraph = " ".join(paragraph.split())
        if paragraph.strip(" .,;:-–—|"):
            kept.append(paragraph)
    return "\n\n".join(kept)


def item_text(fragment: str, patterns: tuple[str, ...] = ()) -> str:
    """One feed text field (summary or content) as article text without feed furniture: the
    feed's own patterns, the site labels every feed has, then a trailing read-more link."""
    text = strip_patterns(feed_text(fragment), patterns)
    return strip_read_more(strip_boilerplate(text))
