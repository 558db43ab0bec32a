"""Actors of noun phrases: dictionary mentions assembled over the parse (anaphora: anaphora.py)."""

from __future__ import annotations

from dataclasses import replace

from . import actors as A
from .common import NOUN_POS, _has_det, longest_suffix
from .lexicon import POLICY_NOUNS, QUANTITY_NOUNS, STATE_TYPES

# a role noun with these places itself in a region or abroad: "westerse troepen in Oekraïne"
REGION_ADJECTIVES = frozenset(
    {"westers", "oosters", "europees", "arabisch", "afrikaans", "aziatisch", "internationaal",
     "buitenlands", "latijns-amerikaans", "zuid-amerikaans", "scandinavisch"}
)  # fmt: skip
# agreements and meetings named after a town: "het klimaatakkoord van Parijs", "de akkoorden van
# Minsk", "de Vrede van Lausanne", "de top van Brussel" name no owner and no party
NAMED_BY_TOWN = frozenset(
    {"akkoord", "verdrag", "overeenkomst", "pact", "protocol", "conventie", "vrede", "top",
     "conferentie", "akkoorden"}
)  # fmt: skip


# nouns for a party sent by a group: "een delegatie van de boeren" is the farmers
DELEGATION_NOUNS = frozenset(
    {
        "delegatie", "delegaties", "afvaardiging", "vertegenwoordiging",
        "vertegenwoordiger", "vertegenwoordigers",
    }
)  # fmt: skip


class ActorsMixin:
    """Actors of noun phrases and anaphora: dictionary mentions assembled over the parse. Mixed into ``_DocContext``."""

    def np_actor(self, h) -> A.Actor | None:
        if h.i in self.np_cache:
            return self.np_cache[h.i]
        self.np_cache[h.i] = None
        actor = self._np_actor(h)
        if (
            (actor is None or not actor.strong)
            and self.has_kids[h.i]
            and self.lowers[h.i] in DELEGATION_NOUNS
        ):
            # "een delegatie van de boeren": a delegation of a group stands for the group
            actor = next(
                (
                    a
                    for ch in h.children
                    if ch.dep_ == "nmod" and self.case_of(ch) == "van"
                    for a in [self.np_actor(ch)]
                    if a is not None
                ),
                actor,
            )
            if actor is not None and actor.strong and actor.country and actor.code == actor.country:
                # "vertegenwoordigers van Frankrijk": a state's envoys are its government
                actor = replace(actor, code=actor.code + "GOV", types=("GOV",))
        self.np_cache[h.i] = actor
        return actor

    def _np_actor(self, h) -> A.Actor | None:
        c = self.c
        counted = self._counted_noun(h)
        if counted is not None:
            return self.np_actor(counted)
        region = [h]
        seen = {h.i}
        act_head: bool | None = None  # an event noun ("bezetting"): read on the first "door"
        via_nmod: set[int] = set()  # reached through a "van" possessor, not part of the head phrase
        by_agent: set[int] = set()  # reached through the act's "door" agent: it wins
        frontier = [h]
        has_kids = self.has_kids  # most of a phrase is leaves: no walk over their children
        while frontier:
            t = frontier.pop()
            if not has_kids[t.i]:
                continue
            for ch in t.children:
                if ch.i in seen:
                    continue
                dep = ch.dep_
                # the preposition matters only on the phrases the region can take in
                case = (
                    self.case_of(ch)
                    if (dep == "nmod" or dep in A.TIGHT_DEPS) and has_kids[ch.i]
                    else None  # a leaf has no preposition
                )
                if case == "door" and dep == "nmod" and t.i == h.i and act_head is None:
                    act_head = longest_suffix(A.norm_lemma(h), c.nouns) is not None
                if dep in A.TIGHT_DEPS or (
                    dep == "nmod"
                    # an act's agent: "de bezetting door Japan" is Japan's, as "van Japan" is
                    and (case in (None, "van") or (case == "door" and t.i == h.i and act_head))
                ):
                    if dep == "nmod" and t.i != h.i and t.i not in self.tok_mention:
                        continue
                    seen.add(ch.i)
                    region.append(ch)
                    frontier.append(ch)
                    if dep == "nmod" or t.i in via_nmod:
                        via_nmod.add(ch.i)
                    if case == "door" or t.i in by_agent:
                        by_agent.add(ch.i)
        head_mention = self.tok_mention.get(h.i)
        best: A.Mention | None = None
        best_tok = None
        for t in region:
            m = self.tok_mention.get(t.i)
            if m is None:
                continue
            kind = m.entry.kind
            if kind == A.ORG_CTX and not self._ctx_org_ok(m, h):
                continue
            if kind in (A.SEAT, A.PLACE) and t.i != h.i and t.dep_ not in ("nmod", "appos", "flat"):
                continue
            if kind in (A.SEAT, A.PLACE) and t.i != h.i and town_named(h):
                continue
            if best is None or (
                (t.i in by_agent, -A.KIND_RANK[kind])
                > (best_tok.i in by_agent, -A.KIND_RANK[best.entry.kind])
            ):
                best, best_tok = m, t
        agent = A.agent_types(h, c.index)
        if agent is None and head_mention is not None and head_mention.entry.kind == A.ADJ:
            # "De Belgische en de Nederlandse premier": the parse makes the first adjective the
            # head and the role noun its conjunct; the role holds for it too
            agent = next(
                (
                    found
                    for cj in h.children
                    if cj.dep_ == "conj" and cj.i > h.i
                    for found in [A.agent_types(cj, c.index)]
                    if found is not None
                ),
                None,
            )
        if agent is None and head_mention is None:
            owner = self._agent_owner(h, via_nmod)
            if owner is not None:
                return owner
            for t in region:
                if t.dep_ in ("flat", "appos", "compound") and t.i not in self.tok_mention:
                    agent = agent or A.agent_types(t, c.index)
        if best is None and agent is not None:
            best = self._van_country_after(region)
            best_tok = self.toks[best.start] if best is not None else None
        if best is None:
            if agent is None:
                return self._remembered_name(h)
            return self._role_actor(h, agent)
        entry = best.entry
        code = c._entry_code(entry, self.date)
        if code is None and entry.kind == A.PERSON:
            # "koning Abdullah van Jordanië" (2001: also the Saudi crown prince Abdullah): the
            # country named with the person picks the one who holds a role there
            code = self._person_by_country(entry, region)
        if entry.kind == A.PERSON and agent is not None:
            # "De Mexicaanse president Fox" when the dictionaries know only another Fox, or no
            # Fox with a role then: the role noun and its country name the actor
            named = self._region_countries(region)
            own = A.split_code(code, c.d.actor_codes).country if code else None
            # (not a person of an international body: "de Nederlandse NAVO-chef Rutte" is NATO's)
            if len(named) == 1 and (code is None or (own is not None and own not in named)):
                (country,) = named
                code = country + agent[0][0]
        if code is None and entry.kind == A.PERSON and agent is not None:
            # "minister Peeters" in 2025: the dictionaries know a Peeters with no role then, so
            # the name is as unknown as "minister Jansen" and the role noun names the actor
            return self._role_actor(h, agent)
        if code is None:
            return None
        at, texts = self.tok_starts, self.texts  # Token.idx and Token.text, from the arrays
        start = min(at[best.start], at[h.i])
        end = max(at[best.end - 1] + len(texts[best.end - 1]), at[h.i] + len(texts[h.i]))
        kind = entry.kind
        is_head = head_mention is not None and head_mention is best
        strong = True
        if kind in (A.SEAT, A.PLACE):
            strong = kind == A.SEAT and not self._locative(h)
            if agent is not None and best_tok is not None and best_tok.i in via_nmod:
                # "de burgemeester van Istanbul", "de gouverneur van Texas": an office of a place
                strong = not self._locative(h)
        elif kind == A.ADJ:
            strong = agent is not None
        elif not is_head and agent is None and kind in (A.COUNTRY, A.DEMONYM, A.PERSON, A.ORG):
            # "de visie van Biden", "de radarpost van Syrië": a possessor, not the actor itself
            strong = best_tok is not None and best_tok.i not in via_nmod and best_tok.dep_ in (
                "flat", "appos", "compound", "fixed",
            )  # fmt: skip
            if not strong and (
                self._owner_is_target(h)
                # an act's "door" agent is its owner: "de bezetting van China door Japan"
                or (best_tok is not None and best_tok.i in by_agent)
            ):
                strong = True
        if (
            agent is not None
            and kind in (A.COUNTRY, A.DEMONYM, A.ADJ, A.SEAT, A.PERSON, A.PLACE)
            and len(code) == 3
        ):
            if kind == A.ADJ and agent[0][0] == "REB":
                code = self._rebels_ground(h, code) or code
            code = code + agent[0][0]
        actor = c._make_actor(code, entry, start, end, strong)
        if actor.key is None and agent is None and kind == A.ORG and is_head:
            # "Extinction Rebellion eist ...": a movement of no one country acts where its
            # article or feed is (NLDNGMENV), a guess marked as a bare role's is
            homed = self._homed_movement(h, code, entry, start, end, strong)
            if homed is not None:
                actor = homed
        if actor.key is None and agent is not None and kind == A.ORG and not is_head:
            # "activisten van Extinction Rebellion": a movement with no country and no known
            # group is no codable actor; the role noun is, with its home as a bare role's
            role = self._role_actor(h, agent)
            if role is not None:
                return role
        actor.head_i = h.i
        if agent is not None:
            actor.agent_lemma = agent[1]
            if kind != A.PERSON:
                self._remember_name(h, actor)
        elif kind == A.DEMONYM:
            actor.people = True
        actor.seat = kind == A.SEAT
        return actor

    def _homed_movement(
        self, h, code: str, entry, start: int, end: int, strong: bool
    ) -> A.Actor | None:
        """An organisation with neither a country nor a known group, given the country of a
        place phrase on it, else of the article's sentences before, else the feed's
        ("inferred"; "from_feed"). Never its own sentence's: that names the one it acts on."""
        home = self._located_home(h) or self._context_home(h)
        from_feed = False
        if home is None:
            home = self._feed_home(h, "")
            from_feed = home is not None
        if home is None:
            return None
        actor = self.c._make_actor(home + code, entry, start, end, strong)
        actor.inferred = True
        actor.from_feed = from_feed
        return actor

    def _role_actor(self, h, agent) -> A.Actor | None:
        """A role noun with no name the dictionaries resolve ("de minister", "minister Jansen"):
        its country from a place or the sentence, the context, or the feed."""
        c = self.c
        if any(ch.dep_ == "amod" and A.norm_lemma(ch) in REGION_ADJECTIVES for ch in h.children):
            return None  # no one home: "westerse troepen in Oekraïne" are no Ukrainian troops
        if h.pos_ in ("NOUN", "PROPN") or h.dep_ in ("nsubj", "obj", "nsubj:pass"):
            home = self._located_home(h, agent[0]) or self._domestic(h)
            inferred = home is None
            from_feed = False
            if inferred and not (
                _has_det(h, {"een"}) or any(ch.dep_ == "cop" for ch in h.children)
            ):
                home = self._sentence_home(h, people_only=agent[0][0] in STATE_TYPES)
                if home is None and agent[0][0] in STATE_TYPES:
                    home = self._placed_group_home(h)
                if home is None and agent[0][0] not in STATE_TYPES:
                    home = self._context_home(h)
                if home is None:
                    home = self._feed_home(h, agent[1])
                    from_feed = home is not None
            if home is not None:
                code = home + agent[0][0]
                actor = A.make_actor(
                    code, c.d, f"{home} {agent[1].upper()}", h.idx, h.idx + len(h.text)
                )
                actor.head_i = h.i
                actor.agent_lemma = agent[1]
                actor.inferred = inferred
                actor.from_feed = from_feed
                self._remember_name(h, actor)
                return actor
        return None

    def _bare_role_noun(self, sent, ments: list[A.Mention], at_least: int = 1) -> bool:
        """``at_least`` role nouns outside every name ("de politie"), which may take the
        sentence's country."""
        inside = {i for m in ments for i in range(m.start, m.end)}
        pos, now, lowers, agents = self.pos, self.pos_now, self.lowers, self.c.index.agents
        last_words = self.c.index.agent_last_words
        # a gate on word forms only (no Token objects, no compound walk): singular or "-en"/"-s"
        # plural of a listed role noun, also one a repair made a noun; np_actor reads the full
        # noun later. A headline's first word may be tagged an adjective: "Kabinet trekt ..."
        found = 0
        for i in range(sent.start, sent.end):
            if (
                (pos[i] in NOUN_POS or now[i] in NOUN_POS or (i == sent.start and pos[i] == "ADJ"))
                and i not in inside
                and (
                    lowers[i] in agents
                    or lowers[i][:-2] in agents
                    or lowers[i][:-1] in agents
                    or (
                        # a role of two or three words: "het Rijk", "de Raad van State"
                        lowers[i] in last_words
                        and i > sent.start
                        and (
                            f"{lowers[i - 1]} {lowers[i]}" in agents
                            or (
                                i > sent.start + 1
                                and f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}" in agents
                            )
                        )
                    )
                )
            ):
                found += 1
                if found >= at_least:
                    return True
        return False

    def _remembered_in(self, sent) -> int:
        """1 when the sentence names someone the article introduced earlier with a role (the
        name memory below), else 0."""
        spots = self._spots()
        if not spots:
            return 0
        lowers, pos, mention = self.lowers, self.pos, self.tok_mention
        for i in range(sent.start, sent.end):
            if (
                lowers[i] in spots
                and pos[i] == "PROPN"
                and i not in mention
                and self._recall(lowers[i], sent.start)
            ):
                known = self.named_roles.get(lowers[i])
                if known is not None and known.head_i < sent.start:
                    return 1
        return 0

    def _spots(self) -> dict[str, list[int]]:
        """Each word of a PER or ORG name the dictionaries lack -> its tokens, in order (read
        once per document)."""
        if self._name_spots is not None:
            return self._name_spots
        spots: dict[str, list[int]] = {}
        pos, mention, lowers = self.pos, self.tok_mention, self.lowers
        for i in self.name_list:
            if pos[i] == "PROPN" and i not in mention:
                spots.setdefault(lowers[i], []).append(i)
        self._name_spots = spots
        return spots

    def _recall(self, word: str, before: int) -> bool:
        """Read the earlier noun phrases where a person or organisation the dictionaries lack
        is named with a role or kind ("de Vlaamse minister Geert Lambert", "de Franse vakbond
        Solidaires") and ``word`` is part of the name, so the memory holds them; whether any
        was found. Done when a later sentence asks, not for every name of the article."""
        found = False
        for i in self._spots().get(word, ()):
            if i >= before:
                break
            h = self.toks[i]
            while h.dep_ in ("flat", "flat:name") and h.head.i != h.i:
                h = h.head  # "Geert [Lambert]": the name's head
            if h.dep_ == "appos":
                h = h.head  # "minister [Geert] Lambert": the role
            # only a name beside a role noun is remembered: "minister X", "X, de minister"
            if any(
                x.pos_ == "NOUN" and A.agent_types(x, self.c.index)
                for x in (h, *(c for c in h.children if c.dep_ == "appos"))
            ):
                self.np_actor(h)
                found = True
        return found

    def _unknown_name(self, h, names: set[int] | None = None) -> list:
        """The tokens of a name the dictionaries lack: ``h`` itself or its apposition
        ("minister [Geert Lambert]", "[Lambert], de minister"), with its flat parts; with
        ``names`` (the NER's PER and ORG tokens) only a person's or organisation's."""
        mention = self.tok_mention
        for t in (h, *(c for c in h.children if c.dep_ == "appos")):
            if t.pos_ == "PROPN" and (names is None or t.i in names) and t.i not in mention:
                # "minister [Jorien Vandekerckhove] van Finland": the parse may hang the
                # country on the name, which is not part of it
                parts = [t] + [
                    c
                    for c in t.children
                    if c.dep_ in ("flat", "flat:name")
                    and c.pos_ == "PROPN"
                    and (names is None or c.i in names)
                    and c.i not in mention
                ]
                return sorted(parts, key=lambda p: p.i)
        return []

    def _remember_name(self, h, actor: A.Actor) -> None:
        name = self._unknown_name(h, self.name_tokens)
        if name:
            for key in (" ".join(t.lower_ for t in name), name[-1].lower_):
                self.named_roles.setdefault(key, actor)

    def _remembered_name(self, h) -> A.Actor | None:
        """A bare name the article introduced earlier with its role ("Lambert" after "de
        Vlaamse minister Geert Lambert"): that role's actor, whatever type the NER gives the
        later mention (it reads a surname alone as a place or an organisation at times)."""
        if h.pos_ != "PROPN" or not self.name_tokens:
            return None
        name = self._unknown_name(h)
        if all(t.i != h.i for t in name):
            return None
        start = (self.unit_of.get(h.i) or h.sent).start
        if not any(self._recall(t.lower_, start) for t in name):
            return None
        for key in (" ".join(t.lower_ for t in name), name[-1].lower_):
            known = self.named_roles.get(key)
            if known is not None and known.head_i < h.i:
                actor = A.make_actor(known.code, self.c.d, known.name, h.idx, h.idx + len(h.text))
                actor.head_i = h.i
                actor.agent_lemma = known.agent_lemma
                actor.inferred = known.inferred
                actor.from_feed = known.from_feed
                return actor
        return None

    def _agent_owner(self, h, via_nmod: set[int]) -> A.Actor | None:
        """ "posities van het Macedonische leger", "een konvooi van de Israëlische politie": a
        thing owned by a role of a country stands for that role (MKDMIL), as a weak actor, the
        way a possessor country does ("de radarpost van Syrië"); only 'place' verbs (attack,
        occupy, shell) take a weak target. The owner of a policy or an act is strong
        (`_owner_is_target`): "de inval van het Japanse leger" is JPNMIL's."""
        for ch in h.children:
            if ch.i not in via_nmod or ch.i in self.tok_mention or self.case_of(ch) != "van":
                continue
            owner = self.np_actor(ch)
            if owner is not None and owner.strong and owner.agent_lemma and owner.key:
                return replace(owner, strong=self._owner_is_target(h), head_i=h.i)
        return None

    @staticmethod
    def _policy_noun(h) -> bool:
        """A policy noun by its lemma or, as the lemmatizer cuts some compounds ("asielwetten"
        -> "asielwett"), by the word as written."""
        return bool(
            longest_suffix(A.norm_lemma(h), POLICY_NOUNS) or longest_suffix(h.lower_, POLICY_NOUNS)
        )

    def _owner_is_target(self, h) -> bool:
        """A policy or an act stands for its owner: "het landbouwbeleid van minister Brinkhorst",
        "de inval van Japan"; to oppose either is to oppose the owner, as CAMEO codes it."""
        if self._policy_noun(h):
            return True
        hit = longest_suffix(A.norm_lemma(h), self.c.nouns)
        # not an act whose "van" phrase is its victim: "de arrestatie van een journalist"
        return bool(hit) and not any("van" in p.targets for p in self.c.nouns[hit[1]])

    def _person_by_country(self, entry: A.Entry, region: list) -> str | None:
        countries = self._region_countries(region)
        return A.person_code_at(self.c.d.people, entry.code, self.date, countries)

    def _region_countries(self, region: list) -> set[str]:
        """Countries named in a person's phrase: its adjective or a "van" country after it."""
        countries = set()
        for t in region:
            m = self.tok_mention.get(t.i)
            if m is not None and m.entry.kind in (A.COUNTRY, A.ADJ):
                countries.add(m.entry.code)
        after = self._van_country_after(region)
        if after is not None:
            countries.add(after.entry.code)
        return countries

    def _van_country_after(self, region: list) -> A.Mention | None:
        """ "koning Abdullah van Jordanië": the country of a role noun phrase, read off the words
        right after it when the parser hung the van-phrase on the verb."""
        end = max(t.i for t in region) + 1
        toks = self.toks
        if end + 1 >= len(toks) or toks[end].lower_ != "van":
            return None
        j = end + 1
        if toks[j].lower_ in ("de", "het") and j + 1 < len(toks):
            j += 1
        m = self.tok_mention.get(j)
        if m is None or m.start != j or m.entry.kind != A.COUNTRY:
            return None
        if toks[j].head.i in {t.i for t in region}:
            return None  # attached by the parser: the region walk has seen it
        return m

    def _counted_noun(self, h):
        """The noun a quantity noun counts ("tientallen demonstranten", "een groep soldaten"),
        which the parser often hangs beside it rather than under it."""
        if A.norm_lemma(h) not in QUANTITY_NOUNS or h.i + 1 >= len(self.toks):
            return None
        nxt = self.toks[h.i + 1]
        if nxt.lower_ == "van" and h.i + 2 < len(self.toks):
            nxt = self.toks[h.i + 2]
            if nxt.lower_ in ("de", "het") and nxt.i + 1 < len(self.toks):
                nxt = self.toks[nxt.i + 1]  # "een meerderheid van de Kamer"
        while nxt.pos_ == "ADJ" and nxt.i + 1 < len(self.toks):
            nxt = self.toks[nxt.i + 1]  # "tientallen Russische bommenwerpers"
        if nxt.pos_ in ("NOUN", "PROPN") and (nxt.head.i == h.i or nxt.head.i == h.head.i):
            return nxt
        return None

    def _ctx_org_ok(self, m: A.Mention, h) -> bool:
        """A context-only name ("RSF", "Commissie") counts when its sentence names the body in
        full, or when the article up to that sentence names the body's country or a place in
        it ("RSF nemen El Fasher in", after "Soedan")."""
        sent = self.unit_of.get(h.i) or h.sent
        for i in range(sent.start, sent.end):
            o = self.tok_mention.get(i)
            if o is not None and o.entry.kind == A.ORG and o.entry.code == m.entry.code:
                return True
        home = m.entry.code[:3]
        if home not in self.c.d.actor_codes.countries:
            return False
        return any(
            o.start < sent.end
            and o.entry.kind in (A.COUNTRY, A.PLACE, A.ADJ, A.DEMONYM)
            and o.entry.code[:3] == home
            for o in self.mentions
        )

    def _rebels_ground(self, h, own: str) -> str | None:
        """Rebels named by a people's adjective fight for the country they are in, as the gold
        codes them ("Albanese rebellen" in Macedonia are MKD, "Tsjetsjeense rebellen" RUS): the
        one other country the sentence names in an "in" phrase or by its state's army, government
        or police ("het Macedonische leger")."""
        unit = self.unit_of.get(h.i) or h.sent
        grounds = set()
        for m in self.mentions_in(unit):
            t = self.toks[m.end - 1]
            if m.entry.kind == A.COUNTRY and self.case_of(t) == "in":
                code = self.c._entry_code(m.entry, self.date)
            elif m.entry.kind == A.ADJ and t.head.i != h.i:
                organ = A.agent_types(t.head, self.c.index)
                if organ is None or organ[0][0] not in ("MIL", "GOV", "COP"):
                    continue
                code = self.c._entry_code(m.entry, self.date)
            else:
                continue
            if code and len(code) >= 3 and code[:3] != own:
                grounds.add(code[:3])
        return grounds.pop() if len(grounds) == 1 else None

    def _locative(self, t) -> bool:
        case = self.case_of(t)
        return case in A.LOCATIVE


def town_named(h) -> bool:
    """Whether noun ``h`` is an agreement or meeting, which a town in it names ("het
    klimaatakkoord van Parijs"), rather than a thing a town's state owns."""
    return longest_suffix(A.norm_lemma(h), NAMED_BY_TOWN) is not None
