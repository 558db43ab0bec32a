"""Entities and sentences never cross a blank line (issue #19): title and body are separate
texts."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geoevents.model import PARAGRAPH_BREAKS, paragraphs, parse_articles


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


def test_articles_are_parsed_paragraph_by_paragraph(nlp) -> None:
    """``parse_articles``: each paragraph parsed as the parser was trained, the Doc the same text
    with the same offsets. Parsed whole, the parser joins each of these titles (no full stop) to
    the body's first sentence; here no sentence crosses a paragraph's end, and a title's break
    belongs to the title, not to a sentence of its own."""
    titles = [
        "Strafhof vaardigt arrestatiebevel uit tegen Netanyahu",
        "Turkije bombardeert Koerdische dorpen in Irak",
        "Kabinet valt over asielbeleid",
    ]
    texts = [t + "\n\nIsraël noemt het besluit antisemitisch.\n\nDe Kamer zweeg." for t in titles]
    assert paragraphs(texts[0]) == [
        titles[0] + "\n\n",
        "Israël noemt het besluit antisemitisch.\n\n",
        "De Kamer zweeg.",
    ]
    assert paragraphs("Geen titel, alleen tekst.") == ["Geen titel, alleen tekst."]
    for text, doc in zip(texts, parse_articles(nlp, texts), strict=True):
        assert doc.text == text
        assert [t.idx for t in doc] == [t.idx for t in nlp.make_doc(text)]
        ends = [len("".join(paragraphs(text)[: k + 1])) for k in range(2)]
        for sent in doc.sents:
            assert not any(sent.start_char < e < sent.end_char for e in ends), sent.text
            assert not sent.text.isspace(), text


def test_the_name_type_step_reads_the_whole_article(nlp) -> None:
    """The surname cue ("Karel Kampen ... Kampen": the person, not the town) works across
    paragraphs: the document steps run on the joined Doc, not on each paragraph."""
    text = "Wethouder Karel Kampen trad af\n\nVolgens Kampen was er geen steun meer in de raad."
    doc = next(parse_articles(nlp, [text]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Karel Kampen", "PER"), ("Kampen", "PER")]
    assert doc.text == text and doc.has_annotation("DEP")


def _has_cycle(doc) -> bool:
    for tok in doc:
        seen, t = set(), tok
        while t.head.i != t.i:
            if t.i in seen:
                return True
            seen.add(t.i)
            t = t.head
    return False


def test_a_break_that_heads_words_stays_where_the_parser_put_it(nlp) -> None:
    """The parser makes the closing break of "... ziet er als volgt uit:" the root of that
    paragraph's words; hung on the colon it would close a cycle, and the coder, walking up
    the tree, would never return."""
    import datetime as dt

    from geoevents.transforms.coder import EventCoder

    text = (
        "De zetelverdeling voor de 6 Vlaams-Brusselse volksvertegenwoordigers ziet er in 2004 "
        "als volgt uit:\n\nVlaams Belang (VB): 3 zetels\n\nVLD - Vivant: 1 zetel"
    )
    first = nlp(paragraphs(text)[0])
    assert first[-1].is_space and first[-1].head.i == first[-1].i and first[-1].n_lefts
    doc = next(parse_articles(nlp, [text]))
    assert not _has_cycle(doc)
    assert EventCoder(tokenizer=nlp.tokenizer).code_doc(doc, dt.date(2004, 6, 1)) == []
