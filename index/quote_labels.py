"""Quotes that are not speech: titles of shows and books, hashtags, slogans, a law's wording, and quoted
names used as modifiers ("the "extreme vetting" order"). They stay partial quotes with no speaker and a
reason, unless a cue verb binds them to someone.
"""
from __future__ import annotations

import re

from index.quote_marks import Span

TITLE_BEFORE = re.compile(r"\b(?:on|in|titled|called|dubbed|program|show|book|film)\s*$", re.IGNORECASE)
# "with the hashtag "#X"", "the slogan: "X"": the noun right before the mark says what the quote is
_LABEL_NOUN = re.compile(r"\b(?:hashtags?|slogans?|mottos?|banners?|placards?|signs? reading|taglines?|nicknames?|"
                         r"monikers?|headlines?|captions?)\s*[:,]?\s*$", re.IGNORECASE)
# "the Act, which says the government must "…"": the wording of a law or document, not anybody's speech
_LAW_WORDING = re.compile(
    r"\b(?:law|act|statute|constitution|amendment|clause|provision|section|bill|regulation|order|text|wording)"
    r"\b[,]?(?:\s+[\w,()§.-]+){0,6}?\s+(?:says|reads|states|provides|stipulates|specifies|defines|declares)"
    r"(?:\s+[\w'’-]+){0,5}?\s*[:,]?\s*$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[”\"]?\s([a-z]+)\b")
_FUNCTION = frozenset(
    "that which who whom whose and or but nor for in on at to of with by from as is was are were be been being has "
    "have had will would could should can may might must do does did than then when while if because so not it its "
    "he she they we i you this these those there here into over under after before about against during without "
    "within among between through since until up down out off again also just even still only ever never yet now "
    "isn't wasn't".split())


def is_title(ptext: str, s: Span) -> bool:
    """A Title Case quote after "on" or "in" ("said on ABC's "This Week"") names a show, book or film."""
    words = ptext[s.cs:s.ce].strip(" ,.").split()
    if not words or len(words) > 8 or not all(w[:1].isupper() or w in ("of", "the", "and", "a", "in", "on") for w in words):
        return False
    before = ptext[max(0, s.open_mark - 40):s.open_mark].rstrip()
    return bool(TITLE_BEFORE.search(before)) or before.endswith(("'s", "’s"))


def label_reason(ptext: str, s: Span) -> str | None:
    """Why a quote is a label rather than speech: a lone hashtag, a noun such as "slogan" just before it, or a
    law or document that "says"/"reads" it. None for ordinary quotes."""
    body = ptext[s.cs:s.ce]
    before = ptext[max(0, s.open_mark - 100):s.open_mark]
    if body.startswith("#") and len(body.split()) == 1:  # a whole tweet may open with one: that is speech
        return "a hashtag, not speech"
    if _LABEL_NOUN.search(before):
        return "a label, not speech"
    if _LAW_WORDING.search(before):
        return "the wording of a text, not speech"
    return None


def modifier_label(ptext: str, s: Span) -> bool:
    """True for a short quote between a determiner and a noun ("the "extreme vetting" order"): it names
    a thing; only a cue verb would make it somebody's words."""
    if len(ptext[s.cs:s.ce].split()) > 4 or not _DETERMINER_BEFORE.search(ptext, max(0, s.open_mark - 8), s.open_mark):
        return False
    m = _NOUN_AFTER.match(ptext, s.close_mark if ptext[s.close_mark - 1:s.close_mark] in "”\"" else s.ce)
    return bool(m) and m.group(1) not in _FUNCTION and not m.group(1).endswith(("ed", "ly"))
