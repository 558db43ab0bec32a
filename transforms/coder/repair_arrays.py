"""Token columns for the parser repairs (``repairs*.py``): read once per Doc, read again only
after a repair changed it."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import AUX, VERB

# the token columns the repairs read
COLUMNS = (DEP, HEAD, POS, LOWER, LEMMA, IS_SPACE, SENT_START)
COLUMN_INDEX = {a: i for i, a in enumerate(COLUMNS)}
# the columns a repair can change: repairs set ``head``, ``dep_`` and ``pos_`` only (the
# sentence starts are read again too, in case a new head moves one); the lexical columns cost
# three times as much to read and stay as they were
MUTABLE = (DEP, HEAD, POS, SENT_START)
MUTABLE_ROWS = frozenset(COLUMN_INDEX[a] for a in MUTABLE)
_ROWS: dict[tuple[int, ...], list[int] | None] = {}  # attrs -> their rows in the kept columns


def _attr(doc, *attrs):
    """Columns of ``doc.to_array`` (C speed): the repairs look at Token objects only for the few
    candidates these select, since a Python pass over every token costs more than the coder.
    Inside ``kept_arrays(doc)`` the columns the repairs use are read once and kept until a
    repair reports a change (``forget_arrays``), and then only those a repair can change are
    read again, all in one call when a repair next asks for one of them (``to_array`` costs
    mostly per call): two dozen repairs, most of which change nothing, need not read them two
    dozen times. Outside it (a
    repair called on its own) every call reads afresh. Per thread, as runners may code in
    several threads. Returns one array per attribute (a list or tuple: unpack it, or
    ``np.array`` it for a block); the kept ones are read-only views (a copy of each costs more than most tests
    made of it), which a later re-read updates in place, so the views handed out for a set of
    attributes are kept too (a repair asks for its columns once per article)."""
    kept = getattr(_LOCAL, "kept", None)
    if kept is None or kept.doc is not doc:
        return list(doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T)
    found = kept.lists.get(attrs)
    stale = kept.stale
    if found is not None and (not stale or stale.isdisjoint(found[0])):
        return found[1]
    rows = _ROWS.get(attrs, _MISSING)
    if rows is _MISSING:
        rows = _ROWS[attrs] = (
            [COLUMN_INDEX[a] for a in attrs] if all(a in COLUMN_INDEX for a in attrs) else None
        )
    if rows is None:
        return list(doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T)
    cols = kept.cols
    if cols is None:
        cols = kept.cols = _columns(doc.to_array(list(COLUMNS)), len(doc))
    elif stale and not stale.isdisjoint(rows):
        # every stale row at once: a read costs mostly per call, and the next repairs ask for
        # the others (the Doc changes only where a repair reports it: ``forget_arrays``)
        stale_rows = sorted(stale)
        fresh = doc.to_array([COLUMNS[r] for r in stale_rows]).reshape(len(doc), len(stale_rows)).T
        cols.flags.writeable = True
        cols[stale_rows] = fresh
        cols.flags.writeable = False
        kept.stale = frozenset()
    views = kept.views
    if views is None:
        views = kept.views = list(cols)
    found = tuple(views[r] for r in rows)
    kept.lists[attrs] = (rows, found)
    return found


class _Kept:
    """What ``_attr`` keeps of the Doc the repairs run on (``kept_arrays``): one object per
    thread, so that each call reads one thread-local attribute."""

    __slots__ = ("doc", "cols", "views", "lists", "stale")

    def __init__(self, doc, cols) -> None:
        self.doc, self.cols, self.views = doc, cols, None
        self.lists: dict[tuple, tuple] = {}  # attrs -> (their rows, the views handed out)
        self.stale: frozenset[int] = frozenset()  # rows to read again when next asked


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
    _LOCAL.kept = _Kept(doc, None if block is None else _columns(block, len(doc)))
    try:
        yield
    finally:
        _LOCAL.kept = None


def patch_arrays(doc, touched: list[int], heads_moved: bool) -> None:
    """A repair changed the head, label or tag of the tokens ``touched`` only: set those
    entries of the kept columns from the tokens instead of reading whole columns again (the
    first repair changes almost every article: its title's line break). A moved head may move
    sentence starts anywhere, so those are read again when asked."""
    kept = getattr(_LOCAL, "kept", None)
    if kept is None or kept.doc is not doc or kept.cols is None:
        forget_arrays()
        return
    cols = kept.cols
    dep_row, head_row, pos_row = COLUMN_INDEX[DEP], COLUMN_INDEX[HEAD], COLUMN_INDEX[POS]
    cols.flags.writeable = True
    for i in set(touched):
        t = doc[i]
        cols[dep_row, i] = t.dep
        cols[head_row, i] = (t.head.i - i) % 2**64  # as to_array stores a signed offset
        cols[pos_row, i] = t.pos
    cols.flags.writeable = False
    if heads_moved:
        kept.stale = kept.stale | {COLUMN_INDEX[SENT_START]}


def forget_arrays() -> None:
    """A repair changed the Doc: read its changeable columns again (``_attr``, when asked)."""
    kept = getattr(_LOCAL, "kept", None)
    if kept is not None:
        kept.stale = MUTABLE_ROWS


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


def has_cycle(head) -> bool:
    """Whether a ``HEAD`` column (signed offsets, as ``doc.to_array`` gives them) has a token
    whose chain of heads never reaches a root: the repairs and the coder walk up the tree, and
    on a cycle they would never return (``_unrooted``)."""
    return len(head) > 0 and bool(_unrooted(head).any())


def _unrooted(head) -> np.ndarray:
    """Mask of the tokens whose chain of heads (a ``HEAD`` column of signed offsets) never
    reaches a root: the tokens of a cycle, every token below one, and a head outside the doc.
    Pointer doubling: after k rounds every token points 2**k steps up its chain, so with
    2**k >= len(doc) every chain that ends has reached its root (its own head). A root is its
    own head, so once every token points at one (a sentence's tree is rarely deeper than
    ``EARLY_DEPTH``) more rounds change nothing: the walk stops there."""
    n = len(head)
    first = np.arange(n, dtype=np.int64) + np.asarray(head).astype(np.int64)
    outside = (first < 0) | (first >= n)
    first = np.where(outside, np.arange(n, dtype=np.int64), first)
    up, steps = first, 1
    while steps < n:
        up = up[up]
        steps *= 2
        if steps == EARLY_DEPTH and steps < n and bool((first[up] == up).all()):
            break
    return (first[up] != up) | outside


EARLY_DEPTH = 16  # chain length after which ``_unrooted`` asks once whether all are rooted


def restore_cyclic_sentences(doc, block) -> int:
    """Give each sentence of the parser's tree that holds a cycle the repairs made its parser's
    heads, labels and tags back (``block``: the ``COLUMNS`` rows read before the repairs, one row
    per token), so one misrepaired sentence costs its own repairs, not the article's events.
    Sentences are the parser's (``SENT_START`` of ``block``), each a tree of its own; a token
    elsewhere that a repair hung into one still ends at its root. Changes ``doc`` in place;
    returns the number of sentences restored."""
    n = len(doc)
    if n == 0:
        return 0
    cols = doc.to_array([DEP, HEAD, POS]).reshape(n, 3)
    bad = _unrooted(cols[:, 1])
    if not bad.any():
        return 0
    starts = block[:, COLUMN_INDEX[SENT_START]].astype(np.int64) == 1
    starts[0] = True
    sent = np.cumsum(starts) - 1
    hit = np.isin(sent, np.unique(sent[bad]))
    orig = block[:, [COLUMN_INDEX[DEP], COLUMN_INDEX[HEAD], COLUMN_INDEX[POS]]]
    cols[hit] = orig[hit]
    doc.from_array([DEP, HEAD, POS], cols)
    forget_arrays()
    return int(np.unique(sent[bad]).size)


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


def _one_of(column, values):
    """Where ``column`` holds one of a few ``values`` (cheaper than ``np.isin`` for so few)."""
    values = tuple(values)
    if not values:
        return np.zeros(len(column), dtype=bool)
    out = column == values[0]  # a new array: the first comparison is the start, not zeros
    for v in values[1:]:
        out |= column == v
    return out


def _where_words(doc, lower, words) -> list[int]:
    """The tokens whose ``LOWER`` id is that of one of ``words``, in order: one comparison per
    word, so pass the few an article holds (``np.isin`` costs more than the whole repair)."""
    ids = [k for k in (_sid(doc, w) for w in words) if k != -1]
    return _one_of(lower, ids).nonzero()[0].tolist()


def _in_ids(column, ids: frozenset[int]):
    """Where ``column`` holds one of the many string ``ids`` (a dictionary's word list): a
    binary search in the ids sorted once per set, where a set test per token costs a Python
    int and a hash each."""
    kept = _SORTED.get(id(ids))
    if kept is None or kept[0] is not ids:  # kept per set object (the set kept with it)
        if len(_SORTED) >= 16:
            _SORTED.clear()
        kept = _SORTED[id(ids)] = (ids, np.array(sorted(ids), dtype=np.uint64))
    table = kept[1]
    if not len(table) or not len(column):
        return np.zeros(len(column), dtype=bool)
    at = np.minimum(np.searchsorted(table, column), len(table) - 1)
    return table[at] == column


def _verbal(pos):

    return (pos == VERB) | (pos == AUX)


_LOCAL = threading.local()
_MISSING = object()
_SIDS: dict[str, int] = {}
_IDS: dict[frozenset[str], frozenset[int]] = {}
_SORTED: dict[int, tuple[frozenset[int], np.ndarray]] = {}  # (_in_ids)


def _role_as_noun(t, agent_like) -> bool:
    """Retag ``t`` a noun when, read as one, it is a role noun (``agent_like``); else leave its
    tag as it was. Returns whether it was retagged."""
    old_pos = t.pos_
    t.pos_ = "NOUN"
    if agent_like(t):
        return True
    t.pos_ = old_pos
    return False
