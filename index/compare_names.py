"""Naming differences: the same actor or place spelled differently on each side (Kiev / Kyiv).

Two sources of evidence. First the extracted actors: an actor found on both sides (by canonical name, after
alias folding) whose mention forms differ. Second the raw texts: every alias group of the configuration
(Kyiv: [Kiev], ...) is looked for as whole words in both texts, so a naming difference shows even where the
actor extractor missed the name. Forms that differ only by punctuation or case (U.S. / US), and a form whose
words all occur in a form the other side uses (Trump inside Donald Trump), are not differences: only when
each side has a form of its own is the actor named two ways.
"""
from __future__ import annotations

import re

from .aliases import Aliases, fold_key
from .compare_models import NamingDifference, Span
from .models import ArticleActor

_POSSESSIVE = re.compile(r"['’]s?$")


def _form(text: str) -> str:
    """A mention's surface form without a possessive ending."""
    return _POSSESSIVE.sub("", text.strip())


def _norm(form: str) -> str:
    return "".join(ch for ch in fold_key(form) if ch.isalnum() or ch == " ")


def differing_forms(forms_a: set[str], forms_b: set[str]) -> tuple[list[str], list[str]]:
    """Forms used only by A and only by B, after dropping punctuation variants and shortened forms."""
    norm_a = {_norm(f) for f in forms_a}
    norm_b = {_norm(f) for f in forms_b}

    def own(forms: set[str], mine: set[str], other: set[str]) -> list[str]:
        out = []
        for f in sorted(forms):
            n = _norm(f)
            if n in other:
                continue
            words = set(n.split())
            if any(words <= set(o.split()) for o in other):
                continue  # a shortened form of what the other side also writes out
            if any(n != m and set(n.split()) < set(m.split()) for m in mine):
                continue  # a short form of one of this side's own longer forms
            out.append(f)
        return out

    return own(forms_a, norm_a, norm_b), own(forms_b, norm_b, norm_a)


def from_actors(actors_a: list[ArticleActor], actors_b: list[ArticleActor], aliases: Aliases) -> list[NamingDifference]:
    """Actors on both sides whose mention forms differ."""
    def by_name(actors: list[ArticleActor]) -> dict[str, ArticleActor]:
        return {fold_key(aliases.canonical(a.name) or a.name): a for a in actors}

    side_a, side_b = by_name(actors_a), by_name(actors_b)
    out: list[NamingDifference] = []
    for key in sorted(side_a.keys() & side_b.keys()):
        xa, xb = side_a[key], side_b[key]
        forms_a = {_form(m.text) for m in xa.mentions} or set(xa.spellings)
        forms_b = {_form(m.text) for m in xb.mentions} or set(xb.spellings)
        only_a, only_b = differing_forms(forms_a, forms_b)
        if only_a and only_b:
            out.append(NamingDifference(
                name=aliases.canonical(xa.name) or xa.name, kind=xa.kind, spellings_a=only_a, spellings_b=only_b,
                spans_a=[Span(m.start, m.end) for m in xa.mentions if _form(m.text) in only_a],
                spans_b=[Span(m.start, m.end) for m in xb.mentions if _form(m.text) in only_b],
                source="actors",
            ))
    return out


def find_spellings(text: str, spellings: list[str]) -> dict[str, list[Span]]:
    """Whole-word occurrences of each spelling in `text` (case-insensitive), longest spelling first, no overlaps."""
    taken: list[tuple[int, int]] = []
    found: dict[str, list[Span]] = {}
    for spelling in sorted(set(spellings), key=lambda s: (-len(s), s)):
        pattern = re.compile(r"(?<![\w’'])" + r"\s+".join(re.escape(p) for p in spelling.split()) + r"(?![\w])", re.I)
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.setdefault(spelling, []).append(Span(m.start(), m.end()))
    return found


def from_aliases(text_a: str, text_b: str, aliases: Aliases) -> list[NamingDifference]:
    """Configured alias groups spelled one way in A and another way in B, found in the raw texts."""
    out: list[NamingDifference] = []
    for canonical, variants in aliases.groups.items():
        group = [canonical, *variants]
        found_a, found_b = find_spellings(text_a, group), find_spellings(text_b, group)
        if not found_a or not found_b:
            continue
        only_a, only_b = differing_forms(set(found_a), set(found_b))
        if only_a and only_b:
            out.append(NamingDifference(
                name=canonical, kind="", spellings_a=only_a, spellings_b=only_b,
                spans_a=[s for f in only_a for s in found_a[f]], spans_b=[s for f in only_b for s in found_b[f]],
                source="aliases",
            ))
    return out


def naming_differences(text_a: str, text_b: str, actors_a: list[ArticleActor], actors_b: list[ArticleActor],
                       aliases: Aliases) -> list[NamingDifference]:
    """Both kinds of evidence merged by canonical name (the actors' version wins, it knows the kind)."""
    merged = {fold_key(d.name): d for d in from_aliases(text_a, text_b, aliases)}
    for d in from_actors(actors_a, actors_b, aliases):
        merged[fold_key(d.name)] = d
    return sorted(merged.values(), key=lambda d: d.name)
