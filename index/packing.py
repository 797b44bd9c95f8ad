"""Compact encodings of an article and its extraction for the side store, made in the import's workers.

Nothing is kept twice (the side store was 46% of the index, holding each article's original text beside the
cleaned text, and every actor and quote both in a JSON blob and in rows):
- the article blob holds the cleaned paragraphs (offsets are recomputed: paragraphs are joined by a blank
  line), the removed lines with their rules (what `parallax show --removed` prints), and the few metadata
  fields the articles table has no column for. The original text is not kept: it is in the source file, and
  cleaning is reproducible from it.
- actors and quotes are rows (PackedRow.actors/.quotes), which corpus-wide listings read; the extraction
  blob only adds each actor's mention offsets (varints), whose surface text is the cleaned text there.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from .models import PARAGRAPH_SEPARATOR, Article, ArticleActor, Extraction, Mention, Paragraph, Quote, Removed

LEVEL = 6
ZDICT_BYTES = 32768  # zlib's window: a longer preset dictionary is not used
ActorRow = tuple[int, str, str, int, str, str]  # seq, name, kind code, mentions, roles, spellings (see below)
# Actor rows are 845,000 on the full corpus, so their columns are short: the kind as one letter, roles ""
# when there are none, spellings "" when the only spelling is the name itself (82% of rows), else JSON lists.
KIND_CODES = {"person": "p", "organisation": "o", "place": "l"}
KIND_NAMES = {v: k for k, v in KIND_CODES.items()}
QuoteRow = tuple[int, "str | None", str, "str | None", str, int, int, "str | None"]  # seq, speaker, text, cue, kind, start, end, reason


@dataclass
class PackedRow:
    """One article ready for the side store: list columns, two blobs, and its actor and quote rows."""

    id: str
    title: str
    outlet: str
    date: str | None
    authors: str
    length: int
    bias: str
    topic: str
    hash: str
    path: str
    article: bytes
    mentions: bytes
    actors: list[ActorRow]
    quotes: list[QuoteRow]


def encode_varints(numbers: list[int]) -> bytes:
    """Non-negative integers as LEB128 varints (7 bits a byte, high bit set on all but the last)."""
    out = bytearray()
    for n in numbers:
        while n >= 0x80:
            out.append((n & 0x7F) | 0x80)
            n >>= 7
        out.append(n)
    return bytes(out)


def _unvarints(data: bytes) -> list[int]:
    out: list[int] = []
    n = shift = 0
    for byte in data:
        n |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        out.append(n)
        n = shift = 0
    return out


def pack(article: Article, extraction: Extraction, raw_hash: str, zdict: bytes = b"") -> PackedRow:
    """The side-store form of one prepared article (its blob compressed with the store's preset dictionary)."""
    blob = {
        "p": [[p.kind, p.text] for p in article.paragraphs],
        "r": [[r.line, r.rule, r.text] for r in article.removed],
        "m": {"url": article.url, "aggregator": article.aggregator, "warnings": article.warnings, "extra": article.extra},
    }
    # mentions: per actor its count, then (start delta from the previous mention, zigzag-signed; length)
    numbers: list[int] = []
    for actor in extraction.actors:
        numbers.append(len(actor.mentions))
        prev = 0
        for m in actor.mentions:
            delta = m.start - prev
            numbers += [delta * 2 if delta >= 0 else -delta * 2 - 1, m.end - m.start]
            prev = m.start
    body_words = sum(len(p.text.split()) for p in article.paragraphs if p.kind != "caption")
    return PackedRow(
        id=article.id, title=article.title, outlet=article.outlet, date=article.date,
        authors=json.dumps(article.authors, ensure_ascii=False), length=body_words, bias=article.bias,
        topic=article.topic, hash=raw_hash, path=article.source_path,
        article=_compress(json.dumps(blob, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), zdict),
        mentions=encode_varints(numbers),
        actors=[(i, a.name, KIND_CODES.get(a.kind, a.kind), len(a.mentions), _list_json(a.roles),
                 "" if a.spellings == [a.name] else json.dumps(a.spellings, ensure_ascii=False))
                for i, a in enumerate(extraction.actors)],
        quotes=[(i, q.speaker, q.text, q.cue, q.kind, q.start, q.end, q.reason) for i, q in enumerate(extraction.quotes)],
    )


def _list_json(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False) if values else ""


def kind_name(code: str) -> str:
    """An actor kind from its stored code."""
    return KIND_NAMES.get(code, code)


def roles_of(stored: str) -> list[str]:
    return json.loads(stored) if stored else []


def spellings_of(stored: str, name: str) -> list[str]:
    return json.loads(stored) if stored else [name]


def _compress(data: bytes, zdict: bytes) -> bytes:
    if not zdict:
        return zlib.compress(data, LEVEL)
    c = zlib.compressobj(LEVEL, zdict=zdict)
    return c.compress(data) + c.flush()


def _blob(data: bytes, zdict: bytes) -> dict[str, Any]:
    if not zdict:
        return json.loads(zlib.decompress(data).decode("utf-8"))
    d = zlib.decompressobj(zdict=zdict)
    return json.loads((d.decompress(data) + d.flush()).decode("utf-8"))


def make_zdict(texts: list[str]) -> bytes:
    """A zlib preset dictionary for article blobs, from the raw text of a run's first articles shaped like a
    blob (paragraph lists in JSON). Articles are short, so each compressed alone barely warms up; with common
    words and phrases primed, blobs are 14% smaller (15 MB on the full corpus). Stored in the side store's meta
    table when the store is first filled, and used for every blob of that store."""
    shaped = [json.dumps({"p": [["body", t] for t in text.split("\n") if t.strip()]}, ensure_ascii=False,
                         separators=(",", ":")) for text in texts]
    return "".join(shaped).encode("utf-8")[-ZDICT_BYTES:]


def text_of(data: bytes, captions: bool = True, zdict: bytes = b"") -> str:
    """The cleaned text of an article blob (Article.text; without captions, Article.body_text)."""
    return PARAGRAPH_SEPARATOR.join(t for k, t in _blob(data, zdict)["p"] if captions or k != "caption")


def unpack_article(columns: tuple, data: bytes, zdict: bytes = b"") -> Article:
    """An Article from its list columns (id, title, outlet, date, authors, bias, topic, path) and blob."""
    aid, title, outlet, date, authors, bias, topic, path = columns
    blob = _blob(data, zdict)
    meta = blob.get("m", {})
    paragraphs: list[Paragraph] = []
    offset = 0
    for kind, text in blob["p"]:
        if paragraphs:
            offset += len(PARAGRAPH_SEPARATOR)
        paragraphs.append(Paragraph(text=text, kind=kind, start=offset))
        offset += len(text)
    return Article(
        id=aid, title=title, outlet=outlet or "", date=date, authors=json.loads(authors or "[]"),
        url=meta.get("url", ""), topic=topic or "", bias=bias or "", aggregator=meta.get("aggregator", ""),
        source_path=path or "", paragraphs=paragraphs, removed=[Removed(line=n, rule=r, text=t) for n, r, t in blob["r"]],
        warnings=meta.get("warnings", []), extra=meta.get("extra", {}),
    )


def unpack_extraction(article_id: str, text: str, actor_rows: list[tuple], mentions: bytes,
                      quote_rows: list[tuple]) -> Extraction:
    """An Extraction from actor rows (name, kind, roles, spellings, in order), the mention offsets, the quote
    rows (speaker, text, cue, kind, start, end, reason) and the article's cleaned text."""
    numbers = iter(_unvarints(mentions))
    actors: list[ArticleActor] = []
    for name, kind, roles, spellings in actor_rows:
        found: list[Mention] = []
        prev = 0
        for _ in range(next(numbers, 0)):
            zz = next(numbers)
            start = prev + (zz >> 1 if not zz & 1 else -((zz + 1) >> 1))
            end = start + next(numbers)
            found.append(Mention(start, end, text[start:end]))
            prev = start
        actors.append(ArticleActor(name=name, kind=kind_name(kind), roles=roles_of(roles),
                                   spellings=spellings_of(spellings, name), mentions=found))
    quotes = [Quote(article_id=article_id, speaker=s, text=t, cue=c, kind=k, start=a, end=b, reason=r)
              for s, t, c, k, a, b, r in quote_rows]
    return Extraction(actors=actors, quotes=quotes)
