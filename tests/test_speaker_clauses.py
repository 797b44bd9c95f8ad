"""Speaker attribution across a sentence's clauses: an opening subordinate clause ("When X arrived, he said"),
a colon lead-in with no speech verb, and a long opening phrase before the main clause. Made-up sentences, each
failing without its rule."""
from __future__ import annotations

from quote_support import quotes


def test_he_after_a_subordinate_clause_naming_one_man_is_that_man() -> None:
    text = ('Blogger Tom Harker concluded that "it could only get worse." It seems long ago, but when Carl Meyer took '
            'office two years ago, he spoke of deals that would include "a little less drama."')
    assert [q.speaker for q in quotes(text)] == ["Tom Harker", "Carl Meyer"]


def test_he_after_a_subordinate_clause_naming_a_woman_is_not_her() -> None:
    text = '"It is," Steve Daines said. As Elizabeth Warren began to speak, he added, "And the senator is warned."'
    assert quotes(text)[-1].speaker == "Steve Daines"


def test_he_after_a_subordinate_clause_naming_two_people_stays_with_the_earlier_speaker() -> None:
    text = ('"We will see," Carl Meyer said. When Tom Harker and Dan Pruitt arrived, he added, "It is late."')
    assert quotes(text)[-1].speaker == "Carl Meyer"


def test_colon_lead_in_after_a_subordinate_clause_with_a_cue_is_the_main_subject() -> None:
    text = ("After Mitt Romney repeated his complaint about the fleet, Barack Obama got off a line that launched a meme: "
            '"Well, governor, we also have fewer horses."')
    assert quotes(text)[0].speaker == "Barack Obama"


def test_cue_in_the_main_clause_after_a_subordinate_clause_still_counts() -> None:
    text = 'When Tom Harker asked about the fleet, Carl Meyer said: "We also have fewer horses."'
    assert quotes(text)[0].speaker == "Carl Meyer"


def test_colon_lead_in_after_a_long_opening_participle_phrase_is_the_main_subject() -> None:
    text = ("The talks stalled on Monday. Asked after attending a meeting of his own on Thursday with the governor "
            "about the prospect of the debt limit lifting while the agency stays partially closed, Senate Majority "
            'Leader Harry Reid did not mince words: "It is not going to happen."')
    assert quotes(text)[0].speaker == "Harry Reid"


def test_participle_after_a_second_verb_of_the_subject_is_the_subjects() -> None:
    text = ("Pat McCrory said the fight was on. He met the president of the largest rights group, the Civic Rights "
            'Campaign (CRC), and came away calling him "Machiavellian." Sue Park met Tom Ray and Ray kept saying "no."')
    got = [q.speaker for q in quotes(text)]
    assert got == ["Pat McCrory", "Tom Ray"]


def test_participle_after_an_objects_name_is_the_sentence_subjects() -> None:
    text = 'Spokesman Josh Earnest singled out Chuck Grassley, declaring his comments "duplicitous."'
    assert quotes(text)[0].speaker == "Josh Earnest"


def test_name_inside_a_that_clause_after_said_is_no_inverted_speaker() -> None:
    text = ('Mary Dane, who is seen by investigators as a "person of interest," said through a lawyer that the '
            'attack Steven Pauls carried out caught her unaware. "It is a shame," said Steven Pauls.')
    got = [q.speaker for q in quotes(text)]
    assert got == [None, "Steven Pauls"]


def test_as_x_put_it_with_an_appositive_after_the_name() -> None:
    text = ('Sue Park argued the opposite. The other view is that "there is much less here than meets the eye," as '
            'Dean Barker, co-director of the progressive Center for Policy Research, put it in Salon.')
    assert quotes(text)[0].speaker == "Dean Barker"


def test_two_people_named_together_as_the_source_give_no_one_speaker() -> None:
    text = ('Donna Hoffman and Alan Howard study speeches. Obama had "full success" on eight measures, according to '
            'Hoffman and Howard\'s data. Jane Roe and Tom Ray said the plan was "a mess." The deal is "dead," '
            'according to Roe. Tom Ray said it was "fine."')
    got = [(q.speaker, q.reason) for q in quotes(text)]
    assert got == [(None, "several people"), (None, "several people"), ("Jane Roe", None), ("Tom Ray", None)]


def test_he_after_a_question_put_to_a_man_is_the_man_asked() -> None:
    text = ('Jake Tapper asked Rep. Jerry Nadler if he had any problem with the remark. He said "I have had no '
            'problem with that one." Jake Tapper asked Jerry Nadler to leave. He said "Go now."')
    assert [q.speaker for q in quotes(text)] == ["Jerry Nadler", "Jake Tapper"]


def test_he_after_a_long_setting_phrase_opening_a_colon_lead_in() -> None:
    text = ('Barack Obama raised climate change in January, but has offered few details since. In his February State '
            'of the Union, he issued an ultimatum to lawmakers: "If Congress will not act soon, I will."')
    assert quotes(text)[0].speaker == "Barack Obama"


def test_partial_quote_whose_clause_ends_in_a_titled_name_and_cue_far_from_the_mark() -> None:
    text = ('Laws that allow deadly force "sow dangerous conflict" and need to be reassessed, Attorney General Eric '
            'Holder said Tuesday in assailing the statutes that exist in many states.')
    assert quotes(text)[0].speaker == "Eric Holder"


def test_partial_quote_in_the_next_sentence_naming_nobody_continues_the_speaker() -> None:
    text = ('"The line is crossed when consumers lose faith," said Mark Zandel, chief economist at a bank. The virus '
            '"is especially corrosive on that faith." The word "faith" recurs. The "Great Reset" is a slogan.')
    got = [q.speaker for q in quotes(text)]
    assert got == ["Mark Zandel", "Mark Zandel", None, None]


def test_sentence_opening_with_a_possessors_role_and_name_makes_that_name_the_subject() -> None:
    text = ('Bernie Sanders campaigned in Ohio. "Let me be clear," Jeff Weller wrote on Monday.\n\nFor now, Sanders\u2019 '
            'senior strategist Tad Devlin has kept an open line to the rival campaign. But he said he is not ready to '
            'talk.\n\n"We decided to compete all the way," he said.')
    assert quotes(text)[-1].speaker == "Tad Devlin"


def test_he_after_an_opening_phrase_naming_one_possessor_is_him_but_not_a_mere_companion() -> None:
    text = ('Officials said gunman Syed Farouk asked Enrique Marquez to buy rifles. In a posting from Marquez\u2019s '
            'profile hours after the attack, he said, "I am very sorry." In a meeting with Marquez, he said, "Go."')
    assert [q.speaker for q in quotes(text)][0] == "Enrique Marquez"


def test_participle_after_a_he_sentence_is_his_not_the_object_of_its_preposition() -> None:
    text = ('The tax plan would be discussed, Carl Meyer confirmed. He refused to rule out a deal with Mr Harker, '
            'saying: "We are going to have to see."')
    assert quotes(text)[0].speaker == "Carl Meyer"


def test_participle_after_a_he_sentence_with_a_when_he_clause_is_still_his() -> None:
    text = ('The tax plan would be discussed, Carl Meyer confirmed. He refused to rule out a deal when he met Mr Harker, '
            'saying: "We are going to have to see."')
    assert quotes(text)[0].speaker == "Carl Meyer"



def test_he_in_a_when_clause_after_the_main_clause_is_the_sentence_subject() -> None:
    text = ('Carl Meyer is an author.\n\n(CNN) -- Tech visionary Tom Harker made headlines when he said recently '
            'that machines are like "summoning the demon" today.')
    assert quotes(text)[0].speaker == "Tom Harker"


def test_she_in_a_when_clause_does_not_take_a_man_opening_the_sentence() -> None:
    text = ('Carl Meyer is an author.\n\nTech visionary Tom Harker made headlines when she said recently '
            'that machines are like "summoning the demon" today.')
    assert quotes(text)[0].speaker != "Tom Harker"


def test_two_predicates_joined_by_and_after_a_phrase_share_the_subject() -> None:
    text = ('Senator Jane Roe arrived on Sunday. Roe sought forgiveness over the "open wound" of the abuse scandal and '
            'demanded "firm and decisive" measures.')
    assert [q.speaker for q in quotes(text)] == ["Jane Roe", "Jane Roe"]


def test_she_after_an_opening_though_clause_is_the_woman_named_after_its_comma() -> None:
    text = ('One is Patty Kerr of Oregon. "We voted," Kerr says.\n\n'
            'Though she is no longer in the Senate, Republican Nora Whitcombe of Kansas has shifted her view.\n\n'
            '"I would vote to end it now," she says.')
    assert [q.speaker for q in quotes(text)] == ["Patty Kerr", "Nora Whitcombe"]


def test_quote_before_a_contrasting_while_clause_is_not_that_clause_speakers() -> None:
    text = ("Barack Obama spoke on Saturday. In his radio address he said it was the party's \"prerogative\" to "
            '"let this tax hike hit the middle class," while Sen. Roy Blunder of Missouri countered by accusing '
            'Democrats of spending "months drawing lines in the sand."')
    assert [q.speaker for q in quotes(text)] == ["Barack Obama", "Barack Obama", "Roy Blunder"]


def test_a_persons_statement_after_an_opening_while_clause_with_a_cue_speaks_for_that_person() -> None:
    text = ("President Dan Pruitt and Sean Spicken met.\n\nWhile Pruitt repeatedly tweeted about it during the weekend, "
            'Spicken\'s statement said "neither the White House nor the President will comment further."')
    assert quotes(text)[0].speaker == "Sean Spicken"
