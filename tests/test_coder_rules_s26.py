"""Coder rules of 0.3.75 and later (twenty-sixth session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(2025, 3, 1)


def test_a_kind_of_organisation_named_again_is_the_one_named_before(nlp, coder) -> None:
    """A feed item's teaser names the title's organisation again by its kind: "de beweging" is
    the armed movement of the title, "de organisatie" the international body before it in the
    sentence (coder 0.3.75)."""
    found = event_triples(
        nlp,
        coder,
        "Hezbollah vuurt raketten af op Noord-Israël\n\n"
        "Israël beschuldigt de beweging ervan het staakt-het-vuren te schenden.",
        DAY,
    )
    assert any(a1 == "ISR" and a2.endswith("HEZ") and c.startswith("11") for a1, c, a2 in found)
    found = event_triples(
        nlp,
        coder,
        "Rusland zegt de samenwerking met de Wereldgezondheidsorganisatie op en beschuldigt "
        "de organisatie van partijdigheid.",
        DAY,
    )
    assert any(a1 == "RUS" and "WHO" in a2 and c.startswith("11") for a1, c, a2 in found)


def test_another_organisation_or_a_named_one_is_no_anaphor(nlp, coder) -> None:
    """ "een andere beweging", "de beweging van Sadr" and a plural name no antecedent."""
    for text in [
        "Hezbollah vuurt raketten af op Noord-Israël\n\n"
        "Israël beschuldigt een andere beweging ervan het staakt-het-vuren te schenden.",
        "Hezbollah vuurt raketten af op Noord-Israël\n\n"
        "Israël beschuldigt de bewegingen ervan het staakt-het-vuren te schenden.",
    ]:
        found = event_triples(nlp, coder, text, DAY)
        assert not any(a1 == "ISR" and a2.endswith("HEZ") for a1, _, a2 in found), text


def test_an_act_named_with_a_complement_points_back_even_when_its_word_is_a_cue(nlp, coder) -> None:
    """ "noemt de aanval schandalig": "aanval" cues "noemt X een aanval", but with a predicate
    complement the object is only what is named, so the attack of the title is its author's
    (coder 0.3.76)."""
    found = event_triples(
        nlp,
        coder,
        "Rusland bombardeert energiecentrales in Oekraïne\n\nKyiv noemt de aanvallen schandalig.",
        DAY,
    )
    assert any(
        a1.startswith("UKR") and a2.startswith("RUS") and c.startswith("11") for a1, c, a2 in found
    )


def test_a_phrase_hung_on_the_manner_adjective_is_the_verbs(nlp, coder) -> None:
    """ "reageert boos op het vertrek van de PVV": the parser hangs "op ..." on "boos", not on
    the verb whose target it is (coder 0.3.77)."""
    found = event_triples(
        nlp, coder, "De premier reageert boos op het vertrek van de PVV.", DAY, "NLD"
    )
    assert any(a1.startswith("NLD") and a2.startswith("NLD") and c == "111" for a1, c, a2 in found)
