"""Phrase-level attribution conventions of English news writing, each tied to a fixed wording around a quote:

- a possessor's speech noun introduces the quote ("Trump's reference to "…"", "Clinton's 1998 depiction of
  the claims as a "…"");
- a possessor's document is the cue's subject ("Mueller's second letter told Barr "…"", "…," Roe's
  statement said): its author speaks, as a named author's letter or tweet is theirs;
- an attribution inverted inside a sentence, before the quote ("Unemployment, said Hassett, "…"");
- "what he termed "…"" / "what Roe called "…"": the subject of that short relative clause coined the words;
- a judging verb with "as" ("Mnuchin dismissed that as "…"", "a claim Putin has dismissed as "…""): its subject;
- a passive clause ("Cohen has long been viewed as Trump's "fixer"") makes its subject no speaker, while a
  passive cue with its agent ("was dubbed "…" by the diplomat W. Averell Harriman") names the agent;
- a definite descriptive epithet after a quote ("…," the movie star told the crowd) refers back to the
  person the story is about, as he/she would (offices such as "the senator" are left to role references).

Kept apart from index/quotes.py (which calls these) so the main rules stay under 400 lines.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.quote_context import TITLE_WORDS, role_lead

if TYPE_CHECKING:
    from index.quote_attributor import Attributor

_NOUN = (r"(?:[\w-]+\s+){0,4}?(?:promise|claim|word|statement|remark|vow|pledge|warning|tweet|message|reference|"
         r"conclusion|reply|response|answer|retort|verdict|assessment|explanation|nickname|assertion|insistence)s?"
         r"(?:\s+for\s+[\w\s-]{1,40}?\s+(?:like|such\s+as|including))?"
         r"(?:\s*(?:(?:of|that|to)\s+)?(?:(?:a|an|the)\s+)?[:,]?\s*"
         # ("Clinton's famous statement that half of Trump supporters could be put into “…”": a that-clause may come first)
         r"|(?:\s+[a-z]+){0,2}?\s+that\s+(?P<clause>[^“”\".;:]{1,120}?)\s+)$")  # ("his claim today that")
_SPEECH_NOUN = re.compile(r"['’]s?\s+" + _NOUN, re.IGNORECASE)
# "his claim that water was "…"": the same after his/her
_PRONOUN_NOUN = re.compile(r"\b(his|her)\s+" + _NOUN, re.IGNORECASE)
# "The reply from Roe, who had Tea Party backing, was hesitant: "…"": a speech noun's source opens the sentence
_SPEECH_FROM = re.compile(r"\s*(?:The|His|Her)\s+(?:\w+\s+)?(?:reply|response|answer|reaction|message|verdict|retort)"
                          r"\s+from\s+$")
# "Clinton's 1998 depiction of the allegations as a "…"": a characterisation noun, its object, then "as"
_DEPICTION = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:depiction|description|characteri[sz]ation|portrayal)\s+of\s+[^“”\".;:]{1,120}?"
    r"\s+as\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_DOCUMENT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|tweet|memo|email|e-mail|post|message|note|op-ed|essay|"
    r"column|speech|remarks|testimony|filing|lawsuit|brief|report|book|website|account)s?\s+$", re.IGNORECASE)
_WHAT = re.compile(
    r"\bwhat\s+(?:(he|she)\s+|[A-Z][^“”\".;:]{1,40}?\s+)(?:has\s+|had\s+|once\s+|later\s+)?"
    r"(?:termed|terms|called|calls|dubbed|dubs|labell?ed|described\s+as|describes\s+as|referred\s+to\s+as|"
    r"refers\s+to\s+as)\s+(?:(?:a|an|the)\s+)?$")
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)?quoted\b[^.;]{0,120}?\bas\s+"
                        r"(?:saying|telling|calling|describing|writing|stating)\b")
_PASSIVE_CLAUSE = re.compile(
    r"\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?(?:\w+ed|known|seen|shown|thrown|taken|given)\s+as\b")
_TOLD = ("told", "tell", "tells", "telling")
_APPOSITIVE_TAIL = re.compile(r",\s+[^“”\",;]{3,90},")
# Heads of a descriptive epithet: what a person is known as, not an office an unnamed holder may fill
_EPITHET_HEADS = frozenset(
    "star host actor actress singer rapper comedian billionaire mogul businessman businesswoman entrepreneur "
    "novelist activist celebrity filmmaker musician quarterback athlete veteran icon personality tycoon magnate".split())
# '"…," the Illinois Democrat said': a party member named by state and party is someone the article has named
_PARTY_HEADS = frozenset("Democrat Republican Independent Libertarian".split())
# ("As for the movement, the real-estate tycoon called": a short opening phrase may come first)
_EPITHET = re.compile(r"\s*,?\s*(?:(?:But|And|However|Still|Yet|Meanwhile|Instead|Later|Now|So),?\s+|[A-Z][^,“”\"]{2,50},\s+)?[Tt]he\s+(?:[\w.-]+\s+){0,7}?([A-Za-z]+(?:-year-old)?)\s+$")
# '"…," said the student activist at X': the same epithet after an inverted cue
_INVERTED_EPITHET = re.compile(r"[a-z]+\s+the\s+(?:[\w.-]+\s+){0,3}?(" + "|".join(sorted(_EPITHET_HEADS)) + r"|[\w-]+-year-old)\b")


_LABELLED_BY = re.compile(r"\b(?:called|calls|calling|termed|labell?ed|dubbed|described|deemed|branded|derided|dismissed)\s+$")


def possessor(attr: Attributor, a: int, open_mark: int, text: str) -> str | None:
    """"Trump's promise of a "…"", "Pompeo's reference to a "…"": the possessor of a speech noun right before
    the quote spoke it; "X's depiction of Y as a "…"" makes X the speaker of the characterisation."""
    for m in reversed(attr.mentions_in(max(a, open_mark - 160), open_mark)):
        if m.possessive and m.kind == "person":
            if _LABELLED_BY.search(text, max(a, m.start - 30), m.start):
                return None  # "Collins called Swetnick's claims "outlandish"": the caller's words, not Swetnick's
            if (noun := _SPEECH_NOUN.match(text, m.end, open_mark)) and _plain_clause(attr, noun, m.end, open_mark) \
                    or _DEPICTION.match(text, m.end, open_mark):
                return m.name
            return None
    if (noun := _PRONOUN_NOUN.search(text, max(a, open_mark - 160), open_mark)) and _plain_clause(attr, noun, noun.end(1), open_mark) \
            and not _LABELLED_BY.search(text, max(a, noun.start() - 30), noun.start()):  # "calling his statement "…""
        return attr.pronoun(noun.start(), "he" if noun.group(1).lower() == "his" else "she")
    first = next(iter(attr.mentions_in(a, open_mark)), None)
    if first and first.kind == "person" and _SPEECH_FROM.fullmatch(text, a, first.start) \
            and text[:open_mark].rstrip().endswith(":"):
        return first.name
    return None


# "Cohen's claim that the project ended in 2016 was an attempt to "…"": the quote is said of the claim, not in it
_PREDICATE = re.compile(r"\b(?:\w+ed|had|has|have|is|are|was|were|met|made|took|got|did|does|can|could|will|would)\b.*"
                        r"\b(?:is|was|were|are)(?:\s+[\w-]+){0,3}$")


# "Oli's remarks that were deemed "…"": "that" opening a relative clause, not the remark's content
_RELATIVE_THAT = re.compile(r"(?:was|were|is|are|had|has|have|would|will|could|can|may|might|\w+ed)\b")


def _plain_clause(attr: Attributor, noun: re.Match[str], start: int, open_mark: int) -> bool:
    """A speech noun close to the quote (60 characters), or whose that-clause has no cue of its own ("Roe's claim
    that Doe said it was "…"" is Doe's)."""
    clause = noun.group("clause")
    if clause is None:
        return open_mark - start <= 60
    # (no comma: '… his assertions that the news had reported it by answering, "…"' is another sentence part)
    return not attr.cues(clause, 0) and ", " not in clause and not _PREDICATE.search(clause) and not _RELATIVE_THAT.match(clause)


def document_author(attr: Attributor, start: int, cs: int, text: str) -> str | None:
    """The person whose document is a cue's subject ("Mueller's second letter told Barr"), else None."""
    near = attr.mentions_in(max(start, cs - 60), cs)
    if near and near[-1].possessive and near[-1].kind == "person" and _DOCUMENT.fullmatch(text, near[-1].end, cs):
        return near[-1].name
    return None


_DOCUMENT_FROM = re.compile(r"[,\s]*(?:read|reads|said|says|stated)\s+(?:a|an|the)\s+(?:joint\s+|written\s+|brief\s+)?"
                            r"(?:statement|letter|post|tweet|release|memo|email)\s+(?:from|by)\s+")
_DOCUMENT_VERB = re.compile(r"\b(?:began|begins|opened|opens|continued|continues|concluded|concludes|ended|ends|went on|goes on)\b")


def document_tail(attr: Attributor, close_mark: int, end: int, text: str) -> str | None:
    """'“…,” Giuliani’s statement began.', '"…," read a statement from Alexander': a person's document opening or
    closing the quote names its writer."""
    if doc := _DOCUMENT_FROM.match(text, close_mark + 1, end):
        who = next((m for m in attr.mentions_in(doc.end(), min(end, doc.end() + 60)) if m.kind == "person"), None)
        return who.name if who and role_lead(text[doc.end():who.start].strip()) else None
    verb = _DOCUMENT_VERB.search(text, close_mark, min(end, close_mark + 80))
    if not verb:
        return None
    first = next(iter(attr.mentions_in(close_mark, verb.start())), None)
    if not first or text[close_mark + 1:first.start].strip(" ,—–"):
        return None
    return document_author(attr, close_mark, verb.start(), text)


def inverted_lead(attr: Attributor, a: int, cs: int, ce: int, cue: str, open_mark: int, text: str) -> str | None:
    """"Unemployment, said Hassett, "…"" / "Said Roe: "…"": a cue set off by a comma (or opening the
    sentence) followed by a titled name and a comma or colon just before the quote names the speaker."""
    if cue.lower() in _TOLD or text[a:cs].strip() and not text[a:cs].rstrip().endswith(","):
        return None
    after = attr.mentions_in(ce, open_mark)
    if not after or after[0].kind != "person" or not attr.speaker_ok(after[0]):
        return None
    m = after[0]
    tail = text[m.end:open_mark].strip()
    # "…, says Professor Young, head of the Centre for Public Law, “he is going nowhere”": an appositive may follow
    if role_lead(text[ce:m.start].strip()) and (tail in (",", ":") or _APPOSITIVE_TAIL.fullmatch(tail)):
        return m.name
    return None


def what_subject(attr: Attributor, sent_a: int, open_mark: int, text: str) -> str | None:
    """"…and called for what he termed "…"": the subject of the relative clause right before the quote;
    "Roe, a friend of X, was quoted in a book as telling a friend that …"": the subject of "was quoted as"."""
    if q := _QUOTED_AS.search(text, sent_a, open_mark):
        first = next((p for p in attr.mentions_in(sent_a, q.start()) if p.kind == "person"), None)
        return first.name if first and not first.possessive and TITLE_WORDS.fullmatch(text, sent_a, first.start) else None
    m = _WHAT.search(text, max(sent_a, open_mark - 80), open_mark)
    if not m:
        return None
    if m.group(1):
        head = text[sent_a:m.start(1)].lstrip(" “\"")
        if re.match(r"(?:He|She)\b", head):  # "He appeared with Roe, …, and called for what he termed": one he
            return attr.pronoun(sent_a, m.group(1))
        from index.quote_events import opening_person  # (quote_events imports this module's neighbours)
        return opening_person(attr, sent_a, m.start(1), text) or attr.pronoun(m.start(1), m.group(1))
    names = [x for x in attr.mentions_in(m.start(), m.end()) if x.kind == "person" and attr.speaker_ok(x)]
    return names[-1].name if names else None


# Verbs that judge something in the subject's own words; they are not cue verbs elsewhere ("lambasted Trump for
# saying "…"" quotes Trump), so only this "VERB (object) as "…"" frame makes their subject the speaker
_JUDGED_AS = re.compile(
    r"(?:,\s+(?:who|whose)\s+[^,“”\"]{1,80},)?"  # "Roe, whose firm represents hundreds, dismissed …"
    r"(?:\s+(?:has|had|have|also|once|later|earlier|quickly|publicly|repeatedly|swiftly))*\s+"
    r"(?:dismissed|hailed|denounced|condemned|decried|derided|touted|lambasted|assailed|heralded|mocked|ridiculed|"
    r"disparaged|lauded)\s+(?:(?:it|them|this|that|him|her|(?:the|his|her|their|its|these|those|[A-Z][\w.&-]*['’]s?)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+)?as\s+(?:(?:a|an|the)\s+)?$")
_JUDGE_PRONOUN = re.compile(r"\b(he|she)$", re.IGNORECASE)


def judged_as(attr: Attributor, sent_a: int, open_mark: int, text: str) -> str | None:
    """'Mexican President Pena Nieto hailed it as a "win-win-win"', 'a claim Putin has dismissed as "rubbish"':
    the subject right before a judging verb with "as" gave the quoted verdict; he/she is resolved as usual."""
    lo = max(sent_a, open_mark - 120)
    for m in reversed(attr.mentions_in(lo, open_mark)):
        if _JUDGED_AS.fullmatch(text, m.end, open_mark):
            return m.name if m.kind in ("person", "organisation") and not m.possessive and attr.speaker_ok(m) else None
    for verb in _JUDGED_AS.finditer(text, lo, open_mark):
        if verb.end() == open_mark and (p := _JUDGE_PRONOUN.search(text, lo, verb.start())) and not attr.in_quote(p.start()):
            return attr.pronoun(p.start(), p.group(1))
    return None


_PASSIVE_CUE = re.compile(
    r"\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?(?:described|characteri[sz]ed|termed|labell?ed|dubbed|"
    r"branded|called|hailed|derided|denounced)(?:\s+as)?(?:\s+(?:an?|the))?\s*$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(
    r"\b(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:described|characteri[sz]ed|termed|labell?ed|dubbed|branded|"
    r"called|derided|dismissed|denounced)\s+by\s+((?:an?\s+|the\s+)?(?:[\w.’'-]+\s+){0,4}?[A-Z][\w.’'-]+)\s+as(?:\s+(?:an?|the))?\s*$")
_BY_AFTER = re.compile(r"[”\"’']?,?\s+by\s+")


def agent_before(attr: Attributor, open_mark: int, text: str) -> str | None:
    """'were dismissed by an incredulous Kavanaugh as "a joke"': the agent of a passive labelling verb, named
    right before the quote, spoke it (ahead of any cue later in the sentence)."""
    if (before := _AGENT_BEFORE.search(text, max(0, open_mark - 120), open_mark)) is None:
        return None
    who = [m for m in attr.mentions_in(before.start(1), before.end(1)) if m.kind == "person" and not m.possessive]
    return who[-1].name if who and not text[who[-1].end:before.end(1)].strip() else None


def passive_agent(attr: Attributor, open_mark: int, close_mark: int, end: int, text: str) -> str | None:
    """'a shift that was dubbed "a terrific revolution" by the late diplomat W. Averell Harriman': the agent of a
    passive speech verb right before the quote is its speaker."""
    if not _PASSIVE_CUE.search(text, max(0, open_mark - 60), open_mark):
        return None
    by = _BY_AFTER.match(text, close_mark, end)
    if not by:
        return None
    for m in attr.mentions_in(by.end(), min(end, by.end() + 90)):
        lead = text[by.end():m.start].strip()
        if m.kind == "person" and not m.possessive and (not lead or role_lead(lead.removeprefix("the ").removeprefix("late "))):
            return m.name
        if m.kind == "person":
            return None
    return None


def passive_between(text: str, start: int, end: int) -> bool:
    """True when a passive "is/was/been … viewed/known as" stands between a subject and a quote."""
    return _PASSIVE_CLAUSE.search(text, start, end) is not None


def epithet(attr: Attributor, a: int, cs: int, text: str) -> tuple[bool, str | None]:
    """(True, the person) when the words between a quote and its cue are a definite descriptive epithet
    ("the movie star and former TV talk show host told", "said the student activist"): he/she resolution picks who
    it refers to."""
    m = _EPITHET.fullmatch(text, a, cs) or (None if text[a:cs].strip(" ,—–") else _INVERTED_EPITHET.match(text, cs))
    if not m or not (m.group(1) in _EPITHET_HEADS or m.group(1) in _PARTY_HEADS or m.group(1).endswith("-year-old")):
        return False, None
    return True, attr.pronoun(a, "")


# "Reuters quoted him as saying": the object of "quoted" is the speaker
_QUOTED_OBJECT = re.compile(r"\s+(?:(him|her)\b|(?:the\s+)?(?=[A-Za-z]))")


def quoted_object(attr: Attributor, ce: int, b: int, text: str, pos: int) -> tuple[str | None, str | None, str | None]:
    """"X quoted him (as saying)" / "X quoted Smith as saying": the object of quoted is the speaker."""
    m = _QUOTED_OBJECT.match(text, ce, b)
    if m and m.group(1):
        who = attr.pronoun(pos, m.group(1))
        return who, "quoted", None if who else attr.no_pronoun_reason()
    obj = [x for x in attr.mentions_in(ce, min(b, ce + 50)) if attr.speaker_ok(x) and x.kind == "person"]
    if m and obj and (len(text[ce:obj[0].start].split()) <= 1 or role_lead(text[ce:obj[0].start].strip())):
        return obj[0].name, "quoted", None  # "the Inquirer quoted state Senate Majority Leader Jake Corman"
    return None, "quoted", "unnamed speaker"
