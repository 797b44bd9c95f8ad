"""Compare two articles side by side (issue 6): actors, voices, shared quotes, naming, words and passages.

`compare_articles(library, a, b)` loads both articles and their extractions from the index and the corpus
counts (cached, see corpus_stats) and returns a `Comparison`; `compare(...)` does the same work on objects
already in hand, which is what the tests use. Each part lives in its own module: compare_quotes,
compare_names, compare_words (log-odds) and compare_align (sentence alignment). No front-end imports here.
"""
from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

from .aliases import Aliases, fold_key
from .compare_align import align, split_sentences, word_folder
from .compare_models import (
    ActorPresence, Comparison, SideSummary, Span, SpeakerVoice, Summary, Voice,
)
from .compare_names import naming_differences
from .compare_quotes import match_quotes, quote_words
from .compare_words import distinctive, term_counts
from .corpus_stats import CorpusStats
from .models import Article, ArticleActor, Extraction, Quote

if TYPE_CHECKING:
    from .library import Library

UNATTRIBUTED = "(unattributed)"


def compare_articles(library: "Library", a: str, b: str, *, prior: bool = True) -> Comparison:
    """Compare articles `a` and `b` of `library` (raises index.library.UnknownArticle for an unknown id).

    With `prior` the distinctive words use the corpus counts as an informative prior (counted and cached in
    the index directory the first time); without it the two articles are their own prior.
    """
    started = time.perf_counter()
    article_a, article_b = library.article(a), library.article(b)
    extraction_a, extraction_b = library.extraction(a), library.extraction(b)
    stats = None
    if prior:
        from .corpus_stats import corpus_stats

        stats = corpus_stats(library)
    loaded = (time.perf_counter() - started) * 1000
    result = compare(article_a, extraction_a, article_b, extraction_b, library.aliases, stats)
    result.timings = {"load": round(loaded, 1), **result.timings}
    return result


def compare(article_a: Article, extraction_a: Extraction, article_b: Article, extraction_b: Extraction,
            aliases: Aliases | None = None, stats: CorpusStats | None = None, *, limit: int = 15) -> Comparison:
    """The comparison of two articles already loaded; `stats` are corpus counts for the prior (optional)."""
    aliases = aliases or Aliases({})
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round((now - clock) * 1000, 1)
        clock = now

    text_a, text_b = article_a.text, article_b.text
    shared, only_a, only_b = actor_presence(extraction_a.actors, extraction_b.actors, aliases)
    voice = voices(extraction_a.quotes, extraction_b.quotes)
    quotes = match_quotes(extraction_a.quotes, extraction_b.quotes)
    naming = naming_differences(text_a, text_b, extraction_a.actors, extraction_b.actors, aliases)
    lap("actors_quotes_naming")

    prior: dict[str, int] | None = None
    total = 0
    if stats is not None:
        wanted = set(term_counts(article_a.body_text)[0]) | set(term_counts(article_b.body_text)[0])
        prior, total = stats.counts(wanted), stats.total
    lap("prior")
    dist_a, dist_b = distinctive(article_a.body_text, article_b.body_text, prior, total, limit=limit)
    lap("distinctive")

    sentences_a, sentences_b = split_sentences(article_a), split_sentences(article_b)
    alignment = align(sentences_a, sentences_b, fold=word_folder(aliases.single_word_groups()),
                      prior=prior, prior_total=total)
    lap("align")

    summary = Summary(
        a=side_summary(article_a, extraction_a, len(sentences_a)),
        b=side_summary(article_b, extraction_b, len(sentences_b)),
        days_apart=days_between(article_a.date, article_b.date),
    )
    return Comparison(
        summary=summary, shared_actors=shared, only_a=only_a, only_b=only_b, voice=voice,
        shared_quotes=quotes, naming=naming, distinctive_a=dist_a, distinctive_b=dist_b,
        alignment=alignment, timings=timings,
    )


def days_between(date_a: str | None, date_b: str | None) -> int | None:
    """Days from A's date to B's (negative when B is older); None when either is unknown or partial."""
    try:
        return (date.fromisoformat(date_b) - date.fromisoformat(date_a)).days  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def side_summary(article: Article, extraction: Extraction, sentences: int) -> SideSummary:
    return SideSummary(
        id=article.id, title=article.title, outlet=article.outlet, date=article.date, bias=article.bias,
        words=len(article.body_text.split()), sentences=sentences,
        quotes=len(extraction.quotes), actors=len(extraction.actors),
    )


def actor_presence(actors_a: list[ArticleActor], actors_b: list[ArticleActor], aliases: Aliases,
                   ) -> tuple[list[ActorPresence], list[ActorPresence], list[ActorPresence]]:
    """Actors on both sides, only in A and only in B, each most mentioned first (by canonical name)."""
    def by_key(actors: list[ArticleActor]) -> dict[str, ArticleActor]:
        out: dict[str, ArticleActor] = {}
        for actor in actors:
            key = fold_key(aliases.canonical(actor.name) or actor.name)
            if key in out:  # two entries folded together: merge their mentions
                out[key] = ArticleActor(out[key].name, out[key].kind, out[key].roles, out[key].spellings,
                                        out[key].mentions + actor.mentions)
            else:
                out[key] = actor
        return out

    side_a, side_b = by_key(actors_a), by_key(actors_b)

    def presence(key: str) -> ActorPresence:
        xa, xb = side_a.get(key), side_b.get(key)
        ref = xa or xb
        assert ref is not None
        return ActorPresence(
            name=aliases.canonical(ref.name) or ref.name, kind=ref.kind,
            mentions_a=len(xa.mentions) if xa else 0, mentions_b=len(xb.mentions) if xb else 0,
            spans_a=[Span(m.start, m.end) for m in xa.mentions] if xa else [],
            spans_b=[Span(m.start, m.end) for m in xb.mentions] if xb else [],
        )

    def ranked(keys: set[str]) -> list[ActorPresence]:
        rows = [presence(k) for k in keys]
        return sorted(rows, key=lambda p: (-(p.mentions_a + p.mentions_b), p.name))

    return (ranked(side_a.keys() & side_b.keys()), ranked(side_a.keys() - side_b.keys()),
            ranked(side_b.keys() - side_a.keys()))


def voices(quotes_a: list[Quote], quotes_b: list[Quote]) -> Voice:
    """Quoted words per speaker on each side, most words first."""
    def side(quotes: list[Quote]) -> tuple[list[SpeakerVoice], int]:
        counts: dict[str, list[int]] = {}
        for q in quotes:
            row = counts.setdefault(q.speaker or UNATTRIBUTED, [0, 0])
            row[0] += 1
            row[1] += len(quote_words(q.text))
        total = sum(r[1] for r in counts.values())
        rows = [SpeakerVoice(s, n, w, round(w / total, 3) if total else 0.0) for s, (n, w) in counts.items()]
        return sorted(rows, key=lambda v: (-v.words, v.speaker)), total

    a, total_a = side(quotes_a)
    b, total_b = side(quotes_b)
    return Voice(a=a, b=b, quoted_words_a=total_a, quoted_words_b=total_b)
