"""Token data read once per Doc as arrays (forms, lower case, tags, sentence starts)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS
from spacy.symbols import ADJ, NOUN, PROPN, X

from .repair_arrays import COLUMN_INDEX, COLUMNS

STRING_MEMO_SIZE = 500_000


class _StringMemo(dict):
    """String hash -> string. A dict hit costs a fraction of a StringStore lookup, which decodes
    the string anew each time; hashes are the same in every vocabulary, so one memo serves all.
    """

    def __init__(self, size: int = STRING_MEMO_SIZE) -> None:
        super().__init__()
        self.size = size
        self.strings = None

    def read(self, doc, ids: list[int]) -> list[str]:
        if len(self) >= self.size:
            self.clear()
        self.strings = doc.vocab.strings
        return list(map(self.__getitem__, ids))

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key]
        return value

    def read_unlike(self, doc, col, like_col, like: list[str]) -> list[str]:
        """The strings of ``col``, where most ids are those of ``like_col`` (whose strings are
        ``like``): only the ids that differ are looked up."""
        out = list(like)
        differ = (col != like_col).nonzero()[0].tolist()
        for i, found in zip(differ, self.read(doc, col[differ].tolist()), strict=True):
            out[i] = found
        return out

    def read_tags(self, doc, col) -> list[str]:
        """Strings of a column of coarse tags: their ids are spaCy's symbols (small integers),
        so a table indexed by id gives the whole column at C speed, where a lookup per token
        in this memo costs several times more."""
        if not len(col) or int(col.max()) >= TAG_TABLE_SIZE:
            return self.read(doc, col.tolist())
        if not _TAG_KNOWN[col].all():
            for k in col[~_TAG_KNOWN[col]].tolist():
                _TAG_NAMES[k] = doc.vocab.strings[k]
                _TAG_KNOWN[k] = True
        return _TAG_NAMES[col].tolist()


TAG_TABLE_SIZE = 1024  # above every symbol id
_TAG_NAMES = np.full(TAG_TABLE_SIZE, None, dtype=object)
_TAG_KNOWN = np.zeros(TAG_TABLE_SIZE, dtype=bool)


# tags ``common._verb_like`` rejects before it reads a Token: read from ``pos_now`` instead
NOT_VERBS = frozenset({"DET", "ADP", "PUNCT", "PRON", "CCONJ", "SCONJ", "NUM"})

MORPH_MEMO_SIZE = 20_000
_FEATURES: dict[tuple[int, str], list[str]] = {}


def morph_get(tok, field: str) -> list[str]:
    """``tok.morph.get(field)``, kept per (analysis, field): the analysis is parsed anew on every
    call (~1.7 us, twenty times a label), and news uses a few hundred analyses. The list is
    shared: read it, never change it."""
    morph = tok.morph
    key = (morph.key, field)
    found = _FEATURES.get(key)
    if found is None:
        if len(_FEATURES) >= MORPH_MEMO_SIZE:
            _FEATURES.clear()
        found = _FEATURES[key] = morph.get(field)
    return found


class _LazyTokens:
    """Token objects created on first access: most tokens of an article are never looked at.

    The word forms (``texts``) are read for all tokens at once: the coder scans them for names.
    """

    __slots__ = ("doc", "cache", "texts")

    def __init__(self, doc, texts: list[str]):
        self.doc = doc
        self.cache: list = [None] * len(doc)
        self.texts = texts

    def __len__(self) -> int:
        return len(self.cache)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.cache)))]
        t = self.cache[i]
        if t is None:
            t = self.cache[i] = self.doc[i]
        return t


END_PUNCT = {".", "!", "?", ":", ";", '"', "'", "”", "»", "’", "“"}

# determiners that make an infinitive a noun: "beschuldigd van het steunen van terrorisme"
NOMINAL_ARTICLES = ("het", "dit", "dat")

_LABEL_IDS: list[int] = []


def _label_ids(doc) -> list[int]:
    """String ids of "cop", "det", "mark", "te" and the nominal articles (a string's id is its
    hash in every vocabulary): looked up once."""
    if not _LABEL_IDS:
        strings = doc.vocab.strings
        _LABEL_IDS.extend(strings[w] for w in ("cop", "det", "mark", "te", *NOMINAL_ARTICLES))
    return _LABEL_IDS


class _DocArrays:
    """What the coder reads for every token, from one ``to_array`` call: word forms, lower-case
    forms, lemmas, coarse tags and character offsets. ``pos`` is read before the parse repairs,
    ``pos_now`` (``read_repaired``) after them: it is what ``Token.pos_`` says while coding.
    ``block``: the parse repairs' columns (``repair_arrays.COLUMNS``) of the same read, as
    ``doc.to_array`` gives them; one read of all costs less than two. ``ent_iob`` and
    ``ent_type``: the NER columns of the same read, for the places (``towns.loc_entities``) and
    the names (``_DocContext.name_tokens``): no repair changes them."""

    __slots__ = (
        "texts",
        "lowers",
        "lemmas",
        "pos",
        "starts",
        "pos_now",
        "block",
        "cop_heads",
        "det_heads",
        "te_heads",
        "mark_heads",
        "te_governors",
        "head_col",
        "pos_col",
        "nominal",
        "ent_iob",
        "ent_type",
    )

    def __init__(self, doc, memo: _StringMemo) -> None:
        self.pos_now: list[str] = []
        self.pos_col = None
        self.nominal: list[int] = []
        self.block = None
        self.cop_heads: frozenset[int] = frozenset()
        self.det_heads: frozenset[int] = frozenset()
        self.te_heads: frozenset[int] = frozenset()
        self.mark_heads: frozenset[int] = frozenset()
        self.te_governors: frozenset[int] = frozenset()
        self.head_col = None  # HEAD after the repairs (read_repaired)
        self.ent_iob = self.ent_type = None
        if len(doc) == 0:
            self.texts, self.lowers, self.lemmas, self.pos, self.starts = [], [], [], [], []
            return
        n_cols = len(COLUMNS) + 4
        block = doc.to_array([ORTH, IDX, *COLUMNS, ENT_IOB, ENT_TYPE]).reshape(len(doc), n_cols)
        self.block = block[:, 2 : 2 + len(COLUMNS)]
        self.ent_iob, self.ent_type = block[:, -2], block[:, -1]
        self.texts = memo.read(doc, block[:, 0].tolist())
        self.starts = block[:, 1].tolist()
        # most words are written in lower case and are their own lemma: only the other
        # lower-case forms and lemmas are looked up
        self.lowers = memo.read_unlike(
            doc, block[:, 2 + COLUMN_INDEX[LOWER]], block[:, 0], self.texts
        )
        self.lemmas = memo.read_unlike(
            doc, block[:, 2 + COLUMN_INDEX[LEMMA]], block[:, 0], self.texts
        )
        self.pos_col = tags = block[:, 2 + COLUMN_INDEX[POS]]
        self.pos = memo.read_tags(doc, tags)
        # nouns and adjectives as tagged (``pos``): the only words that can be event nouns
        self.nominal = (
            ((tags == NOUN) | (tags == PROPN) | (tags == X) | (tags == ADJ)).nonzero()[0].tolist()
        )

    def read_repaired(self, doc, memo: _StringMemo, cols=None) -> None:
        """Coarse tags after the repairs (which retag a few tokens), without Token objects;
        ``pos`` itself when no tag changed. ``cols``: the rows ``POS``, ``DEP``, ``HEAD``,
        ``LOWER`` if the repairs kept them (else read here)."""
        if not len(doc):
            self.pos_now = []
            return
        if cols is None:
            cols = doc.to_array([POS, DEP, HEAD, LOWER]).T
        same = np.array_equal(cols[0], self.pos_col)
        self.pos_now = self.pos if same else memo.read_tags(doc, cols[0])
        # heads of a copula and of the article of a nominal infinitive ("het steunen van"): tests
        # the coder makes of every verb and adjective (a walk over a Token's children costs a
        # Token per child)
        cop, det, mark, te, *articles = _label_ids(doc)
        dep = cols[1]
        at_cop = (dep == cop).nonzero()[0]
        heads = self.head_col = cols[2].astype("int64")
        self.cop_heads = frozenset((heads[at_cop] + at_cop).tolist())
        low = cols[3]
        nominal = (low == articles[0]) | (low == articles[1]) | (low == articles[2])
        at_det = ((dep == det) & nominal).nonzero()[0]
        self.det_heads = frozenset((heads[at_det] + at_det).tolist())
        # tokens with a subordinator ("mark") of their own, and verbs with a "te" (every clause
        # asks both of its verb)
        at_mark = ((dep == mark) & (heads != 0)).nonzero()[0]
        self.mark_heads = frozenset((heads[at_mark] + at_mark).tolist())
        at_te = at_mark[low[at_mark] == te]
        infinitives = heads[at_te] + at_te
        self.te_heads = frozenset(infinitives.tolist())
        # the heads of those verbs: only they can have a particle stranded before one
        self.te_governors = frozenset((heads[infinitives] + infinitives).tolist())


def sentence_starts(doc) -> list[int]:
    """Token index of each sentence's first token, as ``doc.sents`` splits them.

    Read from the SENT_START array, so a Doc without sentence boundaries (a pipeline with
    neither parser nor sentencizer) is one sentence where ``doc.sents`` would raise.
    """
    if len(doc) == 0:
        return []
    return starts_of_column(doc.to_array("SENT_START"))


def starts_of_column(flags) -> list[int]:
    """``sentence_starts`` from a doc's ``SENT_START`` column (the repairs keep one)."""
    return [0, *((flags[1:] == 1).nonzero()[0] + 1).tolist()]


class _Unit:
    """A unit's token range (``start``, ``end``): the coder reads little else, so the Span
    (``doc[start:end]``, a few microseconds each) is made only when something else is asked."""

    __slots__ = ("doc", "start", "end", "_span")

    def __init__(self, doc, start: int, end: int) -> None:
        self.doc, self.start, self.end, self._span = doc, start, end, None

    @property
    def span(self):
        if self._span is None:
            self._span = self.doc[self.start : self.end]
        return self._span

    def __getattr__(self, name: str):
        return getattr(self.span, name)

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self):
        return iter(self.span)

    def __getitem__(self, i):
        return self.span[i]


class _UnitOf(list):
    """Token index -> its unit (None for white space outside every unit), read as a dict is
    (``unit_of.get(i)``): a list of a doc's length is filled by slices, where a dict costs an
    insertion per token."""

    __slots__ = ()
    get = list.__getitem__


def _units(starts: list[int], doc, texts: list[str]) -> list[_Unit]:
    """Sentences, re-joined where the parser split inside one (a span not ending in punctuation),
    but never across a line break: a title ("Rusland dreigt Oekraïne\n\n") or a paragraph
    without a full stop is a unit of its own. A span of white space alone is no unit."""
    n = len(doc)
    units = []
    start = None
    for s_start, s_end in zip(starts, [*starts[1:], n]):
        if start is None:
            if texts[s_start].isspace() and all(texts[k].isspace() for k in range(s_start, s_end)):
                continue
            start = s_start
        if (
            texts[s_end - 1] in END_PUNCT
            or "\n" in texts[s_end - 1]
            or (s_end < n and "\n" in texts[s_end])
            or s_end - start > 80
            or s_end == n
        ):
            units.append(_Unit(doc, start, s_end))
            start = None
    if start is not None:
        units.append(_Unit(doc, start, n))
    return units
