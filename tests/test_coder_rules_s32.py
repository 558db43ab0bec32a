"""Coder rules of 0.3.99 and later (thirty-second session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 6, 1)


def test_a_mediator_mediates_between_the_parties_of_a_deal(nlp, coder) -> None:
    """ "onder bemiddeling van Qatar en Egypte": each mediator mediates (045) between both
    parties of the deal, also where the parser leaves the parties outside the clause (coder
    0.3.99)."""
    found = event_triples(
        nlp,
        coder,
        "Armenië en Azerbeidzjan hebben onder bemiddeling van Qatar en Egypte een bestand gesloten.",
        DAY,
    )
    for mediator in ("QAT", "EGY"):
        for side in ("ARM", "AZE"):
            assert (mediator, "045", side) in found, found


def test_a_leader_of_talks_mediates_but_a_commander_does_not(nlp, coder) -> None:
    """ "onder leiding van Clinton afgesproken" is mediation of what the two agreed; "een
    delegatie onder leiding van X" names who heads the delegation (coder 0.3.99)."""
    found = event_triples(
        nlp,
        coder,
        "Alijev en Pasjinjan hebben in Abu Dhabi onder leiding van Poetin afgesproken de grens te openen.",
        DAY,
    )
    assert ("RUSGOV", "045", "AZEGOV") in found, found
    assert ("RUSGOV", "045", "ARMGOV") in found, found
    found = event_triples(
        nlp,
        coder,
        "Een Franse delegatie onder leiding van Macron heeft met Duitsland en Polen gesproken.",
        DAY,
    )
    assert not any(code == "045" for _, code, _ in found), found


def test_the_leader_of_a_delegation_is_no_partner_in_its_talks(nlp, coder) -> None:
    """ "Een Amerikaanse delegatie onder leiding van minister Rubio sprak met Oekraïne": the
    parser read "minister" after the multiword preposition as a second subject (then an
    object) of the verb; it is the phrase of "delegatie", so the delegation talks with Ukraine
    and not with its own leader (coder 0.3.99)."""
    found = event_triples(
        nlp,
        coder,
        "Een Amerikaanse delegatie onder leiding van minister Rubio sprak in Riyad met Oekraïne.",
        dt.date(2025, 3, 12),
    )
    assert ("USAGOV", "040", "UKR") in found, found
    assert ("USAGOV", "040", "USAGOV") not in found, found


def test_a_role_conjunct_hung_inside_a_ministry_name(nlp, coder) -> None:
    """ "De Egyptische minister van Buitenlandse Zaken Sjoekri en premier Netanyahu praten": the
    parser hung "premier" inside the ministry's name and "Netanyahu" on the first role; the
    second role and its holder are the first one's conjunct, so both sides talk (coder 0.3.99)."""
    found = event_triples(
        nlp,
        coder,
        "De Franse minister van Buitenlandse Zaken Barrot en premier Netanyahu praten sinds "
        "maandag in Jeruzalem over de grens.",
        DAY,
    )
    assert ("FRAGOV", "040", "ISRGOV") in found, found
    assert ("ISRGOV", "040", "FRAGOV") in found, found


def test_a_reported_obligation_is_a_demand(nlp, coder) -> None:
    """ "X moet ..., zei Y", "Y zei dat X ... moet", "Volgens Y moet X ...": the speaker demands
    it of X (100); not where X is only to be enabled ("moet kunnen rekenen op") or is the one it
    happens to ("moet worden gestraft") (coder 0.3.99)."""
    for text in (
        "Servië moet de grens met Kosovo openen, zei de Duitse minister Baerbock gisteren.",
        "Baerbock zei dat Servië de grens met Kosovo moet openen.",
        "Volgens Baerbock moet Servië de grens met Kosovo openen.",
    ):
        found = event_triples(nlp, coder, text, dt.date(2023, 6, 1))
        assert ("DEUGOV", "100", "SRB") in found, (text, found)
    for text in (
        "Servië moet kunnen rekenen op onze steun, zei Baerbock.",
        "Baerbock zei dat Servië moet worden gestraft.",
    ):
        found = event_triples(nlp, coder, text, dt.date(2023, 6, 1))
        assert not any(code == "100" for _, code, _ in found), (text, found)


def test_a_resolution_calls_on_the_country_it_names(nlp, coder) -> None:
    """ "een resolutie aangenomen die Israël oproept ...": the parser read the name as the
    subject of the relative clause and the pronoun as its object; on a document noun with a
    verb a document performs, the document speaks for who adopted it (coder 0.3.100)."""
    found = event_triples(
        nlp,
        coder,
        "De Veiligheidsraad heeft een resolutie aangenomen die Israël oproept de aanvallen te staken.",
        DAY,
    )
    assert ("IGOUNO", "020", "ISR") in found, found


def test_a_motion_named_with_its_proposer_still_calls_on_whom_it_names(nlp, coder) -> None:
    """ "een motie van Omtzigt aangenomen die het kabinet verzoekt ...": the pronoun opens a
    relative clause on the motion further away than the next words; it is still the clause's
    subject (coder 0.3.107)."""
    found = event_triples(
        nlp,
        coder,
        "De Eerste Kamer heeft met een ruime meerderheid een motie van Omtzigt aangenomen die "
        "het kabinet verzoekt de huren te bevriezen.",
        dt.date(2024, 1, 23),
        "NLD",
    )
    assert ("NLDOPP", "020", "NLDGOV") in found, found


def test_a_separable_verb_of_adopting_gives_the_documents_author(nlp, coder) -> None:
    """ "nam een resolutie aan die Rusland veroordeelt": "nemen" with its particle "aan" adopts
    the document (coder 0.3.100)."""
    found = event_triples(
        nlp, coder, "De Algemene Vergadering nam een resolutie aan die Iran veroordeelt.", DAY
    )
    assert ("IGOUNO", "111", "IRN") in found, found


def test_a_motion_hung_on_its_verb_still_speaks_for_its_adopters(nlp, coder) -> None:
    """ "een motie aangenomen waarin het kabinet wordt opgeroepen": the parser hung the relative
    clause on the verb; the motion is that verb's object (coder 0.3.100)."""
    found = event_triples(
        nlp,
        coder,
        "De Tweede Kamer heeft een motie aangenomen waarin het kabinet wordt opgeroepen de "
        "huurverhoging te schrappen.",
        DAY,
        "NLD",
    )
    assert ("NLDLEG", "020", "NLDGOV") in found, found


def test_walking_out_of_talks_reaches_the_partner_of_the_talks(nlp, coder) -> None:
    """ "stapt uit de vredesbesprekingen met Azerbeidzjan": the talks' "met" partner is whom
    the walkout is aimed at (164), as for "schort de gesprekken met X op" (coder 0.3.100)."""
    found = event_triples(
        nlp, coder, "Armenië stapt uit de vredesbesprekingen met Azerbeidzjan.", DAY
    )
    assert ("ARM", "164", "AZE") in found, found


def test_pressure_from_an_actor_is_its_demand(nlp, coder) -> None:
    """ "Na druk van Washington trok Panama zich terug", "Onder Turkse druk stemde Zweden in":
    the actor of the pressure demands it of the subject (100, a backer row, coder 0.3.100)."""
    found = event_triples(
        nlp, coder, "Onder zware druk van China trok Nicaragua zijn ambassadeur terug.", DAY
    )
    assert ("CHN", "100", "NIC") in found, found
    found = event_triples(nlp, coder, "Onder Turkse druk stemde Zweden in met de uitlevering.", DAY)
    assert ("TUR", "100", "SWE") in found, found


def test_a_headline_names_the_sides_of_a_meeting_without_van(nlp, coder) -> None:
    """ "Ontmoeting Modi en Xi in Tianjin": names right after a reciprocal noun, as headlines
    write them, are its two sides (coder 0.3.100)."""
    found = event_triples(nlp, coder, "Ontmoeting Modi en Xi in Tianjin", DAY)
    assert ("INDGOV", "040", "CHNGOV") in found, found
    assert ("CHNGOV", "040", "INDGOV") in found, found


def test_the_host_of_talks_between_two_others_mediates(nlp, coder) -> None:
    """ "Oman is gastheer van de gesprekken tussen Iran en de VS": the host of talks between two
    others mediates between them (045, coder 0.3.106)."""
    found = event_triples(
        nlp,
        coder,
        "Qatar is gastheer van de gesprekken tussen Afghanistan en Pakistan.",
        DAY,
    )
    assert ("QAT", "045", "AFG") in found, found
    assert ("QAT", "045", "PAK") in found, found


def test_the_chairs_of_talks_mediate(nlp, coder) -> None:
    """ "begonnen, onder voorzitterschap van de ministers X en Y": the chairs of talks between
    two parties mediate between them (045); "na weken van bemiddeling door X" too (coder
    0.3.101)."""
    found = event_triples(
        nlp,
        coder,
        "In Genève zijn de vredesgesprekken tussen Armenië en Azerbeidzjan begonnen, onder "
        "voorzitterschap van Zwitserland.",
        DAY,
    )
    assert ("CHE", "045", "ARM") in found, found
    assert ("CHE", "045", "AZE") in found, found
    found = event_triples(
        nlp, coder, "Na weken van bemiddeling door Oman sloten Iran en Bahrein een akkoord.", DAY
    )
    assert ("OMN", "045", "IRN") in found, found


def test_a_motion_clause_read_as_an_adverbial_still_speaks_for_its_adopters(nlp, coder) -> None:
    """ "nam een motie aan waarin de regering wordt opgeroepen ...": the parser made the
    relative clause an adverbial clause of "nam ... aan"; its relative adverb ("waarin") still
    makes it the motion's (coder 0.3.102)."""
    found = event_triples(
        nlp,
        coder,
        "De Tweede Kamer nam een motie aan waarin de regering wordt opgeroepen de huren te "
        "bevriezen.",
        DAY,
        "NLD",
    )
    assert ("NLDLEG", "020", "NLDGOV") in found, found


def test_an_object_pronoun_is_the_person_the_sentence_before_was_about(nlp, coder) -> None:
    """ "Maduro vluchtte naar Havana. Cuba verleende hem asiel.": "hem", which the parser took
    for the determiner of "asiel", is the indirect object, and it is the person the sentence
    before was about (coder 0.3.103)."""
    found = event_triples(nlp, coder, "Maduro vluchtte naar Havana. Cuba verleende hem asiel.", DAY)
    assert ("CUB", "075", "VENGOV") in found, found


def test_talks_the_parser_fixed_to_their_preposition(nlp, coder) -> None:
    """ "is in Brussel voor overleg met Kallas": the parser read "voor overleg" as a multiword
    preposition and hung the partner on the place; the noun heads the phrase, so the talks and
    their partner are read (coder 0.3.104)."""
    found = event_triples(
        nlp,
        coder,
        "De Turkse minister Fidan is in Brussel voor overleg met Kallas.",
        dt.date(2025, 7, 1),
    )
    assert ("TURGOV", "040", "IGOEUREEC") in found, found


def test_a_fellow_traveller_visits_too(nlp, coder) -> None:
    """ "Macron reist met Merz naar Kyiv": the "met" phrase of a journey to a place names who
    travels along, as "samen met" does; it is no target (coder 0.3.105)."""
    found = event_triples(nlp, coder, "Sánchez reist met Costa naar Rabat.", DAY)
    assert ("ESPGOV", "042", "MAR") in found, found
    assert ("IGOEUREEC", "042", "MAR") in found, found  # Costa, president of the European Council
