"""Who else takes part in a clause: co-agents ("samen met X"), the author a document speaks for,
targets by place, origin, owner or a coordinated clause, the causee of "laten", what makes an act
only intended (an intent adjective, a purpose clause), the state where an agentless act happened,
the sides of a "tussen" phrase, whether an object slot holds a thing, the subject and object of
an earlier clause and the "door" agent of an object noun. Mixed into ``_DocContext``."""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer import place_noun, town_noun
from . import actors as A
from .common import VERB_POS, Clause, Discourse, _bare_indirect_object, _uniq
from .lexicon import (
    ACCUSATION_VERBS,
    COND_MARKS,
    DOCUMENT_NOUNS,
    INTENT_ADJECTIVES,
    ISSUE_VERBS,
    JOURNEY_VERBS,
    OBJ_DEPS,
    PROPOSAL_VERBS,
    PROTEST_VERBS,
    SUBJ_DEPS,
)

# the end of a noun that names a part of a town or a walled-off area ("centrum", "moslimenclave")
PLACE_PARTS = ("centrum", "enclave")

CONDITION_MARKS = frozenset(COND_MARKS - {"of"})  # "of" asks whether: no condition
# verbs of a summons, and the offices where one is summoned: the office is who summons
SUMMON_VERBS = frozenset({"ontbieden", "roepen"})
# what a threat "met" them answers: an act against the one who threatens
RETALIATION_NOUNS = frozenset(
    {"vergelding", "wraak", "represaille", "represailles", "tegenmaatregel", "tegenmaatregelen"}
    | {"vergeldingsactie", "vergeldingsacties", "tegenaanval"}
)
SUMMON_OFFICES = ("ministerie", "departement", "kanselarij")
# word classes no phrase of an object holds: a phrase after one belongs elsewhere
BREAK_POS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ"})


class ParticipantsMixin:
    """Participants found beside a clause's subject and objects. Mixed into ``_DocContext``."""

    def _together_phrases(self, cl: Clause) -> list:
        """The "samen met X" phrases of a clause (not the particle of "samenwerken met"), and
        the companions of a journey ("Macron reist met Merz naar Kyiv")."""
        if A.norm_lemma(cl.head).startswith("samen"):
            return []
        out = []
        for d in cl.deps:
            if d.lower_ == "samen":
                out.extend(ch for ch in d.children if self.case_of(ch) == "met")
            elif self._together_with(cl, d) or self._companion(cl, d):
                out.append(d)
        return out

    def _together_with(self, cl: Clause, d) -> bool:
        """``d`` is a "met" phrase right after "samen" (a co-agent, no target)."""
        if self.case_of(d) != "met" or A.norm_lemma(cl.head).startswith("samen"):
            return False
        first = d.left_edge.i
        return first > 0 and self.toks[first - 1].lower_ == "samen"

    def _companion(self, cl: Clause, d) -> bool:
        """``d`` is the "met" phrase of a journey to a place ("reist met Zelensky naar
        Washington"): who travels along, no target."""
        return (
            self.case_of(d) == "met"
            and d.dep_ in ("obl", "obl:arg")
            and not self.lemmas_of(cl.head).isdisjoint(JOURNEY_VERBS)
            and any(self.case_of(x) == "naar" for x in cl.deps)
        )

    def _condition_subjects(self, v, disc: Discourse) -> list[A.Actor]:
        """A threat's target when it names none: who must meet its condition ("FNV dreigt met
        acties als het kabinet de AOW-leeftijd niet bevriest": the cabinet), read as the first
        actor within a few words after the condition's "als" (the parse of such clauses is
        often broken: "de" subject, "NAVO" oblique)."""
        toks = self.toks
        for m in v.subtree:
            if m.i <= v.i or m.pos_ != "SCONJ" or m.lower_ not in CONDITION_MARKS:
                continue
            for k in range(m.i + 1, min(m.i + 5, v.sent.end)):
                a = self.np_actor(toks[k])
                if a is not None and a.strong and a.key:
                    return [a]
            return []
        return []

    def _document_author(self, n, disc: Discourse, depth: int) -> list[A.Actor]:
        """Who speaks through a document subject: its "van" owner ("het rapport van de VN
        beschuldigt Israël") or the subject of the verb that adopted or issued it ("de Kamer nam
        een motie aan die het kabinet oproept ..."); none for other nouns."""
        lemma = A.norm_lemma(n)
        if n.pos_ not in ("NOUN", "PROPN") or lemma.rsplit("-", 1)[-1] not in DOCUMENT_NOUNS:
            return []
        for ch in n.children:
            if ch.dep_ == "nmod" and self.case_of(ch) == "van":
                return [a for a in self.actors_of(ch, disc) if a.strong]
        h = n.head
        if (
            n.dep_ == "obj"
            and h.pos_ in VERB_POS
            and depth < 3
            # "nam een resolutie aan": with its separable particle
            and not self.lemmas_with_particles(h).isdisjoint(ISSUE_VERBS)
        ):
            return [a for a in self.subjects(self.clause(h), disc, depth + 1)[0] if a.strong]
        return []

    def _target_place(self, tok, disc: Discourse) -> list[A.Actor]:
        """ "bombardeerden doelen in Kabul", "vallen posities bij Charkiv aan": an object that
        names no actor, placed in a town or country, is a target in that place (weak, for the
        verbs that may take a place)."""
        out: list[A.Actor] = []
        near = ("in", "bij", "rond", "nabij", "rondom")
        lemma = A.norm_lemma(tok)
        named_place = place_noun(lemma) or town_noun(lemma) or lemma.endswith(PLACE_PARTS)
        for ch in tok.children:
            if ch.dep_ == "nmod" and self.case_of(ch) in near:
                out.extend(self.actors_of(ch, disc, allow_weak=True))
            elif named_place and (
                (ch.dep_ == "nmod" and self.case_of(ch) == "van")
                or (
                    ch.dep_ in ("appos", "flat", "nmod")
                    and ch.pos_ == "PROPN"
                    and ch.i > tok.i
                    and self.case_of(ch) is None
                )
            ):
                # "het centrum van Rotterdam", "het Baskische stadje Guernica": the place named
                out.extend(self.actors_of(ch, disc, allow_weak=True))
        if not out:
            out = self._owner_place(tok, disc)
        if not out and tok.dep_ == "obj":
            # the parser may hang the place on the verb: "bombardeert doelen | in het zuiden
            # van Libanon" (the phrase right after the object)
            for ch in tok.head.children:
                if ch.dep_ == "obl" and ch.left_edge.i == tok.right_edge.i + 1:
                    if self.case_of(ch) in near:
                        out.extend(self.actors_of(ch, disc, allow_weak=True))
        return [a for a in out if a.country and not a.types]

    def _owner_place(self, tok, disc: Discourse) -> list[A.Actor]:
        """ "raakte de beschermkoepel van de kerncentrale van Tsjernobyl": a town or country at
        the end of the object's chain of "van" phrases (two deep at most) is the place struck."""
        frontier = [tok]
        for _ in range(2):
            nxt = [
                ch
                for t in frontier
                for ch in t.children
                if ch.dep_ == "nmod" and self.case_of(ch) == "van"
            ]
            for ch in nxt:
                if ch.pos_ == "PROPN":
                    found = [
                        a
                        for a in self.actors_of(ch, disc, allow_weak=True)
                        if a.country and not a.types
                    ]
                    if found:
                        return found
            frontier = [ch for ch in nxt if ch.pos_ in ("NOUN", "ADJ")]  # "kerncentrale": ADJ
        return []

    def _target_origin(self, tok, disc: Discourse) -> list[A.Actor]:
        """ "heffingen op producten uit de EU", "valt een boot uit Venezuela aan": goods, ships or
        planes that name no actor stand for the country they come from."""
        out: list[A.Actor] = []
        for ch in tok.children:
            if ch.dep_ == "nmod" and self.case_of(ch) == "uit" and tok.pos_ == "NOUN":
                out.extend(a for a in self.actors_of(ch, disc) if a.country or a.group)
        return out

    def causee(self, cl: Clause):
        """ "Napoleon liet Ney de geallieerden bestormen": the first of two objects of a causative
        infinitive is who acts, not the target; None when the clause is no such infinitive."""
        v = cl.head
        if v.dep_ != "xcomp" or A.norm_lemma(v.head) != "laten":
            return None
        bare = sorted(
            (d for d in cl.deps if d.dep_ == "obj" and self.case_of(d) is None), key=lambda t: t.i
        )
        return bare[0] if len(bare) >= 2 else None

    def _retaliation_target(self, cl: Clause, sources: list[A.Actor]) -> list[A.Actor]:
        """ "Hezbollah dreigt met vergelding": a threat of retaliation is aimed at whoever acted
        against the one who threatens: the country named on a hostile act in the clause's "na"
        phrase ("na de Amerikaanse aanvallen"), else the actor of the latest hostile event (roots
        11-20) of this sentence or the two before whose target is the threatener."""
        if not any(
            self.case_of(d) == "met" and A.norm_lemma(d) in RETALIATION_NOUNS for d in cl.deps
        ):
            return []
        homes = {s.key for s in sources if s.key}
        frames = [*cl.deps, *(ch for d in cl.deps for ch in d.children if ch.dep_ == "nmod")]
        for d in frames:
            if self.case_of(d) == "na":
                owners = [a for a in self._adjective_owner(d) if a.key not in homes]
                if owners:
                    return owners
        for s_idx, a, b, code in reversed(self.event_log):
            if self.sent_idx - s_idx > 2:
                break
            if "11" <= code[:2] <= "20" and b.key in homes and a.key not in homes:
                return [replace(a, anaphoric=True)]
        return []

    def _threatened_recipient(self, v, sources: list[A.Actor], disc: Discourse) -> list[A.Actor]:
        """ "Rusland dreigt de gasleveringen aan Duitsland te stoppen", "Gemeenten dreigen de
        jeugdzorg terug te geven aan het Rijk": a threat whose te-infinitive names no actor as
        its object is aimed at the one the act would reach: an "aan", "tegen" or "voor" phrase of
        the infinitive or of its object ("de gasleveringen aan Duitsland")."""
        # by phrase, not by key: a domestic threat is one ("gemeenten" and "het Rijk"), which the
        # row rules judge
        homes = {s.start_char for s in sources}
        out: list[A.Actor] = []
        for x in v.children:
            if x.dep_ != "xcomp" or x.pos_ != "VERB" or x.i < v.i:
                continue
            phrases = [d for d in x.children if d.dep_ in ("obl", "obl:arg")]
            phrases += [
                ch for d in x.children if d.dep_ == "obj" for ch in d.children if ch.dep_ == "nmod"
            ]
            for d in phrases:
                if self.case_of(d) in ("aan", "tegen", "voor"):
                    out.extend(
                        a for a in self.actors_of(d, disc) if a.strong and a.start_char not in homes
                    )
        return out

    def _conjunct_target(self, v, sources: list[A.Actor], disc: Discourse) -> list[A.Actor]:
        """ "Trump spreekt van een heksenjacht en dreigt Brazilië met heffingen": a disapproval
        with no target of its own is aimed at whom its coordinated clause acts against: the
        objects of a conjunct verb (or of that verb's infinitive: "en zegt vijf Indiase
        toestellen te hebben neergeschoten") with a hostile reading (roots 11-20)."""
        others = [c for c in v.children if c.dep_ == "conj" and c.pos_ in VERB_POS]
        if v.dep_ == "conj" and v.head.pos_ in VERB_POS:
            others.append(v.head)
        verbs = [
            *others,
            *(
                c
                for w in others
                for c in w.children
                if c.dep_ in ("xcomp", "obj") and c.pos_ == "VERB"
            ),
        ]
        homes = {s.key for s in sources}
        out: list[A.Actor] = []
        for w in verbs:
            cl = self.clause(w)
            if not any("11" <= p.code[:2] <= "20" for p in self.verb_predicates(w, cl)):
                continue
            out.extend(a for a in self._object_actors(cl, disc) if a.key not in homes)
        return out

    def _prefix_partner(self, cl: Clause, sources: list[A.Actor]) -> list[A.Actor]:
        """ "Georgië schort EU-toetredingsgesprekken op": talks "met" no one named, whose object
        is a compound led by an actor ("EU-", "NAVO-"), are talks with that actor."""
        homes = {s.key for s in sources}
        for d in cl.deps:
            if d.dep_ != "obj" or "-" not in d.text or self.case_of(d) is not None:
                continue
            a = self.np_actor(d)
            if a is not None and a.strong and a.key not in homes:
                return [a]
        return []

    def _adjective_owner(self, tok) -> list[A.Actor]:
        """ "protesteerde tegen de Duitse annexatie", "kritiek op het Chinese beleid": a country
        adjective on a policy or event noun in the target slot names whose act it is, and CAMEO
        codes the act against its owner."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        if not (self._policy_noun(tok) or self.noun_predicates(tok)):
            return []
        return self._adjective_countries(tok) or self._relative_owner(tok)

    def _relative_owner(self, tok) -> list[A.Actor]:
        """ "de heffingen die Trump heeft ingesteld", "het besluit dat de EU nam": the subject of
        a relative clause on a policy or act, the pronoun its object, is whose it is."""
        for rel in tok.children:
            if rel.dep_ != "acl:relcl":
                continue
            kids = list(rel.children)
            if not any(k.dep_ == "obj" and k.lower_ in ("die", "dat") for k in kids):
                continue  # "de sancties die gelden": the pronoun is the subject
            for k in kids:
                if k.dep_ == "nsubj":
                    a = self.np_actor(k)
                    if a is not None and a.strong and a.key:
                        return [a]
        return []

    def _adjective_countries(self, tok) -> list[A.Actor]:
        """The countries that country adjectives on ``tok`` name ("de Duitse annexatie", "onder
        Amerikaanse druk"), as actors."""
        out = []
        for ch in tok.children:
            if ch.dep_ != "amod":
                continue
            a = self.np_actor(ch)
            if a is not None and a.country and not a.types:
                out.append(replace(a, strong=True))
            elif a is None and "-" in ch.text:
                out.extend(self._joint_owners(ch))  # "de Amerikaans-Britse luchtaanvallen"
        return out

    def _inverted_condition(self, v) -> bool:
        """ "Mocht X winnen, dan zal hij ... stopzetten": no verb before the second comma is real."""
        unit, lowers = self.unit_of.get(v.i) or v.sent, self.lowers
        first = next((k for k in range(unit.start, unit.end) if self.pos_now[k] != "PUNCT"), v.i)
        return lowers[first] in ("mocht", "mochten") and lowers[first : v.i].count(",") < 2

    def _summoner(self, cl: Clause, disc: Discourse) -> list[A.Actor]:
        """ "De Russische ambassadeur is ontboden op het ministerie van Buitenlandse Zaken": in a
        passive summons with no "door" agent, the ministry it took place at summoned."""
        if not self.lemmas_of(cl.head) & SUMMON_VERBS:
            return []
        for d in cl.deps:
            if (
                d.dep_ in ("obl", "obl:arg")
                and self.case_of(d) in ("op", "naar", "bij")
                and A.norm_lemma(d).endswith(SUMMON_OFFICES)
            ):
                return self.actors_of(d, disc)
        return []

    def _court_of(self, cl: Clause, lin, disc: Discourse) -> list[A.Actor]:
        """ "Bolsonaro is veroordeeld tot 27 jaar cel", "Hasina bij verstek ter dood veroordeeld
        in Bangladesh": a ruling (CAMEO 116) with no "door" agent is a court's of the place the
        clause names (``_state_of_place``), else of the country of whom it is against."""
        homes = [a.country for a in self._state_of_place(cl, lin)] or [
            a.country
            for d in cl.deps
            if d.dep_ in ("nsubj:pass", "nsubj")
            for a in self.actors_of(d, disc)
            if a.country
        ]
        if not homes:
            return []
        v = cl.head
        court = A.make_actor(homes[0] + "JUD", self.c.d, f"{homes[0]} JUD", v.idx, v.idx + len(v))
        court.head_i = v.i
        court.inferred = True
        return [court]

    def _target_of_stand(self, cl: Clause, d, case: str) -> bool:
        """ "stemde tegen sancties tegen Rusland" with "tegen Rusland" hung on the verb: the
        phrase right after an act the subject takes a stand on is that act's own target."""
        for e in cl.deps:
            if e.right_edge.i + 1 == d.left_edge.i and self.case_of(e) in ("tegen", "voor"):
                p = self.noun_predicate_of(e.lemma_, e.text, e.i)
                return p is not None and case in p.targets
        return False

    def _intent_adjective_beside(self, v) -> bool:
        """ "dat hij bereid is Poetin te ontmoeten" parsed with "bereid" under the verb, or
        beside its te-infinitive under the verb of saying: an intent, as "is bereid ... te"."""
        if self.doc_lemmas.isdisjoint(INTENT_ADJECTIVES):
            return False  # most articles name no such adjective
        beside = (
            v.head.children if v.head.i != v.i and any(m.lower_ == "te" for m in v.children) else ()
        )
        return any(
            c.i < v.i
            and c.dep_ in ("advcl", "advmod", "xcomp", "ccomp")
            and A.norm_lemma(c) in INTENT_ADJECTIVES
            for c in (*v.children, *beside)
        )

    def _purpose_only(self, top, v) -> bool:
        """An "om ... te" purpose clause ``top`` says what the actor meant to do, not what
        happened ("legde sancties op om het Kremlin onder druk te zetten": no pressure event),
        except a protest, which the march is ("trokken naar Den Haag om te protesteren"), a
        proposal the parser hung as a purpose ("stelt voor om ... op te schorten") and a use of
        an occasion ("maakte gebruik van de situatie om X te bezetten")."""
        gov = top.head
        governs = self.lemmas_with_particles(gov)
        if self.lemmas_of(v) & PROTEST_VERBS or governs & PROPOSAL_VERBS:
            return False
        return not (
            "maken" in governs
            and any(
                c.lower_ == "gebruik" for c in gov.children if c.dep_ in ("obj", "compound:prt")
            )
        )

    def _verb_between(self, cl, disc: Discourse) -> list[A.Actor]:
        """Two or more distinct actors of a "tussen A en B" phrase on the verb, else none."""
        for d in cl.deps:
            if d.dep_ in ("obl", "obl:arg") and self.case_of(d) == "tussen":
                group = _uniq([a for a in self.actors_of(d, disc) if a.strong])
                return group if len(group) >= 2 else []
        return []

    def _accused_unknown(self, v, cl) -> bool:
        """An accusation whose object names no actor ("Rusland beschuldigt het Westen ervan
        Oekraïne te bewapenen"): the accused is that object, so an actor of the alleged act after
        it is no target."""
        return A.norm_lemma(v) in ACCUSATION_VERBS and any(
            d.dep_ == "obj"
            and d.pos_ in ("NOUN", "PROPN")
            and self.case_of(d) is None
            and self.np_actor(d) is None
            for d in cl.deps
        )

    def _thing_object(self, cl) -> bool:
        """The object slot holds a thing and no actor ("Te Londen zijn mededelingen ontvangen uit
        Haïti"): an actor elsewhere in the clause is not the object of an object-only predicate."""
        if not cl.passive and sum(d.dep_ in SUBJ_DEPS for d in cl.deps) >= 2:
            return False  # V2 order parsed as two subjects: the second is the (indirect) object
        agents = self.c.index.agents
        things = 0
        for d in cl.deps:
            if not (
                (d.dep_ in OBJ_DEPS and self.case_of(d) is None)
                or (cl.passive and d.dep_ == "nsubj:pass")
            ):
                continue
            low = d.lower_
            if d.pos_ != "NOUN" or any(w in agents for w in (low, low[:-1], low[:-2])):
                return False  # "een delegatie uit Egypte": a role noun may stand for its actor
            span = range(d.left_edge.i, d.right_edge.i + 1)
            if any(self.np_actor(self.toks[k]) is not None for k in span):
                return False
            nxt = d.right_edge.i + 1
            owner = self.toks[nxt].head if nxt < len(self.toks) else None
            if (
                owner is not None
                and self.toks[nxt].lower_ == "van"
                and owner.i > nxt
                and self._owner_is_target(d)
                and self.np_actor(owner) is not None
            ):
                return False  # "verwierp het plan van Barak", "van" hung on the verb
            lo, hi = sorted((cl.head.i, d.left_edge.i))
            if any(
                self.toks[k].pos_ == "PROPN" and self.np_actor(self.toks[k]) is not None
                for k in range(lo + 1, hi)
            ):
                return False  # "verwijt Verhofstadt besluiteloosheid": a bare indirect object
            if any(
                _bare_indirect_object(o, cl) and self.np_actor(o) is not None
                for o in cl.deps
                if lo < o.i < hi
            ):
                return False  # "zet Amerikaanse diplomaten het land uit"
            things += 1
        return things > 0

    def _state_of_place(self, cl, lin) -> list[A.Actor]:
        """The country of an "in"/"te" place on the verb, when exactly one country is named so
        (a capital too, though a seat after "in" is no actor of its own: "in Moskou")."""
        places = [
            a
            for pos, acts, prep in lin.chunks
            if prep in ("in", "te")
            for a in acts
            if a.country and not a.types and not a.group
        ]
        countries = {a.country for a in places}
        return places[:1] if len(countries) == 1 else []

    def _previous_clause(self, v, disc: Discourse) -> tuple[list[A.Actor], list[A.Actor]]:
        """Subject and object actors of the closest earlier verb in the sentence with an actor subject."""
        unit = self.unit_of.get(v.i) or v.sent
        for i in range(v.i - 1, unit.start - 1, -1):
            t = self.toks[i]
            if t.pos_ != "VERB":
                continue
            cl = self.clause(t)
            subj, _ = self.subjects(cl, disc)
            subj = [a for a in subj if a.strong]
            if subj:
                objs = [a for d in cl.deps if d.dep_ in OBJ_DEPS for a in self.actors_of(d, disc)]
                return subj, objs
        return [], []

    def _coordinated_prefix(self, toks: list) -> list:
        """The first subject plus those joined to it by "en"/","; the rest are misparsed objects."""
        if not toks:
            return toks
        out = [toks[0]]
        for t in toks[1:]:
            between = {self.toks[k].lower_ for k in range(out[-1].i + 1, t.i)}
            if between & {"en", ",", "of"}:
                out.append(t)
            else:
                break
        return out

    def _agent_of_object(self, cl: Clause, obj, disc: Discourse) -> list:
        """The "door" actor of an object noun that names an act: on the noun, or on the verb
        right after the noun's phrase, where the parser often hangs it."""
        if obj.pos_ != "NOUN" or cl.passive:
            return []
        # on the noun, or hung on its "van" phrase ("de inzet van de Nationale Garde door Trump")
        owners = [c for c in obj.children if c.dep_ == "nmod" and self.case_of(c) == "van"]
        for ch in (c for h in (obj, *owners) for c in h.children):
            if ch.dep_ in ("nmod", "obl") and self.case_of(ch) == "door":
                return [a for a in self.actors_of(ch, disc) if a.strong]
        for d in cl.deps:
            if (
                d.dep_ in ("obl", "obl:arg")
                and self.case_of(d) == "door"
                and d.i > obj.i
                # only the object's phrases between ("de moord op Nasrallah door Israël")
                and not any(
                    self.pos_now[i] in BREAK_POS for i in range(obj.right_edge.i + 1, d.left_edge.i)
                )
            ):
                return [a for a in self.actors_of(d, disc) if a.strong]
        return []
