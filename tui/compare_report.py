"""`parallax compare A B`: the Comparison printed as a readable report, as JSON (--json) or as Markdown
(--markdown) a person can paste into a document. All article text passes through safe_text before printing."""
from __future__ import annotations

import argparse
import sys

from index.compare import compare_articles
from index.compare_models import ActorPresence, Comparison, DistinctiveTerm, QuoteMatch, SpeakerVoice
from index.models import to_jsonable

from .safe_text import plain

WIDTH = 100


def run_compare(library, args: argparse.Namespace) -> int:  # noqa: ANN001 - index.library.Library
    """Compare args.a with args.b and print it in the chosen format; exit code 0."""
    from index.corpus_stats import corpus_stats

    library.article(args.a), library.article(args.b)  # unknown ids fail before any slow work
    if corpus_stats(library, build=False) is None:
        sys.stderr.write("parallax: counting words across the corpus for the comparison "
                         "(done once, then cached in the index)…\n")
    comparison = compare_articles(library, args.a, args.b)
    if getattr(args, "json", False):
        import json

        json.dump(to_jsonable(comparison), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif getattr(args, "markdown", False):
        sys.stdout.write(render_markdown(comparison))
    else:
        sys.stdout.write(render_text(comparison))
    return 0


def _clip(text: str, n: int = WIDTH) -> str:
    text = " ".join(plain(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _date(d: str | None) -> str:
    return d or "date unknown"


def _gap(c: Comparison) -> str:
    if c.summary.days_apart is None:
        return "gap unknown (a date is missing)"
    n = c.summary.days_apart
    if n == 0:
        return "published the same day"
    return f"B is {abs(n)} day{'s' if abs(n) != 1 else ''} {'later' if n > 0 else 'earlier'}"


def _actor_line(p: ActorPresence) -> str:
    return f"{plain(p.name)} ({p.mentions_a}/{p.mentions_b})"


def _voice_line(v: SpeakerVoice) -> str:
    return f"{plain(v.speaker)}: {v.words} words in {v.quotes} quote{'s' if v.quotes != 1 else ''} ({v.share:.0%})"


def _quote_detail(q: QuoteMatch) -> str:
    parts = []
    if q.only_a:
        parts.append("only A: " + " ".join(q.only_a))
    if q.only_b:
        parts.append("only B: " + " ".join(q.only_b))
    return plain("; ".join(parts))


def _terms(terms: list[DistinctiveTerm], side: str) -> str:
    return ", ".join(f"{plain(t.term)} ({t.count_a if side == 'a' else t.count_b}, z={abs(t.z):.1f})" for t in terms) or "none"


def _paired_text(c: Comparison) -> list[tuple[str, str, float]]:
    al = c.alignment
    return [(al.sentences_a[p.a].text, al.sentences_b[p.b].text, p.score) for p in al.pairs]


def render_text(c: Comparison) -> str:
    """The plain-text report."""
    s, out = c.summary, []
    add = out.append
    for tag, side in (("A", s.a), ("B", s.b)):
        add(f"{tag}  {_clip(side.title)}")
        meta = [side.outlet or "outlet unknown", _date(side.date), f"{side.words} words", f"{side.quotes} quotes"]
        if side.bias:
            meta.append(f"bias: {side.bias}")
        add(f"   {plain(' · '.join(meta))}  [{plain(side.id)}]")
    add(f"   {_gap(c)}")
    add("")
    add(f"Shared actors (mentions A/B): {', '.join(_actor_line(p) for p in c.shared_actors) or 'none'}")
    add(f"Only in A: {', '.join(_actor_line(p) for p in c.only_a) or 'none'}")
    add(f"Only in B: {', '.join(_actor_line(p) for p in c.only_b) or 'none'}")
    add("")
    add("Naming differences:")
    for d in c.naming:
        add(f"  {plain(d.name)}: A writes {' / '.join(map(plain, d.spellings_a))}; B writes {' / '.join(map(plain, d.spellings_b))}")
    if not c.naming:
        add("  none")
    add("")
    add("Who gets the voice:")
    add(f"  A ({c.voice.quoted_words_a} quoted words): " + ("; ".join(map(_voice_line, c.voice.a)) or "no quotations"))
    add(f"  B ({c.voice.quoted_words_b} quoted words): " + ("; ".join(map(_voice_line, c.voice.b)) or "no quotations"))
    add("")
    add("Shared quotes:")
    for q in c.shared_quotes:
        add(f"  [{q.status}] {plain(q.speaker_a or '?')} / {plain(q.speaker_b or '?')}")
        add(f"    A: “{_clip(q.text_a, WIDTH - 8)}”")
        add(f"    B: “{_clip(q.text_b, WIDTH - 8)}”")
        if _quote_detail(q):
            add(f"    {_quote_detail(q)}")
    if not c.shared_quotes:
        add("  none")
    add("")
    add(f"Distinctive words of A: {_terms(c.distinctive_a, 'a')}")
    add(f"Distinctive words of B: {_terms(c.distinctive_b, 'b')}")
    add("")
    al = c.alignment
    add(f"Aligned passages: {len(al.pairs)} pairs; {len(al.unpaired_a)} of {len(al.sentences_a)} sentences "
        f"of A and {len(al.unpaired_b)} of {len(al.sentences_b)} of B have no partner")
    for a_text, b_text, score in _paired_text(c):
        add(f"  ({score:.0f})")
        add(f"    A: {_clip(a_text, WIDTH - 7)}")
        add(f"    B: {_clip(b_text, WIDTH - 7)}")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Article text made safe inside a Markdown table cell or line."""
    return plain(" ".join(text.split())).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_markdown(c: Comparison) -> str:
    """The Markdown report."""
    s, out = c.summary, []
    add = out.append
    add(f"# Comparison: {_md(s.a.outlet or s.a.id)} vs {_md(s.b.outlet or s.b.id)}")
    add("")
    add("| | A | B |")
    add("|---|---|---|")
    add(f"| Title | {_md(s.a.title)} | {_md(s.b.title)} |")
    add(f"| Outlet | {_md(s.a.outlet)} | {_md(s.b.outlet)} |")
    add(f"| Date | {_date(s.a.date)} | {_date(s.b.date)} |")
    add(f"| Bias | {_md(s.a.bias) or 'unknown'} | {_md(s.b.bias) or 'unknown'} |")
    add(f"| Words | {s.a.words} | {s.b.words} |")
    add(f"| Id | `{s.a.id}` | `{s.b.id}` |")
    add("")
    add(f"Dates: {_gap(c)}.")
    add("")
    add("## Actors")
    add("")
    add(f"- **Shared** (mentions A/B): {', '.join(_md(_actor_line(p)) for p in c.shared_actors) or 'none'}")
    add(f"- **Only in A**: {', '.join(_md(_actor_line(p)) for p in c.only_a) or 'none'}")
    add(f"- **Only in B**: {', '.join(_md(_actor_line(p)) for p in c.only_b) or 'none'}")
    add("")
    add("## Naming differences")
    add("")
    for d in c.naming:
        add(f"- {_md(d.name)}: A writes *{_md(' / '.join(d.spellings_a))}*, B writes *{_md(' / '.join(d.spellings_b))}*")
    if not c.naming:
        add("None found.")
    add("")
    add("## Who gets the voice")
    add("")
    add("| Side | Speaker | Quotes | Words | Share |")
    add("|---|---|---|---|---|")
    for tag, rows in (("A", c.voice.a), ("B", c.voice.b)):
        for v in rows:
            add(f"| {tag} | {_md(v.speaker)} | {v.quotes} | {v.words} | {v.share:.0%} |")
    add("")
    add("## Shared quotes")
    add("")
    for q in c.shared_quotes:
        add(f"- **{q.status}** ({_md(q.speaker_a or '?')} / {_md(q.speaker_b or '?')})")
        add(f"  - A: “{_md(q.text_a)}”")
        add(f"  - B: “{_md(q.text_b)}”")
        if _quote_detail(q):
            add(f"  - {_md(_quote_detail(q))}")
    if not c.shared_quotes:
        add("None found.")
    add("")
    add("## Distinctive words")
    add("")
    add(f"- **A**: {_md(_terms(c.distinctive_a, 'a'))}")
    add(f"- **B**: {_md(_terms(c.distinctive_b, 'b'))}")
    add("")
    add("## Aligned passages")
    add("")
    add("| A | B | Score |")
    add("|---|---|---|")
    for a_text, b_text, score in _paired_text(c):
        add(f"| {_md(a_text)} | {_md(b_text)} | {score:.0f} |")
    al = c.alignment
    add("")
    add(f"{len(al.unpaired_a)} sentences of A and {len(al.unpaired_b)} of B have no partner.")
    return "\n".join(out) + "\n"
