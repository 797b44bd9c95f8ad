"""Name aliases from config.yaml: fold spellings (Kiev, Kyiv; Zelenskyy, Zelensky) to one canonical name."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def fold_key(name: str) -> str:
    """A comparison key for a name: accents, case, curly apostrophes and spacing folded."""
    if name.isascii():  # the common case, and hot during extraction: NFKD and the replaces change nothing
        return " ".join(name.lower().split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.lower().split())


@dataclass
class Aliases:
    """A lookup from any spelling to its canonical name, and from a canonical name to all its spellings."""

    groups: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._canon: dict[str, str] = {}
        for canonical, variants in self.groups.items():
            self._canon[fold_key(canonical)] = canonical
            for v in variants:
                self._canon[fold_key(v)] = canonical

    def canonical(self, name: str) -> str | None:
        """The canonical name for a spelling, or None when the spelling is in no alias group."""
        return self._canon.get(fold_key(name))

    def spellings(self, name: str) -> list[str]:
        """Every spelling of the group `name` belongs to (canonical first), or just [name]."""
        canonical = self.canonical(name)
        if canonical is None:
            return [name]
        return [canonical, *self.groups[canonical]]

    def single_word_groups(self) -> list[list[str]]:
        """Groups of one-word spellings that are interchangeable in search (e.g. kyiv, kiev)."""
        out: list[list[str]] = []
        for canonical, variants in self.groups.items():
            words: set[str] = set()
            for spelling in [canonical, *variants]:
                parts = spelling.split()
                # a one-word spelling, or the last word of a multi-word one (a surname)
                words.add(fold_key(parts[-1]))
            if len(words) > 1:
                out.append(sorted(words))
        return out
