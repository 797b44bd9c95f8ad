"""Distinctive words: weighted log-odds ratios with an informative Dirichlet prior.

Monroe, Colaresi and Quinn, "Fightin' Words" (Political Analysis, 2008), eq. 22 and the variance after it.
Raw frequency differences favour common words and plain log-odds favour rare ones; shrinking each side's
counts toward the whole corpus (the prior) and dividing by the estimate's standard error gives z-scores that
rank terms by how reliably they set one side apart. Terms are unigrams and bigrams; stop words count toward
the totals but are never reported, and a bigram may not begin or end with a stop word.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from .compare_models import DistinctiveTerm

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_TOKEN_OR_BREAK = re.compile(r"([^\W\d_]+(?:['’\-][^\W\d_]+)*)|[.,;:!?()\[\]{}\"“”«»—–…/|\n]|\s-\s")
# Function words and reporting chrome that never make a useful "distinctive word" on their own.
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did didn't do does doesn't doing don't down during each few for from further had
has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
i'll i'm i've if in into is isn't it it's its itself just let's me more most mr mrs ms my myself no nor not now
of off on once only or other ought our ours ourselves out over own same she she'd she'll she's should so some
such than that that's the their theirs them themselves then there there's these they they'd they'll they're
they've this those through to too under until up upon very was wasn't we we'd we'll we're we've were weren't
what what's when when's where where's which while who who's whom why why's will with won't would wouldn't you
you'd you'll you're you've your yours yourself yourselves said says say told according since amid per via
one two three s t
""".split())


def _norm(word: str) -> str:
    # an all-capitals word is an acronym (US, NATO): keep it apart from the same letters in lower case
    w = word.replace("’", "'") if word.isupper() and len(word) > 1 else word.lower().replace("’", "'")
    return w[:-2] if w.endswith(("'s", "'S")) else w


def words(text: str) -> list[str]:
    """Words of `text`, lower-cased (acronyms kept in capitals), curly apostrophes straightened, 's dropped."""
    return [_norm(w) for w in _WORD.findall(text)]


def _reportable(w: str) -> bool:
    return len(w) > 1 and w not in STOP_WORDS


def terms(tokens: list[str]) -> list[str]:
    """Every unigram and bigram of `tokens` that may be reported (no stop-word edges)."""
    keep = [_reportable(w) for w in tokens]
    out = [w for w, k in zip(tokens, keep) if k]
    out += [f"{a} {b}" for a, b, ka, kb in zip(tokens, tokens[1:], keep, keep[1:]) if ka and kb]
    return out


def term_counts(text: str) -> tuple[Counter[str], int]:
    """Counts of reportable terms in `text`, and the number of words (the side's total n).

    Bigrams never span punctuation: "... said. Markets rose" gives no "said markets". Written as flat
    comprehensions because the corpus prior runs this over every article of the corpus.
    """
    tokens = _TOKEN_OR_BREAK.findall(text.replace("’", "'"))  # a break matches as ""
    tokens = [w if w.isupper() and len(w) > 1 else w.lower() for w in tokens]
    tokens = [w[:-2] if w[-2:] == "'s" or w[-2:] == "'S" else w for w in tokens]
    keep = [len(w) > 1 and w not in STOP_WORDS for w in tokens]
    counts = Counter([w for w, k in zip(tokens, keep) if k])
    counts.update([f"{a} {b}" for a, b, ka, kb in zip(tokens, tokens[1:], keep, keep[1:]) if ka and kb])
    return counts, sum(1 for w in tokens if w)


def log_odds(
    counts_a: Mapping[str, int], n_a: int, counts_b: Mapping[str, int], n_b: int,
    prior: Mapping[str, int], prior_total: int, alpha0: float = 1000.0,
) -> list[DistinctiveTerm]:
    """Weighted log-odds with informative Dirichlet prior for every term either side uses.

    alpha_w = alpha0 * prior_w / prior_total (a term missing from the prior counts once: both articles are in
    the corpus). delta_w = log-odds of w in A minus in B, each smoothed by alpha_w; z = delta / sqrt(var)
    with var ~ 1/(y_a + alpha_w) + 1/(y_b + alpha_w). Sorted by z, most A-leaning first.
    """
    prior_total = max(prior_total, 1)
    out: list[DistinctiveTerm] = []
    for term in set(counts_a) | set(counts_b):
        ya, yb = counts_a.get(term, 0), counts_b.get(term, 0)
        corpus = max(prior.get(term, 0), 1)
        alpha = alpha0 * corpus / prior_total
        la = math.log((ya + alpha) / max(n_a + alpha0 - ya - alpha, 1e-9))
        lb = math.log((yb + alpha) / max(n_b + alpha0 - yb - alpha, 1e-9))
        delta = la - lb
        var = 1.0 / (ya + alpha) + 1.0 / (yb + alpha)
        out.append(DistinctiveTerm(term, ya, yb, prior.get(term, 0), round(delta, 4), round(delta / math.sqrt(var), 4)))
    out.sort(key=lambda t: (-t.z, t.term))
    return out


def _drop_nested(ranked: list[DistinctiveTerm], limit: int) -> list[DistinctiveTerm]:
    """Top terms, with a word that is only ever used inside one phrase (same counts on both sides, e.g.
    "white" in "white house") shown as that phrase, and each term at most once."""
    phrase_of: dict[str, DistinctiveTerm] = {}
    for t in ranked:
        if " " in t.term:
            for word in t.term.split():
                phrase_of.setdefault(f"{word}|{t.count_a}|{t.count_b}", t)
    chosen: list[DistinctiveTerm] = []
    seen: set[str] = set()
    for t in ranked:
        if " " not in t.term:
            t = phrase_of.get(f"{t.term}|{t.count_a}|{t.count_b}", t)
        if t.term in seen:
            continue
        seen.add(t.term)
        chosen.append(t)
        if len(chosen) == limit:
            break
    return sorted(chosen, key=lambda t: (-abs(t.z), t.term))


def distinctive(
    text_a: str, text_b: str, prior: Mapping[str, int] | None = None, prior_total: int = 0,
    limit: int = 15, alpha0: float = 1000.0, min_z: float = 0.0,
) -> tuple[list[DistinctiveTerm], list[DistinctiveTerm]]:
    """The terms that most set A apart from B, and B apart from A (each at most `limit`, z beyond `min_z`).

    Without a corpus prior the two articles themselves are the prior (still a valid, weaker model).
    A term must occur on its own side to be reported for it.
    """
    ca, na = term_counts(text_a)
    cb, nb = term_counts(text_b)
    if prior is None or prior_total <= 0:
        prior = ca + cb
        prior_total = max(na + nb, 1)
    ranked = log_odds(ca, na, cb, nb, prior, prior_total, alpha0)
    side_a = [t for t in ranked if t.z > min_z and t.count_a > 0]
    side_b = [t for t in reversed(ranked) if t.z < -min_z and t.count_b > 0]
    return _drop_nested(side_a, limit), _drop_nested(side_b, limit)
