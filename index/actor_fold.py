"""Fold per-article actors into corpus-wide actors and suggest (never apply) fuzzy merges of people."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from index.aliases import Aliases, fold_key
from index.models import ActorSummary, ArticleActor

_INITIAL = re.compile(r"^[A-Z]\.?$")


@dataclass
class _Acc:
    name: str
    kind: str
    roles: Counter[str] = field(default_factory=Counter)
    spellings: dict[str, None] = field(default_factory=dict)
    mentions: int = 0
    articles: set[str] = field(default_factory=set)


def _person_key(name: str) -> str:
    """Key that ignores middle initials and case: "Paul D. Ryan" and "Paul Ryan" share one."""
    words = [w for w in name.split() if not _INITIAL.match(w)]
    return fold_key(" ".join(words))


def _initials(name: str) -> str:
    """The middle initials of a name, dots dropped: "George H. W. Bush" -> "HW"."""
    return "".join(w.rstrip(".") for w in name.split()[1:-1] if _INITIAL.match(w))


def _person_keys(weights: Counter[str]) -> dict[str, str]:
    """name -> folding key, given each name's article count. Middle initials are ignored ("Paul D. Ryan"
    is "Paul Ryan") unless the corpus holds two sets of initials for one name: George W. Bush and George
    H. W. Bush are two people. Then a name without initials joins the variant with five times the articles
    of the next, or stays apart (it could be either)."""
    variants: dict[str, Counter[str]] = defaultdict(Counter)
    for name, weight in weights.items():
        variants[_person_key(name)][_initials(name)] += weight
    keys = {}
    for name in weights:
        base = _person_key(name)
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


def fold_summaries(rows: list[ActorSummary], aliases: Aliases) -> list[ActorSummary]:
    """Fold actors grouped by exact name into corpus-wide actors: alias groups, case/accent/middle-initial
    folding, and lone surnames folded into the full name with that surname when it is unambiguous.
    Most-covered actors first. Rows must carry their article_ids (the counts are recomputed from them)."""
    accs: dict[tuple[str, str], _Acc] = {}
    canonical = {row.name: aliases.canonical(row.name) or row.name for row in rows}
    person_weights: Counter[str] = Counter()
    for row in rows:
        if row.kind == "person":
            person_weights[canonical[row.name]] += len(row.article_ids)
    person_keys = _person_keys(person_weights)
    name_weight: Counter[tuple[tuple[str, str], str]] = Counter()
    for row in rows:
        name = canonical[row.name]
        key = (row.kind, person_keys[name] if row.kind == "person" else fold_key(name))
        acc = accs.get(key)
        if acc is None:
            acc = accs[key] = _Acc(name=name, kind=row.kind)
        name_weight[(key, name)] += row.mentions
        best = name_weight[(key, acc.name)]
        if " " in name and (name_weight[(key, name)], -len(name)) > (best, -len(acc.name)):
            acc.name = name  # the full form written most often ("George W. Bush" over "George W Bush")
        acc.roles.update(row.roles)
        for s in row.spellings:
            acc.spellings.setdefault(s)
        acc.mentions += row.mentions
        acc.articles.update(row.article_ids)
    _fold_lone_surnames(accs)
    out = [
        ActorSummary(
            name=a.name,
            kind=a.kind,
            roles=[r for r, _ in a.roles.most_common()],
            spellings=list(a.spellings),
            mentions=a.mentions,
            articles=len(a.articles),
            article_ids=sorted(a.articles),
        )
        for a in accs.values()
    ]
    out.sort(key=lambda s: (-s.articles, -s.mentions, s.name))
    return out


def _fold_lone_surnames(accs: dict[tuple[str, str], _Acc]) -> None:
    """Fold a one-word person ("Trump") into the full name with that surname when it is unambiguous:
    the only one, or one with at least five times the articles of the next."""
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, acc in accs.items():
        if acc.kind == "person" and " " in acc.name:
            by_surname[fold_key(acc.name.split()[-1])].append(key)
    for key in [k for k, a in accs.items() if a.kind == "person" and " " not in a.name]:
        cands = sorted(by_surname.get(key[1], []), key=lambda k: -len(accs[k].articles))
        if not cands:
            continue
        if len(cands) > 1 and len(accs[cands[0]].articles) < 5 * len(accs[cands[1]].articles):
            continue
        lone, target = accs.pop(key), accs[cands[0]]
        target.roles.update(lone.roles)
        for s in lone.spellings:
            target.spellings.setdefault(s)
        target.mentions += lone.mentions
        target.articles |= lone.articles


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
