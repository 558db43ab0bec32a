"""Per-document state of the coder, assembled from the concern modules."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from . import actors as A
from .anaphora import AnaphoraMixin
from .backers import BackersMixin
from .clauses import ClausesMixin
from .coding import CodingMixin
from .common import Clause, _case, _verb_like
from .demands import DemandsMixin
from .doc_arrays import NOT_VERBS, _DocArrays, _LazyTokens, _UnitOf
from .frames import FramesMixin
from .headlines import HeadlinesMixin
from .homes import HomesMixin
from .nouns import NounsMixin
from .np_actors import ActorsMixin
from .np_groups import GroupsMixin
from .participants import ParticipantsMixin
from .predicates import PredicatesMixin
from .rows import RowsMixin

if TYPE_CHECKING:
    from .coder import EventCoder
    from .dictionaries import Predicate

_MISSING = object()


class _DocContext(
    ActorsMixin,
    GroupsMixin,
    HomesMixin,
    AnaphoraMixin,
    ClausesMixin,
    FramesMixin,
    ParticipantsMixin,
    PredicatesMixin,
    CodingMixin,
    HeadlinesMixin,
    DemandsMixin,
    NounsMixin,
    BackersMixin,
    RowsMixin,
):
    """Per-document state: mentions, cached noun-phrase actors, discourse memory."""

    def __init__(
        self,
        coder: EventCoder,
        doc,
        date: dt.date,
        tok_mention: dict[int, A.Mention],
        toks: _LazyTokens,
        arrays: _DocArrays,
        feed_country: str | None = None,
    ):
        self.c = coder
        self.feed_country = feed_country
        self._article_home: dict[int, tuple[str | None]] = {}  # per sentence end
        self.doc = doc
        self.loc_ents: list | None = None  # the NER places, read at the first use (towns.py)
        self._head_col = arrays.head_col  # for has_kids
        self.toks = toks
        self.texts = toks.texts
        self.tok_starts: list[int] = arrays.starts
        self.lowers = arrays.lowers
        self.lemmas = arrays.lemmas  # Token.lemma_ (the repairs leave lemmas alone)
        # coarse tags for all tokens: code_sentence picks verbs and nouns without Token objects
        self.pos = arrays.pos
        self.pos_now = arrays.pos_now  # Token.pos_ of every token, as the repairs left it
        self.nominal = arrays.nominal  # tokens tagged NOUN, PROPN, X or ADJ (``pos``)
        self.cop_heads = arrays.cop_heads  # tokens with a ``cop`` dependent
        self.det_heads = arrays.det_heads  # tokens with a "het"/"dit"/"dat" determiner
        self.te_heads = arrays.te_heads  # verbs with a "te" (``mark``) of their own
        self.mark_heads = arrays.mark_heads  # tokens with a ``mark`` of their own
        self.te_governors = arrays.te_governors  # heads of the verbs in te_heads
        self.ent_cols = (arrays.ent_iob, arrays.ent_type)  # NER columns (no repair changes them)
        self.clause_cache: dict[int, Clause] = {}
        self.sent_words: set[str] = set()
        self.joined_words: set[str] | None = None  # the sent_words ``joined`` was built from
        self.joined = ""
        self.cue_memo: dict[int, bool] = {}  # id(entry) -> _cue_ok on ``joined_words``
        self.lemmas_cache: dict[int, frozenset[str]] = {}  # token index -> lemmas_of
        self.forms_cache: dict[int, frozenset[str]] = {}  # token index -> cue word forms
        self.window_cache: dict[int, list[int]] = {}  # token index -> its clause window
        self.noun_row_cache: dict[
            int, Predicate | None
        ] = {}  # token index -> its cued noun row or None
        self.case_cache: dict[int, str | None] = {}  # token index -> case_of
        self.has_words: dict[str, bool] = {}  # word -> in the doc (clauses.has_word)
        self.date = date
        self.tok_mention = tok_mention
        self.np_cache: dict[int, A.Actor | None] = {}
        # names the dictionaries lack, introduced with a role or kind earlier in the article
        # ("minister Geert Lambert"): full name and surname, lower case -> the role's actor
        self.named_roles: dict[str, A.Actor] = {}
        self._name_tokens: set[int] | None = None  # tokens of PER and ORG entities, read once
        self._name_list: list[int] = []  # the same, in order
        self._name_spots: dict[str, list[int]] | None = None  # word -> its name tokens
        self.sent_idx = 0
        self.mentions: list[A.Mention] = []
        self.unit_of = _UnitOf()  # token index -> unit, set by code_doc
        self.home_cache: dict[int, str | None] = {}
        self.countries_cache: dict[int, set[str | None]] = {}  # by sentence start
        self.bound_cache: dict[int, set[str]] = {}  # homes._bound_for, by sentence start
        self.mention_starts: list[int] = []
        self.ments_cache: dict[tuple[int, int], list[A.Mention]] = {}  # mentions_in
        self.disc = None  # the article's Discourse while its sentences are coded
        # (sentence index, actor1, actor2, code) of each event row made so far, in article order:
        # what "de aanval" or "het besluit" of a later sentence may point back to
        # (``anaphora.py``), and whom a threat of retaliation is aimed at (``participants.py``)
        self.event_log: list[tuple[int, A.Actor, A.Actor, str]] = []
        # the current sentence's verbs by index: whether each coded an event (``code_sentence``)
        self.verb_events_now: dict[int, bool] = {}

    @property
    def name_tokens(self) -> set[int]:
        """Tokens of the NER's PER and ORG entities: the names the memory of ``np_actors`` keeps
        (people and organisations introduced with a role or a kind: "de Franse vakbond X")."""
        if self._name_tokens is None:
            self._read_names()
        return self._name_tokens

    @property
    def name_list(self) -> list[int]:
        """``name_tokens`` in document order."""
        if self._name_tokens is None:
            self._read_names()
        return self._name_list

    def _read_names(self) -> None:
        # one array read per doc: building ``doc.ents`` Spans costs more than the coder's whole
        # use of them
        doc = self.doc
        types = self.ent_cols[1]
        if types is None:
            types = doc.to_array("ENT_TYPE")
        strings = doc.vocab.strings
        self._name_list = np.flatnonzero(
            (types == strings["PER"]) | (types == strings["ORG"])
        ).tolist()
        self._name_tokens = set(self._name_list)

    def case_of(self, t) -> str | None:
        """``common._case`` (the preposition of a phrase), kept per token: the coder asks it of
        the same dependents again and again, and a leaf (most tokens) has none."""
        found = self.case_cache.get(t.i, _MISSING)
        if found is _MISSING:
            found = self.case_cache[t.i] = _case(t) if self.has_kids[t.i] else None
        return found

    def verb_like_at(self, i: int) -> bool:
        """``common._verb_like`` of token ``i``, its Token made only for the tags that need one
        (``pos_now`` is what ``Token.pos_`` says): asked of every verb form in a sentence."""
        return self.pos_now[i] not in NOT_VERBS and _verb_like(self.toks[i])

    @cached_property
    def doc_lemmas(self) -> frozenset[str]:
        """Every lemma of the Doc as ``A.norm_lemma`` reads it: rare words are looked for here
        before a walk over a clause's tokens."""
        return frozenset(x.lower().replace("_", "") for x in set(self.lemmas))

    @cached_property
    def has_kids(self) -> list[bool]:
        """Whether each token heads another (``next(Token.children, None) is not None``), from
        the repaired heads: asked of every dependent of every coded verb, where a children
        generator per dependent costs more than this list per doc."""
        rel = self._head_col
        found = np.zeros(len(rel), dtype=bool)
        found[(rel + np.arange(len(rel)))[rel != 0]] = True
        return found.tolist()

    # ------------------------------------------------------------------ actors
