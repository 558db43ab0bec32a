"""A dependency tree with a cycle never hangs the coder: every walk up such a tree would loop,
so the coder codes nothing in it and says so (``strict`` raises)."""

from __future__ import annotations

import datetime as dt
import logging

import numpy as np
import pytest
from spacy.tokens import Doc

from geoevents.transforms.coder.repair_arrays import has_cycle


def test_has_cycle_on_head_offsets() -> None:
    assert not has_cycle(np.array([1, 0, -1, -2], dtype=np.int64))  # 0->1, 2->1, 3->1, 1 root
    assert has_cycle(np.array([1, 2, -1], dtype=np.int64))  # 1 points past the end
    assert has_cycle(np.array([1, -1, 0], dtype=np.int64))  # 0->1->0
    assert has_cycle(np.array([0, 1, 1, -1], dtype=np.int64))  # 2->3->2
    assert not has_cycle(np.array([], dtype=np.int64))
    long_chain = np.ones(1000, dtype=np.int64)
    long_chain[-1] = 0  # every token heads to the next, the last is the root
    assert not has_cycle(long_chain)
    long_chain[-1] = -999  # the last points back to the first: one loop over all
    assert has_cycle(long_chain)


def _cyclic_doc(nlp) -> Doc:
    # "valt" heads to "aan" and "aan" to "valt": no root on that chain
    return Doc(
        nlp.vocab,
        words=["Rusland", "valt", "Oekraïne", "aan", "."],
        heads=[1, 3, 1, 1, 1],
        deps=["nsubj", "ROOT", "obj", "compound:prt", "punct"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "PUNCT"],
        lemmas=["Rusland", "vallen", "Oekraïne", "aan", "."],
    )


def test_a_cyclic_tree_is_skipped_not_walked(nlp, caplog) -> None:
    from geoevents.transforms.coder import EventCoder

    coder = EventCoder(tokenizer=nlp.tokenizer)
    with caplog.at_level(logging.WARNING):
        assert coder.code_doc(_cyclic_doc(nlp), dt.date(2024, 1, 1)) == []
    assert "cycle" in caplog.text
    coder.strict = True
    with pytest.raises(ValueError, match="cycle"):
        coder.code_doc(_cyclic_doc(nlp), dt.date(2024, 1, 1))
