"""Aligned passages: pair the sentences of A with the sentences of B that report the same thing.

Two reports of one event rarely share wording, but they share its content words: names, places, numbers,
the key nouns and verbs. Each sentence becomes a set of content words (stop words dropped, alias spellings
folded so Kiev meets Kyiv, crudely stemmed by keeping the first six letters) weighted by rarity in the corpus
(a shared "Istanbul" says more than a shared "president"). The score of a pair is the weighted Dice overlap
(0..100). Sentences pair only as mutual best partners (among those not yet paired: competitive linking)
above a threshold, so a sentence that merely shares a name with many others stays unpaired rather than
being forced into a weak match.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping

from .compare_models import AlignedPair, Alignment, Sentence
from .compare_words import STOP_WORDS
from .models import Article

THRESHOLD = 23.0
MIN_WORDS = 3  # sentences with fewer content words never pair
_STEM = 6
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")  # words and numbers ("30-day", "2022")
# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace and an
# opening quote, bracket, digit or capital; abbreviations are checked separately.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Co|Ltd|U\.S|U\.K)\.)$"
)


def split_sentences(article: Article, include_captions: bool = False) -> list[Sentence]:
    """Sentences of the article's paragraphs with offsets into `article.text` (captions left out by default)."""
    out: list[Sentence] = []
    for para in article.paragraphs:
        if para.kind == "caption" and not include_captions:
            continue
        text, pos = para.text, 0
        for m in _END.finditer(text):
            if m.group().startswith(".") and _ABBREV.search(text[pos:m.start() + 1]):
                continue
            _add(out, text, pos, m.end(), para.start)
            pos = m.end()
        _add(out, text, pos, len(text), para.start)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, base: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), base + start, base + end, text[start:end]))


def word_folder(alias_groups: list[list[str]]) -> Callable[[str], str]:
    """Map a lower-cased word to one spelling of its alias group (kiev -> kyiv's group key), else itself."""
    table = {w: group[0] for group in alias_groups for w in group}
    return lambda w: table.get(w, w)


def content_words(text: str, fold: Callable[[str], str]) -> dict[str, str]:
    """Stem -> original lower-cased word for each content word of `text`."""
    out: dict[str, str] = {}
    for m in _TOKEN.finditer(text):
        w = m.group().lower().replace("’", "'").removesuffix("'s")
        if w in STOP_WORDS or len(w) < 2:
            continue
        w = fold(w)
        out.setdefault(w[:_STEM], w)
    return out


def align(
    sentences_a: list[Sentence], sentences_b: list[Sentence], *,
    fold: Callable[[str], str] = lambda w: w, prior: Mapping[str, int] | None = None, prior_total: int = 0,
    threshold: float = THRESHOLD,
) -> Alignment:
    """Mutual-best pairs of sentences scoring at least `threshold`, and the unpaired sentences of each side."""
    bags_a = [content_words(s.text, fold) for s in sentences_a]
    bags_b = [content_words(s.text, fold) for s in sentences_b]
    prior = prior or {}
    top = max(prior_total, 1)

    def weight(word: str) -> float:
        # rarer words weigh more: log of inverse corpus frequency, floored so unknown corpora still work
        return 1.0 + math.log1p(top / (1 + prior.get(word, 0))) if prior else 1.0

    weights: dict[str, float] = {}
    for bag in (*bags_a, *bags_b):
        for stem, word in bag.items():
            weights.setdefault(stem, weight(word))
    mass_a = [sum(weights[s] for s in bag) for bag in bags_a]
    mass_b = [sum(weights[s] for s in bag) for bag in bags_b]
    scores = [[0.0] * len(bags_b) for _ in bags_a]
    for i, ba in enumerate(bags_a):
        if len(ba) < MIN_WORDS:
            continue
        keys_a = ba.keys()
        for j, bb in enumerate(bags_b):
            if len(bb) < MIN_WORDS:
                continue
            shared = keys_a & bb.keys()
            if len(shared) >= 2:
                scores[i][j] = 200.0 * sum(weights[s] for s in shared) / (mass_a[i] + mass_b[j])
    # Competitive linking: take the best-scoring pair, set both sentences aside, repeat. Each pair taken is
    # the mutual best of the sentences still unpaired, so a sentence never steals a partner that fits
    # another sentence better.
    ranked = sorted(
        ((score, i, j) for i, row in enumerate(scores) for j, score in enumerate(row) if score >= threshold),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    paired_a: set[int] = set()
    paired_b: set[int] = set()
    pairs: list[AlignedPair] = []
    for score, i, j in ranked:
        if i not in paired_a and j not in paired_b:
            paired_a.add(i)
            paired_b.add(j)
            pairs.append(AlignedPair(i, j, round(score, 1)))
    pairs.sort(key=lambda p: p.a)
    return Alignment(
        sentences_a=sentences_a, sentences_b=sentences_b, pairs=pairs,
        unpaired_a=[s.index for s in sentences_a if s.index not in paired_a],
        unpaired_b=[s.index for s in sentences_b if s.index not in paired_b],
    )
