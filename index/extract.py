"""Extract actors and attributed quotes from one cleaned article: the single entry point for indexing."""
from __future__ import annotations

from index.actor_context import titled_names
from index.actors import find_actors
from index.aliases import Aliases
from index.models import Extraction, Paragraph
from index.quote_names import fold_first_names
from index.quotes import find_quotes


def extract(article_id: str, paragraphs: list[Paragraph], aliases: Aliases) -> Extraction:
    """Actors (headings skipped) and quotes (body paragraphs only) with offsets into the cleaned text."""
    index = fold_first_names(find_actors(paragraphs, aliases))  # '…,' says Neslihan: the full name
    titled_names(index.actors, index.mentions)  # "Benedict XVI", role Pope: Pope Benedict XVI
    quotes = find_quotes(article_id, paragraphs, index)
    return Extraction(actors=index.actors, quotes=quotes)


def paragraphs_from_text(text: str, kind: str = "body") -> list[Paragraph]:
    """Paragraphs from plain text split on blank lines (lines if there are no blank lines), with offsets."""
    parts = [p.strip() for p in text.split("\n\n")] if "\n\n" in text else [p.strip() for p in text.split("\n")]
    out: list[Paragraph] = []
    offset = 0
    for part in parts:
        if not part:
            continue
        out.append(Paragraph(text=part, kind=kind, start=offset))
        offset += len(part) + 2
    return out
