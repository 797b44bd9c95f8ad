"""Which capitalised words may stand in a person's name, and where: the word-level test behind index/actors.py.

A word ending like a noun ("Administration", "Relations"), a compound adjective ("Republican-controlled") or a
"-based" place word is no name word; first names that are also common words ("Bill", "Kelly") open a name; after
the first word, titles that are surnames ("Erik Prince"), org words that are surnames ("Michael Bloomberg") and
months ("Theresa May") close one. Split out of index/actors.py to keep that module under 400 lines.
"""
from __future__ import annotations

import re

from index.actor_context import SURNAME_TITLES
from index.common_words import common_words
from index.first_name_genders import first_name_genders
from index.names import is_name_word, lexicon, place_name

_ARABIC_PREFIX = re.compile(r"(?:al|el|bin|ibn|abu|ul)-[A-Z]")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# dotted abbreviations of places and bodies, never a person's initials
_PLACE_INITIALS = frozenset("u.s. u.k. u.n. e.u. d.c. l.a. n.y. n.j. n.c. s.c. n.h. n.m. n.d. s.d. r.i. d.a. g.i. p.f. u.s.a.".split())
_NOUN_SUFFIX = re.compile(r"\w{3}(?:tions?|ments|ness|ism|ities|ics)$")
SURNAME_ORGS = frozenset("bloomberg ford disney dell murdoch fox".split())
# "Tea Party-backed", "Republican-controlled", "Russian-speaking": a compound adjective, not a name ("Ki-moon" is)
_HYPHEN_ADJECTIVE = re.compile(r"-[a-z]{2,}(?:ed|ing)$")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})  # not kept in a person's role
# Titles only a person takes: after one, even a common word is a surname ("Professor Young", "Mr. Long"), unlike
# "Federal Reserve" or "National Guard"
PERSONAL_TITLES = HONORIFICS | frozenset(
    "dr prof professor sen senator rep representative gov governor president judge justice gen general col sgt lt "
    "capt adm admiral rev reverend rabbi imam pope cardinal bishop king queen prince princess sheikh chancellor "
    "minister secretary ambassador mayor chairman chairwoman speaker commissioner sir dame lord lady".split())
ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})  # a lone numeral is no organisation
MONTH_SURNAMES = frozenset({"may", "june", "august"})  # after a first name a surname: Theresa May, Brian May
DATE_LEADS = frozenset("on in at by since until from through last next early late mid before after during of".split())
# Title words that name an office or body rather than a person: alone they do not make a lone word a name
OFFICE_WORDS = frozenset("house senate state foreign defense defence interior finance economy health "
                          "education energy trade treasury".split())
# First names that are also common words or look like verbs/adverbs ("Bill Huizenga", "Ted Cruz", "Kelly Ayotte").
FIRST_NAMES = frozenset(
    "bill ted fred ed ned jed ahmed mohammed mohamed muhammed jared reed saeed rasheed hamed javed "
    "kelly holly emily billy sally molly shelly beverly kimberly carly lily sterling irving".split()
)


def name_word_at(word: str, pos: int) -> bool:
    """A name word; after the first one, titles that are not roles ("Erik Prince") and org words
    that are also surnames ("Michael Bloomberg") are allowed too."""
    if _NOUN_SUFFIX.search(word) and not (word.endswith("ness") and word.lower() not in common_words()) \
            or word.lower().endswith(("-based", "-led", "-born")) or _HYPHEN_ADJECTIVE.search(word):
        return False  # "Business", "Relations"; "McGuinness" and "Harkness" are no nouns
    if is_name_word(word) or _ARABIC_PREFIX.match(word):
        return True
    low = word.lower()
    if pos == 0 and (low in FIRST_NAMES or _INITIALS.fullmatch(word) and not place_name(word) and low not in _PLACE_INITIALS
                     and low not in lexicon().org_words and low not in lexicon().demonyms and low not in lexicon().stop_words):
        return True  # "J.J. Kinahan", "E.J. Dionne": initials, not "U.S." or "D.C."
    return pos > 0 and word[:1].isupper() and (low in SURNAME_TITLES or low in SURNAME_ORGS or low in MONTH_SURNAMES)


# words that follow a first name in place names ("Rose Garden", "Grace Church"), never surnames
_NOT_SURNAMES = frozenset("garden house street avenue road park church school day night week year".split())


def surname_after_first_name(first: str, word: str) -> bool:
    """A known first name followed by a capitalised demonym or common word ("Mark Cuban", "Steven Law", "Simon
    Young"): a two-word person's name, unless the word is a title, an organisation or place word ("Rose Garden")."""
    low, lex = word.lower(), lexicon()
    return first.lower() in first_name_genders() and word[:1].isupper() and not word.isupper() \
        and (low in lex.stop_words or low in lex.demonyms) and low not in lex.title_words and low not in lex.org_cues \
        and low not in lex.org_words and not place_name(word) and not _NOUN_SUFFIX.search(word) \
        and low not in _NOT_SURNAMES


# A lowercase finite verb right after a lone capitalised word ("Trump went", "Obama has"): it is a subject.
SUBJECT_VERB = re.compile(
    r"(?:went|has|had|was|is|will|would|could|can|did|does|made|took|gave|got|told|met|won|lost|ran|signed|"
    r"called|wanted|wants|tweeted|argued|insisted|noted|claimed|urged|vowed|pledged|promised|announced|"
    r"declared|denied|responded|replied|spoke|praised|criticized|attacked|accused|blamed|defended|slammed)"
)
LY_VERB = re.compile(r"(?:also|then|later|again|never|\w+ly) [a-z]{3,}ed\b")  # "Miller repeatedly vowed", "also indicated"
