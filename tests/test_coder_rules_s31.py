"""Coder rules of 0.3.94 and later (thirty-first session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)


def test_a_plural_verb_before_its_dat_clause_is_the_verb(nlp, coder) -> None:
    """ "De vakbonden eisen dat de minister ...": the tagger reads "vakbonden eisen" as one noun
    phrase ("the unions' demands") with the dat-clause as its relative clause; the plural form
    after a plural noun is the verb (coder 0.3.94)."""
    found = event_triples(
        nlp, coder, "De vakbonden eisen dat de minister van Financiën opstapt.", DAY, "NLD"
    )
    assert ("NLDLAB", "100", "NLDGOV") in found, found


def test_a_threat_reaches_the_recipient_of_its_infinitive(nlp, coder) -> None:
    """ "Rusland dreigt de gasleveringen aan Moldavië te stoppen": the threat names no actor as
    its object; it is aimed at who the threatened act would reach (coder 0.3.94)."""
    found = event_triples(
        nlp, coder, "Rusland dreigt de gasleveringen aan Moldavië te stoppen.", DAY
    )
    assert ("RUS", "130", "MDA") in found, found


def test_inhabitants_of_a_province_are_the_countrys_people(nlp, coder) -> None:
    """ "de Zeeuwen": the inhabitants of a Dutch province are Dutch people, as "de Vlamingen"
    are Belgians (coder 0.3.94)."""
    found = event_triples(
        nlp, coder, "De regering biedt de Zeeuwen excuses aan voor de overstroming.", DAY, "NLD"
    )
    assert ("NLDGOV", "055", "NLD") in found, found


def test_a_time_phrase_before_the_place_of_a_headline_visit(nlp, coder) -> None:
    """ "Macron voor het eerst in drie jaar in Algerije": the time adverbials before the place
    do not hide the visit (coder 0.3.94)."""
    found = event_triples(nlp, coder, "Macron voor het eerst in drie jaar in Algerije", DAY)
    assert ("FRAGOV", "042", "DZA") in found, found


def test_a_foreign_parliament_in_a_headline_is_visited(nlp, coder) -> None:
    """ "Macron in Knesset": a leader in another country's parliament visits it (coder
    0.3.94)."""
    found = event_triples(nlp, coder, "Macron in Knesset", DAY)
    assert ("FRAGOV", "042", "ISRLEG") in found, found


def test_two_leaders_in_a_third_countrys_town_meet(nlp, coder) -> None:
    """ "Lavrov en Rubio in Istanbul": two countries' leaders in a town of neither meet (044);
    in a capital they visit its host, as before (coder 0.3.94)."""
    found = event_triples(nlp, coder, "Lavrov en Rubio in Istanbul", DAY)
    assert ("RUSGOV", "044", "USAGOV") in found, found
    assert ("USAGOV", "044", "RUSGOV") in found, found
    visit = event_triples(nlp, coder, "Lavrov en Rubio in Ankara", DAY)
    assert not any(c == "044" for _, c, _ in visit), visit


def test_a_place_at_the_end_of_the_objects_van_chain_is_struck(nlp, coder) -> None:
    """ "raakte het dak van het station van Charkiv": the town at the end of the object's "van"
    phrases is where the attack struck (coder 0.3.94)."""
    found = event_triples(
        nlp, coder, "Een Russische raket heeft het dak van het station van Charkiv geraakt.", DAY
    )
    assert any(a1 == "RUSMIL" and c[:2] == "19" and a2 == "UKR" for a1, c, a2 in found), found


def test_taking_to_the_street_against_with_its_particle(nlp, coder) -> None:
    """ "gingen de straat op tegen de regering": "op" read as the verb's particle still makes a
    demonstration (coder 0.3.94)."""
    found = event_triples(
        nlp, coder, "Duizenden Serviërs gingen de straat op tegen de regering.", DAY
    )
    assert ("SRB", "141", "SRBGOV") in found, found


def test_freeing_captives_from_the_hands_of_a_group_is_force(nlp, coder) -> None:
    """ "bevrijd uit handen van Boko Haram": a rescue from captors is military force against
    them (190, coder 0.3.94)."""
    found = event_triples(
        nlp,
        coder,
        "Nigeriaanse soldaten hebben dertig scholieren bevrijd uit handen van Boko Haram.",
        DAY,
    )
    assert any(a1 == "NGAMIL" and c == "190" for a1, c, _ in found), found


def test_a_plural_type_designation_is_a_noun(nlp, coder) -> None:
    """ "Nederlandse F-35's bombarderen ...": the tagger calls "F-35's" punctuation and the
    parser makes it a root of its own; it is the subject (coder 0.3.94)."""
    found = event_triples(nlp, coder, "Nederlandse F-35's bombarderen stellingen van IS.", DAY)
    assert any(a1 == "NLDMIL" and c[:2] == "19" for a1, c, _ in found), found


def test_a_mutual_object_makes_the_act_mutual(nlp, coder) -> None:
    """ "Japan en de Verenigde Staten verlagen hun wederzijdse importheffingen": an object marked
    "wederzijds" or "elkaars" names the targets, each side of the other, though the predicate's
    target preposition is absent (coder 0.3.95)."""
    found = event_triples(
        nlp, coder, "Japan en de Verenigde Staten verlagen hun wederzijdse importheffingen.", DAY
    )
    assert ("JPN", "085", "USA") in found, found
    assert ("USA", "085", "JPN") in found, found


def test_a_phrase_after_an_elliptic_time_is_a_conjunct(nlp) -> None:
    """ "spraken maandag met Rusland en dinsdag met Oekraïne": the parser makes "dinsdag" a
    conjunct of "Rusland" with "met Oekraïne" under it; the phrase becomes the conjunct (coder
    0.3.95)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs_ellipsis import phrase_after_elliptic_time

    doc = parse_article(nlp, "Chili sprak maandag met Peru en dinsdag met Bolivia.\n\n")
    words = [t.text for t in doc]
    peru, en, day, met2, bolivia = (
        words.index(w) for w in ("Peru", "en", "dinsdag", "met", "Bolivia")
    )
    met2 = words.index("met", met2 + 1)
    doc[day].head, doc[day].dep_ = doc[peru], "conj"
    doc[en].head, doc[en].dep_ = doc[day], "cc"
    doc[bolivia].head, doc[bolivia].dep_ = doc[day], "nmod"
    doc[met2].head, doc[met2].dep_ = doc[bolivia], "case"
    assert phrase_after_elliptic_time(doc) == 1
    assert (doc[bolivia].head.i, doc[bolivia].dep_) == (peru, "conj")
    assert doc[day].head.i == bolivia


def test_a_title_verb_read_as_fixed_becomes_the_root(nlp) -> None:
    """ "Bolsonaro veroordeeld tot 27 jaar cel": the parser hung the participle on the name as a
    fixed expression; it becomes the root and the name its passive subject (coder 0.3.95)."""
    from geoevents.model import parse_article
    from geoevents.transforms.coder.repairs_titles import verb_read_as_fixed

    doc = parse_article(nlp, "Castillo veroordeeld tot elf jaar cel\n\n")
    name, verb = doc[0], doc[1]
    name.head, name.dep_ = name, "ROOT"
    verb.head, verb.dep_, verb.pos_ = name, "fixed", "VERB"
    for t in doc[2:]:
        if t.head.i == t.i:
            t.head, t.dep_ = verb, "dep"
    assert verb_read_as_fixed(doc) == 1
    assert verb.dep_ == "ROOT" and verb.head.i == verb.i
    assert (name.head.i, name.dep_) == (verb.i, "nsubj:pass")


def test_kim_alone_is_the_north_korean_leader_since_2011(nlp, coder) -> None:
    """ "Poetin en Kim tekenen een verdrag": after December 2011 "Kim" alone in the news is Kim
    Jong-un; before it the name stays unresolved (coder 0.3.96)."""
    text = "Poetin en Kim tekenen een verdrag over militaire samenwerking."
    found = event_triples(nlp, coder, text, DAY)
    assert ("RUSGOV", "057", "PRKGOV") in found, found
    assert not event_triples(nlp, coder, text, dt.date(2005, 6, 1))


def test_a_trip_noun_led_by_a_place_goes_there(nlp, coder) -> None:
    """ "de China-reis van Macron": a trip or visit noun whose first part is a place is a visit
    to that place's country (coder 0.3.96)."""
    found = event_triples(nlp, coder, "De oppositie veroordeelt de China-reis van Macron.", DAY)
    assert ("FRAGOV", "042", "CHN") in found, found


def test_a_verbless_protest_headline(nlp, coder) -> None:
    """ "Duizenden demonstranten in Tbilisi tegen de regering": a headline without a verb that
    names protesters and what they are against is a demonstration (141, coder 0.3.97)."""
    found = event_triples(nlp, coder, "Duizenden demonstranten in Tbilisi tegen de regering", DAY)
    assert ("GEOOPP", "141", "GEOGOV") in found, found
    assert not event_triples(nlp, coder, "Duizenden demonstranten in Tbilisi", DAY)


def test_a_party_pulled_out_of_the_cabinet(nlp, coder) -> None:
    """ "Wilders trekt de PVV terug uit het kabinet": a leader pulling his party out of a cabinet
    reduces relations with it (160, as "zich terugtrekken uit de coalitie"; coder 0.3.98)."""
    found = event_triples(nlp, coder, "Wilders trekt de PVV terug uit het kabinet.", DAY, "NLD")
    assert ("NLDPTY", "160", "NLDGOV") in found, found


def test_confidence_withdrawn_from_an_office_holder(nlp, coder) -> None:
    """ "De gemeenteraad zegt het vertrouwen in de burgemeester op": criticism of the office
    holder (111, coder 0.3.98)."""
    found = event_triples(
        nlp, coder, "De gemeenteraad zegt het vertrouwen in de burgemeester op.", DAY, "NLD"
    )
    assert ("NLDGOV", "111", "NLDGOV") in found, found
