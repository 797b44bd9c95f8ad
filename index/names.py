"""Name, role and kind lexicons with small helpers, so actor and quote rules share one vocabulary."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

from index.aliases import fold_key
from index.common_words import common_words
from index.first_name_genders import first_name_genders

LEXICON_PATH = Path(__file__).with_name("actor_lexicon.yaml")

# Abbreviations whose trailing period is part of the word, not a sentence end.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr sen rep gov gen lt col prof rev capt sgt adm maj ft mt no vs inc corp ltd co "
    "jan feb mar apr aug sept sep oct nov dec a.m p.m u.s u.k u.n e.u d.c "
    "cmdr cdr cpl pvt spc supt det insp atty fr hon pres gens reps sens messrs dept univ assn".split()
)
# Lowercase particles allowed inside a capitalised name ("Ursula von der Leyen", "Julien de Rosa").
NAME_PARTICLES = frozenset("de da di del della dos du van von der den bin ibn al la le el".split())
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}


@dataclass
class Lexicon:
    """Every word list the extractor uses, folded to lowercase keys."""

    title_words: frozenset[str]
    role_nouns: frozenset[str]
    role_heads: tuple[str, ...]
    leader_heads: frozenset[str]
    org_cues: frozenset[str]
    org_words: frozenset[str]
    demonyms: frozenset[str]
    stop_words: frozenset[str]
    cue_verbs: frozenset[str]
    place_suffixes: frozenset[str]
    places: dict[str, str] = field(default_factory=dict)  # folded spelling -> canonical place


def _lower_set(items: list[str]) -> frozenset[str]:
    bad = [i for i in items if not isinstance(i, str)]
    if bad:  # YAML reads bare on/off/yes/no as booleans and "said:" as a mapping: quote them in the lexicon
        raise ValueError(f"{LEXICON_PATH}: lexicon entries must be strings, got {bad!r} (quote them)")
    return frozenset(i.lower() for i in items)


def _country_places(place_aliases: dict[str, list[str]]) -> dict[str, str]:
    """Countries from pycountry plus US states, mapped to short canonical names."""
    out: dict[str, str] = {}
    alias_target: dict[str, str] = {}
    for canonical, variants in place_aliases.items():
        for v in [canonical, *variants]:
            alias_target[fold_key(str(v))] = canonical
    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        short = getattr(country, "common_name", None) or country.name
        short = alias_target.get(fold_key(short), short)
        for n in names:
            if n:
                out[fold_key(n)] = alias_target.get(fold_key(n), short)
    for sub in pycountry.subdivisions.get(country_code="US") or []:
        if sub.type == "State":
            out[fold_key(sub.name)] = sub.name
    out.update(alias_target)
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the lexicon YAML once per process."""
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    places = _country_places(data.get("place_aliases") or {})
    for p in data["places"]:
        places.setdefault(fold_key(str(p)), str(p))
    return Lexicon(
        title_words=_lower_set(data["title_words"]),
        role_nouns=_lower_set(data["role_nouns"]),
        role_heads=tuple(sorted((str(h).lower() for h in data["role_heads"]), key=len, reverse=True)),
        leader_heads=_lower_set(data["leader_heads"]),
        org_cues=_lower_set(data["org_cues"]),
        org_words=_lower_set(data["org_words"]),
        demonyms=_lower_set(data["demonyms"]),
        stop_words=_lower_set(data["stop_words"]),
        cue_verbs=_lower_set(data["cue_verbs"]),
        place_suffixes=_lower_set(data["place_suffixes"]),
        places=places,
    )


def acronym_tail(name: list[str]) -> bool:
    """True for "Super PAC", "Sunni ISIS": a capitalised word before an all-capital one names a thing, not a
    person (surnames are not acronyms; a regnal numeral such as "II" and all-capital text aside)."""
    return len(name) >= 2 and is_acronym(name[-1]) and not re.fullmatch(r"[IVXLC]+|JR\.?|SR\.?", name[-1]) \
        and not all(is_acronym(w) or len(w) <= 2 for w in name[:-1])


@lru_cache(maxsize=65536)
def place_name(span: str) -> str | None:
    """The canonical place for a spelling ("U.S." -> "United States"), or None if it is no known place.
    A run of two or more words ending in a place word ("Baker County") is a place too."""
    lex = lexicon()
    found = lex.places.get(fold_key(span))
    if found is None and " " in span and span.rsplit(" ", 1)[1].lower() in lex.place_suffixes:
        words = span.lower().split()[:-1]
        if not any(w in lex.title_words or w in lex.org_cues or w in lex.stop_words for w in words):
            return span
    return found


def is_acronym(word: str) -> bool:
    """True for all-capital words of 2-6 letters such as NATO or FBI."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=65536)
def is_prefix_word(word: str) -> bool:
    """True when a capitalised word can belong to a role or affiliation before a name."""
    lex = lexicon()
    low = word.lower()
    if low.endswith(("-designate", "-elect")):  # "Speaker-designate Bob Livingston", "President-elect Biden"
        low = low.rsplit("-", 1)[0]
    if "-" in low and all(p in _RANKS for p in low.split("-")):  # "Brig-Gen Hossein Rahimi", "Lt-Col", "Maj-Gen"
        return True
    return (
        low in lex.title_words
        or low in lex.demonyms
        or low in lex.org_cues
        or low in lex.org_words
        or place_name(word) is not None
    )


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """True when a word may be part of a person's name (not a stop word, title or nationality)."""
    lex = lexicon()
    low = word.lower()
    if low in NAME_PARTICLES:
        return True
    if low in lex.stop_words or low in lex.title_words or low in lex.demonyms or low[-1:] == "s" and low[:-1] in lex.demonyms:
        return False  # "Iranians", "Americans": a people, never a person's name
    if low in lex.org_cues or low in lex.org_words:
        return False
    return word[:1].isupper() and not word.isupper() or len(word) <= 3 and word.isupper()


def has_org_cue(words: list[str]) -> bool:
    """True when a run of words names an organisation (a cue word or a two-word cue such as White House)."""
    lex = lexicon()
    lows = [w.lower() for w in words]
    if any(w in lex.org_cues or w in lex.org_words for w in lows):
        return True
    return any(f"{a} {b}" in lex.org_cues for a, b in zip(lows, lows[1:]))


_WORD = re.compile(r"[\w.'’-]+")
# Titles written before a name stand for these role heads ("Sen. Warren" is "the senator").
_ROLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative",
                       "gov.": "governor", "gov": "governor", "adm": "admiral", "adm.": "admiral", "gen": "general", "gen.": "general", "congressman": "representative",
                       "congresswoman": "representative", "dr": "doctor", "dr.": "doctor"}


@lru_cache(maxsize=65536)
def role_head(role: str) -> str | None:
    """The head of a role ("Russian Foreign Minister" -> "foreign minister"), or None."""
    low = " ".join(_ROLE_ABBREVIATIONS.get(w, w) for w in _WORD.findall(role.lower()))
    for head in _heads_longest_first():  # "attorney general" before "general", "press secretary" before "secretary"
        if low.endswith(head) or f" {head} " in f" {low} ":
            return head
    return None


@lru_cache(maxsize=1)
def _heads_longest_first() -> list[str]:
    return sorted(lexicon().role_heads, key=lambda h: (-len(h), h))


@lru_cache(maxsize=65536)
def is_cue_verb(word: str) -> bool:
    """True when a word reports speech (said, told, wrote, added...)."""
    return word.lower() in lexicon().cue_verbs


_INITIAL = re.compile(r"[A-Z]\.?")
_SUFFIX = re.compile(r"Jr\.?|Sr\.?|II|III|IV")
_RANKS = frozenset("brig gen lt col maj adm vice rear cmdr sgt capt cpl".split())
_GEO_HEADS = frozenset("gulf bay sea isle island islands strait straits cape lake river mount port fort "
                       "republic kingdom state city county province district region duchy".split())


def home_place_start(words: list[str]) -> int:
    """Where "of <place>" or "of <organisation>" starts after a person's name ("Rep. Bill Huizenga of Michigan"
    -> 3, "Deborah Ziegler of the Council" -> 2), else 0: news style names a person's home or employer so."""
    if "of" not in words:
        return 0
    # the first "of" that ends a name ("Michael Traugott of the University of Michigan" -> 2)
    for k in [i for i, w in enumerate(words) if w == "of" and i >= 1]:
        cut = _home_at(words, k)
        if cut:
            return cut
    return 0


def _home_at(words: list[str], k: int) -> int:
    """k when words[k] is an "of" between a person's name and their home place or employer, else 0."""
    titles = [i for i, w in enumerate(words[:k]) if w.lower() in lexicon().title_words]
    # "GOP Sen. Ron Johnson of Wisconsin": an org word in the title before the name is no org name
    if k < 1 or not is_name_word(words[k - 1]) or has_org_cue(words[titles[-1] + 1 if titles else 0:k]):
        return 0
    if k == 1 and (words[0].lower() in _GEO_HEADS or place_name(" ".join(words))):
        return 0  # "MacArthur of New Jersey" is a surname and a home, "Gulf of Mexico" one place
    if place_name(" ".join(words[k + 1:])):
        return k
    # an organisation after a first and last name (two or three name words, nothing before them) or after a
    # titled surname ("Mr. Vargas of the Dream Action Coalition", "Sen. Warren of the Banking Committee")
    t = 1 if words[0].lower() in lexicon().title_words else 0
    # "George C. Edwards III of Texas A&M": a middle initial or a generational suffix adds no name word
    n = k - sum(1 for w in words[t + 1:k - 1] if _INITIAL.fullmatch(w)) - (k - t > 2 and _SUFFIX.fullmatch(words[k - 1]) is not None)
    if n - t <= 3 and k >= 2 and all(is_name_word(w) and w[:1].isupper() for w in words[t:k]) and has_org_cue(words[k + 1:]):
        return k
    # "Michael McKeon of Love, Honor, Cherish": after a known first name and a surname, "of" opens the group or
    # place a person is from even when it has no organisation word
    # ("United Congregations of Metro East" is no person: its second word is a common word)
    after = words[k + 2:k + 3] if words[k + 1:k + 2] == ["the"] else words[k + 1:k + 2]  # "of the Democratic think tank"
    if t == 0 and n in (2, 3) and (words[0].lower() in first_name_genders() or n == 2 and k == 2 and len(words) - k <= 3
                                   and words[0].lower() not in common_words() and not has_org_cue(words[:k])) \
            and after and after[0][:1].isupper() \
            and all(is_name_word(w) and w[:1].isupper() and w.lower() not in common_words() for w in words[1:k]):
        return k
    return 0


def common_by_form(word: str) -> bool:
    """True when a capitalised word is a stop word or looks like a plural noun ("Specialists", "Officials")."""
    low = word.lower()
    return low.endswith(("ists", "ials", "ities")) or low in lexicon().stop_words


def also_common_word(word: str, text: str) -> bool:
    """True when a capitalised word is also written in lowercase in the article, or looks like a plural noun."""
    return common_by_form(word) or re.search(rf"\b{re.escape(word.lower())}\b", text) is not None
