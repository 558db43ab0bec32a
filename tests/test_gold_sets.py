"""Blind gold sets are frozen: they were labelled before the code was tuned and must not change.

A blind set that is edited after seeing the system's output stops measuring quality. If a label
is provably wrong, fix it in a commit of its own, update the hash here and say so in the closing
note and in docs/ (the evaluation pages report which version of each set they used).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scripts import run_script, script_module

ROOT = Path(__file__).resolve().parents[1]
FROZEN = {
    # NER labels of the 85 sentences of the two 2023 seed articles (NOS, NRC), hand-labelled
    # 2026-12-03; the text stays in ../shared/eval/events_dev.jsonl. Modern news, but NOT blind:
    # earlier model versions were developed on these articles. Reported apart, for reference.
    "training/ner_gold/blind_seeds_2023.jsonl": "7173e47e8d2fe272a2d048e847357dd8d0987198119ca41840844a4519513927",
    # Event blind set: UD Alpino/LassySmall test and old LassySmall train sentences with two or
    # more political actors, labelled 2026-12-03 before the coder changes of that day.
    # Second part: 249 old LassySmall train sentences (old_train_00..03), labelled 2026-12-03
    # before anyone looked at the coder's output on them.
    "eval/events_blind_2.jsonl": "206177e8663de0dcc54f34d1095662c9f933d27f2a5d65517d548adcb621cbfc",
    "eval/events_blind.jsonl": "464eaa08540cc736f50c4cfe39bf1ba78d1927b15f92851dee7abc75230f76d8",
    # The article sentences before each blind line (UD text, no labels), built 2026-12-04 by
    # eval/build_context.py for `geoevents eval events ... --context`: frozen with the sets.
    "eval/context/events_blind.jsonl": "c5faf0400ff6941d10587a5a9c12f4277204ff9dea6a8324a051c8df4d645a19",
    "eval/context/events_blind_2.jsonl": "b884e191ca2af3445dee847b2c1141880e6c70f8ddb00e64aee89e4e218e5a53",
    # Geography blind set: where the 228 gold events of the dev event sets (seed articles, UD
    # sentences) and 8 events of real 1860s newspaper sentences happened, labelled by hand
    # 2026-12-03 before the geocoder was written (236 events, 151 located). Never tuned on.
    "eval/geo_blind.jsonl": "69a0dc57ee8ec5adf7f35a54597044e8a79f984fe5a72738ba276b5d79932df5",
    # NER blind set: UD Alpino test (newspaper text), hand-labelled 2026-12-03.
    "training/ner_gold/labels/alpino_test_00.jsonl": (
        "7b3466701d24a7558ec9b5981c4173d170cf38eefbb52c79d1ec3f79f9ce7761"
    ),
    # Independent second codings of both event blind sets and of the geography blind set
    # (2026-12-05, agreement audit).
    "eval/agreement/events_blind_second.jsonl": (
        "323d86a44990a1532dbd9abea4a0685b2e05f50938c7ce6fe55b98b17a62bbfb"
    ),
    "eval/agreement/geo_blind_second.jsonl": (
        "e774e48c5092603800d6305e381af341a56b0b78af2b3eaf19e13ad076b91fd4"
    ),
    "eval/agreement/events_blind_2_second.jsonl": (
        "f7e4b9f2a584e069a1b7f18ec323878366b3fd40fe5a8941fa0599dbb8c8fcdd"
    ),
    # Held-out event probes (invented news by helpers who never saw the coder; only their
    # summaries are read): b (2026-12-05), d (2026-12-06), e (2026-12-06, nineteenth session), f.
    # b, i and l changed 2026-12-07 (thirty-sixth session, coder 0.3.125) by eval/group_keys.py
    # alone: their Hezbollah and Hamas keys HEZ/HMS became LBN/PSE, as the guidelines key actors
    # (2, 10 and 6 keys; no other label touched; docs/EVALUATION.md "Thirty-sixth session").
    "tests/probes/independent_b.jsonl": (
        "57c2333a221cb4a9c57f02d9a731bd04c168f556957328d656311e89064eeb1e"
    ),
    "tests/probes/independent_d.jsonl": (
        "43382f37f6afc585cae2bcd83b568459e97b6a2eb41bed0baf23333ce3e2d880"
    ),
    "tests/probes/independent_e.jsonl": (
        "449630847593129262c2ddec0722ea556443c7a7d22470e357d2c0d0fa2bcc58"
    ),
    # f (2026-12-06, twenty-first session): 160 lines, 262 events, first run 108/126/262
    "tests/probes/independent_f.jsonl": (
        "50044e10b331e56ae1dfb2042fdd1fcd02b9da719179b74c85633da5ceb4193a"
    ),
    # i (2026-12-06, twenty-third session): 180 lines, 261 events, first run 128/144/261
    "tests/probes/independent_i.jsonl": (
        "b701f536f6925e3ee66099f62b88f788575a7aac4c113df2f13bdbc2a49aae57"
    ),
    # l (2026-12-06, twenty-fifth session): 200 lines, 327 events, first run 124/142/327; its
    # writer never ran the coder
    "tests/probes/independent_l.jsonl": (
        "207b5e092ad5b971fb740785e83dbaca2ce31c430068e54e80f3cb23a70e17bf"
    ),
    # An independent second labelling of the NER blind set (2026-12-05, agreement audit).
    "training/ner_gold/agreement/second_annotator_alpino_test.jsonl": (
        "85c4c4bbe48105fcefe1b6e6ac8f306e26ff89340887a5e7af0f914b8699a9af"
    ),
}


@pytest.mark.parametrize("rel", sorted(FROZEN))
def test_blind_set_is_frozen(rel: str) -> None:
    data = (ROOT / rel).read_bytes()
    assert hashlib.sha256(data).hexdigest() == FROZEN[rel], f"{rel} changed: see this file's doc"


def test_ner_labels_are_valid() -> None:
    """Every hand label names a known type and is found in its sentence."""
    files = sorted(str(p) for p in (ROOT / "training/ner_gold/labels").glob("*.jsonl"))
    for folder in ("training/ner_eval", "training/ner_train"):
        files += sorted(str(p) for p in (ROOT / folder).glob("*.jsonl"))
    assert len(files) > 2
    out = subprocess.run(
        [sys.executable, str(ROOT / "training/ner_gold.py"), "check", *files],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "problems 0" in out.stdout


def test_training_never_sees_the_blind_ner_labels() -> None:
    """ner_data.py masks the blind split: its sentences train syntax only."""
    ner_data = script_module("training", "ner_data")
    assert "alpino_test" in ner_data.BLIND_SPLITS
    ids = {
        json.loads(line)["id"].split(":", 1)[0]
        for line in (ROOT / "training/ner_gold/labels/alpino_test_00.jsonl").open(encoding="utf-8")
    }
    assert ids == {"alpino_test"}


def test_genre_cross_validation_masks_the_named_documents_ner_labels() -> None:
    """``--ner-missing-docs WR-P-E-I``: the web pages' sentences train syntax only, so a model
    trained so can be scored on them as a dev set of that genre; other documents keep their gold."""
    import spacy

    ner_data = script_module("training", "ner_data")
    prep = script_module("training", "prepare_ud")

    def sent(sid: str, words: list[str]):
        toks = [
            prep.Tok(w, w, "PROPN" if w[0].isupper() else "VERB", "_", 0, "root") for w in words
        ]
        return prep.Sent(toks=toks, text=" ".join(words), sid=sid)

    items = [
        ("lassy_dev", sent("WR-P-E-I-0000000001.p.1.s.1", ["Bayer", "verkoopt"])),
        ("lassy_dev", sent("wiki-1.p.1.s.1", ["Bayer", "verkoopt"])),
    ]
    gold = {
        ner_data.gold_id(split, s): {"text": s.text, "ents": [["Bayer", "ORG"]]}
        for split, s in items
    }
    nlp = spacy.blank("nl")
    for prefixes, labelled in (((), 2), (("WR-P-E-I",), 1)):
        doc = ner_data.group_docs(nlp.vocab, [s for _, s in items], 2)[0]
        n = ner_data.ud_ents(doc, items, gold, {}, set(), frozenset(), prefixes)
        assert n == labelled
        assert [e.text for e in doc.ents] == ["Bayer"] * labelled
        assert (doc[0].ent_iob_ == "") is bool(prefixes)  # masked: missing, not "outside"


def test_context_files_are_what_the_script_builds(shared_dir: Path, tmp_path: Path) -> None:
    """eval/context/ is regenerated by eval/build_context.py from the UD files, byte for byte."""
    out = run_script(
        "eval/build_context.py",
        "--ud-dir",
        str(shared_dir / "corpora/ud"),
        "--europeana-dir",
        str(shared_dir / "corpora/ner/europeana-nl"),
        "--out",
        str(tmp_path),
    )
    assert out.returncode == 0, out.stderr[-2000:]
    committed = sorted(p.name for p in (ROOT / "eval/context").glob("*.jsonl"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.jsonl"))
    for name in committed:
        assert (tmp_path / name).read_bytes() == (ROOT / "eval/context" / name).read_bytes(), name


def test_blind_ner_labels_agree_with_an_independent_second_annotation() -> None:
    """A second annotator labelled all 596 blind sentences on 2026-12-05 without seeing the first
    labels or any model output (agreement/second_annotator_alpino_test.jsonl): the blind gold is
    consistent (span F1 0.979), so the blind score measures the model, not label noise."""
    ner_gold = script_module("training", "ner_gold")
    first = ROOT / "training/ner_gold/labels/alpino_test_00.jsonl"
    second = ROOT / "training/ner_gold/agreement/second_annotator_alpino_test.jsonl"
    ids = [json.loads(line)["id"] for line in first.open(encoding="utf-8")]
    assert ids == [json.loads(line)["id"] for line in second.open(encoding="utf-8")]
    assert ner_gold.agree(first, second) >= 0.95


def test_blind_events_agree_with_an_independent_second_coding() -> None:
    """A second annotator coded all 689 blind sentences on 2026-12-05 without seeing the gold or
    the coder's output: root-level agreement P 0.857, R 0.785 (186 of 237 gold events), the
    human level the coder's goal (P >= 0.80, R >= 0.65) sits under."""
    agreement = script_module("eval", "agreement")
    counts = []
    for name in ("events_blind", "events_blind_2"):
        first = ROOT / f"eval/{name}.jsonl"
        m = agreement.agreement(first, ROOT / f"eval/agreement/{name}_second.jsonl")
        counts.append((m["first"], m["second"], m["agreed"]))
    assert counts == [(158, 143, 127), (79, 74, 59)]
    # a file agrees with itself up to the one pair of gold events that share actors and root
    assert agreement.agreement(first, first)["agreed"] == 78


def test_blind_geography_agrees_with_an_independent_second_labelling() -> None:
    """Where the 236 blind events happened, labelled again without the first labels or the
    geocoder: countries 148 of 151, towns 62 of 65 agree."""
    agreement = script_module("eval", "agreement")
    m = agreement.geo_agreement(
        ROOT / "eval/geo_blind.jsonl", ROOT / "eval/agreement/geo_blind_second.jsonl"
    )
    assert (m["country"], m["located"], m["town"], m["towns"]) == (148, 151, 62, 65)


def test_extra_gold_lines_train_the_ner_only(tmp_path: Path) -> None:
    """ner_data.py --extra-gold: hand-labelled lines become NER-only docs, every other token O."""
    import spacy

    ner_data = script_module("training", "ner_data")
    f = tmp_path / "extra.jsonl"
    row = {
        "id": "x:doc1.s1",
        "text": "3 Doelgroepen bij GGD Twente",
        "ents": [["GGD Twente", "ORG"]],
    }
    f.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (doc,) = ner_data.read_extra_gold([f], spacy.blank("nl"))
    assert [(e.text, e.label_) for e in doc.ents] == [("GGD Twente", "ORG")]
    assert [t.ent_iob_ for t in doc] == ["O", "O", "O", "B", "I"]
    assert not doc.has_annotation("DEP")


def test_gold_events_key_a_groups_actors_by_its_country() -> None:
    """The guidelines key an actor by its country, a known group only for international bodies:
    Hamas is PSE in every probe and dev set, as in the events table (eval/group_keys.py)."""
    files = sorted(
        [*(ROOT / "tests" / "probes").glob("*.jsonl"), *(ROOT / "eval").glob("events_*.jsonl")]
    )
    done = run_script("eval/group_keys.py", "--check", *map(str, files))
    assert done.returncode == 0, done.stdout
    keys = script_module("eval", "group_keys").group_countries()
    assert {"HMS": "PSE", "HEZ": "LBN", "TAL": "AFG"}.items() <= keys.items()
