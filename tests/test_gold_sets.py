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
    # Geography blind set: where the 228 gold events of the dev event sets (seed articles, UD
    # sentences) and 8 events of real 1860s newspaper sentences happened, labelled by hand
    # 2026-12-03 before the geocoder was written (236 events, 151 located). Never tuned on.
    "eval/geo_blind.jsonl": "69a0dc57ee8ec5adf7f35a54597044e8a79f984fe5a72738ba276b5d79932df5",
    # NER blind set: UD Alpino test (newspaper text), hand-labelled 2026-12-03.
    "training/ner_gold/labels/alpino_test_00.jsonl": (
        "7b3466701d24a7558ec9b5981c4173d170cf38eefbb52c79d1ec3f79f9ce7761"
    ),
}


@pytest.mark.parametrize("rel", sorted(FROZEN))
def test_blind_set_is_frozen(rel: str) -> None:
    data = (ROOT / rel).read_bytes()
    assert hashlib.sha256(data).hexdigest() == FROZEN[rel], f"{rel} changed: see this file's doc"


def test_ner_labels_are_valid() -> None:
    """Every hand label names a known type and is found in its sentence."""
    files = sorted(str(p) for p in (ROOT / "training/ner_gold/labels").glob("*.jsonl"))
    assert files
    out = subprocess.run(
        [sys.executable, str(ROOT / "training/ner_gold.py"), "check", *files],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "problems 0" in out.stdout


def test_training_never_sees_the_blind_ner_labels() -> None:
    """ner_data.py masks the blind split: its sentences train syntax only."""
    sys.path.insert(0, str(ROOT / "training"))
    try:
        import ner_data
    finally:
        sys.path.pop(0)
    assert "alpino_test" in ner_data.BLIND_SPLITS
    ids = {
        json.loads(line)["id"].split(":", 1)[0]
        for line in (ROOT / "training/ner_gold/labels/alpino_test_00.jsonl").open(encoding="utf-8")
    }
    assert ids == {"alpino_test"}
