"""Result dataclasses of comparing two articles (issue 6); plain data so both front ends and JSON share them.

Every offset (`start`, `end`) is a character offset into the cleaned text (`Article.text`) of its side.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    """A stretch of one article's cleaned text."""

    start: int
    end: int


@dataclass
class SideSummary:
    """What a reader wants to know about one side before reading it."""

    id: str
    title: str
    outlet: str
    date: str | None
    bias: str
    words: int  # words in the cleaned text
    sentences: int
    quotes: int
    actors: int


@dataclass
class Summary:
    """Both sides, and the gap between their dates in days (B minus A; None when either date is unknown)."""

    a: SideSummary
    b: SideSummary
    days_apart: int | None


@dataclass
class ActorPresence:
    """An actor and how often each side mentions it (0 when a side leaves it out), with where."""

    name: str
    kind: str
    mentions_a: int
    mentions_b: int
    spans_a: list[Span] = field(default_factory=list)
    spans_b: list[Span] = field(default_factory=list)


@dataclass
class SpeakerVoice:
    """One speaker on one side: how many quotations and quoted words they got."""

    speaker: str
    quotes: int
    words: int
    share: float  # fraction of that side's quoted words


@dataclass
class Voice:
    """Who gets the voice on each side (most quoted words first); unattributed quotes count as "(unattributed)"."""

    a: list[SpeakerVoice]
    b: list[SpeakerVoice]
    quoted_words_a: int
    quoted_words_b: int


@dataclass
class QuoteMatch:
    """The same quotation in both articles.

    status: identical (same words once marks, case and spacing are folded), trimmed (one is a part of the
    other), or altered (mostly the same words, some changed). `only_a` / `only_b` are the differing words.
    """

    status: str
    similarity: float  # 0..100 (rapidfuzz)
    text_a: str
    text_b: str
    speaker_a: str | None
    speaker_b: str | None
    span_a: Span
    span_b: Span
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)


@dataclass
class NamingDifference:
    """One actor or place named differently on each side (e.g. Kiev in A, Kyiv in B)."""

    name: str  # canonical name
    kind: str
    spellings_a: list[str]
    spellings_b: list[str]
    spans_a: list[Span] = field(default_factory=list)
    spans_b: list[Span] = field(default_factory=list)
    source: str = "actors"  # actors | aliases (found by scanning the texts for configured alias spellings)


@dataclass
class DistinctiveTerm:
    """A word or two-word phrase that sets one side apart: weighted log-odds with an informative prior.

    `z` is positive when the term leans to side A and negative when it leans to B.
    """

    term: str
    count_a: int
    count_b: int
    corpus: int  # occurrences in the whole indexed corpus (the prior)
    delta: float
    z: float


@dataclass
class Sentence:
    """One sentence of one side, with offsets into that side's cleaned text."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class AlignedPair:
    """Sentence `a` of A and sentence `b` of B report the same thing (mutual best match above a threshold)."""

    a: int
    b: int
    score: float  # 0..100


@dataclass
class Alignment:
    """Sentences of both sides, the aligned pairs (in A's order), and the sentences with no partner."""

    sentences_a: list[Sentence]
    sentences_b: list[Sentence]
    pairs: list[AlignedPair]
    unpaired_a: list[int]
    unpaired_b: list[int]


@dataclass
class Comparison:
    """Everything `compare_articles` finds about two articles."""

    summary: Summary
    shared_actors: list[ActorPresence]
    only_a: list[ActorPresence]
    only_b: list[ActorPresence]
    voice: Voice
    shared_quotes: list[QuoteMatch]
    naming: list[NamingDifference]
    distinctive_a: list[DistinctiveTerm]
    distinctive_b: list[DistinctiveTerm]
    alignment: Alignment
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per step
