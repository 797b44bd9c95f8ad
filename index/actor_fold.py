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


def _canonical(actor: ArticleActor, aliases: Aliases) -> str:
    return aliases.canonical(actor.name) or actor.name


def fold_corpus(per_article: dict[str, list[ArticleActor]], aliases: Aliases) -> list[ActorSummary]:
    """Corpus-wide actors: alias groups, case/accent/middle-initial folding, and lone surnames folded
    into the only full name with that surname; most-covered actors first."""
    accs: dict[tuple[str, str], _Acc] = {}
    for article_id, actors in per_article.items():
        for actor in actors:
            name = _canonical(actor, aliases)
            key = (actor.kind, _person_key(name) if actor.kind == "person" else fold_key(name))
            acc = accs.get(key)
            if acc is None:
                acc = accs[key] = _Acc(name=name, kind=actor.kind)
            elif " " in name and len(name) < len(acc.name):
                acc.name = name  # prefer the shorter full form ("Paul Ryan" over "Paul D. Ryan")
            acc.roles.update(actor.roles)
            for s in actor.spellings:
                acc.spellings.setdefault(s)
            acc.mentions += len(actor.mentions)
            acc.articles.add(article_id)
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
