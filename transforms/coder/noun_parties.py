"""Participants of event nouns (split from ``nouns.py``): the parties "tussen" and "van" a
noun names, its target and place, and the tests ``code_noun`` asks of a noun and its verb."""

from __future__ import annotations

from . import actors as A
from .common import Discourse, _uniq
from .lexicon import (
    BUDGET_VERBS,
    NEG_WORDS,
    OBJ_DEPS,
)
from .linear import _Linear

# nouns of a clash that is armed (190) only when an armed party is in it: "de botsing tussen
# Trump en Zelensky", "gevechten tussen betogers en de politie" are no battle
CLASH_NOUNS = frozenset({"botsing", "gevecht", "straatgevecht", "schermutseling"})
# roles that do not fight battles: police, protesters, civilians, parties, courts (a named
# person neither: "Trump en Zelensky"); a government ("de autoriteiten") may command an army
UNARMED_TYPES = frozenset(
    {"COP", "OPP", "EDU", "CVL", "LAB", "BUS", "MED", "HRI", "REF", "JUD", "LEG", "PTY", "ELI"}
)

# nouns whose complement event has not happened: fear, risk, chance, rumour of it
UNREAL_NOUNS = frozenset(
    {
        "angst", "vrees", "kans", "risico", "dreiging", "gevaar", "bezorgdheid", "zorg",
        "scenario", "mogelijkheid", "speculatie", "gerucht", "geruchten", "verwachting",
        "voorbereiding", "voorbereidingen", "plan", "plannen", "oproep",
    }
)  # fmt: skip


def _unreal_word(t) -> bool:
    # the form too: the lemmatizer reads "vrees" as "vree"
    return A.norm_lemma(t) in UNREAL_NOUNS or t.lower_ in UNREAL_NOUNS


# nouns whose "met X" names a neighbour, not a party: "een oefening bij de grens met Polen"
BORDER_NOUNS = frozenset({"grens", "grenzen", "grensgebied", "grensstreek", "grensovergang"})


class NounPartiesMixin:
    """The parties and places of event nouns. Mixed into ``_DocContext`` through ``NounsMixin``."""

    def _between(self, n, disc: Discourse) -> list[A.Actor]:
        """Actors of a "tussen A en B" phrase on the event noun, or just after it in its clause
        when the parser hung the phrase on the verb ("Er zijn gevechten uitgebroken tussen A en
        B"); two or more distinct actors, else none."""
        for ch in n.children:
            if self.case_of(ch) == "tussen":
                group = _uniq(self.actors_of(ch, disc))
                if len(group) == 1:
                    # "gesprekken tussen Israël en Hamas" with Hamas parsed as a conjunct of the
                    # noun: the second party is the conjunct right after the phrase
                    nxt = [c for c in n.children if c.dep_ == "conj" and c.i > ch.i]
                    if nxt and self.toks[nxt[0].i - 1].lower_ == "en":
                        group = _uniq(group + self.actors_of(nxt[0], disc))
                return group if len(group) >= 2 else []
        if n.dep_ in ("nsubj", "nsubj:pass", "obj") and n.head.pos_ in ("VERB", "AUX"):
            # "Tussen Israël en Egypte zijn gesprekken begonnen": the phrase on the noun's verb
            for ch in n.head.children:
                if ch.dep_ in ("obl", "nmod") and self.case_of(ch) == "tussen":
                    group = _uniq(self.actors_of(ch, disc))
                    return group if len(group) >= 2 else []
        unit = self.unit_of.get(n.i) or n.sent
        if "tussen" not in self.lowers[unit.start : unit.end]:
            return []  # no "tussen" in the unit: no phrase of it (spares the window's actors)
        lin = _Linear(self, n, disc)
        for pos, acts, prep in lin.chunks:
            if pos > n.i and prep == "tussen":
                group = _uniq([a for a in acts if a.strong])
                return group if len(group) >= 2 else []
        return []

    def _van_pair(self, n, p, disc: Discourse) -> list[A.Actor]:
        """Two or more distinct actors coordinated in the "van" phrase of a reciprocal noun that
        has no target phrase of its own ("de top van Biden en Xi"), or right after it without a
        preposition, as headlines name them ("Ontmoeting Trump en Xi"), else none."""
        if any(self.case_of(ch) in p.targets for ch in n.children):
            return []
        for ch in n.children:
            if (ch.dep_ == "nmod" and self.case_of(ch) == "van") or (
                ch.i == n.i + 1
                and ch.pos_ == "PROPN"
                and ch.dep_ in ("appos", "flat", "nmod")
                and self.case_of(ch) is None
            ):
                group = self.actors_of(ch, disc)
                if not any(c.dep_ == "conj" for c in ch.children):
                    # the second owner parsed as a conjunct of the noun, as in ``_between``
                    nxt = [c for c in n.children if c.dep_ == "conj" and c.i > ch.i]
                    if not nxt or self.toks[nxt[0].i - 1].lower_ != "en":
                        return []
                    group = group + self.actors_of(nxt[0], disc)
                group = _uniq([a for a in group if a.strong])
                return group if len(group) >= 2 else []
        return []

    def _zijn_passive(self, v) -> bool:
        """ "is gearresteerd": "zijn" with the participle of a verb that takes an object, and no
        object, is a passive perfect."""
        return (
            A.norm_lemma(v) in self.c.obj_verbs
            and any(c.dep_ == "aux" and c.lemma_ == "zijn" for c in v.children)
            and not any(c.dep_ == "obj" for c in v.children)
        )

    def _negates_other(self, n, cl) -> bool:
        """ "De ontmoeting leverde geen doorbraak op": the subject event took place; only "geen"
        on another dependent negates the clause, no "niet"/"nooit" on the verb."""
        if n.dep_ not in ("nsubj", "nsubj:pass"):
            return False
        chain = {x.i for x in cl.chain}
        for t in self.toks[cl.head.sent.start : cl.head.sent.end]:
            if t.lower_ in NEG_WORDS and (t.head.i in chain or t.dep_ in ("advmod", "dep")):
                return False
        return any(
            ch.lower_ == "geen"
            for d in cl.deps
            if d.i != n.i and d.dep_ in ("obj", "obl", "obl:arg")
            for ch in d.children
        )

    def _unreal(self, n) -> bool:
        """An event noun in the phrase of a fear, risk or plan noun, also when the parser hung
        the phrase on the verb right after that noun ("het plan voor een bezoek ... werd")."""
        if n.dep_ in ("nmod", "obl") and _unreal_word(n.head):
            return True
        before = n.left_edge.i - 1
        return (
            before >= 0
            and self.case_of(n) in ("voor", "op", "van", "tot")
            and _unreal_word(self.toks[before])
        )

    def _ended_by(self, n, v) -> bool:
        """Whether every reading of verb ``v`` cued by noun ``n`` reduces relations (root 16:
        support withdrawn, cooperation suspended), so the noun's own act did not take place."""
        word = A.norm_lemma(n)
        prt = next((c.lower_ for c in v.children if c.dep_ == "compound:prt"), None)
        # the verb's lemma and those its word form may have ("trok": the tagger's lemma may be
        # "terugtrekken" while the particle says "intrekken"), as the verb's rows are read
        lemmas = {A.norm_lemma(v)} | {lem for lem, _ in self.c.form_lemma.get(v.lower_, ())}
        entries = []
        for lemma in lemmas:
            entries += self.c.verbs.get((lemma, None), ())
            if prt is not None:
                entries += self.c.verbs.get((lemma, prt), ())
        roots = {p.code[:2] for p in entries if any(word in alt for alt in p.cues)}
        return bool(roots) and roots <= {"16"}

    def _noun_target(self, ch, disc: Discourse, allow_weak: bool) -> list[A.Actor]:
        """The actors of an event noun's target phrase; for the nouns that may take a place, "een
        aanval op een school in Gaza": the target's place stands for its country."""
        found = self.actors_of(ch, disc, allow_weak=allow_weak)
        if not found and allow_weak:
            for g in ch.children:
                if g.dep_ in ("nmod", "obl") and self.case_of(g) in ("in", "te"):
                    found = self.actors_of(g, disc, allow_weak=True)
                    if found:
                        break
        return found

    def _hyphen_place(self, n) -> A.Actor | None:
        """The country of the place that leads a hyphenated noun ("Moskou-reis": RUS), from the
        index's table of first parts (which the mention matcher reads for "EU-leiders" but
        leaves places out of, so "Moskou-reis" is no mention), or None."""
        prefix = n.text.split("-", 1)[0]
        e = self.c.index.hyphen_parts.get(prefix)
        if e is None or e.kind not in (A.SEAT, A.COUNTRY, A.PLACE):
            return None
        return A.Actor(
            code=e.code,
            country=e.code,
            group=None,
            types=(),
            name=prefix.upper(),
            start_char=n.idx,
            end_char=n.idx + len(prefix),
            head_i=n.i,
            seat=e.kind == A.SEAT,
        )

    def _nested_place(self, n, disc: Discourse) -> list[A.Actor]:
        """ "Israëlische beschietingen nabij een distributiepunt voor hulpgoederen in Rafah": the
        first "in"/"te" place down the noun's own chain of modifiers (three phrases deep at
        most) is where the attack struck."""
        frontier = [c for c in n.children if c.dep_ == "nmod"]
        for _ in range(3):
            nxt = []
            for ch in frontier:
                if self.case_of(ch) in ("in", "te"):
                    found = self.actors_of(ch, disc, allow_weak=True)
                    if found:
                        return found
                nxt.extend(c for c in ch.children if c.dep_ == "nmod")
            frontier = nxt
        return []

    def _object_actors(self, cl, disc: Discourse) -> list[A.Actor]:
        """The strong actors of a clause's objects with no preposition."""
        return [
            a
            for d in cl.deps
            if d.dep_ in OBJ_DEPS and self.case_of(d) is None
            for a in self.actors_of(d, disc)
            if a.strong
        ]

    def _owner_of_target(self, n, van, p) -> bool:
        """A "van" phrase on event noun ``n`` that follows, right after it, a target phrase of
        ``n`` whose noun names no actor ("aanvallen op doelen | van de Taliban")."""
        for ch in n.children:
            if (
                ch.i < van.i
                and ch.dep_ in ("nmod", "obl")
                and self.case_of(ch) in p.targets
                and ch.right_edge.i + 1 == van.left_edge.i
                and ch.i not in self.tok_mention
                and self.np_actor(ch) is None
            ):
                return True
        return False

    def _joint_owners(self, adj) -> list[A.Actor]:
        """ "de Amerikaans-Britse luchtaanvallen", "de Frans-Duitse voorstellen": each part of a
        hyphenated adjective that is a country's adjective owns the act (no part may be
        anything else: "Frans-Belgische grens" holds two, "Oost-Europese" none)."""
        out = []
        for part in adj.text.split("-"):
            entries = [
                e
                for toks, e in self.c.index.first.get(part, ())
                if len(toks) == 1 and e.kind == A.ADJ
            ]
            if not entries:
                entries = [
                    e
                    for toks, e in self.c.index.first.get(part + "e", ())
                    if len(toks) == 1 and e.kind == A.ADJ
                ]
            if not entries:
                return []
            e = entries[0]
            out.append(self.c._make_actor(e.code, e, adj.idx, adj.idx + len(adj.text)))
        return out if len({a.code for a in out}) >= 2 else []

    def _of_a_later_noun(self, n, i: int) -> bool:
        """The phrase at ``i`` modifies a noun of its own after ``n``: "tijdens de top blokkeerde
        Orbán de opening van de onderhandelingen met Oekraïne" (the talks', not the summit's)."""
        head = self.toks[i].head
        return (
            self.toks[i].dep_ == "nmod"
            and head.pos_ == "NOUN"
            and head.i > n.i
            and not n.is_ancestor(head)  # "een steunpakket van 1,3 miljard dollar voor Colombia"
        )

    def _on_border(self, i: int) -> bool:
        """The phrase at ``i`` is parsed as a border's neighbour ("bij de grens met Polen")."""
        head = self.toks[i].head
        return head.i < i and A.norm_lemma(head) in BORDER_NOUNS

    def _unarmed_clash(self, n, p, parties: list[A.Actor]) -> bool:
        """A clash noun coded as fighting whose parties are all named people or unarmed roles
        (police, protesters): a quarrel or a riot, no armed clash ("met elkaar in botsing")."""
        return (
            p.code[:2] == "19"
            and bool(parties)
            and A.norm_lemma(n) in CLASH_NOUNS
            and all(
                a.people or a.person or (a.types and not a.group and set(a.types) <= UNARMED_TYPES)
                for a in parties
            )
        )

    def _budget_verb(self, v) -> bool:
        """A verb that sets money aside ("trekt ... uit", "maakt ... vrij", "reserveert")."""
        return bool(BUDGET_VERBS & self.lemmas_with_particles(v))
