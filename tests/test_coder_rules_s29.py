"""Coder rules of 0.3.92 and later (twenty-ninth session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


def test_a_noun_after_en_before_the_finite_verb_joins_the_subject(nlp, coder) -> None:
    """ "De Franse regering en de vakbonden hebben een akkoord gesloten": a main clause holds one
    phrase before its finite verb, so the second noun is the subject's conjunct; the parser made
    it the verb's object (or made the first noun a root with the verb its conjunct), and the
    agreement had one side only or none (coder 0.3.92)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs_phrases import prefield_conjunct_read_as_argument

    text = "De Chileense regering en de vakbonden hebben een akkoord gesloten."
    doc = parse_article(nlp, text)
    unions = next(t for t in doc if t.text == "vakbonden")
    prefield_conjunct_read_as_argument(doc)
    assert (unions.dep_, unions.head.text) == ("conj", "regering"), [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    found = event_triples(nlp, coder, text, DAY)
    assert ("CHLGOV", "057", "CHLLAB") in found and ("CHLLAB", "057", "CHLGOV") in found, found
    found = event_triples(
        nlp, coder, "De Peruaanse regering en de rebellen voeren vredesbesprekingen.", DAY
    )
    assert any(a1 == "PERGOV" and a2 == "PERREB" for a1, _, a2 in found), found


def test_hebben_is_never_a_copula(nlp, coder) -> None:
    """ "Iran heeft de uitspraken van Trump van de hand gewezen": "heeft" read as the copula of
    the noun after it, with the subject hung on that noun; it is the participle's auxiliary, and
    the subject and the noun the participle's (coder 0.3.92)."""
    found = event_triples(
        nlp, coder, "Syrië heeft de uitspraken van Trump van de hand gewezen.", DAY
    )
    assert any(a1 == "SYR" and c == "120" and a2.startswith("USA") for a1, c, a2 in found), found


def test_ending_talks_with_someone_halts_negotiations(nlp, coder) -> None:
    """ "een einde maken aan de onderhandelingen met X": halt negotiations, 164 (coder 0.3.92)."""
    found = event_triples(
        nlp,
        coder,
        "De Filipijnse president heeft een einde gemaakt aan de onderhandelingen met de rebellen.",
        DAY,
    )
    assert ("PHLGOV", "164", "PHLREB") in found, found


def test_calling_a_decision_a_mistake_is_criticism(nlp, coder) -> None:
    """ "noemde het besluit van de VS een vergissing": criticism of the decision's owner, 111
    (coder 0.3.92)."""
    found = event_triples(nlp, coder, "Lula noemde het besluit van Argentinië een vergissing.", DAY)
    assert any(a1.startswith("BRA") and c == "111" and a2 == "ARG" for a1, c, a2 in found), found


def test_voters_are_civilians(nlp, coder) -> None:
    """ "de Taiwanese kiezers": voters of a country are its civilians (Phoenix VOTER [~CVL])
    (coder 0.3.92)."""
    found = event_triples(nlp, coder, "De Chinese premier waarschuwde de Taiwanese kiezers.", DAY)
    assert ("CHNGOV", "130", "TWNCVL") in found, found


def test_adjectives_beside_the_taalunie_form(nlp, coder) -> None:
    """ "Irakese doelen" (beside "Iraakse"), "Bosnisch-Servische stellingen": country adjectives
    in common use resolve too (coder 0.3.92)."""
    found = event_triples(
        nlp, coder, "Britse vliegtuigen begonnen met luchtaanvallen op Irakese doelen.", DAY
    )
    assert any(a1.startswith("GBR") and c == "195" and a2 == "IRQ" for a1, c, a2 in found), found
    found = event_triples(nlp, coder, "De NAVO bombardeerde Bosnisch-Servische stellingen.", DAY)
    assert any(c == "195" and a2 == "BIH" for _, c, a2 in found), found


def test_zijn_before_a_participle_of_coming_is_the_perfect(nlp, coder) -> None:
    """ "Rusland en Oekraïne zijn overeengekomen om ...": the parser labels "zijn" the copula of
    the participle, and the agreement was read as a state; a verb of coming, going or falling
    has no adjectival participle, so "zijn" is its perfect auxiliary (coder 0.3.92)."""
    found = event_triples(
        nlp, coder, "Armenië en Azerbeidzjan zijn overeengekomen om de grens af te bakenen.", DAY
    )
    assert ("ARM", "030", "AZE") in found and ("AZE", "030", "ARM") in found, found


def test_a_meeting_during_which_the_subjects_agree_took_place(nlp, coder) -> None:
    """ "Biden en Xi kwamen tijdens hun ontmoeting overeen ...": the clause's own event (030)
    does not hide that its subjects met (040), or phoned (041) (coder 0.3.92)."""
    found = event_triples(
        nlp,
        coder,
        "Tijdens hun ontmoeting kwamen Modi en Meloni overeen de handel uit te breiden.",
        DAY,
    )
    assert ("INDGOV", "040", "ITAGOV") in found and ("ITAGOV", "040", "INDGOV") in found, found
    found = event_triples(
        nlp,
        coder,
        "Erdogan en Poetin zijn in een telefoongesprek overeengekomen de graanexport te hervatten.",
        DAY,
    )
    assert ("TURGOV", "041", "RUSGOV") in found, found


def test_a_call_between_subject_and_object_took_place(nlp, coder) -> None:
    """ "Rubio heeft Lavrov in een telefoongesprek opgeroepen ...": the call in which one side
    urged the other is a call between them (041), besides the appeal; not so for a gathering of
    many ("bij de top") (coder 0.3.92)."""
    found = event_triples(
        nlp,
        coder,
        "Macron heeft Erdogan in een telefoongesprek opgeroepen de grens open te houden.",
        DAY,
    )
    assert ("FRAGOV", "041", "TURGOV") in found and ("TURGOV", "041", "FRAGOV") in found, found


def test_a_name_before_perfect_hebben_is_the_subject(nlp, coder) -> None:
    """ "Trump | heeft Poetin ... gewaarschuwd": the parser cut the first name off as a sentence
    and took the name after "heeft" for the participle's subject; a perfect with "hebben" has
    the first name as subject and the second as object (coder 0.3.92)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs import orphan_name_subject

    doc = parse_article(nlp, "Trump heeft Poetin in een telefoongesprek gewaarschuwd.")
    trump, putin = doc[0], doc[2]
    assert trump.dep_ == "ROOT"  # the parse this repair is for
    orphan_name_subject(doc, {0: type("M", (), {"start": 0, "end": 1})()})
    assert (trump.dep_, trump.head.text) == ("nsubj", "gewaarschuwd"), [
        (t.text, t.dep_, t.head.text) for t in doc
    ]
    assert putin.dep_ == "obj"
    found = event_triples(
        nlp, coder, "Trump heeft Poetin in een telefoongesprek gewaarschuwd.", DAY
    )
    assert ("USAGOV", "041", "RUSGOV") in found, found


def test_the_subject_of_a_relative_clause_owns_the_policy(nlp, coder) -> None:
    """ "veroordeelt de sancties die de Verenigde Staten hebben ingesteld": the subject of a
    relative clause on a policy or act, the pronoun its object, is whose it is, and the
    condemnation is of them (coder 0.3.92)."""
    found = event_triples(
        nlp, coder, "Iran veroordeelt de sancties die de Europese Unie heeft ingesteld.", DAY
    )
    assert ("IRN", "111", "IGOEUREEC") in found, found


def test_calling_an_act_betrayal_is_criticism(nlp, coder) -> None:
    """ "noemde het besluit van X verraad": more nouns of blame after "noemen" (coder 0.3.92);
    "zonde" is left out, as its letters open "zonder"."""
    found = event_triples(
        nlp, coder, "De oppositie noemde het besluit van de Servische regering verraad.", DAY
    )
    assert any(c == "111" and a2 == "SRBGOV" for _, c, a2 in found), found


def test_a_sentence_with_no_court_named_is_a_court_of_the_country(nlp, coder) -> None:
    """ "Bolsonaro is veroordeeld tot 27 jaar cel", "ter dood veroordeeld in Bangladesh": with
    no "door" agent the sentence was passed by a court of the place named, else of the
    sentenced one's country (116); "is veroordeeld" is the passive perfect, not a state
    (coder 0.3.92)."""
    found = event_triples(
        nlp, coder, "De Peruaanse oud-president Castillo is veroordeeld tot elf jaar cel.", DAY
    )
    assert any(a1 == "PERJUD" and c == "116" and a2.startswith("PER") for a1, c, a2 in found), found
    found = event_triples(
        nlp, coder, "Een Amerikaanse journalist is in Moskou veroordeeld tot zes jaar cel.", DAY
    )
    assert any(a1 == "RUSJUD" and c == "116" and a2.startswith("USA") for a1, c, a2 in found), found


def test_a_role_noun_after_a_preposition_is_no_verb(nlp, coder) -> None:
    """ "gebruikte traangas tegen demonstranten": the tagger read "demonstranten" as a verb (and
    the parser its phrase as a clause); a preposition governs no verb, so it is the role noun,
    and the police acted against their own country's demonstrators (coder 0.3.92)."""
    found = event_triples(
        nlp, coder, "De Servische politie gebruikte traangas tegen demonstranten.", DAY
    )
    assert ("SRBCOP", "175", "SRBOPP") in found, found


def test_a_policy_is_known_by_its_written_word_too(nlp, coder) -> None:
    """ "stemde in met de asielwetten van het kabinet": the lemmatizer cut the compound
    ("asielwett"), so the law no longer stood for its owner; the written word says it is a
    policy noun (coder 0.3.92)."""
    found = event_triples(
        nlp,
        coder,
        "De Tweede Kamer stemde in met de asielwetten van het kabinet.",
        DAY,
        feed_country="NLD",
    )
    assert ("NLDLEG", "051", "NLDGOV") in found, found
