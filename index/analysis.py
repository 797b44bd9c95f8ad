"""Fast, worker-side token analysis for the Whoosh text fields, and a compact position format.

Whoosh analyses a field by passing one mutable Token object through a chain of generator filters; on the full
corpus that was most of the indexing process's time, and it ran serially in the process that writes the
index. `PreText` is a TEXT field whose `index()` does the same analysis with plain string operations (same
tokenizer, lowercasing, stop words, renumbered positions, Porter stemming, accent folding: the query side
keeps Whoosh's analyzer chain, so the terms must be identical; tests/test_analysis.py checks that), and
which also accepts an `Analysed` value: postings computed in a pool worker, so the writer only files them.

`VarPositions` stores a posting's positions as varint deltas instead of Whoosh's 4-byte count plus pickled
list: 9% smaller index and no pickling per posting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from whoosh import formats
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import TEXT

from .packing import encode_varints

Posting = tuple[bytes, int, float, bytes]  # (term, frequency, weight, encoded positions): Field.index() items
_STEM_CACHE_MAX = 200_000
_WHOOSH_DEFAULTS = (r"\w+(\.?\w+)*", r"[\w\*]+(\.?[\w\*]+)*")  # the analyzers' tokenizer expressions
_SINGLE = [bytes((n,)) for n in range(128)]  # the encoding of a lone position below 128: most postings


def _varints(numbers: list[int]) -> bytes:
    """Ascending positions as varint-encoded deltas."""
    deltas = [b - a for a, b in zip([0, *numbers], numbers)]
    if max(deltas) < 0x80:  # the common case: one byte each
        return bytes(deltas)
    return encode_varints(deltas)


class VarPositions(formats.Positions):
    """Positions stored as varint-encoded deltas (the frequency is the number of varints)."""

    def encode(self, poslist: list[int]) -> bytes:
        return _varints(poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        positions: list[int] = []
        pos = shift = n = 0
        for byte in valuestring:
            n |= (byte & 0x7F) << shift
            if byte & 0x80:
                shift += 7
                continue
            pos += n
            positions.append(pos)
            n = shift = 0
        return positions

    def decode_frequency(self, valuestring: bytes) -> int:
        return sum(1 for byte in valuestring if byte < 0x80)

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost

    def combine(self, vs: list[bytes]) -> bytes:
        merged: set[int] = set()
        for v in vs:
            merged.update(self.decode_positions(v))
        return self.encode(sorted(merged))


@dataclass
class Analysed:
    """One field's postings, computed where the article was prepared; `PreText.index()` returns them as is.
    `length` is the field length Whoosh records (the number of indexed tokens)."""

    postings: list[Posting]
    length: int = 0


class PreText(TEXT):
    """A TEXT field with positions (VarPositions) that analyses fast and accepts pre-analysed postings."""

    def __init__(self, analyzer: Any, field_boost: float = 1.0, stored: bool = False) -> None:
        super().__init__(analyzer=analyzer, phrase=True, field_boost=field_boost, stored=stored)
        self.format = VarPositions(field_boost=field_boost)
        self._plan: tuple | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_plan"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._plan = None

    def index(self, value: Any, **kwargs: Any) -> list[Posting]:  # noqa: ANN401 - str or Analysed
        if isinstance(value, Analysed):
            return value.postings
        if not isinstance(value, str):
            return list(super().index(value, **kwargs))
        return self.analyse(value).postings

    def analyse(self, text: str) -> Analysed:
        """The postings of `text`, exactly as Whoosh's analyzer chain and Positions format would give them."""
        findall, lowercase, stops, minsize, term_of, known = self._plan or self._make_plan()
        words = [w.lower() for w in findall(text)] if lowercase else findall(text)
        if stops is not None:  # StopFilter(renumber=True): the first kept token keeps its place, then +1 each
            kept = [i for i, w in enumerate(words) if len(w) >= minsize and w not in stops]
            words = [words[i] for i in kept]
            first = kept[0] if kept else 0
            numbered = zip(range(first, first + len(words)), words)
        else:
            numbered = enumerate(words)
        poses: dict[str, list[int]] = {}
        for pos, word in numbered:
            term = known.get(word) or term_of(word)
            hit = poses.get(term)
            if hit is None:
                poses[term] = [pos]
            else:
                hit.append(pos)
        boost = self.format.field_boost
        single = _SINGLE
        postings = sorted(
            (w.encode("utf-8"), len(p), len(p) * boost, single[p[0]] if len(p) == 1 and p[0] < 128 else _varints(p))
            for w, p in poses.items()
        )  # sorted here, each document is one sorted run in the writer's pool: its sort at commit is cheaper
        return Analysed(postings, sum(p[1] for p in postings))

    def _make_plan(self) -> tuple:
        """Read the analyzer chain once; refuse (fall back to Whoosh) on any stage this code does not mirror."""
        items = list(getattr(self.analyzer, "items", [self.analyzer]))
        tokenizer, rest = items[0], items[1:]
        if not isinstance(tokenizer, RegexTokenizer) or tokenizer.gaps:
            raise TypeError(f"PreText cannot mirror tokenizer {tokenizer!r}")
        lowercase, stops, minsize, stem, charmap = False, None, 0, None, None
        order = [type(f) for f in rest]
        if order not in ([LowercaseFilter, StopFilter, StemFilter, CharsetFilter], [LowercaseFilter, CharsetFilter]):
            raise TypeError(f"PreText cannot mirror filters {order}")
        for f in rest:
            if isinstance(f, LowercaseFilter):
                lowercase = True
            elif isinstance(f, StopFilter):
                if f.max is not None or not f.renumber:
                    raise TypeError("PreText mirrors StopFilter(maxsize=None, renumber=True) only")
                stops, minsize = f.stops, f.min
            elif isinstance(f, StemFilter):
                if f.lang:
                    raise TypeError("PreText mirrors the default Porter stemmer only")
                ignore = frozenset(f.ignore or ())
                stem = f.stemfn if not ignore else (lambda w, fn=f.stemfn: w if w in ignore else fn(w))
            elif isinstance(f, CharsetFilter):
                charmap = f.charmap
        expression = tokenizer.expression
        if expression.pattern in _WHOOSH_DEFAULTS:  # findall needs the one group made non-capturing
            findall = re.compile(expression.pattern.replace("(\\.", "(?:\\."), expression.flags).findall
        else:
            findall = lambda text: [m.group(0) for m in expression.finditer(text)]  # noqa: E731
        term_of = _term_cache(stem, charmap)
        self._plan = (findall, lowercase, stops, minsize, term_of, term_of.cache)
        return self._plan


def _term_cache(stem: Any, charmap: dict[int, str] | None) -> Any:  # noqa: ANN401 - str -> str functions
    """word -> indexed term (stemmed, then accent-folded), cached. A lower-cased ASCII word is never changed
    by the accent map (its only ASCII entries fold capitals or map a letter to itself)."""
    cache: dict[str, str] = {}

    def term_of(word: str) -> str:
        term = cache.get(word)
        if term is None:
            if len(cache) > _STEM_CACHE_MAX:
                cache.clear()
            term = stem(word) if stem is not None else word
            if charmap is not None and (not term.isascii() or not term.islower()):
                term = term.translate(charmap)
            cache[word] = term
        return term

    term_of.cache = cache  # type: ignore[attr-defined] - read directly in the hot loop
    return term_of


def analyse_doc(schema: Any, doc: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401 - whoosh Schema
    """`doc` with every PreText (or NameKeys) value replaced by its postings (stored values kept as `_stored_<field>`)."""
    out: dict[str, Any] = {}
    for name, value in doc.items():
        field = schema[name] if name in schema else None
        analyse = getattr(field, "analyse", None)
        if analyse is not None and isinstance(value, str):  # PreText, and namekeys.NameKeys
            out[name] = analyse(value)
            if field.stored:
                out[f"_stored_{name}"] = value
        else:
            out[name] = value
    return out
