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
    q = one('"I want him censured." \u2014 Michigan Democratic Rep. Dana Fort\n\nA president was censured once.')
    assert q.speaker == "Dana Fort"


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


def test_as_name_put_it_wins_over_an_earlier_cue_in_the_sentence() -> None:
    q = one('Even Lena Ortiz and her ally Rep. Tom Poe, R-Ohio, conceded behind closed doors that the prosecutor '
            'was seen as "a bad guy," as Ortiz put it.')
    assert q.speaker == "Lena Ortiz"


def test_appositive_and_party_tag_around_the_name_after_a_quote() -> None:
    q = one('"The definitive account is the one from the ambassador," one of the president\'s staunchest allies, '
            'Rep. Tom Poe, R-Ohio, told reporters on Wednesday morning.')
    assert q.speaker == "Tom Poe"


def test_a_title_cased_show_after_told_is_a_title() -> None:
    found = quotes('Tom Poe spoke on Sunday. "We do not want to scare them," he told "Fox News Sunday."')
    assert [(q.speaker, q.reason) for q in found] == [("Tom Poe", None), (None, "a title, not speech")]


def test_a_he_inside_the_previous_quote_is_not_its_speaker() -> None:
    found = quotes('\u201cNo deal,\u201d Dana Fort wrote on Wednesday.\n\n'
                   '\u201cIt is the thing he has not learned,\u201d said Poe, discussing Fort\u2019s case.\n\n'
                   '\u201cIt is like being wrapped by a snake. The more you struggle, the worse it gets.\u201d')
    assert [q.speaker for q in found] == ["Dana Fort", "Poe", "Poe"]


def test_a_quote_paragraph_goes_on_from_the_one_before_across_a_caption() -> None:
    from index.aliases import Aliases
    from index.extract import extract
    from index.models import Paragraph

    texts = [('"The raid was a seismic event," said Tom Poe, a professor. "He is in serious trouble.', "body"),
             ("Tom Poe's client leaves a hotel on Friday. Photograph: Reuters", "caption"),
             ('"And sure enough, the president appears to have come unhinged."', "body")]
    paras, pos = [], 0
    for text, kind in texts:
        paras.append(Paragraph(text=text, kind=kind, start=pos))
        pos += len(text) + 2
    assert [q.speaker for q in extract("t", paras, Aliases(groups={})).quotes] == ["Tom Poe"] * 3


def test_a_space_between_nested_closing_marks_still_closes_the_quote() -> None:
    found = quotes("Tom Poe told ABC that the vote was a mistake.\n\n"
                   "\"As president, you start realizing, 'You know what? We can't play around with this,' \" he said. "
                   "\"And so that was a political vote.\"")
    assert [q.speaker for q in found] == ["Tom Poe", "Tom Poe"]
    assert found[0].text.endswith("play around with this,'")


def test_a_statement_from_a_person_after_the_quote_is_theirs() -> None:
    q = one('"Never before has a president asked for this," read a statement from Lamar Alden, who plans to retire.')
    assert q.speaker == "Lamar Alden"


def test_calling_someones_claims_a_quote_is_the_callers_description() -> None:
    found = quotes('Dana Fort made claims. Her claims were dismissed by an incredulous Tom Poe as "a joke," while '
                   'Sen. Lena Ortiz called Fort\'s claims "outlandish and without evidence."')
    assert [q.speaker for q in found] == ["Tom Poe", "Lena Ortiz"]


def test_appositive_opening_with_a_span_of_time_keeps_the_name_before_it_the_subject() -> None:
    q = one('Danny Werfal, two weeks into his stint as acting IRS commissioner, called the conference '
            '"an unfortunate vestige from a prior era."')
    assert q.speaker == "Danny Werfal"
