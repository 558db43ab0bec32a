"""Event coder on Docs parsed by the embedded model: rules, row format, and a property test.

Every rule added for a dev-set sentence (../shared/eval/events_dev.jsonl) is tested here on a
DIFFERENT sentence written for this file; the comment on each case names the rule.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents.transforms.coder import CODER_VERSION, EventCoder, sentence_starts
from geoevents.transforms.coder.evaluate import actor_key


def triples(
    nlp, coder: EventCoder, text: str, date: str
) -> set[tuple[str | None, str | None, str]]:
    rows = coder.code_doc(nlp(text), dt.date.fromisoformat(date))
    return {(actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows}


def both(a: str, b: str, root: str) -> set[tuple[str, str, str]]:
    return {(a, b, root), (b, a, root)}


CASES = [
    # reciprocal "elkaar" with adjective + agent + dated person actors
    ("De Franse president Macron en de Duitse bondskanselier Scholz hebben elkaar in Berlijn ontmoet.",
     "2023-05-01", both("FRA", "DEU", "04")),
    # negation drops the event
    ("Macron heeft Scholz gisteren niet ontmoet.", "2023-05-01", set()),
    # passive with "door": the agent is actor1
    ("Oekraïne werd door Rusland aangevallen.", "2022-03-01", {("RUS", "UKR", "19")}),
    # modal "willen" turns cooperation into 03: only the subject states an intent (a symmetric
    # verb is mutual only with "A en B" or "elkaar")
    ("Japan wil met Zuid-Korea samenwerken.", "2023-05-01", {("JPN", "KOR", "03")}),
    # future "zal helpen" is intent (03), not aid
    ("Duitsland zal Polen helpen.", "2023-05-01", {("DEU", "POL", "03")}),
    # "niet uitsluiten" of military force is a threat (138), negation-only predicate
    ("China sluit militair ingrijpen tegen Taiwan niet uit.", "2023-05-01", {("CHN", "TWN", "13")}),
    # demand with "eisen van"
    ("De Europese Unie eist van Rusland de terugtrekking van alle troepen.", "2023-05-01", {("EEC", "RUS", "10")}),
    # separable verb + object cue: sancties opleggen -> 163
    ("De EU legt Iran nieuwe sancties op.", "2023-05-01", {("EEC", "IRN", "16")}),
    # extending or tightening sanctions is imposing them again (163), also inside a dat-clause
    ("De EU verlengt de sancties tegen Rusland.", "2023-05-01", {("EEC", "RUS", "16")}),
    ("Washington scherpt de sancties tegen Iran aan.", "2023-05-01", {("USA", "IRN", "16")}),
    ("Von der Leyen zei dat de EU de sancties tegen Rusland verlengt.", "2023-05-01",
     {("EEC", "RUS", "16")}),
    # object cue: wapens leveren -> 072
    ("Duitsland levert wapens aan Oekraïne.", "2023-05-01", {("DEU", "UKR", "07")}),
    # agreement with "met": both parties sign (057 both ways)
    ("Israël sloot een vredesakkoord met Egypte.", "1979-05-01", both("ISR", "EGY", "05")),
    # nominal event: staatsbezoek van A aan B -> 042 A->B and 043 B->A
    ("Tijdens het staatsbezoek van Macron aan China werden contracten getekend.", "2023-04-06",
     both("FRA", "CHN", "04")),
    # reported speech with an addressee: 010
    ("Blinken zei tegen Wang Yi dat de banden belangrijk zijn.", "2023-06-19", {("USA", "CHN", "01")}),
    # plural anaphora "de twee leiders" refers back to the coordinated pair
    ("Modi en Xi spraken in Delhi. De twee leiders willen samenwerken.", "2023-05-01",
     both("IND", "CHN", "04") | both("IND", "CHN", "03")),
    # dated role: Rutte is the Netherlands in 2022 ...
    ("Rutte bezocht Kiev.", "2022-05-01", both("NLD", "UKR", "04")),
    # ... and NATO in 2025
    ("Rutte bezocht Kiev.", "2025-05-01", both("NAT", "UKR", "04")),
    # sports discard
    ("Nederland versloeg Duitsland in de kwartfinale.", "2023-05-01", set()),
    # questions are not events
    ("Valt Rusland Finland aan?", "2023-05-01", set()),
    # conditional clauses are not events
    ("Als China Taiwan zou aanvallen, grijpen de Verenigde Staten in.", "2023-05-01", set()),
    # relative clause: the antecedent is actor1
    ("Turkije, dat Syrië aanviel, kreeg kritiek.", "2019-10-20", {("TUR", "SYR", "19")}),
    # a domestic armed group lends its country to bare role nouns (FARC -> COL, soldaten -> COLMIL)
    ("De FARC heeft twintig soldaten vrijgelaten.", "2001-01-01", {("COL", "COL", "08")}),
    # possessive target: "de kandidatuur van X" for support
    ("Frankrijk steunde de kandidatuur van Marokko.", "2010-01-01", {("FRA", "MAR", "05")}),
    # coercion in a place: the place stands for its country
    ("Israëlische troepen hebben in Libanon tientallen mensen opgepakt.", "2006-01-01", {("ISR", "LBN", "17")}),
    # verbless headline "A en B samen"
    ("Macron en Scholz samen in Parijs", "2023-05-01", both("FRA", "DEU", "04")),
    # verb-final subordinate clause: first noun phrase is the subject
    ("De oorlog begon toen Rusland Oekraïne binnenviel.", "2022-03-01", {("RUS", "UKR", "19")}),
    # negated acceptance is rejection (120), target via a country adjective
    ("China en India accepteren de Amerikaanse dominantie niet.", "2023-05-01",
     {("CHN", "USA", "12"), ("IND", "USA", "12")}),
    # "noemen" + derogatory noun is criticism (111)
    ("Erdogan noemde Netanyahu een terrorist.", "2023-11-15", {("TUR", "ISR", "11")}),
    # "het hebben over" is consultation; the parse may drop the conjunct, word order keeps it
    ("Zelensky en Duda hadden het over de graanexport.", "2023-09-01", both("UKR", "POL", "04")),
    # plural pronoun "ze" refers back to the pair of the previous sentence
    ("Biden en Xi ontmoetten elkaar. Ze kwamen overeen om de handel te herstellen.", "2023-11-15",
     both("USA", "CHN", "04") | both("USA", "CHN", "03")),
    # seats as metonyms: het Kremlin, Washington
    ("Het Kremlin bekritiseerde Washington.", "2023-05-01", {("RUS", "USA", "11")}),
    # a capital after a locative preposition is a place, not an actor
    ("In Moskou sprak Xi met Poetin.", "2023-03-21", both("CHN", "RUS", "04")),
    # reportative "zou ... hebben" + participle is an (alleged) event, unlike conditional "zou" + infinitive
    ("Rusland zou Oekraïense kinderen hebben gedeporteerd.", "2023-03-24", {("RUS", "UKR", "17")}),
    # international court, arrest warrant "tegen"
    ("Het Internationaal Strafhof vaardigde een arrestatiebevel uit tegen Poetin.", "2023-03-17",
     {("ICC", "RUS", "17")}),
    # separable particle + object cue: de geldkraan dichtdraaien -> 1621
    ("De Amerikaanse regering draaide de geldkraan naar Egypte dicht.", "2013-10-09", {("USA", "EGY", "16")}),
    # nominal attack without "op X": the wounded soldiers' country is the target
    ("Bij de Russische aanval raakten drie Oekraïense soldaten gewond.", "2023-05-01", {("RUS", "UKR", "19")}),
    # idiom "een nederlaag toebrengen" (separable) is fighting
    ("Het Oekraïense leger bracht Rusland een zware nederlaag toe.", "2022-11-11", {("UKR", "RUS", "19")}),
    # idiom "een nederlaag bezorgen"; in a main clause the actor before the verb is the subject
    ("De Britse troepen bezorgden de Argentijnen een nederlaag.", "1982-06-14", {("GBR", "ARG", "19")}),
    # parenthetical ", zo meldde X," keeps the subject; "in samenwerking met" after "zal" is intent
    ("Frankrijk, zo meldde Le Monde, zal in samenwerking met Marokko een top organiseren.", "2023-05-01",
     {("FRA", "MAR", "03")}),
    # passive whose "door" agent is followed by a relative clause
    ("Polen werd gisteren gesteund door Litouwen, dat ook troepen stuurde.", "2023-05-01", {("LTU", "POL", "05")}),
    # warning: the subject of the quoted dat-clause is the target
    ("Erdogan waarschuwde dat 'Griekenland met vuur speelt'.", "2022-09-01", {("TUR", "GRC", "13")}),
    # "en" + verb starts a new clause: Oekraïne is not an object of "viel binnen"
    ("In 2014 viel Rusland de Krim binnen en verklaarde Oekraïne de staat van beleg.", "2014-03-01",
     {("RUS", "UKR", "19")}),
    # particle before the verb in a verb-final clause, plural pronoun after a parenthetical
    ("Iran en Irak, zo zeiden ze, willen dichter naar elkaar toe groeien.", "2023-05-01", both("IRN", "IRQ", "03")),
    # conjoined verb shares subject and object; "het eiland" refers back to an island state
    ("Cuba wordt door Washington gezien als vijand, terwijl Rusland het eiland erkent als partner "
     "en steunt met wapenleveranties.", "2023-05-01", {("RUS", "CUB", "05"), ("RUS", "CUB", "07")}),
    # a seat after "door" is the passive agent, not a place
    ("Kiev werd door Moskou aangevallen.", "2022-03-01", {("RUS", "UKR", "19")}),
    # agentless passive: the patient is not actor1
    ("Ethiopië en Albanië werden bezet, maar Italië bleef neutraal.", "2010-01-01", set()),
    # "om ... te" clause attached to a noun: the matrix subject controls it; a region stands for its country
    ("Rusland benutte de kans om de Krim te bezetten.", "2014-03-01", {("RUS", "UKR", "19")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_coding_rules(nlp, coder: EventCoder, text: str, date: str, expected: set) -> None:
    assert triples(nlp, coder, text, date) == expected


def test_rows_have_gdelt_columns_and_provenance(nlp, coder: EventCoder) -> None:
    text = "Xi Jinping en Joe Biden. De Amerikaanse president Biden en de Chinese president Xi hebben elkaar ontmoet."
    doc = nlp(text)
    rows = coder.code_doc(doc, dt.date(2023, 11, 15))
    assert rows
    by_actor = {r["actor1_code"]: r for r in rows}
    usa = by_actor["USAGOV"]
    assert usa["actor2_code"] == "CHNGOV"
    assert usa["actor1_country_code"] == "USA" and usa["actor1_type1_code"] == "GOV"
    assert usa["actor1_known_group_code"] is None and usa["actor1_type2_code"] is None
    assert (usa["event_code"], usa["event_base_code"], usa["event_root_code"]) == (
        "040",
        "040",
        "04",
    )
    assert usa["quad_class"] == 1 and usa["goldstein_scale"] == 1.0
    assert doc.text[usa["action_start_char"] : usa["action_end_char"]] == "ontmoet"
    assert "Biden" in doc.text[usa["actor1_start_char"] : usa["actor1_end_char"]]
    actor2_text = doc.text[usa["actor2_start_char"] : usa["actor2_end_char"]]
    assert "Xi" in actor2_text or "Chinese president" in actor2_text
    assert usa["predicate_lemma"] == "ontmoeten"
    assert usa["coder_version"] == CODER_VERSION
    assert 10 <= usa["confidence"] <= 100
    sent_of_action = [
        i for i, s in enumerate(doc.sents) if s.start_char <= usa["action_start_char"] < s.end_char
    ]
    assert usa["sentence_index"] == sent_of_action[0]
    assert usa["is_root_event"] is True
    for key in ("event_code", "event_base_code", "event_root_code", "actor1_code", "actor2_code"):
        assert isinstance(usa[key], str)


def test_igo_actor_uses_known_group_code(nlp, coder: EventCoder) -> None:
    rows = coder.code_doc(nlp("De NAVO veroordeelde Rusland."), dt.date(2023, 5, 1))
    assert rows and rows[0]["actor1_code"] == "IGOWSTNAT"
    assert rows[0]["actor1_country_code"] is None and rows[0]["actor1_known_group_code"] == "NAT"


def test_entity_actor_follows_the_article_date_when_names_repeat(nlp) -> None:
    """resolve_entity remembers names per date: a repeated name keeps its dated role."""
    coder = EventCoder(tokenizer=nlp.tokenizer)
    doc = nlp.make_doc("Rutte sprak met Poetin.")
    rutte = doc[0:1]
    before = coder.resolve_entity(rutte, dt.date(2023, 5, 1))
    after = coder.resolve_entity(rutte, dt.date(2025, 1, 1))
    assert before["actor_code"] == "NLDGOV"
    assert after["actor_code"] == "IGOWSTNAT" and after["known_group_code"] == "NAT"
    before["actor_code"] = "changed by the caller"
    assert coder.resolve_entity(rutte, dt.date(2023, 5, 1))["actor_code"] == "NLDGOV"
    assert coder.resolve_entity(doc[2:3], dt.date(2023, 5, 1)) is None  # "met"


def test_coding_is_the_same_when_the_string_memo_overflows(nlp) -> None:
    """The coder's memo of word forms is bounded; emptying it on every document changes nothing."""
    texts = [
        "Rutte ontmoette president Zelensky in Kyiv. Rusland viel Oekraïne aan.",
        "China eist dat de VS de sancties opheffen. Biden sprak met Xi.",
    ]
    docs = [nlp(t) for t in texts]
    day = dt.date(2023, 11, 15)
    expected = [EventCoder().code_doc(d.copy(), day) for d in docs]
    small = EventCoder()
    small._strings.size = 5
    assert [small.code_doc(d.copy(), day) for d in docs] == expected
    assert len(small._strings) < 5 + max(len(d) for d in docs) * 3
    assert any(expected)


WORDS = (
    "Biden Xi Poetin Rutte China Rusland Oekraïne de VS EU NAVO Moskou Peking het Kremlin Amerikaanse "
    "Chinese president regering leger minister ontmoette ontmoeten sprak met steunt valt aan viel binnen "
    "bezette levert wapens aan eist sancties op legt niet nooit wil zal zou als dat die ze zij hij elkaar "
    "twee leiders beide landen door werd worden , . ? : en of maar staatsbezoek aanval inval op tegen van "
    "in naar een het 2023 „ ” samen dreigt noemde dictator akkoord sloot overeen kwamen"
).split()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join),
        st.text(max_size=120),
    ),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
)
def test_code_doc_never_raises_and_rows_are_valid(
    nlp, coder: EventCoder, text: str, date: dt.date
) -> None:
    doc = nlp(text)
    rows = coder.code_doc(doc, date)
    table = coder.d.event_codes
    n_sents = len(list(doc.sents))
    for r in rows:
        ec = table[r["event_code"]]
        assert r["event_root_code"] == r["event_code"][:2] == ec.root
        assert r["event_base_code"] == r["event_code"][:3]
        assert r["quad_class"] == ec.quad_class == table[r["event_root_code"]].quad_class
        assert r["goldstein_scale"] == ec.goldstein
        assert actor_key(r, "actor1") and actor_key(r, "actor2")
        # one actor never acts on itself; equal codes only between two different mentions
        assert r["actor1_code"] != r["actor2_code"] or (
            r["actor1_start_char"],
            r["actor1_end_char"],
        ) != (r["actor2_start_char"], r["actor2_end_char"])
        assert 0 <= r["sentence_index"] < max(n_sents, 1)
        assert 0 <= r["action_start_char"] < r["action_end_char"] <= len(doc.text)
        assert 10 <= r["confidence"] <= 100


def test_sentence_starts_split_as_doc_sents(nlp) -> None:
    """The array-based boundaries equal spaCy's; a Doc without boundaries is one sentence."""
    import spacy

    doc = nlp("Rutte sprak in Brussel. Daarna vloog hij naar Kyiv! Zelensky ontving hem daar.")
    assert sentence_starts(doc) == [s.start for s in doc.sents] and len(sentence_starts(doc)) == 3
    blank = spacy.blank("nl")
    assert sentence_starts(blank("Geen parser. Dus geen zinsgrenzen.")) == [0]
    assert sentence_starts(blank("")) == []


def test_two_actors_parsed_as_one_name_are_split_again(coder: EventCoder) -> None:
    """A parse that reads "Xi met Poetin" as one flat name (seen from a trained model) is repaired."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs_names import split_joined_names

    vocab = spacy.blank("nl").vocab
    words = ["In", "Moskou", "sprak", "Xi", "met", "Poetin", "."]

    def wrong_parse() -> Doc:
        return Doc(
            vocab,
            words=words,
            spaces=[True, True, True, True, True, False, False],
            lemmas=["in", "Moskou", "spreken", "Xi", "met", "Poetin", "."],
            pos=["ADP", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
            heads=[1, 2, 2, 2, 3, 3, 2],
            deps=["case", "obl", "ROOT", "obj", "flat", "flat", "punct"],
        )

    doc = wrong_parse()
    mentions = {3: "Xi", 5: "Poetin"}
    assert split_joined_names(doc, mentions) == 1
    assert (doc[5].dep_, doc[5].head.text, doc[4].dep_, doc[4].head.text) == (
        "obl",
        "sprak",
        "case",
        "Poetin",
    )
    rows = coder.code_doc(wrong_parse(), dt.date(2023, 3, 21))
    got = {(actor_key(r, "actor1"), actor_key(r, "actor2"), r["event_root_code"]) for r in rows}
    assert got == both("CHN", "RUS", "04")


def test_one_name_with_a_preposition_is_not_split() -> None:
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs_names import split_joined_names

    doc = Doc(
        spacy.blank("nl").vocab,
        words=["Louis", "van", "Gaal", "sprak"],
        pos=["PROPN", "PROPN", "PROPN", "VERB"],
        heads=[3, 0, 0, 3],
        deps=["nsubj", "flat", "flat", "ROOT"],
    )
    one = object()
    assert split_joined_names(doc, {0: one, 1: one, 2: one}) == 0
    assert doc[2].dep_ == "flat"


def test_second_subject_of_a_verb_becomes_its_object() -> None:
    """ "Rusland erkent het eiland" parsed with two subjects: the later one is the object."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs import second_subject_is_object

    def parse(deps: list[str]) -> Doc:
        return Doc(
            spacy.blank("nl").vocab,
            words=["Rusland", "erkent", "het", "eiland"],
            pos=["PROPN", "VERB", "DET", "NOUN"],
            heads=[1, 1, 3, 1],
            deps=deps,
        )

    doc = parse(["nsubj", "ROOT", "det", "nsubj"])
    assert second_subject_is_object(doc) == 1
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "det", "obj"]
    untouched = parse(["nsubj", "ROOT", "det", "obj"])
    assert second_subject_is_object(untouched) == 0


def test_second_subject_before_an_object_becomes_the_indirect_object() -> None:
    """ "De VS lenen Duitsland het geld" parsed with two subjects and an object: the receiver
    between them is the indirect object."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs import second_subject_is_object

    vocab = spacy.blank("nl").vocab
    vocab.strings.add("iobj")
    doc = Doc(
        vocab,
        words=["De", "VS", "lenen", "Duitsland", "het", "geld"],
        pos=["DET", "PROPN", "VERB", "PROPN", "DET", "NOUN"],
        heads=[1, 2, 2, 2, 5, 2],
        deps=["det", "nsubj", "ROOT", "nsubj", "det", "obj"],
    )
    assert second_subject_is_object(doc) == 1
    assert [t.dep_ for t in doc] == ["det", "nsubj", "ROOT", "iobj", "det", "obj"]


def test_auxiliary_root_gives_way_to_its_participle() -> None:
    """ "Noord-Korea heeft een raket afgevuurd richting Japan" parsed with "heeft" as root and
    the participle as ``acl`` of the noun after it: the participle becomes the root, "richting"
    the preposition of Japan, and an attributive participle is left alone."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs import richting_as_preposition
    from geoevents.transforms.coder.repairs_participles import aux_root_to_participle

    vocab = spacy.blank("nl").vocab
    words = ["Noord-Korea", "heeft", "een", "raket", "afgevuurd", "richting", "Japan"]
    doc = Doc(
        vocab,
        words=words,
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "NOUN", "PROPN"],
        morphs=["", "VerbForm=Fin", "", "", "VerbForm=Part", "", ""],
        lemmas=["Noord-Korea", "hebben", "een", "raket", "afvuren", "richting", "Japan"],
        heads=[1, 1, 3, 4, 5, 1, 5],
        deps=["nsubj", "ROOT", "det", "obj", "acl", "obj", "appos"],
    )
    assert aux_root_to_participle(doc) == 1
    assert richting_as_preposition(doc) == 1
    assert [(t.head.i, t.dep_) for t in doc] == [
        (4, "nsubj"), (4, "aux"), (3, "det"), (4, "obj"), (4, "ROOT"), (6, "case"), (4, "obl"),
    ]  # fmt: skip
    adjective = Doc(
        vocab,
        words=["Het", "werd", "geen", "geslaagd", "huwelijk"],
        pos=["PRON", "AUX", "DET", "VERB", "NOUN"],
        morphs=["", "VerbForm=Fin", "", "VerbForm=Part", ""],
        lemmas=["het", "worden", "geen", "slagen", "huwelijk"],
        heads=[1, 1, 4, 4, 1],
        deps=["nsubj", "ROOT", "det", "amod", "xcomp"],
    )
    assert aux_root_to_participle(adjective) == 0


def test_noun_on_an_auxiliary_moves_to_the_verb() -> None:
    """ "In Congo hebben rebellen Rwanda aangevallen" with "rebellen" as ``obj`` of "hebben":
    right after the finite auxiliary and with no other subject, it is the verb's subject."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs_participles import argument_of_aux_to_verb

    doc = Doc(
        spacy.blank("nl").vocab,
        words=["In", "Congo", "hebben", "rebellen", "Rwanda", "aangevallen"],
        pos=["ADP", "PROPN", "AUX", "NOUN", "PROPN", "VERB"],
        heads=[1, 5, 5, 2, 5, 5],
        deps=["case", "obl", "aux", "obj", "obj", "ROOT"],
    )
    assert argument_of_aux_to_verb(doc) == 1
    assert (doc[3].head.i, doc[3].dep_) == (5, "nsubj")


def test_subject_hanging_from_a_determiner_moves_to_the_verb(coder: EventCoder) -> None:
    """ "dat de EU de sancties tegen Rusland verlengt" with EU under the second "de" (model 0.4.0)."""
    import spacy
    from spacy.tokens import Doc

    from geoevents.transforms.coder.repairs import (
        arguments_off_determiners,
        second_subject_is_object,
    )

    def wrong_parse() -> Doc:
        return Doc(
            spacy.blank("nl").vocab,
            words=["Von", "der", "Leyen", "zei", "dat", "de", "EU", "de", "sancties", "tegen"]
            + ["Rusland", "verlengt", "."],
            spaces=[True] * 11 + [False, False],
            lemmas=["Von", "der", "Leyen", "zeggen", "dat", "de", "EU", "de", "sanctie", "tegen"]
            + ["Rusland", "verlengen", "."],
            pos=["PROPN", "PROPN", "PROPN", "VERB", "SCONJ", "DET", "PROPN", "DET", "NOUN"]
            + ["ADP", "PROPN", "VERB", "PUNCT"],
            heads=[3, 0, 0, 3, 11, 6, 7, 8, 11, 10, 8, 3, 3],
            deps=["nsubj", "flat", "flat", "ROOT", "mark", "det", "nsubj", "det", "nsubj"]
            + ["case", "nmod", "ccomp", "punct"],
        )

    doc = wrong_parse()
    assert arguments_off_determiners(doc) == 1
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "verlengt")
    second_subject_is_object(doc)
    assert doc[8].dep_ == "obj"
    assert arguments_off_determiners(doc) == 0, "a correct parse is left alone"
    coded = wrong_parse()
    coder.code_doc(coded, dt.date(2023, 3, 21))
    assert [(coded[i].dep_, coded[i].head.text) for i in (6, 8)] == [
        ("nsubj", "verlengt"),
        ("obj", "verlengt"),
    ], "code_doc applies the repair before coding"
