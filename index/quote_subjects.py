"""Who a sentence is about, for he/she resolution: subjects behind long opening phrases and source asides.

Two conventions of English news writing that the short-opening-phrase rule in index/quotes.py misses:

- a long adverbial opening ("At a funeral for victim Jane Doe, John Roe, a family friend, questioned …",
  "After weeks of dodging questions about where he stood, McConnell did tell …") puts the sentence's subject
  right after its comma; a person inside the opening phrase is not the subject;
- a source aside ("As Vox's Jane Roe reported, he has blamed …") credits a reporter, while the he/she after
  it continues the person the story was already about, so the aside's cue names no new subject.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.actors import ActorMention
from index.quote_context import TITLE_WORDS, role_lead
from index.quote_phrases import document_author

if TYPE_CHECKING:
    from index.quote_attributor import Attributor

# A prepositional or subordinate opening up to ~16 words, closed by a comma (no quote or sentence end inside).
_LONG_OPENING = re.compile(r"\s*(?:At|In|On|After|Before|During|Despite|Following|Amid|Since|With|Without|Under|"
                           r"Over|Throughout|Across|Inside|Outside|Within|Ahead of|Later|"
                           # "Though she is no longer in office, Republican Jane Roe has shifted": a subordinate clause
                           # (not a participle's: "While attending law school, Roe was a fellow at a group that …")
                           r"(?:Though|Although|Even though|While|Whereas|Because|When|Once|If|Unless|Until)(?!\s+[a-z]+ing\b))\b[^,.;:!?“”\"]{0,110},\s+"
                           # "On Thursday, in a foreign-policy address, Warren …": a second phrase may follow
                           r"(?:(?:at|in|on|during|after|before|with|amid|under|speaking)\b[^,.;:!?“”\"]{0,80},\s+)?")
_NAME_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*\s+[a-z]")
# "As Vox's Jane Roe reported, he …": an aside crediting a source, followed by the story's he/she
_ASIDE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:As|Like)\s+[^,.;:“”\"]{1,60}$")
_ASIDE_TAIL = re.compile(r",\s+(?:he|she)\b")
# A sentence opening with a subordinate or prepositional clause ("While Roe has argued …, Doe wrote", "Upon learning
# that people were calling …, Roe says", "And to one user who commented …, Roe replied"): its cues are not the
# main clause's, which comes after the clause's comma.
_SUBORDINATE_OPENING = re.compile(
    r"[\s“\"‘']*(?:(?:And|But|So|Yet)\s+(?i:{0})|{0})\b".format(
        "While|Although|Though|Whereas|When|After|Before|Because|Since|If|Unless|Upon|Once|Despite|During|Following|"
        "Amid|In|To|For|On|At|With|Without|Unlike"))


def subject_after_opening(attr: Attributor, a: int, end: int, text: str) -> ActorMention | None:
    """The person right after a long opening phrase of the sentence at a (titles may precede the name)."""
    op = _LONG_OPENING.match(text, a, end)
    if not op:
        return None
    first = next((m for m in attr.mentions_in(op.end(), min(end, op.end() + 80)) if m.kind == "person"), None)
    lead = text[op.end():first.start] if first else ""
    # "After meeting the chairman, Reince Priebus, Trump emerged": a name closed by a comma ends the opening
    if first and attr.speaker_ok(first) and (TITLE_WORDS.fullmatch(lead) or role_lead(lead.strip())) \
            and not _NAME_AFTER_COMMA.match(text, first.end):
        return first  # "…, Democratic Senator and presidential candidate Elizabeth Warren cast"
    return None


def source_aside(text: str, start: int, cs: int, ce: int) -> bool:
    """True when the cue at cs..ce closes a sentence-opening aside ("As X reported, he …")."""
    return _ASIDE_TAIL.match(text, ce) is not None and _ASIDE.search(text, max(start, cs - 62), cs) is not None


_NEW_CLAUSE = re.compile(r"(?:: |; |,? but )(?=[A-Z])")
# "…, Kelly, on the audio recording, purportedly tells her": an aside between commas, and an adverb, before the cue
_ASIDE_GAP = re.compile(r",[^,;:“”\"]{1,80},\s+(?:[a-z]+ly\s+)?")
_TWO_CLAUSES = re.compile(r"[,;]|\b(?:and|but|who|which)\b")


def main_clause_cues(attr: Attributor, text: str, a: int, cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cues of a sentence's main clause when it opens with a subordinate or prepositional clause that holds
    a cue of its own (see _SUBORDINATE_OPENING) and the main clause, after a comma, has a named subject right
    before its finite cue ("…, Mnuchin wrote"); else all cues (", he said" and ", saying" keep the clause's)."""
    if len(cues) < 2:
        return cues
    # "Others are warning …: Sen. Richard Burr called it the "…"", "Bynum declared a curfew but Trump announced …"
    m = _NEW_CLAUSE.search(text, cues[0][1], cues[-1][0])
    colon = m.start() if m else -1
    if colon >= 0:
        later = [c for c in cues if c[0] > colon]
        subject = [m for m in attr.mentions_in(colon, later[0][0]) if attr.speaker_ok(m)]
        if subject and subject[-1].kind == "person" and not _TWO_CLAUSES.search(text, subject[-1].end, later[0][0]):
            return later
    if not _SUBORDINATE_OPENING.match(text, a):
        return cues
    comma = text.find(", ", cues[0][1], cues[-1][0])
    later = [c for c in cues if c[0] > comma] if comma >= 0 else []
    if not later or later[0][2].lower().endswith("ing"):
        return cues
    subject = [m for m in attr.mentions_in(comma, later[0][0]) if attr.speaker_ok(m)]
    if subject and subject[-1].kind == "person" and (len(text[subject[-1].end:later[0][0]].split()) <= 3
                                                     or _ASIDE_GAP.fullmatch(text, subject[-1].end, later[0][0])):
        return later
    if document_author(attr, comma, later[0][0], text):  # "While Roe tweeted about it, Ray's statement said"
        return later
    inverted = next(iter(attr.mentions_in(later[0][1], later[0][1] + 60)), None)  # "If X asks …, says Professor Y"
    if not text[comma + 1:later[0][0]].strip() and inverted and inverted.kind == "person" \
            and role_lead(text[later[0][1]:inverted.start].strip()):
        return later
    return cues
