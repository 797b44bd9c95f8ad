"""Speaker rules tried when no cue verb sits next to a quote, each a convention of English news writing:

- the attribution closes a long sentence ("… had intelligence "which we believe was very strong" that …,
  National Security Adviser Jane Roe said Tuesday."): the comma-set name and cue at the end bind every
  quote of the sentence;
- a quoted sentence right after a reported one ("…, Roe said. "We will go on."") continues that speaker;
- a lead-in without a speech verb ("Roe, in a statement: "…"", "Roe on Tuesday:", "That prompted Roe to
  hit back: "…"", "Roe jabbed back, "…"") is spoken by the person the lead-in is about.

The older fallbacks live here too: "according to X", a quote inside an opening participle phrase, a
paragraph that is only a quote, and a cue-less sentence that opens with a person. Kept apart from
index/quotes.py, which holds the cue-verb rules these fall back from.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.models import Paragraph
from index.quote_context import OPENERS, PARTICIPLES, PERSON_PAIR, TITLE_WORDS, is_modifier, participle_opening, role_lead
from index.quote_marks import MARK, sentence_break, sentence_starts
from index.quote_phrases import passive_between
from index.quote_subjects import subject_after_opening

if TYPE_CHECKING:
    from index.quote_attributor import Attributor

_PRONOUN = re.compile(r"(?:he|she|He|She)\b")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
# Only a capitalised title (and "the", "former") may stand between the comma and a closing attribution's name.
_TITLES = re.compile(r"(?:(?:[Tt]he|[Ff]ormer|[A-Z][\w.’'-]*)\s+)*")
# a sentence closing with an inverted attribution: ", says Jane Roe." / ", said the senator."
_INVERTED_END = re.compile(r",\s+[a-z]+\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*[.!?]?\s*$")
_CLAUSE_BREAK = re.compile(r"[;—–]| but | while | whereas ")
# "In response, ", "Later on, ": a short opening phrase before the clause's subject
OPENING_PHRASE = re.compile(r"\s*(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,5},\s+")
# "In his February State of the Union, he issued …:": a longer setting phrase opening a lead-in
_LONG_SETTING = re.compile(r"\s*(?:In|At|On|During)\s+(?:his|her|their|the|a|an)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+,\s+")
# The rest of a sentence after an inverted attribution's name: an appositive at most ("said Roe, a professor at X.")
_NAME_TAIL = re.compile(r"\s*(?:,\s+[^“”\"]*)?[.!?]?\s*$")
_COMMA = re.compile(r",\s+")
_SUBORDINATE_START = re.compile(r"[\s“\"‘']*(?:(?:And|But|So|Yet)\s+)?(?i:after|when|while|as|before|since|although|though|once|because|until)\s")
# "That prompted Roe to hit back:": the person made to act is the one who speaks
_CAUSATIVE = re.compile(r"\b(?:prompted|led|forced|pushed|caused|spurred)\s+$")
# Words after a lead-in's name that still leave it the subject ("Roe, in a statement:", "Roe on Tuesday:").
_TAIL_WORDS = 12


def sentence_end_speaker(attr: Attributor, qb: int, end: int, text: str) -> str | None:
    """The speaker named by an attribution that closes the sentence after a quote: ", [title] Name said
    [Tuesday]." or ", said Name." or ", he added." A name or pronoun must follow the last comma before the
    cue directly, and little but a time or place may follow the cue."""
    cues = [c for c in attr.cues(text[qb:end], qb) if not attr.in_quote(c[0])]
    if not cues:
        return None
    cs, ce, _cue = cues[-1]
    rest = text[ce:end]
    comma = text.rfind(",", qb, cs)
    told = _cue.lower().startswith("tel") or _cue.lower() == "told"
    if comma >= 0 and not text[comma + 1:cs].strip() and not told and not MARK.search(rest):
        # '"…," because costs rise, said Jane Roe, a policy director at the X Institute.'
        after = [m for m in attr.mentions_in(ce, end) if attr.speaker_ok(m)]
        if after and after[0].kind == "person" and role_lead(text[ce:after[0].start].strip()) \
                and _NAME_TAIL.match(text, after[0].end, end):
            return after[0].name
    if MARK.search(rest) or len(rest.split()) > 6 or sentence_break(rest.rstrip(" .")) or "," in rest.rstrip(" ,."):
        return None
    comma = text.rfind(",", qb, cs)
    if comma < 0 or MARK.search(text, comma, cs):
        return None
    head = text[comma + 1:cs]
    if not head.strip():  # ", said Jane Roe." (but ", …, told Fox News." names the listener)
        if _cue.lower().startswith("tel") or _cue.lower() == "told":
            return None
        after = [m for m in attr.mentions_in(ce, end) if attr.speaker_ok(m)]
        person = next((m for m in after if m.kind == "person" and role_lead(text[ce:m.start].strip())), None)
        if person:  # ', said CNN analyst Jane Roe.'
            return person.name
        if after and _TITLES.fullmatch(text[ce:after[0].start].lstrip()):
            return after[0].name
        return None
    stripped = head.strip()
    if _PRONOUN.fullmatch(stripped):
        return attr.pronoun(cs, stripped)
    subj = [m for m in attr.mentions_in(comma + 1, cs) if attr.speaker_ok(m)]
    lead = text[comma + 1:subj[-1].start].strip() if subj else ""
    # ", State Department spokeswoman Jane Roe told CNN.": capitalised titles or a role ending in a role noun
    if subj and (_TITLES.fullmatch(lead + " " if lead else "") or role_lead(lead)) and len(text[subj[-1].end:cs].split()) <= 1:
        return subj[-1].name
    return None


def previous_sentence_speaker(attr: Attributor, prev_a: int, prev_b: int, text: str) -> str | None:
    """A quote that is a whole sentence continues the reported speech of the sentence just before it
    ("…, McCants said. "Now they are fighting …""): that sentence's cue subject, when it names one."""
    if MARK.search(text, prev_a, prev_b):
        return None  # a quoted sentence before: the previous quote's speaker rule applies
    if _INVERTED_END.search(text, prev_a, prev_b) and (who := sentence_end_speaker(attr, prev_a, prev_b, text)):
        return who  # "Clinton grossly exaggerated her influence, says Vargo. "…"": the inverted attribution
    res = attr.before(prev_a, prev_b, text)
    if res and res[0]:
        return res[0]
    return sentence_end_speaker(attr, prev_a, prev_b, text)


def lead_in_speaker(attr: Attributor, a: int, open_mark: int, text: str) -> str | None:
    """A full quote after a colon or comma ending a lead-in with no speech verb ("Roe, in a statement:",
    "Roe on Tuesday:", "In response, Roe jabbed back,", "That prompted Roe to hit back hard:"): the person
    in subject place (opening the clause after titles or an opening phrase), or the clause's he/she."""
    lead = text[a:open_mark].rstrip()
    if not lead.endswith((":", ",")):
        return None
    if len(lead.split()) > 30:
        # a long opening participle phrase is fine ("Asked after … while …, Sen. Roe didn't mince words:")
        return _after_participle(attr, a, open_mark, text) if _opens_with_participle(lead) else None
    start = a
    for m in _CLAUSE_BREAK.finditer(text, a, open_mark):
        start = m.end()
    head = text[start:open_mark]
    if _opens_with_participle(head):
        return _after_participle(attr, start, open_mark, text)
    opening = OPENING_PHRASE.match(head) or _LONG_SETTING.match(head)
    pos = start
    if opening and _PRONOUN.match(head.lstrip()):  # "He understands the impulse, though:": he opens the clause
        opening = None
    if opening and not any(m.kind == "person" for m in attr.mentions_in(start, start + opening.end())):
        pos += opening.end()
    pm = _PRONOUN.match(text, pos + len(text[pos:open_mark]) - len(text[pos:open_mark].lstrip()))
    if pm:
        return attr.pronoun(pos, pm.group())
    for m in attr.mentions_in(pos, open_mark):
        if m.kind != "person":
            continue
        before = text[pos:m.start]
        as_lead = _AS_LEAD.match(before)  # "As venture capitalist Benedict Evans points out, “…”"
        if attr.speaker_ok(m) and (_TITLES.fullmatch(before.lstrip()) or _CAUSATIVE.search(before)
                                   or as_lead and (not before[as_lead.end():] or role_lead(before[as_lead.end():].strip()))) \
                and len(text[m.end:open_mark].split()) <= _TAIL_WORDS:
            return m.name
        return None
    return None


_AS_LEAD = re.compile(r"\s*As\s+")


def _opens_with_participle(head: str) -> bool:
    first_word = head.lstrip(" “\"").split(" ", 1)[0]
    return first_word[:1].isupper() and (first_word.endswith("ing") or first_word.lower() in PARTICIPLES)


def subordinate_lead_in(attr: Attributor, sent_a: int, open_mark: int, text: str) -> str | None:
    """'After Roe repeated her complaint, Doe got off a line: "…"': a colon lead-in whose cue verbs all sit in an
    opening subordinate clause; the quote is the main clause's subject's, not the cue's."""
    if not text[sent_a:open_mark].rstrip().endswith(":") or not _SUBORDINATE_START.match(text, sent_a):
        return None
    cues = attr.cues(text[sent_a:open_mark], sent_a)
    comma = text.find(", ", cues[-1][1], open_mark) if cues else -1
    return lead_in_speaker(attr, comma + 2, open_mark, text) if comma >= 0 else None


def _after_participle(attr: Attributor, start: int, open_mark: int, text: str) -> str | None:
    """"Meeting with leaders at the UN, he previewed his defense: "…"", "Referring to X, who was on stage, the
    senator tried, "…"": after an opening participle phrase, the first clause that opens with he/she or a
    person (not one set off by a comma, as an object with its relative clause is) is the main clause."""
    for c in _COMMA.finditer(text, start, open_mark):
        pos = c.end()
        if pm := _PRONOUN.match(text, pos):
            return attr.pronoun(pos, pm.group())
        m = next(iter(attr.mentions_in(pos, open_mark)), None)
        if m and m.kind == "person" and attr.speaker_ok(m) and TITLE_WORDS.fullmatch(text[pos:m.start]) \
                and text[m.end:m.end + 1] != "," and len(text[m.end:open_mark].split()) <= _TAIL_WORDS:
            return m.name
    return None


def participle_subject(attr: Attributor, a: int, qb: int, b: int, text: str) -> str | None:
    """A quote inside an opening participle phrase ("Referring to Carson as a "good" man, Trump ...")
    belongs to the main clause's subject: the subject of the next cue, else the person after the phrase."""
    if not participle_opening(text, a, a + len(text[a:b]) - len(text[a:b].lstrip())):
        return None
    for cs, _ce, _cue in attr.cues(text[qb:b], qb):
        if attr.in_quote(cs):
            continue
        cands = [m for m in attr.mentions_in(max(qb, cs - 60), cs) if attr.speaker_ok(m)]
        if cands and len(text[cands[-1].end:cs].split()) <= 2 and "," not in text[cands[-1].end:cs]:
            return cands[-1].name
    for m in attr.mentions_in(qb, b):
        if m.kind == "person" and attr.speaker_ok(m) and TITLE_WORDS.fullmatch(text[qb:m.start].rsplit(",", 1)[-1].lstrip(" —–")):
            return m.name if "," in text[qb:m.start] or "—" in text[qb:m.start] else None
    return None

def previous_paragraph(attr: Attributor, prev: Paragraph, text: str) -> str | None:
    """A paragraph that is only a quote continues the previous paragraph's last sentence: its cue's
    subject ("…, Smith said." / "Smith told reporters:") or the person (or he/she) it opens with."""
    if prev.kind != "body":
        return None
    end = prev.start + len(prev.text)
    last = prev.start + sentence_starts(prev.text)[-1]
    res = attr.before(last, end, text)
    return res[0] if res and res[0] else sentence_subject(attr, last, end, text)

_SIGNATURE = re.compile(r"\s*(?:--|—|–)\s*")


def signature(attr: Attributor, nxt: Paragraph | None) -> str | None:
    """The person a dash-led signature line names ("-- Charles Krauthammer on Special Report"), else None."""
    if nxt is None or not (m := _SIGNATURE.match(nxt.text)):
        return None
    first = next(iter(attr.mentions_in(nxt.start + m.end(), nxt.start + m.end() + 60)), None)
    return first.name if first and first.kind == "person" and first.start == nxt.start + m.end() else None


_TAIL_SIGNATURE = re.compile(r"[ \t]*(?:--|—|–|(?<= )-(?= ))[ \t]*")


def signature_tail(attr: Attributor, close_mark: int, para_end: int, text: str) -> str | None:
    """An epigraph's signature after the quote, in the same paragraph ("“…” —Martin Luther King Jr.",
    '"…" - Rahm Emanuel, 2008'): the person named right after the dash, with at most an aside after the name."""
    m = _TAIL_SIGNATURE.match(text, close_mark, para_end)  # close_mark: just after the closing mark ('"…"—Roe')
    if not m or m.end() == close_mark:
        return None
    # "— Trump attorney Rudy Giuliani", "— Judicial Crisis Network's Carrie Severino": the first person who is no
    # modifier or possessor of the role before the name
    first = next((x for x in attr.mentions_in(m.end(), min(para_end, m.end() + 80))
                  if x.kind == "person" and attr.speaker_ok(x)), None)
    # "— Michigan Democratic Rep. Brenda Lawrence": titles or a role may precede the name
    if not first or len(text[first.end:para_end].split()) > 12 \
            or not (TITLE_WORDS.fullmatch(text[m.end():first.start]) or role_lead(text[m.end():first.start].strip())):
        return None
    rest = text[first.end:para_end].strip()
    # "— Joe Biden to Beto O'Rourke", "— Sen. Jane Roe on ABC's "This Week"": to whom or where it was said
    return first.name if rest[:1] in ("", ",", "(", ".") or rest.split()[0] in _CREDIT_SETTINGS else None


_CREDIT_SETTINGS = frozenset("to on in at during".split())
_MONTHS = frozenset("january february march april may june july august september october november december jan feb mar "
                    "apr jun jul aug sep sept oct nov dec".split())


def credit_tail(close_mark: int, para_end: int, text: str) -> bool:
    """True when a quote paragraph ends in a dash and a short capitalised credit ('"Is X a Threat?"—New York Times',
    "“…” — The Vatican Press Office"): the words are that source's, so they do not carry on the speaker before."""
    m = _TAIL_SIGNATURE.match(text, close_mark, para_end)
    tail = text[m.end():para_end] if m and m.end() > close_mark else ""
    # a date is no source: '"…" — Sept. 5, 2013, in a tweet' goes on with the tweets' writer
    return tail[:1].isupper() and len(tail.split()) <= 12 and not any(ch in tail for ch in "“”\"") \
        and tail.split()[0].rstrip(".,").lower() not in _MONTHS



def sentence_subject(attr: Attributor, a: int, b: int, text: str) -> str | None:
    """With no cue verb at all, the person a sentence opens with (or he/she) is taken as the speaker."""
    head = text[a:b].lstrip()
    for conj in OPENERS:
        if head.startswith(conj):
            head = head[len(conj):]
    start = b - len(head)
    opening = OPENING_PHRASE.match(text, start, b)  # "As of Monday, Sen. Roe, R-Iowa, has "…""
    if opening and not any(m.kind == "person" for m in attr.mentions_in(start, opening.end())):
        start = opening.end()
    pm = _PRONOUN.match(text, start, b)
    if pm:
        return attr.pronoun(start, pm.group())
    # "Weinstein spokesman Juda Engelmayer issued a statement": a name that only modifies a role is not the subject
    first = next((m for m in attr.mentions_in(start, b) if m.kind == "person" and not is_modifier(text, m.end, m.start)), None)
    lead = text[start:first.start] if first else ""
    if first and not TITLE_WORDS.fullmatch(lead) and role_lead(lead.strip()):
        lead = ""
    if first and not first.possessive and TITLE_WORDS.fullmatch(lead) and not lead.lower().startswith(("the ", "a ", "an ")) \
            and attr.speaker_ok(first) and not passive_between(text, first.end, b):
        return first.name  # "The DeVos family has…" is no subject, nor "Roe has been viewed as "…""
    if (late := subject_after_opening(attr, a, b, text)) and not passive_between(text, late.end, b):
        return late.name  # "On Thursday, in an address, Senator and candidate Jane Roe cast"
    return None


def as_put_it(attr: Attributor, close_mark: int, end: int, text: str) -> str | None:
    """'“…,” as Jordan put it' names its speaker, ahead of any cue earlier in the sentence ("Meadows conceded
    that Shokin was "a bad guy," as Jordan put it")."""
    if not (pm := _PUT_IT.match(text, close_mark + 1, end) or _IN_WORDS.match(text, close_mark + 1, end)):
        return None
    if pm.group(1):
        return attr.pronoun(close_mark, {"his": "he"}.get(pm.group(1), pm.group(1)))
    # '"…," as MIT psychologist Jane Roe has put it': titles or a role may precede the name
    who = [m for m in attr.mentions_in(pm.start(2), pm.end(2)) if m.kind == "person" and (attr.speaker_ok(m) or m.possessive)
           and not re.search(r",|\b(?:and|or|but)\b", text[pm.start(2):m.start]) and text[m.end:pm.end(2)].strip() in ("", "’s", "'s", "’", "'")]
    return who[0].name if who else None


def name_after_quote(attr: Attributor, close_mark: int, end: int, text: str) -> str | None:
    """"…,” Haile, who worked on the law.": a quote ending in a comma followed straight away by a person's
    name is that person's, even when the writer left out the verb."""
    if _PUT_IT.match(text, close_mark + 1, end):
        return as_put_it(attr, close_mark, end, text)
    tail = text[close_mark - 2:close_mark + 1]
    if "," not in tail:
        return None
    nxt = [m for m in attr.mentions_in(close_mark, min(end, close_mark + 60)) if m.kind == "person"]
    if nxt and attr.speaker_ok(nxt[0]) and TITLE_WORDS.fullmatch(text[close_mark:nxt[0].start].lstrip(" ,")) \
            and text[nxt[0].end:nxt[0].end + 1] in (",", ".", ""):
        return nxt[0].name
    return None


def according(attr: Attributor, a: int, b: int, text: str) -> str | None:
    """"According to X": the first person (else organisation) named after it, unless a later cue has its own subject;
    "" for two people named together."""
    m = _ACCORDING.search(text, a, b)
    if not m:
        return None
    after = [x for x in attr.mentions_in(m.end(), min(b, m.end() + 60)) if attr.speaker_ok(x)]
    if not after:  # "according to one of the colony's top legal experts, Simon Young": the name after the comma
        late = [x for x in attr.mentions_in(m.end(), min(b, m.end() + 120)) if x.kind == "person" and attr.speaker_ok(x)]
        return late[0].name if late and text.rfind(",", m.end(), late[0].start) >= 0 \
            and not text[late[0].end:b].strip(" .,;") else None
    # "According to the Post, Wolf argued that …": a later cue with its own subject is the attribution
    for cs, _ce, _cue in attr.cues(text[after[0].end:b], after[0].end):
        if not attr.in_quote(cs) and any(attr.speaker_ok(x) for x in attr.mentions_in(after[0].end + 1, cs)):
            return None
    people = [x for x in after if x.kind == "person"]
    pair = [x for x in attr.mentions_in(people[0].end, min(b, people[0].end + 40)) if x.kind == "person"] if people else []
    if pair and pair[0].name != people[0].name and PERSON_PAIR.fullmatch(text, people[0].end, pair[0].start):
        return ""  # "according to Hoffman and Howard's data": two people's words, no one speaker
    return (people or after)[0].name


# '"…," as Dean Roe, co-director of the X Center, put it in Salon': an appositive may follow the name
# '“…,” in Hill’s words' / 'in his own words': the same as "as Hill put it"
_IN_WORDS = re.compile(r"[,\s]*(?:—\s*|–\s*)?in (?:(his|her)|((?:[\w.’'-]+ ){0,4}?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}['’]s?)) "
                       r"(?:own )?words\b")
_PUT_IT = re.compile(r"[,\s]*(?:—\s*|–\s*)?as (?:(he|she)|((?:[\w.’'-]+ ){0,4}?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}))"
                     r"(?:,[^,;“”\"]{1,90},)? "
                     r"(?:(?:put|puts|has put|had put|once put) it|has written|had written|wrote|writes|has noted|"
                     r"has argued|has observed)\b")
# '… over the “open wound” of the scandal and demanded': a short phrase may finish the first predicate
_AND_GAP = re.compile(r"[\s”\"’',]*(?:(?:of|for|in|on|at|to|with|about|over|from|against)\s+[^,“”\".;:]{1,50}?\s+)?"
                      r"(?:and|but)\s+(?:[a-z]+ly\s+)?")


def coordinated_subject(attr: Attributor, a: int, cs: int, cue: str, text: str) -> tuple[str, str, None] | None:
    """'Roe has blamed migrants for “…,” and proudly labeled Italy “…”': a cue verb joined by 'and' to a
    predicate after an earlier quote shares the sentence's subject (the person the sentence opens with)."""
    if cue.lower().endswith("ing") or not _AND_GAP.fullmatch(text, a, cs):
        return None
    br = text.rfind("\n\n", 0, a)
    para = 0 if br < 0 else br + 2
    starts = [para + x for x in sentence_starts(text[para:a]) if not attr.in_quote(para + x)]
    who = sentence_subject(attr, starts[-1] if starts else para, a, text)
    return (who, cue, None) if who else None
