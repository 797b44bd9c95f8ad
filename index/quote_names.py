"""Name back-references for quote attribution: a person named later by first name only is the full name given earlier.

News style introduces a person in full ("Neslihan Coban, 63, lost her son") and may then use the first name
alone ("…," says Neslihan), especially for private people. The actor index can leave that first name as a
person of its own; quote speakers should carry the full name. The fold is only made when exactly one
multi-word person of the article starts with that first name and nobody carries it as a surname, so two
people sharing a first name (Vladimir Putin, Vladimir Medinsky) are never merged. The actor list is folded the
same way, so "Neslihan" is not listed as a second person beside "Neslihan Coban". A titled name ("Fr
Thabit" after "Father Paul Thabit Habib") is folded the same way when the words after its title all belong to
exactly one full name of the article.
"""
from __future__ import annotations

from dataclasses import replace

from index.actors import ActorIndex
from index.names import lexicon


# Clerical and courtesy abbreviations written before a surname that the title lexicon lacks ("Fr Thabit").
_SHORT_TITLES = frozenset({"fr", "revd", "msgr", "mgr"})


def _untitled(words: list[str]) -> list[str]:
    """The name words after any leading titles ("Fr Thabit" -> ["Thabit"], "Sen. Warren" -> ["Warren"])."""
    titles = lexicon().title_words
    k = 0
    while k < len(words) - 1 and (words[k].lower() in titles or words[k].lower().rstrip(".") in _SHORT_TITLES):
        k += 1
    return words[k:]


def first_name_map(index: ActorIndex) -> dict[str, str]:
    """Bare first names of the article's persons mapped to the one full name that opens with them, and titled
    names ("Fr Thabit", "Fr Paul Thabit") whose other words all belong to exactly one full name of the article."""
    persons = [a.name for a in index.actors if a.kind == "person"]
    # a run of page chrome ("Trump Donald John TrumpDHS") is no full name: at most three words, the first not repeated
    full = [w for n in persons if " " in n and len(w := n.split()) <= 3 and not any(w[0] in x for x in w[1:])]
    out: dict[str, str] = {}
    for name in persons:
        if not name[:1].isupper():
            continue
        if " " not in name:
            owners = {" ".join(w) for w in full if w[0] == name}
            if len(owners) == 1 and not any(w[-1] == name for w in full):
                out[name] = owners.pop()
            continue
        words = name.split()
        core = _untitled(words)
        if len(core) == len(words):
            continue  # an untitled full name is a person of its own
        owners = {" ".join(w) for w in full if len(w) > len(core) and w != words and all(c in w for c in core)}
        if len(owners) == 1 and (full_name := owners.pop()) != name:
            out[name] = full_name
    return out


def fold_first_names(index: ActorIndex) -> ActorIndex:
    """The index with each mention of a bare first name renamed to the full name introduced in the article, and
    that first name's actor merged into the full name's (its spellings and mentions), so the actor list names
    the person once. Mentions before the full name are folded too: the article names one person either way."""
    names = first_name_map(index)
    if not names:
        return index
    mentions = [replace(m, name=names[m.name]) if m.name in names else m for m in index.mentions]
    merged = {a.name: replace(a, spellings=list(a.spellings), mentions=list(a.mentions)) for a in index.actors}
    for short, full in names.items():
        gone = merged.pop(short)
        keep = merged[full]
        keep.spellings += [s for s in gone.spellings if s not in keep.spellings]
        keep.mentions = sorted(keep.mentions + gone.mentions, key=lambda m: m.start)
    return ActorIndex(actors=list(merged.values()), mentions=mentions)
