"""The name-type step on government and formal text: the heading rule (geoevents/name_headings.py:
capitalised common words in title-case headings, numbered lines and list items are no names;
sentence-case lines such as news titles keep theirs), programme and public-sector organisation
nouns, and the boundary conventions of geoevents/name_bounds.py (a lower-case "ministerie van"
stays outside the name; initials open a person's span). Invented lines; the shipped word list."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Span

from geoevents.model import load_pipeline
from geoevents.name_headings import (
    COMMON_WORDS,
    heading_drops,
    is_common,
    line_at,
    line_kind,
    shipped,
)
from geoevents.name_types import NameTypes
from tests.name_step import fix_spans
from tests.scripts import run_script

LEX = NameTypes(
    types={"Rijkswaterstaat": "ORG", "Vlaanderen": "LOC", "ministerie van Defensie": "ORG"},
    countries=frozenset(),
)


def _fix(text, ents, **kw):
    return fix_spans(LEX, text, ents, **kw)[0]


def test_common_words_in_a_numbered_title_case_heading_are_dropped() -> None:
    text = "3 Doelgroepen en Bereik"
    assert _fix(text, [(1, 2, "LOC"), (3, 4, "LOC")]) == []
    assert _fix(text, [(1, 2, "LOC"), (3, 4, "LOC")], headings=False) == [
        ("Doelgroepen", "LOC"),
        ("Bereik", "LOC"),
    ]


def test_a_document_part_and_a_bullet_item_are_no_names() -> None:
    assert _fix("Bijlage 2: Overzicht van de Projecten", [(0, 1, "LOC")]) == []
    assert _fix("- Versterking van de Samenwerking tussen School en Wijk", [(1, 5, "ORG")]) == []
    # the first word after a number is capitalised by its place: "Landelijk beleid"
    assert _fix("2.1 Landelijk beleid", [(1, 2, "LOC")]) == []


def test_names_in_a_heading_stay() -> None:
    # a name that is no common word, and a name of the table made of common words
    assert _fix("2 Veiligheidsbeeld Helmond", [(2, 3, "LOC")]) == [("Helmond", "LOC")]
    assert _fix("2.3 Rijkswaterstaat", [(1, 2, "ORG")]) == [("Rijkswaterstaat", "ORG")]
    assert _fix("Toerisme in Vlaanderen", [(2, 3, "LOC")]) == [("Vlaanderen", "LOC")]


def test_sentence_case_lines_and_sentences_keep_their_names() -> None:
    # a news title: the lower-case content word shows the capital is a name's
    assert _fix("Ophef over uitspraken Bakker", [(3, 4, "PER")]) == [("Bakker", "PER")]
    # a sentence with a closing stop, even when its name is a common word
    assert _fix("Kroon won de rit naar Bergen.", [(0, 1, "PER")]) == [("Kroon", "PER")]


def test_lines_split_at_line_breaks_only() -> None:
    nlp = spacy.blank("nl")
    doc = nlp("Het plan van Bakker.\n3 Doelgroepen en Bereik\nKroon, de voorzitter, sprak.")
    assert [doc[slice(*line_at(doc, i))].text.strip() for i in (3, 7, 11)] == [
        "Het plan van Bakker.",
        "3 Doelgroepen en Bereik",
        "Kroon, de voorzitter, sprak.",
    ]
    ents = [Span(doc, 3, 4, "PER"), Span(doc, 7, 8, "LOC"), Span(doc, 11, 12, "PER")]
    assert [e.text for e in heading_drops(doc, ents, {})] == ["Doelgroepen"]


def test_line_kinds() -> None:
    nlp = spacy.blank("nl")
    lex = shipped()
    for text, kind in (
        ("Preventie en Vroegsignalering", "title"),
        ("Tabel 3.1 Bereik contactmomenten 2007", "numbered"),
        ("Mantelzorg", "word"),
        ("Rusland begint offensief in Oekraïne", None),
        ("De minister bezocht Gent.", None),
    ):
        doc = nlp(text)
        assert line_kind(doc, 0, len(doc), lex, {})[0] == kind, text


def test_the_word_list_and_its_place_exceptions() -> None:
    lex = shipped()
    head = COMMON_WORDS.read_text(encoding="utf-8").splitlines()[:8]
    assert any("CC BY-SA 4.0" in x for x in head) and any("CC0" in x for x in head)
    assert len(lex.words) > 5000
    for word in ("Bijlage", "Doelgroepen", "Woninginbraak", "Kwaliteit", "Uitvoering"):
        assert is_common(word, lex, {}), word
    # towns the compound rule would read as common ("-stede", "-ing") are exceptions
    for town in ("Harkstede", "Wyoming", "Herstal"):
        assert town.lower() in lex.exceptions and not is_common(town, lex, {}), town
    for name in ("Helmond", "Rutte", "GGD", "Rijkswaterstaat"):
        assert not is_common(name, lex, {"Rijkswaterstaat": "ORG"}), name


def test_the_noun_in_front_makes_a_programme_misc() -> None:
    text = "Via het regionale programma Zorg aan Zet werden 45 mensen opgeleid."
    assert _fix(text, [(4, 7, "LOC")]) == [("Zorg aan Zet", "MISC")]
    assert _fix("Het project Zorgzame Buurten loopt.", [(2, 4, "LOC")]) == [
        ("Zorgzame Buurten", "MISC")
    ]


def test_the_shipped_pipeline_drops_heading_words() -> None:
    nlp = load_pipeline()
    doc = nlp(
        "Het plan is klaar.\n\n4 Uitvoering en Opvolging\n\nDe GGD Hollands Midden voert het uit."
    )
    texts = [e.text for e in doc.ents]
    assert "Uitvoering" not in texts and "Opvolging" not in texts
    assert any("GGD" in t for t in texts)


def test_the_word_list_is_what_the_script_builds(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "common_words.tsv"
    run = run_script(
        "training/common_words.py",
        "--europeana",
        str(shared_dir / "corpora/ner/europeana-nl"),
        "--out",
        str(out),
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert out.read_bytes() == COMMON_WORDS.read_bytes()


def test_public_sector_heads_make_an_organisation() -> None:
    text = "De melding ging naar Bureau Jeugdzorg en Waterschap Vechtstromen."
    assert _fix(text, [(4, 6, "LOC"), (7, 9, "PER")]) == [
        ("Bureau Jeugdzorg", "ORG"),
        ("Waterschap Vechtstromen", "ORG"),
    ]


# --- boundaries of formal text ------------------------------------------------------------------


def test_a_lower_case_ministry_stays_outside_the_name() -> None:
    text = "Het ministerie van Buitenlandse Zaken ontbood de gezant."
    assert _fix(text, [(1, 5, "ORG")]) == [("Buitenlandse Zaken", "ORG")]
    assert _fix(text, [(1, 5, "ORG")], bounds=False) == [
        ("ministerie van Buitenlandse Zaken", "ORG")
    ]
    # also when the name table holds the longer string
    assert _fix("Het ministerie van Defensie koopt raketten.", [(1, 4, "ORG")]) == [
        ("Defensie", "ORG")
    ]


def test_a_service_of_a_ministry_is_two_names() -> None:
    text = "De Auditdienst van het ministerie van Financiën controleert."
    assert _fix(text, [(1, 7, "ORG")]) == [("Auditdienst", "ORG"), ("Financiën", "ORG")]


def test_initials_open_a_persons_span() -> None:
    assert _fix("Burgemeester A.J. van Houten sprak.", [(1, 2, "PER")]) == [
        ("A.J. van Houten", "PER")
    ]
    text = "Gedeputeerde J. Kampman-Ter Horst is verantwoordelijk."
    assert _fix(text, [(1, 3, "PER")]) == [("J. Kampman-Ter Horst", "PER")]
    assert _fix("Voorzitter is prof. J.H. Brouwer.", [(3, 5, "ORG")]) == [("J.H. Brouwer", "PER")]
    assert _fix("Voorzitter is prof. J.H. Brouwer.", [(3, 5, "ORG")], bounds=False) == [
        ("J.H. Brouwer", "ORG")
    ]


def test_a_complete_name_and_abbreviations_stay() -> None:
    # the surname is there: "van Justitie" is the ministry, not part of the name
    text = "Volgens minister P.H. Donner van Justitie klopt dat niet."
    assert _fix(text, [(2, 4, "PER"), (5, 6, "ORG")]) == [
        ("P.H. Donner", "PER"),
        ("Justitie", "ORG"),
    ]
    # "de V.S." and "N.V." are no initials
    assert _fix("De V.S. Navy oefent.", [(1, 3, "ORG")]) == [("V.S. Navy", "ORG")]
