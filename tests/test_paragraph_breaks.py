"""Entities never cross a line break (issue #19): title and body are separate texts."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geoevents.model import PARAGRAPH_BREAKS


def _doc_with_entity(text: str, start: int, end: int, label: str):
    nlp = spacy.blank("nl")
    nlp.add_pipe(PARAGRAPH_BREAKS)
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return nlp.get_pipe(PARAGRAPH_BREAKS)(doc)


def test_entity_across_the_title_break_keeps_its_longest_part() -> None:
    doc = _doc_with_entity("Harold and Maud\n\nDe film draait weer.", 0, 5, "MISC")
    assert [(e.text, e.label_) for e in doc.ents] == [("Harold and Maud", "MISC")]


def test_entities_without_breaks_are_untouched() -> None:
    doc = _doc_with_entity("Koning Albert bezocht Gent.", 1, 2, "PER")
    assert [(e.text, e.label_) for e in doc.ents] == [("Albert", "PER")]


def test_embedded_pipeline_ends_with_the_break_splitter(nlp) -> None:
    """``nlp``: the shipped pipeline as ``load_pipeline`` returns it (conftest.py, once)."""
    assert nlp.pipe_names[-1] == PARAGRAPH_BREAKS
    doc = nlp("Oranje wint van België\n\nDe Nederlandse ploeg won gisteren in Brussel.")
    assert all("\n" not in e.text for e in doc.ents)
