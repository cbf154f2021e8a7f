"""Quote extraction and attribution: what ``db.quotes.extract_quotes`` must get right.

Real people only ever speak their real words here: those come from the
sourced facts file (tests/files/quotes/gold.jsonl keeps each passage with its
source address) or from the seed article in ../shared. Everything else is said
by fictional people of a fictional contest.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from contest_tracker.contest import Contest, Person, Role, load_contest
from contest_tracker.eval_polnear import match
from db.quote_marks import MAX_QUOTE_CHARS
from db.quotes import QuoteResult, extract_quotes, normalize_quote

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = Path(__file__).resolve().parent / "files" / "quotes" / "gold.jsonl"
SEED = SHARED / "seed" / "article-2016-08-25-corbyn-snp.txt"
LABOUR = load_contest("labour-2016")

FICTIONAL = Contest(
    slug="fictional", name="A fictional contest", start=dt.date(2030, 1, 1), end=dt.date(2030, 12, 31),
    party="Freedom Party",
    people=[
        Person("jane-doe", "Jane Doe", aliases=("Doe",), titles=("Ms", "Dame"), gender="f", party="Freedom Party",
               roles=(Role("Party leader", descriptors=("the party leader", "the leader")),)),
        Person("john-roe", "John Roe", aliases=("Roe",), titles=("Mr",), gender="m", party="Freedom Party",
               roles=(Role("Challenger", start=dt.date(2030, 3, 1), until=dt.date(2030, 6, 1),
                           descriptors=("the challenger",)),)),
        Person("richard-poe", "Richard Poe", aliases=("Poe",), titles=("Mr",), gender="m",
               roles=(Role("Shadow fictional secretary",
                           descriptors=("the shadow fictional secretary", "his shadow fictional secretary")),)),
    ],
)
DAY = dt.date(2030, 4, 1)


def quotes(text: str, contest: Contest | None = FICTIONAL, day: dt.date | None = DAY) -> list[dict]:
    return extract_quotes(text, contest, day).quotes


def only(text: str, **kwargs) -> dict:
    found = quotes(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


# --- the public shape ---------------------------------------------------------------

def test_result_holds_quote_and_speaker_dicts():
    result = extract_quotes("Jane Doe said: \u201cWe will win.\u201d", FICTIONAL, DAY)
    assert isinstance(result, QuoteResult)
    quote = result.quotes[0]
    assert set(quote) == {"text", "start", "end", "kind", "speaker", "speaker_id", "speaker_mention", "cue", "segments"}
    assert set(result.speakers[0]) == {"id", "name", "kind", "aliases", "in_config", "party", "role"}
    assert result.speakers[0]["id"] == "jane-doe" and result.speakers[0]["role"] == "Party leader"


def test_offsets_are_string_indices_into_the_text():
    text = "Jane Doe said: \u201cWe will win.\u201d"
    quote = only(text)
    assert text[quote["start"]:quote["end"]] == quote["text"] == "We will win."
    assert quote["segments"] == [[quote["start"], quote["end"]]]
    mention, cue = quote["speaker_mention"], quote["cue"]
    assert text[mention["start"]:mention["end"]] == mention["text"] == "Jane Doe"
    assert text[cue["start"]:cue["end"]] == cue["text"] == "said"


def test_empty_text_gives_nothing():
    assert extract_quotes("") == QuoteResult()
    assert extract_quotes("   \n\n ").quotes == []


# --- introductions and cues ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jane Doe said: \u201cWe will win.\u201d",
    "\u201cWe will win,\u201d said Jane Doe.",
    "\u201cWe will win,\u201d Jane Doe said.",
    "\u201cWe will win,\u201d said Ms Doe.",
    "Ms Doe told the audience: \u201cWe will win.\u201d",
])
def test_cue_before_or_after_the_quote(text):
    quote = only(text)
    assert quote["kind"] == "direct"
    assert quote["speaker_id"] == "jane-doe"
    assert quote["text"].startswith("We will win")


@pytest.mark.parametrize("cue", ["he told the audience", "he told supporters in London", "he said", "said Mr Roe"])
def test_pronoun_and_object_after_the_quote(cue):
    text = f"John Roe spoke in Leeds.\n\n\u201cWe will win,\u201d {cue}."
    quote = only(text)
    assert quote["speaker_id"] == "john-roe"


@pytest.mark.parametrize("verb", [
    "said", "told reporters", "added", "wrote", "joked", "admonished", "insisted", "declared", "continued",
    "warned", "noted", "claimed", "tweeted", "confirmed", "argued", "stated", "explained", "urged",
    "conceded", "admitted", "replied", "responded", "announced", "suggested", "asked", "quipped",
    "confided", "deadpanned", "murmured", "stammered", "scolded", "rebutted", "inquired", "sniffed",
])
def test_cue_verbs_well_beyond_said(verb):
    after = only(f"\u201cWe will win,\u201d Jane Doe {verb}.")
    before = only(f"Jane Doe {verb}: \u201cWe will win.\u201d")
    assert after["speaker_id"] == before["speaker_id"] == "jane-doe"
    assert after["cue"]["text"] == before["cue"]["text"] == verb.split()[0]


@pytest.mark.parametrize("verb", ["slammed", "dubbed", "labelled", "labeled", "heralded", "likened", "applauded", "cast", "casts"])
def test_label_verbs_with_every_inflection(verb):
    # "slam" doubles its m, "label" has a British and an American past; each puts a quoted label on its object
    quote = only(f"Jane Doe {verb} the plan as {L}a breakthrough for members{R} on Monday.")
    assert quote["kind"] == "mixed" and quote["cue"]["text"] == verb and quote["speaker_id"] == "jane-doe"


@pytest.mark.parametrize("verb", ["denounced", "condemned", "ridiculed", "lambasted", "castigated"])
def test_verbs_of_condemnation_put_a_label_on_their_object(verb):
    quote = only(f"Jane Doe {verb} the {L}shameful betrayal of workers{R} on Monday.")
    assert quote["kind"] == "mixed" and quote["cue"]["text"] == verb and quote["speaker_id"] == "jane-doe"


@pytest.mark.parametrize("phrase", ["pointed out", "hit back", "made it clear", "made the case", "made the point"])
def test_multi_word_cues(phrase):
    quote = only(f"Jane Doe also {phrase} that the plan, for all its faults, would be {L}a breakthrough for members.{R}")
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "jane-doe" and quote["cue"]["text"] == phrase


def test_participle_cue_takes_the_subject_of_the_sentence():
    quote = only("Afterwards a smiling Doe waved to supporters, saying: \u201cWe will win.\u201d")
    assert quote["speaker_id"] == "jane-doe"


# --- broken-up quotes --------------------------------------------------------------------

def test_quote_broken_by_its_cue_is_one_quote():
    text = "\u201cWe will win,\u201d she said. \u201cAnd then we will govern.\u201d"
    quote = only("Jane Doe arrived.\n\n" + text)
    assert quote["text"] == "We will win And then we will govern."
    assert len(quote["segments"]) == 2
    full = "Jane Doe arrived.\n\n" + text
    assert [full[s:e] for s, e in quote["segments"]] == ["We will win", "And then we will govern."]


def test_quote_broken_by_its_cue_with_a_comma():
    quote = only("\u201cWe will win,\u201d Jane Doe said, \u201cand then we will govern.\u201d")
    assert len(quote["segments"]) == 2


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_multi_paragraph_quote_left_open_and_reopened(sep):
    text = sep.join([
        "Jane Doe said: \u201cWe will win the first round.",
        "\u201cWe will win the second round.",
        "\u201cAnd we will win the third.\u201d",
        "The count is on Friday.",
    ])
    quote = only(text)
    assert quote["text"] == "We will win the first round. We will win the second round. And we will win the third."
    assert len(quote["segments"]) == 3
    assert text[quote["start"]:quote["end"]].endswith("the third.")


def test_curly_marks_nested_in_a_straight_quoted_paragraph_stay_inside_it():
    text = "\n\n".join([
        "Jane Doe stated:",
        '"The party is not about \u201cfairness for all\u201d anymore. It is about its leaders.',
        '"The latest example is this vote."',
        "The count is on Friday.",
    ])
    quote = only(text)
    assert quote["text"].startswith("The party is not about \u201cfairness for all\u201d anymore.")
    assert quote["text"].endswith("The latest example is this vote.")
    assert quote["speaker_id"] == "jane-doe"


def test_quote_that_goes_on_in_the_next_paragraph_without_a_cue():
    text = "She added: \u201cWe will win.\u201d\n\n\u201cNobody can stop us now.\u201d"
    quote = only("Jane Doe spoke.\n\n" + text)
    assert quote["speaker_id"] == "jane-doe"
    assert quote["text"] == "We will win. Nobody can stop us now."


@pytest.mark.parametrize("interruption", [
    "Tonight we rally in Leeds https://t.co/abc123\n\n\u2014 Jane Doe (@janedoe) March 3, 2030",
    "Image caption Jane Doe on stage in Leeds",
])
def test_quote_interrupted_by_a_tweet_or_caption(interruption):
    text = f"Jane Doe said: \u201cWe will win.\n\n{interruption}\n\n\u201cAnd then we will govern.\u201d"
    quote = only(text)
    assert quote["text"] == "We will win. And then we will govern."
    assert "rally" not in quote["text"] and "caption" not in quote["text"]
    assert len(quote["segments"]) == 2


# --- who spoke -----------------------------------------------------------------------------

def test_pronoun_goes_to_the_subject_not_the_nearest_name():
    text = ("John Roe refused to back Richard Poe, who has the support of Mr Smithers.\n\n"
            "He said: \u201cWe will win.\u201d")
    direct = [q for q in quotes(text) if q["kind"] == "direct"]  # "refused to back …" is a stance of its own
    assert len(direct) == 1 and direct[0]["speaker_id"] == "john-roe"


def test_pronoun_uses_gender():
    text = "Jane Doe met John Roe in Leeds.\n\nShe said: \u201cWe will win.\u201d"
    assert only(text)["speaker_id"] == "jane-doe"


def test_pronoun_after_a_quote_stays_with_its_speaker():
    text = ("John Roe said: \u201cWe will win.\u201d\n\nRichard Poe disagreed with Mr Smithers about it.\n\n"
            "Mr Roe went on. He added: \u201cNobody can stop us.\u201d")
    found = quotes(text)
    assert [q["speaker_id"] for q in found] == ["john-roe", "john-roe"]


def test_descriptor_resolves_to_who_held_the_role_that_day():
    text = "The challenger said: \u201cWe will win.\u201d"
    assert only(text, day=dt.date(2030, 4, 1))["speaker_id"] == "john-roe"
    assert only(text, day=dt.date(2030, 8, 1))["speaker_id"] != "john-roe"


def test_descriptor_with_a_possessive():
    text = "Jane Doe named a team. Richard Poe, his shadow fictional secretary, said: \u201cWe will win.\u201d"
    assert only(text)["speaker_id"] == "richard-poe"
    text = "His shadow fictional secretary said: \u201cWe will win.\u201d"
    assert only(text)["speaker_id"] == "richard-poe"


def test_real_descriptors_from_the_config():
    """The seed article calls Corbyn "The current UK boss"; the config knows it."""
    holders = LABOUR.descriptor_holders(dt.date(2016, 8, 25))
    assert holders["the current uk boss"].id == "jeremy-corbyn"
    assert holders["his shadow scottish secretary"].id == "dave-anderson"


def test_a_long_descriptor_with_and_resolves_whole():
    """Owen Smith's words, reported by the Evening Standard (10 July 2016):
    https://iframe.standard.co.uk/news/politics/owen-smith-set-to-enter-labour-leadership-contest-in-bid-to-oust-jeremy-corbyn-a3294476.html"""
    text = ("The former shadow work and pensions secretary had signalled his intentions on Sunday, "
            "writing on Twitter: \"I am not prepared to stand by and see our party split\".")
    [quote] = extract_quotes(text, LABOUR, dt.date(2016, 7, 13)).quotes
    assert quote["speaker_id"] == "owen-smith"


@pytest.mark.parametrize("title", ["Mr", "Ms", "Mrs", "Lord", "Dame", "Sir", "Dr"])
def test_title_and_surname_link_to_the_full_name(title):
    text = f"Alex Quill spoke first.\n\n{title} Quill said: \u201cWe will win.\u201d"
    assert only(text)["speaker_id"] == "alex-quill"


def test_a_bare_surname_shared_by_two_people_goes_to_the_one_just_named():
    text = ("John Quill, the candidate, spoke first. \u201cWe will win,\u201d Quill said.\n\n"
            "Then Jane Quill, his sister and a councillor, took the stage. \u201cWe will not,\u201d Quill said.")
    assert [q["speaker_id"] for q in quotes(text, contest=None)] == ["john-quill", "jane-quill"]


def test_a_titles_gender_picks_among_namesakes():
    text = ("John Quill's plane has a den that Jane Quill decorated.\n\n"
            "\u201cIt is like a new plane,\u201d Mr. Quill said.\n\n\u201cI chose the chairs,\u201d Ms. Quill said.")
    assert [q["speaker"] for q in quotes(text, contest=None)] == ["John Quill", "Jane Quill"]


def test_an_unlisted_first_name_at_a_sentence_end_still_makes_a_person():
    text = ("The city council offered an exception for Rahmo Quill.\n\n"
            "Quill rejected it. \u201cIt is ignorant,\u201d Quill said in a statement. He added: \u201cWe will not go.\u201d")
    assert [q["speaker"] for q in quotes(text, contest=None)] == ["Rahmo Quill", "Rahmo Quill"]


def test_a_bare_surname_far_from_both_namesakes_goes_to_the_one_named_most():
    text = ("Jane Quill launched her bid on Monday.\n\nJane Quill has led the council for years.\n\n"
            "Her late father, John Quill, ran the council in the 1990s.\n\nThe vote is in May.\n\n"
            "Turnout is expected to be high.\n\n\u201cWe will win,\u201d Quill said.")
    assert only(text, contest=None)["speaker_id"] == "jane-quill"


def test_a_middle_name_makes_no_second_person():
    text = ("Jane Ann Quill spoke first.\n\n\u201cWe will win,\u201d said Jane Quill.\n\n"
            "\u201cAnd soon,\u201d Quill added.")
    found = extract_quotes(text, FICTIONAL, DAY)
    assert [q["speaker_id"] for q in found.quotes] == ["jane-ann-quill"] * 2
    assert [s["name"] for s in found.speakers] == ["Jane Ann Quill"]


def test_a_first_name_we_do_not_list_still_makes_a_person_when_the_surname_speaks():
    text = ("Rahmo Quill, the mayor, met the families.\n\nQuill said he meets them every week. "
            "He also described meetings that he holds, so that people \u201cknow I am listening.\u201d")
    found = quotes(text, contest=None)
    assert {q["speaker"] for q in found} == {"Rahmo Quill"}


@pytest.mark.parametrize("text", [
    "In North Carolina, the race is close.\n\nCarolina said nothing. \u201cWe will win,\u201d he said.",
    "Although Quill spoke first, the vote went on.\n\nQuill said: \u201cWe will win.\u201d",
])
def test_a_place_or_a_common_word_before_a_surname_is_no_first_name(text):
    assert all(q["speaker"] not in {"North Carolina", "Although Quill"} for q in quotes(text, contest=None))


def test_a_religious_or_military_title_opens_a_name_and_pronouns_go_to_it():
    text = ("As Archbishop Arno Quill told the radio, \u201cWe have suffered the same fate.\u201d "
            "He added, \u201cSo we should have been the first to say it.\u201d")
    assert [q["speaker"] for q in quotes(text, contest=None)] == ["Arno Quill", "Arno Quill"]


def test_a_title_in_the_headline_names_no_one():
    text = "Pastor Wants Girl Scouts Banned From Church Halls\n\n\u201cThey are not welcome,\u201d he said."
    assert only(text, contest=None)["speaker"] != "Wants Girl"


def test_a_subject_with_a_long_aside_before_its_verb_is_the_pronouns_antecedent():
    text = ("John Quill spoke at the rally and praised the plan.\n\n"
            "Michael Roe, who lives outside the capital, Sacramento, said he still \u201chopes that Quill wins.\u201d "
            "He grows angry every time he gets an email from the party, he says, because \u201cthey never stop.\u201d")
    assert [q["speaker"] for q in quotes(text, contest=None)][-1] == "Michael Roe"


def test_a_party_label_after_a_name_keeps_it_the_subject():
    text = ("John Roe won the primary there, giving him momentum. Sen. Tom Quill (R-Wis.) is an underdog "
            "in his race. He said: \u201cWe will win.\u201d")
    assert only(text, contest=None)["speaker"] == "Tom Quill"


def test_a_person_named_institution_is_no_person():
    text = ("\u201cWe will win,\u201d said Roe, a George Washington University graduate. "
            "He added: \u201cAnd soon.\u201d")
    assert all(q["speaker"] != "George Washington" for q in quotes(text, contest=None))


def test_person_outside_the_config_is_a_speaker_with_aliases():
    text = ("Jane Smithers, a donor, attacked the plan.\n\nMs Smithers said: \u201cIt is wrong.\u201d\n\n"
            "\u201cIt cannot stand,\u201d Smithers added.")
    result = extract_quotes(text, FICTIONAL, DAY)
    assert [q["speaker_id"] for q in result.quotes] == ["jane-smithers", "jane-smithers"]
    speaker = result.speakers[0]
    assert speaker["id"] == "jane-smithers" and speaker["name"] == "Jane Smithers"
    assert speaker["kind"] == "person" and speaker["in_config"] is False
    assert {"Ms Smithers", "Smithers"} <= set(speaker["aliases"])


def test_organisation_and_unnamed_speakers_stay_apart_from_the_person():
    text = ("The party said: \u201cWe will win.\u201d\n\n"
            "A spokesman for Ms Doe said: \u201cWe will govern.\u201d\n\n"
            "Jane Doe said: \u201cWe will celebrate.\u201d")
    result = extract_quotes(text, FICTIONAL, DAY)
    assert [q["speaker_id"] for q in result.quotes] == ["org-freedom-party", "unnamed-spokesman-for-jane-doe", "jane-doe"]
    kinds = {s["id"]: s["kind"] for s in result.speakers}
    assert kinds == {"org-freedom-party": "organisation", "unnamed-spokesman-for-jane-doe": "unnamed", "jane-doe": "person"}


def test_without_a_contest_speakers_come_from_the_article():
    quote = only("\u201cWe will win,\u201d said Alex Quill.", contest=None, day=None)
    assert quote["speaker_id"] == "alex-quill" and quote["speaker"] == "Alex Quill"


# --- what counts -----------------------------------------------------------------------------

def test_indirect_speech():
    quote = only("Jane Doe said that the party would win the next election easily.")
    assert quote["kind"] == "indirect"
    assert quote["speaker_id"] == "jane-doe"
    assert quote["text"] == "that the party would win the next election easily"


def test_indirect_speech_without_that_and_after_the_content():
    assert only("Jane Doe said the party would win the next election.")["kind"] == "indirect"
    quote = only("The party would win the next election, Jane Doe said.")
    assert quote["kind"] == "indirect" and quote["speaker_id"] == "jane-doe"
    assert quote["text"] == "The party would win the next election"


def test_mixed_quote_is_the_reported_clause():
    quote = only("Jane Doe said the plan would be a \u201cdisaster for everyone\u201d in the long run.")
    assert quote["kind"] == "mixed"
    assert quote["text"] == "the plan would be a \u201cdisaster for everyone\u201d in the long run"


@pytest.mark.parametrize("text", [
    "Jane Doe appeared on \u201cQuestion Time\u201d last night.",
    "Jane Doe, a self-styled \u201cpractical radical\u201d, arrived in Leeds.",
    "The \u201cFreedom Bus\u201d tour reached Leeds on Monday.",
    # a thing named by "called": a title, even a long one
    "Jane Doe has a new book called \u201cWomen Who Work Hard For Fair Pay\u201d out this year.",
    "Both oppose a pension formula called the \u201cchained price index that would lower payments\u201d in 2017.",
    # a thing named after a comma, and "so- called" broken by a stray space
    "There is also a regular series, called \u201cQuick Question\u201d in which the candidate discusses recipes.",
    "The so- called \u201cspecial relationship\u201d with Paris has been the cornerstone of our diplomacy.",
])
def test_scare_quotes_and_titles_are_not_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize("marks", [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'")])
def test_straight_curly_and_single_marks(marks):
    o, c = marks
    quote = only(f"Jane Doe said: {o}We will win the vote.{c}")
    assert quote["text"] == "We will win the vote." and quote["speaker_id"] == "jane-doe"
    quote = only(f"{o}We will win the vote,{c} said Jane Doe.")
    assert quote["text"] == "We will win the vote"


@pytest.mark.parametrize("stray", ["\"", "\u201c"])
def test_a_stray_mark_before_a_curly_opener_is_ignored(stray):
    quote = only(f"{stray}\u201cWe will win the vote,\u201d said Jane Doe.")
    assert quote["text"] == "We will win the vote" and quote["speaker_id"] == "jane-doe"


@pytest.mark.parametrize("height", ["6\u20192\u201d", "6'2\""])
def test_an_inch_mark_after_a_height_does_not_close_the_quote(height):
    quote = only(f"{L}I admit, he is taller than me; he is like {height},{R} Jane Doe said.")
    assert quote["kind"] == "direct" and quote["text"].endswith(f"like {height}") and quote["speaker_id"] == "jane-doe"


def test_a_closing_mark_that_opens_a_paragraph_after_a_direction_mark_opens_the_quote():
    # comment threads pasted from social media put an invisible U+202A before a backwards mark
    quote = only("\u202a\u201dWe will win the vote in May. Thanks Jane!\u201d wrote John Roe.")
    assert quote["text"] == "We will win the vote in May. Thanks Jane!" and quote["speaker"] == "John Roe"


def test_a_label_after_a_comma_is_still_the_speakers_in_a_what_clause():
    quote = only(f"He fought in what Jane Roe, the party treasurer, called {L}hand-to-hand combat.{R}", contest=None)
    assert quote["speaker"] == "Jane Roe" and quote["text"].startswith("hand-to-hand combat")


def test_a_newsletter_items_headline_and_excerpt_are_not_speech():
    text = ("FAREWELL\u2014\"The Corner Room to close at the end of the month,\" by the Gazette's Jane Doe: "
            "\"The Corner Room, a small club that gave an early start to many local bands, will close its doors on "
            "Friday after eighteen years.\" http://example.org/1")
    assert quotes(text, contest=None) == []


def test_apostrophes_are_not_quotation_marks():
    quote = only("Jane Doe said: \u201cWe don\u2019t fear the voters\u2019 verdict in the \u201990s or now.\u201d")
    assert quote["text"] == "We don\u2019t fear the voters\u2019 verdict in the \u201990s or now."


@pytest.mark.parametrize("said, words", [
    ("\u2018I\u2019m sure of it \u2013 and the members\u2019 votes prove it.\u2019",
     "I\u2019m sure of it \u2013 and the members\u2019 votes prove it."),
    ("\u2018It\u2019s the members\u2019 party, not the MPs\u2019.\u2019", "It\u2019s the members\u2019 party, not the MPs\u2019."),
])
def test_a_plural_possessive_inside_single_marks_does_not_close_them(said, words):
    quote = only(f"Jane Doe said: {said}")
    assert quote["text"] == words


def test_a_plural_possessive_closes_single_marks_when_nothing_later_does():
    quote = only("Jane Doe said the plan was \u2018for the members\u2019 and nobody else.")
    assert "\u2018for the members\u2019 and nobody else" in quote["text"]


@pytest.mark.parametrize("text", [
    "''I said, 'We will win the vote,''' Mr. Roe recalled. ''She said, 'No daylight.'.''",
    "''We met as the 'core four' today,'' Ms. Doe added.",
    # a quote left open at its paragraph's end
    "Mr. Roe said: ''Part of my job is to say, 'Vote for us. We are ready.'",
])
def test_single_marks_inside_two_apostrophe_quotation_are_a_quote_within_a_quote(text):
    # some archives write double quotation marks as two apostrophes; the single marks inside them
    # are someone quoted by the speaker, not the speaker's own words
    assert [q["text"] for q in quotes(text) if q["kind"] != "indirect"] == []


def test_unclosed_quote_stops_at_its_paragraph_end():
    text = "Jane Doe said: \u201cWe will win the vote.\n\nThe count is on Friday. Turnout was high."
    quote = only(text)
    assert quote["text"] == "We will win the vote."
    assert quote["end"] <= text.index("\n\n")


def test_quote_length_is_capped():
    text = "Jane Doe said: \u201c" + "\n\n\u201c".join(["We will win the vote again and again."] * 400)
    for quote in quotes(text):
        assert sum(e - s for s, e in quote["segments"]) <= MAX_QUOTE_CHARS


def test_stray_marks_never_crash():
    rng = random.Random(2016)
    alphabet = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", " ", "\n", "\n\n", "said", "Jane Doe", ",", ".", ":", "he", "We win"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for quote in extract_quotes(text, FICTIONAL, DAY).quotes:
            assert 0 <= quote["start"] <= quote["end"] <= len(text)
            assert all(0 <= s <= e <= len(text) for s, e in quote["segments"])


def test_normalize_quote_folds_marks_case_space_dashes_and_ellipses():
    a = normalize_quote("\u201cWe won\u2019t stop \u2014 not now\u2026\u201d")
    b = normalize_quote('"we won\'t  stop - not now..."')
    assert a == b == "we wont stop not now"
    assert normalize_quote("We will win.") == normalize_quote("  we WILL win ")


# --- real quotes from the facts file and the seed article -----------------------------------

def _gold_docs() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _doc_text(doc: dict) -> str | None:
    if "text" in doc:
        return doc["text"]
    path = SHARED / doc["source"]
    return path.read_text(encoding="utf-8") if path.exists() else None


def _gold_segments(text: str, quote: dict) -> list[tuple[int, int]]:
    segments, pos = [], 0
    for piece in quote["pieces"]:
        start = text.index(piece, pos)
        segments.append((start, start + len(piece)))
        pos = start + len(piece)
    return segments


def _extract(doc: dict, text: str) -> list[dict]:
    return extract_quotes(text, LABOUR, dt.date.fromisoformat(doc["published"])).quotes


def test_gold_passages_come_with_their_source():
    for doc in _gold_docs():
        assert doc.get("url") or doc.get("source") or doc.get("note"), doc["id"]
        assert doc["facts"].startswith("shared/contest-facts/labour-2016.md")
        if "text" in doc:
            for quote in doc["quotes"]:
                _gold_segments(doc["text"], quote)  # every expected quote is in its passage


def test_gold_set_scores_above_the_floor():
    """The same metric as PolNeAR (half of each span overlapping, one to one); speakers by id."""
    matched = predicted = gold = right = 0
    for doc in _gold_docs():
        text = _doc_text(doc)
        if text is None:
            continue  # the seed article lives in ../shared
        found = _extract(doc, text)
        expected = [_gold_segments(text, q) for q in doc["quotes"]]
        pairs = match([[tuple(s) for s in q["segments"]] for q in found], expected)
        matched += len(pairs)
        predicted += len(found)
        gold += len(expected)
        right += sum(found[i]["speaker_id"] == doc["quotes"][j]["speaker_id"] for i, j in pairs)
    precision, recall = matched / predicted, matched / gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9, (precision, recall)
    assert right / matched >= 0.9


@pytest.mark.parametrize("doc_id", ["itv-eagle-launch", "independent-no-confidence", "standard-eagle-withdraws",
                                    "guardian-nec-ballot", "labourlist-nec-spokesperson", "ibtimes-appeal",
                                    "aol-appeal-spokesman", "newstalk-corbyn-statement"])
def test_gold_passage(doc_id):
    doc = next(d for d in _gold_docs() if d["id"] == doc_id)
    found = _extract(doc, doc["text"])
    assert [(q["kind"], q["speaker_id"]) for q in found] == [(q["kind"], q["speaker_id"]) for q in doc["quotes"]]
    for quote, expected in zip(found, doc["quotes"]):
        assert quote["text"] == " ".join(expected["pieces"])
    for phrase in doc.get("not_quotes", []):
        assert all(q["text"] != phrase for q in found)


def test_real_organisation_speaker():
    doc = next(d for d in _gold_docs() if d["id"] == "independent-no-confidence")
    result = extract_quotes(doc["text"], LABOUR, dt.date(2016, 6, 28))
    assert result.speakers[0] == {"id": "org-labour", "name": "Labour", "kind": "organisation", "aliases": [],
                                  "in_config": False, "party": "Labour", "role": None}


@pytest.fixture(scope="module")
def seed() -> tuple[str, QuoteResult]:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (it exists only beside the project)")
    text = SEED.read_text(encoding="utf-8")
    return text, extract_quotes(text, LABOUR, dt.date(2016, 8, 25))


def test_seed_direct_quotes_are_all_corbyns(seed):
    _, result = seed
    direct = [q for q in result.quotes if q["kind"] == "direct"]
    assert len(direct) == 4
    assert {q["speaker_id"] for q in direct} == {"jeremy-corbyn"}
    assert [len(q["segments"]) for q in direct] == [1, 1, 2, 3]
    assert {q["speaker_mention"]["text"] for q in direct} == {"Mr Corbyn", "He"}


def test_seed_three_paragraph_quote_is_joined(seed):
    text, result = seed
    last = [q for q in result.quotes if q["kind"] == "direct"][-1]
    assert last["text"].startswith("We will create a Scottish national bank")
    assert last["text"].endswith("the rest of the South East.")
    assert "\n" not in last["text"] and "\u201c" not in last["text"]
    assert text[last["start"]:last["end"]].startswith("We will create")


def test_seed_tweet_is_not_an_article_quote(seed):
    text, result = seed
    tweet = text.index("Tonight we")
    byline = text.index("(@jeremycorbyn)")
    for quote in result.quotes:
        assert not any(s <= tweet < e or s <= byline < e for s, e in quote["segments"])


def test_seed_speakers(seed):
    _, result = seed
    ids = {s["id"]: s for s in result.speakers}
    assert set(ids) == {"jeremy-corbyn", "dave-anderson"}
    assert "The current UK boss" in ids["jeremy-corbyn"]["aliases"]
    assert ids["jeremy-corbyn"]["in_config"] is True


# --- wider shapes (fictional speakers) ----------------------------------------------------

def test_the_speaker_is_the_full_noun_phrase_between_quote_and_cue():
    text = "\u201cWe will win the recount,\u201d former Freedom Party treasurer Paul Quill said."
    quote = only(text, contest=None)
    assert quote["speaker_mention"]["text"] == "former Freedom Party treasurer Paul Quill"
    assert quote["speaker"] == "Paul Quill"


def test_a_name_that_starts_with_a_stop_word():
    quote = only("\u201cWe will win the recount,\u201d said Will Quill, a party organiser.", contest=None)
    assert quote["speaker_mention"]["text"] == "Will Quill"


@pytest.mark.parametrize("sentence, content", [
    ("Jane Doe declined to comment on the ballot.", "to comment on the ballot"),
    ("Jane Doe called for a recount in every ward.", "a recount in every ward"),
    ("Jane Doe urged members to vote early.", "members to vote early"),
])
def test_stance_verbs_attribute_their_object(sentence, content):
    quote = only(sentence)
    assert quote["kind"] == "indirect" and quote["text"] == content
    assert quote["speaker_id"] == "jane-doe"


def test_two_reported_clauses_in_one_sentence():
    found = quotes("Jane Doe said the count was fair, and John Roe said the result would stand.")
    assert [q["speaker_id"] for q in found] == ["jane-doe", "john-roe"]


# --- shapes met in news copy (fictional speakers) -------------------------------------------

L, R = "\u201c", "\u201d"


def test_a_quote_read_off_a_sign_or_statement():
    quote = only(f"{L}Doe for leader, Roe for nothing,{R} the banner read.")
    assert quote["kind"] == "direct" and quote["speaker_mention"]["text"] == "the banner"


@pytest.mark.parametrize("signature", ["- Jane Doe.", "- Jane Doe, Leeds.", "-Jane Doe, tweeting after the count."])
def test_a_quote_signed_with_a_dash_and_a_name(signature):
    text = f"Members wrote in.\n\n{L}I want a leader who listens to members and wins elections.{R}\n\n{signature}\n\nMore letters."
    quote = only(text)
    assert quote["speaker_mention"]["text"] == "Jane Doe" and quote["speaker_id"] == "jane-doe"


TITLES_AFTER_A_CUE = [f"on {L}Sunday Politics.{R}", f"in her memoir, {L}Winning Big.{R}"]


@pytest.mark.parametrize("after", TITLES_AFTER_A_CUE)
def test_a_show_or_book_named_after_the_cue_is_no_part_of_the_quote(after):
    text = f"{L}We will win,{R} Jane Doe told the Gazette {after} {L}They will lose.{R}"
    quote = only(text)
    assert quote["text"] == "We will win They will lose."


@pytest.mark.parametrize("after", TITLES_AFTER_A_CUE)
def test_a_show_or_book_named_after_the_cue_leaves_the_clause_before_it_the_speakers(after):
    text = f"But Jane Doe, who had left the party a year earlier, poured {L}cold water on the idea,{R} she wrote {after}"
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_mention"]["text"] == "she"
    assert quote["text"].endswith(f"poured {L}cold water on the idea,{R}")


@pytest.mark.parametrize("text, segments", [
    (f"Cost estimates, Jane Doe added, were {L}based on a prototype hall.{R}",
     ["Cost estimates", f"were {L}based on a prototype hall.{R}"]),
    (f"The party, as Jane Doe put it, is {L}bigger than any one of us.{R}",
     ["The party", f"is {L}bigger than any one of us.{R}"]),
    # a quote that carries the subject's sentence on is mixed with it
    (f"An economic downturn, Jane Doe said, {L}could be a good time to borrow.{R}",
     ["An economic downturn", f"{L}could be a good time to borrow.{R}"]),
    # an opening adjunct is where or when she spoke, not part of what she said
    (f"Asked about the plan, Jane Doe said it was {L}bigger than any one of us.{R}",
     [f"it was {L}bigger than any one of us.{R}"]),
])
def test_a_subject_before_a_cue_set_off_by_commas_is_part_of_the_report(text, segments):
    quote = only(text, contest=None)
    assert quote["kind"] == "mixed" and quote["speaker"] == "Jane Doe"
    assert [text[s:e] for s, e in (quote.get("segments") or [[quote["start"], quote["end"]]])] == segments


def test_a_cue_clause_that_says_more_than_who_spoke_is_no_aside():
    quote = only(f"Minutes later, Jane Doe sent an email saying, {L}done and dusted.{R}", contest=None)
    assert quote["kind"] == "direct" and quote["text"] == "done and dusted."


def test_a_quote_inside_a_clause_that_resumes_after_its_cue_is_one_mixed_quote():
    text = f"Her record in key states means {L}she must be doing something right,{R} he says, {L}but I will not vote for her.{R}"
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_mention"]["text"] == "he"
    assert len(quote["segments"]) == 2 and quote["text"].startswith("Her record in key states means")


@pytest.mark.parametrize("opening", [f"{L}\u2019", "\u2018\u2018", "\'\'"])
def test_a_sentence_starts_at_a_quote_opening_with_two_marks(opening):
    from db.sentences import sentences

    text = f"Jane Doe named her favourite show. {opening}Party Games, she said."
    assert [text[a:b] for a, b in sentences(text)] == ["Jane Doe named her favourite show.",
                                                        f"{opening}Party Games, she said."]


@pytest.mark.parametrize("so_called", ["so called", "so-called"])
def test_a_so_called_name_is_no_quote(so_called):
    assert quotes(f"The second plan, the {so_called} {L}Members First Initiative{R} seeks to change the rules.") == []


@pytest.mark.parametrize("spokesman", ["A spokesman for the party leader", "The party leader\u2019s spokesman",
                                       "A spokesman for Ms Doe", "Doe\u2019s spokesman"])
def test_a_spokesman_for_a_descriptor_speaks_for_whoever_held_the_role(spokesman):
    quote = only(f"{spokesman} said: {L}The ballot is open to all members.{R}")
    assert quote["speaker_id"] == "unnamed-spokesman-for-jane-doe"


@pytest.mark.parametrize("who, speaker_id", [
    ("one senior Freedom Party MP", "unnamed-freedom-party-mp"),
    ("a Freedom Party peer", "unnamed-freedom-party-peer"),
])
def test_an_unnamed_mp_is_nobody_called_mp(who, speaker_id):
    quote = only(f"{L}It is over,{R} {who} told the Gazette.")
    assert quote["speaker_id"] == speaker_id


def test_a_sentence_opening_participle_is_no_speaker_but_leads_to_the_main_clause_subject():
    text = f"Holding signs calling Roe {L}the biggest loser,{R} the protesters chanted {L}John Roe: bad for the party, bad for you.{R}"
    label = next(q for q in quotes(text) if "biggest loser" in q["text"])
    assert label["speaker_mention"]["text"] == "the protesters"


def test_a_surname_ending_in_ing_still_speaks():
    text = f"Alex Manning said the members will still meet, but said, {L}It is time we change how we do it.{R}"
    quote = next(q for q in quotes(text, contest=None) if q["kind"] == "direct")
    assert quote["speaker"] == "Alex Manning"


def test_a_verb_joined_by_and_shares_the_main_clause_subject_not_the_opening_clause_one():
    text = (f"Last month, when I asked Jane Doe if she would ever back Roe, she looked into my camera, "
            f"furrowed her brow and said, {L}I will back YOU!{R}")
    quote = next(q for q in quotes(text) if q["kind"] == "direct")
    assert quote["speaker_id"] == "jane-doe"


@pytest.mark.parametrize("opening", ["Earlier this week,", "Last month,", "This year,"])
def test_a_time_phrase_opening_the_sentence_is_no_subject(opening):
    quote = only(f"{opening} Jane Doe shared her worries with the members, {L}I do not know which Roe will show up.{R}")
    assert quote["speaker_id"] == "jane-doe"


def test_goes_on_is_a_cue_only_before_a_quote_colon_or_to():
    text = f"By contrast, Jane Doe said that once the Senate goes on recess, {L}I intend to do as much as I can, wherever I can help.{R}"
    quote = only(text)
    assert quote["speaker_id"] == "jane-doe" and quote["cue"]["text"] == "said"
    assert only(f"{L}It is a bit concerning to me,{R} she went on.")["cue"]["text"] == "went on"


def test_a_sign_saying_something_says_it_but_people_carrying_signs_still_do():
    held = only(f"Jane Doe held up a sign saying {L}Members Against Roe.{R}")
    assert held["speaker_mention"]["text"] == "a sign"
    carried = only(f"Members had gathered outside, carrying signs saying, {L}Roe out today.{R}")
    assert carried["speaker_mention"]["text"] != "carrying signs"


def test_a_quote_signed_on_its_own_line_with_a_medium():
    quote = only(f"{L}We will win the ballot{R} \u2013 Jane Doe, on Twitter.")
    assert quote["speaker_id"] == "jane-doe"


def test_a_full_stop_inside_the_marks_ends_the_quote_sentence():
    text = f"Jane Doe said: {L}We will win.{R} John Roe added that the count was close."
    found = quotes(text)
    direct = next(q for q in found if q["text"] == "We will win.")
    assert direct["speaker_id"] == "jane-doe"


@pytest.mark.parametrize("kind, text, mention", [
    # several introductory phrases before the subject
    ("direct", f"On Thursday, after weeks of silence, Jane Doe backed the plan, saying, {L}It is the right plan.{R}", "Jane Doe"),
    # a speech noun ("retort") is not the participle's subject
    ("direct", f"Jane Doe offered a sharp retort, tweeting, {L}The members will decide this, not you.{R}", "Jane Doe"),
    # a cue-less quote after a sentence of reported speech is the reporter's
    ("direct", f"The vote was close, Roe says. {L}We need every member to take part in this ballot now.{R}", "Roe"),
    # an age between commas is not the speaker
    ("direct", f"{L}We were wrong not to confront him from the start,{R} Doe, 58, told the Gazette.", "Doe"),
    # a participle aside after a parenthesis, or an adjective aside, between speaker and cue
    ("direct", f"Dame Jane Doe (Freedom), noting the size of the crowd, said, {L}We have a heck of a list.{R}", "Dame Jane Doe"),
    ("direct", f"Jane Doe, exasperated, famously responded: {L}What difference does it make at this point?{R}", "Jane Doe"),
    # "X said he … and added" is X's
    ("direct", f"Jane Doe said she welcomed the ruling and added, {L}We will appeal no further.{R}", "Jane Doe"),
    # a subordinate clause's subject is not the outer speaker
    ("mixed", f"When John Roe announced his bid in June, Jane Doe infamously referred to members as {L}the real bosses.{R}",
     "Jane Doe"),
    # "at the time" between speaker and cue; "the time said" is no noun phrase
    ("mixed", f"Roe was charged. Jane Doe at the time said she'd asked her {L}people{R} to look into paying the fees.",
     "Jane Doe"),
    # a speech noun with a "that" clause belongs to its owner, not to the verb before it
    ("direct", f"Members rejected Roe’s claim that {L}the count was rigged from the start.{R}", "Roe’s"),
    ("mixed", f"Members rejected his claim that the count was {L}rigged from the start.{R}", "his"),
    # … unless a report contains the claim
    ("mixed", f"Jane Doe said that Roe's claim that she backs the deal is {L}simply not true.{R}", "Jane Doe"),
    # a reporting aside (", Jane Doe said,") reports what follows
    ("mixed", f"The Gazette, Jane Doe said, called the announcement {L}highly significant for members.{R}", "Jane Doe"),
    # the agent of a passive cue speaks
    ("mixed", f"Roe was asked by the host, Jane Doe, whether his plan would {L}cost as much as it saves.{R}", "the host"),
    # "in Selby, Yorkshire," closes the introduction
    ("mixed", f"Speaking at a meeting in Selby, Yorkshire, Jane Doe went after Roe, calling him {L}a total stiff.{R}", "Jane Doe"),
    # a phrase with its place after the quote ("in the room") is one speaker
    ("direct", f"{L}Will he be the next party leader?{R} a Freedom staffer in the room wondered.", "a Freedom staffer in the room"),
    # a party-and-state label after the name, in brackets or between commas, is no speaker and no aside's end
    ("direct", f"In Selby, Yorks, after winning the vote, Sen. John Roe (F-Yorks), said, {L}We will win.{R}", "Sen. John Roe"),
    ("direct", f"Later, Sen. John Roe, R-Texas, said: {L}We will win.{R}", "Sen. John Roe"),
    # "R-Ky." and "N.C." end in full stops that do not end the sentence
    ("direct", f"{L}Let me make it perfectly clear what we stand for,{R} Senate Leader John Roe, R-Ky., said.",
     "Senate Leader John Roe"),
    ("direct", f"{L}Both of them scare me,{R} Harry Roe, 30, of Raleigh, N.C., who was among those polled, said later.",
     "those polled"),
    # an ambiguous cue ("state") counts after a quote that closes on a comma
    ("direct", f"{L}Today the party leads the fight against fraud,{R} the officials state in the paper.", "the officials"),
    # "Here in Selby," is an introduction, not the subject
    ("direct", f"Here in Selby, Jane Doe stepped up her attack on the count, saying, {L}We will win this.{R}", "Jane Doe"),
    # verbs that are cues only right after a quote
    ("direct", f"{L}The members told us no, and she set out to prove them wrong,{R} remembered Jane Doe, her spokesman.",
     "Jane Doe"),
    # "…, said X." closes the sentence: the words before it are the content, however long
    ("mixed", f"That would create a {L}summer of agony{R} for Doe, said Brad Roe, a pollster.", "Brad Roe"),
    ("indirect", "That would create a summer of agony for Doe before the vote, forcing her to fight both wings, "
                 "said Brad Roe, a pollster and consultant.", "Brad Roe"),
    # "with X V-ing" names who does the V-ing; "with supporters, declaring" does not
    ("mixed", f"The row grew, with Senator John Roe telling reporters he saw Doe as {L}directly responsible{R} for it.",
     "Senator John Roe"),
    ("mixed", f"Jane Doe celebrated in Selby with supporters, declaring it {L}another super Tuesday for us.{R}", "Jane Doe"),
    # "called" after a subject noun is a label verb, not a naming
    ("mixed", f"One member called Roe {L}the orange prince of self-publicity.{R}", "One member"),
    # a quote paragraph after a sentence about a statement is the statement's author's
    ("direct", f"The Freedom Party issued a statement apologising to Doe.\n\n{L}On behalf of everyone here, we offer a "
               f"deep and sincere apology to Jane Doe.{R}", "The Freedom Party"),
    # "Said X, who …, “…”": the inverted speaker keeps the quote direct
    ("direct", f"The home was renovated. Said Dorothy Roe, who grew up with Doe, {L}We were all so proud of her.{R}",
     "Dorothy Roe"),
    # "it reads, “…”" before the quote
    ("direct", f"The email has a photo. At the bottom it reads, {L}P.S. You can support the cause by chipping in.{R}", "it"),
    # a participle with no clause subject of its own: the nearest pronoun
    ("direct", f"When he returned he began by saying, {L}I do not think Mr. Doe should go to jail.{R}", "he"),
    # "less than two weeks ago" between subject and verb
    ("mixed", f"The Freedom Party less than two weeks ago said that {L}secret{R} papers had passed through her office.",
     "The Freedom Party"),
    # "after", "before", "since" open clauses: the name after them is a subject, not a preposition's object
    ("mixed", f"Doe weighed in on Tuesday, hours after Roe said he was {L}encouraged{R} by the plan.", "Roe"),
    # "Early in …," is an introduction; a label participle ("portraying") takes the clause subject
    ("mixed", f"Early in his campaign, Roe attacked Doe, calling her, among other things, {L}a failed candidate.{R}", "Roe"),
    ("mixed", f"On Monday, Doe tried to turn the tables, portraying Roe as a {L}hypocrite on banks{R} for months.", "Doe"),
    # an adverb and a participle open an introduction too
    ("mixed", f"Hastily politicizing the attack, Roe cast the blame on his rivals, and stressed the {L}threat to us all.{R}",
     "Roe"),
    # a prepositional phrase between speaker and cue in a subordinate clause
    ("mixed", f"The break was complete when Roe in his first speech called migrants {L}a threat to us all{R} on a hot day.",
     "Roe"),
    # "won't", "hadn’t" sit between the speaker and the cue like any auxiliary
    ("mixed", f"Roe agreed to a call, but only to tell Doe that he won't agree to a {L}perfunctory{R} meeting with her.", "he"),
    # a phrase after a past tense is that verb's object, not the next cue's speaker
    ("mixed", f"The candidate has mocked a disabled reporter, referred to migrants as {L}rapists{R} and waved.",
     "The candidate"),
    # a mixed-case wire dateline
    ("mixed", f"Selby (AFP) – Jane Doe has taken a swipe at Roe’s stance, saying that {L}loud comments{R} do harm.", "Jane Doe"),
    # an irregular past tense ends the subject
    ("mixed", f"With the help of a show, the actor held a fake audition and asked actors to act {L}whiter.{R}", "the actor"),
    # ", however," between subject and verb
    ("mixed", f"The two members, however, argue that {L}there is precedent for this,{R} citing a case from 1990.",
     "two members"),
    # a quote in a clause closed by "X said, adding …"
    ("mixed", f"The minister will play the {L}woman card,{R} Doe said, adding that the way to beat her is to fight.", "Doe"),
    # a digest's "headline - Source: “…”" is the source's, whatever verb the headline has
    ("direct", f"Pollsters agree - Jane Doe: {L}Keep on contacting voters as late as possible.{R}", "Jane Doe"),
])
def test_the_speaker_phrase(kind, text, mention):
    quote = next(q for q in quotes(text) if q["kind"] == kind)
    assert quote["speaker_mention"]["text"] == mention


def test_the_phrase_after_a_cue_is_content_not_speaker():
    text = f"John Roe, a minister who backed the plan, said his party was {L}ready to govern.{R}"
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "john-roe"


def test_a_prepositional_phrase_before_the_cue_is_not_the_speaker():
    quote = only(f"Jane Doe in her first speech called the plan {L}a betrayal of members.{R}")
    assert quote["speaker_id"] == "jane-doe"


def test_a_quote_inside_a_that_clause_that_goes_on_is_mixed():
    text = f"Jane Doe argued that {L}ordinary members{R} deserve a vote on the deal."
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["text"] == f"that {L}ordinary members{R} deserve a vote on the deal"


@pytest.mark.parametrize("sentence, content", [
    # "bring" only ends in "ing": the list goes on
    (f"Jane Doe is promising to {L}fix the rules{R} for members, bring back ballots and open the books.",
     f"to {L}fix the rules{R} for members, bring back ballots and open the books"),
    # "and recently pointed …", "but did not …" open a new clause
    (f"Roe referred to migrants as {L}rapists{R} and recently waved at a man in the crowd.",
     f"to migrants as {L}rapists{R}"),
    (f"Jane Doe said she would offer {L}a prayer{R} for the nominee but did not say who.",
     f"she would offer {L}a prayer{R} for the nominee"),
    # ", which" after a comma inside the marks opens a relative clause
    (f"First, Jane Doe said the judge was {L}biased,{R} which is what her aides had said all along.",
     f"the judge was {L}biased,{R}"),
    # "including" opens no new clause
    (f"Jane Doe said the vote was {L}more radical{R} than the rules, including the count, and to be fair.",
     f"the vote was {L}more radical{R} than the rules, including the count, and to be fair"),
    # ", and asserts that …" is a second report; "and Roe vowed …" a new subject's own clause
    (f"Roe fights with journalists, claims that the paper {L}takes its orders{R} from the party, "
     f"and asserts that the party is {L}lost.{R}",
     f"that the paper {L}takes its orders{R} from the party"),
    (f"Jane Doe said he would {L}fix the rules,{R} for instance, and John Roe vowed to {L}open the books{R} soon.",
     f"he would {L}fix the rules,{R} for instance"),
    # "before claiming …", "when commenting …" and "and he didn't …" open clauses of their own
    (f"Roe said the deadlock has {L}kept us safe{R} for years before claiming that borders are {L}open.{R}",
     f"the deadlock has {L}kept us safe{R} for years"),
    (f"Last year, Roe called Doe a {L}clown{R} at the fair when commenting on her speech.",
     f"Doe a {L}clown{R} at the fair"),
    (f"He held his fire on Poe, calling him a {L}nice guy{R} and he didn\u2019t describe Doe at all.",
     f"him a {L}nice guy{R}"),
    # ", it would seem …" opens a clause of its own; so does "said" after a comma inside the marks
    (f"If Roe says he intends to {L}pick up delegates{R} everywhere he can, it would seem his plan is to stall.",
     f"he intends to {L}pick up delegates{R} everywhere he can"),
    (f"Poe, who calls Roe a {L}sociopath,{R} said he doesn\u2019t believe the effort needs a settled alternative.",
     f"Roe a {L}sociopath,{R}"),
    # a report inside an opening subordinate clause ends where the main clause begins
    (f"While Roe admitted Tuesday that it would be {L}very hard{R} to win without more delegates, his team "
     f"has argued that it could still win.",
     f"that it would be {L}very hard{R} to win without more delegates"),
    (f"Although he says he {L}loves the city,{R} and {L}people from the city love me,{R} he also attacks it.",
     f"he {L}loves the city,{R} and {L}people from the city love me,{R}"),
    # ", while …" and ", and his administration has …" open clauses of their own
    (f"A Roe official said Doe should be careful {L}not to stir up problems{R} in the strait, while the ministry "
     f"also weighed in.", f"Doe should be careful {L}not to stir up problems{R} in the strait"),
    (f"President Roe has called the deals {L}unpatriotic,{R} and his administration has cracked down on them.",
     f"the deals {L}unpatriotic,{R}"),
    (f"Doe\u2019s campaign said she would {L}back the nominee{R} but {L}won\u2019t endorse anyone,{R} while "
     f"Sen. John Roe offered conditional support.",
     f"she would {L}back the nominee{R} but {L}won\u2019t endorse anyone,{R}"),
    # a content that opens with a subordinate clause goes on past the comma that closes it
    (f"Jane Doe said that by refusing to say the words {L}open borders,{R} John Roe is {L}hiding the truth.{R}",
     f"that by refusing to say the words {L}open borders,{R} John Roe is {L}hiding the truth.{R}"),
    # a second verb of the same subject ends the clause, an irregular past tense too
    (f"Jane Doe promised to be {L}a mayor for every street{R} and cast her rival as a friend of developers.",
     f"to be {L}a mayor for every street{R}"),
    # with a subject of its own in the content, "and <past tense>" goes on with that subject; a speech verb does not
    (f"Jane Doe said the council had sat {L}for a thousand years{R} and passed {L}hundreds of bylaws.{R}",
     f"the council had sat {L}for a thousand years{R} and passed {L}hundreds of bylaws.{R}"),
    (f"Jane Doe said she was {L}not ready{R} to back the plan, and suggested that the council wait.",
     f"she was {L}not ready{R} to back the plan"),
    # a clause break inside later quoted words is the speaker's wording, not the clause's end
    (f"Doe called Roe\u2019s claim of a {L}mandate{R} over the party {L}baseless and disturbing.{R}",
     f"of a {L}mandate{R} over the party {L}baseless and disturbing.{R}"),
    (f"Doe said that Roe was a {L}fighter{R} who {L}keeps the farms going, working for the workers.{R}",
     f"that Roe was a {L}fighter{R} who {L}keeps the farms going, working for the workers.{R}"),
    # "as he …" right after the quote is the writer's; "as he put it" would still be the report's
    (f"Roe says he is {L}excited where we stand{R} as he faces a hard test in the primary.",
     f"he is {L}excited where we stand{R}"),
    # "but argues that …" opens a second report, with or without a comma before it
    (f"Jane Doe says she respects Roe\u2019s {L}passion and commitment{R} but argues that he cannot deliver.",
     f"she respects Roe\u2019s {L}passion and commitment{R}"),
    # ", who …" after the quote describes a name; it is the writer's, like ", which …"
    (f"Jane Doe told the Gazette she was {L}not quite there yet{R} on backing Roe, who faces a primary on Tuesday.",
     f"she was {L}not quite there yet{R} on backing Roe"),
    # a hearer after "told" is no part of what was said, "that" or not
    (f"Jane Doe told reporters she was {L}not ready{R} to back Roe.", f"she was {L}not ready{R} to back Roe"),
    (f"Jane Doe tells the crowd, she\u2019s {L}not ready{R} to back Roe.", f"she\u2019s {L}not ready{R} to back Roe"),
    (f"Jane Doe told a news conference they are {L}planting the seeds{R} of a win.",
     f"they are {L}planting the seeds{R} of a win"),
    # where the words were said is not what was said
    (f"Jane Doe said the deal was {L}a disgrace{R} in a statement on Monday.", f"the deal was {L}a disgrace{R}"),
    (f"Jane Doe called John Roe {L}a clown{R} on her radio show when commenting on his speech.", f"John Roe {L}a clown{R}"),
])
def test_a_mixed_quote_runs_to_its_clause_end(sentence, content):
    assert next(q for q in quotes(sentence) if q["kind"] == "mixed")["text"] == content


@pytest.mark.parametrize("sentence, content", [
    (f"Jane Doe ended the debate saying {L}of course{R} John Roe has the experience to lead.",
     f"{L}of course{R} John Roe has the experience to lead"),
    (f"Jane Doe spoke about her rival, saying {L}on his worst day{R} he\u2019d be {L}a better leader{R} than the rest.",
     f"{L}on his worst day{R} he\u2019d be {L}a better leader{R} than the rest"),
])
def test_a_quote_after_its_cue_that_a_subject_and_verb_carry_on_is_mixed(sentence, content):
    quote = only(sentence)
    assert quote["kind"] == "mixed" and quote["text"] == content and quote["speaker_mention"]["text"] == "Jane Doe"


@pytest.mark.parametrize("sentence, content, mention", [
    (f"Acknowledging that the plan {L}costs too much,{R} though, Jane Doe did say it would pass.",
     f"that the plan {L}costs too much,{R}", "Jane Doe"),
    (f"Conceding that a deal would come {L}in the end{R} he warned: {L}Not this year.{R}",
     f"that a deal would come {L}in the end{R}", "he"),
])
def test_a_sentence_opening_participle_clause_is_reported_by_the_main_clause_subject(sentence, content, mention):
    found = quotes(sentence)
    first = found[0]
    assert first["kind"] == "mixed" and first["text"] == content and first["speaker_mention"]["text"] == mention
    assert first["cue"]["text"] in sentence.split()[0]
    if "warned" in sentence:  # the main clause's own quote stays its own
        assert found[1]["text"] == "Not this year." and found[1]["kind"] == "direct"


@pytest.mark.parametrize("sentence, content", [
    (f"Asked whether Jane Doe {L}has the integrity to lead the council,{R} 75 percent of members said yes.",
     f"whether Jane Doe {L}has the integrity to lead the council,{R}"),
    (f"When asked to confirm her part in the {L}secret{R} email chains, a council official did so.",
     f"to confirm her part in the {L}secret{R} email chains"),
])
def test_a_question_put_to_someone_keeps_its_quoted_words_with_no_speaker(sentence, content):
    # the words are the question's: those who answered it did not say them, and the asker is not named
    quote = only(sentence)
    assert quote["kind"] == "mixed" and quote["text"] == content and quote["speaker"] is None


def test_a_question_with_a_show_title_is_no_quote_and_the_answer_keeps_its_speaker():
    found = quotes(f"Asked why he waited during an appearance on {L}Council Tonight,{R} John Roe said, {L}We had no choice.{R}")
    assert [(q["text"], q["speaker"]) for q in found] == [("We had no choice.", "John Roe")]


@pytest.mark.parametrize("sentence", [
    # "that" after a name opens a clause, not a relative: "any new deal" is the clause's subject, no speaker
    f"Jane Doe declared in a row with Roe that any new deal would demand not just scrutiny but {L}absolute security.{R}",
    # what something "should" or "would" say inside a report is the reporter's words
    f"Jane Doe said in her opening remarks that the platform should reiterate its support for {L}stalwart allies,{R} naming two.",
    f"Jane Doe said he expected that members will say {L}no{R} to the plan.",
])
def test_a_cue_inside_a_report_that_nobody_speaks_leaves_the_quote_to_the_reporter(sentence):
    quote = only(sentence)
    assert quote["kind"] == "mixed" and quote["speaker"] == "Jane Doe"


@pytest.mark.parametrize("sentence, speaker", [
    # a cue between commas with a name after it is inverted, whatever phrase came before the first comma
    (f"Because of how the council drew the schedule, explained Jane Doe, {L}it is over by March.{R}", "Jane Doe"),
    # but a hearer after "told" is the hearer, and the subject before the aside speaks
    (f"Jane Doe, who sits on the council, told Roe, {L}It is over by March.{R}", "Jane Doe"),
])
def test_an_inverted_cue_after_a_comma(sentence, speaker):
    assert only(sentence)["speaker"] == speaker


def test_a_sentence_ends_after_an_abbreviation_when_a_pronoun_opens_the_next():
    text = (f"Roe says the party is trying to distract from its record in the U.S. "
            f"He says voters want {L}more than speeches.{R}")
    quote = next(q for q in quotes(text) if L in q["text"])
    assert quote["text"] == f"voters want {L}more than speeches.{R}" and quote["speaker_mention"]["text"] == "He"


@pytest.mark.parametrize("sentence, mention", [
    # a lone word that no one can be: no speaker rather than a person called "Knew"
    (f"This was the Roe we knew, claims that the paper {L}takes its orders{R} from the party.", None),
    (f"In particular, said that {L}the vote is lost{R} for them.", None),
    (f"I voted for Roe in 1996. I remember feeling that I wanted my vote to {L}mean{R} something.", None),
    # plurals, quantities and pronouns with a contraction still speak
    (f"Jane Doe met the staff. Most said that {L}the vote is lost{R} for them.", "Most"),
    (f"John Roe has long backed the plan. {L}We will win this vote,{R} he\u2019s said many times.", "he\u2019s"),
])
def test_a_lone_word_speaks_only_if_a_subject_can_be_one_word(sentence, mention):
    found = next(q for q in quotes(sentence) if "vote" in q["text"] or "orders" in q["text"])
    assert (found["speaker_mention"] or {}).get("text") == mention
    if mention == "he\u2019s":
        assert found["speaker"] == "John Roe"
    assert all(s["name"] != "Knew" and not s["name"].startswith("He\u2019") for s in extract_quotes(sentence).speakers)


def test_a_mixed_quote_starts_at_that_after_for_the_first_time():
    quote = only(f"Jane Doe said for the first time that {L}secret{R} papers had passed through her office.")
    assert quote["text"].startswith("that ")


def test_a_quote_paragraph_after_reported_speech_is_the_reporters_not_the_earlier_speakers():
    text = (f"{L}We will stay in the region for years,{R} John Roe said.\n\nJane Doe said that for decades critics had "
            f"predicted a withdrawal.\n\n{L}That is because this region remains the most consequential for us.{R}")
    last = [q for q in quotes(text) if q["kind"] == "direct"][-1]
    assert last["text"].startswith("That is because") and last["speaker_mention"]["text"] == "Jane Doe"


def test_a_cue_inside_a_relative_clause_points_at_who_and_resolves_to_the_name():
    quote = only(f"Jane Doe, who has in the past described Roe as {L}a pathological narcissist,{R} wants him gone.")
    assert quote["speaker_mention"]["text"] == "who" and quote["speaker_id"] == "jane-doe"


def test_according_to_names_the_agent_of_provided_by():
    quote = only(f"A living wage is about {L}twelve pounds an hour{R} for a single adult, according to figures compiled by Jane Doe.")
    assert quote["speaker_mention"]["text"] == "Jane Doe"


def test_a_quote_with_its_own_speaker_is_not_also_the_outlets():
    found = quotes(f"{L}She thinks the tests are just too much, national overreach,{R} John Roe said in Selby, "
                   f"according to audio provided by Selby Radio.")
    assert [(q["kind"], q["speaker_mention"]["text"]) for q in found] == [("direct", "John Roe")]


def test_a_speaker_who_cites_a_source_in_her_that_clause_still_speaks():
    quote = only(f"Jane Doe said on Tuesday that according to its count, the party has won most seats, "
                 f"but {L}we are still counting.{R}")
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "jane-doe"


def test_a_wire_dateline_is_not_the_subject_and_a_possessive_keeps_its_noun():
    text = (f"SELBY, Dec. 8 (UPI) — In response to the plan, Jane Doe's right-hand woman rallied supporters, "
            f"saying: {L}We have to be ready to stop him.{R}")
    quote = only(text)
    assert quote["speaker_mention"]["text"] == "Jane Doe's right-hand woman"
    assert quote["speaker"] == "Jane Doe's right-hand woman"  # an unnamed source, not Jane Doe, and not "Jane doe's"


def test_a_that_clause_running_into_a_colon_quote_is_one_mixed_quote():
    quote = only(f"Jane Doe adds that members have two choices: {L}You either leave or you fight.{R}")
    assert quote["kind"] == "mixed" and quote["text"].startswith("that members have two choices")


def test_a_quote_paragraph_after_a_mixed_quote_continues_it():
    text = (f"Members need leaders {L}who understand that loud words in hard times cause more trouble,{R} Jane Doe said.\n\n"
            f"{L}And that is why steady leadership matters so much at times like these.{R}")
    quote = only(text)
    assert quote["kind"] == "mixed" and len(quote["segments"]) == 2 and quote["speaker_id"] == "jane-doe"
    assert quote["text"].endswith("at times like these.")


def test_a_long_hearer_phrase_before_that_is_skipped():
    quote = only(f"Jane Doe is telling supporters after her victory in the North Yorkshire county primary that {L}when "
                 f"you win, it is beautiful.{R}")
    assert quote["text"].startswith("that ")


def test_an_uncued_quote_a_paragraph_away_from_the_last_speaker_is_not_theirs():
    text = (f"{L}We will win the count,{R} Jane Doe said.\n\nThe count began at noon in Selby.\n\n"
            f"{L}Nobody expected the turnout to be this high in the end.{R}")
    assert [q["text"] for q in quotes(text) if q["speaker_id"] == "jane-doe"] == ["We will win the count"]


def test_a_participle_after_about_is_no_cue():
    found = quotes(f"Jane Doe added that the race is not about reacting to Roe, and that 2016 {L}will be a security election{R} for us.")
    assert {q["cue"]["text"] for q in found} == {"added"}


def test_a_mixed_quote_skips_the_hearer_and_starts_at_that():
    quote = only(f"Jane Doe told the Gazette on Monday that the plan was {L}dead in the water.{R}")
    assert quote["kind"] == "mixed" and quote["text"].startswith("that the plan")


def test_a_day_between_speaker_and_verb():
    text = f"Jane Doe on Saturday criticised the deal, saying it was {L}a mess from start to finish.{R}"
    quote = next(q for q in quotes(text) if q["kind"] == "mixed")
    assert quote["speaker_id"] == "jane-doe"


def test_notes_that_reports_speech():
    quote = only(f"Jane Doe notes that the rules are {L}unfair to new members.{R}")
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "jane-doe"


def test_a_participle_never_takes_the_phrase_after_it_as_speaker():
    text = f"Jane Doe criticised the deal, saying the agreement goes {L}nowhere near far enough.{R}"
    assert all(q["speaker_mention"]["text"] != "the agreement goes" for q in quotes(text))


def test_an_ing_stance_verb_after_keeps_takes_that_subject():
    text = f"Members cheered as Doe keeps talking about {L}a new kind of politics{R} and jobs."
    quote = only(text)
    assert quote["speaker_mention"]["text"] == "Doe"


def test_called_off_is_not_a_label():
    assert quotes(f"Jane Doe called off the {L}unity{R} rally after the vote.") == []


def test_a_lead_clause_before_a_post_cue_quote_is_part_of_the_content():
    text = f"The party, in its current state, {L}cannot win an election,{R} said Jane Doe."
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["start"] == 0


def test_two_groups_saying_two_things_are_two_quotes():
    text = f"Some 21 percent said {L}not too likely{R} and 14 percent said {L}not at all likely.{R}"
    assert len([q for q in quotes(text, contest=None) if q["kind"] in ("direct", "mixed")]) == 2


def test_a_comma_inside_the_marks_before_a_new_subject_ends_the_clause():
    text = f"Members said Roe has the {L}best experience,{R} Doe is the one they trust on the economy."
    quote = next(q for q in quotes(text) if q["kind"] == "mixed")
    assert quote["text"].endswith(f"experience,{R}")


def test_a_list_of_quoted_labels_stays_one_quote():
    quote = only(f"Jane Doe said the plan was {L}rushed,{R} a {L}gamble{R} and a {L}mistake.{R}")
    assert quote["text"].endswith(f"{L}mistake.{R}")


def test_a_cue_closing_the_sentence_speaks_for_the_whole_clause():
    text = f"Nothing the party leader said {L}will calm the members,{R} John Roe said."
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "john-roe"
    assert quote["text"].startswith("Nothing the party leader said")


@pytest.mark.parametrize("described", ["his wife", "the bespectacled, 71-year-old treasurer"])
def test_a_description_set_before_the_speakers_name_after_a_quote_is_no_part_of_it(described):
    text = f"{L}We need him because life is very hard here,{R} {described}, John Roe, wrote in a letter to the court."
    quote = only(text)
    assert quote["kind"] == "direct" and quote["speaker_id"] == "john-roe"
    assert quote["text"] == "We need him because life is very hard here"


def test_a_quote_after_a_state_abbreviation_opens_a_new_sentence_of_the_same_split_quote():
    text = f"{L}I understand the anger,{R} said Sen. John Roe, R-S.C. {L}I get that. But it has to stop.{R}"
    quote = only(text)
    assert quote["kind"] == "direct" and quote["speaker_id"] == "john-roe"
    assert quote["text"] == "I understand the anger I get that. But it has to stop."


@pytest.mark.parametrize("connective", ["Instead,", "Indeed,", "But"])
def test_a_quote_opening_its_sentence_after_a_connective_goes_on_from_the_last_speaker(connective):
    text = f"{L}She is supposed to lead this party,{R} John Roe said. {connective} {L}she acts like a defeated woman.{R}"
    quote = only(text)
    assert quote["speaker_id"] == "john-roe"
    assert quote["text"] == "She is supposed to lead this party she acts like a defeated woman."


def test_a_mixed_quote_resumed_after_a_cue_with_adjuncts_is_one_quote_in_two_segments():
    text = (f"{L}If there had not been that vote{R} by the members and the board, Jane Doe said at a hustings on "
            f"Monday, {L}we would be looking at a split party.{R}")
    quote = only(text)
    assert quote["speaker_id"] == "jane-doe" and len(quote["segments"]) == 2
    assert quote["text"].endswith("we would be looking at a split party.")
    assert "hustings" not in quote["text"]


def test_a_mixed_quote_ends_where_a_second_present_tense_predicate_begins():
    text = f"John Roe says he would tell the board {L}no more nonsense{R} and tells the crowd he was the first to say so."
    found = quotes(text)
    mixed = [q for q in found if q["kind"] == "mixed"]
    assert mixed and mixed[0]["text"] == f"he would tell the board {L}no more nonsense{R}"


@pytest.mark.parametrize("sentence, content", [
    (f"Party members responded with chants of {L}We want Doe{R} until the chair spoke up.", "We want Doe"),
    (f"But their chants of {L}Roe! Roe! Roe!{R} were cut short by the count.", "Roe! Roe! Roe!"),
    (f"Delegates reprised the chant {L}Count them all!{R} that rang out all week.", "Count them all!"),
])
def test_a_chant_is_its_words_only(sentence, content):
    quote = only(sentence)
    assert quote["text"] == content


def test_two_chants_joined_by_and_are_one_quote():
    quote = only(f"As they marched, delegates chanted {L}Doe for leader{R} and {L}no more Roe.{R}")
    assert quote["kind"] == "mixed" and quote["text"] == f"{L}Doe for leader{R} and {L}no more Roe.{R}"
    assert quote["speaker_mention"]["text"] == "delegates"


def test_a_message_somewhere_speaks_its_words():
    text = f"{L}Welcome, members! The count starts today!{R} a notice on the website reads."
    quote = only(text)
    assert quote["kind"] == "direct" and quote["speaker_mention"]["text"] == "a notice on the website"


@pytest.mark.parametrize("text", [
    f"Ada May spoke first. {L}We will deliver,{R} May said.",
    f"Ada May spoke first. May described the plan as {L}a promise we will deliver.{R}",  # the month reads as a name too
])
def test_a_surname_that_is_also_a_common_word_speaks(text):
    people = [Person("ada-may", "Ada May", aliases=("May",), gender="f")]
    contest = Contest(slug="uk", name="A test", start=DAY, end=DAY, party="Freedom Party", people=people)
    quote = only(text, contest=contest)
    assert quote["speaker_id"] == "ada-may"


def test_will_before_a_past_tense_cue_is_a_surname():
    quote = only(f"Will described the plan as {L}a caricature of a policy.{R}", contest=None)
    assert quote["speaker_mention"]["text"] == "Will" and quote["kind"] == "mixed"


@pytest.mark.parametrize("sentence", [
    "John Roe told the Gazette he would win the ballot.",
    "John Roe told her he would win the ballot.",
    "John Roe, the challenger, told the Gazette he would win the ballot.",
    "Roe, the challenger, told reporters he would win the ballot.",
])
def test_told_a_hearer_then_a_clause_without_that(sentence):
    quote = only(sentence)
    assert quote["kind"] == "indirect" and quote["speaker_id"] == "john-roe"
    assert quote["text"] == "he would win the ballot"


@pytest.mark.parametrize("name", ["Jane Doe MP", "Dame Jane Doe MP", "Jane Doe QC"])
def test_letters_after_a_name_are_no_part_of_it(name):
    quote = only(f"{L}The leader has lost the confidence of the members,{R} said {name}.")
    assert quote["speaker_id"] == "jane-doe"


def test_letters_after_a_name_outside_the_config_are_dropped_too():
    quote = only(f"{L}The leader has lost the confidence of the members,{R} said Alex Quill MP.", contest=None)
    assert quote["speaker"] == "Alex Quill"


def test_a_chief_of_staff_named_after_the_quote_speaks_it():
    text = (f"{L}It will happen now or two months from now,{R} Ms Jane Doe\u2019s chief of staff, John Roe, "
            f"told the Gazette before the vote. {L}That is inevitable.{R}")
    quote = only(text)
    assert quote["kind"] == "direct" and quote["speaker_id"] == "john-roe"
    assert quote["text"] == "It will happen now or two months from now That is inevitable."


@pytest.mark.parametrize("speaker", ["Freedom Party candidate John Roe", "party treasurer John Roe"])
def test_a_role_before_the_name_in_a_closing_cue_clause_is_part_of_the_speaker(speaker):
    text = f"{L}Boots on the ground{R} would be a mistake, {speaker} said after the vote."
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "john-roe"
    assert quote["speaker_mention"]["text"] == speaker
    assert quote["text"].endswith("would be a mistake")


@pytest.mark.parametrize("text, ends", [
    (f"Fees are {L}the heaviest burden,{R} Jane Doe said.", f"the heaviest burden,{R}"),  # a subject and its verb
    (f"Fees are {L}the heaviest burden{R} and {L}keep members away,{R} Jane Doe said.", f"keep members away,{R}"),
    # the clause goes on past the second quote to the comma before its cue
    (f"Fees are {L}the heaviest burden{R} and help bring members the {L}wrong kind of firepower{R} they need to win, "
     "spokeswoman Jane Doe said.", "they need to win"),
    # the second quote's own cue clause names the speaker beside her description
    (f"Fees are {L}the heaviest burden{R} and {L}keep members away,{R} Jane Doe, the party\u2019s treasurer, said.",
     f"keep members away,{R}"),
    # a long "to …" phrase after the cue is where she said it, not more of what she said
    (f"Fees are {L}the heaviest burden{R} and {L}keep members away,{R} Jane Doe declared to a cheering crowd at the "
     "party conference in Leeds on Tuesday.", f"keep members away,{R}"),
    # a comma inside a quote within the quote keeps both closing marks
    (f"Fees are {L}the heaviest burden{R} for {L}members who say, \u2018we cannot pay,\u2019{R} Jane Doe said.",
     f"we cannot pay,\u2019{R}"),
])
def test_quotes_in_a_clause_before_its_closing_cue_are_one_mixed_quote(text, ends):
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "jane-doe"
    assert quote["text"].startswith("Fees are") and "the heaviest burden" in quote["text"]
    assert quote["text"].endswith(ends)


@pytest.mark.parametrize("lead, starts", [
    ("While nobody knows how seats are shared, members are asked to rank them, and ", "the fictional committee"),
    ("Members are asked to wait; ", "the fictional committee"),
    ("The claim that ", "The claim that"),  # a speech noun with no speaker of its own: the whole clause
])
def test_a_cue_closing_the_sentence_speaks_for_the_last_clause_when_an_earlier_cue_speaks_for_none(lead, starts):
    text = f"{lead}the fictional committee is less likely to be {L}overrun by the old guard,{R} John Roe said."
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "john-roe"
    assert quote["text"].startswith(starts) and "less likely" in quote["text"]


@pytest.mark.parametrize("text", [
    f"Jane Doe also issued a statement on the subject, saying, {L}We will not stand by while members are shut out.{R}",
    f"Doe then appears in a clip from a stump speech, saying, {L}We are going to win this and win it big.{R}",
    f"The only other candidate, Dame Jane Doe (Freedom), said, {L}We arrived in the city and went to work.{R}",
])
def test_the_clause_subject_is_not_mistaken_for_an_introduction(text):
    quote = only(text)
    assert quote["speaker_id"] == "jane-doe", quote


def test_a_quote_after_a_dash_starts_afresh_with_its_own_cue():
    found = quotes(f"Jane Doe suggested that the plan was unserious - {L}Again, we need the details,{R} she said - and left.")
    assert [(q["kind"], q["text"]) for q in found] == [
        ("indirect", "that the plan was unserious"), ("direct", "Again, we need the details")]
    assert found[1]["speaker"] == "Jane Doe"


def test_and_then_an_adverb_before_the_cue_still_joins_the_subject():
    quote = only(f"Jane Doe raised the bombing and later said, {L}It is not just one group.{R}")
    assert quote["speaker_id"] == "jane-doe"


def test_a_subhead_in_single_marks_does_not_continue_a_quote_in_double_ones():
    text = f"Jane Doe said the pact was {L}a disaster.{R}\n\n\u2018Chief trade prosecutor.\u2019\n\nThe vote is on Friday."
    assert all("Chief" not in q["text"] for q in quotes(text))


def test_the_one_prompted_to_speak_is_the_speaker():
    quote = only(f"That prompted Jane Doe to call Roe {L}very flexible.{R}")
    assert quote["speaker"] == "Jane Doe" and quote["cue"]["text"] == "call"
    # but whoever was only urged to say something may never have said it
    assert only(f"John Roe urged Jane Doe to say {L}no{R} to the plan.")["speaker"] != "Jane Doe"


def test_an_opening_phrase_of_a_word_and_a_preposition_is_an_introduction():
    quote = only(f"Back in the capital, Jane Doe returned to her familiar lines: {L}Members first! No more deals!{R}")
    assert quote["speaker_id"] == "jane-doe" and quote["kind"] == "direct"


def test_who_said_reports_speech_inside_its_relative_clause():
    quote = only("Jane Doe, who said she typically votes with the party, was at the rally.")
    assert quote["kind"] == "indirect" and quote["speaker_id"] == "jane-doe"
    assert quote["text"] == "she typically votes with the party"


@pytest.mark.parametrize("text", [
    f"Jane Doe said John Roe's remarks were {L}a gift to our opponents.{R}",
    f"Jane Doe said she had asked her {L}people{R} to look into it.",
])
def test_a_quote_reported_inside_a_report_is_the_outer_speakers(text):
    quote = next(q for q in quotes(text) if q["kind"] == "mixed")
    assert quote["speaker_mention"]["text"] == "Jane Doe"


def test_a_participle_aside_between_speaker_and_cue():
    quote = only(f"Jane Doe, delivering the party's speech, asked the crowd {L}why should we trust them again?{R}")
    assert quote["speaker_id"] == "jane-doe"


def test_a_participle_belongs_to_the_nearer_and_he_clause():
    text = f"John Roe made the rally a priority, and she has battled him since, calling him {L}a danger to members.{R}"
    quote = next(q for q in quotes(text) if q["kind"] == "mixed")
    assert quote["speaker_mention"]["text"] == "she"


@pytest.mark.parametrize("sentence, speaker_id", [
    ("Challenger says he wants to bring the party back together.", "john-roe"),  # a headline drops "the"
    ("A judge has ruled that the party was wrong to stop new members voting.", "unnamed-judge"),
    ("The Port of Dunmore says the fall in the pound has made its trade cheaper.", "org-port-of-dunmore"),
    ("The High Court in London today dismissed the challenge brought by a donor.", "org-high-court"),
    ("Businesses in the capital say they want clarity on trade.", "unnamed-businesses-in-the-capital"),
    ("Firms that import raw materials say their costs are rising.", "unnamed-firms-that-import-raw-materials"),
])
def test_speakers_that_are_not_a_capitalised_word_of_their_phrase(sentence, speaker_id):
    assert only(sentence)["speaker_id"] == speaker_id


def test_a_quote_whose_clause_goes_on_to_a_closing_cue():
    quote = only(f"{L}We are delighted{R} with the result, said Jane Doe.")
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "jane-doe"
    assert quote["text"] == f"{L}We are delighted{R} with the result"


@pytest.mark.parametrize("text", [
    f"{L}There is real energy in every constituency we visit,{R} Dame Jane Doe (Freedom) said.",
    f"{L}We are not going anywhere and we will keep fighting,{R} the party leader and former parliamentary candidate said.",
])
def test_a_speaker_phrase_with_a_parenthesis_or_adjectives_after_the_quote(text):
    assert only(text)["speaker_id"] == "jane-doe"


@pytest.mark.parametrize("text", [
    f"Jane Doe, who is running for reelection this year, praised Roe for showing {L}the courage of his convictions.{R}",
    f"Jane Doe, during a town hall meeting in Leeds, Yorkshire, said she was {L}going to win every ward.{R}",
])
def test_a_relative_or_prepositional_aside_between_speaker_and_cue(text):
    assert only(text)["speaker_id"] == "jane-doe"


def test_poll_results_are_the_polls():
    text = f"In a Gazette poll released Sunday, just 8 percent of members said they would vote for {L}anyone but Doe.{R}"
    quote = only(text)
    assert quote["speaker_mention"]["text"] == "a Gazette poll" and quote["speaker_id"] == "org-gazette-poll"


@pytest.mark.parametrize("text", [
    f"{L}We are not going anywhere,{R} Jane Doe and John Roe said.",
    "Jane Doe and John Roe said the count was fair.",
])
def test_two_people_speaking_together_are_one_group_speaker(text):
    quote = only(text)
    assert quote["speaker_mention"]["text"] == "Jane Doe and John Roe"
    assert quote["speaker_id"] == "group-jane-doe-and-john-roe"


def test_words_inside_quotation_marks_never_name_the_speaker():
    text = (f"{L}Members are angry,{R} said Alderman Jane Doe, who thinks Roe and his staff "
            f"{L}need to be more collaborative, working with the community.{R}")
    for quote in quotes(text, contest=None):
        mention = quote["speaker_mention"]
        assert mention is None or mention["text"] != "Members"


def test_an_adverb_that_opens_the_sentence_is_not_a_speaker():
    assert all((q["speaker_mention"] or {}).get("text") != "Specifically"
               for q in quotes(f"Roe said much. Specifically, {L}that the party has lost its way with its voters.{R}"))


def test_a_mid_sentence_quote_with_a_cue_and_a_long_appositive_after_it():
    text = (f"Doe's reaction to the ruling {L}could be less about the law and more about the party,{R} said John Roe, "
            "the long-serving treasurer of the Freedom Party in the northern region.")
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "john-roe"


def test_a_quote_whose_clause_runs_on_to_said_x_and_an_appositive():
    text = f"{L}We are delighted{R} with the ruling, said Jane Doe, leader of the party, a post she has held for years."
    quote = only(text)
    assert quote["kind"] == "mixed" and quote["speaker_id"] == "jane-doe"


def test_a_contracted_pronoun_opens_the_clause():
    quote = only(f"She’s predicting she will do {L}very, very well{R} in the next ballot.", contest=None)
    assert quote["speaker_mention"]["text"] == "She"


@pytest.mark.parametrize("text", [
    f"{L}We are not going anywhere,{R} said David E. Roe, her lawyer.",
    f"{L}We are not going anywhere,{R} David E. Roe said.",
    f"U.S. District Judge David E. Roe said the law was {L}an unconstitutional act.{R}",
])
def test_a_middle_initial_belongs_to_the_name(text):
    quote = only(text, contest=None)
    assert "David E. Roe" in quote["speaker_mention"]["text"]
    assert quote["speaker"] == "David E. Roe"


def test_a_name_beside_a_description_naming_an_outlet_is_the_speaker():
    quote = only(f"{L}We are not going anywhere,{R} Jane Doe, a writer for The Clarion, said on Twitter.", contest=None)
    assert quote["kind"] == "direct" and quote["speaker"] == "Jane Doe"


def test_a_place_before_a_described_speaker_is_not_their_name():
    text = f"Jane Doe spoke first. In Westbury, the senator said: {L}We are not going anywhere at all today.{R}"
    assert only(text, contest=None)["speaker"] != "Westbury"


def test_the_name_after_that_in_a_relative_clause_speaks():
    text = f"Dozens were hurt by an explosion that Mayor Jane Doe described as {L}an intentional act.{R}"
    assert only(text, contest=None)["speaker_mention"]["text"] == "Mayor Jane Doe"


@pytest.mark.parametrize("text, mention", [
    (f"Roe delivered a snappy retort: {L}No one is tearing this up. We are going forward.{R}", "Roe"),
    (f"Jane Doe says John Roe's flurry of late-night tweets about her was {L}unhinged, even for him.{R}", "Jane Doe"),
])
def test_a_cue_word_used_as_a_noun_does_not_pick_the_speaker(text, mention):
    assert only(text, contest=None)["speaker_mention"]["text"] == mention


def test_a_name_right_after_the_occasion_is_the_speaker():
    quote = only(f"In a Clarion interview Roe declared {L}I think the alliance may be obsolete.{R}", contest=None)
    assert quote["speaker_mention"]["text"] == "Roe"


def test_a_participle_after_a_noun_cue_goes_back_to_the_verb_that_reports():
    text = f"She says Roe's early-morning tweets accusing Jane Doe of lying are {L}lies and conspiracy theories.{R}"
    assert next(q for q in quotes(text, contest=None) if q["kind"] == "mixed")["speaker_mention"]["text"] == "She"


def test_a_name_with_its_party_and_an_appositive_after_the_quote():
    quote = only(f"{L}They would just go and get them,{R} Rep. John Roe (R-Ohio), an oversight panel member, "
                 "said in a phone interview.", contest=None)
    assert quote["kind"] == "direct" and quote["speaker"] == "John Roe"


def test_two_appositives_after_a_name():
    text = (f"Jean Roe, the foreign minister of Ruritania, a permanent member of the council, said the test was "
            f"{L}a provocation that cannot be left without consequences.{R}")
    quote = only(text, contest=None)
    assert quote["speaker_mention"]["text"] == "the foreign minister of Ruritania" and quote["speaker"] == "Jean Roe"


def test_what_some_call_is_a_label_not_a_speaker():
    text = f"Doe has called on Roe to back a bill to close what some call the {L}Charleston loophole.{R}"
    assert all((q["speaker_mention"] or {}).get("text") != "some" for q in quotes(text, contest=None))


def test_a_subject_that_cannot_speak_names_nobody():
    text = f"The final results aren't in, but the count is already claiming the {L}governor's bracket is ours.{R}"
    assert all((q["speaker_mention"] or {}).get("text") != "The final" for q in quotes(text, contest=None))


def test_a_place_phrase_opening_the_sentence_is_skipped_for_its_subject():
    text = f"Outside the arena in Westbury, about 200 protesters gathered, holding signs and chanting {L}Dump Roe now, dump Roe for good.{R}"
    assert quotes(text, contest=None)[-1]["speaker_mention"]["text"] != "the arena"


def test_a_mixed_quote_starts_at_the_verb_nearest_it():
    text = f"Roe denied the claims through a spokeswoman, dismissing Doe as {L}a disgruntled former employee.{R}"
    quote = only(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"] == f"Doe as {L}a disgruntled former employee.{R}"
    assert quote["speaker_mention"]["text"] == "Roe"


@pytest.mark.parametrize("aside", ["speaking of politicians",
                                   "director of security studies at the Royal Institute in London"])
def test_a_split_quote_whose_cue_has_an_aside(aside):
    text = (f"{L}These people know how to use words,{R} said Roe, {aside}, "
            f"{L}and leave themselves a little wiggle room in what they said.{R}")
    quote = only(text, contest=None)
    assert quote["kind"] == "direct" and len(quote["segments"]) == 2 and quote["speaker"] == "Roe"


def test_reported_speech_running_into_a_quote_is_one_mixed_quote():
    text = f"Roe says he would sit the envoy down and tell him {L}no more nonsense{R} at the next summit."
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"].startswith("he would sit the envoy down and tell him")
    assert quote["speaker_mention"]["text"] == "Roe"


def test_a_lone_word_before_a_later_cue_gives_way_to_an_earlier_speaker():
    text = (f"House Speaker John Roe said the recent spate of shootings and protests demands that all Americans "
            f"engage in {L}more listening{R} and {L}more learning.{R}")
    quote = next(q for q in quotes(text, contest=None) if q["kind"] == "mixed")
    assert quote["speaker_mention"]["text"] == "House Speaker John Roe"


def test_the_who_of_a_generic_anybody_is_not_the_speaker():
    text = f"Rival Jane Doe mocked the complaint, saying anybody who complains about a microphone {L}is not having a good night.{R}"
    quote = only(text, contest=None)
    assert quote["speaker_mention"]["text"] == "Rival Jane Doe" and quote["speaker"] == "Jane Doe"


def test_an_introduction_with_a_comma_of_its_own():
    text = (f"Following a swiftly called, late-afternoon meeting, the council issued a statement calling the test "
            f"{L}a clear violation of five resolutions.{R}")
    assert only(text, contest=None)["speaker_mention"]["text"] == "the council"


def test_a_show_title_in_the_sentence_before_does_not_stop_its_subject_speaking():
    text = (f"{L}We have problems with the police,{R} John Roe said on CNN.\n\n"
            f"On {L}Face the Nation,{R} Sen. Jane Doe, who lost the primaries, named exhaustion with bigotry as a reason. "
            f"{L}The younger people are sick and tired of discrimination and racism.{R}")
    assert quotes(text, contest=None)[-1]["speaker"] == "Jane Doe"


def test_no_break_spaces_read_as_spaces_and_offsets_still_index_the_text():
    text = (f"{L}We will win this seat and the next one, whatever they say about us.{R} \u2015\u00a0Jane A. Doe.\n\n"
            f"{L}We are ready,{R} said John\u00a0Roe.")
    first, second = quotes(text, contest=None)
    assert first["speaker"] == "Jane A. Doe"  # a signature after "―" and a no-break space
    mention = second["speaker_mention"]
    assert second["speaker"] == "John Roe" and mention["text"] == text[mention["start"]:mention["end"]] == "John\u00a0Roe"


def test_what_she_calls_sits_inside_the_report_around_it():
    text = f"Doe says she appreciated Roe's courage through what she calls a {L}war of some pretty unpleasant words.{R}"
    quote = only(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"].startswith("she appreciated Roe's courage")
    assert quote["speaker_mention"]["text"] == "Doe"


def test_sung_words_are_quoted_words():
    quote = only(f"{L}Promise mama you'll keep your hands in sight,{R} Doe sings to Roe.", contest=None)
    assert quote["kind"] == "direct" and quote["speaker_mention"]["text"] == "Doe" and quote["cue"]["text"] == "sings"


def test_a_report_running_through_a_relative_clause_into_a_quote_is_one():
    text = (f"Jane Doe recalled that before the caucus, Roe wasn't taken seriously by her listeners, who wondered if "
            f"{L}he would be the token candidate in the debate.{R}")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and quote["speaker_mention"]["text"] == "Jane Doe"
    assert quote["text"].startswith("that before the caucus") and quote["text"].endswith(f"debate.{R}")


def test_a_name_after_come_from_before_a_colon_is_not_the_speaker():
    text = f"Doe responded with a phrase that could have come from Roe himself: {L}Do not moan to me about the polls.{R}"
    assert only(text, contest=None)["speaker_mention"]["text"] == "Doe"


def test_a_cue_after_a_question_that_opens_the_next_quote_is_the_next_speakers():
    text = f"Doe responds to Roe with, {L}Why now? That was on my way to the summit?{R} Roe then writes back, {L}You look cute.{R}"
    first, second = quotes(text, contest=None)
    assert first["speaker"] == "Doe" and second["speaker"] == "Roe" and len(first["segments"]) == 1


@pytest.mark.parametrize("text, mention", [
    # a date opening the sentence is not its subject
    (f"On July 6, 2015, Jane Doe made the following comment:\n\n{L}We are not going anywhere, not now and not ever.{R}",
     "Jane Doe"),
    (f"On September 27 they published their check by announcing that the claim was {L}true.{R}", "they"),
    # a verb coordinated with the cue keeps its own subject
    (f"When my aunt mentioned the plan to me at dinner, I laughed and said, {L}I don't believe a word of it.{R}", "I"),
    # a "who said" relative clause is an aside, not the subject of a later ", saying,"
    (f"Roe was defensive about not paying a builder who said he was owed money, saying, "
     f"{L}Maybe he didn't do a good job, and I wasn't satisfied.{R}", "Roe"),
    # determiners standing for a whole phrase, and more cue verbs
    (f"Roe spoke first. Another tweeted, {L}Doe thinks she is above the rules and the law.{R}", "Another"),
    (f"Voters were worried; most said they were {L}very worried{R} about the economy.", "most"),
    (f"{L}This is a big political win for me,{R} I confessed.", "I"),
    (f"Asked which county was his favourite, he demurred: {L}Whichever one I'm in at the moment.{R}", "he"),
    # a subject opened by a determiner speaks when its head can; "footage of X saying" is X's
    (f"His office put out a statement saying the city {L}does not have the capacity to vet every incoming refugee.{R}",
     "His office"),
    (f"The ad then cuts to footage of Jane Doe saying, {L}You have to give them a path to succeed.{R}", "Jane Doe"),
    (f"The retired surgeon addressed his concerns, saying {L}I would fix it, and I would fix it fast.{R}",
     "The retired surgeon"),
    # a noun that looks like a cue is not one
    (f"Jane Doe is describing as {L}unhinged{R} a John Roe tweet attacking a former beauty queen.", "Jane Doe"),
    (f"He did not address his early-morning tweets in which he called a former beauty queen {L}disgusting.{R}", "he"),
    (f"Roe offered a Clarion-style retort, tweeting at him, {L}you are a loser and you are a liar.{R}", "Roe"),
])
def test_the_speaker_phrase_of_the_last_quote(text, mention):
    assert quotes(text, contest=None)[-1]["speaker_mention"]["text"] == mention


def test_a_full_name_after_a_capitalised_title_is_found_and_pronouns_go_to_it():
    text = ("So Energy Secretary Thomas Vance packed up his papers and moved to the last row.\n\n"
            "Sens. Timothy M. Kaine and Cory Booker are also on the list.\n\n"
            f"Vance hammered Roe, and contrasted the candidate, whom he described as {L}volatile,{R} with Doe.")
    result = extract_quotes(text)
    assert "Thomas Vance" in [s["name"] for s in result.speakers]
    [quote] = [q for q in result.quotes if "volatile" in q["text"]]
    assert quote["speaker_mention"]["text"] == "he" and quote["speaker"] == "Thomas Vance"


def test_adjuncts_after_a_closing_cue_keep_the_quote_inside_its_report():
    text = (f"John Roe\u2019s plan would {L}end all the care we know,{R} Jane Doe declared in an interview Thursday, "
            f"in the latest war of words between the candidates ahead of the vote.")
    [quote] = quotes(text)
    assert quote["kind"] == "mixed" and quote["text"].startswith("John Roe\u2019s plan would")
    assert quote["speaker_mention"]["text"] == "Jane Doe" and quote["cue"]["text"] == "declared"


@pytest.mark.parametrize("text, mention", [
    # a cue right before the quote whose speaker cannot be named: the quote is kept, its speaker left open
    (f"His face lit up, his eyes gleaming, as if to say, {L}Did you see me pull that off?{R}", None),
    # a thing that speaks, or the object of "quoted … as saying"
    (f"The page was replaced on Thursday by a message that said, {L}Sorry, the item is no longer here.{R}",
     "a message"),
    (f"An early tweet quoted the leader as saying {L}We need to prevent the next one, not debate the last!{R}",
     "the leader"),
])
def test_a_quote_right_after_its_cue_is_kept_even_without_a_speaker(text, mention):
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "direct" and quote["cue"] is not None
    assert (quote["speaker_mention"] or {}).get("text") == mention


def test_a_sentence_opening_participle_goes_on_from_the_last_speaker():
    text = (f"Later, Roe stated that the report {L}wasn\u2019t good.{R} Adding, {L}What they actually do is never "
            f"that bad. It\u2019s always how they handle it.{R}")
    found = quotes(text, contest=None)
    assert found[-1]["kind"] == "direct" and found[-1]["text"].startswith("What they actually do")
    assert found[-1]["speaker"] == "Roe" and found[-1]["cue"]["text"] == "Adding"


def test_a_quote_inside_a_report_closed_by_its_cue_is_continued_by_the_next_sentence():
    text = (f"Doe {L}felt a duty to do something about{R} the deficit, Roe said. "
            f"{L}This is not just an item on her list. This is core stuff for her.{R}")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and len(quote["segments"]) == 2 and quote["speaker"] == "Roe"
    assert quote["text"].startswith(f"Doe {L}felt a duty") and quote["text"].endswith("core stuff for her.")


def test_a_quote_after_a_speakerless_cue_whose_clause_goes_on_is_mixed():
    text = f"They turned to the city police, which reported {L}2,521 shooting incidents{R} in the city this year."
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and quote["cue"]["text"] == "reported"
    assert quote["text"] == f"{L}2,521 shooting incidents{R} in the city this year"


def test_a_capitalised_word_the_article_also_writes_in_lowercase_is_no_person():
    text = (f"Rather than wait, the committee acted. {L}We would rather act now than wait for the vote,{R} "
            f"Rather said. Well, {L}the vote has to come in the end, one way or another,{R} Doe said.")
    people = {s["name"] for s in extract_quotes(text).speakers if s["kind"] == "person"}
    assert "Rather" not in people


def test_a_report_around_its_cue_is_one_mixed_quote_in_two_segments():
    text = (f"Despite his {L}admittedly brash personality,{R} public defender Jane Doe wrote, "
            f"Roe is actually a devoted father who was frustrated by his inability to find work.")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and quote["speaker_mention"]["text"] == "public defender Jane Doe"
    assert [text[s:e] for s, e in quote["segments"]] == [
        f"Despite his {L}admittedly brash personality,{R}",
        "Roe is actually a devoted father who was frustrated by his inability to find work"]


@pytest.mark.parametrize("text, content", [
    # a progressive verb or a participle right after a name is inside the report, not a clause of its own
    (f"At one point, Roe said party officials were calling {L}every 15 minutes.{R}",
     f"party officials were calling {L}every 15 minutes.{R}"),
    (f"Jane Doe downplayed the row and said it was the same as Justice John Roe referring to himself as {L}a wise man.{R}",
     f"it was the same as Justice John Roe referring to himself as {L}a wise man.{R}"),
])
def test_a_quote_whose_participle_sits_inside_a_report_is_the_reporters(text, content):
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"] == content


def test_a_participle_after_and_still_opens_its_own_clause():
    text = f"Jane Doe defended her father, saying he has promoted women and calling him {L}a feminist.{R}"
    found = quotes(text, contest=None)
    assert [q["text"] for q in found if q["kind"] == "mixed"] == [f"him {L}a feminist.{R}"]


def test_an_opening_adjunct_is_not_what_was_said_and_a_bare_noun_subject_opens_a_report():
    found = quotes("At one point, Roe said party officials were calling him all the time.", contest=None)
    assert [(q["kind"], q["text"]) for q in found] == [("indirect", "party officials were calling him all the time")]


@pytest.mark.parametrize("phrase, speaker", [
    ("Doe spokesman Rick Tyler said", "Rick Tyler"),  # the role word introduces the person
    ("election law expert John Roe tweeted Monday", "John Roe"),  # plain nouns modify the role word
    ("managing editor Jane Roe said", "Jane Roe"),  # an -ing word names the kind of role
    ("Pay for $20 organizing director John Roe told", "John Roe"),  # a campaign named for a sum of money
    ("a spokesman for Jane Doe said", "Spokesman for Jane Doe"),  # unnamed, and kept apart from her
])
def test_a_role_word_before_a_name_names_that_person(phrase, speaker):
    [quote] = quotes(f"{L}We can call this right now: the vote is lost,{R} {phrase}.", contest=None)
    assert quote["speaker_mention"]["text"] == phrase.rsplit(" ", 2 if phrase.endswith("Monday") else 1)[0]
    assert quote["speaker"] == speaker


@pytest.mark.parametrize("phrase, speaker", [
    ("the MP for Selby", "MP for Selby"),
    ("the former governor of Wessex", "Former governor of Wessex"),
])
def test_a_place_after_a_role_is_not_a_persons_name(phrase, speaker):
    quote = only(f"{L}We will not give up,{R} {phrase} said.", contest=None)
    assert quote["speaker"] == speaker
    assert not any(s["kind"] == "person" for s in extract_quotes(f"{L}We will not give up,{R} {phrase} said.").speakers)


@pytest.mark.parametrize("text", [
    f"According to Jane Roe, {L}the party is bigger than any one of us.{R}",
    f"In the words of Jane Roe, {L}the party is bigger than any one of us.{R}",
    f"To quote Jane Roe, {L}the party is bigger than any one of us.{R}",
    f"{L}The party is bigger than any one of us{R} \u2014 that was how Jane Roe put it on Sunday.",
    f"{L}The party is bigger than any one of us,{R} is how Jane Roe put it.",
    f"{L}The party is bigger than any one of us,{R} that\u2019s how Jane Roe described it.",
])
def test_a_phrase_saying_whose_words_they_are_names_the_speaker(text):
    quote = only(text, contest=None)
    assert quote["kind"] == "direct" and quote["speaker"] == "Jane Roe"


def test_how_a_thing_was_done_names_no_speaker():
    assert quotes(f"{L}The party is bigger than any one of us,{R} is how the plan was sold.", contest=None) == []


@pytest.mark.parametrize("text", [
    f"Jane Roe\u2019s response: {L}We will see what the members say.{R}",
    f"Jane Roe\u2019s verdict was blunt: {L}We will see what the members say.{R}",
    f"{L}We will see what the members say,{R} read Jane Roe\u2019s latest statement.",
])
def test_words_someone_owns_are_that_persons(text):
    assert only(text, contest=None)["speaker"] == "Jane Roe"


def test_words_someone_owns_set_beside_the_speaker_are_not_the_speaker():
    text = "Asked about Jane Roe\u2019s comments, the campaign manager said he needed to speak to her first."
    [quote] = quotes(text, contest=None)
    assert quote["speaker"] != "Jane Roe"


def test_retaliated_is_a_cue_and_yet_sits_between_a_speaker_and_her_verb():
    found = quotes(f"{L}The party will always be the party,{R} an angry Roe retaliated.", contest=None)
    assert found[0]["speaker_mention"]["text"] == "an angry Roe"
    text = (f"Jane Doe backed the plan, saying she hadn\u2019t yet called for a vote because she believed "
            f"{L}we need to focus all of our energy on the members.{R}")
    assert all(q["speaker_mention"] is None or q["speaker_mention"]["text"] in {"she", "Jane Doe"} for q in quotes(text))


@pytest.mark.parametrize("text, kind", [
    ("Forecasters expect a warm and mostly dry weekend across the region.", "unnamed"),  # a plural role
    ("Economists say the plan would fail within a year.", "unnamed"),
    ("Sanders said the plan would fail within a year.", "person"),  # a surname: singular verb, still a person
])
def test_a_plural_role_with_a_plural_verb_is_a_group_not_a_person(text, kind):
    [speaker] = extract_quotes(text).speakers
    assert speaker["kind"] == kind


def test_reported_speech_stops_at_and_with_a_participle_after_a_closing_mark():
    text = f"Jane Doe built her brand on the cause, writing a book called {L}Women Who Work{R} and leading the push."
    assert not any("leading" in q["text"] for q in quotes(text, contest=None))


def test_a_name_from_somewhere_with_an_appositive_speaks_and_a_weekday_is_not_content():
    text = (f"Rep. John Roe of Oklahoma, an ally of the leadership, said Thursday his biggest worry about Doe "
            f"is that she is {L}unpredictable.{R}")
    [quote] = quotes(text, contest=None)
    assert quote["text"] == f"his biggest worry about Doe is that she is {L}unpredictable.{R}"
    assert quote["speaker_mention"]["text"] == "an ally of the leadership" and quote["speaker"] == "John Roe"


def test_a_superlative_appositive_ends_a_mixed_quote():
    text = f"Of likely voters, 25 percent say they would {L}definitely not support{R} him, the highest for any candidate."
    [quote] = quotes(text, contest=None)
    assert quote["text"] == f"they would {L}definitely not support{R} him"


@pytest.mark.parametrize("text, expected", [
    # a programme's title after its network is nobody's words
    ("Joe Roe said so on Wednesday morning on MSNBC\u2019s \u201cMorning Joe.\u201d", []),
    ("Jane Doe told NBC\u2019s \u201cFace the Nation\u201d that the party would win the vote.",
     [("indirect", "that the party would win the vote")]),
    # and the cue before it still reaches the quotes after it
    (f"Roe attacked, stating on NBC\u2019s {L}Meet the Press{R} that Doe\u2019s {L}judgment{R} was {L}clearly lacking.{R}",
     [("mixed", f"that Doe\u2019s {L}judgment{R} was {L}clearly lacking.{R}")]),
])
def test_a_show_title_after_its_network_is_not_a_quote(text, expected):
    assert [(q["kind"], q["text"]) for q in quotes(text, contest=None)] == expected


def test_a_quote_goes_on_from_the_direct_quote_not_from_a_report_inside_its_cue_clause():
    text = (f"{L}Everything is on the table,{R} Roe told reporters on Wednesday after hinting that {L}changes{R} "
            f"could come. {L}Every single thing is on the table. I\u2019m looking carefully.{R}")
    found = quotes(text, contest=None)
    direct = next(q for q in found if q["kind"] == "direct")
    assert len(direct["segments"]) == 2 and direct["text"].endswith("I\u2019m looking carefully.")
    assert next(q for q in found if q["kind"] == "mixed")["text"] == f"that {L}changes{R} could come"


@pytest.mark.parametrize("text, content, mention", [
    # a name right before a participle is its subject ("– Roe saying …, and Doe calling …")
    (f"Both issued a statement – Roe saying he was {L}very encouraged{R} and Doe calling it a {L}great meeting.{R}",
     f"he was {L}very encouraged{R}", "Roe"),
    # "having referred" takes the sentence's subject, even past an adverb
    (f"Doe also misjudged the president, having referred to him as a {L}reformer.{R}",
     f"to him as a {L}reformer.{R}", "Doe"),
    (f"In June, the bar association deemed him {L}well qualified,{R} its highest rating.",
     f"him {L}well qualified,{R}", "the bar association"),
])
def test_participles_and_label_verbs_find_their_subject(text, content, mention):
    quote = quotes(text, contest=None)[0]
    assert quote["kind"] == "mixed" and quote["text"] == content and quote["speaker_mention"]["text"] == mention


def test_a_participle_after_a_determiner_is_an_adjective_not_a_cue():
    text = f"And last summer, while attending the rally, Jane Roe calls a screaming John Doe a {L}fascist.{R}"
    [quote] = quotes(text, contest=None)
    assert quote["cue"]["text"] == "calls" and quote["speaker_mention"]["text"] == "Jane Roe"


def test_a_sign_reading_a_quote_with_no_comma_is_the_signs_words():
    [quote] = quotes(f"He held up a sign reading {L}Members for Roe and nobody else{R} and waved it around.", contest=None)
    assert quote["text"] == "Members for Roe and nobody else" and quote["speaker_mention"]["text"] == "a sign"


def test_what_a_sign_reads_is_the_quote_and_the_words_after_it_are_the_writers():
    [quote] = quotes(f"Jane Doe wore a campaign hat reading, {L}Members First Again{R} on Wednesday night.", contest=None)
    assert quote["kind"] == "direct" and quote["text"] == "Members First Again"
    assert quote["speaker_mention"]["text"] == "a campaign hat"


def test_a_sentence_ending_on_a_new_cue_introduces_the_next_quote():
    text = (f"{L}Tell her I promised you a picture,{R} Jane Doe said, and her husband cut in. "
            f"{L}Don\u2019t forget me, I\u2019ve known her since school.{R}")
    first, second = quotes(text, contest=None)
    assert first["speaker_mention"]["text"] == "Jane Doe" and len(first["segments"]) == 1
    assert second["speaker_mention"]["text"] == "her husband" and second["cue"]["text"] == "cut in"


def test_an_inverted_cue_with_a_weekday_in_its_speaker_phrase():
    text = f"{L}There are invertebrates with more spine than Sen. John Roe,{R} reads a Wednesday editorial in The Register."
    [quote] = quotes(text, contest=None)
    assert quote["speaker_mention"]["text"] == "a Wednesday editorial" and quote["cue"]["text"] == "reads"
    assert quote["speaker"] != "Wednesday"


def test_a_title_inside_the_cue_clause_aside_is_stepped_over():
    text = (f"{L}We\u2019ve had better conventions than this one,{R} Texas delegate Bill Roe, wearing a cowboy hat "
            f"and {L}Ted Doe{R} campaign pins, said matter-of-factly.")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "direct" and quote["speaker_mention"]["text"] == "Texas delegate Bill Roe"
    assert quote["speaker"] == "Bill Roe"


def test_a_cue_after_and_takes_the_subject_of_the_verb_before_it():
    text = f"There were sharper attacks, such as when Roe knocked Doe on trade and called her a {L}moderate,{R} a dig."
    [quote] = quotes(text, contest=None)
    assert quote["cue"]["text"] == "called" and quote["speaker_mention"]["text"] == "Roe"


def test_a_name_inside_a_hyphenated_word_is_not_the_speaker():
    text = f"Hundreds of pro-Doe demonstrators marched on Monday, chanting {L}Doe or Roe, never Poe,{R} in the rain."
    assert all(q["speaker"] != "Doe" for q in quotes(text, contest=None))


def test_a_label_verb_joined_by_and_inside_a_report_stays_in_it():
    text = (f"She noted that Roe has criticized the president for taking money from banks and called him "
            f"{L}weak{R} and {L}disappointing.{R}")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"].startswith("that Roe has criticized")
    assert quote["text"].endswith(f"{L}disappointing.{R}") and quote["speaker_mention"]["text"] == "She"


def test_a_name_given_with_called_is_not_a_label_on_a_later_quote():
    text = (f"A new super PAC called Future 45 ran its first ads in Iowa using her comments before a committee "
            f"that {L}I was responsible for quite a bit{R} of the policy.")
    assert not any(q["cue"] and q["cue"]["text"] == "called" for q in quotes(text, contest=None))
    [labelled] = quotes(f"One lawmaker called Roe {L}the orange prince of self-publicity.{R}", contest=None)
    assert labelled["cue"]["text"] == "called" and labelled["speaker_mention"]["text"] == "One lawmaker"


@pytest.mark.parametrize("lead", ["Now, ", "Unless the council changes course, ", "It "])
def test_quoted_words_ending_the_next_sentence_go_on_with_the_quote_before(lead):
    text = (f"{L}We were not happy when it was first announced,{R} said Jane Roe, head of policy at the council. "
            f"{lead}{L}there is a sizable group in the business community for it.{R}")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "direct" and quote["speaker"] == "Jane Roe" and len(quote["segments"]) == 2
    assert text[slice(*quote["segments"][1])] == "there is a sizable group in the business community for it."


def test_a_cue_capitalised_by_mistake_after_its_speaker_still_speaks():
    quote = only(f"{L}Not us, but we cannot argue with it!{R} Jane Roe, the head of the Acme fund, Tweeted on Friday.",
                 contest=None)
    assert quote["speaker"] == "Jane Roe" and quote["cue"]["text"] == "Tweeted"
    # a headline in title case is no cue: "“Party Games” Star Asked Actors To Act"
    assert quotes(f"{L}Party Games{R} Star Asked Actors To Act Whiter.", contest=None) == []


def test_a_new_paragraphs_lead_in_with_a_colon_quotes_the_same_speaker_again():
    text = (f"{L}We made a mistake getting involved in the first place,{R} Jane Roe told the Gazette in October.\n\n"
            f"Then, later that month on the radio: {L}I have never said we made a mistake.{R}")
    first, second = quotes(text, contest=None)
    assert second["kind"] == "direct" and second["text"] == "I have never said we made a mistake."
    assert second["speaker"] == first["speaker"] == "Jane Roe"  # another occasion: a quote of its own


def test_a_sentence_with_its_own_cue_or_a_quote_mid_sentence_does_not_go_on_with_the_quote_before():
    text = (f"{L}We were not happy when it was first announced,{R} said Jane Roe, head of policy at the council. "
            f"Doe called it {L}a sizable mistake for the whole business community.{R} "
            f"Poe is taking heat over the {L}small business reform group{R} he set up last year.")
    first, *rest = quotes(text, contest=None)
    assert len(first["segments"]) == 1
    assert [q["speaker"] for q in rest][:1] == ["Doe"]


@pytest.mark.parametrize("text, kind, content", [
    (f"Roe said in an interview with the Daily Gazette on Sunday, {L}We will win this.{R}", "direct", "We will win this."),
    (f"Doe wrote in a letter to members of the party last week, {L}We will win this.{R}", "direct", "We will win this."),
    # an object before the quote, or a "that" clause, is the writer's report, not where or when
    (f"Many members noted on the website the change from the old slogan, {L}Win It Back Together.{R}", "mixed", None),
    (f"Roe said in an interview with the Gazette that the result was, {L}Quite frankly a disgrace.{R}", "mixed", None),
])
def test_a_cue_followed_only_by_where_and_when_introduces_a_direct_quote(text, kind, content):
    quote = quotes(text, contest=None)[-1]
    assert quote["kind"] == kind
    if content is not None:
        assert quote["text"] == content


def test_one_and_another_speak_for_themselves_and_name_nobody():
    text = (f"{L}Roe does not even care anymore,{R} wrote one supporter.\n\n"
            f"{L}Yet another county we would have won,{R} another supporter wrote on the forum.\n\n"
            f"{L}Better watch out for the count,{R} tweeted another.\n\n"
            f"{L}We will win,{R} said one. {L}We will lose,{R} another said. {L}Wait and see,{R} replied the other.")
    found = quotes(text, contest=None)
    assert [q["text"] for q in found] == ["Roe does not even care anymore", "Yet another county we would have won",
                                          "Better watch out for the count", "We will win", "We will lose", "Wait and see"]
    assert [q["speaker_mention"]["text"] for q in found] == ["one supporter", "another supporter", "another", "one",
                                                             "another", "the other"]
    assert [q["speaker"] for q in found[2:]] == [None, None, None, None]  # a bare "one" is nobody we can name


def test_a_participle_after_an_opening_quote_belongs_to_the_cues_speaker_not_to_a_pronoun_inside_the_quote():
    text = f"{L}We will win this,{R} Roe said, adding that the party was united behind the plan."
    direct, reported = quotes(text, contest=None)
    assert reported["kind"] == "indirect" and reported["cue"]["text"] == "adding"
    assert reported["speaker_mention"]["text"] == "Roe"


@pytest.mark.parametrize("text, mention, speaker", [
    (f"John Roe is running. A statement from Roe\u2019s office said: {L}The senator will not attend.{R}",
     "A statement from Roe\u2019s office", "Roe\u2019s office"),
    (f"John Roe is running. {L}We will not attend,{R} said an email from Roe.", "an email from Roe", "John Roe"),
    (f"{L}We will not attend,{R} a source from the campaign said.", "a source from the campaign", None),
    (f"{L}We will not attend,{R} said officials from the city.", "officials from the city", None),
])
def test_a_writing_from_someone_is_theirs_and_a_source_from_somewhere_keeps_its_from(text, mention, speaker):
    quote = only(text)
    assert quote["speaker_mention"]["text"] == mention
    if speaker is not None:
        assert quote["speaker"] == speaker


def test_a_surname_that_is_a_preposition_still_ends_a_speaker_phrase():
    quote = only(f"{L}We won in those three elections,{R} said Al From, who founded the council.", contest=None)
    assert quote["speaker_mention"]["text"] == "Al From"


@pytest.mark.parametrize("text, content", [
    # a second quote straight after the first carries the clause on
    (f"Roe said that {L}farm people{R} {L}do a fantastic job. And it\u2019s so important.{R}",
     f"that {L}farm people{R} {L}do a fantastic job. And it\u2019s so important.{R}"),
    # so does the clause after a dash aside
    (f"And he argued that {L}every candidate on the stage{R} - including Doe - favored some sort of deal for workers.",
     f"that {L}every candidate on the stage{R} - including Doe - favored some sort of deal for workers"),
])
def test_a_reported_clause_goes_on_past_a_second_quote_or_a_dash_aside(text, content):
    quote = only(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"] == content


def test_but_also_after_a_quoted_comma_carries_the_reported_clause_on():
    text = f"Roe says voters are {L}right to be angry,{R} but also hungry for what she calls {L}real answers.{R}"
    assert [q["text"] for q in quotes(text, contest=None)] == [
        f"voters are {L}right to be angry,{R} but also hungry for what she calls {L}real answers.{R}"]


@pytest.mark.parametrize("after", ["that both men knew the mosque", "would use a defeat to praise the voters"])
def test_a_speakers_sentence_going_on_after_the_cue_is_part_of_the_quote(after):
    quote = only(f"{L}It is our bad luck,{R} Jane Doe said, {after}.", contest=None)
    assert quote["kind"] == "mixed" and quote["speaker"] == "Jane Doe"
    assert len(quote["segments"]) == 2 and quote["text"].endswith(after)


def test_a_participle_after_the_cue_is_the_writers():
    found = quotes(f"{L}It is our bad luck,{R} Jane Doe said, adding that both men knew the mosque.", contest=None)
    assert [(q["kind"], q["text"]) for q in found] == [
        ("direct", "It is our bad luck"), ("indirect", "that both men knew the mosque")]


@pytest.mark.parametrize("ellipsis", [". . . ", "\u2026 "])
def test_a_quote_resuming_with_an_ellipsis_after_an_abbreviation_goes_on(ellipsis):
    text = f"{L}We will win,{R} said Jane Doe, who lives in Springfield, Ill. {L}{ellipsis}We have the votes.{R}"
    quote = only(text, contest=None)
    assert len(quote["segments"]) == 2 and quote["text"].endswith("We have the votes.")


def test_a_dash_aside_holding_a_quote_of_its_own_is_not_the_clause_going_on():
    text = f"He said, {L}Roe will build the wall{R} - at which point the crowd chanted {L}Build the wall!{R} - and more."
    first = quotes(text, contest=None)[0]
    assert first["kind"] == "direct" and first["text"] == "Roe will build the wall"


def test_a_quote_stopping_on_a_preposition_takes_its_object_into_the_reported_clause():
    quote = only(f"The new group was branded {L}in homage to{R} Roe, Doe wrote.", contest=None)
    assert quote["kind"] == "mixed" and quote["text"] == f"The new group was branded {L}in homage to{R} Roe"


@pytest.mark.parametrize("text, content, mention, cue", [
    (f"Declaring that he alone has the strength, the mogul offered himself as a {L}law and order{R} candidate "
     f"and made an appeal to workers.", f"himself as a {L}law and order{R} candidate", "the mogul", "offered"),
    (f"Last year, he played down Roe\u2019s comments as {L}just part of the campaign{R} and left.",
     f"Roe\u2019s comments as {L}just part of the campaign{R}", "he", "played down"),
    (f"Doe emailed her condolences, addressing her informally as {L}Jane{R} and wishing her well.",
     f"her informally as {L}Jane{R}", "Doe", "addressing"),
    # a relative clause ends at its comma
    (f"Roe, who has cast himself as the {L}law and order candidate,{R} has taken a hard line.",
     f"himself as the {L}law and order candidate,{R}", "who", "cast"),
])
def test_a_verb_putting_a_quoted_label_on_its_object_with_as_is_a_mixed_quote(text, content, mention, cue):
    quote = quotes(text, contest=None)[0]
    assert (quote["kind"], quote["text"], quote["speaker_mention"]["text"], quote["cue"]["text"]) == (
        "mixed", content, mention, cue)


@pytest.mark.parametrize("text", [
    f"Jane Roe, 44, known online as {L}Guccifer,{R} was extradited.",
    f"He is best known for appearances as the {L}senior correspondent{R} on the show.",
    f"The files held words such as {L}ambassador{R} and {L}attack.{R}",
    f"The group served as a {L}lifeboat{R} for the party.",
])
def test_names_examples_and_roles_after_as_are_not_labels_anyone_put_on_anything(text):
    assert quotes(text, contest=None) == []


@pytest.mark.parametrize("text, content, mention, cue", [
    (f"Roe stood by his comment Monday that {L}the plan hates us,{R} refusing to apologise.",
     f"that {L}the plan hates us,{R}", "his", "comment"),
    (f"She came under fire over her assertion during the debate that {L}we are where we need to be{R} on the plan.",
     f"that {L}we are where we need to be{R} on the plan", "her", "assertion"),
    (f"Roe\u2019s recent evidence-free assertion that {L}thousands{R} of people celebrated was repeated.",
     f"that {L}thousands{R} of people celebrated was repeated", "Roe\u2019s", "assertion"),
])
def test_a_speech_noun_with_an_owner_says_the_that_clause_after_it(text, content, mention, cue):
    quote = only(text, contest=None)
    assert (quote["kind"], quote["text"], quote["speaker_mention"]["text"], quote["cue"]["text"]) == (
        "mixed", content, mention, cue)


def test_an_as_she_put_it_aside_ends_a_mixed_quote_and_the_next_cue_starts_its_own():
    text = (f"On the trail, Doe regularly pledges to {L}make the economy work for everyone,{R} as she put it on "
            f"Wednesday in Leeds, where she also promised to reject {L}bad trade deals and unfair practices.{R}")
    first, second = quotes(text, contest=None)
    assert first["text"] == f"to {L}make the economy work for everyone,{R}" and first["cue"]["text"] == "pledges"
    assert second["text"] == f"to reject {L}bad trade deals and unfair practices.{R}" and second["cue"]["text"] == "promised"


def test_and_said_after_an_adverb_and_a_past_verb_speaks_for_that_verbs_subject():
    text = (f"A group of members called for a boycott of his speech, and the Freedom League strongly denounced "
            f"Roe\u2019s rhetoric and said it would {L}redirect{R} all of his past donations to the league.")
    quote = [q for q in quotes(text, contest=None) if q["kind"] == "mixed"][0]
    assert quote["speaker_mention"]["text"] == "the Freedom League" and quote["cue"]["text"] == "said"
    assert quote["text"] == f"it would {L}redirect{R} all of his past donations to the league"


@pytest.mark.parametrize("text", [
    f"Later on {L}Sunday Politics,{R} Jane Doe questioned the figures.",
    f"He paid $8 million for it, according to his book {L}The Art of the Deal.{R}",
    f"The family stayed, Roe wrote in his memoir, {L}A Long Way Home.{R}",
])
def test_a_title_after_on_or_a_word_for_a_work_is_no_direct_quote(text):
    assert [q for q in quotes(text, contest=None) if q["kind"] == "direct"] == []


def test_a_pull_quote_closed_after_its_signature_line_is_the_signers():
    text = (f"Members say little.\n\n\"We are going to enter the next recession without that consensus.\n"
            f"John Roe, Policy Institute.\"\n\nWhether out of agreement or expedience, members went along.")
    [quote] = quotes(text, contest=None)
    assert quote["kind"] == "direct" and quote["text"] == "We are going to enter the next recession without that consensus."
    assert quote["speaker_mention"]["text"] == "John Roe" and quote["speaker"] == "John Roe"


def test_repeated_and_notes_are_cues_right_after_a_quote():
    text = (f"{L}Well, yes. I am going to look at a lot of different people,{R} Roe said. {L}Grizzly Adams?{R} "
            f"Doe repeated. {L}We will see,{R} Roe notes.")
    found = quotes(text, contest=None)
    assert [(q["text"], q["speaker_mention"]["text"]) for q in found] == [
        ("Well, yes. I am going to look at a lot of different people", "Roe"), ("Grizzly Adams?", "Doe"),
        ("We will see", "Roe")]


def test_a_source_close_to_someone_keeps_its_whole_phrase_and_an_opening_adverbial_is_not_content():
    text = f"In particular, Bill Roe has been {L}very worked up about it,{R} said a source close to the campaign."
    quote = only(text, contest=None)
    assert quote["kind"] == "mixed" and quote["text"] == f"Bill Roe has been {L}very worked up about it,{R}"
    assert quote["speaker_mention"]["text"] == "a source close to the campaign"
    other = only(f"{L}The drop is directly attributable to the emails,{R} said a person close to the Roes.")
    assert other["speaker_mention"]["text"] == "a person close to the Roes" and other["speaker_id"].startswith("unnamed-")


def test_a_split_quote_left_open_at_its_paragraph_end_joins_its_cue_and_the_next_cue_starts_another():
    text = (f"Intro.\n\n{L}Voters want a change,{R} Roe said. {L}But leaders cannot say anything. It has consequences.\n\n"
            f"{L}I am not interested in that. I am just tired,{R} he continued. {L}We will work together.{R}\n\nNext.")
    first, second = quotes(text, contest=None)
    assert first["text"] == "Voters want a change But leaders cannot say anything. It has consequences."
    assert first["cue"]["text"] == "said" and len(first["segments"]) == 2
    assert second["text"] == "I am not interested in that. I am just tired We will work together."
    assert second["cue"]["text"] == "continued"
