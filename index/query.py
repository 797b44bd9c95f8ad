"""Parse the user's query language into a Whoosh query: fields, phrases, dates, prefixes, aliases, folding."""
from __future__ import annotations

import re
import threading
from collections.abc import Callable

from whoosh import query as wq
from whoosh.qparser import GtLtPlugin, MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin

from .aliases import Aliases
from .broad_terms import MIN_PREFIX, every_article, too_broad_pattern
from .decode import strip_terminal_sequences
from .namekeys import NAME_FIELDS, key_query, phrase_key
from .schema import DEFAULT_FIELDS, QUERY_FIELDS
from .snippets import TermMatch

MAX_QUERY_CHARS = 2000
_CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FIELD = re.compile(r"(?<![\w.])([A-Za-z_]+):")
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ISO_MONTH = re.compile(r"(date:[<>]?=?)(\d{4})-(\d{2})\b(?!-)")
_ALIAS_FIELDS = ("title", "body", "quote", "actor", "speaker")
_MAX_NAME_KEYS = 64  # spellings one quoted actor/speaker name may expand to


class QueryError(ValueError):
    """A query the engine cannot run; the message says what is wrong and how to write it."""


def _outside_quotes(text: str) -> str:
    """The query with quoted phrases blanked out, for checks that must ignore phrase contents."""
    return re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), text)


def normalise_query(text: str) -> str:
    """Fold curly quotes, drop control characters and check balance and fields; raise QueryError if bad."""
    text = _CONTROL.sub(" ", strip_terminal_sequences(text)[0].translate(_CURLY)).strip()
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    if text.count('"') % 2:
        raise QueryError('unclosed quote: a phrase needs a closing " mark')
    bare = _outside_quotes(text)
    depth = 0
    for ch in bare:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            raise QueryError("unbalanced parentheses: a ) with no ( before it")
    if depth:
        raise QueryError("unbalanced parentheses: a ( is never closed")
    if bare.count("[") != bare.count("]"):
        raise QueryError("unbalanced brackets in a range: write date:[2025-05-01 to 2025-05-31]")
    for m in _FIELD.finditer(bare):
        name = m.group(1).lower()
        if name not in QUERY_FIELDS:
            raise QueryError(f"unknown field '{m.group(1)}:' (fields: {', '.join(QUERY_FIELDS)})")
    # Whoosh's date parser reads 2025-05-01 badly; it reads 20250501 right.
    text = _FIELD.sub(lambda m: m.group(1).lower() + ":", text)
    if "date:" in text:
        text = _ISO_MONTH.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}", text)
        text = _ISO_DAY.sub(r"\1\2\3", text)
    return text


class QueryBuilder:
    """Builds Whoosh queries for one schema, with alias expansion from config."""

    def __init__(self, schema, aliases: Aliases,  # noqa: ANN001 - whoosh Schema
                 surname_folds: Callable[[], dict[str, list[str]]] | None = None) -> None:
        self.schema = schema
        self._surname_source = surname_folds  # full-name key -> lone surnames (index/surname_folds.py), loaded lazily
        self._surname_folds: dict[str, list[str]] | None = None
        self._folds_lock = threading.Lock()
        self.parser = MultifieldParser(DEFAULT_FIELDS, schema)
        self.parser.add_plugin(DateParserPlugin(free=False))
        self.parser.add_plugin(GtLtPlugin())
        self._expansions = self._alias_tokens(aliases)
        self._name_groups = self._alias_names(aliases)

    def _alias_tokens(self, aliases: Aliases) -> dict[str, dict[str, list[str]]]:
        """field -> analysed token -> every analysed spelling of the same name."""
        out: dict[str, dict[str, list[str]]] = {}
        for field in _ALIAS_FIELDS:
            analyzer = self.schema[field].analyzer
            table: dict[str, list[str]] = {}
            for group in aliases.single_word_groups():
                tokens = list(dict.fromkeys(t.text for word in group for t in analyzer(word)))
                if len(tokens) > 1:
                    for tok in tokens:
                        table[tok] = tokens
            out[field] = table
        return out

    def _alias_names(self, aliases: Aliases) -> dict[str, list[str]]:
        """name key -> the keys of every multi-word spelling of the same name (Vladimir Zelensky -> Volodymyr
        Zelensky, Volodymyr Zelenskyy, ...), for name-key lookups (namekeys.py)."""
        if not all(f in self.schema for f in NAME_FIELDS.values()):
            return {}
        analyzer = self.schema["actor"].analyzer
        table: dict[str, list[str]] = {}
        for canonical, variants in aliases.groups.items():
            keys = [k for k in (phrase_key([t.text for t in analyzer(s)]) for s in [canonical, *variants]) if k]
            keys = list(dict.fromkeys(keys))
            if len(keys) > 1:
                for key in keys:
                    table[key] = keys
        return table

    def _name_lookup(self, q: wq.Phrase, phrases: list[list[str]]) -> wq.Query | None:
        """`actor:"Full Name"` (and its alias spellings) as a term lookup in the name-key field, or None when
        this phrase must stay a phrase (no such field in this index, slop, one word, too many words)."""
        keyfield = NAME_FIELDS.get(q.fieldname)
        if keyfield is None or keyfield not in self.schema or q.slop != 1:
            return None
        keys: dict[str, None] = {}
        for words in phrases:
            key = phrase_key(words)
            if key is None:
                return None
            keys[key] = None
        # Every spelling of the name, whichever one was typed: alias groups and one-word (surname) variants,
        # applied until nothing new comes (Vladimir Zelensky -> Volodymyr Zelenskiy -> Vladimir Zelenskiy).
        table = self._expansions[q.fieldname]
        todo = list(keys)
        while todo and len(keys) < _MAX_NAME_KEYS:
            key = todo.pop()
            found = list(self._name_groups.get(key, []))
            words = key.split(" ")
            for i, word in enumerate(words):
                found.extend(" ".join([*words[:i], other, *words[i + 1:]]) for other in table.get(word, []))
            for other in found:
                if other not in keys:
                    keys[other] = None
                    todo.append(other)
        lookup = key_query(keyfield, list(keys), boost=q.boost)
        lone = list(dict.fromkeys(t for key in keys for t in self._lone_surnames(key)))
        if not lone:
            return lookup
        # "Rubio" alone in an article stands for Marco Rubio when the corpus knows no other Rubio of weight
        return wq.Or([lookup, *(wq.Term(keyfield, t, boost=q.boost) for t in lone)])

    def _lone_surnames(self, key: str) -> list[str]:
        if self._surname_source is None:
            return []
        if self._surname_folds is None:
            with self._folds_lock:
                if self._surname_folds is None:
                    self._surname_folds = self._surname_source()
        return self._surname_folds.get(key, [])

    def _expand(self, q: wq.Query) -> wq.Query:
        if isinstance(q, wq.Term) and q.fieldname in self._expansions:
            variants = self._expansions[q.fieldname].get(q.text)
            if variants:
                return wq.Or([wq.Term(q.fieldname, v, boost=q.boost) for v in variants])
            return q
        if isinstance(q, wq.Phrase) and q.fieldname in self._expansions:
            table = self._expansions[q.fieldname]
            options = [table.get(w, [w]) for w in q.words]
            phrases = [list(q.words)]
            if any(len(o) > 1 for o in options) and sum(len(o) for o in options) <= 12:
                phrases = [[]]
                for opts in options:
                    phrases = [p + [o] for p in phrases for o in opts]
            lookup = self._name_lookup(q, phrases)
            if lookup is not None:
                return lookup
            if len(phrases) > 1:
                return wq.Or([wq.Phrase(q.fieldname, p, slop=q.slop, boost=q.boost) for p in phrases])
            return q
        if q.is_leaf():
            return q
        return q.apply(self._expand)

    def build(self, text: str) -> wq.Query:
        """Parse `text` into a query; raise QueryError with a readable reason if it cannot run."""
        if not text.strip():
            raise QueryError("empty query: type words to search for")
        normalised = normalise_query(text)
        if not normalised:
            raise QueryError("empty query: type words to search for")
        try:
            parsed = self.parser.parse(normalised)
        except Exception as exc:  # the parser should not raise, but a message beats a traceback
            raise QueryError(f"cannot parse query ({exc})") from exc
        if _has_null(parsed):
            if "date:" in normalised:
                raise QueryError("bad date: write date:2025-05-16, date:2025-05, date:>2025-05-01 or date:[2025-05-01 to 2025-05-31]")
            raise QueryError("nothing to search for in that query")
        broad = too_broad_pattern(parsed)
        if broad is not None:
            raise QueryError(f"'{broad}' is too broad: put at least {MIN_PREFIX} letters before * or ?")
        return every_article(self._expand(parsed))


def _has_null(q: wq.Query) -> bool:
    if q is wq.NullQuery or type(q).__name__ == "_NullQuery":
        return True
    return any(_has_null(c) for c in q.children()) if not q.is_leaf() else False


def split_filter(q: wq.Query) -> tuple[wq.Query, wq.Query | None, float]:
    """(scored part, date filter or None, the constant score the filter part added to every hit).

    A date range ANDed with words only restricts which articles match: it adds the same constant to every
    hit's score. Run as a filter (a set of documents) it gives the same ranking several times faster than
    intersecting the words with the range's hundreds of tiered terms document by document.
    """
    if not isinstance(q, wq.And):
        return q, None, 0.0
    dates = [c for c in q.subqueries if isinstance(c, wq.NumericRange) and c.constantscore]
    rest = [c for c in q.subqueries if not (isinstance(c, wq.NumericRange) and c.constantscore)]
    if not dates or not rest or all(isinstance(c, wq.Not) for c in rest):
        return q, None, 0.0
    scored = rest[0] if len(rest) == 1 else wq.And(rest, boost=q.boost)
    filt = dates[0] if len(dates) == 1 else wq.And(dates)
    return scored, filt, sum(c.boost for c in dates) * q.boost


def field_terms(q: wq.Query, fieldname: str) -> TermMatch:
    """What the query looks for in one field (exact terms, prefixes, wildcards), for highlighting.

    Words under NOT are left out: a hit never contains them where it matched."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    patterns: set[str] = set()

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Prefix):
            if node.fieldname == fieldname and node.text:
                prefixes.add(node.text)
        elif isinstance(node, wq.Wildcard):
            if node.fieldname == fieldname:
                patterns.add(node.text)
        elif isinstance(node, wq.Term):
            if node.fieldname == fieldname and isinstance(node.text, str):
                exact.add(node.text)
        elif isinstance(node, wq.Phrase):
            if node.fieldname == fieldname:
                exact.update(w for w in node.words if isinstance(w, str))
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return TermMatch(frozenset(exact), tuple(sorted(prefixes)), tuple(sorted(patterns)))
