"""Text-level tests the speaker rules share: is a name only a modifier ("a DHS official"), is a quote a
title in Title Case, who is an unnamed speaker ("a former official said"). They look at the words
around a mention or quote, never at who the article is about, so they hold for any news article.
Kept apart from index/quotes.py so the attribution rules stay readable.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from index.first_name_genders import first_name_genders
from index.names import lexicon

if TYPE_CHECKING:
    from index.actors import ActorMention

# A sentence opening with one of these ("Speaking at ...,", "Asked about ...,") is a participle phrase whose
# subject comes after it: its cue is not the attribution, and a quote inside it belongs to the main subject.
PARTICIPLES = frozenset(
    "speaking referring describing calling responding addressing discussing commenting talking writing noting "
    "asked pressed questioned labeling labelling dubbing branding defending criticizing criticising mocking praising "
    "echoing citing invoking reacting arguing insisting explaining warning adding saying telling accusing "
    "claiming blasting urging".split())
OPENERS = ("And ", "But ", "So ", "Yet ", "In addition, ", "Also, ")
# Only a capitalised title (and "the", "former", "a") may precede a sentence's opening subject.
TITLE_WORDS = re.compile(r"(?:(?:[Tt]he|[Ff]ormer|[Aa]n?|[A-Z][\w.’'-]*)\s+)*")
# Nouns that turn a name before them into a modifier: "a DHS official", "Trump supporters", "the Biden
# campaign". Besides the lexicon's role nouns (official, spokesman, aide...).
_MODIFIED_EXTRA = frozenset(
    "supporter supporters administration campaign staffer staffers source sources insider insiders loyalist "
    "loyalists ally allies voter voters employee employees agent agents officer officers member members team "
    "critic critics backer backers donor donors camp officials aides spokesmen spokeswomen advisers advisors "
    "lawyers attorneys leaders executives analysts lawmakers representatives investigators prosecutors "
    "investigator agency".split())
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}$")
# Words after a name that make it a subject, not a modifier ("the rapper Kanye West has said")
_VERBISH = frozenset("has had have is was are were will would could can should may might must does did do "
                     "himself herself who whose which and or but to of in on at for with from by as that than also "
                     "again then now still just never always once even later first last".split())
_CONJUNCTIONS = frozenset("while whereas but and or so yet as when after before since because if though although".split())
_PERSON_NOUNS = frozenset("man woman person resident witness neighbor neighbour friend relative student "
                          "worker voter veteran lawmaker senator doctor nurse teacher parent mother father".split())
# "A former senior DHS intelligence officer explained": an indefinite article, a few modifiers, a person noun
_UNNAMED_OPENING = re.compile(r"[“\"]?(?:(?:But|And|So|Yet|Still|However|Meanwhile),?\s+)?(?:(A|An|Another|One)|That|This)\s")
# After "that"/"this" only nouns that stand for an unnamed source ("that person also warned"); "this president" is named.
_ANONYMOUS_NOUNS = frozenset("person official source insider aide man woman individual staffer".split())
_NOT_PEOPLE = frozenset("administration campaign camp team agency".split())
_TOKEN = re.compile(r"\S+")
# ", Jane Roe," between the unnamed noun and its cue: the person is named after all
_NAMED_APPOSITIVE = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*,")
_CLAUSE_END = re.compile(r"\b(?:and|but|while|whereas)\b|[;:—–]")
_NEXT_WORD = re.compile(r" ([a-z]+)(-[a-z]+)?\b")
# "73% said", "some students said", "half of the voters said": a quantified group is the cue's subject
_GROUP_SUBJECT = re.compile(
    r"(?:\b(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|[Oo]thers|[Bb]oth)(?:\s+[A-Za-z-]+){0,2}"
    r"|\d[\d.,]*\s*(?:%|percent)(?:\s+of\s+(?:the\s+)?[A-Za-z-]+)?"
    r"|\b(?:[Hh]alf|[Mm]ajority|[Tt]hird|[Qq]uarter)\s+of\s+(?:the\s+)?[A-Za-z-]+(?:\s+[a-z-]+)?)\s+$")
# two people joined as one subject or source ("Roe and Ray", "Sens. Roe and Ray", "Roe, and Rep. Ray")
PERSON_PAIR = re.compile(r",?\s+and\s+(?:[A-Z][a-z]{0,4}\.\s+)?")


def group_subject(text: str, start: int, cue_start: int) -> bool:
    """True when the words right before a cue are a quantified group ("73% said", "some students said"): the
    quote is the group's, no named person's, even when a person was named earlier in the sentence."""
    return _GROUP_SUBJECT.search(text, max(start, cue_start - 60), cue_start) is not None


# Nouns an "of" may follow inside a role: "director of communications", "department of forestry … chief"
_OFFICE_NOUNS = frozenset("department office ministry bureau agency division school college university institute center "
                          "centre board council commission committee secretary minister director head chief professor "
                          "dean president chairman chairwoman chair vice speaker".split())
# Occupation nouns by their endings ("columnist", "historian", "writer", "psychologist", "consultant")
_OCCUPATION = re.compile(r"^[a-z]{3,}(?:ist|ian|er|or|ant|ent|ive)$")
_NOT_OCCUPATIONS = frozenset("after other under over never ever whether either rather later former latter better "
                             "however current recent different present several per for or nor".split())


def role_lead(lead: str) -> bool:
    """True when the words before a name are only titles or a role ending in a role noun ("Democratic strategist",
    "Cuban policy expert", "Sen."), so the name is the clause's subject, not an object after a conjunction."""
    # "California department of forestry and fire protection (CalFire) chief": an acronym in brackets is part of it
    words = [w for w in lead.split() if not re.fullmatch(r"\([A-Z][\w&.-]*\)", w)]
    if not words:
        return not lead.strip()
    if words[0].lower() in _CONJUNCTIONS:
        return False  # "While attending New York University School of Law, Rizvi": an opening clause, no role
    if len(words) > 8 or not words[-1][:1].isupper() and words[-1].lower() not in _modified_nouns() \
            and not (_OCCUPATION.search(words[-1]) and words[-1] not in _NOT_OCCUPATIONS) \
            and not " ".join(words[-3:]).lower() in _multiword_roles():  # "former White House chief of staff"
        return False
    # "Trump supporter and political commentator": "and" may join two roles; "director of communications",
    # "department of forestry and fire protection chief": "of" after an office noun is part of the role
    return all(w[:1].isupper() or w.lower() in _modified_nouns() or w in ("a", "an", "the", "former") or w.isalpha()
               and w not in _VERBISH and w not in _CONJUNCTIONS or w == "and" and 0 < k < len(words) - 1
               or w == "of" and 0 < k < len(words) - 1 and words[k - 1].lower() in _OFFICE_NOUNS
               for k, w in enumerate(words))


@lru_cache(maxsize=1)
def appositive() -> re.Pattern[str]:
    """An appositive between a subject and its cue verb, closed by a comma: "Smith, a former Jones aide, said",
    "Smith, president of First Focus, told me" (a bare role noun may open it, as news style writes titles), or an
    aside between a pair of dashes ("Pelosi -- who led it in 2010 -- accused")."""
    roles = "|".join(sorted((re.escape(w) for w in lexicon().role_nouns if " " not in w), key=len, reverse=True))
    # or any aside set off by a pair of dashes: "Nancy Pelosi -- who led it when Democrats ruled -- accused", "Mr Reid -
    # former senator for Nevada, home to the "Area 51" base - later tweeted" (a short quoted term may sit inside)
    # "Meadows, R-N.C., chairman of the House Freedom Caucus, said": a party-state tag may open it
    # "Josselyn, Associated Gun Clubs of Baltimore's legislative vice president, said": an org's possessive may open it
    # "Werfel, two weeks into his stint as acting commissioner, called": a span of time may open it
    # "Sen. Roe (R-Tenn.), chairman of …, said", "Sen. Doe (Calif.), the senior Democrat on …, said": or a bracketed one
    return re.compile(r"(?:(?:\s*,\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,?|\s*\([^()“”\"]{1,30}\))?\s*,\s+(?:a|an|the|who|whose|one|also|now|then|"
                      r"(?:just\s+|only\s+)?[\w-]+\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:into|after|before|since)|"
                      r"(?:[A-Z][\w.&-]*\s+(?:of\s+|and\s+|the\s+)?){0,5}[\w.]+['’]s|(?:(?:former|longtime|acting|"
                      rf"interim|senior|deputy|co-)\s*)?(?:{roles}))\b[^“”\"]*,"
                      r"|\s+(?:--|—|–|-)\s(?:[^“”\"—–]|[“\"][^“”\"]{1,30}[”\"])*?\s(?:--|—|–|-)|—[^“”\"—–]*—)\s*(?:[\w-]+\s+){0,3}$")


@lru_cache(maxsize=1)
def unnamed_person_nouns() -> frozenset[str]:
    """Nouns that name a person (role nouns and "man", "agent", "student" …): "with one forensics agent saying"."""
    return _modified_nouns() | _PERSON_NOUNS | _ANONYMOUS_NOUNS | {"agent", "officer", "employee", "member", "expert"}


@lru_cache(maxsize=1)
def _multiword_roles() -> frozenset[str]:
    return frozenset(w for w in lexicon().role_nouns if " " in w and w.count(" ") <= 2)


@lru_cache(maxsize=1)
def _modified_nouns() -> frozenset[str]:
    return frozenset(w for w in lexicon().role_nouns if " " not in w) | _MODIFIED_EXTRA


def is_modifier(text: str, end: int, start: int = -1) -> bool:
    """True when the name ending at `end` modifies the noun after it ("a DHS official", "a Trump supporter"):
    the speaker is then that unnamed person, not the named organisation or person."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    if start >= 0 and _DETERMINER_BEFORE.search(text, max(0, start - 30), start) and m.group(1) not in _VERBISH \
            and not m.group(1).endswith(("ed", "ly", "s")) and not m.group(1) in lexicon().cue_verbs:
        return True  # "a possible Trump victory", "the Biden plan": a name between a determiner and a noun
    if m.group(2):  # "State Department whistle-blowers": verbs are not hyphenated, compound nouns are
        return not m.group(1) in ("long", "self", "well", "co", "re", "pre", "ex")
    if m.group(1) in _modified_nouns():
        return True
    # "George W. Bush speechwriter David Frum": an occupation noun between two names makes the first a modifier
    return bool(_OCCUPATION.search(m.group(1))) and m.group(1) not in _NOT_OCCUPATIONS and _NAME_NEXT.match(text, m.end()) is not None


_NAME_NEXT = re.compile(r" [A-Z][a-z]")


def unnamed_speaker_cue(text: str, a: int) -> int | None:
    """Where the cue verb is when the sentence at a opens with an unnamed person who speaks ("A former senior DHS
    officer explained", "A spokeswoman for Sen. Roe of Montana, one of ..., told", "One person who works in the
    industry said", "But that person also warned"), else None: that cue's speaker, and a later he/she, is that
    unnamed person, not anyone named before. A person named in an appositive ("A lawyer for X, Jane Roe, said")
    is not unnamed."""
    m = _UNNAMED_OPENING.match(text, a)
    if not m:
        return None
    nouns = _modified_nouns() | _PERSON_NOUNS if m.group(1) else _ANONYMOUS_NOUNS
    words = list(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + 200)))
    for k, word in enumerate(words[:6]):
        w = word.group().rstrip(",")
        if w in nouns and w not in _NOT_PEOPLE:
            for tok in words[k + 1:k + 20]:  # a cue verb before the clause ends
                t = tok.group()
                if t.strip(",.:;").lower() in lexicon().cue_verbs:
                    gap = text[word.start() + len(w):tok.start()]
                    return None if _NAMED_APPOSITIVE.search(gap) or _CLAUSE_END.search(gap) else tok.start()
                if any(ch in t for ch in "“”\"!?;") or t.endswith(".") and t[:1].islower():
                    return None  # a quote or the sentence's end ("Sen." and "U.S." are no end)
            return None
        if w in _VERBISH:
            return None  # "A year after…", "One of the…": the phrase ends before any person noun
    return None


# Person nouns that head an unnamed subject, beyond the speaker nouns above ("A senior Republican familiar with
# the talks dismissed the idea", "One New Jersey store owner put it this way")
_SUBJECT_NOUNS = frozenset("owner Republican Democrat activist protester farmer manager customer patient victim survivor "
                           "retiree driver immigrant refugee researcher scientist economist professor judge diplomat "
                           "analyst physician pastor".split())
_FINITE = frozenset("said says put told tells wrote writes thinks thought knows knew feels felt went came gave took "
                    "made sees saw".split())
_COPULA = frozenset("is was are were be been being".split())  # "One American diplomat was targeted": no actor


def opens_with_unnamed_person(text: str, a: int) -> bool:
    """True when the sentence at a opens with an unnamed person who speaks (see unnamed_speaker_cue) or is the
    subject of any verb ("A senior Republican familiar with the talks dismissed the idea …"): a he/she in the
    next sentences is that person, not anyone named before."""
    if unnamed_speaker_cue(text, a) is not None:
        return True
    m = _UNNAMED_OPENING.match(text, a)
    if not m or not m.group(1):
        return False
    nouns = _modified_nouns() | _PERSON_NOUNS | _SUBJECT_NOUNS
    words = list(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + 200)))
    for k, word in enumerate(words[:6]):
        w = word.group().rstrip(",")
        if w in nouns and w not in _NOT_PEOPLE:
            for tok in words[k + 1:k + 16]:
                t = tok.group().strip(",.:;")
                if any(ch in tok.group() for ch in "“”\"!?;") or tok.group().endswith(".") and t[:1].islower():
                    return False
                if t in _COPULA:
                    return False
                if t in _FINITE or t.endswith("ed") and len(t) > 4 and t.islower():
                    gap = text[word.start() + len(w):tok.start()]
                    return not (_NAMED_APPOSITIVE.search(gap) or _CLAUSE_END.search(gap))
            return False
        if w in _VERBISH:
            return False
    return False


def participle_opening(text: str, a: int, pos: int) -> bool:
    """True when the word at pos opens the sentence starting at a and is a speech participle."""
    head = text[a:pos].lstrip(" “\"‘'")
    for conj in OPENERS:
        if head.startswith(conj):
            head = head[len(conj):]
    word = text[pos:pos + 14].split(" ", 1)[0]
    return not head.strip() and word.lower() in PARTICIPLES


_HONORIFIC = re.compile(r"(?:\b(Mr|Ms|Mrs|Miss)\.?|\b(?:(congressman|spokesman|businessman|king|prince)|"
                        r"(congresswoman|spokeswoman|chairwoman|businesswoman|actress|queen|princess))) $", re.IGNORECASE)


def genders(text: str, mentions: list[ActorMention], roles: dict[str, list[str]]) -> dict[str, str]:
    """"m" or "f" for people an article marks by an honorific ("Mr. Biden", "Ms. Harris") or a gendered role
    ("spokeswoman"), else by their first name's usual gender (index/first_name_genders.py), so "she said" never
    resolves to a man. People with mixed marks, or an unknown first name, are left out."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        h = _HONORIFIC.search(text, max(0, m.start - 16), m.start) if m.kind == "person" else None
        if h:
            seen.setdefault(m.name, set()).add("m" if (h.group(1) or "").lower() == "mr" or h.group(2) else "f")
    for name, rs in roles.items():
        for r in rs:
            h = _HONORIFIC.search(r.split()[-1].lower() + " ") if r.split() else None
            if h and not h.group(1):
                seen.setdefault(name, set()).add("m" if h.group(2) else "f")
    marked = {name: g.pop() for name, g in seen.items() if len(g) == 1}
    # unmarked people by the usual gender of their first name, learnt from the corpus ("David Remnick" is a he)
    table = first_name_genders()
    for m in mentions:
        if m.kind == "person" and m.name not in marked and " " in m.name and (g := table.get(m.name.split()[0].lower())):
            marked[m.name] = g
    return marked