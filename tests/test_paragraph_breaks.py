"""Entities and sentences never cross a blank line (issue #19): title and body are separate
texts."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geoevents.model import PARAGRAPH_BREAKS, PARAGRAPH_STARTS, paragraphs, parse_articles


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


def test_a_sentence_starts_after_a_blank_line(nlp) -> None:
    """A title without a full stop is no part of the body's first sentence: the parser joined
    them in a fifth to a third of the probes' feed items before the paragraph starts."""
    names = nlp.pipe_names
    assert names.index(PARAGRAPH_STARTS) == names.index("parser") - 1
    titles = [
        "Strafhof vaardigt arrestatiebevel uit tegen Netanyahu",
        "Turkije bombardeert Koerdische dorpen in Irak",
        "Kabinet valt over asielbeleid",
    ]
    for title in titles:
        doc = nlp(title + "\n\nIsraël noemt het besluit antisemitisch.")
        body = next(t.i for t in doc if t.is_space) + 1
        assert doc[body].is_sent_start, title
        assert all(t.head.i < body for t in doc[:body]), title


def test_paragraph_starts_leave_other_text_alone() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe(PARAGRAPH_STARTS)
    doc = nlp("De premier sprak.\nDe minister zweeg")
    assert not any(t.is_sent_start for t in doc[1:])
    assert nlp("")[:].text == ""


def test_articles_are_parsed_paragraph_by_paragraph(nlp) -> None:
    """``parse_articles``: each paragraph parsed as the parser was trained, the Doc the same text
    with the same offsets; the title and its break are one sentence, the body starts another."""
    texts = [
        "Kabinet valt over asielbeleid\n\nDe premier biedt het ontslag aan.\n\nDe Kamer zweeg.",
        "Geen titel, alleen tekst.",
    ]
    assert paragraphs(texts[0]) == [
        "Kabinet valt over asielbeleid\n\n",
        "De premier biedt het ontslag aan.\n\n",
        "De Kamer zweeg.",
    ]
    docs = list(parse_articles(nlp, texts))
    assert [d.text for d in docs] == texts
    whole = nlp(texts[0])
    assert [t.idx for t in docs[0]] == [t.idx for t in whole]
    ends = [len("".join(paragraphs(texts[0])[: k + 1])) for k in range(3)]
    for sent in docs[0].sents:  # no sentence crosses a paragraph's end
        assert not any(sent.start_char < e < sent.end_char for e in ends[:-1]), sent.text
