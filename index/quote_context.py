"""Text-level tests the speaker rules share: is a name only a modifier ("a DHS official"), is a quote a
title in Title Case, who is an unnamed speaker ("a former official said"). They look at the words
around a mention or quote, never at who the article is about, so they hold for any news article.
Kept apart from index/quotes.py so the attribution rules stay readable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.names import lexicon

# Nouns that turn a name before them into a modifier: "a DHS official", "Trump supporters", "the Biden
# campaign". Besides the lexicon's role nouns (official, spokesman, aide...).
_MODIFIED_EXTRA = frozenset(
    "supporter supporters administration campaign staffer staffers source sources insider insiders loyalist "
    "loyalists ally allies voter voters employee employees agent agents officer officers member members team "
    "critic critics backer backers donor donors camp officials aides spokesmen spokeswomen advisers advisors "
    "lawyers attorneys leaders executives analysts lawmakers representatives investigators prosecutors "
    "investigator agency".split())
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


@lru_cache(maxsize=1)
def _modified_nouns() -> frozenset[str]:
    return frozenset(w for w in lexicon().role_nouns if " " not in w) | _MODIFIED_EXTRA


def is_modifier(text: str, end: int) -> bool:
    """True when the name ending at `end` modifies the noun after it ("a DHS official", "a Trump supporter"):
    the speaker is then that unnamed person, not the named organisation or person."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1) in _modified_nouns()
