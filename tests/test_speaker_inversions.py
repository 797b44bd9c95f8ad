"""Attributions that put the name after the quote or the verb before the name ("…, spokeswoman Jane Roe told
CNN.", "said CNN analyst Jane Roe", "Said Roe: “…”"), on short made-up sentences; each fails without its rule."""
from __future__ import annotations

from quote_support import ALIASES, one, quotes


def test_closing_attribution_with_a_lowercase_role_before_the_name() -> None:
    q = one('"Dozens of people, perhaps up to 100," have tried to join the groups, State Department spokeswoman '
            'Ann Holt told reporters.')
    assert q.speaker == "Ann Holt"


def test_inverted_cue_names_the_person_not_the_outlet_in_his_title() -> None:
    found = quotes('"There is certainly contact between the two branches," said CNN national security analyst Peter Vance.\n\n'
                   'He said the ties between the groups "go back a very long time."')
    assert [q.speaker for q in found] == ["Peter Vance", "Peter Vance"]


def test_sentence_opening_said_before_a_name_known_by_title() -> None:
    found = quotes('President Lomax signed the order on Tuesday.\n\n'
                   'Said Lomax: "To all of the hurting families, I want you to know we mourn."')
    assert [q.speaker for q in found] == ["Lomax"]


def test_quoted_object_may_carry_a_title() -> None:
    q = one('"We are accepting the decision," the Valley Herald quoted state Senate Majority Leader Jake Orman, '
            'one of the lawmakers who sued.')
    assert q.speaker == "Jake Orman"


def test_occupation_before_a_name_with_an_appositive_or_right_before_the_cue() -> None:
    found = quotes('"There is a reason they are called leaders," Daily Courier writer Matt Lowe, who was critical '
                   'of the speech, told the paper.\n\n'
                   '"Trade flows have been volatile," Parcel Service Inc. chief financial officer Kurt Kuhn said this week.')
    assert [q.speaker for q in found] == ["Matt Lowe", "Kurt Kuhn"]


def test_he_after_a_sentence_opening_with_an_occupation_and_a_name() -> None:
    found = quotes('"It was a stunt," said Paul Grey, a writer.\n\n'
                   'Times columnist Ross Dale was particularly scathing about the speech.\n\n'
                   '"He flipped the bird to people who are dying," he tweeted.')
    assert [q.speaker for q in found] == ["Paul Grey", "Ross Dale"]


def test_state_qualified_role_reference_to_the_only_senator_whose_role_names_no_state() -> None:
    found = quotes('Republican Sen. Rob Porter said now is not the time for raises.\n\n'
                   '"The last thing Washington should do is reward itself," the Ohio senator said.')
    assert [q.speaker for q in found] == ["Rob Porter"]


def test_agent_of_a_passive_speech_verb_is_the_speaker() -> None:
    found = quotes('The policy shift was dubbed "a terrific revolution" by the late American diplomat Averell Hart. '
                   'The militant, commonly known as "Spin Gul," was extradited, said Adam Rowe.')
    assert [q.speaker for q in found] == ["Averell Hart", None]


def test_more_cue_verbs_predicts_concedes_and_a_participle_after_the_main_clause() -> None:
    found = quotes('"Hong Kong will have to take instructions on this," predicts Michael Dale, a law professor.\n\n'
                   'Ana Ruiz wasted no time attacking the Trump administration over the raid, falsely tweeting: '
                   '"Daily reminder that we have a ban in this country."\n\n'
                   'He welcomed "CNN sucks!" chants at rallies, said Ana Ruiz.')
    assert [q.speaker for q in found] == ["Michael Dale", "Ana Ruiz", None]


def test_party_state_tag_colon_clause_and_coordinated_said() -> None:
    found = quotes('Rep. Mark Mead, R-N.C., chairman of the Liberty Caucus, said the push was a "good plan" for all.\n\n'
                   'Other Republicans are warning the party not to go there: Sen. Rich Burrows (R-N.C.) called it the '
                   '"dumbest idea" he had ever heard.\n\n'
                   'President Lomax plans to end the program. He has challenged Congress to act and said Tuesday '
                   '"I would love to see a shutdown."\n\n'
                   'He could be safe "for months if not years," according to one of the colony\'s top legal experts, Simon Yung.')
    assert [q.speaker for q in found] == ["Mark Mead", "Rich Burrows", "Lomax", "Simon Yung"]


def test_state_qualified_role_reference_to_the_senator_named_just_before() -> None:
    found = quotes('Sen. Mark Begley and Sen. Lisa Murk spoke on Monday.\n\n'
                   'Later, Republican Sen. Rob Porter said now is not the time for raises.\n\n'
                   '"The last thing Washington should do is reward itself," the Ohio senator said.')
    assert [q.speaker for q in found] == ["Rob Porter"]


def test_long_corporate_title_and_as_the_historian_has_written() -> None:
    found = quotes('"Trade flows have been very volatile," United Parcel Service Inc. chief financial officer Kurt Kuhn said.\n\n'
                   'The complaint was about "clubbing" — "the routine bludgeoning of citizens by patrolmen," as the '
                   'historian Marilyn Jones has written.')
    assert [q.speaker for q in found][0] == "Kurt Kuhn" and found[-1].speaker == "Marilyn Jones"


def test_inverted_says_with_an_appositive_before_the_quote_then_he() -> None:
    found = quotes('Ed Snow fled to the city in May.\n\n'
                   'If Snow asks for asylum, says Professor Sam Young, head of the Centre for Public Law, "he is going '
                   'nowhere" soon. A recent ruling, he explains, means that "the state cannot return anyone who claims '
                   'he will be persecuted."')
    assert [q.speaker for q in found] == ["Sam Young", "Sam Young"]


def test_quote_after_a_sentence_closing_with_says_name() -> None:
    found = quotes('In 2007 Vargs advised the campaign against Hilda Klinton.\n\n'
                   'Klinton and her supporters grossly exaggerated her influence, says Trina Vargs. "The tall tales just '
                   'kept growing."')
    assert [q.speaker for q in found] == ["Trina Vargs"]


def test_dash_signature_line_under_a_quote_paragraph_names_its_speaker() -> None:
    found = quotes('The plan fell through on Friday.\n\n"I will just add one thing. That is the end of it."\n\n'
                   '-- Charles Kraut on Special Report.')
    assert [q.speaker for q in found] == ["Charles Kraut"]


def test_said_surname_of_home_state_after_a_quote() -> None:
    found = quotes('Rep. Tom MacArt, R-N.J., voted no.\n\n"So we have to land this plane," Dent said after the vote.\n\n'
                   '"I just could not vote because we are going too fast," said MacArt of New Jersey.')
    assert [q.speaker for q in found] == ["Dent", "Tom MacArt"]


def test_question_quote_before_a_capitalised_name_and_cue() -> None:
    found = quotes('Trump called on CNN correspondent Kaitlan Collard.\n\n'
                   '"Can I ask you a question?" Collard said, appearing to refer to Jiang.')
    assert [q.speaker for q in found] == ["Kaitlan Collard"]


def test_long_book_title_in_an_appositive_then_writes_that() -> None:
    found = quotes('Technology scholar Evgeny Moroz, author of "To Save Everything, Click Here: The Folly of '
                   'Technological Solutionism," writes that "solutionists err by assuming the problems."')
    assert [q.speaker for q in found] == [None, "Evgeny Moroz"]


def test_military_abbreviation_is_no_sentence_end_for_he() -> None:
    found = quotes('Vice Adm. Joe Aucon briefed reporters. Aucon said the cabin of the captain, Cmdr. Bryce Benz, '
                   'was destroyed. "He is lucky to be alive," he added.')
    assert [q.speaker for q in found] == ["Joe Aucon"]


def test_but_clause_with_its_own_named_subject_and_a_sign_that_said() -> None:
    found = quotes('Tulsa Mayor Ted Bynes declared a curfew but President Trump later announced it had been lifted for "our many '
                   'supporters" at the rally.\n\nHe spoke in front of a large sign that said "AMERICA LEADS THE WORLD".')
    assert [q.speaker for q in found] == ["Trump", None]


def test_quote_paragraph_after_a_heading_continues_the_paragraph_before() -> None:
    from index.extract import extract
    from index.models import Paragraph
    texts = [("body", '"We are vulnerable on those platforms," Roger McNab said.'), ("heading", "Penguin"),
             ("body", '"So I am not surprised that the business is great."')]
    paras, pos = [], 0
    for kind, t in texts:
        paras.append(Paragraph(text=t, kind=kind, start=pos))
        pos += len(t) + 2
    found = extract("t", paras, ALIASES).quotes
    assert [q.speaker for q in found] == ["Roger McNab", "Roger McNab"]


def test_cues_inside_an_opening_participle_phrase_are_not_the_attribution() -> None:
    found = quotes('Vice President Mike Pens stayed at the hotel.\n\nAsked on Tuesday if the president asked Pens to '
                   'stay there, his chief of staff, Marc Shore, told reporters it was not "a request, like a command."')
    assert [q.speaker for q in found] == ["Marc Shore"]


def test_two_apostrophe_closing_marks_and_an_orgs_possessive_appositive() -> None:
    found = quotes("\"We had a long relationship with the pollster. We are concerned,'' said David Calloway, the editor. "
                   "\"But we trust them.''\n\n"
                   "John Jossel, Associated Gun Clubs of Baltimore's legislative vice president, said the limits are "
                   "\"an unconstitutional violation\" of rights.")
    assert [q.speaker for q in found] == ["David Calloway", "David Calloway", "John Jossel"]
    assert not any(q.text.endswith("'") for q in found)


def test_role_reference_to_an_attorney_general() -> None:
    found = quotes('Attorney General Eric Holden said the door was open.\n\n'
                   'But in Snow\'s case, the attorney general insisted, "Clemency is not something we will consider."')
    assert [q.speaker for q in found] == ["Eric Holden"]


def test_verbs_of_manner_report_speech() -> None:
    q = one('"Who am I going to irritate by cutting them?" vented longtime ally Tom Poe, who oversees the count.')
    assert q.speaker == "Tom Poe"
    found = quotes('The party gave Lena Ortiz a chance, with Ortiz slamming what she called a "grotesque level of '
                   'disparities." "We are going to end that," she said.')
    assert [x.speaker for x in found] == ["Lena Ortiz", "Lena Ortiz"]


def test_participle_after_a_relative_clause_aside_belongs_to_the_sentence_subject() -> None:
    q = one('Sen. Tom Poe (R-Texas), who called Dana Fort a liar on the Senate floor, also came to her defense, '
            'tweeting that "this is unbelievable even for Twitter."')
    assert q.speaker == "Tom Poe"


def test_name_and_cue_after_a_quote_ending_in_a_nested_question() -> None:
    text = ("Matt Schlepp spoke.\n\n\u201cPeople will criticize us, and say, \u2018well, can\u2019t you be a good "
            "American?\u2019\u201d Schlepp said. \u201cYou could be well-meaning.\u201d")
    assert [q.speaker for q in quotes(text)] == ["Matt Schlepp", "Matt Schlepp"]
