"""Find where direct quotes are in one paragraph: pair quote marks, recover lost ones, split sentences.

Only double marks (straight " and curly “ ”) open quotes; single marks are apostrophes or nested quotes.
A quote never crosses a paragraph boundary. An unclosed mark runs to the paragraph end only when that is
short (the multi-paragraph convention); a stray closing mark recovers the text back to the previous quote
or sentence start; over-long pairs are cut at their first sentence end. Kept apart from index/quotes.py so
attribution rules have room to grow.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.names import ABBREVIATIONS

MAX_QUOTE = 1200  # longer pairs mean lost marks
MAX_UNCLOSED = 600  # an unclosed quote may run to the paragraph end only up to this length
# '' (two apostrophes) closes a quote in some wire copy ("… we are concerned,'' said David Callaway")
MARK = re.compile(r"[“”\"]|''")
# "...," also glued to the next sentence's capital ("Fallon said...Perez did not"), ends a sentence
SENT_END = re.compile(r"(?:[.!?]+(?:[”\"’')\]]+\s*|\s+)|\.\.\.|…)(?=[“\"‘'(\[]?[A-Z0-9])")
_CLOSE_PUNCT = ",.;:!?)—–-"


@dataclass
class Span:
    """One quote's place in its paragraph (offsets relative to the paragraph text)."""

    para: int
    cs: int  # content start in paragraph
    ce: int  # content end in paragraph
    open_mark: int  # index of the opening mark (or cs when recovered)
    close_mark: int  # index after the closing mark (or ce)


_NUMBER_NEXT = re.compile(r"\s*\d")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin in a paragraph, skipping abbreviations such as U.S. and Mr."""
    starts = [0]
    for m in SENT_END.finditer(text):
        head = text[max(0, m.start() - 12):m.start() + 1].split()
        last = head[-1].lower().rstrip(".") if head else ""
        if last == "no" and not _NUMBER_NEXT.match(text, m.end()):
            pass  # "Roe said no. Doe …": "No." abbreviates only a number ("No. 2")
        elif last in ABBREVIATIONS or len(last) == 1 or re.fullmatch(r"[a-z](?:\.[a-z]){1,2}", last):
            continue  # "Mr.", "U.S.", initials ("said J.J. Kinahan")
        starts.append(m.end())
    return starts


def sentence_break(gap: str) -> bool:
    """True when a stretch holds a sentence end (abbreviations such as Rep. and U.S. do not count)."""
    if any(ch in gap for ch in ":!?;"):
        return True
    for m in re.finditer(r"\.(?=\s|$)", gap):
        head = gap[:m.start()].split()
        last = head[-1].lower() if head else ""
        if (last not in ABBREVIATIONS or last == "no" and not _NUMBER_NEXT.match(gap, m.end())) and len(last) > 1 \
                and "." not in last:
            return True
    return False


def trim_to_sentence(text: str, start: int, end: int) -> int:
    """End of the first sentence inside text[start:end], or end when there is none."""
    m = SENT_END.search(text, start, end)
    return m.start() + 1 if m else end


# '…in Iraq." But this …': a mark glued to a sentence's end and followed by a capital opens the next quote
_MISPLACED_OPENER = re.compile(r"[.!?]\" (?=[A-Z])")
# …when a mark closing that quote comes before any other opener in the paragraph
_CLOSER_AHEAD = re.compile(r" [^\"“”\n]{1,400}?[^\s\"“”]\"")


def pair(text: str) -> list[tuple[int, int, int, int]]:
    """(open_mark, content_start, content_end, close_end) for each quote of one paragraph."""
    out: list[tuple[int, int, int, int]] = []
    open_at: int | None = None
    last_end = 0
    n = len(text)
    for m in MARK.finditer(text):
        i, ch, j = m.start(), m.group(), m.end()
        prev = text[i - 1] if i else " "
        nxt = text[j] if j < n else " "
        opens = ch == "“" or ch == '"' and not nxt.isspace() and nxt not in _CLOSE_PUNCT
        closes = ch == "”" or ch in ('"', "''") and not prev.isspace() and i > 0
        # ",' \" he said": a space set between a nested single closer and the double one
        closes = closes or ch == '"' and i >= 2 and prev == " " and text[i - 2] in "'’" and (nxt.isspace() or nxt in _CLOSE_PUNCT)
        if ch == "''" and (open_at is None or not closes):
            continue  # only ever a closer, and only of an open quote
        if ch == "”" and open_at is None and prev.isspace() and nxt.isalnum():
            opens, closes = True, False  # a right mark used as an opener
        if open_at is None:
            if ch == '"' and _MISPLACED_OPENER.match(text, i - 1) and _CLOSER_AHEAD.match(text, j):
                open_at = i  # 'in Iraq." But this is not our goal," he wrote': the space went on the wrong side
            elif opens and not (closes and (nxt.isspace() or nxt in _CLOSE_PUNCT)):
                open_at = i
            elif closes:  # stray closer: its opener is missing
                start = last_end
                if i - start > 400:
                    starts = [s for s in sentence_starts(text) if start <= s < i]
                    start = starts[-1] if starts else start
                out.append((start, start, i, i + 1))
                last_end = i + 1
            continue
        if closes and not (prev.isspace() and opens):
            if i - open_at > MAX_QUOTE:
                cut = trim_to_sentence(text, open_at + 1, i)
                out.append((open_at, open_at + 1, cut, cut))
            else:
                out.append((open_at, open_at + 1, i, j))
            open_at, last_end = None, j
        elif opens and prev.isspace():  # a new opener: the previous quote lost its closer
            cut = trim_to_sentence(text, open_at + 1, i)
            if cut < i:
                out.append((open_at, open_at + 1, cut, cut))
            open_at, last_end = i, i
    if open_at is not None:
        end = n if n - open_at <= MAX_UNCLOSED else trim_to_sentence(text, open_at + 1, n)
        out.append((open_at, open_at + 1, end, end))
    return out


def clean_bounds(text: str, cs: int, ce: int) -> tuple[int, int]:
    """Shrink content bounds past spaces and a trailing comma or dash."""
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",;—–"):
        ce -= 1
    return cs, ce
