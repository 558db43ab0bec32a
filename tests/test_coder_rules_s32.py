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
