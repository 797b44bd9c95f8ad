"""Common English words, learnt from how news copy writes them: a word the AllSides corpus writes in lowercase
mid-sentence at least 85% of the time ("pundit", "expert", "critics") is a common word when it opens a sentence
capitalised, so "Pundit Maxim Suchkov told RBC" names Maxim Suchkov, not "Pundit Maxim Suchkov".

The list (index/common_words.txt, one word a line) is data derived from the corpus, not the corpus: rebuild it with
`python -m index.common_words [CORPUS]` (about a minute). Names are safe: "Bill", "Mark", "Rose" are written
capitalised mid-sentence too often to pass.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

LIST = Path(__file__).with_name("common_words.txt")
CORPUS = Path("/work/shared/corpora/allsides.jsonl.gz")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
MIN_LOWER = 20
SHARE = 0.85


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The shipped list, lowercase (empty if the file is missing: nothing is then treated as common)."""
    try:
        return frozenset(LIST.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def build(corpus: Path = CORPUS) -> list[str]:
    """Words written lowercase mid-sentence in at least SHARE of MIN_LOWER+ occurrences across the corpus."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("content_original") or ""
            prev = "."
            for m in _TOKEN.finditer(text):
                w = m.group()
                # mid-sentence: after a lowercase word or a comma (not inside a name such as "Gateway Pundit")
                if (prev[:1].islower() or prev == ",") and len(w) >= 3 and w[1:].islower() and w.isalpha():
                    (upper if w[0].isupper() else lower)[w.lower()] += 1
                prev = w
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and n / (n + upper[w]) >= SHARE)


if __name__ == "__main__":
    words = build(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    LIST.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words written to {LIST}")
