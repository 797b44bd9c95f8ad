"""Pure helpers that turn an article into styled, wrapped rich Text lines for the reader.

Article text is untrusted: it is never parsed as markup. Control characters (ESC of ANSI and OSC 8
sequences included) are replaced one for one by visible symbols, so offsets from the engine (mentions,
quotes) still line up and nothing reaches the terminal as an escape. Nothing here imports Textual, so
it can run in a worker thread and be tested on its own.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from index.models import Article, Extraction

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_NBSP_LIKE = {"\t": " ", "\n": " ", "\r": " "}


def _visible_char(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NBSP_LIKE:
        return _NBSP_LIKE[ch]
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ESC becomes the visible symbol ␛
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def visible(text: str) -> str:
    """Untrusted text with every control or direction-override character replaced, length preserved."""
    return _CONTROL.sub(_visible_char, text)


def safe_line(text: str) -> Text:
    """One line of untrusted metadata (title, outlet, speaker) as plain Text, newlines folded to spaces."""
    return Text(visible(text.replace("\r\n", " ").replace("\n", " ")), no_wrap=False)


# --- search terms --------------------------------------------------------------------------------
_FIELD_TOKEN = re.compile(r'(?<![\w.])(?:[A-Za-z_]+):')
_SKIP_FIELDS = re.compile(r'(?<![\w.])(?:date|outlet|bias|topic|id|author|url):(?:"[^"]*"|\S+)', re.I)
_OPERATORS = {"AND", "OR", "NOT", "TO"}


def terms_from_query(query: str, extra: Iterable[str] = ()) -> list[str]:
    """Words and phrases worth highlighting in an article opened from a search for `query`."""
    q = _SKIP_FIELDS.sub(" ", query)
    terms: list[str] = [m.group(1) for m in re.finditer(r'"([^"]+)"', q)]
    q = re.sub(r'"[^"]*"', " ", q)
    q = _FIELD_TOKEN.sub(" ", q)
    for word in re.split(r"[\s()]+", q):
        if not word or word in _OPERATORS or word.startswith("-"):
            continue
        word = word.strip("+*?~^").rstrip("*")
        if word:
            terms.append(word)
    terms.extend(t for t in extra if t.strip())
    out: list[str] = []
    for t in terms:
        if t.lower() not in (o.lower() for o in out):
            out.append(t)
    return out


def find_terms(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Case-insensitive matches of the terms (words by prefix, phrases across any spacing)."""
    parts = [r"\s+".join(re.escape(w) for w in t.split()) for t in terms if t.split()]
    if not parts:
        return []
    parts.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w*", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# --- document ------------------------------------------------------------------------------------
@dataclass
class Block:
    """One paragraph as displayed: styled Text plus the inserted labels (article offset, length)."""

    start: int
    length: int
    text: Text
    inserts: list[tuple[int, int]] = field(default_factory=list)

    def local(self, offset: int, end: bool = False) -> int:
        """Map an article offset inside this paragraph to an offset in the displayed Text."""
        local = offset - self.start
        shift = 0
        for at, size in self.inserts:
            if at < local or (at == local and not end):
                shift += size
            else:
                break
        return local + shift


@dataclass
class Document:
    """The article ready for wrapping: one Block per paragraph, searchable by article offset."""

    blocks: list[Block]
    starts: list[int]

    def block_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)


class _Spans:
    """Spans sorted by start, so each paragraph finds its own with a bisect instead of a full scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def clip(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Spans overlapping [start, end), as offsets local to `start`."""
        i = bisect_right(self.starts, start - self.longest - 1)
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if e > start:
                yield max(s, start) - start, min(e, end) - start
            i += 1


_CLOSERS = "\"'\u201d\u2019\u00bb"


def _after_closing(text: str, at: int) -> int:
    """Where a speaker label goes: after the quote's closing mark when the quote's range stops before it."""
    while at < len(text):
        if text[at] in _CLOSERS:
            at += 1
        elif text[at] in ",.;:!?" and at + 1 < len(text) and text[at + 1] in _CLOSERS:
            at += 2
        else:
            break
    return at


def build_document(article: Article, extraction: Extraction | None, terms: list[str],
                   styles: dict[str, Style]) -> Document:
    """Style every paragraph: actor mentions, quotes (each followed by its speaker) and search terms."""
    return document(list(iter_blocks(article, extraction, terms, styles)))


def document(blocks: list[Block]) -> Document:
    """A Document of these blocks (all of an article's, or its first ones while the rest is styled)."""
    return Document(blocks, [b.start for b in blocks])


def iter_blocks(article: Article, extraction: Extraction | None, terms: list[str],
                styles: dict[str, Style]) -> Iterator[Block]:
    """The styled paragraphs one by one, so a reader can show the first ones before a long article is done."""
    mentions = _Spans((m.start, m.end) for a in (extraction.actors if extraction else []) for m in a.mentions)
    quotes = sorted(extraction.quotes if extraction else [], key=lambda q: q.end)
    quote_spans = _Spans((q.start, q.end) for q in quotes)
    quote_ends = [q.end for q in quotes]
    hits = _Spans(find_terms(article.text, terms) if terms else [])
    for p in article.paragraphs:
        start, end = p.start, p.start + len(p.text)
        base = Text(visible(p.text), style=styles.get(p.kind, Style()))
        for s, e in mentions.clip(start, end):
            base.stylize(styles["mention"], s, e)
        for s, e in quote_spans.clip(start, end):
            base.stylize(styles["quote"], s, e)
        for s, e in hits.clip(start, end):
            base.stylize(styles["term"], s, e)
        ending = quotes[bisect_right(quote_ends, start):bisect_right(quote_ends, end)]
        labels = [(_after_closing(p.text, q.end - start), q) for q in ending]
        if not labels:
            yield Block(start, len(p.text), base)
            continue
        labels.sort(key=lambda item: item[0])
        cuts = [at for at, _ in labels]
        pieces = base.divide(cuts)
        out = Text(style=base.style)
        inserts: list[tuple[int, int]] = []
        for i, piece in enumerate(pieces):
            out.append_text(piece)
            if i < len(labels):
                q = labels[i][1]
                who = q.speaker or "unattributed"
                label = Text(f" \u2039{visible(who)}\u203a", style=styles["speaker"] if q.speaker else styles["unattributed"])
                out.append_text(label)
                inserts.append((labels[i][0], len(label)))
        yield Block(start, len(p.text), out, inserts)


@dataclass
class Line:
    """One wrapped screen line: its paragraph, its range in that paragraph's displayed Text, and Text."""

    block: int
    start: int
    end: int
    text: Text


def wrap_document(doc: Document, width: int) -> list[Line]:
    """Wrap every paragraph to `width` cells (long words folded), with a blank line between paragraphs."""
    from rich._wrap import divide_line

    width = max(10, width)
    lines: list[Line] = []
    for i, block in enumerate(doc.blocks):
        if i:
            lines.append(Line(-1, 0, 0, Text("")))
        plain = block.text.plain
        offsets = divide_line(plain, width, fold=True) if plain else []
        bounds = [0, *offsets, len(plain)]
        for piece, (s, e) in zip(block.text.divide(offsets), zip(bounds, bounds[1:])):
            piece.rstrip()
            lines.append(Line(i, s, e, piece))
    return lines
