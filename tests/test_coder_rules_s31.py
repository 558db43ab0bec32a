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
