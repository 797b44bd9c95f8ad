"""A Whoosh segment writer for documents analysed in the import's workers: files their postings in bulk.

With analysis moved to the workers (index/analysis.py), what remained in the writing process was Whoosh's
per-posting bookkeeping: PostingPool.add (size estimate, type asserts) for each of ~500 postings an article,
and at commit one column read per posting for the field length. BulkWriter adds a pre-analysed field's
postings with one list extend, and answers the lengths of the documents it added from memory (the same
byte-quantised values the column stores). Plain values, and documents merged in from other segments, take
Whoosh's own paths. Whoosh 2.7 is frozen upstream; tests/test_write_path.py checks the index this writes
answers like one Whoosh writes.
"""
from __future__ import annotations

from typing import Any

from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .analysis import Analysed

_POSTING_BYTES = 170  # PostingPool.add's size estimate of one posting tuple with a short term


class _Lengths:
    """doc_field_length from memory for documents this writer added, else from the segment's columns."""

    def __init__(self, known: dict[tuple[int, str], int], reader: Any) -> None:  # noqa: ANN401 - whoosh reader
        self.known = known
        self.reader = reader

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        length = self.known.get((docnum, fieldname))
        if length is None:
            return self.reader.doc_field_length(docnum, fieldname, default)
        return length

    def close(self) -> None:
        self.reader.close()


class BulkWriter(SegmentWriter):
    """SegmentWriter whose add_document files Analysed values in bulk (open with BulkWriter(ix, limitmb=...))."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:  # noqa: ANN401 - whoosh Index
        super().__init__(ix, **kwargs)
        self._lengths: dict[tuple[int, str], int] = {}

    def add_document(self, **fields: Any) -> None:  # noqa: ANN401
        if any(k.startswith("_") and k.endswith("_boost") for k in fields) or "_boost" in fields:
            return super().add_document(**fields)  # boosts: Whoosh's path (lengths then come from the columns)
        self._check_state()
        schema, docnum, pool = self.schema, self.docnum, self.pool
        perdocwriter = self.perdocwriter
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdocwriter.start_doc(docnum)
        try:
            for name in names:
                value = fields.get(name)
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if isinstance(value, Analysed):
                    postings = value.postings
                    pool.current.extend([(name, t, docnum, w, v) for t, _f, w, v in postings])
                    pool.fieldnames.add(name)
                    pool.currentsize += _POSTING_BYTES * len(postings)  # a memory bound: an estimate will do
                    if field.scorable:
                        length = value.length
                    if pool.currentsize > pool.limit:
                        pool.save()
                elif field.indexed:
                    for tbytes, freq, weight, vbytes in field.index(value):
                        if field.scorable:
                            length += freq
                        pool.add((name, tbytes, docnum, weight, vbytes))
                if field.separate_spelling() or field.vector:
                    raise ValueError(f"BulkWriter does not write spelling or vectors (field {name!r})")
                if field.scorable and length:
                    self._lengths[(docnum, name)] = byte_to_length(length_to_byte(length))
                stored = fields.get(f"_stored_{name}", value)
                perdocwriter.add_field(name, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdocwriter.add_column_value(name, column, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = _Lengths(self._lengths, self.per_document_reader()) if self.codec.length_stats else None
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if lengths is not None:
            lengths.close()
