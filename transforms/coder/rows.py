"""Row building: actor pairs of one predicate into GDELT-shaped event rows."""

from __future__ import annotations

import bisect
import itertools

from . import actors as A
from .common import CODER_VERSION, _to_intent, _uniq, coordinated
from .dictionaries import Predicate
from .lexicon import FORCE_ROOTS, QUANTITY_NOUNS, STATE_TYPES

# words of an exception before a target: "behalve (voor) China", "uitgezonderd China"
EXCEPT_WORDS = frozenset({"behalve", "uitgezonderd", "behoudens"})
EXCEPT_LINKS = frozenset({"voor", "aan", "tegen", "met", "op", "de", "het", "in", "uit"})


class RowsMixin:
    """Row building: actor pairs of one predicate into GDELT-shaped event rows. Mixed into ``_DocContext``."""

    def _emit(
        self, p: Predicate, code, sources, targets, recip, ev_tok, cl, conf, subj_toks
    ) -> list[dict]:
        pairs: list[tuple[A.Actor, A.Actor, str]] = []
        sym = "sym" in p.flags
        if recip or (sym and not targets):
            group = _uniq(sources)
            if len(group) >= 2:
                for a, b in itertools.permutations(group, 2):
                    pairs.append((a, b, code))
        elif p.reverse and not targets and len(_uniq(sources)) >= 2:
            # "Met een staatsbezoek onderstreepten China en Rusland": first-named visits, the other hosts
            group = _uniq(sources)
            for b in group[1:]:
                pairs.append((group[0], b, code))
                pairs.append(
                    (
                        b,
                        group[0],
                        _to_intent(p.reverse) if cl is not None and cl.intent else p.reverse,
                    )
                )
        elif "recv" in p.flags:
            # "Oekraïne kreeg steun van de VS": the target gives, the subject receives
            for a in sources:
                for b in targets:
                    pairs.append((b, a, code))
                    if p.reverse:
                        pairs.append((a, b, p.reverse))
        else:
            for a in sources:
                for b in targets:
                    pairs.append((a, b, code))
                    if sym and code[:2] not in ("12", "16") and not (cl is not None and cl.intent):
                        # "A schort de gesprekken met B op" is A's act (16), "A weigert met B te
                        # praten" A's refusal (12), "A is bereid B te ontmoeten" A's intent (03):
                        # only "A en B" is mutual
                        pairs.append((b, a, code))
                    elif p.reverse and (b.strong or p.kind == "N"):
                        rev = p.reverse
                        if cl is not None and cl.intent:
                            rev = _to_intent(rev) or rev
                        pairs.append((b, a, rev))
        # sources against targets (not the pairs of one group acting together or on each other)
        crossed = bool(targets) and not recip and "recv" not in p.flags
        rows = []
        for a, b, c in pairs:
            if a.key is None and b.key is None:
                continue
            if crossed and self._conjuncts(a, b):
                continue  # "steunden Duitsland en Italië de nationalisten": they act together
            if a.code == b.code and a.code.startswith("IGO") and a.start_char != b.start_char:
                continue  # one organisation named twice ("Blix zei tegen de Veiligheidsraad")
            if a.code == b.code and a.start_char == b.start_char:
                continue  # one phrase read twice ("de Deensche regering" as source and target)
            if a.key == b.key and self._one_phrase(a, b):
                continue  # "paus Paulus V": a title and its name are one person
            two_people = bool(a.person and b.person and a.person != b.person)
            if (
                a.key == b.key
                and not two_people
                and not _people_and_state(a, b)
                and not _state_against_role(a, b, c)
                # a place as target, also a capital taken or attacked ("Syrische rebellen
                # nemen Damascus in": the seat of government is a place to a 'place' verb)
                and not (
                    _state_against_role(b, a, c)
                    and (not b.strong or (b.seat and "place" in p.flags and c[:2] in FORCE_ROOTS))
                )
                and not _organ_against_person(a, b, c)
                and (not a.types or not b.types or (a.code == b.code and _same_entity(a, b)))
            ):
                # domestic events need two named people, two roles (COLREB -> COLGOV) or two
                # different actors of one role (a minister -> the premier: ISRGOV -> ISRGOV)
                continue
            if not b.strong and "place" not in p.flags:
                continue
            if crossed and self._excepted(b):
                continue  # "schortte de heffingen op, behalve voor China": China is spared
            if c[:3] in VISIT_CODES and (
                self._crowd(a)
                or self._crowd(b)
                or _traveller(a.agent_lemma)
                or _traveller(b.agent_lemma)
            ):
                # "Duizenden Oekraïners kwamen naar Polen": a people moving is migration, not a
                # visit; "Russische toeristen bezoeken Turkije" is travel, not diplomacy
                continue
            if c[:2] == "01" and "MED" in b.types:
                # "Tegen de Spaanse krant El País zei hij dat ...": an interview is no statement
                # to a political actor (the guidelines' actors are states, officials, groups)
                continue
            rows.append(self._row(a, b, c, p, ev_tok, conf))
        if rows and (sym or p.reverse):
            self._remember_pair(pairs)
        return rows

    def _remember_pair(self, pairs: list[tuple[A.Actor, A.Actor, str]]) -> None:
        """The two sides of a mutual event ("Biden ontmoette Xi", "bezoek aan China") are a
        pair later sentences name as "de twee", "beide landen" or "ze", as a coordinated pair
        is ("Biden en Xi")."""
        disc = getattr(self, "disc", None)
        sides = _uniq([x for a, b, _ in pairs for x in (a, b) if x.strong and x.key])
        if disc is None or len(sides) != 2 or sides[0].key == sides[1].key:
            return
        keys = {x.key for x in sides}
        if not (disc.groups and {x.key for x in disc.groups[-1][1]} == keys):
            disc.groups.append((self.sent_idx, sides))

    def _excepted(self, b: A.Actor) -> bool:
        """The target is named in an exception ("behalve (voor) China", "met uitzondering van
        China", "uitgezonderd China"): the act leaves it out."""
        if b.anaphoric:
            return False
        k = bisect.bisect_left(self.tok_starts, b.start_char)
        before = [w for w in self.lowers[max(0, k - 4) : k] if not w.isspace()][-3:]
        if not before:
            return False
        if before[-1] in EXCEPT_WORDS:
            return True
        if len(before) >= 2 and before[-2] in EXCEPT_WORDS and before[-1] in EXCEPT_LINKS:
            return True
        return before[-3:] in (["met", "uitzondering", "van"], ["uitgezonderd", "voor", "de"])

    def _conjuncts(self, a: A.Actor, b: A.Actor) -> bool:
        """Two actors named side by side in one coordination ("Duitsland en Italië", "de Britse
        en de Ierse regering"): they act together, neither on the other."""
        if a.anaphoric or b.anaphoric:
            return False
        first, second = (a, b) if a.start_char < b.start_char else (b, a)
        if first.end_char > second.start_char:
            return False
        # the words between them, from the token columns (``Doc.text`` builds every Token)
        lo = bisect.bisect_left(self.tok_starts, first.end_char)
        hi = bisect.bisect_left(self.tok_starts, second.start_char)
        words = [w for w in self.lowers[lo:hi] if not w.isspace()]
        return coordinated(words)

    def _one_phrase(self, a: A.Actor, b: A.Actor) -> bool:
        """Two actors named by one noun phrase: a title and the name beside it ("paus Paul V")."""
        if a.head_i < 0 or b.head_i < 0:
            return False

        def phrase_head(t):
            while t.dep_ in ("appos", "flat", "flat:name") and t.head.i != t.i:
                t = t.head
            return t.i

        return phrase_head(self.toks[a.head_i]) == phrase_head(self.toks[b.head_i])

    def _crowd(self, a: A.Actor) -> bool:
        """A country's people named by a bare, counted or listed demonym, with no role ("duizenden
        Oekraïners", "Italianen en Polen"); "de Amerikanen" may be a delegation and is kept."""
        if a.types or a.head_i < 0:
            return False
        h = self.toks[a.head_i]
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if not a.people:
            # "Polen" is Poland and the Poles: listed among peoples, it is the people
            group = [h, *h.conjuncts]
            if not any(t.i != a.head_i and (p := self.np_actor(t)) and p.people for t in group):
                return False
        dets = {ch.lower_ for ch in h.children if ch.dep_ == "det"}
        counted = any(
            ch.dep_ in ("nummod", "amod", "det") and ch.pos_ == "NUM" for ch in h.children
        )
        counted = counted or (h.dep_ == "nmod" and h.head.lower_ in QUANTITY_NOUNS)
        # three peoples or more are populations ("de Italianen, Hongaren en Polen die naar
        # Vlaanderen kwamen"): delegations are named by their role
        listed = len(h.conjuncts) >= 2
        return counted or listed or not (dets & {"de", "het", "die", "deze"})

    def _row(self, a: A.Actor, b: A.Actor, code: str, p: Predicate, ev_tok, conf: int) -> dict:
        ec = self.c.d.event_codes[code]
        lemma = p.lemma if not p.particle else f"{p.lemma} {p.particle}"
        c = conf
        if a.anaphoric or b.anaphoric:
            c -= 15
        if a.inferred or b.inferred:
            c -= 15
        if not b.strong:
            c -= 15
        row = {
            "sentence_index": 0,
            "event_code": ec.code,
            "event_base_code": ec.base,
            "event_root_code": ec.root,
            "quad_class": ec.quad_class,
            "goldstein_scale": ec.goldstein,
            "action_start_char": ev_tok.idx,
            "action_end_char": ev_tok.idx + len(ev_tok.text),
            "predicate_lemma": lemma,
            "is_root_event": False,
            "confidence": max(10, min(100, c)),
            "coder_version": CODER_VERSION,
            "actor_from_feed": a.from_feed or b.from_feed,
        }
        for n, act in (("actor1", a), ("actor2", b)):
            row[f"{n}_code"] = act.code
            row[f"{n}_name"] = act.name
            row[f"{n}_country_code"] = act.country
            row[f"{n}_known_group_code"] = act.group
            for k in range(3):
                row[f"{n}_type{k + 1}_code"] = act.types[k] if len(act.types) > k else None
            row[f"{n}_start_char"] = act.start_char
            row[f"{n}_end_char"] = act.end_char
        self.event_log.append((self.sent_idx, a, b, ec.code))
        return row


def _same_entity(a: A.Actor, b: A.Actor) -> bool:
    """Two actors of one code are one entity unless they are different people, or a person and
    an office, or two different offices ("president Peking" and "president China" are one)."""
    if a.person or b.person:
        return a.person == b.person
    return (a.agent_lemma or a.name) == (b.agent_lemma or b.name)


VISIT_CODES = frozenset({"042", "043"})
# private travellers and people who move to live or work: their visits are no political event
# ("de EU-burgers die zich hier vestigden", "gastarbeiders kwamen naar Vlaanderen")
TRAVELLERS = frozenset(
    {"toerist", "reiziger", "vakantieganger", "pelgrim", "passagier", "bezoeker", "dagjesmens"}
    | {"burger", "inwoner", "migrant", "immigrant", "emigrant", "gastarbeider", "arbeider"}
    | {"werknemer", "vluchteling", "asielzoeker", "student", "kolonist"}
)


def _traveller(lemma: str | None) -> bool:
    """A traveller's or migrant's role, also as the last part of a compound ("EU-burger",
    "arbeidsmigrant")."""
    if not lemma:
        return False
    last = lemma.rsplit("-", 1)[-1]
    return any(last.endswith(w) for w in TRAVELLERS)


CONFLICT_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
ORGAN_TYPES = frozenset({"GOV", "COP", "JUD", "MIL", "SPY", "LEG"})  # who acts for a state


def _state_against_role(a: A.Actor, b: A.Actor, code: str) -> bool:
    """A state and one of its own officials, parties or groups in conflict ("Turkije arresteert
    de burgemeester van Istanbul": TUR 173 TURGOV), as GDELT codes it; only conflictual roots and
    a side with a role. The other way round only for a place as target ("Syrische rebellen
    veroveren Aleppo": SYRREB 192 SYR)."""
    return (
        code[:2] in CONFLICT_ROOTS
        and not a.types
        and not a.people
        and not a.person
        and bool(b.types)
        and not (a.inferred or b.inferred)  # a role given the sentence's country is no evidence
    )


def _organ_against_person(a: A.Actor, b: A.Actor, code: str) -> bool:
    """A state's organ against a named person of its own country who holds no role there
    ("Milosevic werd door de Servische politie gearresteerd" in 2001: SRBCOP 173 SRB), as GDELT
    codes arrests, trials and attacks on citizens; conflictual roots only."""
    return (
        code[:2] in CONFLICT_ROOTS
        and bool(set(a.types) & ORGAN_TYPES)
        and bool(b.person)
        and not b.types
        and not a.person
        and not (a.inferred or b.inferred)
    )


def _people_and_state(a: A.Actor, b: A.Actor) -> bool:
    """A people and its own state's role ("Georgiërs demonstreren tegen de regering"): a domestic
    event although only one side has a role."""
    return (a.people and not a.types and bool(set(b.types) & STATE_TYPES)) or (
        b.people and not b.types and bool(set(a.types) & STATE_TYPES)
    )
