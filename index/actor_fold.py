"""Fold per-article actors into corpus-wide actors and suggest (never apply) fuzzy merges of people."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from index.aliases import Aliases, fold_key
from index.models import ActorSummary, ArticleActor
from index.nicknames import formal_first_name

_INITIAL = re.compile(r"^[A-Z]\.?$")


def _person_key(name: str) -> str:
    """Key that ignores middle initials, case and a short first name: "Paul D. Ryan" and "Paul Ryan" share one,
    as do "Mike Bloomberg" and "Michael Bloomberg"."""
    words = name.split()
    if len(words) >= 2:
        words[0] = formal_first_name(words[0])
    if all(len(w) > 2 for w in words):  # the common case: no initials (this runs on every corpus actor)
        return fold_key(" ".join(words))
    return fold_key(" ".join(w for w in words if not _INITIAL.match(w)))


def _initials(name: str) -> str:
    """The middle initials of a name, dots dropped: "George H. W. Bush" -> "HW"."""
    if "." not in name and " " not in name.strip():
        return ""
    return "".join(w.rstrip(".") for w in name.split()[1:-1] if _INITIAL.match(w))


def _person_keys(weights: Counter[str]) -> dict[str, str]:
    """name -> folding key, given each name's article count. Middle initials are ignored ("Paul D. Ryan"
    is "Paul Ryan") unless the corpus holds two sets of initials for one name: George W. Bush and George
    H. W. Bush are two people. Then a name without initials joins the variant with five times the articles
    of the next, or stays apart (it could be either)."""
    base_of = {name: _person_key(name) for name in weights}
    variants: dict[str, dict[str, int]] = {}
    for name, weight in weights.items():
        per_initials = variants.setdefault(base_of[name], {})
        initials = _initials(name)
        per_initials[initials] = per_initials.get(initials, 0) + weight
    keys = {}
    for name, base in base_of.items():
        initialled = [(n, i) for i, n in variants[base].items() if i]
        if len(initialled) <= 1:
            keys[name] = base
            continue
        own = _initials(name)
        if not own:
            initialled.sort(reverse=True)
            if initialled[0][0] >= 5 * initialled[1][0]:
                own = initialled[0][1]
        keys[name] = f"{base}|{own}"
    return keys


def fold_corpus(per_article: dict[str, list[ArticleActor]], aliases: Aliases) -> list[ActorSummary]:
    """Corpus-wide actors from per-article ones (see fold_summaries); most-covered actors first."""
    rows = [
        ActorSummary(name=a.name, kind=a.kind, roles=list(a.roles), spellings=list(a.spellings),
                     mentions=len(a.mentions), articles=1, article_ids=[article_id])
        for article_id, actors in per_article.items() for a in actors
    ]
    return fold_summaries(rows, aliases)


@dataclass
class _Group:
    """The rows (one per exact name) that fold into one actor, and the name it is shown under."""

    name: str
    rows: list[tuple[str, ActorSummary]] = field(default_factory=list)  # (canonical name, row)
    weights: dict[str, int] = field(default_factory=dict)  # mentions per canonical name

    @property
    def articles(self) -> int:  # an upper bound (two rows may share an article): enough to rank candidates
        return sum(row.articles for _, row in self.rows)


def fold_summaries(rows: list[ActorSummary], aliases: Aliases) -> list[ActorSummary]:
    """Fold actors grouped by exact name into corpus-wide actors: alias groups, case/accent/middle-initial
    folding, and lone surnames folded into the full name with that surname when it is unambiguous.
    Most-covered actors first. Rows must carry their article_ids (merged counts are recomputed from them)."""
    canonical = {row.name: aliases.canonical(row.name) or row.name for row in rows}
    person_weights: Counter[str] = Counter()
    for row in rows:
        if row.kind == "person":
            person_weights[canonical[row.name]] += row.articles
    person_keys = _person_keys(person_weights)
    groups: dict[tuple[str, str], _Group] = {}
    for row in rows:
        name = canonical[row.name]
        key = (row.kind, person_keys[name] if row.kind == "person" else fold_key(name))
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(name)
        group.rows.append((name, row))
        weights = group.weights
        weights[name] = weights.get(name, 0) + row.mentions
        if group.name != name and " " in name and \
                (weights[name], -len(name)) > (weights.get(group.name, 0), -len(group.name)):
            group.name = name  # the full form written most often ("George W. Bush" over "George W Bush")
    _fold_lone_surnames(groups)
    out = [_merged(g) for g in groups.values()]
    out.sort(key=lambda s: (-s.articles, -s.mentions, s.name))
    return out


def _merged(group: _Group) -> ActorSummary:
    if len(group.rows) == 1:  # most actors: nothing to merge
        name, row = group.rows[0]
        if name == row.name:
            return row
        return ActorSummary(name, row.kind, row.roles, list(dict.fromkeys([*row.spellings, row.name])),
                            row.mentions, row.articles, row.article_ids)
    roles: Counter[str] = Counter()
    spellings: dict[str, None] = {}
    articles: set[str] = set()
    for _, row in group.rows:
        roles.update(row.roles)
        spellings.update(dict.fromkeys(row.spellings))
        articles.update(row.article_ids)
    return ActorSummary(
        name=group.name, kind=group.rows[0][1].kind, roles=[r for r, _ in roles.most_common()],
        spellings=list(spellings), mentions=sum(row.mentions for _, row in group.rows),
        articles=len(articles), article_ids=sorted(articles),
    )


def _fold_lone_surnames(groups: dict[tuple[str, str], _Group]) -> None:
    """Fold a one-word person ("Trump") into the full name with that surname when it is unambiguous:
    the only one, or one with at least five times the articles of the next."""
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, group in groups.items():
        if key[0] == "person" and " " in group.name:
            by_surname[fold_key(group.name.split()[-1])].append(key)
    for key in [k for k, g in groups.items() if k[0] == "person" and " " not in g.name]:
        cands = sorted(by_surname.get(key[1], []), key=lambda k: -groups[k].articles)
        if not cands:
            continue
        if len(cands) > 1 and groups[cands[0]].articles < 5 * groups[cands[1]].articles:
            continue
        lone = groups.pop(key)
        groups[cands[0]].rows.extend(lone.rows)


def suggest_merges(summaries: list[ActorSummary], threshold: float = 85.0) -> list[tuple[str, str, float]]:
    """Pairs of people whose surnames are near-identical spellings ("Zelenskyy"/"Zelenskiy"), with a score.
    Shared first names never count: "Vladimir Putin" and "Vladimir Medinsky" are not suggested; different
    first names with one surname (family members) are not suggested either."""
    people = [s for s in summaries if s.kind == "person"]
    blocks: dict[str, list[ActorSummary]] = defaultdict(list)
    for p in people:
        surname = fold_key(p.name.split()[-1])
        blocks[surname[:2]].append(p)
    out: list[tuple[str, str, float]] = []
    for group in blocks.values():
        for i, a in enumerate(group):
            sa = fold_key(a.name.split()[-1])
            fa = fold_key(a.name.split()[0]) if " " in a.name else ""
            for b in group[i + 1:]:
                sb = fold_key(b.name.split()[-1])
                score = fuzz.ratio(sa, sb)
                if score < threshold:
                    continue
                fb = fold_key(b.name.split()[0]) if " " in b.name else ""
                if fa and fb and fuzz.ratio(fa, fb) < 70:
                    continue  # same or similar surname, different first names: two people
                if fold_key(a.name) == fold_key(b.name):
                    continue
                out.append((a.name, b.name, round(float(score), 1)))
    out.sort(key=lambda t: -t[2])
    return out
