"""Token columns for the parser repairs (``repairs*.py``): read once per Doc, read again only
after a repair changed it."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS, SENT_START

# the token columns the repairs read
COLUMNS = (DEP, HEAD, POS, LOWER, LEMMA, IS_PUNCT, IS_SPACE, SENT_START)
COLUMN_INDEX = {a: i for i, a in enumerate(COLUMNS)}
# the columns a repair can change: repairs set ``head``, ``dep_`` and ``pos_`` only (the
# sentence starts are read again too, in case a new head moves one); the lexical columns cost
# three times as much to read and stay as they were
MUTABLE = (DEP, HEAD, POS, SENT_START)
MUTABLE_ROWS = [COLUMN_INDEX[a] for a in MUTABLE]
_ROWS: dict[tuple[int, ...], list[int] | None] = {}  # attrs -> their rows in the kept columns


def _attr(doc, *attrs):
    """Columns of ``doc.to_array`` (C speed): the repairs look at Token objects only for the few
    candidates these select, since a Python pass over every token costs more than the coder.
    Inside ``kept_arrays(doc)`` the columns the repairs use are read once and kept until a
    repair reports a change (``forget_arrays``), and then only those a repair can change are
    read again: two dozen repairs, most of which change nothing, need not read them two dozen
    times. Outside it (a repair called on its own) every call reads afresh. Per thread, as
    runners may code in several threads. Returns one array per attribute (a list: unpack it,
    or ``np.array`` it for a block); the kept ones are read-only views (a copy of each costs
    more than most tests made of it), which a later re-read updates in place."""
    if getattr(_LOCAL, "doc", None) is not doc:
        return list(doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T)
    rows = _ROWS.get(attrs, _MISSING)
    if rows is _MISSING:
        rows = _ROWS[attrs] = (
            [COLUMN_INDEX[a] for a in attrs] if all(a in COLUMN_INDEX for a in attrs) else None
        )
    if rows is None:
        return list(doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T)
    cols = _LOCAL.cols
    if cols is None:
        cols = _LOCAL.cols = _columns(doc.to_array(list(COLUMNS)), len(doc))
    elif _LOCAL.stale:
        cols.flags.writeable = True
        cols[MUTABLE_ROWS] = doc.to_array(list(MUTABLE)).reshape(len(doc), len(MUTABLE)).T
        cols.flags.writeable = False
        _LOCAL.stale = False
    views = _LOCAL.views
    if views is None:
        views = _LOCAL.views = list(cols)
    return [views[r] for r in rows]


def _columns(arr, n: int):
    """``to_array``'s (tokens, columns) block as one contiguous row per column, read-only:
    ``_attr`` hands out views of it."""
    cols = np.array(arr.reshape(n, len(COLUMNS)).T, order="C")
    cols.flags.writeable = False
    return cols


@contextmanager
def kept_arrays(doc, block=None):
    """Let ``_attr`` keep ``doc``'s columns while the repairs run (the caller reports each
    change with ``forget_arrays``). ``block``: ``doc.to_array(COLUMNS)`` if the caller read it
    already (one read of more columns costs less than two)."""
    _LOCAL.doc, _LOCAL.stale, _LOCAL.views = doc, False, None
    _LOCAL.cols = None if block is None else _columns(block, len(doc))
    try:
        yield
    finally:
        _LOCAL.doc = _LOCAL.cols = _LOCAL.views = None


def forget_arrays() -> None:
    """A repair changed the Doc: read its changeable columns again."""
    _LOCAL.stale = True


def _sentence_starts(doc) -> list[int]:
    """``doc_arrays.sentence_starts`` from the kept columns (inside ``kept_arrays``)."""
    if len(doc) == 0:
        return []
    (start,) = _attr(doc, SENT_START)
    return [0, *((start[1:] == 1).nonzero()[0] + 1).tolist()]


def _ids(doc, words: frozenset[str]) -> frozenset[int]:
    """The string ids of ``words`` as token columns hold them, whether or not the vocabulary has
    seen each word yet (no token holds one it has not seen): kept per word set."""
    found = _IDS.get(words)
    if found is None:
        strings = doc.vocab.strings
        found = _IDS[words] = frozenset(strings[w] for w in words)
    return found


def _sid(doc, label: str) -> int:
    """The string id of a label, or -1 when the vocabulary has never seen it. A label's id is
    its hash in every vocabulary, so one found is kept (a StringStore test hashes it anew)."""
    found = _SIDS.get(label)
    if found is not None:
        return found
    strings = doc.vocab.strings
    if label not in strings:
        return -1
    found = _SIDS[label] = strings[label]
    return found


def _verb_above(tok):
    """The nearest verb at or above ``tok`` in the tree (``tok``'s root when there is none)."""
    verb = tok
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _verbal(pos):
    from spacy.symbols import AUX, VERB

    return (pos == VERB) | (pos == AUX)


_LOCAL = threading.local()
_MISSING = object()
_SIDS: dict[str, int] = {}
_IDS: dict[frozenset[str], frozenset[int]] = {}
