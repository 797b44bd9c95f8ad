"""One article's way from RawArticle to Article + Extraction: metadata, cleaning, extraction, hashing."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .aliases import Aliases
from .clean import clean_article
from .clean_rules import load_rules
from .metadata import normalise
from .models import Article, Extraction, RawArticle

# Bump when cleaning or extraction changes, so every article is processed again on the next index run.
PIPELINE_VERSION = "1"


@dataclass
class Prepared:
    """An article ready to store."""

    article: Article
    extraction: Extraction
    raw_hash: str


def raw_hash(raw: RawArticle) -> str:
    """A hash of what was read (text and metadata) and of the pipeline, to skip unchanged articles."""
    h = hashlib.sha1(PIPELINE_VERSION.encode())
    h.update(raw.text.encode("utf-8", "surrogatepass"))
    h.update(json.dumps(raw.metadata, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _extract(article: Article, aliases: Aliases) -> Extraction:
    try:
        from .extract import extract
    except ImportError:  # extraction not built yet: the article still gets indexed
        return Extraction()
    return extract(article.id, article.paragraphs, aliases)


def prepare(raw: RawArticle, aliases: Aliases, extra_rules: Path | None = None, digest: str | None = None) -> Prepared:
    """Normalise metadata, clean and extract one article."""
    fields, extra, warnings = normalise(raw.metadata, raw.source_path)
    raw.warnings.extend(warnings)
    article = clean_article(raw, fields, load_rules(extra_rules))
    article.extra = {k: v for k, v in extra.items() if isinstance(v, (str, int, float, bool, type(None)))}
    for key in ("title", "outlet"):
        if not getattr(article, key) and key == "outlet":
            article.outlet = "unknown outlet"
    return Prepared(article=article, extraction=_extract(article, aliases), raw_hash=digest or raw_hash(raw))
