"""The coder gives the same events in every process.

Python salts string hashes per process (``PYTHONHASHSEED``), so a loop over a set of strings
runs in another order in another process. Until coder 0.3.58 the separable particles a verb
might take were tried in set order: "spraken ... af ... vrij te laten" was an agreement to
release (030) in one process and nothing in the next. Two processes with different seeds code
the same lines here and must agree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).parent / "probes" / "independent_j.jsonl"

SCRIPT = """
import datetime as dt, json, sys
from geoevents.model import load_pipeline
from geoevents.transforms.coder import EventCoder
nlp = load_pipeline(None)
coder = EventCoder(tokenizer=nlp.tokenizer)
out = []
for line in open(sys.argv[1], encoding="utf-8").readlines()[:60]:
    r = json.loads(line)
    day = dt.date.fromisoformat(r["date"][:10])
    rows = coder.code_doc(nlp(r["text"]), day, feed_country=r.get("feed_country"))
    out.append(sorted((e["actor1_code"], e["event_code"], e["actor2_code"]) for e in rows))
print(json.dumps(out))
"""


def _code(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed, "GEOEVENTS_CACHE_DIR": "off"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(PROBE)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_processes_with_other_string_hashes_code_the_same_events() -> None:
    first, second = _code("1"), _code("2")
    assert len(first) == 60
    assert any(first)  # the lines hold events: the comparison is not of two empty lists
    assert first == second
