"""Actors that look like a person's name but are not one (a building named after a person), and surnames that look
like common words: made-up texts, each failing without its rule (split from test_actors.py)."""
from __future__ import annotations

from index.aliases import Aliases
from index.extract import extract, paragraphs_from_text

ALIASES = Aliases(groups={})


def test_building_named_after_a_person_is_a_place_and_never_the_speaker() -> None:
    text = ('Mr. Halvorsen lied about plans to build a Halvorsen Tower in Oslo and met donors at the Lindqvist Memorial.\n\n'
            '"I did nothing wrong," Halvorsen said.')
    paras = paragraphs_from_text(text)
    result = extract("t", paras, ALIASES)
    kinds = {a.name: a.kind for a in result.actors}
    assert kinds["Halvorsen Tower"] == "place" and kinds["Lindqvist Memorial"] == "place"
    assert result.quotes[0].speaker == "Halvorsen"


def test_surname_that_is_a_demonym_refers_back_beside_a_speech_verb_only() -> None:
    text = ('Mark Cuban met the Cuban envoy.\n\n"This is a moving target," said Cuban, who backed the plan.\n\n'
            'Cuban said he would stay. The Cuban said nothing. He said Cuban exiles were angry.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    cuban = next(a for a in result.actors if a.name == "Mark Cuban")
    assert [m.text for m in cuban.mentions] == ["Mark Cuban", "Cuban", "Cuban"]
    assert result.quotes[0].speaker == "Mark Cuban"
