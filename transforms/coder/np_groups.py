"""Coordinated actors: a phrase's conjuncts, and a role or owner shared over a list ("de
ambassades van Rwanda, de VS en Frankrijk"). Split from ``np_actors.py``."""

from __future__ import annotations

from dataclasses import replace

from . import actors as A
from .common import Discourse
from .towns import unlisted_town

# role nouns for one's counterparts: their "uit" countries are theirs
PEER_NOUNS = frozenset(
    {"collega", "ambtgenoot", "ambtsgenoot", "vertegenwoordiger", "afgevaardigde", "leider"}
    | {"regeringsleider", "staatshoofd", "gesprekspartner"}
)


class GroupsMixin:
    """The actors of a dependent token and its conjuncts. Mixed into ``_DocContext``."""

    def actors_of(self, tok, disc: Discourse, allow_weak: bool = False) -> list[A.Actor]:
        """Actors a dependent token refers to: itself and its conjuncts, with anaphora resolved."""
        out: list[A.Actor] = []
        first = None
        # "Verenigd Koninkrijk, Canada en Australië": conjuncts the parser hung on the name's
        # last word belong to the name's head
        named = [
            c for f in tok.children if f.dep_ == "flat" for c in f.children if c.dep_ == "conj"
        ]
        if tok.pos_ == "NOUN" and tok.lower_ != (tok.lemma_ or "").lower():
            # "de presidenten Kabila van Congo en Museveni van Oeganda": a plural role noun
            # names its people in an apposition list
            named += [c for ap in tok.children if ap.dep_ == "appos" for c in ap.conjuncts]
        elif self.has_kids[tok.i] and tok.pos_ == "NOUN":
            # "de Franse president Macron en de Duitse bondskanselier Merz": the parser hangs
            # the second actor on the first one's name, an apposition of the role noun
            named += [
                c
                for ap in tok.children
                if ap.dep_ == "appos" and ap.pos_ == "PROPN" and ap.i > tok.i
                for c in ap.children
                if c.dep_ == "conj" and c.i > ap.i
            ]
        for t in [tok, *tok.conjuncts, *named]:
            a = self.np_actor(t)
            if a is not None and first is not None and t.i != tok.i:
                a = self._shared_role(first, tok, t, a)
            if a is not None and (a.strong or allow_weak):
                out.append(a)
                out.extend(self._coordinated_adjectives(t, a))
                out.extend(self._coordinated_owners(t, a))
                first = first or a
                continue
            if a is None and allow_weak:
                a = unlisted_town(self, t)
                if a is not None:
                    out.append(a)
                    continue
            if a is None:
                out.extend(self.anaphor(t, disc))
        uniq: list[A.Actor] = []
        for a in out:
            if all(not (u.code == a.code and u.start_char == a.start_char) for u in uniq):
                uniq.append(a)
        return uniq

    def _coordinated_adjectives(self, head, a: A.Actor) -> list[A.Actor]:
        """ "door Amerikaanse en Britse troepen": the role noun holds for each coordinated
        country adjective before it (GBRMIL as well as USAMIL); so does a thing or act they
        own ("de Franse en Britse plannen")."""
        if not a.country or a.person or not self.has_kids[head.i]:
            return []
        if not a.types and head.pos_ != "NOUN":
            return []
        role = a.types[0] if a.types else ""
        out: list[A.Actor] = []
        adjectives = None  # read at the first adjective (most role nouns have none)
        for ch in head.children:
            if ch.dep_ not in ("amod", "nmod") or ch.pos_ != "ADJ" or ch.i > head.i:
                continue
            if adjectives is None:
                adjectives = [
                    o
                    for o in head.children
                    if o.dep_ == "amod"
                    and o.pos_ == "ADJ"
                    and o.i < head.i
                    and o.i in self.tok_mention
                ]
            # "De Franse en de Duitse minister": sibling adjectives joined by "en" count as conjuncts
            siblings = [
                o
                for o in adjectives
                if o.i != ch.i
                and "en" in {self.toks[k].lower_ for k in range(min(o.i, ch.i) + 1, max(o.i, ch.i))}
                and all(
                    self.toks[k].lower_ in ("en", "de", "het", ",")
                    for k in range(min(o.i, ch.i) + 1, max(o.i, ch.i))
                )
            ]
            for cj in [*ch.conjuncts, *siblings]:
                m = self.tok_mention.get(cj.i)
                if cj.i > head.i or m is None or m.entry.kind != A.ADJ:
                    continue
                if m.entry.code == a.country or any(o.country == m.entry.code for o in out):
                    continue
                end = cj.idx + len(cj.text)
                b = self.c._make_actor(m.entry.code + role, m.entry, cj.idx, end, a.strong)
                out.append(replace(b, head_i=a.head_i, agent_lemma=a.agent_lemma))
        return out

    def _coordinated_owners(self, head, a: A.Actor) -> list[A.Actor]:
        """ "de ambassades van Rwanda, de VS en Frankrijk": a role noun whose "van" country has
        conjoined countries holds for each of them (USAGOV and FRAGOV as well as RWAGOV); so
        does a thing or act they own ("het voorstel van de VS, Egypte en Qatar"), also when the
        owners are groups ("doelen van de Taliban en Al-Qaida": both are hit)."""
        if a.group and not a.person and head.pos_ == "NOUN":
            return self._coordinated_groups(head, a)
        if not a.country or a.person or (not a.types and head.pos_ != "NOUN"):
            return []
        role = a.types[0] if a.types else ""
        out: list[A.Actor] = []
        for ch in head.children:
            m = self.tok_mention.get(ch.i)
            if ch.dep_ != "nmod" or m is None or m.entry.kind != A.COUNTRY:
                continue
            case = self.case_of(ch)
            # peers "uit" the countries too: "zijn collega's uit Frankrijk, Duitsland en ..."
            # (not "diplomaten uit Niger", who may be anyone's, leaving)
            if case != "van" and not (case == "uit" and a.agent_lemma in PEER_NOUNS):
                continue
            for cj in ch.conjuncts:
                n = self.tok_mention.get(cj.i)
                if n is None or n.entry.kind != A.COUNTRY or n.entry.code == a.country:
                    continue
                if not role and m.entry.code != a.country:
                    break  # the noun's actor is not its owner
                b = self.c._make_actor(
                    n.entry.code + role, n.entry, cj.idx, cj.idx + len(cj.text), a.strong
                )
                out.append(replace(b, head_i=a.head_i, agent_lemma=a.agent_lemma))
        return out

    def _coordinated_groups(self, head, a: A.Actor) -> list[A.Actor]:
        """The conjoined owners of a thing a group owns ("stellingen van Hamas en de
        Islamitische Jihad"), each named by the dictionaries."""
        out: list[A.Actor] = []
        for ch in head.children:
            if ch.dep_ != "nmod" or ch.i not in self.tok_mention or self.case_of(ch) != "van":
                continue
            for cj in ch.conjuncts:
                b = self.np_actor(cj) if cj.i in self.tok_mention else None
                if b is not None and b.code != a.code and not b.person:
                    out.append(b)
        return out

    def _shared_role(self, first: A.Actor, head, conj, a: A.Actor) -> A.Actor:
        """ "de leiders van China en Rusland": a country conjoined right after the possessor of a
        plural role noun holds that role too (RUSGOV, not RUS)."""
        toks = self.toks
        if not (first.types and len(a.code) == 3 and a.country and conj.i >= 2):
            return a
        if toks[conj.i - 1].lower_ != "en" or head.lower_ == A.norm_lemma(head):
            return a
        prev = self.tok_mention.get(conj.i - 2)
        # back over a list of countries ("van Frankrijk, Duitsland en Italië") to the "van"
        while (
            prev is not None
            and prev.entry.kind == A.COUNTRY
            and prev.start >= 2
            and toks[prev.start - 1].text == ","
        ):
            prev = self.tok_mention.get(prev.start - 2)
        if prev is None or prev.entry.kind != A.COUNTRY or toks[prev.start - 1].lower_ != "van":
            return a
        return self._with_type(a, first.types[0])

    def likewise_sources(self, v, disc: Discourse, sources: list[A.Actor]) -> list[A.Actor]:
        """Actors that do the same as the subject, named in a "net als" phrase on the verb
        ("Argentinië verlaat de WHO, net als de Verenigde Staten"; "als" alone is a role: "Rutte
        als premier")."""
        out: list[A.Actor] = []
        have = {s.key for s in sources}
        for d in v.children:
            if d.dep_ not in ("obl", "parataxis", "advcl", "nmod") or d.i < v.i:
                continue
            marks = [c for c in d.children if c.dep_ in ("mark", "case") and c.lower_ == "als"]
            if not marks or marks[0].i == 0 or self.toks[marks[0].i - 1].lower_ != "net":
                continue
            out.extend(a for a in self.actors_of(d, disc) if a.strong and a.key not in have)
        return out
