"""Who a sentence is about, for he/she resolution: subjects behind long opening phrases and source asides.

Two conventions of English news writing that the short-opening-phrase rule in index/quotes.py misses:

- a long adverbial opening ("At a funeral for victim Jane Doe, John Roe, a family friend, questioned …",
  "After weeks of dodging questions about where he stood, McConnell did tell …") puts the sentence's subject
  right after its comma; a person inside the opening phrase is not the subject;
- a source aside ("As Vox's Jane Roe reported, he has blamed …") credits a reporter, while the he/she after
  it continues the person the story was already about, so the aside's cue names no new subject.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.actors import ActorMention
from index.quote_context import TITLE_WORDS

if TYPE_CHECKING:
    from index.quotes import _Attributor

# A prepositional or subordinate opening up to ~16 words, closed by a comma (no quote or sentence end inside).
_LONG_OPENING = re.compile(r"\s*(?:At|In|On|After|Before|During|Despite|Following|Amid|Since|With|Without|Under|"
                           r"Over|Throughout|Across|Inside|Outside|Within|Ahead of|Later)\b[^,.;:!?“”\"]{0,110},\s+")
# "As Vox's Jane Roe reported, he …": an aside crediting a source, followed by the story's he/she
_ASIDE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:As|Like)\s+[^,.;:“”\"]{1,60}$")
_ASIDE_TAIL = re.compile(r",\s+(?:he|she)\b")


def subject_after_opening(attr: _Attributor, a: int, end: int, text: str) -> ActorMention | None:
    """The person right after a long opening phrase of the sentence at a (titles may precede the name)."""
    op = _LONG_OPENING.match(text, a, end)
    if not op:
        return None
    first = next((m for m in attr.mentions_in(op.end(), min(end, op.end() + 80)) if m.kind == "person"), None)
    if first and attr.speaker_ok(first) and TITLE_WORDS.fullmatch(text[op.end():first.start]):
        return first
    return None


def source_aside(text: str, start: int, cs: int, ce: int) -> bool:
    """True when the cue at cs..ce closes a sentence-opening aside ("As X reported, he …")."""
    return _ASIDE_TAIL.match(text, ce) is not None and _ASIDE.search(text, max(start, cs - 62), cs) is not None
