"""The Whoosh schema: which article fields are searchable, stored, stemmed and folded."""
from __future__ import annotations

from whoosh.analysis import CharsetFilter, RegexTokenizer, LowercaseFilter, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, Schema
from whoosh.support.charset import accent_map

from .analysis import PreText
from .namekeys import NameKeys

# Bump when the schema, the position format or the side store's layout changes: an index of another version
# is refused with the rebuild command when read, and replaced by a fresh generation when written.
SCHEMA_VERSION = "4"  # 4: actor_name / speaker_name keys (namekeys.py)
# Fields a user may name in a query, with a one-line description for help and errors.
QUERY_FIELDS = {
    "title": "headline words",
    "body": "article text",
    "outlet": "outlet name, e.g. outlet:RT or outlet:\"Kyiv Independent\"",
    "authors": "author names",
    "date": "publication date: date:2025-05-16, date:[2025-05-01 to 2025-05-31], date:>2025-05-01",
    "topic": "corpus topic, e.g. topic:elections",
    "bias": "outlet bias rating: left, center or right",
    "actor": "people, organisations and places mentioned, e.g. actor:\"Marco Rubio\"",
    "speaker": "who is quoted, e.g. speaker:Rubio",
    "quote": "words inside quotations",
    "id": "article id",
}
DEFAULT_FIELDS = ["title", "body"]


def text_analyzer():  # noqa: ANN201 - whoosh analyzers have no public type
    """Stemmed, lower-cased, accent-folded words: for title, body and quotes."""
    return StemmingAnalyzer(cachesize=50000) | CharsetFilter(accent_map)


def name_analyzer():  # noqa: ANN201
    """Lower-cased, accent-folded words without stemming: for names and outlets."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def build_schema() -> Schema:
    """The schema of Parallax's index. Bodies are not stored: the side store keeps article text (and the
    content hashes). Text fields are PreText: analysed in the import's worker processes (index/analysis.py)."""
    return Schema(
        id=ID(stored=True, unique=True),
        title=PreText(text_analyzer(), stored=True, field_boost=2.0),
        body=PreText(text_analyzer()),
        outlet=PreText(name_analyzer(), stored=True),
        authors=PreText(name_analyzer()),
        date=DATETIME(stored=True),
        topic=KEYWORD(lowercase=True, commas=True),
        bias=KEYWORD(lowercase=True),
        actor=PreText(name_analyzer()),
        speaker=PreText(name_analyzer()),
        actor_name=NameKeys(),  # each name (and runs of its words) as one term: index/namekeys.py
        speaker_name=NameKeys(),
        quote=PreText(text_analyzer()),
    )
