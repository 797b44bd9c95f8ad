"""Find direct quotes in cleaned paragraphs and attribute each to a speaker: cue-verb rules first, then fallbacks.

Decisions worth knowing:
- Where quotes are (mark pairing, lost marks, sentence starts) is decided in index/quote_marks.py; the cue
  verb rules are index/quote_attributor.py, the fallbacks after them index/quote_fallbacks.py.
- kind "full" is a quoted sentence standing on its own ("“We will win,” she said"); "partial" is a
  fragment inside the writer's sentence (she said Trump "would be open"), including scare quotes and
  one-word labels ("dictator"), which get the sentence's speaker if a cue verb names one, else none.
"""
from __future__ import annotations

import re
from bisect import insort
from functools import lru_cache

from index.actors import ActorIndex
from index.models import Paragraph, Quote
from index.names import lexicon
from index.quote_attributor import Attributor, cues_in, finite_cue
from index.quote_events import note_subjects
from index.quote_fallbacks import (according, as_put_it, lead_in_speaker, name_after_quote, participle_subject,
                                   previous_paragraph, previous_sentence_speaker, sentence_end_speaker,
                                   sentence_subject, signature, signature_tail, subordinate_lead_in, credit_tail)
from index.quote_labels import borrow_next as _borrow_next
from index.quote_labels import is_title, label_reason, mid_sentence_title, modifier_label, title_cased
from index.quote_labels import quote_kind as _kind
from index.quote_marks import Span, clean_bounds, pair, sentence_starts
from index.quote_phrases import agent_before, document_tail, judged_as, passive_agent, possessor, what_subject

# "a longtime board member", "one senior official", "another aide": an unnamed person a later he/she may be
_PERSON_NOUN = (r"(?:official|aide|source|member|spokes(?:man|woman|person)|adviser|advisor|staffer|lawmaker|employee|"
                r"officer|agent|diplomat|insider|lawyer|attorney|executive|strategist|operative|donor|resident|witness|woman|man)")
_UNNAMED_PERSON = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){0,4}?" + _PERSON_NOUN + r"\b")
# 'unnamed speaker: the official', '…: the woman': the unnamed person met before, referred back to
_UNNAMED_REFERENCE = re.compile(r"unnamed speaker: the (?:[\w-]+\s+){0,3}?" + _PERSON_NOUN + "$")
_CAPITAL_NEXT = re.compile(r"[\s,]*[A-Z]")  # ('"…," and why Jeb Bush claimed' is another clause)
# '"…?" Collins said' / '"…?" CNN analyst Paul Cruickshank said': a name right before a speech verb
@lru_cache(maxsize=1)
def _name_then_cue() -> re.Pattern[str]:
    """A name and a finite speech verb right after a quote ('"…?" Stahl pressed.'), any verb of the lexicon's."""
    verbs = "|".join(sorted((v for v in lexicon().cue_verbs if not v.endswith("ing")), key=len, reverse=True))
    return re.compile(rf"\s*(?:[\w.’'-]+\s+){{0,5}}?[A-Z][\w.’'-]*\s+(?:{verbs})\b")


def find_quotes(article_id: str, paragraphs: list[Paragraph], index: ActorIndex) -> list[Quote]:
    """Quotes of one article, in text order, each reported once."""
    text = "\n\n".join(p.text for p in paragraphs)
    spans: list[Span] = []
    for pi, p in enumerate(paragraphs):
        if p.kind != "body":
            continue
        for om, cs, ce, cm in pair(p.text):
            cs, ce = clean_bounds(p.text, cs, ce)
            if ce - cs >= 1 and any(ch.isalnum() for ch in p.text[cs:ce]):
                spans.append(Span(pi, cs, ce, om, cm))
    attr = Attributor(paragraphs, index, spans)
    near = {s.para - d for s in spans for d in (0, 1, 2)}  # pronouns look back at most two paragraphs
    for pi, p in enumerate(paragraphs):
        if p.kind == "body" and pi in near:
            note_subjects(attr, text, p.start, p.start + len(p.text))
    attr.events.sort()
    sentence_cache: dict[int, list[int]] = {}
    quotes: list[Quote] = []
    seen: set[str] = set()
    last_end = -1
    prev_para, prev_speaker, prev_cue = -1, None, None
    titles: set[int] = set()
    for k, s in enumerate(spans):
        p = paragraphs[s.para]
        base = p.start
        qa, qb = base + s.cs, base + s.ce
        if s.para not in sentence_cache:
            sentence_cache[s.para] = sentence_starts(p.text)
        para_starts = sentence_cache[s.para]
        starts = [x for x in para_starts if x <= s.open_mark]
        sent_a = base + (starts[-1] if starts else 0)
        prev_close = base + spans[k - 1].close_mark if k and spans[k - 1].para == s.para and k - 1 not in titles else base
        before_a = max(sent_a, prev_close)
        # a sentence start right after the closing mark ('"…?" Collins said') is the attribution's, not a new one
        asks = p.text[s.cs:s.ce].rstrip().rstrip("’'").rstrip()[-1:] in ("?", "!") \
            and bool(_name_then_cue().match(p.text, s.close_mark))  # also "… ‘are we?’” Roe said"
        nxt_sent = [x for x in para_starts if x > s.close_mark and (p.text[s.close_mark:x].strip() or not asks)]
        after_b = base + (nxt_sent[0] if nxt_sent else len(p.text))
        if k + 1 < len(spans) and spans[k + 1].para == s.para:
            after_b = min(after_b, base + spans[k + 1].open_mark)
        after_a = base + s.close_mark
        before_txt = text[before_a:base + s.open_mark]
        has_before_cue = cues_in(before_txt)
        # '… what Snowden says he did, "…," NPR's Gjelten said': a name and cue right after the quote's comma come first,
        # unless the quote ends a clause of its own cue ('When Wyden asked Clapper "…," Clapper answered')
        comma_cue = "," in p.text[s.close_mark - 2:s.close_mark + 1] and before_txt.rstrip()[-1:] in (",", ".") \
            and bool(_CAPITAL_NEXT.match(p.text, s.close_mark)) and bool(_name_then_cue().match(p.text, s.close_mark))
        order = ("before", "after") if has_before_cue else ("after", "before")
        speaker = cue = reason = None
        found = False
        attr.sent_a = sent_a
        if is_title(p.text, s):
            reason, found = "a title, not speech", True
            titles.add(k)
        elif why := label_reason(p.text, s):
            reason, found = why, True
        elif modifier_label(p.text, s) and title_cased(p.text, s):  # at a "Spirit of Reagan" award ceremony
            reason, found = "a label, not speech", True
        elif comma_cue and (res := attr.after(after_a, after_b, text)) and res[0]:
            (speaker, cue, reason), found = res, True
        elif who := as_put_it(attr, base + s.close_mark, after_b, text) or agent_before(attr, base + s.open_mark, text) \
                or possessor(attr, sent_a, base + s.open_mark, text) \
                or what_subject(attr, sent_a, base + s.open_mark, text) or judged_as(attr, sent_a, base + s.open_mark, text) \
                or subordinate_lead_in(attr, sent_a, base + s.open_mark, text):
            speaker, cue, found = who, None, True
        for side in order if not found else ():
            res = attr.before(before_a, base + s.open_mark, text) if side == "before" else attr.after(after_a, after_b, text)
            if res and (res[0] or not found):
                speaker, cue, reason = res
                found = True
            if speaker:
                break
        if not found:
            acc = according(attr, sent_a, after_b, text)
            if acc is not None:
                speaker, cue, found = acc or None, "according to", True
                reason = None if acc else "several people"
        if not found:
            who = participle_subject(attr, sent_a, base + s.close_mark, after_b, text)
            if who:
                speaker, found = who, True
        if not found:
            who = sentence_end_speaker(attr, base + s.close_mark, base + (nxt_sent[0] if nxt_sent else len(p.text)), text)
            if who:
                speaker, found = who, True
        if not found:
            who = name_after_quote(attr, base + s.close_mark, after_b, text) \
                or document_tail(attr, base + s.close_mark, after_b, text) \
                or passive_agent(attr, base + s.open_mark, base + s.close_mark, after_b, text)
            if who:
                speaker, found = who, True
        if not found and before_txt.rstrip().endswith((":", ",")) and p.text[s.cs:s.cs + 1].isupper():
            who = lead_in_speaker(attr, before_a, base + s.open_mark, text)
            if who:
                speaker, found = who, True
        if not found and s.open_mark == 0 and not p.text[s.close_mark:].strip(" .,!?”\"'’"):
            # '“…” ¶ -- Charles Krauthammer on …': a signature line under a quote paragraph, else the paragraph
            # before (a heading or caption set between them, "# Penguin", is skipped)
            prev = next((paragraphs[i] for i in range(s.para - 1, max(-1, s.para - 3), -1) if paragraphs[i].kind == "body"), None)
            who = signature(attr, paragraphs[s.para + 1] if s.para + 1 < len(paragraphs) else None) \
                or (previous_paragraph(attr, prev, text) if prev is not None else None)
            if who:
                speaker, found = who, True
        if not found and s.open_mark == 0 and (who := signature_tail(attr, base + s.close_mark, base + len(p.text), text)):
            speaker, found = who, True
        if not found and s.open_mark == 0 and credit_tail(base + s.close_mark, base + len(p.text), text):
            reason, found = "credited to a source that is no person named in the article", True
        if not found and len(starts) > 1 and not text[sent_a:base + s.open_mark].strip():
            # '…, says Roe, author of "Why Presidents Fail." "There are …"': a title ending the sentence before is
            # no quote of its own there
            prev_b = base + spans[k - 1].open_mark if k - 1 in titles and spans[k - 1].para == s.para \
                and base + spans[k - 1].open_mark > base + starts[-2] else sent_a
            who = previous_sentence_speaker(attr, base + starts[-2], prev_b, text)
            if who:
                speaker, found = who, True
        if not found and not cues_in(text[sent_a:base + s.open_mark]) and not finite_cue(text[base + s.close_mark:after_b]):
            who = sentence_subject(attr, sent_a, base + s.open_mark, text)
            if modifier_label(p.text, s) or title_cased(p.text, s):  # no cue binds "the "extreme vetting" order"
                reason, found = "a label, not speech", True
            elif who:
                speaker, found = who, True
            elif len(starts) > 1 and k not in titles and not cues_in(text[sent_a:(sent_b := base + (nxt_sent[0] if nxt_sent else len(p.text)))]) \
                    and not any(m.kind != "place" for m in attr.mentions_in(sent_a, sent_b)):
                # "…, Roe explained. Workers will be "required to …"": reported speech goes on in a sentence naming nobody
                who = previous_sentence_speaker(attr, base + starts[-2], sent_a, text)
                if not who and prev_speaker and prev_para == s.para and k and base + starts[-2] <= base + spans[k - 1].open_mark \
                        and len(p.text[s.cs:s.ce].split()) >= 4 and p.text[s.cs:s.cs + 1].islower():
                    # (a word or two in marks is more often the writer's, and a capitalised one a title or headline)
                    who = prev_speaker  # '"…," said Roe, an economist. The virus "is especially corrosive"': Roe goes on
                speaker, found = who, bool(who)
        opens_sentence = not before_txt.strip(" —–")
        same_sentence = prev_close > sent_a and prev_para == s.para
        # a quote paragraph goes on from the quote paragraph before it; a caption or heading may stand between them
        follows = prev_para == s.para or 0 <= prev_para < s.para and s.open_mark == 0 \
            and all(paragraphs[i].kind != "body" for i in range(prev_para + 1, s.para))
        if not found and prev_speaker and (opens_sentence or same_sentence) and follows:
            speaker, cue, found = prev_speaker, prev_cue, True
        if not found:
            reason = "no speaker named near the quote"
        if not speaker and mid_sentence_title(p.text, s):
            titles.add(k)  # the next quote's lead-in reaches back past it to the sentence start
        follows_quote = k > 0 and spans[k - 1].para == s.para and prev_speaker is not None
        if speaker:  # a quote repeated from earlier still carries its speaker on to the next quotes
            prev_para, prev_speaker, prev_cue = s.para, speaker, cue
            insort(attr.events, (qa, speaker))
        elif reason and reason.startswith("unnamed speaker") and (_UNNAMED_PERSON.search(text, sent_a, after_b)
                                                                  or "the former " in reason or _UNNAMED_REFERENCE.match(reason)):
            insort(attr.events, (qa, ""))  # '"…," said a board member. "…," he added': he is that unnamed person
        qtext = text[qa:qb]
        key = " ".join(qtext.lower().split())
        if key in seen or qa < last_end:
            continue
        seen.add(key)
        last_end = qb
        quotes.append(Quote(article_id, qtext, speaker, cue, _kind(p.text, s, before_txt, cue, follows_quote), qa, qb, None if speaker else reason))
    _borrow_next(quotes, text)
    return quotes
