"""Pure helpers for the compare screen: styled rich Text for each passage, the legend and the summary.

Article text is untrusted and never parsed as markup. Passages are slices of the cleaned text; control
characters are replaced one for one (article_text.visible) so the engine's offsets still line up, and the
styles of shared actors, one-sided actors, shared quotes, naming differences and a selected word are laid
on as spans. No Textual import, so this runs in the worker thread and is tested on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.text import Text

from index.compare_models import Comparison, Sentence
from tui.safe_text import strip_controls
from tui.widgets.article_text import visible

STYLES = {
    "quote": "on #2a3550",
    "shared": "bold #5fd7ff",
    "one_sided": "italic #ffaf5f",
    "naming": "bold underline #ff5fd7",
    "word": "reverse #ffff5f",
}
LEGEND = [
    ("shared", "in both"),
    ("one_sided", "one side"),
    ("quote", "shared quote"),
    ("naming", "named two ways"),
    ("word", "word"),
]


@dataclass
class SideMarks:
    """Where each style goes on one side: lists of (start, end) offsets into the article text."""

    quote: list[tuple[int, int]] = field(default_factory=list)
    shared: list[tuple[int, int]] = field(default_factory=list)
    one_sided: list[tuple[int, int]] = field(default_factory=list)
    naming: list[tuple[int, int]] = field(default_factory=list)


def side_marks(c: Comparison, side: str) -> SideMarks:
    """The spans to style on side 'a' or 'b' of a comparison."""
    marks = SideMarks()
    for q in c.shared_quotes:
        span = q.span_a if side == "a" else q.span_b
        marks.quote.append((span.start, span.end))
    for p in c.shared_actors:
        marks.shared += [(s.start, s.end) for s in (p.spans_a if side == "a" else p.spans_b)]
    for p in c.only_a if side == "a" else c.only_b:
        marks.one_sided += [(s.start, s.end) for s in (p.spans_a if side == "a" else p.spans_b)]
    for d in c.naming:
        marks.naming += [(s.start, s.end) for s in (d.spans_a if side == "a" else d.spans_b)]
    return marks


def term_pattern(term: str) -> re.Pattern[str]:
    """Whole-word matches of a distinctive term (a bigram across any spacing); an acronym keeps its case."""
    body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in term.split())
    flags = 0 if term.isupper() else re.IGNORECASE
    return re.compile(r"(?<![\w’'])" + body + r"(?:['’]s)?(?![\w’'])", flags)


def passage_text(sentence: Sentence, marks: SideMarks, term: str | None = None) -> Text:
    """One passage as styled Text; spans are clipped to the passage."""
    text = Text(visible(sentence.text))
    lo, hi = sentence.start, sentence.end
    for kind in ("quote", "one_sided", "shared", "naming"):
        for start, end in getattr(marks, kind):
            s, e = max(start, lo), min(end, hi)
            if s < e:
                text.stylize(STYLES[kind], s - lo, e - lo)
    if term:
        for m in term_pattern(term).finditer(sentence.text):
            text.stylize(STYLES["word"], m.start(), m.end())
    return text


def legend() -> Text:
    """The legend line: a sample of each style and what it means."""
    out = Text()
    for i, (kind, label) in enumerate(LEGEND):
        if i:
            out.append("  ")
        out.append(" " if kind in ("quote", "word") else "■", style=STYLES[kind])
        out.append(f" {label}")
    out.append("  ")
    out.append("▌", style="#5faf5f")
    out.append(" paired")
    return out


def summary_text(c: Comparison) -> Text:
    """The header: both titles with outlet, date, length and bias, and the gap between the dates."""
    out = Text(no_wrap=True, overflow="ellipsis")
    for tag, side in (("A", c.summary.a), ("B", c.summary.b)):
        out.append(f" {tag} ", style="bold reverse")
        meta = [side.outlet or "outlet unknown", side.date or "date unknown", f"{side.words}w"]
        if side.bias:
            meta.append(f"bias {side.bias}")
        out.append(" " + strip_controls(" · ".join(meta)).replace("\n", " "), style="bold")
        out.append("  " + strip_controls(side.title).replace("\n", " ") + "\n", style="dim")
    gap = c.summary.days_apart
    when = ("dates unknown" if gap is None else "same day" if gap == 0
            else f"B is {abs(gap)} day{'s' if abs(gap) != 1 else ''} {'later' if gap > 0 else 'earlier'}")
    al = c.alignment
    out.append(f"{when} · {len(c.shared_actors)} actors in both · {len(c.shared_quotes)} shared quotes · "
               f"{len(c.naming)} named differently · {len(al.pairs)} aligned passages", style="italic")
    return out


def voice_text(c: Comparison) -> Text:
    """Who gets the voice, both sides."""
    out = Text()
    for tag, rows, total in (("A", c.voice.a, c.voice.quoted_words_a), ("B", c.voice.b, c.voice.quoted_words_b)):
        out.append(f"{tag}: {total} quoted words\n", style="bold")
        for v in rows[:8]:
            out.append(f"  {strip_controls(v.speaker)[:22]} {v.words}w {v.share:.0%}\n")
        if not rows:
            out.append("  no quotations\n", style="dim")
    for d in c.naming:
        out.append(f"{strip_controls(d.name)}: ", style=STYLES["naming"])
        out.append(strip_controls(f"{'/'.join(d.spellings_a)} vs {'/'.join(d.spellings_b)}\n"))
    for q in c.shared_quotes:
        out.append(f"quote {q.status}", style=STYLES["quote"])
        out.append(strip_controls(f" {q.speaker_a or '?'}\n"))
        if q.only_a:
            out.append(strip_controls(f"  A only: {' '.join(q.only_a)[:60]}\n"), style="dim")
        if q.only_b:
            out.append(strip_controls(f"  B only: {' '.join(q.only_b)[:60]}\n"), style="dim")
    return out
