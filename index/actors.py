"""Find people, organisations and places in cleaned paragraphs with capitalisation, role and lexicon rules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.actor_context import SAID_BEFORE, age_or_kin, confirmed_singles, first_names, leader_singles, reclassify, speaks
from index.actor_roles import (generic_role_ref, resolve_role_ref, role_before, role_holder, role_ref_regex,
                               unnamed_holder_between)
from index.aliases import Aliases, fold_key
from index.common_words import common_words
from index.first_name_genders import first_name_genders, honorific_clash
from index.name_words import (DATE_LEADS, FIRST_NAMES, HONORIFICS, LY_VERB, MONTH_SURNAMES, OFFICE_WORDS, PERSONAL_TITLES, ROMAN,
                              SUBJECT_VERB, SURNAME_ORGS, name_word_at, surname_after_first_name)
from index.models import ArticleActor, Mention, Paragraph
from index.nicknames import formal_first_name
from index.name_runs import ARABIC_PREFIX, name_runs
from index.names import (acronym_tail, also_common_word, home_place_start, NAME_PARTICLES, has_org_cue, is_acronym,
                         is_cue_verb, is_name_word, is_prefix_word, lexicon, place_name)

_SUFFIXES = frozenset("jr sr ii iii iv".split())  # "Sheriff Joe D. Tackitt Jr." … "Tackitt"
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
_CREDIT_REGION = re.compile(
    r"\bcontributed (?:to this report|reporting)"
    r"|\b(?:Additional reporting|Reporting|Editing|Writing)(?: by|:) [^.;\n]{0,80}"  # not "Writing for the panel, Judge X"
    r"|\b(?:Photo(?:graph)?s?|Credit|Image)(?: by)?:? [^.;\n]{0,80}"
)
_CREDIT_WORDS = ("contributed", "reporting", "Reporting", "Editing", "Writing", "Photo", "Credit", "Image")
_VIA_AFTER = re.compile(r",?\s*(?:[A-Z][\w.]*\s+)?(?:via|for)\s+(?:AP|Getty|Reuters|AFP|EPA|Bloomberg|The\b)|\s*/")
_AFTER_APPOSITIVE = re.compile(r", (?:a|an|the) ((?:[\w.'’\-]+ ){0,4}?([a-z]+))(?=[,.;])")
# "O'Brien", "D’Souza": an apostrophe inside a lone surname, not a possessive or contraction.
# "first lady Melania Trump", "his daughter, Chelsea Clinton": a kinship word right before a family member's name
_KINSHIP_BEFORE = re.compile(r"\b(?:[Ff]irst [Ll]ady|wife|husband|son|daughter|brother|sister|father|mother|widow|widower|"
                             r"(?:son|daughter|brother|sister|father|mother)-in-law|grandson|granddaughter|nephew|niece|"
                             r"cousin|uncle|aunt|stepson|stepdaughter|twin)[,]?\s+$")
_NUMBER_WORDS = frozenset("first second third one two three four five six seven eight nine ten".split())
_NAME_LIST_NEXT = re.compile(r",?\s+(?:and\s+)?[A-Z][a-z]")
_LOWER_WORD_NEXT = re.compile(r"\s([a-z]+)\b")
_FUNCTION_WORDS = frozenset("of in on at for with from to and or but as by is was are were has had have will would "
                            "which that who where when said says could can may might also than into over near".split())
_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]+$")


@dataclass
class ActorMention:
    """A mention tied to an actor; `possessive` marks "Trump's", `role_ref` marks "the president"."""

    start: int
    end: int
    name: str
    kind: str
    possessive: bool = False
    role_ref: bool = False


@dataclass
class _Candidate:
    start: int
    end: int
    words: list[str]
    kind: str  # person | organisation | place | single
    role: str = ""
    possessive: bool = False
    titled: bool = False
    cue_follows: bool = False
    verb_follows: bool = False


@dataclass
class ActorIndex:
    """Actors of one article plus every mention in text order, for quote attribution."""

    actors: list[ArticleActor] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)


def _place_len(words: list[str], i: int) -> int:
    """How many words from i form a multi-word place name ("New York" -> 2), else 0."""
    for n in (3, 2):
        if i + n <= len(words) and place_name(" ".join(words[i:i + n])):
            return n
    return 0


def _common_phrase(name: list[str]) -> bool:
    """Only common words, the first no first name ("Big Surprise", "Great Recession", "Code Pink"): no person's
    name without a title ("Mark Cuban", "Will Hurd" open with a first name)."""
    return all(w.lower() in common_words() for w in name) and name[0].lower() not in first_name_genders()


def _classify(words: list[str], initial: bool) -> tuple[str, int, str]:
    """Kind of a run and where the name part starts: (kind, name_from, role)."""
    lex = lexicon()
    i = 0
    while i < len(words) and (words[i].lower() in lex.stop_words and not is_prefix_word(words[i])):
        if words[i].lower() in FIRST_NAMES and i + 1 < len(words) and is_name_word(words[i + 1]):
            break
        if _place_len(words, i):
            break
        i += 1
    if i == len(words) or not initial and len(words) - i == 1 and words[0].lower() in _NUMBER_WORDS:
        return "none", 0, ""  # "the think tank Third Way told": a name with a number word in it, no lone "Way"
    # "United States" opens a sentence with a word ending in -ed that is no verb: only words written lowercase
    # (or compounds, "Democrat-led") count
    if (initial and len(words) - i >= 2 and (words[i].lower().endswith(("ing", "ed", "ly"))
                                            and (words[i].lower() in common_words() or "-" in words[i]) or is_cue_verb(words[i]))
            and not is_prefix_word(words[i])
            and words[i].lower() not in FIRST_NAMES and words[i + 1] not in NAME_PARTICLES):
        i += 1  # "Following Trump": a sentence-initial verb or adverb
    elif (initial and i == 0 and len(words) >= 3 and all(p in common_words() or p in lex.role_nouns for p in words[0].lower().split("-"))
          and words[1][:1].isupper() and not is_prefix_word(words[0])):
        i = 1  # "Pundit Maxim Suchkov told", "Singer-songwriter John Legend": a common word opening the sentence
    joined = " ".join(words[i:])
    if place_name(joined):
        return "place", i, ""
    j = i
    while j < len(words) and _place_len(words, j) and j + _place_len(words, j) < len(words):
        j += _place_len(words, j)
    while j < len(words) and (
        is_prefix_word(words[j])
        or words[j] in ("of", "the", "for") and j + 1 < len(words) and is_prefix_word(words[j + 1])
    ):
        j += 1
    if j == len(words) and j - i >= 2 and words[-1].lower() in SURNAME_ORGS:
        j -= 1  # "Ms Fox", "President Ford": a surname that is also an organisation word, after a title
    # "DEA Administrator Michele Leonhart": a role noun after an acronym ends a title, whatever the acronym
    a = next((k for k in range(i + 1, len(words) - 2) if words[k].lower() in lex.role_nouns and is_acronym(words[k - 1])), -1)
    if a >= 0 and len(words) - a - 1 <= 3 and all(w[:1].isupper() and name_word_at(w, n) for n, w in enumerate(words[a + 1:])):
        return "person", a + 1, " ".join(words[i:a + 1])
    name = words[j:]
    prefix = words[i:j]
    if (
        name
        and all(name_word_at(w, n) or k == 1 and len(name) == 2 and surname_after_first_name(name[0], w)  # "Mark Cuban"
                for k, (n, w) in enumerate(enumerate(name, 1 if prefix else 0)))  # "Ms Fox", "Sen. King"
        and sum(w not in NAME_PARTICLES for w in name) <= 4 and not acronym_tail(name)
        and (name[-1][0].isupper() or ARABIC_PREFIX.match(name[-1]))
        and not (len(name) == 1 and ("'" in name[0] or "’" in name[0]) and not _APOSTROPHE_NAME.match(name[0]))
        and not (name[-1].lower() in MONTH_SURNAMES and (name[0].lower() in lex.stop_words or name[0].lower() in DATE_LEADS))
    ):
        if len(name) >= 2 or prefix:
            # a lone name needs a title, and a personal one if it is a common word ("House Ways", "Federal Reserve")
            lone_ok = name[0].lower() not in common_words() or bool(prefix) and prefix[-1].lower().rstrip(".") in PERSONAL_TITLES
            titled = any(w.lower() in lex.title_words and w.lower() not in {"u.s.", "us", "uk", "u.k."}
                         and (len(name) >= 2 or w.lower() not in OFFICE_WORDS and lone_ok) for w in prefix)
            if len(name) >= 2 and (prefix or not _common_phrase(name)) or titled:
                role = " ".join(w for w in prefix if w.lower().rstrip(".") not in HONORIFICS)
                return "person", j, role if titled else ""
        if len(name) == 1 and not prefix:
            return ("none", 0, "") if initial and name[0].lower() in lex.stop_words else ("single", j, "")
    # "Senate Armed Services Committee Chairman John McCain": an org-led title ending in a person's name
    t = max((k for k in range(i, len(words) - 2) if words[k].lower() in lex.title_words), default=-1)
    if t >= 0 and 2 <= len(words) - t - 1 <= 3 and all((w[:1].isupper() or w in NAME_PARTICLES) and name_word_at(w, n) for n, w in enumerate(words[t + 1:])):
        return "person", t + 1, " ".join(words[i:t + 1])
    if has_org_cue(words[i:]) and (len(words) - i > 1 or words[i].lower() in lex.org_words):
        # "The New York Times": an org cue that is also a stop word ("times", "daily") does not break the run
        if any(w.lower() in lex.stop_words and w.lower() not in ("of", "the", "for", "and") and w.lower() not in lex.org_cues
               for w in words[i + 1:]):
            return "none", 0, ""
        while i < len(words) - 1 and words[i].lower() in ("the", "u.s.", "us"):
            i += 1
        return "organisation", i, ""
    if len(words) - i == 1 and is_acronym(words[i]) and words[i] not in ROMAN and words[i].lower() not in lex.stop_words:
        return "organisation", i, ""
    return "none", 0, ""


def _in_credit(text: str, start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    """True for names inside photo credits and contributor lines."""
    if any(a <= start < b for a, b in regions):
        return True
    if start > 0 and text[start - 1] == "/":
        return True
    return bool(_VIA_AFTER.match(text, end))


def _candidates(text: str, offset: int) -> list[_Candidate]:
    """Classified capitalised runs of one paragraph, with offsets in the article text."""
    regions = []
    # the credit regex scans every position; most paragraphs hold none of its words (same result, cheaper)
    credits = _CREDIT_REGION.finditer(text) if any(w in text for w in _CREDIT_WORDS) else ()
    for m in credits:
        start = m.start()
        if m.group().startswith("contributed"):  # the whole sentence before "contributed to this report"
            start = max(text.rfind(". ", 0, start) + 1, start - 300, 0)
        regions.append((start, m.end()))
    out: list[_Candidate] = []
    runs = name_runs(text)
    home_rests: set[int] = set()  # where the home or employer after "Name of …" starts
    while runs:
        toks, initial = runs.pop(0)
        words = [t[0] for t in toks]
        cut = home_place_start(words)
        if cut:  # "Michael Traugott of the University of Michigan": the person, then the employer on its own
            rest = toks[cut + 1:]
            rest = rest[1:] if rest and rest[0][0] == "the" else rest
            if rest:
                runs.insert(0, (rest, False))
                home_rests.add(rest[0][1])
            toks, words = toks[:cut], words[:cut]
        kind, k, role = reclassify(text, toks, *_classify(words, initial))  # 'analyst Al Cross', 'R-New York'
        if toks[0][1] in home_rests and kind in ("person", "single", "surname_only"):
            kind = "place" if len(toks) > 1 else "none"  # "Ernest Garcia of San Antonio": a home is no person
        if kind == "none" and words[-1].lower() in MONTH_SURNAMES and speaks(text, toks[-1][1], toks[-1][2]):
            kind, k, toks, words = "single", 0, toks[-1:], words[-1:]  # '"…," May told parliament': Theresa May
        if kind == "none":
            continue
        if kind == "person" and len(toks) - k >= 3 and toks[-1][0] == toks[-2][0]:
            toks, words = toks[:-1], words[:-1]  # "Chairman Richard Neal Neal": a hover card's name doubled by scraping
        start, end = toks[k][1], toks[-1][2]
        if _in_credit(text, start, end, regions):
            continue
        if kind == "person" and not role and len(toks) - k >= 2 and text[max(0, start - 4):start] == "the " \
                and not role_before(text, start) and not _modifying_name(text, end) \
                and words[k].lower() not in first_name_genders():
            kind = "organisation"  # "organized by the Tar Heel Circle": no one's name follows a bare "the"
        if kind == "person" and not role:
            role = role_before(text, start)
            if not role:
                m = _AFTER_APPOSITIVE.match(text, toks[-1][2])
                if m and m.group(2) in lexicon().role_nouns:
                    role = m.group(1).strip()
        after = text[end:end + 30].split()
        cue = bool(after) and is_cue_verb(after[0].strip(",.:")) or bool(SAID_BEFORE.search(text, max(0, start - 25), start)) \
            or kind == "single" and age_or_kin(text, start, end)  # 'her son Mazlum, 23,'
        verb = kind == "single" and not toks[-1][3] and bool(after) and bool(SUBJECT_VERB.fullmatch(after[0])
                                                                           or LY_VERB.match(" ".join(after[:2])) and not is_acronym(words[-1]))
        out.append(_Candidate(start + offset, end + offset, words[k:], kind, role, toks[-1][3], bool(role), cue, verb))
    return out


class _Builder:
    """Accumulates actors and mentions for one article, keyed by canonical name."""

    def __init__(self, text: str, aliases: Aliases) -> None:
        self.text = text
        self.aliases = aliases
        self.actors: dict[str, ArticleActor] = {}
        self.mentions: list[ActorMention] = []
        self.starts: dict[str, list[int]] = {}  # name -> sorted name-mention starts, for role references

    def add(self, name: str, kind: str, start: int, end: int, role: str = "", poss: bool = False, ref: bool = False) -> None:
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = ArticleActor(name=name, kind=kind)
        surface = self.text[start:end]
        if not ref and surface not in actor.spellings:
            actor.spellings.append(surface)
        if role and role not in actor.roles:
            actor.roles.append(role)
        actor.mentions.append(Mention(start, end, surface))
        self.mentions.append(ActorMention(start, end, name, kind, poss, ref))

    def canonical(self, name: str) -> str:
        return self.aliases.canonical(name) or name


def find_actors(paragraphs: list[Paragraph], aliases: Aliases) -> ActorIndex:
    """Actors of one article: full names first, then surnames, single words and role references."""
    text = "\n\n".join(p.text for p in paragraphs)
    builder = _Builder(text, aliases)
    cands: list[_Candidate] = []
    for p in paragraphs:
        if p.kind != "heading":
            cands.extend(_candidates(p.text, p.start))
    surnames: dict[str, str] = {}
    # a lone word seen at least twice as a verb's subject ("Trump went on…", "Obama has…") is a person,
    # unless the article also writes it in lowercase (a common word: "Lawmakers", "Critics")
    subjects: dict[str, int] = {}
    for c in cands:
        if c.verb_follows:
            subjects[c.words[0]] = subjects.get(c.words[0], 0) + 1
    subject_names = {w for w, n in subjects.items() if n >= 2 and not also_common_word(w, text)} | leader_singles(cands, text)
    titled = {fold_key(c.words[0]) for c in cands if c.kind == "person" and len(c.words) == 1}  # "President Trump"
    titled |= first_names(cands, common_words())  # "Abiy" after "Prime Minister Abiy Ahmed": folded into him later
    titled |= confirmed_singles(cands, subject_names, text)  # '"…," said Varga' … "Varga left": the same person
    first_last: dict[str, str] = {}
    juniors: dict[str, str] = {}
    for c in cands:
        if c.kind == "person" and len(c.words) >= 2:
            full = builder.canonical(" ".join(c.words))
            key = fold_key(formal_first_name(c.words[0]) + " " + c.words[-1])
            full = first_last.setdefault(key, surnames.get(fold_key(" ".join(c.words)), full))
            junior = c.words[-1].rstrip(".").lower() in _SUFFIXES  # titled only: "Trump" is not Donald Trump Jr.,
            surnames.setdefault(fold_key(c.words[-2 if junior and c.role else -1]), full)
            if junior and not c.role:  # but "Mr. Pielke" is Roger Pielke Jr. when no other Pielke is named
                juniors.setdefault(fold_key(c.words[-2]), full)
            surnames.setdefault(fold_key(full.split()[-1]), full)
            # "Chris Van Hollen" -> "Van Hollen": a surname that opens with a particle
            p = next((n for n, w in enumerate(c.words[1:-1], 1) if w.lower() in NAME_PARTICLES), 0)
            if p:
                surnames.setdefault(fold_key(" ".join(c.words[p:])), full)
            if len(c.words) in (3, 4) and c.words[-2][:1].isupper() and "." not in c.words[-2] \
                    and not any(w.lower() in common_words() for w in (c.words[0], c.words[-1])):
                # "Enrique Pena Nieto" … "Pena Nieto", "Andrés Manuel López Obrador" … "Lopez Obrador", "Nikki Usher
                # Layser" … "Usher Layser" (a middle name may be a common word too)
                surnames.setdefault(fold_key(" ".join(c.words[-2:])), full)
            if ARABIC_PREFIX.match(c.words[-1]):  # "Adel al-Jubeir" is "Mr Jubeir" later
                surnames.setdefault(fold_key(c.words[-1].split("-", 1)[1]), full)
            if len(c.words) >= 3 and c.words[1] in ("bin", "ibn", "bint"):  # "Sheikh Abdullah bin Zayed" … "Sheikh Abdullah"
                surnames.setdefault(fold_key(c.words[0]), full)
    for key, full in juniors.items():  # ("Trump", "President Trump" stay themselves)
        singles = [c for c in cands if len(c.words) == 1 and fold_key(c.words[0]) == key]
        if any(_HONORIFIC.search(text, max(0, c.start - 5), c.start) for c in singles) and not any(c.role for c in singles):
            surnames.setdefault(key, full)
    established = surnames_before_full_names(cands, surnames, text)
    initials = {"".join(w[0] for w in re.split(r"[\s-]+", full)) for full in first_last.values()}  # "AOC"
    for c in cands:
        name = " ".join(c.words)
        kind = c.kind
        if kind == "person" and len(c.words) >= 2:
            canon = (first_last.get(fold_key(formal_first_name(c.words[0]) + " " + c.words[-1])) or surnames.get(fold_key(name))
                     or builder.canonical(name))
        elif kind == "surname_only":  # "King" alone is Rep. Peter King only when the article named him
            if fold_key(name) not in surnames:
                continue
            canon, kind = surnames[fold_key(name)], "person"
        elif kind in ("person", "single"):
            alias = aliases.canonical(name)
            if alias and (" " in alias or not place_name(name)):
                canon, kind = alias, ("place" if place_name(alias) or place_name(name) else "person")
            elif fold_key(name) in surnames and fold_key(name) not in established \
                    and not honorific_clash(text, c.start, surnames[fold_key(name)]):
                canon, kind = surnames[fold_key(name)], "person"  # "Mrs. Clinton" is not Bill Clinton
            elif place_name(name):
                canon, kind = place_name(name) or name, "place"
            elif kind != "person" and (name.lower() in lexicon().org_words or has_org_cue([name])):
                canon, kind = name, "organisation"
            elif kind == "person" or c.cue_follows or name in subject_names or fold_key(name) in titled:
                # "Varga said" / '"…," said Varga' / "Said Trump:" after "President Trump"; but '"…," the former JAG
                # says': an acronym is an organisation, unless it is a person's initials ("AOC")
                acronym = kind != "person" and name.isupper() and len(name) >= 2 and name not in initials
                canon, kind = name, "organisation" if acronym else "person"
            else:
                continue
        elif kind == "place":
            canon = builder.canonical(place_name(name) or name)
        else:
            canon = name
            if kind == "organisation" and text[max(0, c.start - 4):c.start].lower() == "the " \
                    and (holder := role_holder(builder.actors, name)):
                builder.add(holder, "person", c.start, c.end, poss=c.possessive, ref=True)  # "the Tesla CEO"
                continue
        if kind == "place":
            canon = aliases.canonical(canon) or canon
        builder.add(canon, kind, c.start, c.end, c.role if kind == "person" else "", c.possessive)
    for p in paragraphs:
        if p.kind == "heading":
            continue
        for m in role_ref_regex().finditer(p.text):
            if generic_role_ref(p.text, m):
                continue  # "go to the doctor" is anyone's doctor; "the doctor said" is the one named
            start = p.start + m.start()
            who = resolve_role_ref(builder.actors, builder.starts, m.group(1), m.group(2).lower(), start)
            if who and unnamed_holder_between(text, m.group(2), max((x.start for x in builder.actors[who].mentions
                                                                      if x.start < start), default=0), start):
                who = None  # "A Republican senator who requested anonymity said … “…,” said the GOP senator"
            if who:
                poss = p.text[m.end():m.end() + 2] in ("'s", "’s")
                builder.add(who, "person", start, p.start + m.end(), poss=poss, ref=True)
    builder.mentions.sort(key=lambda m: m.start)
    for actor in builder.actors.values():
        actor.mentions.sort(key=lambda m: m.start)
    actors = sorted(builder.actors.values(), key=lambda a: a.mentions[0].start)
    return ActorIndex(actors=actors, mentions=builder.mentions)


def surnames_before_full_names(cands: list[_Candidate], surnames: dict[str, str], text: str) -> set[str]:
    """Surnames written alone before a full name of theirs that a kinship word introduces: the family member is
    someone else, and the surname alone stays the person it already was ("President Trump" … "first lady
    Melania Trump", "Clinton" … "his daughter, Chelsea Clinton")."""
    first_full: dict[str, _Candidate] = {}
    for c in cands:
        if c.kind == "person" and len(c.words) >= 2 and fold_key(c.words[-1]) in surnames:
            first_full.setdefault(fold_key(c.words[-1]), c)
    keys = set()
    for c in cands:
        key = fold_key(c.words[0])
        if len(c.words) == 1 and c.kind in ("person", "single") and (full := first_full.get(key)) and c.start < full.start \
                and _KINSHIP_BEFORE.search(text, max(0, full.start - 30), full.start):
            keys.add(key)
    return keys


def _modifying_name(text: str, end: int) -> bool:
    """"the George Floyd protests", "the Anita Hill hearing", "the Jimmy Carter, Bill Clinton, handshake": a name
    followed by a lowercase word that is no function word, or by another name, may be a person's name modifying
    that noun, so the "the" before it belongs to the noun."""
    m = _LOWER_WORD_NEXT.match(text, end)
    return bool(m) and m.group(1) not in _FUNCTION_WORDS or bool(_NAME_LIST_NEXT.match(text, end))

