"""Clean a scraped article by rules: strip chrome, repair run-together text, mark captions and headings.

Every removed line is kept with the rule that removed it, so `parallax show ID --removed` can prove
that nothing real was dropped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .clean_rules import CleanRules, load_rules
from .models import Article, Paragraph, RawArticle, Removed

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# "invasion.Why" -> "invasion. Why": two lower-case letters, an end mark (and closing quote), a capitalised word.
# (The end mark is matched first and the letters before it checked by a lookbehind after it: the same matches,
# but the regex engine can skip to candidate characters instead of trying a lookbehind at every position.)
_RUN_TOGETHER = re.compile(r"([.!?](?<=[a-z]{2}[.!?])[\"”’]?)(?=[A-Z][a-z])")
# 'meeting"What' -> 'meeting "What': an opening quote glued to the word before.
_GLUED_QUOTE = re.compile(r"([\"“](?<=[a-z][\"“]))(?=[A-Z])")
_END_PUNCT = tuple('.,:;!?"”’)')
_QUOTE_MARK = re.compile(r'["“”]')
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with", "is", "are"}


@dataclass
class _Line:
    number: int  # 1-based line in the original text
    text: str
    kind: str = "body"
    removed_by: str | None = None


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no control or bidi characters, single spaces inside lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub(lambda m: "\n" if m.group() == "\x0c" else "", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def fold_line(text: str) -> str:
    """A comparison key for whole lines: case, quote style and spacing folded."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split()).strip(" .")


def _words(text: str) -> int:
    return len(text.split())


def is_headline_like(text: str) -> bool:
    """A line shaped like a headline: a few words, no sentence-ending full stop."""
    return 3 <= _words(text) <= 25 and not text.endswith((".", ",", ";", ":")) and not text.startswith(("“", '"'))


def is_title_case(text: str, max_words: int) -> bool:
    """A short Title Case line with no end punctuation, as section headings are written."""
    words = text.split()
    if not (1 <= len(words) <= max_words) or text.endswith(_END_PUNCT):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words)


def _drop_rule(text: str, rules: CleanRules) -> str | None:
    rule = rules.drop_exact.get(text.casefold())
    if rule:
        return rule
    for rule_id, pattern in rules.drop_patterns:
        if pattern.search(text):
            return rule_id
    return None


def _cut_trailer(lines: list[_Line], rules: CleanRules) -> None:
    """From a tail marker in the second half of the article, everything after is trailer."""
    for position, marker in enumerate(lines):
        if position < len(lines) / 2 or marker.text.casefold() not in rules.tail_markers:
            continue
        live = [ln for ln in lines if ln.removed_by is None]
        i = next((k for k, ln in enumerate(live) if ln.number > marker.number), len(live))
        for later in live[i:]:
            later.removed_by = "trailer"
        # A related-article teaser just before the trailer: a headline and up to one summary line.
        before = live[max(3, i - 2) : i]  # never reach into the first lines of the article
        if any(_words(b.text) > 60 for b in before):
            return  # a long paragraph is article text, not a teaser summary
        for j, cand in enumerate(before):
            if (
                _words(cand.text) >= 5
                and is_headline_like(cand.text)
                and not is_title_case(cand.text, rules.heading_max_words)
                and cand.text.casefold() not in rules.headings
            ):
                for teaser in before[j:]:
                    teaser.removed_by = "related-teaser"
                break
        return


def _cut_author_bio(lines: list[_Line], authors: list[str]) -> None:
    """An author biography at the end ("Jane Doe is a reporter at ...") is not article text."""
    if not authors:
        return
    live = [ln for ln in lines if ln.removed_by is None]
    for line in live[-3:]:
        for author in authors:
            if line.text.startswith(author + " ") and re.match(rf"{re.escape(author)} (?:is|was|has|covers|writes)\b", line.text):
                for later in live[live.index(line) :]:
                    later.removed_by = "author-bio"
                return


def _mark_titles(lines: list[_Line], title: str) -> None:
    """Copies of the headline near the top, and any repeated line, are chrome."""
    folded_title = fold_line(title) if title else ""
    seen: set[str] = set()
    for idx, line in enumerate(lines):
        if line.removed_by is not None:
            continue
        key = fold_line(line.text)
        if folded_title and key == folded_title and idx < 12:
            line.removed_by = "headline"
        elif key in seen and _words(line.text) >= 4:
            line.removed_by = "repeated-line"
        seen.add(key)


def _mark_truncated_copies(lines: list[_Line]) -> None:
    """A line of 12+ words that another line begins with and goes on from (a summary box's truncated copy of a
    paragraph, a live blog's lede repeated above its entry) is chrome: the longer line keeps every word."""
    by_head: dict[str, list[tuple[str, _Line]]] = {}
    for line in lines:
        if line.removed_by is None and _words(line.text) >= 12:
            key = fold_line(line.text)
            by_head.setdefault(key[:60], []).append((key, line))
    for group in by_head.values():
        for key, short in group:
            if any(len(other) > len(key) and other.startswith(key) for other, _ in group):
                short.removed_by = "repeated-line"


def infer_title(lines: list[_Line]) -> tuple[str, bool]:
    """The first headline-like line, and whether it stands apart from the body (repeated or short)."""
    live = [ln for ln in lines if ln.removed_by is None]
    if not live:
        return "", False
    first = live[0]
    if is_headline_like(first.text):
        repeated = any(fold_line(ln.text) == fold_line(first.text) for ln in live[1:6])
        return first.text, repeated or (_words(first.text) <= 15 and not first.text.endswith(_END_PUNCT))
    sentence = re.split(r"(?<=[a-z0-9)]{2}[.!?])\s+(?=[A-Z\"“])", first.text, maxsplit=1)[0]
    return (sentence[:117] + "...") if len(sentence) > 120 else sentence, False


def _strip_caption_prefixes(lines: list[_Line], rules: CleanRules) -> list[Removed]:
    """Chrome glued to a caption ("Facebook Twitter Pinterest Jane Roe in 2018. Photograph: …", "Media playback is
    unsupported on your device Media caption …"): the chrome is removed (and reported), the rest is kept as a caption."""
    removed: list[Removed] = []
    if rules.caption_prefix is None:
        return removed
    for line in lines:
        m = rules.caption_prefix.match(line.text) if line.removed_by is None else None
        if m:
            removed.append(Removed(line=line.number, text=m.group().strip(), rule="caption-chrome"))
            line.text, line.kind = line.text[m.end():], "caption"
    return removed


def _cut_inline_chrome(lines: list[_Line], rules: CleanRules) -> list[Removed]:
    """Chrome inside a line (a hover card glued to a linked name): each match's "chrome" group is cut out and
    reported; the rest of the line is kept."""
    removed: list[Removed] = []
    for rule_id, pattern in rules.inline_chrome:
        for line in lines:
            if line.removed_by is not None:
                continue
            cuts = [m.span("chrome") for m in pattern.finditer(line.text)]
            for a, b in reversed(cuts):
                removed.append(Removed(line=line.number, text=line.text[a:b].strip(), rule=rule_id))
                line.text = line.text[:a] + line.text[b:]
    return removed


def _classify(lines: list[_Line], rules: CleanRules) -> None:
    """Mark credits and captions, and section headings."""
    live = [ln for ln in lines if ln.removed_by is None]
    for i, line in enumerate(live):
        if line.kind == "caption":
            continue
        if rules.credit_line is not None and _words(line.text) <= 10 and rules.credit_line.search(line.text):
            line.kind = "caption"
            prev = live[i - 1] if i > 0 else None
            if prev is not None and prev.kind == "body" and _words(prev.text) <= 50 and not _QUOTE_MARK.search(prev.text):
                live[i - 1].kind = "caption"
        elif rules.caption_suffix is not None and _words(line.text) <= 80 and rules.caption_suffix.search(line.text):
            line.kind = "caption"
        elif line.text.casefold() in rules.headings or (
            0 < i < len(live) - 1
            and is_title_case(line.text, rules.heading_max_words)
            and _words(live[i + 1].text) > rules.heading_max_words
        ):
            line.kind = "heading"


def repair(text: str, rules: CleanRules) -> list[str]:
    """Repair run-together sentences and split one paragraph into several at its section labels."""
    text = _RUN_TOGETHER.sub(r"\1 ", text)
    text = _GLUED_QUOTE.sub(r" \1", text)
    if rules.label_split is None:
        return [text]
    if ":" not in text:  # a label split needs "Label:"; skip the scan (same result)
        text = text.strip()
        return [text] if text else []
    parts = [p.strip() for p in rules.label_split.split(text)]
    return [p for p in parts if p]


def clean_article(raw: RawArticle, fields: dict, rules: CleanRules | None = None) -> Article:
    """Clean one RawArticle into an Article; `fields` are its normalised metadata (title, outlet, ...)."""
    rules = rules or load_rules()
    original = raw.text
    lines = [_Line(n, t) for n, t in enumerate(normalise_text(original).split("\n"), start=1) if t]
    authors: list[str] = list(fields.get("authors") or [])
    for line in lines:
        rule = _drop_rule(line.text, rules)
        if rule:
            line.removed_by = rule
        elif rules.byline is not None and (m := rules.byline.match(line.text)) and line.number <= 12:
            line.removed_by = "byline"
            if not authors:
                authors = [a.strip() for a in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("name")) if a.strip()]
    prefixes = _strip_caption_prefixes(lines, rules) + _cut_inline_chrome(lines, rules)
    title = fields.get("title") or ""
    warnings = list(raw.warnings)
    if title:
        _mark_titles(lines, title)
    else:
        title, apart = infer_title(lines)
        _mark_titles(lines, title if apart else "")
        title = title or raw.id
    _cut_trailer(lines, rules)
    _cut_author_bio(lines, authors)
    _mark_truncated_copies(lines)  # after the trailer cut: the longer copy it keeps must itself stay
    _classify(lines, rules)

    paragraphs: list[Paragraph] = []
    offset = 0
    for line in lines:
        if line.removed_by is not None:
            continue
        pieces = repair(line.text, rules) if line.kind == "body" else [line.text]
        for piece in pieces:
            if paragraphs:
                offset += 2
            paragraphs.append(Paragraph(text=piece, kind=line.kind, start=offset))
            offset += len(piece)
    removed = sorted([Removed(line=ln.number, text=ln.text, rule=ln.removed_by) for ln in lines if ln.removed_by] + prefixes,
                     key=lambda r: r.line)
    if not any(p.kind == "body" for p in paragraphs):
        warnings.append(f"{raw.source_path}: no body text left after cleaning; check `parallax show {raw.id} --removed`")
    return Article(
        id=raw.id,
        title=" ".join(title.split()),
        outlet=fields.get("outlet", ""),
        date=fields.get("date"),
        authors=authors,
        url=fields.get("url", ""),
        topic=fields.get("topic", ""),
        bias=fields.get("bias", ""),
        aggregator=fields.get("aggregator", ""),
        source_path=raw.source_path,
        original=original,
        paragraphs=paragraphs,
        removed=removed,
        warnings=warnings,
    )
