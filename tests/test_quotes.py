"""Quote finding and the basic attribution patterns on short made-up sentences, plus the labelled-fixture
accuracy targets. The finer speaker rules are in test_speakers.py."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ is not an installed package

from index.extract import extract
from index.models import Paragraph
from quote_support import ALIASES, one, quotes


def test_pronoun_after_quote_resolves_to_named_person() -> None:
    q = quotes("Mayor Lena Ortiz said on Monday that the bridge would reopen.\n\n\u201cWe fixed it in time,\u201d she said.")
    assert q[0].speaker == "Lena Ortiz" and q[0].kind == "full" and q[0].cue == "said"
    assert q[0].text == "We fixed it in time"


def test_said_then_name_with_title_between() -> None:
    q = one('"The budget is balanced," said Finance Minister Arvo Lindqvist.')
    assert q.speaker == "Arvo Lindqvist" and q.kind == "full"


def test_name_said_colon_before_quote_straight_marks() -> None:
    q = one('Senator Tom Byrne said: "I will vote against the bill."')
    assert q.speaker == "Tom Byrne"


def test_told_object_is_not_the_speaker() -> None:
    q = one("Governor Ruth Adler told Senator Tom Byrne: \u201cYou are wrong about the dam.\u201d")
    assert q.speaker == "Ruth Adler"


def test_according_to() -> None:
    q = one('The plan is "dead on arrival," according to Senator Tom Byrne.')
    assert q.speaker == "Tom Byrne" and q.kind == "partial"


def test_partial_quote_inside_sentence() -> None:
    q = one("Lena Ortiz said the mayor \u201cwould certainly consider\u201d a second term.")
    assert q.kind == "partial" and q.speaker == "Lena Ortiz" and q.text == "would certainly consider"


def test_quote_continues_after_attribution() -> None:
    q = quotes('"We are ready," Lena Ortiz said. "The trucks leave at dawn."')
    assert [x.speaker for x in q] == ["Lena Ortiz", "Lena Ortiz"]
    assert q[1].text == "The trucks leave at dawn."


def test_role_reference_resolves_to_actor() -> None:
    text = ("Secretary of State Jane Holloway met Senator Tom Byrne.\n\n"
            "\u201cThe talks were useful,\u201d the secretary of state said.")
    assert one(text).speaker == "Jane Holloway"


def test_alias_canonical_speaker() -> None:
    q = one('"We will not give up," Zelenskyy said.')
    assert q.speaker == "Volodymyr Zelensky"


def test_scare_quote_without_speaker_has_reason() -> None:
    q = one('The so-called "peace dividend" never arrived.')
    assert q.kind == "partial" and q.speaker is None and q.reason


def test_single_word_label_is_partial() -> None:
    q = one('Arvo Lindqvist called the minister a "dictator" in a speech.')
    assert q.kind == "partial" and q.speaker == "Arvo Lindqvist"


def test_unnamed_source_is_not_guessed() -> None:
    q = one('Senator Tom Byrne left early. "It was a setup," an aide to the committee said.')
    assert q.speaker is None and "unnamed" in (q.reason or "")


def test_show_title_is_not_speech() -> None:
    q = quotes('Senator Tom Byrne said on NBC\'s "Meet The Press", "We have the votes."')
    assert q[0].speaker is None and q[1].speaker == "Tom Byrne"


def test_odd_marks_do_not_swallow_the_article() -> None:
    body = 'Lena Ortiz said "the plan works. ' + "The council met again and again. " * 60
    text = body + "\n\nTom Byrne left.\n\nA second paragraph with \"a quote\" here."
    found = quotes(text)
    assert all(len(q.text) < 700 for q in found)
    assert all("\n\n" not in q.text for q in found)


def test_quote_never_crosses_paragraphs() -> None:
    found = quotes('"We start now, Lena Ortiz said.\n\nTom Byrne disagreed," he said.')
    assert all("\n" not in q.text for q in found)


def test_stray_closing_mark_recovers_the_sentence() -> None:
    q = quotes('"Why now?" The plan was rushed," the aide said.')
    assert any(x.text.startswith("The plan was rushed") for x in q)


def test_captions_and_headings_give_no_quotes() -> None:
    paras = [Paragraph('"Hello there," she said.', "caption", 0), Paragraph('"A Title," He Says', "heading", 27)]
    assert extract("t", paras, ALIASES).quotes == []


def test_duplicate_quotes_reported_once() -> None:
    found = quotes('"Costs will fall," Lena Ortiz said.\n\n"Costs will fall," Lena Ortiz said.')
    assert len(found) == 1


def test_fixture_accuracy_meets_targets() -> None:
    from benchmarks.accuracy import evaluate

    rates = evaluate()
    assert rates["quote_recall"] >= 0.9
    assert rates["speaker_accuracy"] >= 0.9
    assert rates["chrome_actors"] == 0


def test_seed_001_speakers() -> None:
    from benchmarks.accuracy import FIXTURE, load_aliases, load_article

    ex = extract("001", load_article(FIXTURE / "articles" / "001_19302534d2ced3f7.txt"), load_aliases())
    speakers = {q.speaker for q in ex.quotes}
    assert {"Donald Trump", "Vladimir Putin", "Karoline Leavitt", "JD Vance", "Andrii Sybiha"} <= speakers


def test_a_mark_whose_space_went_on_the_wrong_side_opens_the_next_quote() -> None:
    found = quotes('Tom Poe says the army was right to protect diplomats in the region." But this should not be our only '
                   'goal," he wrote." If we do not act now, others will suffer," he added. The vote is next week.')
    assert [q.text for q in found] == ["But this should not be our only goal",
                                       "If we do not act now, others will suffer"]
    assert all(q.speaker == "Tom Poe" for q in found)
    assert "vote is next week" not in " ".join(q.text for q in found)
