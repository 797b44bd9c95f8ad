"""Speakers named with a title, a party tag, a possessive role or a generational suffix, and words that look like a
speaker but are not one: short made-up sentences, each failing without its rule (eleventh session)."""
from __future__ import annotations

from quote_support import one, quotes


def test_bracketed_party_tag_then_appositive_before_the_cue() -> None:
    q = one('"This rule protects students," Sen. Ada Brenner (R-Tenn.), chairman of the Education Committee, '
            'said in a statement.')
    assert q.speaker == "Ada Brenner" and q.cue == "said"


def test_bracketed_state_tag_then_appositive_told_an_outlet() -> None:
    text = ('Vance Holt took over last week.\n\n'
            '"I doubt he can fix it," Rep. Tom Ruddle (Fla.), an ally of Holt\'s, told The Ledger in an interview.')
    assert quotes(text)[0].speaker == "Tom Ruddle"


def test_multiword_role_with_a_modifier_name_before_the_speaker() -> None:
    text = ('Omar Veld had a rough year.\n\n'
            '"He should make his case," former Veld White House chief of staff Rana Ekwueme told MSNBC last month.')
    assert quotes(text)[0].speaker == "Rana Ekwueme"


def test_cue_then_a_possessor_and_a_long_role_before_the_speaker() -> None:
    q = one('"It will be about streaming," vowed President Omar Veld\u2019s former ex-communications guru Dan Pfeffing.')
    assert q.speaker == "Dan Pfeffing"


def test_middle_initial_and_suffix_before_an_employer() -> None:
    q = one('"The public favors it," Gordon C. Eddards III of Texas A&M University wrote in an email.')
    assert q.speaker == "Gordon C. Eddards III"


def test_a_name_after_an_indefinite_article_is_a_kind_of_person_not_the_speaker() -> None:
    text = ('Nina Sorell studies the web. Mark Tramble runs for office.\n\n'
            'There is a \u201cgreater tie between these sites and elites,\u201d like a Dredge or a Tramble, she says.')
    assert quotes(text)[0].speaker == "Nina Sorell"


def test_former_member_of_an_acronym_organisation_is_unnamed() -> None:
    text = ('The Army is weighing the case of Sgt. Ron Bergholt.\n\n'
            '\u201cThe government is not interested in jail,\u201d the former JAG says.')
    q = quotes(text)[0]
    assert q.speaker is None and "unnamed" in (q.reason or "")


def test_he_after_an_unnamed_speakers_quote_is_that_unnamed_speaker() -> None:
    text = ('Sen. Bob Walters met the team on Monday.\n\n'
            '"We will not back down," a senior official said. "This is final," he added.\n\n'
            '"It is over," the former JAG says.\n\n\u201cI would be surprised,\u201d he says.')
    q = quotes(text)
    assert [x.speaker for x in q] == [None, None, None, None]
    assert all(x.reason and x.reason.startswith("unnamed speaker") for x in q)


def test_quotes_credited_after_a_dash_to_outlets_do_not_carry_on_the_speaker_before() -> None:
    text = ('Omar Veld said he is "the people" and the papers print headlines like:\n\n'
            '"Veld Will Wreck the Schools"\u2014The Daily Ledger\n\n'
            '"Is Omar Veld a Threat?"\u2014Northport Times')
    q = quotes(text)
    assert q[0].speaker == "Omar Veld" and [x.speaker for x in q[1:]] == [None, None]


def test_dash_credit_names_the_speaker_with_or_without_a_space_and_past_a_modifier() -> None:
    text = ('Rita Gallo, Omar Veld and Nora Pell met.\n\n'
            '"We will not pay."\u2014Rita Gallo\n\n'
            '"Congress is going to impeach him? Come on." \u2014 Veld attorney Rita Gallo\n\n'
            '"We are not doing a wall." \u2014 Speaker of the House Nora Pell')
    assert [x.speaker for x in quotes(text)] == ["Rita Gallo", "Rita Gallo", "Nora Pell"]


def test_the_object_of_an_infinitive_is_no_subject_of_a_trailing_participle_cue() -> None:
    q = one('Governor Ada Brenner has talked tough in trying to dissuade Mayor Tom Ruddle from closing the port, '
            'warning it would be a \u201cred line.\u201d')
    assert q.speaker == "Ada Brenner"


def test_whoever_is_told_after_a_telling_cue_is_the_listener_and_an_epithet_may_follow_an_opening() -> None:
    text = ('Omar Veld spoke on Monday.\n\n'
            'As for the rebels, the real-estate tycoon called them \u201ca couple of loudmouths,\u201d telling Fox News '
            'that even Reagan had critics.')
    q = quotes(text)[0]
    assert q.speaker == "Omar Veld" and q.cue == "called"


def test_the_doctor_refers_back_to_a_dr_unless_an_unnamed_doctor_came_in_between() -> None:
    text = ('The op-ed, penned by Dr. Dana Perlow, proposed a plan.\n\n'
            'The plan \u201cinvolves letting people at low risk catch it,\u201d the doctor wrote.\n\n'
            'Brian fell ill. Then a doctor asked an odd question.\n\n\u201cYou have CHS,\u201d the doctor told him.')
    assert [q.speaker for q in quotes(text)] == ["Dana Perlow", None]


def test_someone_or_one_agent_in_a_with_phrase_is_an_unnamed_speaker_but_not_in_a_when_clause() -> None:
    text = ('Pastor Mark Byrne spoke. When Byrne told the crowd that Veld is "pro-faith," someone shouted out '
            '"Veld is profane."\n\n'
            'The inspector said FBI experts found no breach, with one forensics agent saying he felt "fairly confident."\n\n'
            'Dana Perlow weighed in with a column accusing reporters of "engaging in innuendo."\n\n'
            'Margaret Thorne lost. When someone said that her colleagues had turned on her, she replied, "We are in politics."')
    assert [q.speaker for q in quotes(text)] == ["Mark Byrne", None, None, "Dana Perlow", "Margaret Thorne"]


def test_a_number_of_members_of_a_group_is_no_one_speaker() -> None:
    text = 'Paul Rydell spoke.\n\n"We urge you to reconsider," 107 House Republicans wrote in a letter.'
    assert quotes(text)[0].speaker is None


def test_said_no_ends_a_sentence_unless_a_number_follows() -> None:
    text = 'Jim Bredeston said no. Ledger editor Lena Barton, ranked No. 2 in the guild, said it was "appalling."'
    assert one(text).speaker == "Lena Barton"
