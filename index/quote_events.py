"""Who each sentence and cue verb is about, recorded for he/she resolution, and the subject of one cue.

- note_subjects walks the narrative text near quotes and records (position, person) events: the subject of each
  cue verb ("Roe said"), the person an inverted attribution names ("…, says Jane Roe."), the person a sentence
  opens with (after titles or a role, or after an opening phrase), and an unnamed speaker ("A former official
  explained") as an empty name, so a later he/she is that unnamed person, not anyone named before;
- cue_subject_of picks a cue's subject among the mentions before it (an appositive's head, not a name inside it);
- opening_person is the person a sentence opens with when a he/she comes later in it.
Split out of index/quotes.py, whose Attributor calls these.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.actors import ActorMention
from index.common_words import common_words
from index.quote_context import (PERSON_PAIR, TITLE_WORDS, appositive, is_modifier, opens_with_unnamed_person, role_lead,
                                 unnamed_speaker_cue)
from index.quote_fallbacks import OPENING_PHRASE
from index.quote_marks import MARK, sentence_break, sentence_starts
from index.quote_subjects import source_aside, subject_after_opening

if TYPE_CHECKING:
    from index.quote_attributor import Attributor

_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
_THAT_CLAUSE = re.compile(r"\s+that\s+")
_VERB_THAT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(\s+that\s+)")
# "Roe, as revealed in a documentary", "Roe was told": a passive cue's subject did not speak (one who "was asked"
# answers next, so keeps the subject)
PASSIVE_BEFORE = re.compile(r"\b(?:as|was|were|been|being|is|are|be)\s+$")
_PREP_BEFORE = re.compile(r"\b(?:of|by|for|in|after|before|while|without|from)\s+(?:[a-z]+ly\s+)?$")
# A sentence opening with an unnamed person a story keeps referring to ("The woman never filed a report")
_THE_UNNAMED = re.compile(r"(?:But |And )?The (?:[a-z]+ )?(?:woman|man|girl|boy|widow|teen|teenager|victim|accuser)\b(?!,\s+[A-Z])")
SUBORDINATE = re.compile(r"(?:As|When|While|After|Before|Since|Although|Though|If|Because|Until|Once|Unlike|Like)\b")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|as|after|because|before|while|since|until|once)\s+$")
# a short noun phrase that can only be a role before a name ("Tech visionary", "Conservative icon"): no verb-like word
_NOUN_LEAD = re.compile(r"(?:(?![A-Za-z]*ed\b|[A-Za-z]*ing\b|(?:has|had|is|was|says|told|and|but|with|of|to|for|by|about|met|saw)\b)"
                       r"[A-Za-z][\w’'.-]*\s+){0,3}")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,]*\s*)?\((?:CNN|AP|Reuters|AFP|UPI)\)\s*(?:--|[—–-])\s*")
_PREP_OPENING = re.compile(r"[\s“\"‘']*(?:In|On|At|From|During|Through|Via|Under)\s")
# the last subordinate clause before a comma: at the sentence start or after "but", "and", "yet" or a semicolon
_LAST_SUBORDINATE = re.compile(r"(?:^|,\s+(?:but|and|yet)\s+|;\s+|\b(?:But|And|Yet)\s+)(?:as|when|while|after|before|since|although|though|once|As|When|While|After|Before|Since|Although|Though|Once)\s+(?!.*,)", re.DOTALL)


def opening_person(attr: Attributor, a: int, end: int, text: str) -> str | None:
    """The person a sentence opens with (after titles only), when a he/she comes later in it."""
    head = text[a:end]
    start = a + len(head) - len(head.lstrip())
    comma = text.rfind(",", start, end)
    sub = None if comma < 0 or text[comma + 1:end].strip() else _LAST_SUBORDINATE.search(text[start:comma])
    if sub or SUBORDINATE.match(text, start):
        # "When Obama began his second term, he spoke of", "…, but when Roe arrived, she said": the one person of the
        # clause before the he/she's, when it fits that person's gender ("As Elizabeth Warren began to speak, he added")
        if not sub:
            return None
        persons = [m for m in attr.mentions_in(start + sub.end(), comma) if m.kind == "person"]
        word = text[end:end + 3].strip()
        if len({m.name for m in persons}) == 1 and attr.speaker_ok(persons[0]) and attr.gender_fits(persons[0].name, word):
            return persons[0].name
        return None
    if comma >= 0 and not text[comma + 1:end].strip() and _PREP_OPENING.match(text, start):
        # "In a posting from Marquez's profile hours later, he said": the one person of an opening phrase, a possessor
        # ("In a meeting with Obama, he said" is someone else)
        persons = [m for m in attr.mentions_in(start, comma) if m.kind == "person"]
        word = text[end:end + 3].strip()
        if len({m.name for m in persons}) == 1 and persons[0].possessive and attr.gender_fits(persons[0].name, word):
            return persons[0].name
    first = next((m for m in attr.mentions_in(start, end) if m.kind == "person"), None)
    # "Trump's effort to end it, even as he has said": a possessor opening the sentence is its he/she too
    if first and (attr.speaker_ok(first) or first.possessive) and TITLE_WORDS.fullmatch(text[start:first.start]) \
            and not sentence_break(text[first.end:end]):
        return first.name
    # "Tech visionary Elon Musk made headlines when he said": a he/she in a clause after the main one is the person
    # the sentence opens with, when that is its one person, named after a short noun phrase at most
    if first and _SUBORDINATE_BEFORE.search(text, max(start, end - 12), end) and attr.speaker_ok(first) \
            and not first.possessive and _NOUN_LEAD.fullmatch(_DATELINE.sub("", text[start:first.start], count=1)) \
            and len({m.name for m in attr.mentions_in(start, end) if m.kind == "person"}) == 1 \
            and not sentence_break(text[first.end:end]) and attr.gender_fits(first.name, text[end:end + 3].strip()):
        return first.name
    return None


def cue_subject_of(attr: Attributor, cands: list[ActorMention], cs: int, text: str) -> ActorMention:
    """The subject of the cue at cs among the mentions before it: the last one, unless an earlier
    person is followed by an appositive that runs up to the cue ("Smith, a former Jones aide, said")."""
    last = cands[-1]
    if last.kind == "person" and text.rfind(",", last.end, cs) < 0 and text.rfind(",", 0, last.start) > cands[0].end:
        return last  # "Valdez, who ignored it, Abbott said": a person after the appositive's comma is the subject
    for m in cands[:-1]:
        if m.kind == "person" and appositive().match(text, m.end, cs):
            return m
    return cands[-1]


def note_subjects(attr: Attributor, text: str, start: int, end: int) -> None:
    """Record who is the subject of each cue verb, and each sentence opening with a person, in narrative text."""
    starts = [start + off for off in sentence_starts(text[start:end])]
    unnamed = {c for a in starts if (c := unnamed_speaker_cue(text, a)) is not None}
    for cs, ce, _cue in attr.cues(text[start:end], start):
        if attr.in_quote(cs) or cs in unnamed:  # "A spokeswoman for Sen. Roe told": Roe is no speaker
            continue
        if text[max(start, cs - 3):cs].rstrip().endswith((",", "”", '"')):  # "…, says Jane Roe."
            inv = next(iter(attr.mentions_in(ce, min(end, ce + 60))), None)
            if inv and inv.kind == "person" and attr.speaker_ok(inv) and role_lead(text[ce:inv.start].strip()) \
                    and text[inv.end:inv.end + 1] in (",", ".", ";"):
                attr.events.append((inv.start, inv.name))
                continue
        if _cue.endswith("ing") and _PREP_BEFORE.search(text, max(start, cs - 20), cs) or source_aside(text, start, cs, ce) \
                or _cue.endswith("ed") and _cue.lower() != "asked" and PASSIVE_BEFORE.search(text, max(start, cs - 10), cs):
            continue  # "Roe accused Cruz of falsely describing himself", "As X reported, he": no subject
        subj = [m for m in attr.mentions_in(max(start, cs - 120), cs) if attr.speaker_ok(m)]
        # "(... Saddam Hussein) but is “US policy,” he adds": a pronoun or a quote in between is the subject
        if subj and not _PRONOUN.search(text, subj[-1].end, cs) and not MARK.search(text, subj[-1].end, cs):
            who = cue_subject_of(attr, subj, cs, text)
            attr.events.append((who.start, who.name))
            if _pair_member(subj, who, text) and (reported := _reported_subject(attr, ce, end, text)):
                attr.events.append((reported.start, reported.name))  # "Roe and Ray report that Sen. Meyer … . He said
        if _cue.lower() in ("asked", "asks") and (asked := _asked_person(attr, ce, end, text)):
            attr.events.append((asked.start, asked.name))  # "Tapper asked Nadler if …. He said": Nadler answers
    for a in starts:
        if attr.in_quote(a):
            continue
        if opens_with_unnamed_person(text, a) or _THE_UNNAMED.match(text, a):
            attr.events.append((a, ""))  # "The woman never filed a report …": a later she is that woman
            continue
        # "Former Obama aide Graham Brookie conveyed": a name modifying a role is not the person the sentence opens with
        first = next((m for m in attr.mentions_in(a, min(end, a + 80))
                      if m.kind == "person" and not is_modifier(text, m.end, m.start)), None)
        # "House Intelligence Committee Chairman Mike Rogers, R-Mich., ... voiced dismay": the sentence's subject
        if first and attr.speaker_ok(first) and (TITLE_WORDS.fullmatch(text[a:first.start]) or role_lead(text[a:first.start].strip())) \
                and not text.startswith("As ", a):
            attr.events.append((first.start, first.name))
            if reported := _pair_reported_subject(attr, first, end, text):
                attr.events.append((reported.start, reported.name))  # "Roe and Ray report that Sen. Meyer … . He said"
        elif first and first.possessive and (named := _possessed_role_name(attr, first, end, text)):
            attr.events.append((named.start, named.name))  # "Trump's spokesman, Sean Spicer, indicated": Spicer
        elif long := subject_after_opening(attr, a, end, text):  # "After weeks of dodging questions, McConnell did"
            attr.events.append((long.start, long.name))
        elif (op := OPENING_PHRASE.match(text, a, end)) and not (first and first.start < op.end()):
            # "In his speech, Obama did not …": the subject after a short opening phrase
            lead = text[op.end():first.start] if first else ""
            if first and attr.speaker_ok(first) and (TITLE_WORDS.fullmatch(lead) or role_lead(lead.strip())):
                attr.events.append((first.start, first.name))  # "On Wednesday, presidential candidate Sen. Warren sent"

    for c in _CLAUSE_SUBJECT.finditer(text, start, end):
        # "No other justice responded, but Justice Jane Roe made clear …", "…, according to captain Tom Ray, but he
        # said": the person opening a main clause after "but", or named by "according to", is who a he/she means next
        if attr.in_quote(c.start()):
            continue
        who = next((m for m in attr.mentions_in(c.end(), min(end, c.end() + 80)) if m.kind == "person"), None)
        lead = text[c.end():who.start] if who else ""
        if who and attr.speaker_ok(who) and (TITLE_WORDS.fullmatch(lead) or role_lead(lead.strip())) \
                and (c.group(1) or _VERB_NEXT.match(text, who.end)):
            attr.events.append((who.start, who.name))


# ", but Justice Jane Roe made", "according to operations captain Tom Ray,"
_CLAUSE_SUBJECT = re.compile(r"(?:[,;]\s+but\s+|;\s+|\b(according to)\s+)")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\b")

_QUESTION_AFTER = re.compile(r",?\s+(?:if|whether|about|what|why|how|when|where|who)\b")


def _pair_member(subj: list[ActorMention], who: ActorMention, text: str) -> bool:
    """Whether who is one of two people joined as one subject ("Roe and Ray report that …")."""
    i = subj.index(who)
    return any(0 <= j < len(subj) and subj[j].kind == "person" and subj[j].name != who.name
               and PERSON_PAIR.fullmatch(text, *((subj[j].end, who.start) if j < i else (who.end, subj[j].start)))
               for j in (i - 1, i + 1))


def _reported_subject(attr: Attributor, ce: int, end: int, text: str) -> ActorMention | None:
    """The person opening the clause a cue reports ("report that Sen. Jane Roe, who chairs X, says"), if any."""
    if not (that := _THAT_CLAUSE.match(text, ce, end)):
        return None
    first = next(iter(attr.mentions_in(that.end(), min(end, that.end() + 60))), None)
    if first and first.kind == "person" and attr.speaker_ok(first) and not first.possessive \
            and TITLE_WORDS.fullmatch(text[that.end():first.start]):
        return first
    return None


def _pair_reported_subject(attr: Attributor, first: ActorMention, end: int, text: str) -> ActorMention | None:
    """After a sentence opening "Roe and Ray write that Sen. Meyer …", the person the pair reports on."""
    pair = attr.mentions_in(first.end, min(end, first.end + 40))[:1]
    if pair and _pair_member([first, *pair], first, text) and (verb := _VERB_THAT.match(text, pair[0].end, end)):
        return _reported_subject(attr, verb.start(1), end, text)
    return None


def _asked_person(attr: Attributor, ce: int, end: int, text: str) -> ActorMention | None:
    """The person asked a question right after "asked" ("asked Sen. Nadler whether"), not one asked to act."""
    m = next(iter(attr.mentions_in(ce, min(end, ce + 40))), None)
    if m and m.kind == "person" and attr.speaker_ok(m) and TITLE_WORDS.fullmatch(text[ce:m.start].lstrip()) \
            and _QUESTION_AFTER.match(text, m.end):
        return m
    return None


_POSSESSED_ROLE = re.compile(r"['’]s?(?:\s+[a-z][\w-]*){1,4}(,)?\s+")


def _possessed_role_name(attr: Attributor, first: ActorMention, end: int, text: str) -> ActorMention | None:
    """The person named after "X's spokesman" opening a sentence: in an appositive a comma closes ("Trump's
    spokesman, Sean Spicer,"), or straight after the role ("Sanders' senior strategist Tad Devine has kept")."""
    m = _POSSESSED_ROLE.match(text, first.end - 2 if text[first.end - 2:first.end] in ("'s", "’s") else first.end)
    if not m:
        return None
    named = next(iter(attr.mentions_in(m.end(), min(end, m.end() + 60))), None)
    # "Sanders' senior strategist Tad Devine has kept": without commas, the name must not be a possessor itself
    closed = text.startswith(",", named.end) if named and m.group(1) else named is not None and not named.possessive
    return named if named and named.kind == "person" and named.start == m.end() and closed else None


def _mid_quote(attr: Attributor, pos: int) -> bool:
    """A sentence start inside a quote (not one opening with the quote's mark)."""
    return attr.in_quote(pos) and attr.text[pos:pos + 1] not in ('"', "“")


_POSSESSED_PERSON = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:son|daughter|wife|husband|fianc[ée]e?|brother|sister|mother|"
                               r"father|partner|boyfriend|girlfriend|friend|lawyer|attorney|spokes\w+|aide|advis[eo]r)\b")


def lone_previous_person(attr: Attributor, pos: int) -> str | None:
    """The one person the sentence before pos's sentence names, when no speaker or subject event lies in
    between ("… were enough to rankle Trump. He told Fox News"): a he/she that opens a sentence is most often
    the person just named. Names holding a common word ("Border Patrol", "Trump Hotels") and prepositional objects
    ("in defense of X") do not count, nor a possessor unless no one else is named ("Cuomo's criticism … rankle
    Trump" is Trump); two or more people, or a he/she in that sentence, leave the older rules to decide."""
    para = next((p for p in reversed(attr.paragraphs) if p.start <= pos), None)
    if para is None:
        return None
    starts = [para.start + x for x in sentence_starts(para.text) if not _mid_quote(attr, para.start + x)]
    cur = max((x for x in starts if x <= pos), default=para.start)
    if para.start <= attr.sent_a < cur:  # '“We could win!” he said': the quote's own sentence, not "he said"
        cur = attr.sent_a
    prev = [x for x in starts if x < cur]
    if prev:
        a = prev[-1]
    else:  # the last sentence of the previous body paragraph
        k = attr.paragraphs.index(para)
        before = next((p for p in reversed(attr.paragraphs[:k]) if p.kind == "body"), None)
        if before is None:
            return None
        inner = [before.start + x for x in sentence_starts(before.text) if not _mid_quote(attr, before.start + x)]
        a = inner[-1] if inner else before.start
    if any(a <= p < pos for p, _ in attr.events):
        return None
    people = [m for m in attr.mentions_in(a, cur) if m.kind == "person"]
    # "… nothing tentative about Treu's opinion. He found": with no other person, the possessor is the he
    found = [m for m in people if attr.speaker_ok(m)] or [m for m in people if m.possessive]
    # "He said Obama has …. He thundered", "As Vox's Roe reported, he has": a he/she carries an earlier person on,
    # unless the one name opens the sentence and the he/she follows it ("Obama's remarks come as he seeks …"), and
    # no other person is possessed ("Dianne's fiancé … told her he")
    opens = bool(found) and TITLE_WORDS.fullmatch(attr.text, a, found[0].start) is not None \
        and not SUBORDINATE.match(attr.text, a) and not _POSSESSED_PERSON.match(attr.text, found[0].end)
    if len({m.name for m in found}) != 1 or any(not attr.in_quote(p.start()) and (p.start() < found[0].end or not opens)
                                                for p in _PRONOUN.finditer(attr.text, a, cur)):
        return None
    words = found[0].name.split()
    return found[0].name if not any(w.lower() in common_words() for w in words) else None
