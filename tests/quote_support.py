"""Helpers for the quote tests: extract from made-up text and check every quote's offsets."""
from __future__ import annotations

from index.aliases import Aliases
from index.extract import extract, paragraphs_from_text
from index.models import Quote

ALIASES = Aliases(groups={"Volodymyr Zelensky": ["Zelensky", "Zelenskyy"]})


def quotes(text: str) -> list[Quote]:
    """Every quote extracted from `text` (paragraphs split at blank lines); offsets must point at the text."""
    paras = paragraphs_from_text(text)
    found = extract("t", paras, ALIASES).quotes
    joined = "\n\n".join(p.text for p in paras)
    for q in found:
        assert joined[q.start:q.end] == q.text
    return found


def one(text: str) -> Quote:
    """The only quote in `text`."""
    found = quotes(text)
    assert len(found) == 1, found
    return found[0]
