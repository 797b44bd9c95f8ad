"""Shared quotes: the same quotation in both articles, marked identical, trimmed or altered.

Quotes are compared as word sequences with curly and straight marks, dashes, case and spacing folded, so
typography never makes two quotations differ. rapidfuzz scores the pairs: `ratio` for the whole texts,
`partial_ratio` for one inside the other. Each quotation of A is paired with at most one of B (best score
first). The differing words come from a word-level diff (difflib).
"""
from __future__ import annotations

import difflib
import re

from rapidfuzz import fuzz

from .compare_models import QuoteMatch, Span
from .models import Quote

MIN_WORDS = 3  # shorter quotations ("immediately") are too common to call shared
TRIM_SCORE = 97.0  # partial_ratio at or above which the shorter quote lies inside the longer
ALTER_SCORE = 72.0  # ratio (or partial_ratio for trimmed-and-altered) at or above which it is the same quote
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def quote_words(text: str) -> list[str]:
    """The words of a quotation, lower-cased, curly apostrophes straightened, punctuation dropped."""
    return [w.lower().replace("’", "'").replace("‘", "'") for w in _WORD.findall(text)]


def classify(text_a: str, text_b: str) -> tuple[str, float] | None:
    """('identical' | 'trimmed' | 'altered', score) when the two are one quotation, else None."""
    wa, wb = quote_words(text_a), quote_words(text_b)
    if min(len(wa), len(wb)) < MIN_WORDS:
        return None
    if wa == wb:
        return "identical", 100.0
    sa, sb = " ".join(wa), " ".join(wb)
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    ratio = fuzz.ratio(sa, sb)
    partial = fuzz.partial_ratio(short, long_)
    if f" {short} " in f" {long_} ":
        return "trimmed", round(partial, 1)
    if ratio >= ALTER_SCORE:
        return "altered", round(ratio, 1)
    if partial >= TRIM_SCORE and len(short) < 0.9 * len(long_):
        return "trimmed", round(partial, 1)
    if partial >= 85.0 and len(short.split()) >= 5:
        return "altered", round(partial, 1)
    return None


def differing_words(text_a: str, text_b: str) -> tuple[list[str], list[str]]:
    """Words of A not in B's wording and words of B not in A's, in order (word-level diff)."""
    wa, wb = quote_words(text_a), quote_words(text_b)
    only_a: list[str] = []
    only_b: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            only_a += wa[i1:i2]
        if op in ("replace", "insert"):
            only_b += wb[j1:j2]
    return only_a, only_b


def match_quotes(quotes_a: list[Quote], quotes_b: list[Quote]) -> list[QuoteMatch]:
    """Pairs of the same quotation across the two sides, one partner each, in A's order."""
    order = {"identical": 3, "trimmed": 2, "altered": 1}
    candidates: list[tuple[int, float, int, int, str]] = []
    for i, qa in enumerate(quotes_a):
        for j, qb in enumerate(quotes_b):
            found = classify(qa.text, qb.text)
            if found:
                candidates.append((order[found[0]], found[1], i, j, found[0]))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[QuoteMatch] = []
    for _, score, i, j, status in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        qa, qb = quotes_a[i], quotes_b[j]
        only_a, only_b = differing_words(qa.text, qb.text) if status != "identical" else ([], [])
        out.append(QuoteMatch(
            status=status, similarity=score, text_a=qa.text, text_b=qb.text,
            speaker_a=qa.speaker, speaker_b=qb.speaker, span_a=Span(qa.start, qa.end), span_b=Span(qb.start, qb.end),
            only_a=only_a, only_b=only_b,
        ))
    out.sort(key=lambda m: m.span_a.start)
    return out
