"""Speakers named by the page's layout or by a long role rather than a cue verb: epigraph signatures after the
quote, a person's document "began" a quote, a role with an office and an acronym in brackets before the name."""
from __future__ import annotations

from quote_support import one, quotes


def test_epigraph_signed_after_a_dash_in_the_same_paragraph() -> None:
    q = one('"You never let a good crisis go to waste. It is a chance to act." - Tom Poe\n\nA day later the bill passed.')
    assert q.speaker == "Tom Poe"
    q = one('\u201cFreedom is a choice we make every day.\u201d \u2014Dana Fort Jr.\n\nIt is time to act.')
    assert q.speaker == "Dana Fort Jr."
    q = one('"The economy is in a glide." \u2014 Tom Gara, a columnist at a news site\n\nForecasts differ.')
    assert q.speaker == "Tom Gara"


def test_a_dash_inside_the_writers_sentence_is_no_signature() -> None:
    q = one('"We will win," she said - Tom Poe was in the room and nodded.')
    assert q.speaker != "Tom Poe"
    q = one('Lena Ortiz spoke first. "We will win." - and the room fell silent as Tom Poe walked out of it.')
    assert q.speaker != "Tom Poe"


def test_a_persons_statement_that_began_with_the_quote_is_theirs() -> None:
    found = quotes('Lena Ortiz did not walk back her claim.\n\n'
                   '\u201cThese are my views,\u201d Tom Poe\u2019s statement began. \u201cFirst: there was no deal.\u201d')
    assert [q.speaker for q in found] == ["Tom Poe", "Tom Poe"]
    assert one('"We acted within the law," Lena Ortiz\'s letter concluded.').speaker == "Lena Ortiz"


def test_long_role_with_an_office_and_a_bracketed_acronym_before_the_name() -> None:
    q = one('"We are seeing fire whirls," California department of forestry and fire protection (CalFire) chief '
            'Ken Pimm told reporters.')
    assert q.speaker == "Ken Pimm"


def test_an_opening_clause_before_the_name_is_no_role() -> None:
    q = one('Lena Ortiz ran the group.\n\nWhile attending New York University School of Law, Tom Poe was a fellow at '
            'the group, which was founded to challenge the "legal status of the zone."')
    assert q.speaker is None
