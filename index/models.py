"""Plain result dataclasses shared by the engine and its front ends; each one serialises to JSON."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"


def to_jsonable(obj: Any) -> Any:
    """Turn a dataclass (or a list or dict of them) into JSON-ready builtins."""
    if hasattr(obj, "__dataclass_fields__"):
        return asdict(obj)
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(o) for o in obj]
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj


@dataclass
class Paragraph:
    """One paragraph of cleaned text; `start` is its offset in the article's cleaned text."""

    text: str
    kind: str = "body"  # body | heading | caption
    start: int = 0


@dataclass
class Removed:
    """A line that cleaning removed, with the 1-based line of the original and the rule that fired."""

    line: int
    text: str
    rule: str


@dataclass
class RawArticle:
    """An article as read from disk, before cleaning: text plus whatever metadata the source gave."""

    id: str
    text: str
    source_path: str
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Article:
    """A cleaned article: metadata, the original text, and cleaned paragraphs (offsets into `text`)."""

    id: str
    title: str
    outlet: str = ""
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) or None when unknown
    authors: list[str] = field(default_factory=list)
    url: str = ""
    topic: str = ""
    bias: str = ""
    aggregator: str = ""
    source_path: str = ""
    original: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The cleaned text: paragraphs joined by blank lines; all offsets refer to this string."""
        return PARAGRAPH_SEPARATOR.join(p.text for p in self.paragraphs)

    @property
    def body_text(self) -> str:
        """Cleaned text of body and heading paragraphs only (captions left out), for indexing."""
        return PARAGRAPH_SEPARATOR.join(p.text for p in self.paragraphs if p.kind != "caption")

    @property
    def content_hash(self) -> str:
        """A hash of the original text and metadata, so re-indexing touches only changed articles."""
        h = hashlib.sha1()
        for part in (self.original, self.title, self.outlet, self.date or "", "|".join(self.authors)):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()


@dataclass
class Mention:
    """One mention of an actor: character offsets in the cleaned text and the exact surface text."""

    start: int
    end: int
    text: str


@dataclass
class ArticleActor:
    """An actor as found in one article: canonical name, kind, roles, spellings and mentions."""

    name: str
    kind: str  # person | organisation | place
    roles: list[str] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    """A quotation: its text, speaker (canonical actor name or None with a reason), cue verb and offsets."""

    article_id: str
    text: str
    speaker: str | None
    cue: str | None
    kind: str  # full | partial
    start: int
    end: int
    reason: str | None = None  # why the speaker is None


@dataclass
class Extraction:
    """Everything extracted from one article."""

    actors: list[ArticleActor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class ActorSummary:
    """An actor across the corpus (or one article), with counts for listing."""

    name: str
    kind: str
    roles: list[str]
    spellings: list[str]
    mentions: int
    articles: int
    article_ids: list[str] = field(default_factory=list)


@dataclass
class ArticleSummary:
    """What the article list shows, kept in the side store so start-up never reads whole articles."""

    id: str
    title: str
    outlet: str
    date: str | None
    authors: list[str]
    length: int  # words in the cleaned body
    quotes: int
    actors: int
    bias: str = ""
    topic: str = ""


@dataclass
class Highlight:
    """A highlighted match inside a snippet: offsets into the snippet string."""

    start: int
    end: int


@dataclass
class Hit:
    """A ranked search result with a snippet whose matched words are marked by `highlights`."""

    id: str
    title: str
    outlet: str
    date: str | None
    score: float
    snippet: str
    highlights: list[Highlight] = field(default_factory=list)


@dataclass
class SearchResult:
    """A page of hits for one query, with the total number of matching articles (None: not counted)."""

    query: str
    total: int | None
    hits: list[Hit]


@dataclass
class Skip:
    """An input that was not imported, and why (named by file and line where there is one)."""

    source: str
    reason: str
    line: int | None = None


@dataclass
class IndexReport:
    """What an index run did: counts of added, updated, unchanged and removed articles, and skips."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[Skip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
