"""Context rules for capitalised runs the word lists misread: a person whose first name is also a country
("Chad Williams") or whose surname is also an organisation cue ("Al Cross"), a role noun opening a sentence
("Lawyer John Eastman"), a region ("Southern California"), a party-state tag ("R-New York") and a lone surname that is also a title ("King").

The lexicons classify a run from its words alone, so a first name that is also a country and a surname that is
also an org cue ("Cross" as in Red Cross) lose the person. News style gives such people away by their context:
a lowercase role noun right before the name ("political analyst Al Cross") or a speech verb right after it
("Chad Williams, said"). Only that context turns such a run into a person, so "Red Cross" or "Chad" alone stay
what they were. Split out of index/actors.py to keep that module under 400 lines.
"""
from __future__ import annotations

import re
from typing import Any

from index.actor_roles import role_before
from index.aliases import fold_key
from index.common_words import common_words
from index.first_name_genders import first_name_genders
from index.names import also_common_word, common_by_form, is_acronym, is_cue_verb, is_name_word, lexicon, place_name

# "Rep. Peter King, R-New York" / "(D-Calif.)": a party and home state, not a name.
_PARTY_STATE = re.compile(r"^[RDI]-[A-Z]")
# a speech verb right after the name, with or without an appositive comma ("Chad Williams, said")
_CUE_AFTER = re.compile(r",?\s+([a-z]+)\b")
_APPOSITIVE_ROLE = re.compile(r", (?:a|an|the) (?:[\w.'’\-]+ ){0,4}?([a-z]+)(?=[,.;])")
# Titles that are also common surnames ("Rep. Peter King" later "King"); a lone one is only ever a back-reference.
SURNAME_TITLES = frozenset("king prince bishop major judge cardinal lord knight marshal pope queen white".split())

# '"…," said Varga': the inverted attribution after a quote (not "told Varga", whose name is the listener)
SAID_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|asked|wrote)\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


def _cue_next_to(text: str, start: int, end: int) -> bool:
    """An inverted attribution before a word ('"…," said Cuban') or a cue verb right after it ("Cuban told"), not
    after an article ("the Cuban said") nor a plain "said" ("He said Cuban exiles were angry")."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
        return False
    m = _CUE_AFTER.match(text, end)
    return bool(SAID_BEFORE.search(text, max(0, start - 14), start) or m and is_cue_verb(m.group(1)) and not text[end:end + 1] == ",")

_COMPASS = frozenset("northern southern eastern western central north south east west".split())
# Words that open the name of an event, not a person: "Hurricane Katrina", "Tropical Storm Harvey", "Operation Overlord"
_NAMED_EVENT = frozenset("hurricane typhoon cyclone superstorm tropical operation".split())
_SAINT = frozenset({"st.", "st", "saint"})
_POSSESSIVE_NOUN = re.compile(r"['’]s?\s+[A-Z]")  # "St. Peter's Basilica", "St. James' Park"

Token = tuple[str, int, int, bool]


def person_context(text: str, start: int, end: int) -> bool:
    """True when the name at text[start:end] stands where news writing puts a person: after a lowercase role
    ("analyst Al Cross"), before a speech verb ("Chad Williams said") or before a role appositive."""
    if role_before(text, start):
        return True
    m = _CUE_AFTER.match(text, end)
    if m and is_cue_verb(m.group(1)):
        return True
    m = _APPOSITIVE_ROLE.match(text, end)
    return bool(m and m.group(1) in lexicon().role_nouns)


def _personal(words: list[str]) -> bool:
    """Two or three Title-case words that could be a first name and surname (no acronym, no strong org word)."""
    lex = lexicon()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and not is_acronym(w) for w in words)
            and not any(w.lower() in lex.org_words or w.lower() in lex.stop_words for w in words))


def reclassify(text: str, toks: list[Token], kind: str, k: int, role: str) -> tuple[str, int, str]:
    """Correct the word-list kind of one run using its context; returns (kind, name_from, role) like _classify."""
    first = toks[0][0]
    low = first.lower()
    if first[1:2] == "-" and _PARTY_STATE.match(first):
        return "none", 0, ""
    words = [t[0] for t in toks]
    lead = words[k].lower() if k < len(words) else ""
    if kind == "person" and (lead in _NAMED_EVENT or lead in _SAINT and _POSSESSIVE_NOUN.match(text, toks[-1][2])):
        return "none", 0, ""  # "Hurricane Katrina"; "St. Peter's Basilica", "St. Patrick's Day": a place or a day
    if (low in _COMPASS and len(words) > 1 and kind != "place" and place_name(" ".join(words[1:]))
            and not place_name(" ".join(words))):
        return "place", 0, ""  # "Southern California", "East Tennessee": a region of a place (not "North Korea")
    if kind == "person" and len(toks) < 3 or kind == "single" or kind == "place":
        return kind, k, role  # the common cases: nothing below applies
    if kind == "none" and len(words) == 1 and (low in SURNAME_TITLES or low in lexicon().org_cues):
        return "surname_only", 0, ""  # "King", "Cross": a person only if the article named someone with that surname
    if kind == "none" and len(words) == 1 and not toks[0][3] and (low in lexicon().demonyms or low in lexicon().stop_words) \
            and low not in lexicon().title_words and _cue_next_to(text, toks[0][1], toks[0][2]):
        return "surname_only", 0, ""  # '"…," said Cuban,' after "Mark Cuban": his surname, when a cue verb is beside it
    if kind in ("none", "organisation") and _personal(words):
        start, end = toks[0][1], toks[-1][2]
        country_first = kind == "none" and len(words) == 2 and place_name(first) is not None and is_name_word(words[1])
        cue_surname = kind == "organisation" and is_name_word(first) and place_name(first) is None
        if country_first and person_context(text, start, end) or cue_surname and role_before(text, start):
            return "person", 0, role
    lex = lexicon()
    if kind == "person" and len(words) - k >= 3 and words[k].lower() in lex.role_nouns and not role:
        return "person", k + 1, words[k].lower()  # "Lawyer John Eastman": the sentence's opening role noun
    if kind == "person" and len(words) - k >= 3 and words[k].lower() in common_words() \
            and words[k].lower() not in first_name_genders() and words[k + 1].lower() in first_name_genders():
        return "person", k + 1, role  # "Special Operator First Class Craig Miller": a title's last word, then the name
    return kind, k, role


# Nouns a leader's surname modifies ("the Obama administration", "a Trump victory"): they mark a person.
_LEADER_NOUN = re.compile(r" (?:administration|presidency|campaign|aides?|advisers?|allies|loyalists|supporters|"
                          r"appointees?|victory|impeachment|nominee|era)\b")


def leader_singles(cands: list[Any], text: str) -> set[str]:
    """Lone capitalised words that are people though never a verb's subject: written both as a possessor
    ("Obama's embeds") and as the modifier of a leader noun ("the Obama administration", "a Trump victory"),
    and never in lowercase. News writing uses a well-known politician's bare surname so."""
    poss: set[str] = set()
    modifies: set[str] = set()
    for c in cands:
        if c.kind != "single":
            continue
        word = c.words[0]
        if c.possessive:
            poss.add(word)
        elif _LEADER_NOUN.match(text, c.end):
            modifies.add(word)
    return {w for w in poss & modifies if not also_common_word(w, text)}


# "Neslihan Coban, 63, lost", "her son Mazlum": an age in commas after a name, or a kinship noun before it
_AGE_AFTER = re.compile(r", \d{1,3},")
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:\w+ )?(?:son|daughter|wife|husband|brother|sister|mother|father|"
                         r"grandson|granddaughter|nephew|niece|cousin|uncle|aunt|fiancée?|widow|widower) $")


# "asks to be identified only as Ahmad", "gives only his first name, Arman": a person who withholds a surname
_NAMED_ONLY = re.compile(r"\b(?:identified|named)(?: only)? (?:as|by (?:his|her|their) first name,?) $|\bfirst name,? $")


def age_or_kin(text: str, start: int, end: int) -> bool:
    """True when a lone name is given an age ("Mazlum, 23,"), a kinship noun ("her son Mazlum") or is a first name
    given alone ("identified only as Ahmad"): only people are written so in news, so the name is a person even
    though no speech verb follows it."""
    return _AGE_AFTER.match(text, end) is not None or _KIN_BEFORE.search(text, max(0, start - 40), start) is not None \
        or text[start:end].isalpha() and _NAMED_ONLY.search(text, max(0, start - 40), start) is not None


_NICKNAME_AFTER = re.compile(r" \(([A-Z][a-z]+)\)")


def formal_name_next(text: str, end: int, run: list[tuple[str, int, int, bool]]) -> bool:
    """True when the word ending at `end` is followed by a nickname in brackets that is a word of the run so far:
    "Charlie Dent Charles (Charlie) Wieder Dent" is a name followed by the formal name (link text), not one name."""
    if text[end:end + 2] != " (":
        return False
    m = _NICKNAME_AFTER.match(text, end)
    return bool(m) and any(w[0] == m.group(1) for w in run)


def first_names(cands: list[Any], common: frozenset[str]) -> set[str]:
    """Folded first words of the article's titled or quoted full names that open exactly one of them and are not
    common words or places: a lone "Abiy" is then a person, and index/quote_names.py folds him into "Abiy Ahmed"."""
    owners: dict[str, set[str]] = {}
    for c in cands:
        first = c.words[0]
        if c.kind == "person" and (c.role or c.cue_follows) and 2 <= len(c.words) <= 3 and first.lower() not in common \
                and first.lower() not in _COMPASS and first[1:].islower() \
                and not place_name(first) and not place_name(" ".join(c.words[:2])) and first.lower() not in lexicon().org_words:
            owners.setdefault(fold_key(c.words[0]), set()).add(" ".join(c.words))
    return {first for first, full in owners.items() if len(full) == 1}


def speaks(text: str, start: int, end: int) -> bool:
    """A speech verb right after the word at start..end, or an inverted one right before it ('"…," said May')."""
    after = text[end:end + 30].split()
    return bool(after) and is_cue_verb(after[0].strip(",.:")) or bool(SAID_BEFORE.search(text, max(0, start - 25), start))


# Titles that stay part of a person's canonical name, as news and reference works write it ("Pope Francis", not
# "Francis"): a regnal name alone is rarely how anyone is known.
_NAME_TITLES = ("Pope",)


def titled_names(actors: list[Any], mentions: list[Any]) -> dict[str, str]:
    """Rename people given a name-keeping title ("Pope Benedict XVI" found as "Benedict XVI", role Pope) in the
    actors and their mentions, in place; returns the renames."""
    names = {a.name for a in actors}
    renames: dict[str, str] = {}
    for actor in actors:
        title = next((t for t in _NAME_TITLES if any(r.lower() == t.lower() for r in actor.roles)), None)
        if actor.kind == "person" and title and not actor.name.startswith(title + " ") and f"{title} {actor.name}" not in names:
            renames[actor.name] = f"{title} {actor.name}"
            actor.name = renames[actor.name]
    for m in mentions:
        m.name = renames.get(m.name, m.name)
    return renames


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())


def confirmed_singles(cands: list[Any], subjects: set[str], text: str) -> set[str]:
    """Folded lone names shown to be a person once ('"…," said Varga', "identified only as Ahmad", twice a verb's
    subject): every other "Varga" in the article is then that person too. Acronyms ("HUD said"), plurals of common
    nouns ("Marines") and words the article also writes in lowercase stay out: a cue after them is weaker evidence."""
    words = {c.words[0] for c in cands if c.kind == "single" and (c.cue_follows or c.words[0] in subjects)}
    words = {w for w in words if len(w) > 2 and not is_acronym(w) and w.lower() not in _ORDINALS and not w.endswith(".")
             and w[:-1].lower() not in common_words()}
    if not words:
        return set()
    # also_common_word, with the article's lowercase words gathered in one pass instead of a search per word
    lowercase = set(re.findall(r"\b[a-z][\w'’-]*", text))
    return {fold_key(w) for w in words if w.lower() not in lowercase and not common_by_form(w)}
