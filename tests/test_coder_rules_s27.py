"""Coder rules of 0.3.78 and later (twenty-seventh session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


def test_a_second_role_hung_on_the_first_name_is_a_conjunct(nlp, coder) -> None:
    """ "de Franse president Macron en de Duitse bondskanselier Merz": the parser hangs the
    second role noun on the first one's name (an apposition), and both are the object (coder
    0.3.78)."""
    for text, second in [
        (
            "Trump heeft de Franse president Macron en de Duitse bondskanselier Merz "
            "ontvangen in het Witte Huis.",
            "DEU",
        ),
        (
            "Macron heeft de Oekraïense president Zelensky en de Britse premier Starmer "
            "uitgenodigd.",
            "GBR",
        ),
    ]:
        found = event_triples(nlp, coder, text, DAY)
        assert any(a2.startswith(second) for _, _, a2 in found), (text, found)


def test_a_name_after_a_pronominal_adverb_belongs_to_the_infinitive(nlp, coder) -> None:
    """ "beschuldigt Iran ervan Hezbollah wapens te leveren": the parser joins "Iran ervan
    Hezbollah" into one name, so the accused was Hezbollah; the name after "ervan" is the
    infinitive's (coder 0.3.79)."""
    found = event_triples(
        nlp, coder, "Israël beschuldigt Iran ervan Hezbollah wapens te leveren.", DAY
    )
    assert ("ISR", "112", "IRN") in {(a1, c, a2[:3]) for a1, c, a2 in found}, found
    assert not any(a2.endswith("HEZ") for _, _, a2 in found), found


def test_an_accused_who_is_no_actor_leaves_no_target(nlp, coder) -> None:
    """ "beschuldigt het Westen ervan Oekraïne te bewapenen": the accused is "het Westen", which
    names no actor here; Ukraine, in the alleged act, is not the accused (coder 0.3.79)."""
    found = event_triples(
        nlp, coder, "Rusland beschuldigt het Westen ervan Oekraïne te bewapenen.", DAY
    )
    assert not any(a1.startswith("RUS") and a2.startswith("UKR") for a1, _, a2 in found), found


def test_members_of_congress_are_a_legislature(nlp, coder) -> None:
    """ "Congresleden" with a nationality adjective is that country's legislature (LEG), as
    Phoenix types CONGRESSPERSON (coder 0.3.79, agents.tsv)."""
    found = event_triples(
        nlp, coder, "De Oekraïense president vroeg de Amerikaanse Congresleden om meer hulp.", DAY
    )
    assert any(a1.startswith("UKR") and a2 == "USALEG" for a1, _, a2 in found), found


def test_a_protest_is_the_clause_s_and_against_its_tegen_phrase(nlp, coder) -> None:
    """ "uit protest tegen ...": the parser hangs the protest and its "tegen" phrase on the
    object; the clause's subject protests against what follows "tegen" (coder 0.3.80)."""
    found = event_triples(
        nlp,
        coder,
        "Boeren blokkeren de snelwegen uit protest tegen het beleid van het kabinet.",
        DAY,
        feed_country="NLD",
    )
    assert any(
        a1.startswith("NLD") and c.startswith("14") and a2 == "NLDGOV" for a1, c, a2 in found
    ), found


def test_the_noun_before_a_perfect_have_is_its_subject(nlp, coder) -> None:
    """ "Demonstranten hebben de toegang ... geblokkeerd": "hebben" makes no passive, so the
    opening noun the parser read as an adverb is the subject, not the access (coder 0.3.80)."""
    found = event_triples(
        nlp,
        coder,
        "Demonstranten hebben de toegang tot het gemeentehuis geblokkeerd uit protest tegen "
        "het besluit van de gemeenteraad.",
        DAY,
        feed_country="NLD",
    )
    assert any(a1.startswith("NLD") and c.startswith("14") for a1, c, _ in found), found


def test_a_delegation_of_a_group_stands_for_the_group(nlp, coder) -> None:
    """ "met een delegatie van de boeren in gesprek": the delegation is the farmers' (their
    role noun with the feed's country), not a second government (coder 0.3.81)."""
    found = event_triples(
        nlp,
        coder,
        "De provincie ging met een delegatie van de boeren in gesprek.",
        DAY,
        feed_country="NLD",
    )
    assert ("NLDGOV", "040", "NLDAGR") in found, found


def test_het_in_a_reported_clause_is_the_country_that_speaks(nlp, coder) -> None:
    """Dutch calls a country "het": "Frankrijk laat weten dat het de Algerijnse ambassadeur
    heeft ontboden" is France's act (coder 0.3.82)."""
    found = event_triples(
        nlp,
        coder,
        "Frankrijk laat weten dat het de Algerijnse ambassadeur heeft ontboden.",
        DAY,
    )
    assert any(a1.startswith("FRA") and a2.startswith("DZA") for a1, _, a2 in found), found


def test_a_singular_zij_in_a_reported_clause_is_the_body_that_speaks(nlp, coder) -> None:
    """ "De Franse regering laat weten dat zij ... heeft ontboden": "heeft" is singular, so "zij"
    is the government, not a group (a participle's -en says nothing of number; coder 0.3.82)."""
    found = event_triples(
        nlp,
        coder,
        "De Franse regering laat weten dat zij de Algerijnse ambassadeur heeft ontboden.",
        DAY,
    )
    assert ("FRAGOV", "114", "DZAGOV") in found, found


def test_a_negated_report_leaves_its_clause_unsaid(nlp, coder) -> None:
    """ "heeft niet bevestigd dat het ... heeft aangevallen": no attack is reported; confirmed,
    it is (coder 0.3.82)."""
    text = (
        "Oekraïne heeft {}bevestigd dat het de Russische raffinaderij in Saratov heeft aangevallen."
    )
    unsaid = event_triples(nlp, coder, text.format("niet "), DAY)
    assert not any(c.startswith("19") for _, c, _ in unsaid), unsaid
    assert any(c.startswith("19") for _, c, _ in event_triples(nlp, coder, text.format(""), DAY))


def test_het_before_a_bare_country_after_dat_is_the_subject(nlp, coder) -> None:
    """ "China zegt dat het Japan heeft gewaarschuwd": the parser reads "het Japan" as one
    phrase, the subject; "het" is China and Japan the one warned (coder 0.3.83)."""
    found = event_triples(nlp, coder, "China zegt dat het Japan heeft gewaarschuwd.", DAY)
    assert ("CHN", "130", "JPN") in found, found


def test_a_threat_of_retaliation_is_aimed_at_who_struck(nlp, coder) -> None:
    """ "Iran dreigt met wraak" after an American strike on Iran, or "... na de Amerikaanse
    aanvallen": the retaliation is aimed at the one who struck (coder 0.3.84)."""
    found = event_triples(
        nlp,
        coder,
        "De VS bombarderen Iraanse nucleaire installaties.\n\nIran dreigt met wraak.",
        DAY,
    )
    assert any(a1 == "IRN" and c.startswith("13") and a2 == "USA" for a1, c, a2 in found), found
    found = event_triples(
        nlp, coder, "Iran dreigt met vergelding na de Amerikaanse aanvallen.", DAY
    )
    assert any(a1 == "IRN" and c.startswith("13") and a2 == "USA" for a1, c, a2 in found), found


def test_the_recipient_of_goods_named_with_van_is_the_target(nlp, coder) -> None:
    """ "stopt de levering van wapens aan Israël": the parser hangs "aan Israël" on "wapens",
    the goods of the object; the recipient is the target, and "levering van wapens" cues the
    arms-supply rows as "wapenlevering" does (coder 0.3.85)."""
    found = event_triples(nlp, coder, "Spanje stopt de levering van wapens aan Israël.", DAY)
    assert ("ESP", "1622", "ISR") in found, found
    found = event_triples(nlp, coder, "China beperkt export van zeldzame metalen naar Japan", DAY)
    assert ("CHN", "163", "JPN") in found, found
