"""Find direct quotes in cleaned paragraphs and attribute each to a speaker with cue-verb and pronoun rules.

Decisions worth knowing:
- Only double marks (straight " and curly “ ”) open quotes; single marks are apostrophes or nested quotes.
- A quote never crosses a paragraph boundary. An unclosed mark runs to the paragraph end only when that
  is short (the multi-paragraph convention); a stray closing mark recovers the text back to the previous
  quote or sentence start; over-long pairs are cut at their first sentence end.
- kind "full" is a quoted sentence standing on its own ("“We will win,” she said"); "partial" is a
  fragment inside the writer's sentence (she said Trump "would be open"), including scare quotes and
  one-word labels ("dictator"), which get the sentence's speaker if a cue verb names one, else none.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache

from index.actors import ActorIndex, ActorMention
from index.models import Paragraph, Quote
from index.names import ABBREVIATIONS, is_cue_verb, lexicon

MAX_QUOTE = 1200  # longer pairs mean lost marks
MAX_UNCLOSED = 600  # an unclosed quote may run to the paragraph end only up to this length
_MARK = re.compile(r"[“”\"]")
_SENT_END = re.compile(r"[.!?]+(?:[”\"’')\]]+\s*|\s+)(?=[“\"‘'(\[]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
_UNNAMED = re.compile(r"\b(?:officials?|source|sources|spokes\w+|aide|statement|analysts?|experts?|people|"
                      r"residents?|witness\w*|critics?|they|They|report|reporters?)\b")
_PREPOSITIONS = frozenset("of to for with against about at from on in into toward towards than like".split())
_TITLE_BEFORE = re.compile(r"\b(?:on|in|titled|called|dubbed|program|show|book|film)\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r",? but |; ")
_CLOSE_PUNCT = ",.;:!?)—–-"
# Only a capitalised title (and "the", "former", "a") may precede a sentence's opening subject.
_TITLE_WORDS = re.compile(r"(?:(?:[Tt]he|[Ff]ormer|[Aa]n?|[A-Z][\w.’'-]*)\s+)*")


@dataclass
class _Span:
    para: int
    cs: int  # content start in paragraph
    ce: int  # content end in paragraph
    open_mark: int  # index of the opening mark (or cs when recovered)
    close_mark: int  # index after the closing mark (or ce)


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin in a paragraph, skipping abbreviations such as U.S. and Mr."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        head = text[max(0, m.start() - 12):m.start() + 1].split()
        last = head[-1].lower().rstrip(".") if head else ""
        if last in ABBREVIATIONS or len(last) == 1:
            continue
        starts.append(m.end())
    return starts


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    """One alternation of every cue verb: far faster than testing each word."""
    words = sorted({re.sub(r"[^a-z]", "", w) for w in lexicon().cue_verbs} - {""}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(words) + r")(?![\w'’-])", re.IGNORECASE)


def _sentence_break(gap: str) -> bool:
    """True when a stretch holds a sentence end (abbreviations such as Rep. and U.S. do not count)."""
    if any(ch in gap for ch in ":!?;"):
        return True
    for m in re.finditer(r"\.(?=\s|$)", gap):
        head = gap[:m.start()].split()
        last = head[-1].lower() if head else ""
        if last not in ABBREVIATIONS and len(last) > 1 and "." not in last:
            return True
    return False


def _trim_to_sentence(text: str, start: int, end: int) -> int:
    """End of the first sentence inside text[start:end], or end when there is none."""
    m = _SENT_END.search(text, start, end)
    return m.start() + 1 if m else end


def _pair(text: str) -> list[tuple[int, int, int, int]]:
    """(open_mark, content_start, content_end, close_end) for each quote of one paragraph."""
    out: list[tuple[int, int, int, int]] = []
    open_at: int | None = None
    last_end = 0
    n = len(text)
    for m in _MARK.finditer(text):
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        opens = ch == "“" or ch == '"' and not nxt.isspace() and nxt not in _CLOSE_PUNCT
        closes = ch == "”" or ch == '"' and not prev.isspace() and i > 0
        if ch == "”" and open_at is None and prev.isspace() and nxt.isalnum():
            opens, closes = True, False  # a right mark used as an opener
        if open_at is None:
            if opens and not (closes and (nxt.isspace() or nxt in _CLOSE_PUNCT)):
                open_at = i
            elif closes:  # stray closer: its opener is missing
                start = last_end
                if i - start > 400:
                    starts = [s for s in _sentence_starts(text) if start <= s < i]
                    start = starts[-1] if starts else start
                out.append((start, start, i, i + 1))
                last_end = i + 1
            continue
        if closes and not (prev.isspace() and opens):
            if i - open_at > MAX_QUOTE:
                cut = _trim_to_sentence(text, open_at + 1, i)
                out.append((open_at, open_at + 1, cut, cut))
            else:
                out.append((open_at, open_at + 1, i, i + 1))
            open_at, last_end = None, i + 1
        elif opens and prev.isspace():  # a new opener: the previous quote lost its closer
            cut = _trim_to_sentence(text, open_at + 1, i)
            if cut < i:
                out.append((open_at, open_at + 1, cut, cut))
            open_at, last_end = i, i
    if open_at is not None:
        end = n if n - open_at <= MAX_UNCLOSED else _trim_to_sentence(text, open_at + 1, n)
        out.append((open_at, open_at + 1, end, end))
    return out


def _clean_bounds(text: str, cs: int, ce: int) -> tuple[int, int]:
    """Shrink content bounds past spaces and a trailing comma or dash."""
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",;—–"):
        ce -= 1
    return cs, ce


class _Attributor:
    """Speaker rules for the quotes of one article."""

    def __init__(self, paragraphs: list[Paragraph], index: ActorIndex, spans: list[_Span]) -> None:
        self.paragraphs = paragraphs
        self.mentions = index.mentions
        self.index = index
        self.inside = [(paragraphs[s.para].start + s.open_mark, paragraphs[s.para].start + s.close_mark) for s in spans]
        self.events: list[tuple[int, str]] = []
        self.inside.sort()
        self._inside_starts = [a for a, _ in self.inside]
        self._mention_starts = [m.start for m in self.mentions]
        self._kinds = {a.name: a.kind for a in index.actors}
        self._cue_words = lexicon().cue_verbs
        self.text = "\n\n".join(p.text for p in paragraphs)  # (position, speaker): who spoke or was the subject of a cue

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self._inside_starts, pos) - 1
        return i >= 0 and pos < self.inside[i][1]

    def _mentions_in(self, start: int, end: int) -> list[ActorMention]:
        i = bisect_left(self._mention_starts, start)
        out: list[ActorMention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and not self._in_quote(m.start):
                out.append(m)
            i += 1
        return out

    def _speaker_ok(self, m: ActorMention) -> bool:
        if m.kind not in ("person", "organisation") or m.possessive:
            return False
        head = self.text[max(0, m.start - 12):m.start].split()
        return not head or head[-1].lower() not in _PREPOSITIONS  # "in defense of McConnell" is no subject

    def pronoun(self, pos: int) -> str | None:
        """The person a he/she before pos refers to: the latest speaker or subject, else the latest person."""
        i = bisect_left(self.events, (pos, ""))
        for p, name in reversed(self.events[max(0, i - 50):i]):
            if self._kinds.get(name) == "person":
                return name
        i = bisect_left(self._mention_starts, pos)
        for m in reversed(self.mentions[max(0, i - 50):i]):
            if m.kind == "person" and not self._in_quote(m.start):
                return m.name
        return None

    def _cues(self, text: str, base: int) -> list[tuple[int, int, str]]:
        cues = self._cue_words
        return [(base + w.start(), base + w.end(), w.group()) for w in _WORD.finditer(text) if w.group().lower() in cues]

    def after(self, a: int, b: int, text: str) -> tuple[str | None, str | None, str | None] | None:
        """Attribution after the quote: “…,” he said / said X / X told Y. None when no cue is near."""
        cues = [c for c in self._cues(text[a:b], a) if c[0] - a <= 100]
        if not cues:
            return None
        cs, ce, cue = cues[0]
        gap = text[a:cs]
        if len(gap.split()) > 7 or _sentence_break(gap):
            return None
        subj = [m for m in self._mentions_in(a, cs) if self._speaker_ok(m)]
        if subj:
            return subj[-1].name, cue, None
        pm = _PRONOUN.search(gap)
        if pm:
            who = self.pronoun(a)
            return who, cue, None if who else "pronoun with no earlier person"
        obj = [m for m in self._mentions_in(ce, min(b, ce + 60)) if self._speaker_ok(m)]
        if obj and not gap.strip(" ,—–"):
            return obj[0].name, cue, None
        if gap.strip(" ,—–"):
            return None, cue, f"unnamed speaker: {gap.strip(' ,—–')}"
        return None

    def before(self, a: int, b: int, text: str) -> tuple[str | None, str | None, str | None] | None:
        """Attribution before the quote: X said: “…” / X told Y “…” (the first cue's subject speaks)."""
        cues = [c for c in self._cues(text[a:b], a) if not self._in_quote(c[0])]
        if not cues:
            return None
        cs, _ce, cue = cues[0]
        clause = max([a, *(m.end() for m in _CLAUSE.finditer(text, a, cs))])
        cands = [m for m in self._mentions_in(clause, cs) if self._speaker_ok(m)]
        pm = None
        for pm in _PRONOUN.finditer(text, a, cs):
            pass
        if cands and not (pm and pm.start() > cands[-1].end):
            return cands[-1].name, cue, None
        if pm:
            who = self.pronoun(a)
            return who, cue, None if who else "pronoun with no earlier person"
        if _UNNAMED.search(text, a, cs):
            return None, cue, "unnamed speaker"
        return None

    def sentence_subject(self, a: int, b: int, text: str) -> str | None:
        """With no cue verb at all, the person a sentence opens with (or he/she) is taken as the speaker."""
        head = text[a:b].lstrip()
        for conj in ("And ", "But ", "So ", "Yet ", "In addition, ", "Also, "):
            if head.startswith(conj):
                head = head[len(conj):]
        start = b - len(head)
        pm = _PRONOUN.match(head)
        if pm:
            return self.pronoun(start)
        first = [m for m in self._mentions_in(start, b) if m.start == start]
        if first and first[0].kind == "person" and not first[0].possessive:
            return first[0].name
        return None

    def according(self, a: int, b: int, text: str) -> str | None:
        m = _ACCORDING.search(text, a, b)
        if not m:
            return None
        after = [x for x in self._mentions_in(m.end(), min(b, m.end() + 60)) if self._speaker_ok(x)]
        people = [x for x in after if x.kind == "person"]
        return (people or after)[0].name if after else None

    def note_subjects(self, text: str, start: int, end: int) -> None:
        """Record who is the subject of each cue verb, and each sentence opening with a person, in narrative text."""
        for cs, _ce, _cue in self._cues(text[start:end], start):
            if self._in_quote(cs):
                continue
            subj = [m for m in self._mentions_in(max(start, cs - 80), cs) if self._speaker_ok(m)]
            # "(... Saddam Hussein) but is “US policy,” he adds": a pronoun or a quote in between is the subject
            if subj and not _PRONOUN.search(text, subj[-1].end, cs) and not _MARK.search(text, subj[-1].end, cs):
                self.events.append((subj[-1].start, subj[-1].name))
        for off in _sentence_starts(text[start:end]):
            a = start + off
            if self._in_quote(a):
                continue
            first = next((m for m in self._mentions_in(a, min(end, a + 80)) if m.kind == "person"), None)
            # "House Intelligence Committee Chairman Mike Rogers, R-Mich., ... voiced dismay": the sentence's subject
            if first and self._speaker_ok(first) and _TITLE_WORDS.fullmatch(text[a:first.start]):
                self.events.append((first.start, first.name))


def find_quotes(article_id: str, paragraphs: list[Paragraph], index: ActorIndex) -> list[Quote]:
    """Quotes of one article, in text order, each reported once."""
    text = "\n\n".join(p.text for p in paragraphs)
    spans: list[_Span] = []
    for pi, p in enumerate(paragraphs):
        if p.kind != "body":
            continue
        for om, cs, ce, cm in _pair(p.text):
            cs, ce = _clean_bounds(p.text, cs, ce)
            if ce - cs >= 1 and any(ch.isalnum() for ch in p.text[cs:ce]):
                spans.append(_Span(pi, cs, ce, om, cm))
    attr = _Attributor(paragraphs, index, spans)
    near = {s.para - d for s in spans for d in (0, 1, 2)}  # pronouns look back at most two paragraphs
    for pi, p in enumerate(paragraphs):
        if p.kind == "body" and pi in near:
            attr.note_subjects(text, p.start, p.start + len(p.text))
    attr.events.sort()
    sentence_cache: dict[int, list[int]] = {}
    quotes: list[Quote] = []
    seen: set[str] = set()
    last_end = -1
    prev_para, prev_speaker, prev_cue = -1, None, None
    titles: set[int] = set()
    for k, s in enumerate(spans):
        p = paragraphs[s.para]
        base = p.start
        qa, qb = base + s.cs, base + s.ce
        if s.para not in sentence_cache:
            sentence_cache[s.para] = _sentence_starts(p.text)
        para_starts = sentence_cache[s.para]
        starts = [x for x in para_starts if x <= s.open_mark]
        sent_a = base + (starts[-1] if starts else 0)
        prev_close = base + spans[k - 1].close_mark if k and spans[k - 1].para == s.para and k - 1 not in titles else base
        before_a = max(sent_a, prev_close)
        nxt_sent = [x for x in para_starts if x > s.close_mark]
        after_b = base + (nxt_sent[0] if nxt_sent else len(p.text))
        if k + 1 < len(spans) and spans[k + 1].para == s.para:
            after_b = min(after_b, base + spans[k + 1].open_mark)
        after_a = base + s.close_mark
        before_txt = text[before_a:base + s.open_mark]
        has_before_cue = _cues_in(before_txt)
        order = ("before", "after") if has_before_cue else ("after", "before")
        speaker = cue = reason = None
        found = False
        if _is_title(p.text, s):
            reason, found = "a title, not speech", True
            titles.add(k)
        for side in order if not found else ():
            res = attr.before(before_a, base + s.open_mark, text) if side == "before" else attr.after(after_a, after_b, text)
            if res and (res[0] or not found):
                speaker, cue, reason = res
                found = True
            if speaker:
                break
        if not found:
            acc = attr.according(sent_a, after_b, text)
            if acc:
                speaker, cue, found = acc, "according to", True
        if not found and not _cues_in(text[sent_a:after_b]):
            who = attr.sentence_subject(sent_a, base + s.open_mark, text)
            if who:
                speaker, found = who, True
        opens_sentence = not before_txt.strip(" —–")
        same_sentence = prev_close > sent_a and prev_para == s.para
        if not found and prev_speaker and (opens_sentence or same_sentence) and (prev_para == s.para or prev_para == s.para - 1 and s.open_mark == 0):
            speaker, cue, found = prev_speaker, prev_cue, True
        if not found:
            reason = "no speaker named near the quote"
        qtext = text[qa:qb]
        key = " ".join(qtext.lower().split())
        if key in seen or qa < last_end:
            continue
        seen.add(key)
        last_end = qb
        kind = _kind(p.text, s, before_txt, cue, k > 0 and spans[k - 1].para == s.para and prev_speaker is not None)
        quotes.append(Quote(article_id, qtext, speaker, cue, kind, qa, qb, None if speaker else reason))
        if speaker:
            prev_para, prev_speaker, prev_cue = s.para, speaker, cue
            insort(attr.events, (qa, speaker))
    _borrow_next(quotes, spans, paragraphs)
    return quotes


def _cues_in(text: str) -> bool:
    return _cue_regex().search(text) is not None


def _is_title(ptext: str, s: _Span) -> bool:
    """A Title Case quote after "on" or "in" ("said on ABC's "This Week"") names a show, book or film."""
    words = ptext[s.cs:s.ce].strip(" ,.").split()
    if not words or len(words) > 8 or not all(w[:1].isupper() or w in ("of", "the", "and", "a", "in", "on") for w in words):
        return False
    before = ptext[max(0, s.open_mark - 40):s.open_mark].rstrip()
    return bool(_TITLE_BEFORE.search(before)) or before.endswith(("'s", "’s"))


def _kind(ptext: str, s: _Span, before: str, cue: str | None, follows_quote: bool) -> str:
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


def _borrow_next(quotes: list[Quote], spans: list[_Span], paragraphs: list[Paragraph]) -> None:
    """A quote with no attribution directly followed by an attributed one ("Q1?" "Q2," she said) shares it."""
    for q, nq in zip(quotes, quotes[1:]):
        if q.speaker is None and q.reason == "no speaker named near the quote":
            gap = nq.start - q.end
            if 0 < gap <= 4 and nq.cue:
                q.speaker, q.cue, q.reason = nq.speaker, nq.cue, nq.reason
