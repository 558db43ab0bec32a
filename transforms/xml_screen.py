"""The DTD screen for feed XML (issue 20.1): a feed that declares a DTD is refused before parsing.

Expat expands internal entities that feedparser keeps, so a declaration anywhere (after a long
comment, in UTF-16) turned a 10 MB feed into a 307-million-character title. Kept apart from
``transforms.feeds`` so it stays small enough to reason about (and cheap to import in a test
that measures a fresh process's memory).
"""

from __future__ import annotations

import re

from feedparser.encodings import convert_to_utf8

# Markup declarations that only a DTD has. Expat expands internal entities (feedparser keeps
# "safe" ones), so a feed with any of them is refused wherever it is, not parsed.
_ENTITY_DECL = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_DTD_DECL = re.compile(rb"<!\s*(?:ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)
# A DOCTYPE up to its end (">") or the start of an internal subset ("["). A DOCTYPE that only
# names an external DTD (RSS 0.91's Netscape DOCTYPE) is allowed: it is never fetched.
# Possessive quantifiers: a DOCTYPE followed by megabytes without ">" must not leave a backtracking
# point per byte (a plain "*" took 8 s and 2.3 GB on 20 MB).
_DOCTYPE = re.compile(rb"""<!\s*DOCTYPE(?:[^>\["']++|"[^"]*+"|'[^']*+')*+([\[>]?)""", re.IGNORECASE)


def dtd_problem(body: bytes) -> tuple[bytes, str | None]:
    """The UTF-8 bytes feedparser will parse and, if the feed declares a DTD, the refusal reason.

    Scans the whole document after feedparser's own encoding detection (UTF-16/32, EBCDIC and
    declared encodings become UTF-8 first), so neither a long comment before the DOCTYPE nor an
    encoding hides a declaration; the raw bytes without NULs are scanned too, in case the
    detection and the parser disagree. ``xml_entity_declaration`` for ``<!ENTITY``, ``xml_dtd``
    for an internal subset or other declarations.
    """
    data = convert_to_utf8({}, body, {})
    views = [data]
    if b"\x00" in body:
        views.append(body.replace(b"\x00", b""))
    for view in views:
        if _ENTITY_DECL.search(view):
            return data, "xml_entity_declaration"
        if _DTD_DECL.search(view):
            return data, "xml_dtd"
        if any(m.group(1) != b">" for m in _DOCTYPE.finditer(view)):
            return data, "xml_dtd"
    return data, None
