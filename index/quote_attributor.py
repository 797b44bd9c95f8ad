"""The speaker rules for one article's quotes: cue verbs before and after a quote, their subjects, he/she.

index/quotes.py finds the quotes and runs these rules, then the fallbacks of index/quote_fallbacks.py, in order;
the rules here answer "who is the subject of the cue verb next to this quote".
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from index.actors import ActorIndex, ActorMention
from index.models import Paragraph
from index.names import lexicon
from index.quote_context import (OPENERS, PERSON_PAIR, TITLE_WORDS, appositive, genders, group_subject, is_modifier, participle_opening,
                                  role_lead, unnamed_person_nouns, unnamed_speaker_cue)
from index.quote_events import PASSIVE_BEFORE, SUBORDINATE, cue_subject_of, lone_previous_person, opening_person
from index.quote_fallbacks import coordinated_subject, sentence_subject
from index.quote_marks import Span, sentence_break
from index.quote_phrases import document_author, epithet, inverted_lead, quoted_object
from index.quote_subjects import main_clause_cues

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
_UNNAMED = re.compile(r"\b(?:officials?|source|sources|spokes\w+|aide|statement|analysts?|experts?|people|"
                      r"residents?|witness\w*|critics?|they|They|report|reporters?)\b")
_RELATIVE = re.compile(r"\s+(?:(?:at|in|during|for|of|to|with)\s+)?(?:which|who|whom|whose|where|when)\b")
_INDEFINITE = re.compile(r"\s+(?:an?|another|one|two|several|some)\s")
_PREPOSITIONS = frozenset("of to for with against about at from on in into toward towards than like".split())
_CLAUSE = re.compile(r",? but |; ")
# "Curry, who had said he would "vote"": the relative pronoun's antecedent is the cue's subject
_WHO = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,3}")
# An appositive just before a cue ("X of Montana, one of the few Democrats to vote no, told"): names in it are no subject
_TRAILING_APPOSITIVE = re.compile(r",\s+(?:one of|an?|the|who|whose)\s[^,“”\"]*,\s*$")
# '"…," one of Trump's staunchest allies, Rep. Jim Jordan, R-Ohio, told': an appositive before the name
_LEADING_APPOSITIVE = re.compile(r"[\s,]*(?:one of|an?|the)\s[^,“”\"]{1,80},\s*(?:[A-Z][\w.]*\s+){0,2}")
_PARTY_TAG = re.compile(r"\s*,\s*[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*,\s*")
_WHO_ASIDE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s+who\s[^,“”\"]{1,120},")  # "Sen. Roe (R-Texas), who called X a liar,"
_AND_CUE = re.compile(r"\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# "He met the head of X, and came away calling him": a participle after a second past-tense verb of the subject
_AND_VERB_PARTICIPLE = re.compile(r"\s(?:and|but)\s+(?:[a-z]+ed|came|went|got|left|took|kept|began|spent|sat|stood|wound)"
                                  r"(?:\s+(?:away|out|back|up|off|on|around))?\s+$")
# "his claim", "Roe’s warning": after a possessive a cue word that is no verb form is a noun ("Roe’s said" is "has said")
_POSSESSIVE_DET = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+$")
_NAME_POSSESSIVE = re.compile(r"\b[A-Z][\w.-]*['’]s\s+$")
_VERB_FORM = re.compile(r"(?:ed|en|ing|said|told|wrote|spoke)$")
# '"…," Bannon is quoted as saying': a passive "quoted" whose subject is the speaker
_PASSIVE_AUX = re.compile(r"\s+(?:is|was|were|are|has been|had been|have been)\s+(?:\w+ly\s+)?")
# "… denounced the sentence for his former aide Roger Stone, tweeting:": a person after a preposition is an object
_PREP_OBJECT = re.compile(r"\b(?:for|of|to|with|against|about|from|on)\s+(?:his|her|their|its|the|a|an)\s+(?:[a-z-]+\s+){0,3}$")
# "Roe singled out Doe, declaring": a person right after a past-tense verb is its object, no rival subject
# "… in trying to dissuade Syrian President Bashar Assad …, warning": so is one right after an infinitive
_VERB_OBJECT = re.compile(r"\b(?:[a-z]{2,}ed|to\s+[a-z]{2,})(?:\s+(?:out|up|off|down))?\s+(?:[A-Z][a-z]{0,3}\.\s+|[A-Z][a-z]+\s+){0,2}$")
_THAT = re.compile(r"\bthat\b")
_PRONOUN_NEXT = re.compile(r"\s+(he|she|He|She)\b")
_OF_EMPLOYER = re.compile(r"\s+of\s+(?:the\s+)?[^,“”\".;:]{1,60}?\s+")
_WRITING = re.compile(r"\b(?:report|statement|study|decision|ruling|memo|letter|release|filing|document|opinion|"
                      r"order|survey|poll|analysis|assessment|website|account|post|tweet|readout|transcript|summary|"
                      r"notice|announcement|guidance|bulletin|brief|complaint|indictment|lawsuit|motion|resolution|"
                      r"bill|guidelines?|email|message|note|paper|review|audit|findings|data)s?\b")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ly\s+)?$")
# a second clause whose subject a participle may belong to ("…, which Bratton called X, saying", "…, but others …")
_OTHER_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|but|while|whereas|when|as|(?<=ed )by)\b|;")
# "with Pelosi saying", "with Pelosi, the speaker, arguing": a name in an absolute phrase is its participle's subject
_WITH_PARTICIPLE = re.compile(r"(?:,[^,“”\"]{1,60},)?\s+(?:also\s+)?(?:saying|arguing|insisting|warning|noting|adding|calling|"
                              r"claiming|telling|writing|describing|explaining|tweeting|declaring|urging|accusing|"
                              r"slamming|blasting|praising|predicting|complaining|recalling|decrying)\b")


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    """One alternation of every cue verb: far faster than testing each word."""
    words = sorted({re.sub(r"[^a-z]", "", w) for w in lexicon().cue_verbs} - {""}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(words) + r")(?![\w'’-])", re.IGNORECASE)


class Attributor:
    """Speaker rules for the quotes of one article."""

    def __init__(self, paragraphs: list[Paragraph], index: ActorIndex, spans: list[Span]) -> None:
        self.paragraphs = paragraphs
        self.mentions = index.mentions
        self.index = index
        self.inside = [(paragraphs[s.para].start + s.open_mark, paragraphs[s.para].start + s.close_mark) for s in spans]
        self.events: list[tuple[int, str]] = []
        self.sent_a = 0  # where the sentence of the quote being attributed starts
        self.pronoun_unnamed = False  # the last pronoun() call found an unnamed speaker, not no one
        self.inside.sort()
        self._inside_starts = [a for a, _ in self.inside]
        self._mention_starts = [m.start for m in self.mentions]
        self._kinds = {a.name: a.kind for a in index.actors}
        self._genders: dict[str, str] | None = None
        self._cue_words = lexicon().cue_verbs
        self.text = "\n\n".join(p.text for p in paragraphs)  # (position, speaker): who spoke or was the subject of a cue

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self._inside_starts, pos) - 1
        return i >= 0 and pos < self.inside[i][1]

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        i = bisect_left(self._mention_starts, start)
        out: list[ActorMention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and not self.in_quote(m.start):
                out.append(m)
            i += 1
        return out

    def speaker_ok(self, m: ActorMention) -> bool:
        if m.kind not in ("person", "organisation") or m.possessive or is_modifier(self.text, m.end, m.start if m.kind == "person" else -1):
            return False
        head = self.text[max(0, m.start - 22):m.start].lower().split()
        if head and (head[-1] == "former" or head[-2:-1] == ["former"]) and m.kind == "organisation":
            return False  # '"…," the former senior JAG says': a person once of the organisation, unnamed
        if head and head[-1].isdigit() and m.kind == "organisation":
            return False  # '"…," 107 House Republicans wrote': a number of people, no one speaker
        if head and head[-1] in ("a", "an") and m.kind == "person":
            return False  # '", like a Drudge or a Trump, she says': a kind of person, not the one who speaks
        if head and head[-1] in ("the", "a", "an"):  # "nominee for the Supreme Court says": still an object
            head = head[:-1]
        if head and head[-1] in _PREPOSITIONS and m.kind == "person" and _WITH_PARTICIPLE.match(self.text, m.end):
            return True  # "…, with Nancy Pelosi saying", "Commenting on PM Jane Roe telling": the participle's subject
        return not head or head[-1] not in _PREPOSITIONS or head[-2:] == ["according", "to"]  # "in defense of McConnell" is no subject

    def gender_table(self) -> dict[str, str]:
        """Each person's gender as the article marks it (honorifics, roles, usual first names), computed once."""
        if self._genders is None:
            self._genders = genders(self.text, self.mentions, {a.name: a.roles for a in self.index.actors if a.roles})
        return self._genders

    def gender_fits(self, name: str, word: str) -> bool:
        """False when the article marks the person as the other gender than the pronoun ("Mr. Biden" for a she)."""
        other = {"he": "f", "him": "f", "she": "m", "her": "m"}.get(word.lower(), "")
        return not other or self.gender_table().get(name) != other

    def pronoun(self, pos: int, word: str = "") -> str | None:
        """The person a he/she before pos refers to: the latest speaker or subject, else the latest person;
        one the article marks as the other gender ("Mr. Biden" for a she) is passed over."""
        self.pronoun_unnamed = False
        table = self.gender_table()
        other = {"he": "f", "him": "f", "she": "m", "her": "m"}.get(word.lower(), "")
        if other and (lone := lone_previous_person(self, pos)) and table.get(lone) != other:
            return lone
        i = bisect_left(self.events, (pos, ""))
        for p, name in reversed(self.events[max(0, i - 50):i]):
            if not name:  # "A former official explained … “…,” he said": he is that unnamed person,
                # unless a later paragraph names a person ("¶ … Pompeo flashed a smile. ¶ “…,” he said")
                para_end = self.text.find("\n", p)
                # (one of the pronoun's gender, when it has one: "he told Dianne" does not end the unnamed "he")
                if para_end < 0 or not any(m.kind == "person" and (not other or table.get(m.name) not in (other, None))
                                           for m in self.mentions_in(para_end, pos)):
                    self.pronoun_unnamed = True
                    return None
                break
            if self._kinds.get(name) == "person" and (not other or table.get(name) != other):
                return name
        i = bisect_left(self._mention_starts, pos)
        for m in reversed(self.mentions[max(0, i - 50):i]):
            if m.kind == "person" and not self.in_quote(m.start) and (not other or table.get(m.name) != other):
                return m.name
        return None

    def no_pronoun_reason(self) -> str:
        """Why the last he/she looked up found no one: an unnamed speaker it stands for, or no person at all."""
        return "unnamed speaker" if self.pronoun_unnamed else "pronoun with no earlier person"

    def cues(self, text: str, base: int) -> list[tuple[int, int, str]]:
        cues = self._cue_words
        # ("his claim that", "her warning": after a possessive determiner a cue word is a noun)
        return [(base + w.start(), base + w.end(), w.group()) for w in _WORD.finditer(text)
                if w.group().lower() in cues and not noun_use(text, w.start(), w.group())]

    def after(self, a: int, b: int, text: str) -> tuple[str | None, str | None, str | None] | None:
        """Attribution after the quote: “…,” he said / said X / X told Y. None when no cue is near."""
        cues = [c for c in self.cues(text[a:b], a) if c[0] - a <= 100]
        if not cues:
            return None
        cs, ce, cue = cues[0]
        gap = text[a:cs]
        if sentence_break(gap) or _CONTRAST.match(gap):
            return None  # '"…," while Sen. Roe countered': the contrasting clause's cue is not the quote's
        subj = [m for m in self.mentions_in(a, cs) if self.speaker_ok(m)]
        is_epithet, who = epithet(self, a, cs, text)  # '"…," the movie star and former TV host told a crowd'
        if is_epithet and who and not subj:
            return who, cue, None
        if len(gap.split()) > 7:  # '"…," policy expert Jane Roe, a professor at X University, told the paper'
            first = next((m for m in subj if m.kind == "person"), None)
            if first and (role_lead(text[a:first.start].strip(" ,—–")) or _LEADING_APPOSITIVE.fullmatch(text, a, first.start)) \
                    and (appositive().match(text, first.end, cs) or _PARTY_TAG.fullmatch(text, first.end, cs)
                         or _OF_EMPLOYER.fullmatch(text, first.end, cs)  # "Jane Roe of the think tank Third Way told"
                         or not text[first.end:cs].strip()):
                return first.name, cue, None  # '"…," UPS Inc. chief financial officer Kurt Kuehn said
            last = subj[-1] if subj else None
            comma = text.rfind(", ", a, last.start) if last else -1
            if last and last.kind == "person" and comma >= 0 and not text[last.end:cs].strip() \
                    and (TITLE_WORDS.fullmatch(text[comma + 2:last.start]) or role_lead(text[comma + 2:last.start].strip())):
                return last.name, cue, None  # '"…" and need to be reassessed, Attorney General Eric Holder said'
            return None
        if cue.lower() == "quoted":
            if subj and subj[-1].kind == "person" and self.speaker_ok(subj[-1]) and _PASSIVE_AUX.fullmatch(text, subj[-1].end, cs):
                return subj[-1].name, cue, None  # '"…," Bannon is quoted as saying in the book'
            return quoted_object(self, ce, b, text, a)
        if subj and is_modifier(text, subj[-1].end, subj[-1].start) and len(text[subj[-1].end:cs].split()) <= 3 \
                and not _WRITING.search(text, subj[-1].end, cs):  # '"…," the Pentagon report said' stays the Pentagon's
            return None, cue, f"unnamed speaker: {gap.strip(' ,—–')}"  # '"…," the Senate staff member said'
        if subj:
            return cue_subject_of(self, subj, cs, text).name, cue, None
        if who := document_author(self, a, cs, text):  # '"…," Roe's statement said'
            return who, cue, None
        pm = _PRONOUN.search(gap)
        if pm:
            who = self.pronoun(a, pm.group())
            return who, cue, None if who else self.no_pronoun_reason()
        obj = [m for m in self.mentions_in(ce, min(b, ce + 90)) if self.speaker_ok(m) and m.start - ce < 60]
        if obj and _THAT.search(text, ce, obj[0].start):
            obj = []  # '"…," said through a lawyer that the carnage Paddock unleashed': a clause, not "said X"
        if obj and cue.lower() in ("told", "tells", "telling"):
            obj = []  # '"Mornings with Maria" told host Maria Roe': whoever is told is the listener, never the speaker
        if obj and not gap.strip(" ,—–"):
            # 'said CNN national security analyst Peter Bergen': the outlet is part of his title
            person = next((m for m in obj if m.kind == "person" and role_lead(text[ce:m.start].strip())), None)
            if not person and obj[0].kind == "organisation" and _INDEFINITE.match(text, ce):
                return None, cue, "unnamed speaker"  # '"…," said one GOP operative with close ties to …'
            return (person or obj[0]).name, cue, None
        if not gap.strip(" ,—–") and _INDEFINITE.match(text, ce):
            return None, cue, "unnamed speaker"  # '"…," said a senior official'
        if gap.strip(" ,—–") in ("and", "or", "but") or cue.endswith("ing") and gap.strip(" ,—–"):
            return None  # '… as a "crisis" and calling it', '"we" 17 times in describing': the writer's sentence goes on
        if gap.strip(" ,—–"):
            person = next((m for m in obj if m.kind == "person"), None)
            if person and gap.rstrip().endswith(",") and role_lead(text[ce:person.start].strip()):
                return person.name, cue, None  # '"…" ideas on helping the middle class, said Pawlenty, the head of'
            return coordinated_subject(self, a, cs, cue, text) or (None, cue, f"unnamed speaker: {gap.strip(' ,—–')}")
        return None

    def before(self, a: int, b: int, text: str) -> tuple[str | None, str | None, str | None] | None:
        """Attribution before the quote: X said: “…” / X told Y “…” (the first cue's subject speaks)."""
        cues = [c for c in self.cues(text[a:b], a) if not self.in_quote(c[0])]
        if cues and participle_opening(text, a, cues[0][0]):
            # "Speaking at the summit, Rubio said: ...", "Asked if the president asked Pence, Short told …": the
            # participle phrase, cues and all, has no subject of its own
            comma = text.find(", ", cues[0][1], b)
            cues = [c for c in cues if c[0] > comma] if comma >= 0 else cues[1:]
        cues = main_clause_cues(self, text, a, cues)  # "While Roe has argued …, Doe wrote that is a "…""
        for cs, ce, cue in cues:
            # "When asked about X, Wood wrote that": a cue with no subject of its own gives way to the next one
            if PASSIVE_BEFORE.search(text, max(a, cs - 8), cs) and not cue.endswith(("ing", "s")):
                continue  # "Obama was said to have held": the subject did not speak
            comma = text.rfind(",", a, cs)
            if comma >= 0 and _RELATIVE.match(text, comma + 1) and "," in text[ce:b]:
                continue  # ", at which three aides testified, Smith said:": a relative clause's cue
            if who := inverted_lead(self, a, cs, ce, cue, b, text):  # "Unemployment, said Hassett, "…""
                return who, cue, None
            res = coordinated_subject(self, a, cs, cue, text) or self._cue_subject(a, cs, ce, cue, b, text)
            if res:
                return res
        return None

    def _cue_subject(self, a: int, cs: int, ce: int, cue: str, b: int, text: str) -> tuple[str | None, str | None, str | None] | None:
        """The subject of one cue verb found before a quote: a name, he/she, or an unnamed speaker."""
        if cue.lower() == "quoted":
            return quoted_object(self, ce, b, text, a)
        if (ind := _INDEFINITE_SUBJECT.search(text, max(a, cs - 60), cs)) and not self.in_quote(ind.start()) \
                and (ind.group(1) or ind.group(2) in unnamed_person_nouns()):
            if SUBORDINATE.match(text[a:ind.start()].lstrip()):
                return None  # "When someone said that …, she replied": the main clause's cue speaks
            return None, cue, "unnamed speaker"  # "someone shouted", "…, with one forensics agent saying"
        if (_AND_CUE.search(text, max(a, cs - 24), cs) or cue.lower().endswith("ing") and _AND_VERB_PARTICIPLE.search(text, max(a, cs - 40), cs)) \
                and (who := sentence_subject(self, a, cs, text)):
            return who, cue, None  # "He has challenged Congress to act and said Tuesday": the sentence's subject
        if cue.lower().endswith("ing") and _PARTICIPLE_AFTER_COMMA.search(text, max(a, cs - 24), cs):
            lo = a
            if self.sent_a < a and not any(m.kind == "person" for m in self.mentions_in(a, cs)):
                lo = self.sent_a  # 'Roe cited the "…" in a statement, saying "…"': the subject is before the first quote
            who = sentence_subject(self, lo, cs, text)  # "Roe wasted no time attacking X, falsely tweeting:"
            first = next((m for m in self.mentions_in(lo, cs) if m.name == who), None)
            rel = first and (w := _WHO_ASIDE.match(text, first.end, cs)) and not _OTHER_CLAUSE.search(text, w.end(), cs)
            if who and first and (rel or not _OTHER_CLAUSE.search(text, lo, cs) and not any(
                    m.kind == "person" and m.name != who and self.speaker_ok(m) and not _PREP_OBJECT.search(text, max(a, m.start - 40), m.start)
                    and not _VERB_OBJECT.search(text, max(a, m.start - 30), m.start)
                    for m in self.mentions_in(first.end, cs))):
                return who, cue, None
            if who and not first and _pronoun_led(text, lo, cs):
                return who, cue, None  # "He refused a deal when he met Mr Jones, saying:": Jones is no subject
        if unnamed_speaker_cue(text, a) == cs:  # "A spokeswoman for Sen. Roe, one of …, told CNN": that unnamed person
            # unless the quote sits in a clause with a cue of its own ("A student said … NPR admits that “…”")
            return None if cues_in(text[ce:b]) else (None, cue, "unnamed speaker")
        clause = max([a, *(m.end() for m in _CLAUSE.finditer(text, a, cs))])
        near = [m for m in self.mentions_in(clause, cs) if not self.in_quote(m.start)]  # 'on "Mornings with Maria" told'
        if len(near) > 1:  # "the Minnesota senator": the place inside a role reference is no modifier of its own
            near = [m for m in near if not any(o.start <= m.start and m.end <= o.end and o is not m for o in near)]
        for m in near:  # "Sessions, a leading voice since he was an Alabama senator, said": the appositive's head
            if m.kind == "person" and self.speaker_ok(m) and appositive().match(text, m.end, cs):
                return m.name, cue, None
        if len(near) > 1 and (ap := _TRAILING_APPOSITIVE.search(text, near[0].end, cs)):
            near = [m for m in near if m.start < ap.start()]  # "…, one of the Democrats to vote no, told": not the subject
        if near and is_modifier(text, near[-1].end) and len(text[near[-1].end:cs].split()) <= 5 or group_subject(text, clause, cs):
            return None, cue, "unnamed speaker"  # "FBI officials said": the nearest subject is unnamed
        for m in reversed(near):
            if m.kind == "person" and not m.possessive and _WHO.fullmatch(text, m.end, cs):
                return m.name, cue, None
        if who := document_author(self, a, cs, text):  # "While Roe tweeted, Ray's statement said": Ray's document
            return who, cue, None
        cands = [m for m in near if self.speaker_ok(m)]
        pm = None
        for found in _PRONOUN.finditer(text, a, cs):
            if not self.in_quote(found.start()):  # '“… he hasn’t learned …,” said Wright': the quote's he is no subject
                pm = found
        if cands and not (pm and pm.start() > cands[-1].end):
            if len(cands) >= 2 and cands[-1].kind == cands[-2].kind == "person" and cands[-1].name != cands[-2].name \
                    and PERSON_PAIR.fullmatch(text, cands[-2].end, cands[-1].start) and len(text[cands[-1].end:cs].split()) <= 3:
                return None, cue, "several people"  # "Jane Roe and Tom Ray said": a group's words, no one speaker
            return cue_subject_of(self, cands, cs, text).name, cue, None
        if pm:
            # "Rep. X of Michigan, who chairs…, didn't go as far as Paul, but he said": the sentence's subject
            # "Commenting on PM Roe telling MPs "…", he said": no one named inside an opening participle phrase is he
            sa = self.sent_a if a > self.sent_a and participle_opening(text, self.sent_a, self.sent_a) else a
            who = opening_person(self, a, pm.start(), text) or self.pronoun(sa, pm.group())
            return who, cue, None if who else self.no_pronoun_reason()
        is_epithet, who = epithet(self, a, cs, text)  # 'The Illinois Democrat said: "…"'
        if is_epithet and who:
            return who, cue, None
        if _UNNAMED.search(text, a, cs):
            return None, cue, "unnamed speaker"
        return None


# group 1: an indefinite pronoun; group 2: the person noun after "with a/one …" (checked against person nouns)
_INDEFINITE_SUBJECT = re.compile(r"(?:\b([Ss]omeone|[Ss]omebody|[Aa]nyone|[Oo]ne\s+(?:man|woman|person))|\bwith\s+(?:one|a|an|another)"
                                 r"\s+(?:[\w-]+\s+){0,3}?([a-z]+))\s+(?:(?:also|then|later)\s+)?$")
_CONTRAST = re.compile(r"[”\"’']?[,;]?\s+(?:while|whereas)\s")


def _pronoun_led(text: str, a: int, cs: int) -> bool:
    """The sentence opens with he/she and every later clause in it before the cue is that pronoun's again ("He
    refused …, when he met Jones, saying"), so no one named in between can be a participle's subject."""
    head = text[a:cs].lstrip()
    for conj in OPENERS:
        head = head.removeprefix(conj)
    start = cs - len(head)
    if not (pm := _PRONOUN.match(text, start, cs)):
        return False
    return all((p := _PRONOUN_NEXT.match(text, m.end(), cs)) and p.group(1).lower() == pm.group().lower()
               for m in _OTHER_CLAUSE.finditer(text, pm.end(), cs))


def cues_in(text: str) -> bool:
    return _cue_regex().search(text) is not None


def finite_cue(text: str) -> bool:
    """A cue verb other than a participle ("in describing", "saying"), or "according to": one that attributes the quote."""
    return "according to" in text or any(not m.group().lower().endswith("ing") and not noun_use(text, m.start(), m.group())
                                         for m in _cue_regex().finditer(text))


def noun_use(text: str, start: int, word: str) -> bool:
    """True for a cue word used as a noun: after a possessive ("his claim", "Roe’s warning"; "Roe’s said" is "has said")."""
    return bool(_POSSESSIVE_DET.search(text, max(0, start - 7), start)
                or _NAME_POSSESSIVE.search(text, max(0, start - 40), start) and not _VERB_FORM.search(word))
