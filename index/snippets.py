"""Snippets with highlighted words: find the first real match in an article's text, highlight only near it.

Highlighting runs the stemming analyzer over the text it is given, so whole bodies cost 10-30 ms a hit.
Here a cheap regular expression proposes words that may match (the query's stems and prefixes, case- and
accent-blind), the analyzer confirms the first true match one word at a time, and only a window of
HIGHLIGHT_WINDOW characters from just before it is analysed and cut into fragments.
"""
from __future__ import annotations

import fnmatch
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from whoosh import highlight
from whoosh.analysis import Token
from whoosh.support.charset import accent_map

from .models import Highlight

_OPEN, _CLOSE = "\x01", "\x02"  # cleaning strips control characters, so these never occur in article text
HIGHLIGHT_WINDOW = 1_200
_WINDOW_LEAD = 200
_FOLD_CHUNK = 2_048  # characters folded at first (then 4,096, 8,192, ...) while looking for the first match
_MAX_CANDIDATES = 200  # words checked with the analyzer before giving up and showing the lead
_WORD = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*")  # the index tokenizer's words (RegexTokenizer in schema.py)
_CACHE_WORDS = 200_000  # raw word -> analysed token text; cleared when full
# Accent folding that keeps every character's offset (the index folds the same way, one character each).
_FOLD = {code: out for code, out in accent_map.items() if len(out) == 1}


@dataclass(frozen=True)
class TermMatch:
    """The analysed tokens of one field that count as matches of a query: exact terms, prefixes, patterns."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()  # shell-style wildcards (ukr?ine, c*fire) over analysed tokens
    _compiled: list[re.Pattern[str]] = field(default_factory=list, init=False, compare=False, repr=False)
    _candidates: list[re.Pattern[str] | None] = field(default_factory=list, init=False, compare=False, repr=False)
    # raw word -> its analysed token when that token is a match, else None: shared by one search's snippets
    matches_of: dict[str, str | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._compiled.extend(re.compile(fnmatch.translate(p)) for p in self.patterns)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes or self.patterns)

    def __contains__(self, token: str) -> bool:
        return (token in self.exact or token.startswith(self.prefixes)
                or any(p.match(token) for p in self._compiled))

    def candidate_pattern(self) -> re.Pattern[str] | None:
        """A regex over raw (accent-folded) text finding every word that might analyse to a match (made once)."""
        if not self._candidates:
            self._candidates.append(self._make_candidate_pattern())
        return self._candidates[0]

    def _make_candidate_pattern(self) -> re.Pattern[str] | None:
        starts = set(self.prefixes)
        for stem in self.exact:
            starts.add(stem[: max(3, len(stem) - 2)])  # stemming rewrites at most the last letters
        for pat in self.patterns:
            literal = re.split(r"[*?\[]", pat, maxsplit=1)[0]
            if not literal:
                return None  # a pattern starting with a wildcard: every word is a candidate
            starts.add(literal)
        starts.discard("")
        if not starts:
            return None
        alternatives = "|".join(re.escape(s) for s in sorted(starts, key=len, reverse=True))
        return re.compile(r"\b(?:" + alternatives + ")", re.IGNORECASE)


class _MarkFormatter(highlight.Formatter):
    """Marks matched words with sentinels, so offsets can be computed without a markup language."""

    between = " … "

    def format_token(self, text, token, replace=False):  # noqa: ANN001, ANN201 - whoosh signature
        return f"{_OPEN}{highlight.get_text(text, token, replace)}{_CLOSE}"


def parse_marked(marked: str) -> tuple[str, list[Highlight]]:
    """Turn sentinel-marked text into (plain text, highlight offsets)."""
    out: list[str] = []
    spans: list[Highlight] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            spans.append(Highlight(start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def lead_snippet(text: str, chars: int) -> str:
    """The opening of a text cut at a word boundary, for hits whose match is not in the body."""
    if len(text) <= chars:
        return text.replace("\n", " ")
    cut = text[:chars].rsplit(" ", 1)[0]
    return cut.replace("\n", " ") + " …"


class WordAnalyser:
    """The field analyzer applied one word at a time, remembered per raw word.

    Every analyzer in schema.py splits text with a regex tokenizer and then changes each word on its own
    (lower-case, stem, fold accents), so a word's token is the same wherever it occurs. Remembering it
    makes highlighting 3-4 times cheaper than running the analyzer's generator chain over every window."""

    def __init__(self, analyzer) -> None:  # noqa: ANN001 - whoosh analyzer
        self.analyzer = analyzer
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        text = self._cache.get(word)
        if text is None:
            tokens = [t.text for t in self.analyzer(word, mode="query", removestops=False)]
            text = tokens[0] if len(tokens) == 1 else "\x00"  # never a term: such a word is never marked
            if len(self._cache) >= _CACHE_WORDS:
                self._cache.clear()
            self._cache[word] = text
        return text

    def tokens(self, text: str, terms: TermMatch):  # noqa: ANN201 - whoosh Token stream
        """Tokens of `text` with char offsets and `matched` set, as whoosh's highlighter expects them."""
        token = Token(positions=True, chars=True, removestops=False)
        for pos, m in enumerate(_WORD.finditer(text)):
            token.text = self(m.group())
            token.pos, token.startchar, token.endchar = pos, m.start(), m.end()
            token.matched = token.text in terms
            yield token


def _candidate_starts(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """Where `pattern` matches in the accent-folded `text`, in order, as `pattern.finditer` over the whole
    folded text would find them. Folding a whole body (str.translate, ~1 µs a character of non-ASCII text)
    cost more than the rest of a snippet; the first match is usually near the start, so the text is folded
    in growing chunks. The pattern's matches are literal words (at most `longest` characters): a match
    starting at least `longest` characters before a chunk's end lies wholly inside it."""
    if text.isascii():
        yield from (m.start() for m in pattern.finditer(text))
        return
    longest = len(pattern.pattern)  # more than any one alternative's length
    pos, size, n = 0, max(_FOLD_CHUNK, 4 * longest), len(text)
    while pos < n:
        end = min(n, pos + size)
        lo = max(0, pos - 1)  # one character of context for the leading \b
        hay = text[lo:end].translate(_FOLD)
        limit = n if end == n else end - longest
        nxt = limit
        for m in pattern.finditer(hay, pos - lo):
            start = m.start() + lo
            if start >= limit:
                break
            yield start
            nxt = max(limit, m.end() + lo)  # finditer over the whole text resumes after this match
        pos, size = nxt, size * 2


def first_match(text: str, terms: TermMatch, words: WordAnalyser) -> int | None:
    """Offset of the first word in `text` that analyses to a match of `terms`, or None."""
    pattern = terms.candidate_pattern()
    if pattern is None:
        hay = text if text.isascii() else text.translate(_FOLD)
        candidates: Iterator[int] = (m.start() for m in _WORD.finditer(hay))
    else:
        candidates = _candidate_starts(text, pattern)
    for checked, start in enumerate(candidates):
        if checked >= _MAX_CANDIDATES:
            return None
        word = _WORD.match(text, start)
        if word and words(word.group()) in terms:
            return start
    return None


class Snippeter:
    """Builds a snippet of about `chars` characters with the matched words of one field marked."""

    def __init__(self, analyzer, chars: int = 240) -> None:  # noqa: ANN001 - whoosh analyzer
        self.words = WordAnalyser(analyzer)
        self.chars = chars
        self.fragmenter = highlight.ContextFragmenter(maxchars=chars, surround=max(30, chars // 3))
        self.fragmenter.charlimit = None
        self.scorer = highlight.BasicFragmentScorer()
        self.formatter = _MarkFormatter()

    def snippet(self, text: str, terms: TermMatch) -> tuple[str, list[Highlight]]:
        """(snippet, highlight offsets): around the first match of `terms`, else the text's lead, unmarked."""
        if not text:
            return "", []
        start = first_match(text, terms, self.words) if terms else None
        if start is None:
            return lead_snippet(text, self.chars), []
        window = self._window(text, start)
        fast = self._fast_snippet(window, terms)
        if fast is not None:
            return fast
        fragments = self.fragmenter.fragment_tokens(window, self.words.tokens(window, terms))
        best = highlight.top_fragments(fragments, 2, self.scorer, highlight.FIRST, minscore=1)
        if not best:
            return lead_snippet(text, self.chars), []
        return parse_marked(self.formatter(window, best).replace("\n", " "))

    def _fast_snippet(self, window: str, terms: TermMatch) -> tuple[str, list[Highlight]] | None:
        """What Whoosh's ContextFragmenter, top_fragments(2, BasicFragmentScorer, FIRST) and the marking
        formatter make of `window`, computed over plain (start, end) spans instead of Token objects (4-5 times
        faster; tests/test_snippets.py checks they agree). None when a word is longer than a fragment (Whoosh's
        corner case) or nothing matched: the caller takes Whoosh's path."""
        maxchars, surround = self.fragmenter.maxchars, self.fragmenter.surround
        analyse, matched_of = self.words, terms.matches_of
        if len(matched_of) > _CACHE_WORDS:
            matched_of.clear()
        frags: list[tuple[int, int, list[tuple[int, int, str]]]] = []  # (start, end, matched spans + token)
        firsts: deque[int] = deque()
        first: int | None = None
        countdown, currentlen, tks = -1, 0, []
        endchar = 0
        for m in _WORD.finditer(window):
            startchar, endchar = m.span()
            tlength = endchar - startchar
            if tlength > maxchars:
                return None
            word = m.group()
            token = matched_of.get(word, 0)
            if token == 0:
                text = analyse(word)
                token = matched_of[word] = text if text in terms else None
            if countdown < 0 and token is None:
                firsts.append(startchar)
                while firsts and endchar - firsts[0] > surround:
                    firsts.popleft()
            elif currentlen + tlength > maxchars:
                countdown = 0
            elif token is not None:
                countdown = surround
                if first is None:
                    if firsts:
                        first = firsts[0]
                    else:
                        first = startchar
                        countdown += surround
                tks.append((startchar, endchar, token))
            if countdown >= 0:
                currentlen += tlength
                countdown -= tlength
                if countdown <= 0:
                    if tks:  # Whoosh also emits empty fragments here; they score 0, under its minscore
                        frags.append((first if first is not None else 0, endchar, tks))
                    tks, firsts, first, currentlen = [], deque(), None, 0
        if tks:
            frags.append((first if first is not None else 0, endchar, tks))
        if not frags:
            return None
        # BasicFragmentScorer: matches x 100 x distinct matched terms; ties go to the later fragment
        scored = sorted(((len(t) * (len({x[2] for x in t}) * 100), start, end, t) for start, end, t in frags),
                        reverse=True)
        best = sorted(scored[:2], key=lambda f: f[1])
        out: list[str] = []
        spans: list[Highlight] = []
        length = 0
        for n, (_score, start, end, toks) in enumerate(best):
            if n:
                out.append(_MarkFormatter.between)
                length += len(_MarkFormatter.between)
            index = start
            for tstart, tend, _text in toks:  # in order, never overlapping: one regex's matches
                if tstart < index:
                    continue
                out.append(window[index:tstart])
                length += tstart - index
                spans.append(Highlight(length, length + tend - tstart))
                out.append(window[tstart:tend])
                length += tend - tstart
                index = tend
            out.append(window[index:end])
            length += max(0, end - index)
        return "".join(out).replace("\n", " "), spans

    @staticmethod
    def _window(text: str, match_start: int) -> str:
        start = max(0, match_start - _WINDOW_LEAD)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < match_start else start
        end = start + HIGHLIGHT_WINDOW
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > match_start else end
        return text[start:end]

