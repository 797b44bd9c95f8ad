"""Roles around names: a lowercase role written before a name ("State Department spokesperson Tammy
Bruce") and role references ("the president", "the Russian leader") resolved to the person they mean.
Split out of index/actors.py to keep that module short.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import pycountry

from index.models import ArticleActor
from index.names import is_acronym, is_cue_verb, is_prefix_word, lexicon, role_head

_POSSESSIVE = re.compile(r"['’]s?$")
_DETERMINERS = frozenset("the a an his her its their our this that".split())
_ROLE_ADJECTIVES = frozenset(
    "presidential diplomatic intelligence press national security foreign defense military senior top "
    "deputy chief former longtime campaign political economic white house state department".split()
)
_JUST_NAMED = 400  # characters: the same or the previous short paragraph
_ROLE_REF: re.Pattern[str] | None = None  # compiled lazily from the lexicon


def role_before(text: str, start: int) -> str:
    """A lowercase role phrase written just before a name ("State Department spokesperson")."""
    window = text[max(0, start - 80):start]
    comma = window.endswith(", ")
    window = window[:-2] if comma else window
    if not window.endswith(" ") and not comma:
        return ""
    words = window.split()
    if not words:
        return ""
    lex = lexicon()
    last = words[-1].strip(",")
    if last != words[-1] or last.lower() not in lex.role_nouns:
        return ""
    role = [last]
    for w in reversed(words[:-1]):
        low = w.lower()
        if w != w.rstrip(",.;:") or low in _DETERMINERS or _POSSESSIVE.search(w) and len(w) > 2:
            break
        if low in lex.title_words or low in lex.role_nouns or low in lex.demonyms or low in _ROLE_ADJECTIVES:
            role.insert(0, w)
        elif w[0].isupper() and (is_prefix_word(w) or is_acronym(w)):
            role.insert(0, w)
        else:
            break
    phrase = " ".join(role)
    return phrase if role_head(phrase) or len(role) > 1 or last.lower() in lex.role_nouns else ""


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(s.name for s in pycountry.subdivisions.get(country_code="US") or [] if s.type == "State")


_GENERIC_HEADS = frozenset({"doctor"})  # role heads also used of no one in particular


def generic_role_ref(text: str, m: re.Match[str]) -> bool:
    """True for a role reference whose head is also used of no one in particular ("go to the doctor") when no speech
    verb stands right after or right before it ("the doctor told", "said the doctor" do refer back)."""
    if m.group(2).lower() not in _GENERIC_HEADS:
        return False
    after, before = text[m.end():m.end() + 20].split()[:1], text[max(0, m.start() - 20):m.start()].split()[-1:]
    return not any(is_cue_verb(w.strip(",.;:")) for w in after + before)


def role_ref_regex() -> re.Pattern[str]:
    global _ROLE_REF
    if _ROLE_REF is None:
        lex = lexicon()
        heads = "|".join(re.escape(h) for h in lex.role_heads)
        # a qualifier: a nationality or a US state ("the Russian leader", "the Minnesota senator"), and "former"
        # or a body's initials ("the U.N. leader", "the NATO chief"), found in the holder's role ("U.N. Secretary-General")
        bodies = ["u.n.", "un", "nato", "eu", "e.u.", "imf", "fbi", "cia", "who", "opec"]
        quals = sorted(list(lex.demonyms) + [p.lower() for p in lex.places.values() if p in _us_states()] + bodies + list(_RANKS),
                       key=len, reverse=True)
        dems = "|".join(re.escape(d) for d in quals)
        # "the independent senator", "the embattled governor": an adjective that names no office may come first
        free = "independent|veteran|longtime|embattled|outgoing|junior|senior|freshman|republican|democratic|gop"
        _ROLE_REF = re.compile(rf"\b[Tt]he (?:(?:{free}) )?(?:((?:former )?(?:{dems})|former) )?({heads})\b(?! (?-i:[A-Z]))",
                               re.IGNORECASE)
    return _ROLE_REF


_PRESIDENTS = frozenset("Obama|Barack Obama|Barack H. Obama|Trump|Donald Trump|Donald J. Trump|Biden|Joe Biden".split("|"))
_HEAD_SYNONYMS = {"pontiff": "pope"}  # "the pontiff said": Pope Francis
# Ranks that make another office of the same head: "the deputy attorney general" is not the attorney general
_RANKS = ("deputy", "assistant")


def resolve_role_ref(
    actors: dict[str, ArticleActor], starts: dict[str, list[int]], demonym: str | None, head: str, pos: int
) -> str | None:
    """The person a role reference ("the president", "the Russian leader", "the Minnesota senator", "the former
    vice president") points back to: the qualifier must be in the person's stored role. `starts` caches each
    name's sorted mention starts."""
    lex = lexicon()
    head = _HEAD_SYNONYMS.get(head.lower(), head).replace("-", " ")
    former = bool(demonym) and demonym.lower().startswith("former")
    if former:
        demonym = demonym[len("former"):].strip() or None
    rank = demonym.lower() if demonym and demonym.lower() in _RANKS else None
    if rank:
        demonym = None
    cands: list[str] = []
    unqualified: set[str] = set()  # "Republican Sen. Rob Portman" … "the Ohio senator": his role names no state
    for actor in actors.values():
        if actor.kind != "person":
            continue
        for role in actor.roles:
            if (rank not in role.lower().split()) if rank else any(r in role.lower().split() for r in _RANKS):
                continue
            h = (role_head(role) or "").replace("-", " ")  # "Secretary-General" is "the secretary general"
            if h and (h == head or h == role_head(head) or h.startswith(head + " ") or head == "leader" and h in lex.leader_heads):
                if demonym and f" {demonym.lower()} " not in f" {role.lower()} ":
                    if not former and not any(w.lower() in lex.demonyms or w in _us_states() for w in role.split()):
                        unqualified.add(actor.name)
                    continue
                if former and "former" not in role.lower().split():
                    continue
                cands.append(actor.name)
                break
    def last_seen(name: str) -> int:
        seen = starts.setdefault(name, sorted(m.start for m in actors[name].mentions))
        i = bisect_left(seen, pos)
        return seen[i - 1] if i else -1

    if not cands and not unqualified and head == "president" and not demonym and not former:
        # "Mr. Obama … the president said": a US president of the corpus's years named with no title
        cands = [a.name for a in actors.values() if a.kind == "person" and a.name in _PRESIDENTS
                 and not any(r.split()[-1].lower() != "president" for r in a.roles)]
        cands = [max(cands, key=lambda n: len(actors[n].mentions))] if cands else []  # the article's own president
    if not cands and unqualified:  # the only one the reference can mean, or the one named just before it
        near = max(unqualified, key=last_seen)
        return near if len(unqualified) == 1 or 0 <= pos - last_seen(near) < _JUST_NAMED else None
    if not cands:
        return None
    latest = max(cands, key=last_seen)
    if not demonym and len(cands) > 1:
        home = [c for c in cands if not any(
            w.lower() in lex.demonyms and w.lower() not in {"u.s.", "us", "american", "federal"}
            for r in actors[c].roles for w in r.split())]
        # "the president" is the home one, unless a foreign president was named just before ("Iranian President
        # Hassan Rouhani … Rouhani said … “…,” the president said")
        if home and not (latest not in home and 0 <= pos - last_seen(latest) < _JUST_NAMED):
            return max(home, key=last_seen)
    return latest


def role_holder(actors: dict[str, ArticleActor], phrase: str) -> str | None:
    """The one person an article gave the capitalised role `phrase` ("Tesla CEO Elon Musk" … "the Tesla CEO"), else None."""
    low = phrase.lower()
    holders = [a.name for a in actors.values() if a.kind == "person" and any(r.lower() == low for r in a.roles)]
    return holders[0] if len(holders) == 1 else None


def unnamed_holder_between(text: str, head: str, since: int, pos: int) -> bool:
    """True when an unnamed holder of the role ("A Republican senator who requested anonymity") enters the story
    after the named holder was last mentioned (or in that sentence), before the reference at pos: "the GOP
    senator" is then the unnamed one ("A GOP senator who asked not to be named discussing Roe said …")."""
    since = max(text.rfind(". ", 0, since), text.rfind("\n", 0, since), 0)
    return _unnamed_holder(head.lower()).search(text, since, pos) is not None


@lru_cache(maxsize=256)
def _unnamed_holder(head: str) -> re.Pattern[str]:
    """An indefinite holder of the role `head` opening a sentence or right after a cue, not an appositive or a
    predicate ("Roe, a professor at X, said")."""
    # ("Then a doctor asked": one opening adverb may come first)
    return re.compile(rf"(?:^|[.!?][”\"]?\s+(?:(?:Then|Later|Soon|Finally|Eventually|Instead),?\s+)?|\n|\b(?:[Bb]ut|[Aa]nd|said|says|told|added|to)\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                      rf"(?:[\w-]+\s+){{0,3}}(?i:{re.escape(head)})\b(?! [A-Z])")
