"""BM25F with each segment's field lengths read into memory once, not from the length column per document.

Whoosh's BM25F asks the searcher for a document's field length for every document it scores: five method
calls, a file read (the index is opened without memory mapping) and a struct unpack each. A word found in
14,000 articles, scored in title and body, made 28,000 such reads: the largest part of ranking it. Here each
(segment, field)'s length bytes are read in one piece and decoded through Whoosh's own byte -> length table,
so the scores are the same numbers; anything this cannot read that way keeps Whoosh's per-document path.
"""
from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

_MAX_CACHED = 64  # (segment, field) length tables kept; a refresh after writes brings new segments


class CachedLengthBM25F(BM25F):
    """BM25F (Whoosh's defaults) whose scorers look document lengths up in per-segment lists."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - BM25F's own parameters
        super().__init__(*args, **kwargs)
        self._tables: dict[tuple[str, str], list[int | None] | None] = {}

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:  # noqa: ANN401
        scorer = super().scorer(searcher, fieldname, text, qf)
        if type(scorer) is BM25FScorer:
            lengths = self._lengths(searcher.reader(), fieldname)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer

    def _lengths(self, reader: Any, fieldname: str) -> list[int | None] | None:  # noqa: ANN401 - whoosh reader
        """doc_field_length(docnum, fieldname) for every document of one segment (None where Whoosh gives None),
        or None when the segment's lengths are not a plain one-byte column."""
        try:
            key = (reader.segment().segment_id(), fieldname)
        except AttributeError:  # not a single segment's reader
            return None
        if key in self._tables:
            return self._tables[key]
        table = None
        try:
            perdoc = reader._perdoc  # noqa: SLF001 - Whoosh 2.7 is frozen upstream; checked by the fallback
            column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)  # noqa: SLF001
            if column is not None and column._fixedlen == 1:  # noqa: SLF001
                raw = column._dbfile.get(column._basepos, column._count)  # noqa: SLF001
                table = [byte_to_length(b) if b else None for b in raw]
                table.extend([None] * (reader.doc_count_all() - len(table) + 1))
        except (AttributeError, OSError, IndexError):
            table = None
        if len(self._tables) >= _MAX_CACHED:
            self._tables.clear()
        self._tables[key] = table
        return table
