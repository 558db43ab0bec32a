"""Where a bare role noun's country comes from ("de regering", "de politie", "het leger"): the
sentence's one country, a place it is in, the article's country or the feed's home country."""

from __future__ import annotations

from . import actors as A
from .common import longest_suffix
from .lexicon import FEDERAL_STATES, HOME_ROLE_WORDS, STATE_TYPES
from .towns import town_adjective_countries, unlisted_town

# roles that sit in another country than their own: a place phrase says where, not whose
ABROAD_ROLES = frozenset(
    {
        "ambassade", "ambassadeur", "consulaat", "consul", "gezant", "diplomaat", "delegatie",
        "tribunaal", "missie", "vertegenwoordiging", "vertegenwoordiger", "correspondent",
        "waarnemer", "attaché", "zaakgelastigde", "nuntius",
    }
)  # fmt: skip


def home_of(org: dict) -> str | None:
    """An organisation's country as the home of bare roles beside it. None for an armed group
    CAMEO knows by name (Hamas PSE, Hezbollah LBN, the Taliban AFG): they are keyed by their
    country, but they fight across borders, so "gijzelaars", "soldaten" or "burgers" beside them
    are not theirs (FARC, with no known-group code, still makes "de regering" Colombia's)."""
    if org["group"] and org["type1"] in ("REB", "UAF"):
        return None
    return org["country"]


class HomesMixin:
    """The home country of bare role nouns. Mixed into ``_DocContext``."""

    def _domestic(self, h) -> str | None:
        """Country of the one domestic non-state group in the sentence (FARC -> COL), for bare
        role nouns next to it: "FARC en regering" -> COLREB, COLGOV."""
        unit = self.unit_of.get(h.i) or h.sent
        if unit.start in self.home_cache:
            return self.home_cache[unit.start]
        homes = set()
        for m in self.mentions_in(unit):
            if m.entry.kind == A.ORG:
                o = self.c.index.org_codes.get(m.entry.code)
                if o and home_of(o) and o["type1"] in ("REB", "OPP", "PTY"):
                    homes.add(o["country"])
            elif m.entry.kind == A.ADJ:
                # "Georgische oppositie", "Belgische vakbonden": a country's own opposition,
                # parties or unions, whose counterpart "de regering" is that country's
                head = self.toks[m.end - 1].head
                agent = A.agent_types(head, self.c.index)
                if agent is not None and agent[0][0] in ("OPP", "PTY", "LAB"):
                    code = self.c._entry_code(m.entry, self.date)
                    if code is not None:
                        homes.add(A.make_actor(code, self.c.d, "", 0, 0).country)
                elif agent is not None and agent[0][0] == "REB":
                    # "gevechten tussen het leger en Albanese rebellen" in Macedonia: the
                    # rebels' ground is the army's country
                    code = self.c._entry_code(m.entry, self.date)
                    ground = code and self._rebels_ground(head, code[:3])
                    if ground:
                        homes.add(ground)
        home = homes.pop() if len(homes) == 1 else None
        self.home_cache[unit.start] = home
        return home

    def _placed_group_home(self, h) -> str | None:
        """The country of a bare non-state group that is its clause's subject, placed by a
        phrase or by the sentence's one country, for a bare state role beside it: "Rebellen
        vallen het leger aan in Congo" (CODREB, CODMIL). A guess, marked ``inferred``."""
        if any(c.dep_ == "nmod:poss" or self.case_of(c) == "van" for c in h.children):
            return None  # "zijn collega van Honeywell": someone's counterpart, not a state's organ
        unit = self.unit_of.get(h.i) or h.sent
        homes = set()
        for t in self.toks[unit.start : unit.end]:
            if t.pos_ != "NOUN" or t.i in self.tok_mention or t.dep_ != "nsubj" or t.i == h.i:
                continue
            agent = A.agent_types(t, self.c.index)
            if agent is not None and agent[0][0] not in STATE_TYPES:
                placed = self._located_home(t, agent[0]) or self._sentence_home(t)
                if placed is not None:
                    homes.add(placed)
        return homes.pop() if len(homes) == 1 else None

    def _located_home(self, h, types: tuple[str, ...] = ()) -> str | None:
        """The country of a place phrase on the role noun itself: "rebellen in Congo", "de
        politie in Tbilisi", "betogers uit Iran" are that country's, whatever else the sentence
        names ("Rebellen in Congo vielen Rwanda aan"). A place phrase the parser hung on the verb
        counts when it sits between the subject and the finite verb: a main clause has one
        constituent before its finite verb ("Betogers uit Iran bestormden de ambassade"). A
        scene-setting "In Congo" that opens the sentence places a non-state role ("In Congo hebben
        rebellen Rwanda aangevallen"); an army or government there may be a foreign one."""
        if longest_suffix(A.norm_lemma(h), ABROAD_ROLES):
            return None  # "de ambassade in Moskou", "het tribunaal in Den Haag": posted abroad
        for ch in h.children:
            if ch.dep_ == "amod" and ch.i < h.i:
                town = town_adjective_countries().get(ch.lower_)
                if town is not None:
                    return town  # "de Brusselse onderzoeksrechter", "de Haagse politie"
        phrases = [ch for ch in h.children if ch.dep_ == "nmod"]
        verb = h.head
        start = (self.unit_of.get(h.i) or h.sent).start
        if h.dep_ == "nsubj" and not set(types) & STATE_TYPES:
            phrases += [
                ch
                for ch in verb.children
                if ch.dep_ == "obl"
                and ch.left_edge.i == start
                and ch.i < h.i
                and self.case_of(ch) == "in"
            ]
        if h.dep_ == "nsubj" and verb.i > h.i:
            finite = min(
                [verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
            )
            phrases += [
                ch
                for ch in verb.children
                if ch.dep_ == "obl"
                and ch.left_edge.i == h.right_edge.i + 1
                and ch.i < finite
                and h.left_edge.i == start
            ]
        if h.dep_ == "nsubj" and not set(types) & STATE_TYPES:
            # "Betogers vallen ambassades aan in Kinshasa", "Rebellen nemen Damascus in": a
            # group without a state acts where its clause says it does, or on the town it takes
            phrases += [
                ch
                for ch in verb.children
                if (ch.dep_ == "obl" and ch.i > verb.i and self.case_of(ch) in ("in", "te"))
                or (ch.dep_ == "obj" and self._town(ch))
            ]
        for ch in phrases:
            if self.case_of(ch) not in ("in", "uit", "te") and not (
                ch.dep_ == "obj" and self._town(ch)
            ):
                continue
            m = self.tok_mention.get(ch.i)
            if m is None and ch.dep_ == "nmod" and ch.head.i == h.i:
                # a town the dictionaries do not list, on the role noun itself ("vrouwen uit
                # Srebrenica"): the gazetteer's country for the name the NER calls a place
                town = unlisted_town(self, ch)
                if town is not None and town.country:
                    return town.country
            if m is None or m.entry.kind not in (A.COUNTRY, A.SEAT, A.PLACE):
                continue
            code = self.c._entry_code(m.entry, self.date)
            if code is not None:
                return A.make_actor(code, self.c.d, "", 0, 0).country
        return None

    def _town(self, t) -> bool:
        m = self.tok_mention.get(t.i)
        return m is not None and m.entry.kind in (A.SEAT, A.PLACE) and self.case_of(t) is None

    def _sentence_home(self, h, people_only: bool = False) -> str | None:
        """The one country a sentence names, for a bare role noun in it ("De Israëlische politie
        arresteerde demonstranten": Israeli demonstrators). No guess when the sentence names two
        countries or an international organisation. A state role ("de regering") takes it only
        when the country is named by its people ("Duizenden Georgiërs demonstreerden tegen de
        regering": their own government); a country named otherwise may be the other side."""
        unit = self.unit_of.get(h.i) or h.sent
        if people_only:
            kinds = {m.entry.kind for m in self.mentions_in(unit)}
            if A.DEMONYM not in kinds or kinds - {A.DEMONYM, A.SEAT, A.PLACE}:
                return None
        countries = self._unit_countries(h) - self._posted_abroad(unit) - self._bound_for(unit)
        return next(iter(countries)) if len(countries) == 1 else None

    def _bound_for(self, unit) -> set[str]:
        """Countries named only as where something goes ("de export van F-35-onderdelen naar
        Israël", "demonstranten die naar Israël wilden reizen"): a destination, so never the
        country of a bare role beside it ("De rechter verbiedt ..." is no Israeli court)."""
        found = self.bound_cache.get(unit.start)
        if found is not None:
            return found
        going: set[str] = set()
        staying: set[str] = set()
        for m in self.mentions_in(unit):
            country = self._country_of(m) if m.entry.kind in (A.COUNTRY, A.SEAT, A.PLACE) else None
            if country is None:
                continue
            tok = self.toks[m.start]
            while tok.dep_ in ("flat", "flat:name", "fixed") and tok.head.i != tok.i:
                tok = tok.head
            (going if self.case_of(tok) in ("naar", "richting", "aan") else staying).add(country)
        found = self.bound_cache[unit.start] = going - staying
        return found

    def _posted_abroad(self, unit) -> set[str]:
        """Countries named only by an embassy or envoy ("de Franse ambassade", "de ambassade van
        Frankrijk"): a post abroad, so never the country of a bare role beside it
        ("Demonstranten bestormen de Franse ambassade" are no French demonstrators)."""
        posted: set[str] = set()
        for m in self.mentions_in(unit):
            if m.entry.kind not in (A.ADJ, A.COUNTRY):
                continue
            head = self.toks[m.end - 1].head
            if longest_suffix(A.norm_lemma(head), ABROAD_ROLES):
                country = self._country_of(m)
                if country is not None:
                    posted.add(country)
        return posted

    def _country_of(self, m: A.Mention) -> str | None:
        """The country a mention's dictionary entry names at the article's date, if any."""
        code = self.c._entry_code(m.entry, self.date)
        return A.make_actor(code, self.c.d, "", 0, 0).country if code is not None else None

    def _unit_countries(self, h) -> set[str | None]:
        """Countries of the actors the sentence names (None for an organisation without one)."""
        unit = self.unit_of.get(h.i) or h.sent
        found = self.countries_cache.get(unit.start)
        if found is None:
            found = set()
            for m in self.mentions_in(unit):
                if m.entry.kind == A.ORG_CTX:
                    continue
                code = self.c._entry_code(m.entry, self.date)
                if code is None:
                    continue
                if m.entry.kind == A.ORG:
                    o = self.c.index.org_codes.get(code)
                    found.add(home_of(o) if o else None)
                else:
                    found.add(A.make_actor(code, self.c.d, "", 0, 0).country)
            if not found:
                found = self._town_adjective_countries(unit)
            self.countries_cache[unit.start] = found
        return found

    def _town_adjective_countries(self, unit) -> set[str | None]:
        """Countries of the town adjectives on role nouns of a sentence that names no actor ("De
        Haagse politie arresteerde betogers": Dutch police, so Dutch protesters)."""
        towns = town_adjective_countries()
        return {
            towns[t.lower_]
            for t in self.toks[unit.start : unit.end]
            if t.dep_ == "amod"
            and t.lower_ in towns
            and A.agent_types(t.head, self.c.index) is not None
        }

    def _context_home(self, h) -> str | None:
        """The one country the article's two previous sentences name, for a bare non-state role
        in a sentence that names no other ("Minister Michel zegt ... De oppositie eist ..."):
        the product codes whole articles. Never a state role: "Duitsland sluit de grens. De
        regering protesteert" may be any government."""
        disc = self.disc
        home = disc.recent_country(self.sent_idx) if disc is not None else None
        if home is None or self._unit_countries(h) - {None, home}:
            return None
        return home

    def _foreign_counterpart(self, h) -> bool:
        """The bare role's counterpart in its sentence is the same role of another country ("De
        premier belde met de Israëlische premier Netanyahu"): named with its country to tell it
        from the home one, so the bare one is the feed's."""
        lemma = A.norm_lemma(h)
        unit = self.unit_of.get(h.i) or h.sent
        for m in self.mentions_in(unit):
            if m.entry.kind != A.ADJ:
                continue
            other = self.toks[m.end - 1].head
            if other.i != h.i and A.norm_lemma(other) == lemma and other.dep_ != "conj":
                return True
        return False

    def _feed_home(self, h, agent_lemma: str) -> str | None:
        """The feed's home country for a bare role: always for the words of a home cabinet or
        parliament ("het kabinet", "de Kamer": a foreign one is named with its country), else
        only when neither its sentence nor the article before it names another country ("de
        politie" in a report from abroad is the police there)."""
        home = self.feed_country
        if home is None:
            return None
        if home not in FEDERAL_STATES and any(
            ch.dep_ == "amod" and ch.lower_ in ("federale", "federaal") for ch in h.children
        ):
            return None  # "de federale regering" in a Dutch feed is another country's
        if agent_lemma in HOME_ROLE_WORDS or self._foreign_counterpart(h):
            return home
        if self._sentence_home(h) not in (None, home):
            return None
        # the article up to this sentence: a country named only later ("Zij sprak eerder met
        # Zelensky in Kyiv") does not move what came before abroad
        end = (self.unit_of.get(h.i) or h.sent).end
        found = self._article_home.get(end)
        if found is None:
            named = set()
            for m in self.mentions:
                if m.start >= end or m.entry.kind in (A.ORG_CTX, A.ORG, A.PERSON):
                    continue
                code = self.c._entry_code(m.entry, self.date)
                if code is not None:
                    named.add(A.make_actor(code, self.c.d, "", 0, 0).country)
            found = self._article_home[end] = (home if named <= {home, None} else None,)
        return found[0]
