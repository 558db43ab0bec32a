"""Run the name-type step on a blank-pipeline doc with hand-set entities, for the tests of
geoevents/name_types.py and its rule modules (cues, headings, boundaries)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geoevents.name_types import Change, NameTypes, fix_types, make_matcher


def fix_spans(
    lex: NameTypes, text: str, ents: list[tuple[int, int, str]], pos: dict | None = None, **kw
) -> tuple[list[tuple[str, str]], list[Change]]:
    """(text, label) of the entities after the step, and its changes; ``pos`` sets tags by token
    index; ``kw`` goes to ``fix_types`` (its part switches, ``rules``)."""
    nlp = spacy.blank("nl")
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    for i, tag in (pos or {}).items():
        doc[i].pos_ = tag
    out, changes = fix_types(doc, lex, make_matcher(nlp, lex), **kw)
    return [(e.text, e.label_) for e in out], changes
