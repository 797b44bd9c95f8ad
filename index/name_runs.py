"""Capitalised name runs of a text: the words a name can be made of, with offsets, possessive and sentence-start flags.

Split out of index/actors.py, which classifies each run as a person, organisation or place.
"""
from __future__ import annotations

import re

from index.actor_context import formal_name_next
from index.common_words import common_words
from index.first_name_genders import first_name_genders
from index.names import ABBREVIATIONS, NAME_PARTICLES, has_org_cue, place_name

# A word: starts with a letter; may hold apostrophes, hyphens and inner periods (U.S., St.).
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.]|-(?!-)|&(?=[A-Z]))*")
# ("--" is a dash, "S.C.--Jeb Bush", not part of a word; an ampersand between capitals is: "Texas A&M", "AT&T")
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"(?:[{_UPPER}]|(?:al|el|bin|ibn|abu|ul)-[{_UPPER}])(?:[\w'’.]|-(?!-)|&(?=[A-Z]))*"
# Only runs of capitalised words (joined by name particles) are tokenised; one may follow "--" but not a bullet "-".
_RUN = re.compile(
    rf"(?<![\w'’])(?<!(?<!-)-)(?<![\w'’\-]\.){_CAP_WORD}(?: (?:(?:of|the|de|da|di|del|della|dos|du|van|von|der|den|bin|ibn|al|la|le|el) )*{_CAP_WORD})*"
)
ARABIC_PREFIX = re.compile(r"(?:al|el|bin|ibn|abu|ul)-[A-Z]")
_GLUED = re.compile(r"[a-z]{2}\.(?=[A-Z])")
_POSSESSIVE = re.compile(r"['’]s?$")


def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int, bool]]:
    """Words of text[a:b] with offsets; trailing sentence periods and possessives are cut off and flagged."""
    out: list[tuple[str, int, int, bool]] = []
    for m in _TOKEN.finditer(text, a, b):
        word, start, end = m.group(), m.start(), m.end()
        glued = _GLUED.search(word)
        if glued:  # "Medinsky.In": a sentence run into the next one
            word, end = word[: glued.start() + 2], start + glued.start() + 2
        if word.endswith(".."):
            word = word.rstrip(".")
            end = start + len(word)
        while word.endswith(("-", ".")) and not (
            word.endswith(".") and ("." in word[:-1] or word[:-1].lower() in ABBREVIATIONS or len(word) == 2)
        ):
            word, end = word[:-1], end - 1
        poss = False
        pm = _POSSESSIVE.search(word)
        if pm and len(word) > 2:
            word, end, poss = word[: pm.start()], start + pm.start(), True
        if word:
            out.append((word, start, end, poss))
    return out


def _is_sentence_start(text: str, pos: int) -> bool:
    """True when pos starts a sentence: paragraph start or after . ? ! : or an opening quote mark."""
    i = pos - 1
    while i >= 0 and text[i] in " \t“\"‘'(":
        i -= 1
    if i < 0:
        return True
    return text[i] in ".?!:;—"


def name_runs(text: str) -> list[tuple[list[tuple[str, int, int, bool]], bool]]:
    """Runs of capitalised words (with name particles inside), each with a sentence-initial flag."""
    toks = [t for m in _RUN.finditer(text) for t in _tokens(text, m.start(), m.end())]
    spans: list[tuple[list[tuple[str, int, int, bool]], bool]] = []
    cur: list[tuple[str, int, int, bool]] = []
    for tok in toks:
        word, start, _end, _poss = tok
        is_cap = word[0].isupper() or bool(ARABIC_PREFIX.match(word))
        if cur:
            prev = cur[-1]
            gap = text[prev[2]:start]
            joinable = gap == " " and not prev[3] and not formal_name_next(text, tok[2], cur)
            if joinable and (is_cap or word in NAME_PARTICLES or word == "of" or word == "the" and cur[-1][0] == "of"):
                cur.append(tok)
                continue
            if gap == ", " and word.rstrip(".") in ("Jr", "Sr") and len(cur) >= 2 and not prev[3]:
                cur.append(tok)  # "Trayon White, Sr.": the suffix is part of the name, as in "Trayon White Sr."
                continue
            spans.append((cur, _is_sentence_start(text, cur[0][1])))
            cur = []
        if is_cap:
            cur.append(tok)
    if cur:
        spans.append((cur, _is_sentence_start(text, cur[0][1])))
    # trim lowercase particles dangling at the end of a run ("Secretary of")
    out = []
    pieces = (piece for span in spans for half in _split_doubled(span) for piece in _split_possessive_home(half))
    for words, initial in pieces:
        while words and not words[-1][0][0].isupper() and not ARABIC_PREFIX.match(words[-1][0]):
            words = words[:-1]
        if words:
            out.append((words, initial))
    return out


def _split_doubled(span: tuple[list[tuple[str, int, int, bool]], bool]) -> list[tuple[list[tuple[str, int, int, bool]], bool]]:
    """"Phyllis Schlafly Phyllis Schlafly": a name written twice in a row (a scraped caption beside its alt text)
    is two mentions of one name, never a four-word name."""
    words, initial = span
    n = len(words) // 2
    if n >= 2 and len(words) == 2 * n and [w[0] for w in words[:n]] == [w[0] for w in words[n:]]:
        return [(words[:n], initial), (words[n:], False)]
    return [span]


def _split_possessive_home(span: tuple[list[tuple[str, int, int, bool]], bool]) -> list[tuple[list[tuple[str, int, int, bool]], bool]]:
    """"Henri Tiphagne of People's Watch": a run of two or three name words, "of" and a possessive (where a run
    ends) is a person and the start of their group's name, never one name; "Bank of America's" and "University of
    Michigan's" keep theirs (an organisation word before "of"), as do "Boy Scouts of America's" (common words)."""
    words, initial = span
    k = len(words) - 2
    if k in (2, 3) and words[k][0] == "of" and words[-1][3] and words[-1][0][:1].isupper() \
            and all(w[0][:1].isupper() for w in words[:k]) and not has_org_cue([w[0] for w in words[:k]]) \
            and not place_name(" ".join(w[0] for w in words[:k])) and _name_like([w[0] for w in words[:k]]):
        return [(words[:k], initial), (words[k + 1:], False)]
    return [span]


def _name_like(words: list[str]) -> bool:
    """No common word in a person's name, save a first name that is also one ("Sherry Glied")."""
    common = common_words()
    return all(w.lower() not in common for w in words[1:]) and (words[0].lower() not in common or words[0].lower() in first_name_genders())
