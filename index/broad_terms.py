"""Keep pattern queries cheap: `*` means every article, and a prefix that matches thousands of words is
scored by its commonest ones.

Whoosh expands a prefix or wildcard into one sub-query per matching word and scores them all together.
On the full corpus `con*` expands to ~550 words per segment and took 13 s to rank (`a*` 5,750 words),
while its exact count over posting-list sets takes well under a second (hitcount.py). So, as Lucene's
top-terms rewrite does, a pattern matching more than MAX_SCORED_EXPANSIONS words is ranked by the
MAX_SCORED_EXPANSIONS words found in the most articles; the total still counts every match. `field:*`
(which Whoosh answers by reading every word of the field) becomes "every article".
"""
from __future__ import annotations

import re
from collections import Counter

from whoosh import query as wq

MAX_SCORED_EXPANSIONS = 32
MIN_PREFIX = 2  # letters before a * or ?, in the fields whose vocabulary is the whole language:
WIDE_FIELDS = frozenset({"title", "body", "quote"})


def every_article(q: wq.Query) -> wq.Query:
    """`*` and `field:*` as one cheap query for every article (Whoosh's Every(field) reads every word)."""
    if isinstance(q, wq.Every):
        return wq.Every(boost=q.boost)
    if isinstance(q, wq.Or) and q.subqueries and all(isinstance(c, wq.Every) for c in q.subqueries):
        return wq.Every()
    if q.is_leaf():
        return q
    return q.apply(every_article)


def too_broad_pattern(q: wq.Query) -> str | None:
    """The text of a pattern with fewer than MIN_PREFIX letters before its first * or ? (it would read most
    of the vocabulary: `a*` took 7 s and `*fire` reads every word), or None."""
    if (isinstance(q, (wq.Prefix, wq.Wildcard)) and q.fieldname in WIDE_FIELDS
            and len(_literal_prefix(q)) < MIN_PREFIX):
        return q.text + ("*" if isinstance(q, wq.Prefix) else "")
    if q.is_leaf():
        return None
    for child in q.children():
        found = too_broad_pattern(child)
        if found is not None:
            return found
    return None


def _literal_prefix(q: wq.Prefix | wq.Wildcard) -> str:
    if isinstance(q, wq.Prefix):
        return q.text
    return re.split(r"[*?]", q.text, maxsplit=1)[0]


def _expansions(searcher, q: wq.Prefix | wq.Wildcard) -> Counter:  # noqa: ANN001 - whoosh Searcher
    """Each word the pattern matches, with the number of articles holding it, read segment by segment
    (Whoosh's merged multi-segment term iterator is ~50 times slower)."""
    prefix = _literal_prefix(q)
    pattern = None
    if isinstance(q, wq.Wildcard):
        pattern = re.compile(re.escape(q.text).replace(r"\*", ".*").replace(r"\?", ".") + r"\Z", re.DOTALL)
    subs = [s for s, _ in searcher.subsearchers] if not searcher.is_atomic() else [searcher]
    counts: Counter = Counter()
    for sub in subs:
        reader = sub.reader()
        if q.fieldname not in reader.schema:
            continue
        for btext, info in reader.iter_prefix(q.fieldname, prefix):
            if pattern is None or pattern.match(btext.decode("utf-8", "replace")):
                counts[btext] += info.doc_frequency()
    return counts


def score_commonest(q: wq.Query, searcher, limit: int = MAX_SCORED_EXPANSIONS) -> wq.Query:  # noqa: ANN001
    """`q` with every prefix or wildcard matching more than `limit` words replaced, for ranking only, by
    an OR of its `limit` commonest words."""
    if isinstance(q, (wq.Prefix, wq.Wildcard)):
        counts = _expansions(searcher, q)
        if len(counts) <= limit:
            return q
        words = [btext.decode("utf-8") for btext, _ in counts.most_common(limit)]
        return wq.Or([wq.Term(q.fieldname, w, boost=q.boost) for w in words])
    if q.is_leaf():
        return q
    return q.apply(lambda child: score_commonest(child, searcher, limit))
