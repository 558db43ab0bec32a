"""Coder rules of 0.3.117 and later (thirty-fourth session), each on a text written for this file
(never dev, held-out or blind). Removing the rule makes its case fail."""

from __future__ import annotations

import datetime as dt

from tests.coder_events import event_triples

DAY = dt.date(1999, 6, 1)


def tree(words: str, pos: str, deps: str, heads: list[int], lemmas: str, participle: int):
    """A Doc parsed by hand (so the case does not hang on what the shipped parser does), token
    ``participle`` a past participle."""
    import spacy
    from spacy.tokens import Doc

    n = len(words.split())
    return Doc(
        spacy.blank("nl").vocab,
        words=words.split(),
        pos=pos.split(),
        deps=deps.split(),
        heads=heads,
        lemmas=lemmas.split(),
        morphs=["VerbForm=Part" if k == participle else "" for k in range(n)],
    )


def country_triples(nlp, coder, text: str, day: dt.date) -> set[tuple[str, str, str]]:
    """(actor1 country, code, actor2 country) of the events of ``text``."""
    return {(a1[:3], code, a2[:3]) for a1, code, a2 in event_triples(nlp, coder, text, day)}


def test_withdrawn_support_is_no_support_whatever_the_verbs_lemma(nlp, coder) -> None:
    """ "trok zijn steun aan X in": the withdrawal (162) only, not the support itself (051),
    also where the tagger's lemma of "trok" is another separable verb than the particle's."""
    found = event_triples(nlp, coder, "Italië trok zijn steun aan de Ustasja in.", DAY)
    codes = {code for a1, code, _ in found if a1.startswith("ITA")}
    assert "162" in codes and "051" not in codes, found


def test_a_relative_clause_gives_the_verb_no_cue_word(nlp, coder) -> None:
    """ "..., die hem vroeg Europese waarnemers ... te sturen": the observers are asked for in
    a relative clause the parser hung on "ontvangen"; the visit is no reception of observers
    (0862)."""
    text = (
        "Minister Reynders is gisteren in Ramallah door Mahmoud Abbas ontvangen, die hem vroeg "
        "Europese waarnemers naar de bezette gebieden te sturen."
    )
    found = country_triples(nlp, coder, text, dt.date(2012, 3, 1))
    assert ("PSE", "043", "BEL") in found and not any(c == "0862" for _, c, _ in found), found


def test_an_agent_hung_on_an_als_phrase_is_the_participles(nlp, coder) -> None:
    """ "is als eerste regeringsleider door president Zelensky ontvangen": the parser made the
    "als" phrase the predicate, with the subject, "is" and the agent on it; the host is
    Zelensky, not Rutte."""
    text = "Premier Rutte is gisteren als eerste regeringsleider door president Zelensky in Kyiv ontvangen."
    found = country_triples(nlp, coder, text, dt.date(2023, 3, 1))
    assert ("UKR", "043", "NLD") in found and ("NLD", "043", "UKR") not in found, found


def test_an_agent_hung_on_a_place_moves_to_the_participle() -> None:
    """ "X is gisteren in Ramallah door Arafat ontvangen" as the parser read it: the "door"
    phrase on "Ramallah"; the repair hangs it on "ontvangen" as its agent."""
    from geoevents.transforms.coder.repairs_participles import agent_hung_on_a_phrase

    doc = tree(
        "Michel is gisteren in Ramallah door Arafat ontvangen .",
        "PROPN AUX ADV ADP PROPN ADP PROPN VERB PUNCT",
        "nsubj aux advmod case obl case nmod ROOT punct",
        [7, 7, 7, 4, 1, 6, 4, 7, 7],
        "Michel zijn gisteren in Ramallah door Arafat ontvangen .",
        7,
    )
    assert agent_hung_on_a_phrase(doc) == 1
    assert (doc[6].head.i, doc[6].dep_) == (7, "obl:agent")


def test_the_object_of_a_perfect_is_no_passive_subject(nlp, coder) -> None:
    """ "Bahrein heeft de diplomatieke banden met de Taliban verbroken": the parser read "heeft"
    as a main verb with the participle as its complement and "banden" as the participle's
    passive subject; with "hebben" it is the object, and the ties are broken (161)."""
    found = event_triples(
        nlp, coder, "Bahrein heeft de diplomatieke banden met de Taliban verbroken.", DAY
    )
    assert any(a1 == "BHR" and code == "161" for a1, code, _ in found), found


def test_hebben_read_as_the_subjects_copula_gives_the_clause_to_the_participle() -> None:
    """ "Kabila en Kagame hebben gisteren in Pretoria een akkoord ondertekend" as the parser
    read a real sentence: the subject the root, "hebben" its copula, the participle a modifier
    of "Pretoria" (whose "-end" ending is no present participle's)."""
    from geoevents.transforms.coder.repairs_participles import hebben_on_its_subject

    doc = tree(
        "Kabila en Kagame hebben gisteren in Pretoria een akkoord ondertekend .",
        "PROPN CCONJ PROPN AUX ADV ADP PROPN DET NOUN VERB PUNCT",
        "ROOT cc conj cop advmod case obl det nsubj:pass amod punct",
        [0, 2, 0, 0, 3, 6, 4, 8, 9, 6, 0],
        "Kabila en Kagame hebben gisteren in Pretoria een akkoord ondertekenen .",
        9,
    )
    assert hebben_on_its_subject(doc) == 1
    assert doc[9].dep_ == "ROOT"
    assert [(doc[k].head.i, doc[k].dep_) for k in (0, 3, 8)] == [
        (9, "nsubj"),
        (9, "aux"),
        (9, "obj"),
    ]
    assert doc[2].head.i == 0  # the second subject stays the first's conjunct


def test_a_van_name_after_a_nested_noun_is_that_nouns() -> None:
    """ "aanvallen op doelen van de Taliban" as the parser read it ("van de Taliban" on
    "aanvallen"): whose targets, not whose attacks."""
    from geoevents.transforms.coder.repairs_prepositions import van_name_after_a_nested_noun

    doc = tree(
        "Zij begonnen met aanvallen op doelen van de Taliban .",
        "PRON VERB ADP NOUN ADP NOUN ADP DET PROPN PUNCT",
        "nsubj ROOT case obl case nmod case det nmod punct",
        [1, 1, 3, 1, 5, 3, 8, 8, 3, 1],
        "zij beginnen met aanval op doel van de Taliban .",
        -1,
    )
    assert van_name_after_a_nested_noun(doc) == 1
    assert doc[8].head.i == 5


def test_a_verb_hung_on_its_object_becomes_the_root() -> None:
    """ "De NAVO uitte kritiek op ...": the object made the root, the finite verb with its
    subject its modifier; the verb heads the clause again."""
    from geoevents.transforms.coder.repairs_order import verb_hung_on_its_object

    doc = tree(
        "De NAVO uitte kritiek op Rusland .",
        "DET PROPN VERB NOUN ADP PROPN PUNCT",
        "det nsubj acl ROOT case nmod punct",
        [1, 2, 3, 3, 5, 3, 3],
        "de NAVO uiten kritiek op Rusland .",
        -1,
    )
    doc[2].set_morph("VerbForm=Fin")
    assert verb_hung_on_its_object(doc) == 1
    assert (doc[2].dep_, doc[3].head.i, doc[3].dep_, doc[6].head.i) == ("ROOT", 2, "obj", 2)


def test_a_participle_read_as_a_relative_clause_of_the_object_is_the_perfects() -> None:
    """ "Peking heeft de Taiwanese president gisteren gewaarschuwd ...": the participle after
    the object, with no relative word, is the perfect's verb, not a relative clause."""
    from geoevents.transforms.coder.repairs_participles import aux_root_to_participle

    doc = tree(
        "Peking heeft de president gisteren gewaarschuwd .",
        "PROPN VERB DET NOUN ADV VERB PUNCT",
        "nsubj ROOT det obj advmod acl:relcl punct",
        [1, 1, 3, 1, 5, 3, 1],
        "Peking hebben de president gisteren waarschuwen .",
        5,
    )
    doc[1].set_morph("VerbForm=Fin")
    assert aux_root_to_participle(doc) == 1
    assert (doc[5].dep_, doc[1].head.i, doc[3].head.i) == ("ROOT", 5, 5)


def test_an_object_before_a_comma_and_nadat_is_the_main_verbs() -> None:
    """ "Solana gaf het bevel, nadat Milosevic ... had geslagen" as the parser read it: "bevel"
    the object of the subordinate clause's verb; it is the main verb's."""
    from geoevents.transforms.coder.repairs_clauses import argument_across_a_subordinate_clause

    doc = tree(
        "Solana gaf het bevel , nadat Milosevic had geweigerd .",
        "PROPN VERB DET NOUN PUNCT SCONJ PROPN AUX VERB PUNCT",
        "nsubj ROOT det obj punct mark nsubj aux advcl punct",
        [1, 1, 3, 8, 5, 8, 8, 8, 1, 1],
        "Solana geven het bevel , nadat Milosevic hebben weigeren .",
        8,
    )
    assert argument_across_a_subordinate_clause(doc) == 1
    assert doc[3].head.i == 1


def test_a_first_subject_made_root_joins_a_verb_tagged_as_noun(nlp, coder) -> None:
    """ "Trump en de Zuid-Koreaanse president Lee sluiten een handelsakkoord": Trump a root of
    its own and "sluiten" tagged a noun (with a subject and an object, as only a verb has); the
    two are the verb's subjects, and sign with each other."""
    found = country_triples(
        nlp,
        coder,
        "Trump en de Zuid-Koreaanse president Lee sluiten een handelsakkoord.",
        dt.date(2025, 10, 29),
    )
    assert ("USA", "057", "KOR") in found and ("KOR", "057", "USA") in found, found


def test_pashinyan_in_the_other_dutch_spelling(nlp, coder) -> None:
    """ "Pasjinian" is the Armenian premier too (the people list had "Pasjinjan" only)."""
    found = country_triples(
        nlp, coder, "Alijev en Pasjinian ondertekenen een vredesverklaring.", dt.date(2025, 8, 8)
    )
    assert ("AZE", "057", "ARM") in found, found
