"""Anaphora: "hij", "ze", "het land", "beide landen" resolved to actors named before."""

from __future__ import annotations

from dataclasses import replace

from . import actors as A
from .common import GROUP_WINDOW, Discourse, _before, _has_det, longest_suffix
from .doc_arrays import morph_get
from .lexicon import (
    COLLECTIVE_ROLES,
    COUNTRY_NOUNS,
    GROUP_NOUNS,
    OTHER_COUNTRY_WORDS,
    PLURAL_PRONOUNS,
    POLICY_NOUNS,
    SING_PRONOUNS,
    STATE_TYPES,
)

# "de beweging", "de organisatie": a kind of organisation named again, with the types of
# organisation it can stand for (an armed movement, an international or civil organisation)
ARMED = frozenset({"REB", "INS", "UAF", "RAD"})
ORG_ANAPHORS = {
    "beweging": ARMED,
    "verzetsbeweging": ARMED,
    "rebellenbeweging": ARMED,
    "militie": ARMED,
    "groepering": ARMED,
    "terreurgroep": ARMED,
    "terreurorganisatie": ARMED,
    "organisatie": ARMED | {"IGO", "NGO"},
    "alliantie": frozenset({"IGO"}),
}
# determiners of an act named again ("de aanval", "dit besluit")
ACT_DETERMINERS = {"de", "het", "deze", "dit", "die", "dat"}
FIGHT_ROOTS = frozenset({"18", "19", "20"})


def _can_be_hij(a: A.Actor) -> bool:
    """ "hij" is a person or a role one person holds ("de president"), never a country ("het
    land"), a people or a body ("de regering" is "zij", "het leger" is "het")."""
    if a.person:
        return True
    lemma = a.agent_lemma
    return bool(lemma) and not a.people and not lemma.endswith(COLLECTIVE_ROLES)


def _land_uit(t) -> bool:
    """ "het land" in "X het land uitzetten / uitwijzen": part of the verb's idiom, not an
    anaphor (it is the expelling state's own country, already the source)."""
    v = t.head
    return (
        t.lower_ == "land"
        and v.i != t.i
        and v.pos_ in ("VERB", "AUX")
        and (
            A.norm_lemma(v).startswith("uit")
            or any(ch.dep_ == "compound:prt" and ch.lower_ == "uit" for ch in v.children)
        )
    )


# adjectives that name a set of their own, not the actors just mentioned
SET_ADJECTIVES = OTHER_COUNTRY_WORDS | {
    "groot", "klein", "westers", "oosters", "arabisch", "europees", "afrikaans", "aziatisch",
    "islamitisch", "rijk", "arm", "overig", "veel", "al", "sommig", "meest",
}  # fmt: skip


class AnaphoraMixin:
    def anaphor(self, t, disc: Discourse) -> list[A.Actor]:
        lower = t.text.lower()
        lemma = A.norm_lemma(t)
        if lower == "elkaar":
            return []
        if t.pos_ == "PRON" and lower in PLURAL_PRONOUNS and self._plural_verb(t):
            return self._plural_pronoun_group(disc, t)
        if t.pos_ == "PRON" and lower in SING_PRONOUNS:
            for s_idx, a in reversed(disc.subjects):
                if s_idx == self.sent_idx and a.start_char >= t.idx:
                    continue
                if self.sent_idx - s_idx <= 1 and _can_be_hij(a):
                    return [self._anaphoric(a, t)]
                break
            return []
        if t.pos_ == "PRON" and lower == "hem" and t.dep_ in ("obj", "iobj"):
            # "Assad vluchtte naar Moskou. Rusland verleende hem asiel": the object pronoun is the
            # person the sentence before was about (its last subject), never one of its own
            for s_idx, a in reversed(disc.subjects):
                if s_idx == self.sent_idx:
                    continue
                if self.sent_idx - s_idx == 1 and _can_be_hij(a):
                    return [self._anaphoric(a, t)]
                break
            return []
        if lower == "het" and t.pos_ == "PRON" and t.dep_ == "nsubj":
            return self._speaker_pronoun(t)
        if t.pos_ == "PRON" and lower in PLURAL_PRONOUNS and t.dep_ == "nsubj":
            # a singular "zij" whose verb is singular: "De Franse regering laat weten dat zij de
            # ambassadeur heeft ontboden"
            return self._speaker_pronoun(t, feminine=True)
        if lemma in COUNTRY_NOUNS and self._definite_country_noun(t):
            if _land_uit(t):
                return []  # "is het land uitgezet": an expulsion's idiom, no country named
            return self._recent_country(disc, t)
        if lemma in ("eiland",) and _has_det(t, {"het", "dat", "dit"}):
            for s_idx, a in reversed(disc.mentions):
                if self.sent_idx - s_idx <= 1 and a.country in self.c.d.islands:
                    return [self._anaphoric(a, t)]
            return []
        if lemma in ORG_ANAPHORS and self._definite_single(t):
            return self._recent_organisation(disc, t, ORG_ANAPHORS[lemma])
        # "de twee (wereld)leiders", "beide landen", "De twee", "De leiders", "klimaatgezanten van beide landen"
        words = {A.norm_lemma(ch) for ch in t.children if ch.dep_ in ("det", "nummod", "amod")}
        plural = "Plur" in morph_get(t, "Number") or lower.endswith(("en", "s"))
        if lemma in ("twee", "beiden") or lower in ("twee", "beiden"):
            return self._recent_group(disc, t)
        base = lemma
        agent = A.agent_types(t, self.c.index)
        if (
            plural
            and (base in GROUP_NOUNS or agent is not None)
            and (words & {"twee", "beide", "beid", "de", "die", "deze"})
            # "de grote mogendheden", "de andere landen", "de westerse leiders": another set
            # ("de twee grote landen" still points back)
            and not (words & SET_ADJECTIVES and not words & {"twee", "beide", "beid"})
            # "Rwanda en Oeganda steunen de rebellen": rebels, parties or protesters are no role
            # of the countries named before them ("beide oppositiepartijen" still points back)
            and (
                agent is None
                or agent[0][0] in STATE_TYPES
                or bool(words & {"twee", "beide", "beid"})
            )
        ):
            members = self._recent_group(disc, t)
            if agent is not None and members:
                members = [self._with_type(m, agent[0][0]) for m in members]
            if members:
                return members
        for ch in t.children:
            if ch.dep_ == "nmod" and self.case_of(ch) == "van" and agent is not None:
                inner = self.anaphor(ch, disc)
                if len(inner) >= 2:
                    return [self._with_type(m, agent[0][0]) for m in inner]
        return []

    def _definite_country_noun(self, t) -> bool:
        """ "het land", "dit land", "het Aziatische land", "de jonge staat": singular, definite,
        and no word that makes it another country ("het buurland" is its own lemma)."""
        if "Plur" in morph_get(t, "Number") or t.i in self.tok_mention:
            return False
        dets = {ch.lower_ for ch in t.children if ch.dep_ == "det"}
        mods = [ch for ch in t.children if ch.dep_ not in ("det", "punct", "case")]
        if any(ch.dep_ != "amod" or A.norm_lemma(ch) in OTHER_COUNTRY_WORDS for ch in mods):
            return False
        return bool(dets & {"het", "dit", "dat", "deze", "die"}) or ("de" in dets and bool(mods))

    def _definite_single(self, t) -> bool:
        """ "de beweging", "deze organisatie", "de West-Afrikaanse organisatie": singular, with a
        definite determiner, no adjective that makes it another one ("een andere organisatie",
        "de grote organisaties") and no name of its own ("de organisatie Artsen zonder Grenzen")."""
        if "Plur" in morph_get(t, "Number") or t.i in self.tok_mention:
            return False
        if not _has_det(t, ACT_DETERMINERS):
            return False
        for ch in t.children:
            if ch.dep_ in ("appos", "flat", "nmod") and ch.i > t.i:
                if ch.pos_ == "PROPN" or ch.i in self.tok_mention:
                    return False  # a name or an owner follows: "de beweging van Sadr"
            if ch.dep_ == "amod" and A.norm_lemma(ch) in SET_ADJECTIVES:
                return False
        return True

    def _recent_organisation(self, disc: Discourse, t, kinds: frozenset) -> list[A.Actor]:
        """Antecedent of "de beweging" / "de organisatie": the last organisation of one of
        ``kinds`` named before it in this sentence or in the one before (a feed item's title)."""
        for s_idx, a in reversed(disc.mentions):
            if s_idx == self.sent_idx and a.start_char >= t.idx:
                continue
            if self.sent_idx - s_idx > 1:
                break
            if a.group and not a.person and set(a.types) & kinds:
                return [self._anaphoric(a, t)]
        return []

    def _recent_country(self, disc: Discourse, t) -> list[A.Actor]:
        """Antecedent of "het land": the last country subject of this or the previous sentence,
        else the one country those sentences name; none after a group ("China en Rusland")."""
        if any(self.sent_idx - s_idx <= 1 for s_idx, _ in disc.groups):
            return []
        for s_idx, a in reversed(disc.subjects):
            if s_idx == self.sent_idx and a.start_char >= t.idx:
                continue
            if self.sent_idx - s_idx > 1:
                break
            if a.country and not a.types and not a.person and not a.people:
                return [self._anaphoric(a, t)]
        found: dict[str, A.Actor] = {}
        for s_idx, a in reversed(disc.mentions):
            if self.sent_idx - s_idx > 1:
                break
            if s_idx == self.sent_idx and a.start_char >= t.idx:
                continue
            if a.country and not a.types and not a.person and not a.people:
                found.setdefault(a.country, a)
        if len(found) == 1:
            return [self._anaphoric(next(iter(found.values())), t)]
        return []

    def _speaker_pronoun(self, t, feminine: bool = False) -> list[A.Actor]:
        """ "Het leger zegt dat het doelen heeft aangevallen": "het" as the subject of a reported
        clause is the speaker when the speaker is a "het" noun (leger, kabinet, ministerie) or a
        country, which Dutch calls "het" ("Frankrijk laat weten dat het ..."); any other "het"
        is left alone (it is mostly expletive: "het is duidelijk dat"). With ``feminine``, a
        singular "zij" is a speaker that is no country and no "het" noun ("de regering")."""
        v = t.head
        for _ in range(3):
            if v.dep_ == "ccomp" or v.head.i == v.i:
                break
            v = v.head
        if v.dep_ != "ccomp":
            return []
        for s in v.head.children:
            if s.dep_ != "nsubj" or s.i >= t.i:
                continue
            m = self.tok_mention.get(s.i)
            country = m is not None and m.entry.kind == A.COUNTRY and s.pos_ == "PROPN"
            neuter = _has_det(s, {"het"}) or country
            if neuter == feminine:
                continue
            a = self.np_actor(s)
            if a is not None and a.strong:
                return [self._anaphoric(a, t)]
        return []

    def _recent_single(self, t, disc: Discourse) -> list[A.Actor]:
        """Antecedent of "zijn"/"haar": the last strong actor before it in the sentence, else the last subject."""
        best = None
        for i in range((self.unit_of.get(t.i) or t.sent).start, t.i):
            m = self.tok_mention.get(i)
            if m is not None and m.entry.kind in (A.PERSON, A.COUNTRY, A.DEMONYM, A.ORG):
                a = self.np_actor(self.toks[m.end - 1])
                if a is not None and a.strong:
                    best = a
        if best is None:
            for s_idx, a in reversed(disc.subjects):
                if self.sent_idx - s_idx <= 1:
                    best = a
                break
        return [self._anaphoric(best, t)] if best is not None else []

    def _with_type(self, a: A.Actor, t: str) -> A.Actor:
        if a.country and len(a.code) == 3:
            return replace(a, code=a.code + t, types=(t,))
        return a

    def _anaphoric(self, a: A.Actor, t) -> A.Actor:
        return replace(
            a, start_char=t.idx, end_char=t.idx + len(t.text), anaphoric=True, head_i=t.i
        )

    def _plural_verb(self, t) -> bool:
        v = t.head
        cands = [v, *[ch for ch in v.children if ch.dep_ in ("aux", "aux:pass", "cop")]]
        for x in cands:
            num = morph_get(x, "Number")
            if "Plur" in num:
                return True
            if "Sing" in num:
                continue
            if (
                x.pos_ in ("VERB", "AUX")
                and x.text.lower().endswith("en")
                and x.i != t.i
                # a participle or infinitive says nothing of number: "dat zij de ambassadeur
                # heeft ontboden"
                and not {"Part", "Inf"} & set(morph_get(x, "VerbForm"))
            ):
                return True
        return False

    def _plural_pronoun_group(self, disc: Discourse, t) -> list[A.Actor]:
        """Antecedent of a plural "ze"/"zij": a plural noun of its own sentence, else a group."""
        local = self._local_plural(t, disc)
        if local is not None:
            return local
        newer = self._newer_plural(disc, t)
        return newer if newer is not None else self._recent_group(disc, t)

    def _newer_plural(self, disc: Discourse, t) -> list[A.Actor] | None:
        """ "Hij werd ontvoerd door de FARC-rebellen. Toen die hoorden ..., lieten ze hem vrij":
        a plural doer of the sentence before (its subject or its "door" agent, the last one),
        named after the last group of actors, is what "ze" refers to, not that older group
        ("Uruguay, Brazilië en Argentinië"). None when there is no group to pass over or no
        such doer."""
        groups = [
            s
            for s, m in disc.groups
            if self.sent_idx - s <= GROUP_WINDOW and (s < self.sent_idx or _before(m, t))
        ]
        unit = self.unit_of.get(t.i) or t.sent
        prev = self.unit_of.get(unit.start - 1) if unit.start > 0 else None
        if not groups or max(groups) >= self.sent_idx or prev is None:
            return None
        for i in range(prev.end - 1, prev.start - 1, -1):
            x = self.toks[i]
            if x.dep_ not in ("nsubj", "obl:agent") or "Plur" not in morph_get(x, "Number"):
                continue
            a = self.np_actor(x)
            if a is not None and a.strong and a.key:
                return [self._anaphoric(a, t)]
        return None

    def _local_plural(self, t, disc: Discourse) -> list[A.Actor] | None:
        """ "waarschuwde de Taiwanese kiezers dat zij spijt zullen krijgen": a plural noun that
        is a subject or object earlier in the sentence is what "zij" refers to, not a group of
        earlier sentences; its actors, or none. None when the sentence has no such noun, or
        names a group of its own before the pronoun (the group wins, as before)."""
        unit = self.unit_of.get(t.i) or t.sent
        if any(s == self.sent_idx and _before(m, t) for s, m in disc.groups):
            return None
        for i in range(t.i - 1, unit.start - 1, -1):
            x = self.toks[i]
            if (
                x.pos_ == "NOUN"
                and "Plur" in morph_get(x, "Number")
                and x.dep_ in ("nsubj", "obj", "iobj", "nsubj:pass")
                and i not in self.tok_mention
            ):
                a = self.np_actor(x)
                found = [a] if a is not None and a.strong else self.anaphor(x, disc)
                return [self._anaphoric(f, t) for f in found]
        return None

    def _sentence_pair(self, disc: Discourse, t) -> list[A.Actor]:
        """ "viel Duitsland de Sovjet-Unie aan, ondanks het verdrag dat beide landen hadden
        gesloten": the two actors this sentence names before "beide landen", "de twee" or a
        plural "ze" with no noun of its own, when it names exactly two (its own pair is
        remembered only after it is coded)."""
        found: dict[str, A.Actor] = {}
        for s_idx, a in disc.mentions:
            if s_idx == self.sent_idx and a.start_char < t.idx and a.key and not a.seat:
                found.setdefault(a.key, a)
        return list(found.values()) if len(found) == 2 else []

    def _recent_group(self, disc: Discourse, t) -> list[A.Actor]:
        if not any(s == self.sent_idx and _before(m, t) for s, m in disc.groups):
            pair = self._sentence_pair(disc, t)
            if pair:
                return [self._anaphoric(m, t) for m in pair]
        for s_idx, members in reversed(disc.groups):
            if self.sent_idx - s_idx <= GROUP_WINDOW and (
                s_idx < self.sent_idx or _before(members, t)
            ):
                return [self._anaphoric(m, t) for m in members]
        return []

    # ------------------------------------------------------------------ clauses

    def _act_antecedent(self, t) -> list[A.Actor]:
        """ "Strafhof vaardigt arrestatiebevel uit tegen Netanyahu" then "Israël noemt het
        besluit antisemitisch": a definite act or decision with no owner in its own phrase is
        the article's latest act of the one or two sentences before, and stands for whoever did
        it (as "het besluit van het Strafhof" would). An act noun points only to an act of its
        own kind ("de aanval" to an attack, not to talks); a decision or measure to any act.
        The actor is marked anaphoric (lower confidence)."""
        if not self.event_log or not _has_det(t, ACT_DETERMINERS):
            return []
        if any(
            ch.dep_ in ("nmod:poss", "amod", "compound")
            or (ch.dep_ == "nmod" and self.case_of(ch) in ("van", "door"))
            for ch in t.children
        ):
            return []  # an owner in its phrase, found or not: "zijn besluit", "de Russische aanval"
        lemma = A.norm_lemma(t)
        roots = None
        if not longest_suffix(lemma, POLICY_NOUNS):
            hit = longest_suffix(lemma, self.c.nouns)
            if not hit:
                return []
            roots = {p.code[:2] for p in self.c.nouns[hit[1]]}
            if roots & FIGHT_ROOTS:
                roots |= FIGHT_ROOTS  # an attack is any use of force
        for s_idx, a, _, code in reversed(self.event_log):
            if s_idx >= self.sent_idx:
                continue
            if self.sent_idx - s_idx > 2:
                break
            if roots is None or code[:2] in roots:
                return [self._anaphoric(a, t)]
        return []
