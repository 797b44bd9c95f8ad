"""Genders of first names, learnt from how news copy names people: an article that writes "John Smith" and
later "Mr. Smith" (or "Ms. Smith", "Mrs. Smith") tells which honorific that first name takes. Summed over the
AllSides corpus this gives a first name's usual gender, so "she said" is not resolved to "David Remnick" in an
article that never writes "Mr. Remnick".

The table (index/first_name_genders.txt, "name m|f" a line) is data derived from the corpus, not the corpus:
rebuild it with `python -m index.first_name_genders [CORPUS]` (about a minute). A name needs MIN_VOTES articles
and SHARE agreement; names used for both (Jordan, Kelly) stay out, and so does anything written as a title.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("first_name_genders.txt")
CORPUS = Path("/work/shared/corpora/allsides.jsonl.gz")
MIN_VOTES = 3
SHARE = 0.95
_FULL = re.compile(r"\b([A-Z][a-z]{1,14}) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_HONORIFIC = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# a gendered noun right before a full name: "spokeswoman Jane Roe", "his wife, Jane Roe", "Congressman John Roe"
_GENDERED_BEFORE = re.compile(
    r"\b(?:(congressman|spokesman|chairman|businessman|actor|husband|son|father|brother|boyfriend|widower|king|prince)|"
    r"(congresswoman|spokeswoman|chairwoman|businesswoman|actress|wife|daughter|mother|sister|girlfriend|widow|queen|"
    r"princess)),? ([A-Z][a-z]{1,14}) (?:[A-Z]\. )?[A-Z][a-z]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """The shipped table: lowercase first name -> "m" or "f" (empty if the file is missing)."""
    try:
        rows = (line.split() for line in TABLE.read_text(encoding="utf-8").splitlines())
        return {row[0]: row[1] for row in rows if len(row) == 2}
    except OSError:
        return {}


def article_votes(text: str) -> dict[str, str]:
    """First name -> gender in one article: the honorific its surname takes, when the article is consistent."""
    marks: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        marks.setdefault(m.group(2), set()).add("m" if m.group(1) == "Mr" else "f")
    firsts: dict[str, set[str]] = {}
    for m in _FULL.finditer(text):
        if m.group(1).lower() not in _not_first_names():  # "When Musk said" gives Musk no second first name
            firsts.setdefault(m.group(2), set()).add(m.group(1))
    votes: dict[str, set[str]] = {}
    for m in _FULL.finditer(text):
        g = marks.get(m.group(2))
        # "Mr. Kim" with "Kim Jong Un": a name that takes the honorific itself is a surname written first;
        # "Mrs. Clinton" beside "Bill Clinton" and "Hillary Clinton": a family's honorific tells no one's gender
        if g and len(g) == 1 and m.group(1) not in marks and len(firsts.get(m.group(2), ())) <= 1:
            votes.setdefault(m.group(1).lower(), set()).update(g)
    for m in _GENDERED_BEFORE.finditer(text):
        if m.group(3) not in marks:
            votes.setdefault(m.group(3).lower(), set()).add("m" if m.group(1) else "f")
    return {name: g.pop() for name, g in votes.items() if len(g) == 1}


@lru_cache(maxsize=1)
def _not_first_names() -> frozenset[str]:
    """Capitalised words that open a name-like pair without being a first name: titles, function words, demonyms."""
    from index.names import lexicon

    return frozenset(lexicon().title_words | lexicon().stop_words | lexicon().demonyms)


def build(corpus: Path = CORPUS) -> dict[str, str]:
    """First names voted one gender by at least SHARE of MIN_VOTES+ articles, titles and common words left out."""
    from index.common_words import common_words
    from index.names import lexicon

    tally: dict[str, Counter[str]] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            for name, g in article_votes(json.loads(line).get("content_original") or "").items():
                tally.setdefault(name, Counter())[g] += 1
    skip = common_words() | lexicon().title_words | lexicon().stop_words | lexicon().demonyms
    out: dict[str, str] = {}
    for name, c in tally.items():
        g, n = c.most_common(1)[0]
        if name not in skip and sum(c.values()) >= MIN_VOTES and n / sum(c.values()) >= SHARE:
            out[name] = g
    return out | FAMILY_NAMES


# First names the vote cannot settle because a famous couple shares the surname and articles write "Mrs. Clinton"
# beside "Bill Clinton" or "Mr. Obama" beside "Michelle Obama" (bill: 178 m / 60 f articles, michelle 44 f / 25 m)
FAMILY_NAMES = {"bill": "m", "ann": "f", "michelle": "f"}


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.? $")


def honorific_clash(text: str, start: int, full_name: str) -> bool:
    """True when "Mrs. Clinton" at start cannot be `full_name` ("Bill Clinton"): the honorific marks the other
    gender from the one the full name's first name usually has, so the surname is someone else of that family."""
    h = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    g = first_name_genders().get(full_name.split()[0].lower()) if h and " " in full_name else None
    return bool(g) and g != ("m" if h.group(1) == "Mr" else "f")


if __name__ == "__main__":
    table = build(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    TABLE.write_text("".join(f"{n} {g}\n" for n, g in sorted(table.items())), encoding="utf-8")
    print(f"{len(table)} first names written to {TABLE}")
