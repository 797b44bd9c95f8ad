"""Text-level tests the speaker rules share: is a name only a modifier ("a DHS official"), is a quote a
title in Title Case, who is an unnamed speaker ("a former official said"). They look at the words
around a mention or quote, never at who the article is about, so they hold for any news article.
Kept apart from index/quotes.py so the attribution rules stay readable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.names import lexicon

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
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}$")
# Words after a name that make it a subject, not a modifier ("the rapper Kanye West has said")
_VERBISH = frozenset("has had have is was are were will would could can should may might must does did do "
                     "himself herself who whose which and or but to of in on at for with from by as that than also "
                     "again then now still just never always once even later first last".split())
_NEXT_WORD = re.compile(r" ([a-z]+)(-[a-z]+)?\b")


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
    return m.group(1) in _modified_nouns()


def participle_opening(text: str, a: int, pos: int) -> bool:
    """True when the word at pos opens the sentence starting at a and is a speech participle."""
    head = text[a:pos].lstrip(" “\"‘'")
    for conj in OPENERS:
        if head.startswith(conj):
            head = head[len(conj):]
    word = text[pos:pos + 14].split(" ", 1)[0]
    return not head.strip() and word.lower() in PARTICIPLES
