"""Quotes that are not speech: titles of shows and books, hashtags, slogans, a law's wording, and quoted
names used as modifiers ("the "extreme vetting" order"). They stay partial quotes with no speaker and a
reason, unless a cue verb binds them to someone.
"""
from __future__ import annotations

import re

from index.models import Quote
from index.names import is_cue_verb, lexicon
from index.quote_marks import MARK, Span, sentence_break

# 'said on ABC's "This Week"', 'he told "Fox News Sunday."', 'in an interview with "60 Minutes"': a show or outlet
TITLE_BEFORE = re.compile(r"\b(?:on|in|titled|called|dubbed|program|show|series|book|film|host of|anchor of|author of|told|"
                          r"interview with)\s*$", re.IGNORECASE)
# "with the hashtag "#X"", "the slogan: "X"": the noun right before the mark says what the quote is
# 'he said on CBS "This Morning."': a show after the network that airs it
_ON_NETWORK = re.compile(r"\bon\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?<!\.)$")  # not "on Instagram." (a sentence end)
_LABEL_NOUN = re.compile(r"\b(?:hashtags?|slogans?|mottos?|banners?|placards?|signs? reading|taglines?|nicknames?|"
                         r"monikers?|headlines?|captions?|so-called|known as(?: the| an?)?|signs? (?:that|which) (?:said|says|read|reads))"
                         r"\s*[:,]?\s*$",
                         re.IGNORECASE)
# "the Act, which says the government must "…"": the wording of a law or document, not anybody's speech
_LAW_WORDING = re.compile(
    r"\b(?:law|act|statute|constitution|amendment|clause|provision|section|bill|regulation|order|text|wording)"
    r"\b[,]?(?:\s+[\w,()§.-]+){0,6}?\s+(?:says|reads|states|provides|stipulates|specifies|defines|declares)"
    r"(?:\s+[\w'’-]+){0,5}?\s*[:,]?\s*$", re.IGNORECASE)
# "a shutdown, which was described in the poll's question as "…"": a passive description names no speaker
# (unless "by X" follows the quote, and "was quoted as saying" is speech)
_PASSIVE_LABEL = re.compile(
    r"\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?(?:described|characteri[sz]ed|termed|labell?ed|dubbed|"
    r"branded|referred\s+to)\b(?:\s+(?!by\b)[\w'’,.-]+){0,7}?\s+as(?:\s+(?:an?|the))?\s*$", re.IGNORECASE)
# "a box called "religion,"", "a group named "X"": a thing given a name; "She was even called a RINO, a "…"": a
# passive naming. Neither is anybody's speech ("the senator called it "…"" is: a person noun before the verb).
_THING_CALLED = re.compile(r"\b(?:a|an|the|this|its)\s+(?:(?!(?:he|she|they|we|i|you|it)\s)[a-z-]+\s+){0,2}([a-z]+)\s+"
                           r"(?:called|named|dubbed|titled)\s*$")
_PASSIVE_CALLED = re.compile(r"\b(?:is|was|were|are|been|being|be|get|gets|got)\s+(?:[a-z]+\s+)?(?:called|dubbed|labell?ed|branded)"
                             r"\b[^“”\".;:]{0,40}$")
_PERSONS = frozenset("he she they we i you it was were is are be been being has have had man woman person people "
                     "president senator official spokesman spokeswoman leader candidate governor mayor lawmaker minister "
                     "judge critic critics reporter writer author host".split())
_BY_AGENT = re.compile(r"[”\"’']?,?\s+by\b")
_SMALL = frozenset("of the and a an in on at to for or with by from".split())
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
    if not words or len(words) > 14 or not all(w[:1].isupper() or w in _SMALL or not any(ch.isalpha() for ch in w) for w in words):
        return False
    before = ptext[max(0, s.open_mark - 40):s.open_mark].rstrip()
    return bool(TITLE_BEFORE.search(before) or _ON_NETWORK.search(before)) or before.lower().endswith(("'s", "’s", "s'", "s’"))


def title_cased(ptext: str, s: Span) -> bool:
    """True when every word of a quote is capitalised (small words such as "of", "the" aside) and the quote
    sits inside the writer's sentence: a name or title ("Live Through This", "Dreamers"), not speech."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", ptext[s.cs:s.ce])]
    if not words or len(words) > 14 or not all(w[0].isupper() or w in _SMALL for w in words):
        return False
    before = ptext[max(0, s.open_mark - 30):s.open_mark].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()  # not a Title Case headline's words


def mid_sentence_title(ptext: str, s: Span) -> bool:
    """A short quote of capitalised words that the writer's sentence runs on past in lowercase ('on Fox Business'
    "Mornings with Maria" told host Maria Roe'): a name or title, so the sentence's narration reaches past it."""
    words = re.findall(r"[A-Za-z][\w'’-]*", ptext[s.cs:s.ce])
    return bool(words) and len(words) <= 8 and all(w[0].isupper() or w in _SMALL for w in words) \
        and bool(_LOWER_NEXT.match(ptext, s.close_mark))


_LOWER_NEXT = re.compile(r"\s+[a-z]")


# '“CNN sucks!” chants', 'a “Make America Great Again” hat': a quote naming what a thing says or shows
_THING_AFTER = re.compile(r"[”\"]?\s(?:chants?|signs?|posters?|banners?|placards?|hats?|caps?|t-shirts?|shirts?|"
                          r"stickers?|buttons?|bumper)\b", re.IGNORECASE)


def label_reason(ptext: str, s: Span) -> str | None:
    """Why a quote is a label rather than speech: a lone hashtag, a noun such as "slogan" just before it, or a
    law or document that "says"/"reads" it. None for ordinary quotes."""
    body = ptext[s.cs:s.ce]
    before = ptext[max(0, s.open_mark - 100):s.open_mark]
    if body.startswith("#") and len(body.split()) == 1:  # a whole tweet may open with one: that is speech
        return "a hashtag, not speech"
    if _LABEL_NOUN.search(before) or _THING_AFTER.match(ptext, s.close_mark):
        return "a label, not speech"
    if _LAW_WORDING.search(before):
        return "the wording of a text, not speech"
    if (_PASSIVE_LABEL.search(before) or _PASSIVE_CALLED.search(before)) and not _BY_AGENT.match(ptext, s.close_mark):
        return "a passive description with no speaker named"
    if (m := _THING_CALLED.search(before)) and m.group(1) not in _PERSONS and m.group(1) not in lexicon().role_nouns:
        return "a label, not speech"
    return None


def modifier_label(ptext: str, s: Span) -> bool:
    """True for a short quote between a determiner and a noun ("the "extreme vetting" order"): it names
    a thing; only a cue verb would make it somebody's words."""
    if len(ptext[s.cs:s.ce].split()) > 4 or not _DETERMINER_BEFORE.search(ptext, max(0, s.open_mark - 8), s.open_mark):
        return False
    m = _NOUN_AFTER.match(ptext, s.close_mark if ptext[s.close_mark - 1:s.close_mark] in "”\"" else s.ce)
    return bool(m) and m.group(1) not in _FUNCTION and not m.group(1).endswith(("ed", "ly"))


def quote_kind(ptext: str, s: Span, before: str, cue: str | None, follows_quote: bool) -> str:
    """full for a quoted sentence standing on its own, partial for a fragment inside the writer's sentence."""
    body = ptext[s.cs:s.ce]
    first = next((ch for ch in body if ch.isalpha() or ch.isdigit()), "")
    upper = first.isupper() or first.isdigit()
    words = len(body.split())
    tail = before.rstrip()
    if not tail:
        return "full" if upper or words >= 4 else "partial"
    if tail[-1] in ",:—–":
        return "full" if upper or follows_quote else "partial"
    last = tail.split()[-1]
    if is_cue_verb(last) and upper and words >= 4:
        return "full"
    return "partial"


def borrow_next(quotes: list[Quote], text: str) -> None:
    """A quote with no attribution directly followed by an attributed one ("Q1?" "Q2," she said) shares it.
    Across a paragraph break only an unclosed quote does (the multi-paragraph convention): a closed quote
    ending one paragraph is no part of the next paragraph's quote (a law's wording, then a judge's words).
    A later quote of the same sentence lends its cue too ("not "a" but "b," he adds"), and a quote led in by "A/An
    <description> <cue>" takes the name given first in the next quote's attribution."""
    for q, nq in zip(quotes, quotes[1:]):
        if q.speaker is None and q.reason == "no speaker named near the quote":
            gap = nq.start - q.end
            between = text[q.end:nq.start]
            if introduced_next(q, nq, text):
                q.speaker, q.reason = nq.speaker, None
                continue
            if "\n" in between and MARK.match(between.lstrip(".,!?")):
                continue
            if 0 < gap <= 4 and nq.cue:
                q.speaker, q.cue, q.reason = nq.speaker, nq.cue, nq.reason
            elif nq.speaker and nq.cue and "\n" not in between and not sentence_break(between):
                # "… not "mistakes" but "US policy," he adds": one sentence, one attribution at its end
                q.speaker, q.cue, q.reason = nq.speaker, nq.cue, nq.reason


_INDEFINITE_LEAD = re.compile(r"(?:A|An) [^“”\".;:]{3,200}[“\"]$")
_SENTENCE_END = re.compile(r"[.!?] +(?=[A-Z])")
# Things, not people, that "say" in news copy ("A letter issued by the departments also says there "…"")
_NO_PERSON = frozenset("letter statement report study memo survey poll document filing petition complaint lawsuit "
                       "ruling order bill release post tweet video ad email message note book article editorial".split())


def introduced_next(q: Quote, nq: Quote, text: str) -> bool:
    """'A Catholic priest from Mosul warned that it was "…". / "…," said Father Paul Habib.': a quote led in by an
    unnamed person ("A/An <description> <cue>") is the person named for the first time in the very next quote's
    attribution, the way news copy introduces someone by description and names them straight after."""
    if not nq.speaker or not nq.cue or text.count("\n", q.end, nq.start) > 2:
        return False
    if sum(text.count(m, q.end, nq.start) for m in "“”\"") > 2:
        return False  # another quote in between
    para = text.rfind("\n", 0, q.start) + 1
    sent = para + max((m.end() for m in _SENTENCE_END.finditer(text, para, q.start)), default=para) - para
    lead = _INDEFINITE_LEAD.match(text, sent, q.start)
    words = lead.group().lower().split() if lead else []
    if not lead or not any(is_cue_verb(w) for w in words[2:]) or any(w.strip(",") in _NO_PERSON for w in words[:4]):
        return False
    surname = nq.speaker.split()[-1]
    return text.find(surname) > q.end and surname in text[nq.end:nq.end + 80]
