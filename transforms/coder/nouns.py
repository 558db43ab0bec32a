"""Event nouns: "de aanval van Rusland op Oekraïne", "gesprekken tussen A en B"."""

from __future__ import annotations

from dataclasses import replace

from . import actors as A
from .common import PREPOSITIONS, Discourse, _to_intent
from .lexicon import (
    AIRCRAFT,
    ANSWER_VERBS,
    ATTEMPT_VERBS,
    CANCEL_VERBS,
    CASUALTY_WORDS,
    CONTENT_VERBS,
    EXPECTATION_VERBS,
    FORCE_ROOTS,
    LIGHT_VERBS,
    REQUEST_VERBS,
    SEPARABLE_CANCEL,
    VIOLENT_ROOTS,
    WARNING_VERBS,
    threat_code,
)
from .linear import _Linear
from .morph import separable_forms, verb_forms
from .noun_parties import NounPartiesMixin
from .nouns_frames import NounFramesMixin

# the prepositions of what one hopes for or works towards ("hopen op", "streven naar", "werken
# aan", "pleiten voor", "komen tot")
EXPECTED_CASES = frozenset({"op", "naar", "aan", "voor", "tot"})
# forms of the light verbs, as the lemmatizer may leave them ("verhoogt")
LIGHT_FORMS = frozenset(form for verb in LIGHT_VERBS for form in verb_forms(verb))
# forms of the cancel verbs, as the lemmatizer may leave them ("uitgesteld")
CANCEL_FORMS = frozenset(
    form
    for verb in CANCEL_VERBS
    for form in verb_forms(verb)
    | (
        separable_forms(verb[len(SEPARABLE_CANCEL[verb]) :], SEPARABLE_CANCEL[verb])
        if verb in SEPARABLE_CANCEL
        else set()
    )
)
ARTICLES = {"een", "de", "het", "den", "eene"}
# nouns that are a clash between groups and a collision between vehicles
COLLISION_NOUNS = {"botsing", "aanvaring"}
# the head noun a vehicle's compound ends in ("spionagevliegtuig", "straaljager", "vrachtauto")
VEHICLES = (*AIRCRAFT, "schip", "boot", "fregat", "onderzeeër", "tanker", "auto", "trein", "jager")


# verbs of travel and presence: a meeting noun in their "voor" phrase is what the subject came for
TRAVEL_VERBS = frozenset(
    {"reizen", "gaan", "komen", "vertrekken", "aankomen", "arriveren", "vliegen", "zijn"}
)
# nouns of forces sent somewhere: "de inzet van troepen in Irak" is no attack on Irak (only
# "tegen" names whom they fight)
DEPLOYMENT_NOUNS = frozenset({"inzet"})


# talks of two ("in een telefoongesprek"), not gatherings of many ("bij de top")
TWO_PARTY_TALKS = ("gesprek", "ontmoeting", "onderhoud", "overleg")


class NounsMixin(NounFramesMixin, NounPartiesMixin):
    """Event nouns and their participants. Mixed into ``_DocContext``."""

    def _expected_only(self, n, rel, gov, disc: Discourse) -> bool:
        """ "De VS hopen op een akkoord tussen Israël en Hamas", "Waarnemers vrezen een oorlog
        tussen India en Pakistan", "Qatar probeert een bestand tussen A en B te bereiken": the
        event noun is what is hoped for, feared or worked towards, not what took place. Trying
        or wanting ("De EU wil een akkoord tussen Servië en Kosovo") unrealises only a relation
        between others: "Rusland wil een akkoord met Oekraïne" stays Russia's intent (03)."""
        if rel.dep_ not in ("obj", "obl", "obl:arg"):
            return False
        if rel.dep_ != "obj" and self.case_of(rel) not in EXPECTED_CASES:
            return False  # "Na de ontmoeting tussen A en B is er hoop": a time, not the hope
        if self.lemmas_with_particles(gov) & EXPECTATION_VERBS:
            return True
        wanters = [gov] if self.lemmas_of(gov) & ATTEMPT_VERBS else []
        if gov.dep_ in ("xcomp", "ccomp", "advcl") and self.lemmas_of(gov.head) & ATTEMPT_VERBS:
            wanters.append(gov.head)
        if not wanters:
            return False
        between = self._between(n, disc)
        if not between:
            return False
        parties = {a.key for a in between}
        for w in wanters:
            subjects = self.subjects(self.clause(w), disc)[0]
            if subjects and all(s.key not in parties for s in subjects):
                return True
        return False

    def code_noun(self, n, disc: Discourse, verb_events: dict[int, bool]) -> list[dict]:
        preds = self.noun_predicates(n)
        if not preds:
            return []
        p = preds[0]
        if self.has_kids[n.i] and any(ch.text.lower() == "geen" for ch in n.children):
            return []
        if self._unreal(n):
            return []  # "de angst voor een Russische inval", "de kans op een aanval": not (yet) real
        # "na afloop van een gesprek met X": the phase noun stands in the clause for the event
        frame = self.phase_frame(n)
        rel = frame if frame is not None else n
        rcase = self.phase_case(frame) if frame is not None else self.case_of(n)
        head = rel.head
        if (
            rel.dep_ == "xcomp"
            and verb_events.get(head.i)
            and A.norm_lemma(n) in self.c.cue_words(A.norm_lemma(head))
        ):
            # "gaan akkoord met een wapenstilstand": the light verb's reading is the event; an
            # object noun may be another ("kondigde een bestand aan tussen A en B")
            return []
        gov = (
            rel.head
            if rel.dep_ in ("obj", "obl", "obl:arg", "nsubj", "nsubj:pass", "nmod", "conj")
            or (rel.dep_ == "xcomp" and rcase)  # a prepositional phrase parsed as xcomp
            else None
        )
        if (
            gov is not None
            and n.dep_ == "obj"
            and verb_events.get(gov.i)
            and self._ended_by(n, gov)
        ):
            # "trekt haar steun aan het kabinet in": the verb's own reading (162) says the
            # noun's act was ended; no second, contrary event (051)
            return []
        gov_clause = None
        code = p.code
        if gov is not None and (
            gov.pos_ in ("VERB", "AUX")
            # "Rubio is in Riyad voor overleg": a place with a copula heads the clause
            or (rel.dep_ in ("obl", "nmod") and any(ch.dep_ == "cop" for ch in gov.children))
        ):
            gov_clause = self.clause(gov)
            if (gov_clause.negated and not self._negates_other(n, gov_clause)) or not (
                gov_clause.asserted
            ):
                return []
            if gov_clause.intent:
                code = _to_intent(code) or code
            if rel.dep_ in ("obj", "nsubj", "nsubj:pass") and (
                self.lemmas_of(gov) & CANCEL_VERBS or gov.lower_ in CANCEL_FORMS
            ):
                return []  # "het bezoek van Xi aan Parijs werd uitgesteld": no visit took place
            if (
                rcase == "aan"
                and A.norm_lemma(gov) == "maken"
                and any(ch.dep_ == "obj" and ch.lower_ == "einde" for ch in gov.children)
            ):
                return []  # "maakte een einde aan de gesprekken met X": they end, none take place
            if (
                rel.dep_ == "obj"
                or (rel.dep_ in ("obl", "obl:arg") and rcase in ("tot", "om", "op"))
            ) and self.lemmas_of(gov) & REQUEST_VERBS:
                return []  # "roepen op tot een akkoord tussen A en B": only asked for
            if rcase == "voor" and self.lemmas_of(gov) & WARNING_VERBS:
                return []  # "waarschuwt burgers voor reizen naar Japan": no visit
            if self._expected_only(n, rel, gov, disc):
                return []
            if self.lemmas_of(gov) & CONTENT_VERBS:
                # "dreigt met sancties tegen Oostenrijk", "beschuldigt X van aanvallen": the noun
                # is what is threatened or alleged; a threat of it is a 13 code, an allegation none
                code = threat_code(code) if A.norm_lemma(gov) == "dreigen" else None
                if code is None:
                    return []
        allow_weak = "place" in p.flags
        between = self._between(n, disc)
        if (
            between
            and A.norm_lemma(n) in COLLISION_NOUNS
            and all((a.agent_lemma or "").endswith(VEHICLES) for a in between)
        ):
            return []  # "de botsing tussen een Amerikaans vliegtuig en een Chinese straaljager"
        if self._unarmed_clash(n, p, between):
            return []
        if between:
            # "de gevechten tussen het leger en de rebellen": a relation between two actors is
            # reciprocal whatever the noun (fighting, talks, conflict)
            return self._emit(p, code, between, [], True, n, gov_clause, 55, [])
        sources: list[A.Actor] = []
        targets: list[A.Actor] = []
        if gov_clause is None or not gov_clause.intent:
            nlin = _Linear(self, n, disc)
            if nlin.negated or not nlin.asserted:
                return []
            if nlin.intent:
                code = _to_intent(code) or code
        if "sym" in p.flags or p.code == "040":
            pair = self._van_pair(n, p, disc)
            if pair:
                # "de ontmoeting van Biden en Xi": the owners of a reciprocal act meet each other
                return self._emit(p, code, pair, [], True, n, gov_clause, 55, [])
        for ch in n.children:
            a = None
            if ch.dep_ in ("amod", "nmod:poss", "compound", "flat"):
                a = self.np_actor(ch)
                if a is not None:
                    sources.append(replace(a, strong=True))
                elif ch.dep_ == "amod" and "-" in ch.text:
                    sources.extend(self._joint_owners(ch))
        # "de uitzetting van twee diplomaten door Litouwen": with a "door" agent, the "van"
        # phrase names who undergoes the act
        agent = any(
            self.case_of(ch) == "door"
            for ch in n.children
            if ch.dep_ in ("nmod", "obl", "dep", "acl")
        )
        for ch in n.children:
            case = self.case_of(ch)
            if ch.dep_ not in ("nmod", "obl", "dep", "acl", "appos"):
                continue
            if case == "van" and agent and "van" not in p.targets:
                targets.extend(self.actors_of(ch, disc, allow_weak=allow_weak))
            elif case == "van" and "van" not in p.targets and self._owner_of_target(n, ch, p):
                # "luchtaanvallen op doelen van de Taliban": the parser hangs the owner of what
                # is hit on the act; right after the target phrase it is the target's
                targets.extend(self.actors_of(ch, disc, allow_weak=allow_weak))
            elif case == "van" and not sources and "van" not in p.targets:
                sources.extend(self.actors_of(ch, disc))
            elif case == "door":
                sources.extend(self.actors_of(ch, disc))
            elif case in p.targets:
                targets.extend(self._noun_target(ch, disc, allow_weak))
        if not targets and gov is not None and rel.dep_ in ("obl", "obl:arg", "obj"):
            # "uit protest tegen de plannen van X", "veroordeelt de aanval | op een ziekenhuis
            # in Kyiv": the parser hangs the noun's own target phrase on the verb, right after
            # the noun
            for ch in gov.children:
                if (
                    ch.dep_ in ("obl", "obl:arg")
                    and ch.left_edge.i == n.right_edge.i + 1
                    and self.case_of(ch) in p.targets
                    and self.case_of(ch) != "van"
                ):
                    found = self._noun_target(ch, disc, allow_weak)
                    targets.extend(found or self._adjective_owner(ch))
        if (
            sources
            and not targets
            and rel.dep_ == "obj"
            and gov_clause is not None
            and self.lemmas_with_particles(gov) & ANSWER_VERBS
        ):
            # "de Taliban wezen het Amerikaanse ultimatum af": an act owned by one actor and
            # answered by another was addressed to the one who answers it
            own = {a.key for a in sources}
            targets = [
                a for a in self.subjects(gov_clause, disc)[0] if a.strong and a.key not in own
            ]
        if not targets and p.code[:3] in ("042", "043") and "-" in n.text:
            # "de Moskou-reis van Orbán": a trip noun led by a place goes there
            a = self._hyphen_place(n)
            if a is not None:
                targets.append(a)
        if (
            not targets
            and allow_weak
            and p.code[:2] in VIOLENT_ROOTS
            and A.norm_lemma(n) not in DEPLOYMENT_NOUNS
        ):
            # "Israëlische aanvallen in Gaza": an attack in a place, with no "op" target, hits
            # that place's country
            for ch in n.children:
                if ch.dep_ in ("nmod", "obl") and self.case_of(ch) in ("in", "te"):
                    targets.extend(self.actors_of(ch, disc, allow_weak=True))
            if not targets:
                targets = self._nested_place(n, disc)
        light = gov is not None and (
            A.norm_lemma(gov) in LIGHT_VERBS
            or gov.lower_ in LIGHT_FORMS
            # a separable light verb: "zette de aanval voort" (voortzetten)
            or any(
                ch.lower_ + A.norm_lemma(gov) in LIGHT_VERBS
                for ch in gov.children
                if ch.dep_ == "compound:prt"
            )
        )
        # "Qatar en Egypte bemiddelen in de gesprekken": a mediator is no party to the talks
        mediated = gov is not None and "bemiddelen" in self.lemmas_of(gov)
        # "Schoof reist naar Brussel voor overleg met Von der Leyen": what a trip is for, which
        # takes place whether or not the trip itself is coded
        for_trip = (
            gov_clause is not None
            and (
                rel.dep_ in ("obl", "obl:arg")
                or (rel.dep_ == "nmod" and gov_clause.head.i == gov.i)
            )
            and rcase == "voor"
            and p.code[:2] == "04"
            and bool(
                self.lemmas_of(gov) & TRAVEL_VERBS
                # "Rubio is in Riyad voor overleg met Lavrov": the copula of a place
                or any(ch.dep_ == "cop" and ch.lemma_ == "zijn" for ch in gov.children)
            )
        )
        if (
            not sources
            and not targets
            and gov_clause is not None
            and verb_events.get(gov.i)
            and p.code[:2] == "04"
            and rcase in ("tijdens", "in", "bij")
        ):
            # "Biden en Xi kwamen tijdens hun ontmoeting overeen ...", "Rubio heeft Lavrov in een
            # telefoongesprek opgeroepen ...": the clause's own act does not hide that its
            # subjects, or its subject and object, met
            met = [s for s in self.subjects(gov_clause, disc)[0] if s.strong]
            if len({s.code for s in met}) == 1 and A.norm_lemma(n).endswith(TWO_PARTY_TALKS):
                met += self._object_actors(gov_clause, disc)
            if len({s.code for s in met}) >= 2:
                return self._emit(p, code, met, [], True, n, gov_clause, 55, [])
        if not sources:
            # "Hamas eiste de aanslag op": claiming an attack names who carried it out
            sources = self.claimed_by(n, p, disc)
        if (
            not sources
            and not mediated
            and gov_clause is not None
            # "tijdens een bezoek aan Israël noemde Jospin ...": a visit or meeting that frames
            # the clause in time took place, whatever the clause's own event
            and (
                for_trip
                or not verb_events.get(gov.i)
                or (
                    rcase in ("tijdens", "na")
                    and any(self.case_of(ch) in p.targets for ch in n.children if ch.dep_ == "nmod")
                    # a violent act that frames it in time is not the subject's ("belt
                    # Zelensky na aanvallen op Odesa")
                    and p.code[:2] not in VIOLENT_ROOTS
                )
            )
            and (
                # "begonnen aan een offensief", "deelnemen aan de aanval": the subject acts (not
                # in a force it reacts to: "na de arrestatie van twee journalisten ontbood X")
                (
                    rel.dep_ in ("obl", "obl:arg", "xcomp")
                    and rcase in ("met", "na", "tijdens", "bij", "aan")
                    and not (rcase in ("na", "tijdens") and p.code[:2] in FORCE_ROOTS)
                )
                # "Vakbonden leggen het land plat uit protest tegen de plannen van X"
                or (rel.dep_ in ("obl", "nmod") and rcase == "uit" and A.norm_lemma(n) == "protest")
                or for_trip
                or (rel.dep_ == "obj" and light)
                # "trekt 3,5 miljard euro uit voor steun aan Oekraïne"
                or (rcase == "voor" and self._budget_verb(gov))
            )
        ):
            subj, _ = self.subjects(gov_clause, disc)
            sources = [s for s in subj if s.strong]
            if p.code[:2] == "14" and all({"COP", "MIL"} & set(s.types) for s in sources):
                # "De politie pakte studenten op tijdens een protest tegen Vucic": the force
                # acting on a protest does not protest
                sources = []
        if (
            not sources
            and any(ch.dep_ == "cop" for ch in n.children)
            # "Duitsland is tegen (voor) sancties tegen Rusland": a stand on the act, not the act
            and rcase not in ("tegen", "voor", "zonder")
        ):
            # "Macron is op staatsbezoek in China": the copula's subject makes the visit
            for ch in n.children:
                if ch.dep_ in ("nsubj", "nsubj:pass"):
                    sources.extend(a for a in self.actors_of(ch, disc) if a.strong)
        if not sources and rel.dep_ == "xcomp" and rcase is None and n.head.i != n.i:
            # a predicative noun: "Metaxas toonde zich een bewonderaar van Mussolini" is his
            pred = self.clause(n.head) if n.head.pos_ in ("VERB", "AUX") else None
            if pred is not None and pred.asserted and not pred.negated:
                sources = [s for s in self.subjects(pred, disc)[0] if s.strong]
        if not sources and gov_clause is not None and rcase == "voor" and self._thanks(gov):
            # "Zelensky bedankt Nederland voor de wapenleveringen": who is thanked did it for
            # the one who thanks
            sources = self._object_actors(gov_clause, disc)
            if sources and not targets:
                targets = [a for a in self.subjects(gov_clause, disc)[0] if a.strong]
        ncase = rcase or (
            self.toks[n.i - 1].lower_
            if n.i > 0 and self.toks[n.i - 1].lower_ in PREPOSITIONS
            else None
        )
        if (
            not sources
            and not mediated
            and ncase in ("met", "na", "tijdens", "bij", "in")
            and not (gov is not None and verb_events.get(gov.i))
            # "Trump uit kritiek op Poetin na bombardementen op Kyiv": a violent act that sets
            # the time of another act is not the subject's
            and not (ncase in ("na", "tijdens") and p.code[:2] in FORCE_ROOTS)
        ):
            lin = _Linear(self, n, disc)
            if not lin.negated and lin.asserted:
                sources = lin.sources()
        if not sources:
            for ch in n.children:
                if ch.dep_ == "nmod:poss" and ch.text.lower() in ("zijn", "haar"):
                    sources = self._recent_single(n, disc)
        if not sources:
            return []
        if not targets and p.targets:
            # the parser often attaches "aan/op/met X" to the verb instead of the event noun
            lin = _Linear(self, n, disc)
            for pos, acts, prep in lin.chunks:
                if pos > n.i and prep in p.targets and not self._on_border(pos):
                    if self._of_a_later_noun(n, pos):
                        continue
                    targets = [a for a in acts if a.strong or allow_weak]
                    break
            if not targets and code[:2] in VIOLENT_ROOTS and self.sent_words & CASUALTY_WORDS:
                # "Bij de Israëlische aanval raakten twee Syrische soldaten gewond": the victims are the target
                src = {a.code for a in sources}
                for pos, acts, prep in lin.chunks:
                    if pos > n.i and prep is None:
                        targets.extend(
                            a for a in acts if a.code not in src and (a.strong or allow_weak)
                        )
                if not targets and rcase == "bij":
                    # "Drie Palestijnen gedood bij Israëlische luchtaanval": victims first
                    targets = [
                        a
                        for pos, acts, prep in lin.chunks
                        if pos < n.i and prep is None
                        for a in acts
                        if a.code not in src and (a.strong or allow_weak)
                    ]
        if self._unarmed_clash(n, p, sources + targets):
            return []
        ev_tok = n
        return self._emit(p, code, sources, targets, False, ev_tok, gov_clause, 55, [])
