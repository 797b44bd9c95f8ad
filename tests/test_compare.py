"""Comparing two articles: each part checked on short made-up articles whose answer is known."""
from __future__ import annotations

from index.aliases import Aliases
from index.compare import actor_presence, compare, days_between, voices
from index.compare_align import align, split_sentences, word_folder
from index.compare_names import naming_differences
from index.compare_quotes import classify, match_quotes
from index.compare_words import distinctive, log_odds, term_counts
from index.extract import paragraphs_from_text
from index.models import Article, ArticleActor, Extraction, Mention, Quote, to_jsonable

ALIASES = Aliases({"Kyiv": ["Kiev"], "Volodymyr Zelensky": ["Zelensky", "Vladimir Zelensky"]})


def article(aid: str, text: str, **meta: object) -> Article:
    return Article(id=aid, title=f"title {aid}", paragraphs=paragraphs_from_text(text), **meta)  # type: ignore[arg-type]


def actor(name: str, kind: str, text: str, *forms: str) -> ArticleActor:
    """An actor with a mention at every occurrence of each form in `text`."""
    mentions = []
    for form in forms:
        pos = text.find(form)
        while pos >= 0:
            mentions.append(Mention(pos, pos + len(form), form))
            pos = text.find(form, pos + 1)
    return ArticleActor(name=name, kind=kind, spellings=list(forms), mentions=mentions)


def quote(aid: str, text: str, speaker: str | None, start: int = 0) -> Quote:
    return Quote(article_id=aid, text=text, speaker=speaker, cue="said", kind="full", start=start, end=start + len(text))


# --- actors and voices -------------------------------------------------------------------------------
def test_shared_and_one_sided_actors_with_counts() -> None:
    ta = "Rubio met Putin. Rubio spoke."
    tb = "Putin met Lammy. Putin left."
    shared, only_a, only_b = actor_presence(
        [actor("Marco Rubio", "person", ta, "Rubio"), actor("Vladimir Putin", "person", ta, "Putin")],
        [actor("Vladimir Putin", "person", tb, "Putin"), actor("David Lammy", "person", tb, "Lammy")],
        ALIASES,
    )
    assert [(p.name, p.mentions_a, p.mentions_b) for p in shared] == [("Vladimir Putin", 1, 2)]
    assert [(p.name, p.mentions_a, p.mentions_b) for p in only_a] == [("Marco Rubio", 2, 0)]
    assert [(p.name, p.mentions_a, p.mentions_b) for p in only_b] == [("David Lammy", 0, 1)]
    assert shared[0].spans_b[1].start == tb.find("Putin", 1)


def test_voice_counts_quoted_words_per_speaker() -> None:
    v = voices(
        [quote("a", "one two three", "Rubio"), quote("a", "four five", "Rubio"), quote("a", "six", None)],
        [quote("b", "alpha beta", "Lammy")],
    )
    assert [(s.speaker, s.quotes, s.words) for s in v.a] == [("Rubio", 2, 5), ("(unattributed)", 1, 1)]
    assert v.quoted_words_a == 6 and v.a[0].share == round(5 / 6, 3)
    assert [(s.speaker, s.words) for s in v.b] == [("Lammy", 2)] and v.quoted_words_b == 2


def test_days_between() -> None:
    assert days_between("2025-05-15", "2025-05-12") == -3
    assert days_between(None, "2025-05-12") is None and days_between("2025", "2025-05-12") is None


# --- shared quotes -----------------------------------------------------------------------------------
def test_identical_despite_curly_marks_and_case() -> None:
    assert classify("We’ll see what happens next.", "we'll see what happens next") == ("identical", 100.0)


def test_trimmed_when_one_is_part_of_the_other() -> None:
    status, _ = classify("there is no military solution to the conflict",
                         "I will say this: there is no military solution to the conflict. This war will end.")
    assert status == "trimmed"


def test_altered_when_wording_changed() -> None:
    status, _ = classify("Our top priority remains an immediate ceasefire in Ukraine",
                         "Our main priority remains an immediate ceasefire in Ukraine")
    assert status == "altered"


def test_unrelated_and_tiny_quotes_do_not_match() -> None:
    assert classify("We expect a ceasefire from tomorrow", "The killing needs to stop now") is None
    assert classify("immediately", "immediately") is None  # one word is not a shared quotation


def test_match_quotes_pairs_one_to_one_with_differing_words() -> None:
    qa = [quote("a", "Our top priority remains an immediate ceasefire in Ukraine", "Rubio", 10),
          quote("a", "nothing to do with the other side at all", "Trump", 90)]
    qb = [quote("b", "Our main priority remains an immediate ceasefire in Ukraine", None, 5),
          quote("b", "Our top priority remains an immediate ceasefire in Ukraine", "Rubio", 50)]
    matches = match_quotes(qa, qb)
    assert len(matches) == 1
    m = matches[0]
    assert m.status == "identical" and m.span_b.start == 50 and m.speaker_b == "Rubio"
    altered = match_quotes(qa[:1], qb[:1])[0]
    assert altered.status == "altered" and altered.only_a == ["top"] and altered.only_b == ["main"]


# --- naming differences ------------------------------------------------------------------------------
def test_naming_difference_from_actor_mentions() -> None:
    ta = "Delegations from Kiev met. Vladimir Zelensky spoke. Zelensky left. The U.S. agreed. Trump spoke."
    tb = "Delegations from Kyiv met. Volodymyr Zelensky spoke. The US agreed. Donald Trump spoke."
    diffs = naming_differences(
        ta, tb,
        [actor("Kyiv", "place", ta, "Kiev"), actor("Volodymyr Zelensky", "person", ta, "Vladimir Zelensky"),
         actor("United States", "place", ta, "U.S."), actor("Donald Trump", "person", ta, "Trump")],
        [actor("Kyiv", "place", tb, "Kyiv"), actor("Volodymyr Zelensky", "person", tb, "Volodymyr Zelensky"),
         actor("United States", "place", tb, "US"), actor("Donald Trump", "person", tb, "Donald Trump")],
        ALIASES,
    )
    got = {d.name: (d.spellings_a, d.spellings_b) for d in diffs}
    assert got == {"Kyiv": (["Kiev"], ["Kyiv"]), "Volodymyr Zelensky": (["Vladimir Zelensky"], ["Volodymyr Zelensky"])}
    kyiv = next(d for d in diffs if d.name == "Kyiv")
    assert ta[kyiv.spans_a[0].start:kyiv.spans_a[0].end] == "Kiev"


def test_naming_difference_from_raw_text_without_actors() -> None:
    diffs = naming_differences("Talks in Kiev resumed.", "Talks in Kyiv resumed; Kyiv agreed.", [], [], ALIASES)
    assert [(d.name, d.spellings_a, d.spellings_b, d.source) for d in diffs] == [("Kyiv", ["Kiev"], ["Kyiv"], "aliases")]
    assert len(diffs[0].spans_b) == 2


def test_same_spelling_is_no_naming_difference() -> None:
    assert naming_differences("Talks in Kyiv.", "Kyiv talks.", [], [], ALIASES) == []


# --- distinctive words -------------------------------------------------------------------------------
def test_log_odds_sign_and_ordering_on_toy_corpus() -> None:
    a = "ceasefire ceasefire ceasefire truce talks peace"
    b = "war war war offensive talks peace"
    prior = {"ceasefire": 10, "truce": 10, "war": 10, "offensive": 10, "talks": 50, "peace": 50}
    dist_a, dist_b = distinctive(a, b, prior, 200, limit=10, alpha0=50)
    assert dist_a[0].term == "ceasefire" and dist_a[0].z > 0
    assert dist_b[0].term == "war" and dist_b[0].z < 0
    names_a = {t.term for t in dist_a}
    assert "ceasefire" in names_a and any("truce" in t for t in names_a) and not any("war" in t for t in names_a)
    # "truce" is used only inside "truce talks" (same counts), so only the phrase is listed
    assert "truce talks" in names_a and "truce" not in names_a
    # a word used as often on both sides sits at zero
    ca, na = term_counts(a)
    cb, nb = term_counts(b)
    talks = next(t for t in log_odds(ca, na, cb, nb, prior, 200, 50) if t.term == "talks")
    assert abs(talks.z) < 1e-9


def test_prior_shrinks_common_words_more_than_rare_ones() -> None:
    a, b = "alpha beta", "gamma delta"
    ranked = log_odds(*term_counts(a), *term_counts(b), {"alpha": 1000, "beta": 1}, 2000, alpha0=100)
    z = {t.term: t.z for t in ranked}
    assert z["beta"] > z["alpha"] > 0  # the rare word says more about A than the common one


def test_bigrams_and_stop_words() -> None:
    counts, n = term_counts("The military solution is no military solution at all.")
    assert counts["military solution"] == 2 and "the" not in counts and "solution is" not in counts and n == 9
    counts, _ = term_counts("Rubio said peace talks. Markets rose, traders cheered")
    assert counts["peace talks"] == 1 and "talks markets" not in counts and "rose traders" not in counts


# --- aligned passages --------------------------------------------------------------------------------
TEXT_A = ("Rubio met Lavrov in Antalya on Thursday to discuss the ceasefire. "
          "The weather in Moscow was cold. "
          "Putin proposed direct talks in Istanbul without preconditions.")
TEXT_B = ("Putin offered direct talks with Kyiv in Istanbul, without preconditions. "
          "Rubio and Lavrov discussed a ceasefire at a meeting in Antalya. "
          "Markets rose sharply in London.")


def test_sentences_carry_offsets() -> None:
    art = article("a", "Dr. Smith met the U.S. envoy. He left.\n\nA new paragraph here.")
    sentences = split_sentences(art)
    assert [s.text for s in sentences] == ["Dr. Smith met the U.S. envoy.", "He left.", "A new paragraph here."]
    assert all(art.text[s.start:s.end] == s.text for s in sentences)


def test_alignment_pairs_mutual_best_and_leaves_the_rest() -> None:
    al = align(split_sentences(article("a", TEXT_A)), split_sentences(article("b", TEXT_B)))
    assert [(p.a, p.b) for p in al.pairs] == [(0, 1), (2, 0)]
    assert al.unpaired_a == [1] and al.unpaired_b == [2]


def test_alignment_folds_alias_spellings() -> None:
    sa = split_sentences(article("a", "Delegations from Kiev arrived in Istanbul today."))
    sb = split_sentences(article("b", "Delegations from Kyiv arrived in Istanbul today."))
    plain = align(sa, sb, threshold=90)
    folded = align(sa, sb, fold=word_folder(ALIASES.single_word_groups()), threshold=90)
    assert plain.pairs == [] and folded.pairs[0].score == 100.0


# --- the whole comparison ----------------------------------------------------------------------------
def test_compare_end_to_end_and_json() -> None:
    a = article("a", TEXT_A + "\n\nRubio said, “We want peace in Kiev.”", outlet="Outlet A", date="2025-05-15", bias="right")
    b = article("b", TEXT_B + "\n\nRubio said: \"we want peace in Kyiv\".", outlet="Outlet B", date="2025-05-12")
    qa_text, qb_text = "We want peace in Kiev.", "we want peace in Kyiv"
    ea = Extraction([actor("Marco Rubio", "person", a.text, "Rubio")],
                    [quote("a", qa_text, "Marco Rubio", a.text.find(qa_text))])
    eb = Extraction([actor("Marco Rubio", "person", b.text, "Rubio"), actor("Vladimir Putin", "person", b.text, "Putin")],
                    [quote("b", qb_text, "Marco Rubio", b.text.find(qb_text))])
    c = compare(a, ea, b, eb, ALIASES)
    assert c.summary.days_apart == -3 and c.summary.a.bias == "right" and c.summary.b.outlet == "Outlet B"
    assert [p.name for p in c.shared_actors] == ["Marco Rubio"] and [p.name for p in c.only_b] == ["Vladimir Putin"]
    assert c.shared_quotes[0].status == "altered" and c.shared_quotes[0].only_a == ["kiev"]
    assert [d.name for d in c.naming] == ["Kyiv"]
    assert (0, 1) in [(p.a, p.b) for p in c.alignment.pairs]
    data = to_jsonable(c)
    assert set(data) >= {"summary", "shared_actors", "only_a", "only_b", "voice", "shared_quotes", "naming",
                         "distinctive_a", "distinctive_b", "alignment"}


# --- properties --------------------------------------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SENTENCE = st.lists(st.sampled_from("Rubio Putin Kyiv Kiev talks ceasefire Istanbul U.S. Dr. said 30-day “peace” the".split()),
                     min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8), st.lists(_SENTENCE, min_size=1, max_size=8))
def test_alignment_is_one_to_one_and_offsets_hold(sents_a: list[str], sents_b: list[str]) -> None:
    art_a, art_b = article("a", " ".join(sents_a)), article("b", "\n\n".join(sents_b))
    sa, sb = split_sentences(art_a), split_sentences(art_b)
    assert all(art_a.text[s.start:s.end] == s.text for s in sa)
    assert all(art_b.text[s.start:s.end] == s.text for s in sb)
    al = align(sa, sb, fold=word_folder(ALIASES.single_word_groups()))
    assert len({p.a for p in al.pairs}) == len(al.pairs) == len({p.b for p in al.pairs})
    assert sorted([p.a for p in al.pairs] + al.unpaired_a) == list(range(len(sa)))
    assert sorted([p.b for p in al.pairs] + al.unpaired_b) == list(range(len(sb)))
