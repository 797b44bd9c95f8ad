"""Actor and speaker names as single index terms, so `actor:"Donald Trump"` is one term lookup, not a phrase.

A phrase query over the positional `actor` field reads the positions of every article holding both words:
on the full corpus `actor:"Donald Trump"` took ~200 ms for the top 20 and ~140 ms more to count. The fields
`actor_name` and `speaker_name` hold each name once more, as keys: the name's tokens (the `actor` field's
analyzer: lower-cased, accent-folded words) joined by single spaces. Every run of 2 to MAX_KEY_WORDS
consecutive words of a name is a key too ("U.S. Supreme Court" gives "u.s supreme court", "u.s supreme" and
"supreme court"), so a phrase of up to MAX_KEY_WORDS words matches exactly the articles where it occurs
inside one name (the positional phrase also matched across two neighbouring names: "Biden Donald").
A one-word query keeps using the word field; longer phrases and phrases with slop keep the phrase. A one-word
name is also its own key, so the lone surnames of index/surname_folds.py are exact lookups too (an index
written before this holds no such keys: those lookups then find nothing and `parallax index --rebuild` adds them).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh import query as wq
from whoosh.fields import KEYWORD

from .analysis import Analysed

MAX_KEY_WORDS = 6
NAME_FIELDS = {"actor": "actor_name", "speaker": "speaker_name"}  # word field -> its name-key field


class NameKeys(KEYWORD):
    """Comma-separated name keys, scorable (BM25F over how often a key occurs in the article's names)."""

    def __init__(self) -> None:
        super().__init__(lowercase=False, commas=True, scorable=True)

    def analyse(self, value: str) -> Analysed:
        """The postings of a comma-joined key string, as Whoosh's own indexing would give them (sorted)."""
        postings = sorted(self.index(value))
        return Analysed(postings, sum(p[1] for p in postings))


def runs(words: list[str]) -> Iterable[str]:
    """Every run of 2..MAX_KEY_WORDS consecutive words, joined by spaces."""
    n = len(words)
    for size in range(2, min(n, MAX_KEY_WORDS) + 1):
        for start in range(n - size + 1):
            yield " ".join(words[start:start + size])


def name_keys(analyzer: Any, names: Iterable[str]) -> str:  # noqa: ANN401 - whoosh analyzer
    """The comma-joined keys of `names` (one entry per occurrence: a key's frequency counts its names)."""
    keys: list[str] = []
    for name in names:
        words = [t.text for t in analyzer(name)]
        # a one-word name ("Trump" in an article that never gives his first name) is a key of its own: runs
        # never yield one word, so the key "trump" means exactly "an actor named just Trump" (surname_folds.py)
        keys.extend(words if len(words) == 1 else runs(words))
    return ",".join(keys)


def phrase_key(words: list[Any]) -> str | None:
    """The key a phrase of analysed words looks up, or None when the phrase cannot be a key lookup."""
    if not 2 <= len(words) <= MAX_KEY_WORDS or not all(isinstance(w, str) and w for w in words):
        return None
    return " ".join(words)


def key_query(fieldname: str, keys: list[str], boost: float = 1.0) -> wq.Query:
    """A lookup of any of `keys` in a name-key field."""
    terms = [wq.Term(fieldname, k, boost=boost) for k in dict.fromkeys(keys)]
    return terms[0] if len(terms) == 1 else wq.Or(terms)
