"""Token columns for the parser repairs (``repairs*.py``): read once per Doc, read again only
after a repair changed it."""

from __future__ import annotations

import threading
from contextlib import contextmanager

from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS, SENT_START

# the token columns the repairs read
COLUMNS = (DEP, HEAD, POS, LOWER, LEMMA, IS_PUNCT, IS_SPACE, SENT_START)
COLUMN_INDEX = {a: i for i, a in enumerate(COLUMNS)}


def _attr(doc, *attrs):
    """Columns of ``doc.to_array`` (C speed): the repairs look at Token objects only for the few
    candidates these select, since a Python pass over every token costs more than the coder.
    Inside ``kept_arrays(doc)`` the columns the repairs use are read once and kept until a
    repair reports a change (``forget_arrays``): two dozen repairs, most of which change nothing,
    need not read them two dozen times. Outside it (a repair called on its own) every call
    reads afresh. Per thread, as runners may code in several threads."""
    if getattr(_LOCAL, "doc", None) is not doc:
        return doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T
    arr = getattr(_LOCAL, "arr", None)
    if arr is None:
        arr = _LOCAL.arr = doc.to_array(list(COLUMNS)).reshape(len(doc), len(COLUMNS))
    if all(a in COLUMN_INDEX for a in attrs):
        return arr[:, [COLUMN_INDEX[a] for a in attrs]].T
    return doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T


@contextmanager
def kept_arrays(doc):
    """Let ``_attr`` keep ``doc``'s columns while the repairs run (the caller reports each
    change with ``forget_arrays``)."""
    _LOCAL.doc, _LOCAL.arr = doc, None
    try:
        yield
    finally:
        _LOCAL.doc = _LOCAL.arr = None


def forget_arrays() -> None:
    """A repair changed the Doc: read its columns again."""
    _LOCAL.arr = None


def _sid(doc, label: str) -> int:
    """The string id of a label, or -1 when the vocabulary has never seen it."""
    strings = doc.vocab.strings
    return strings[label] if label in strings else -1


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
