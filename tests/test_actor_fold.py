"""Corpus folding of actors: aliases, middle initials, lone surnames, and merge suggestions that never
join people who only share a first name."""
from __future__ import annotations

from index.actor_fold import fold_corpus, suggest_merges
from index.aliases import Aliases
from index.models import ArticleActor, Mention

ALIASES = Aliases(groups={"Volodymyr Zelensky": ["Zelensky", "Zelenskyy", "Vladimir Zelensky"], "Kyiv": ["Kiev"]})


def person(name: str, n: int = 1, kind: str = "person") -> ArticleActor:
    return ArticleActor(name=name, kind=kind, spellings=[name], mentions=[Mention(i, i + 1, "x") for i in range(n)])


def by_name(summaries: list) -> dict:
    return {s.name: s for s in summaries}


def test_alias_spellings_fold_into_one_actor() -> None:
    per = {"a": [person("Zelensky", 2)], "b": [person("Vladimir Zelensky")], "c": [person("Volodymyr Zelensky")]}
    found = by_name(fold_corpus(per, ALIASES))
    z = found["Volodymyr Zelensky"]
    assert z.articles == 3 and z.mentions == 4
    assert {"Zelensky", "Vladimir Zelensky"} <= set(z.spellings)


def test_places_fold_through_aliases() -> None:
    per = {"a": [person("Kiev", kind="place")], "b": [person("Kyiv", kind="place")]}
    assert by_name(fold_corpus(per, ALIASES))["Kyiv"].articles == 2


def test_shared_first_name_never_merges() -> None:
    per = {"a": [person("Vladimir Putin"), person("Vladimir Medinsky")]}
    summaries = fold_corpus(per, ALIASES)
    assert {"Vladimir Putin", "Vladimir Medinsky"} <= set(by_name(summaries))
    assert suggest_merges(summaries) == []


def test_middle_initial_and_lone_surname_fold() -> None:
    per = {"a": [person("Paul D. Ryan")], "b": [person("Paul Ryan")], "c": [person("Ryan")]}
    found = by_name(fold_corpus(per, ALIASES))
    assert found["Paul Ryan"].articles == 3 and "Ryan" not in found


def test_ambiguous_lone_surname_stays_alone() -> None:
    per = {"a": [person("Betsy DeVos")], "b": [person("Dick DeVos")], "c": [person("DeVos")]}
    assert "DeVos" in by_name(fold_corpus(per, ALIASES))


def test_similar_surname_spellings_are_suggested_not_merged() -> None:
    per = {"a": [person("Hanna Kowalczyk")], "b": [person("Hanna Kowalczik")]}
    summaries = fold_corpus(per, ALIASES)
    assert len(summaries) == 2
    pairs = suggest_merges(summaries)
    assert pairs and {pairs[0][0], pairs[0][1]} == {"Hanna Kowalczyk", "Hanna Kowalczik"} and pairs[0][2] >= 85


def test_family_members_are_not_suggested() -> None:
    summaries = fold_corpus({"a": [person("Betsy DeVos"), person("Dick DeVos")]}, ALIASES)
    assert suggest_merges(summaries) == []


def test_seeds_fold_zelensky_and_keep_medinsky_apart() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.accuracy import FIXTURE, load_aliases, load_article
    from index.extract import extract

    aliases = load_aliases()
    per = {}
    for path in sorted((FIXTURE / "articles").glob("00*.txt")):
        per[path.stem] = extract(path.stem, load_article(path), aliases).actors
    found = by_name(fold_corpus(per, aliases))
    assert {"Zelensky", "Zelenskyy", "Vladimir Zelensky"} <= set(found["Volodymyr Zelensky"].spellings)
    assert "Vladimir Medinsky" in found and "Vladimir Putin" in found
    assert not any(n in found for n in ("Why It Matters", "What To Know", "Show More", "Similar News"))


def test_two_sets_of_middle_initials_are_two_people() -> None:
    per = {"a": [person("George W. Bush", 2)], "b": [person("George H. W. Bush")], "c": [person("George W Bush")],
           "d": [person("George Bush")]}
    found = by_name(fold_corpus(per, ALIASES))
    assert found["George W. Bush"].articles == 2 and found["George H. W. Bush"].articles == 1
    assert "George Bush" in found  # could be either: left alone


def test_a_bare_name_joins_the_initials_that_dominate() -> None:
    per = {f"w{i}": [person("George W. Bush")] for i in range(5)}
    per |= {"hw": [person("George H. W. Bush")], "bare": [person("George Bush")]}
    found = by_name(fold_corpus(per, ALIASES))
    assert found["George W. Bush"].articles == 6 and "George Bush" not in found


def test_the_corpus_actor_list_folds_lone_surnames(seed_library) -> None:  # noqa: ANN001 - Library fixture
    """`parallax actors` without an id: an article that only says "Rubio" counts for Marco Rubio."""
    people = {a.name: a for a in seed_library.actors(kind="person")}
    assert "Rubio" not in people and "Putin" not in people
    assert people["Marco Rubio"].articles >= 4


def test_short_first_name_folds_with_the_formal_one_across_articles() -> None:
    per = {"a": [person("Mike Bloomfield", 3)], "b": [person("Michael Bloomfield")], "c": [person("Mike Bloomfield")]}
    found = by_name(fold_corpus(per, ALIASES))
    assert found["Mike Bloomfield"].articles == 3 and "Michael Bloomfield" not in found
    assert set(found["Mike Bloomfield"].spellings) == {"Mike Bloomfield", "Michael Bloomfield"}
