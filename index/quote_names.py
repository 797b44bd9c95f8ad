"""Name back-references for quote attribution: a person named later by first name only is the full name given earlier.

News style introduces a person in full ("Neslihan Coban, 63, lost her son") and may then use the first name
alone ("…," says Neslihan), especially for private people. The actor index can leave that first name as a
person of its own; quote speakers should carry the full name. The fold is only made when exactly one
multi-word person of the article starts with that first name and nobody carries it as a surname, so two
people sharing a first name (Vladimir Putin, Vladimir Medinsky) are never merged. The actor list is folded the
same way, so "Neslihan" is not listed as a second person beside "Neslihan Coban".
"""
from __future__ import annotations

from dataclasses import replace

from index.actors import ActorIndex


def first_name_map(index: ActorIndex) -> dict[str, str]:
    """Bare first names of the article's persons mapped to the one full name that opens with them."""
    persons = [a.name for a in index.actors if a.kind == "person"]
    # a run of page chrome ("Trump Donald John TrumpDHS") is no full name: at most three words, the first not repeated
    full = [w for n in persons if " " in n and len(w := n.split()) <= 3 and not any(w[0] in x for x in w[1:])]
    out: dict[str, str] = {}
    for name in persons:
        if " " in name or not name[:1].isupper():
            continue
        owners = {" ".join(w) for w in full if w[0] == name}
        if len(owners) == 1 and not any(w[-1] == name for w in full):
            out[name] = owners.pop()
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
