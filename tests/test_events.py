"""Event mentions: triggers, dates, places, status, and which event each belongs to (db.events).

Real sentences are quoted exactly from shared/contest-facts/labour-2016.md and
the seed article, with their sources; the rest are neutral synthetic sentences.
"""
import datetime as dt
from pathlib import Path

import pytest

from contest_tracker.contest import load_contest
from db.events import event_id, extract_events, key_date_id, merge_mentions

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "article-2016-08-25-corbyn-snp.txt"
THU_25_AUG = dt.date(2016, 8, 25)

# Seed article (published 25 August 2016), verbatim.
SEED_HUSTINGS = (
    "Speaking to activists ahead of a hustings in Glasgow with Owen Smith, the man challenging him for the top "
    "job in the party, Mr Corbyn also slammed the SNP’s economic policy."
)
SEED_CONFERENCE = (
    "He added he hoped the pair could continue working together if he is re-elected at the Labour conference "
    "in Liverpool next month."
)
SEED_TWEET = (
    "Tonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE & tomorrow in Dundee. "
    "RSVP here → https://t.co/U3W0UEu4hD"
)
SEED_LEAD = (
    "Jeremy Corbyn has ruled out a formal pact with the SNP – but insists he would welcome Nationalist support "
    "for his policies."
)
# feeds.bbci.co.uk/news/uk-wales-politics-36966417 (4 August 2016)
BBC_GATESHEAD = "There are six head-to-heads planned, with the next in Gateshead on 11 August"
# Headlines: itv.com (11 Jul), theguardian.com (12 Jul), the-independent.com (28 Jun), standard.co.uk (20 Jul)
ITV_LAUNCH = "Angela Eagle formally announces leadership bid against Corbyn"
GUARDIAN_NEC = "Labour executive rules Jeremy Corbyn must be on leadership ballot"
INDEPENDENT_NO_CONFIDENCE = "Jeremy Corbyn loses 'no confidence' vote among Labour MPs by 172 to 40"
STANDARD_WITHDRAWAL = "Labour leadership election: Angela Eagle withdraws"
# rte.ie/news/world/2016/0728/805468-jeremy-corbyn/ (28 Jul), and aol.co.uk (12 Aug)
RTE_RULING = (
    "We are delighted that the court has upheld the authority and decision of the national executive committee "
    "of the Labour Party."
)
AOL_RULING = (
    "The Court's ruling disenfranchises nearly 130,000 Labour members, who joined the party since January and "
    "were explicitly told that they would have a vote in any leadership election."
)


@pytest.fixture(scope="module")
def contest():
    return load_contest("labour-2016")


def only(mentions):
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    "text,published,type_,date",
    [
        (BBC_GATESHEAD, dt.date(2016, 8, 4), "hustings", "2016-08-11"),
        ("A televised debate between the two candidates is due to take place in Oldham on 8 September.",
         dt.date(2016, 9, 1), "debate", "2016-09-08"),
        ("A rally will be held in Dundee tomorrow.", THU_25_AUG, "rally", "2016-08-26"),
        (ITV_LAUNCH, dt.date(2016, 7, 11), "launch", "2016-07-11"),
        ("The campaign launch is set to take place in Pontypridd on Thursday.", dt.date(2016, 7, 12), "launch",
         "2016-07-14"),
        (STANDARD_WITHDRAWAL, dt.date(2016, 7, 20), "withdrawal", "2016-07-20"),
        ("The candidate withdrew from the race yesterday.", dt.date(2016, 7, 20), "withdrawal", "2016-07-19"),
        ("Nominations from MPs close at 5pm on 20 July.", dt.date(2016, 7, 18), "nomination", "2016-07-20"),
        ("A court hearing on the claim is set to take place on Thursday.", dt.date(2016, 8, 1), "court-hearing",
         "2016-08-04"),
        ("The judge ruled on Monday that the freeze date was unlawful.", dt.date(2016, 8, 9), "ruling", "2016-08-08"),
        (RTE_RULING, dt.date(2016, 7, 28), "ruling", "2016-07-28"),
        ("Ballot papers start going out on 22 August.", dt.date(2016, 8, 20), "ballot", "2016-08-22"),
        ("The result will be declared on 24 September.", dt.date(2016, 9, 20), "result", "2016-09-24"),
        (INDEPENDENT_NO_CONFIDENCE, dt.date(2016, 6, 28), "no-confidence", "2016-06-28"),
        ("MPs held a no-confidence vote on Tuesday.", dt.date(2016, 6, 29), "no-confidence", "2016-06-28"),
        (GUARDIAN_NEC, dt.date(2016, 7, 12), "meeting", "2016-07-12"),
        ("The NEC met last week to agree the timetable.", dt.date(2016, 7, 20), "meeting", "2016-07-11"),
    ],
)
def test_each_event_type_is_found(contest, text, published, type_, date):
    mention = only(extract_events(text, published, contest))
    assert (mention["type"], mention["date"]) == (type_, date)


def test_mention_has_every_field_and_offsets_point_at_the_sentence(contest):
    text = "First paragraph.\n\nIntro line. " + BBC_GATESHEAD + "\nLast line."
    mention = only(extract_events(text, dt.date(2016, 8, 4), contest))
    assert set(mention) >= {"date", "type", "place", "venue", "title", "sentence", "start", "end", "status",
                            "confidence", "participants"}
    assert mention["sentence"] == BBC_GATESHEAD
    assert text[mention["start"]:mention["end"]] == BBC_GATESHEAD
    assert mention["place"] == "Gateshead"
    assert mention["title"] == "Hustings in Gateshead"
    assert 0 <= mention["confidence"] <= 1


# --- What is not an event ------------------------------------------------------------

@pytest.mark.parametrize(
    "text,published",
    [
        (SEED_LEAD, THU_25_AUG),  # "ruled out" is not a ruling
        (AOL_RULING, dt.date(2016, 8, 12)),  # a ruling, but no date and not the lead
        ("Speaking on Monday, the candidate said the hustings had gone well.", dt.date(2016, 8, 9)),  # date of speaking
        ("The party's support has started to rally behind the candidate on Monday.", dt.date(2016, 8, 9)),
        ("The company launched an attack on its rivals on Monday.", dt.date(2016, 8, 9)),
        ("Nothing happened here on Thursday.", dt.date(2016, 8, 9)),
    ],
)
def test_sentences_without_an_event_give_nothing(contest, text, published):
    assert extract_events(text, published, contest) == []


def test_dates_outside_the_contest_window_are_dropped(contest):
    text = "The NEC voted on 12 January to change the rules."
    assert extract_events(text, dt.date(2016, 7, 12), contest) == []
    assert only(extract_events(text, dt.date(2016, 7, 12)))["date"] == "2016-01-12"


def test_without_a_published_day_only_dates_with_a_year_count():
    assert extract_events("The result will be declared on 24 September.", None) == []
    mention = only(extract_events("The result will be declared on 24 September 2016.", None))
    assert mention["date"] == "2016-09-24"


# --- Relative dates in context ----------------------------------------------------------

def test_tonight_and_tomorrow_in_the_seed_tweet(contest):
    mentions = extract_events(SEED_TWEET, THU_25_AUG, contest)
    assert [(m["type"], m["place"], m["date"], m["status"]) for m in mentions] == [
        ("rally", "Glasgow", "2016-08-25", "announced"),
        ("rally", "Dundee", "2016-08-26", "announced"),
    ]


def test_on_thursday_in_a_past_tense_sentence(contest):
    text = "The two candidates clashed at a hustings at the Hilton hotel in Gateshead on Thursday night."
    mention = only(extract_events(text, dt.date(2016, 8, 12), contest))
    assert (mention["date"], mention["status"], mention["place"]) == ("2016-08-11", "happened", "Gateshead")


def test_on_thursday_in_an_announcement(contest):
    mention = only(extract_events("The hustings will take place at the SECC on Thursday.", dt.date(2016, 8, 22), contest))
    assert (mention["date"], mention["status"], mention["place"], mention["venue"]) == (
        "2016-08-25", "announced", "Glasgow", "SECC")


def test_last_week_has_week_precision_and_half_confidence(contest):
    mention = only(extract_events("The NEC met last week to agree the timetable.", dt.date(2016, 7, 20), contest))
    assert (mention["date"], mention["precision"], mention["confidence"]) == ("2016-07-11", "week", 0.5)


def test_next_month_in_the_seed_is_september(contest):
    mention = only(extract_events(SEED_CONFERENCE, THU_25_AUG, contest))
    assert mention["date"].startswith("2016-09")
    assert (mention["type"], mention["place"], mention["precision"], mention["status"]) == (
        "result", "Liverpool", "month", "announced")


def test_day_and_month_without_year(contest):
    text = "The last hustings is due to be held in London on 14 September."
    mention = only(extract_events(text, THU_25_AUG, contest))
    assert (mention["date"], mention["place"]) == ("2016-09-14", "London")


def test_embedded_tweet_dates_come_from_its_attribution_line(contest):
    text = SEED_TWEET + "\n— Jeremy Corbyn (@jeremycorbyn) August 25, 2016\nMore text."
    mentions = extract_events(text, dt.date(2016, 8, 26), contest)  # article published the day after
    assert [m["date"] for m in mentions] == ["2016-08-25", "2016-08-26"]
    assert all(m["participants"] == ["jeremy-corbyn"] for m in mentions)


# --- Announced or happened ---------------------------------------------------------

def test_will_be_declared_is_announced_and_was_declared_happened(contest):
    announced = only(extract_events("The result will be declared on 24 September.", dt.date(2016, 9, 20), contest))
    happened = only(extract_events("The result was declared on 24 September.", dt.date(2016, 9, 25), contest))
    assert (announced["status"], happened["status"]) == ("announced", "happened")
    assert event_id(announced, contest) == event_id(happened, contest) == "2016-09-24-result-liverpool"
    event = only(merge_mentions([announced, happened], contest))
    assert event["status"] == "happened"
    assert len(event["sources"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The hustings is due to take place in Cardiff on 4 August.",
        "The hustings is set to take place in Cardiff on 4 August.",
        "The hustings will take place in Cardiff on 4 August.",
    ],
)
def test_future_phrasings_are_announced(contest, text):
    assert only(extract_events(text, dt.date(2016, 8, 4), contest))["status"] == "announced"


def test_ahead_of_a_hustings_is_announced_on_the_published_day(contest):
    mention = only(extract_events(SEED_HUSTINGS, THU_25_AUG, contest))
    assert (mention["type"], mention["place"], mention["date"], mention["status"]) == (
        "hustings", "Glasgow", "2016-08-25", "announced")
    assert mention["confidence"] < 0.5
    assert mention["participants"] == ["owen-smith", "jeremy-corbyn"]


def test_a_dateless_mention_is_kept_only_on_a_key_date(contest):
    assert extract_events(SEED_HUSTINGS, dt.date(2016, 8, 1), contest) == []


# --- Places --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,place,venue",
    [
        ("The hustings took place at the All Nations Centre on 4 August.", "Cardiff", "All Nations Centre"),
        ("The lights failed during the hustings at the Hilton Newcastle Gateshead on 11 August.", "Gateshead",
         "Hilton Newcastle Gateshead"),
        ("The televised debate at the Queen Elizabeth Hall was held on 8 September.", "Oldham", "Queen Elizabeth Hall"),
        ("The result was declared at the ACC Liverpool on 24 September.", "Liverpool", "ACC Liverpool"),
        ("The judge ruled at the Royal Courts of Justice on 8 August.", "London", "Royal Courts of Justice"),
    ],
)
def test_venues_map_to_their_city(contest, text, place, venue):
    mention = only(extract_events(text, dt.date(2016, 9, 30), contest))
    assert (mention["place"], mention["venue"]) == (place, venue)


def test_an_mps_seat_is_not_a_place(contest):
    text = "The MP for Pontypridd will hold a rally on Saturday."
    assert only(extract_events(text, THU_25_AUG, contest))["place"] is None


# --- Merging ---------------------------------------------------------------------------

def test_key_date_id(contest):
    glasgow = next(kd for kd in contest.key_dates if kd.venue == "SECC")
    assert key_date_id(glasgow) == "2016-08-25-hustings-glasgow"
    ids = [key_date_id(kd) for kd in contest.key_dates]
    assert len(ids) == len(set(ids))


def test_two_articles_on_the_glasgow_hustings_share_the_key_date(contest):
    first = only(extract_events(SEED_HUSTINGS, THU_25_AUG, contest))
    second = only(extract_events("The hustings will take place at the SECC on Thursday.", dt.date(2016, 8, 22),
                                 contest))
    assert event_id(first, contest) == event_id(second, contest) == "2016-08-25-hustings-glasgow"
    event = only(merge_mentions([first, second], contest))
    assert event["title"] == "Hustings in Glasgow"
    assert (event["date"], event["venue"], event["from_config"]) == ("2016-08-25", "SECC", True)
    assert event["sentence"] == second["sentence"]  # the more confident source


def test_a_debate_mention_matches_a_configured_hustings(contest):
    mention = only(extract_events("The leadership debate in Glasgow was held on 25 August.", dt.date(2016, 8, 26),
                                  contest))
    assert event_id(mention, contest) == "2016-08-25-hustings-glasgow"


def test_a_contradicting_place_does_not_match_the_key_date(contest):
    mention = only(extract_events("A hustings was held in Leeds on 25 August.", dt.date(2016, 8, 26), contest))
    assert event_id(mention, contest) == "2016-08-25-hustings-leeds"


def test_an_unconfigured_rally_mentioned_twice_gets_one_id(contest):
    from_article = only(extract_events("A rally will be held in Dundee tomorrow.", THU_25_AUG, contest))
    from_tweet = extract_events(SEED_TWEET, THU_25_AUG, contest)[1]
    assert event_id(from_article, contest) == event_id(from_tweet, contest) == "2016-08-26-rally-dundee"
    event = only(merge_mentions([from_article, from_tweet], contest))
    assert (event["title"], event["status"], event["from_config"]) == ("Rally in Dundee", "announced", False)


def test_different_dates_give_different_ids(contest):
    one = only(extract_events("A rally will be held in Dundee tomorrow.", THU_25_AUG, contest))
    other = only(extract_events("A rally will be held in Dundee tomorrow.", dt.date(2016, 8, 28), contest))
    assert event_id(one, contest) != event_id(other, contest)


def test_result_and_ballot_merge_only_on_the_same_day(contest):
    close = only(extract_events("The ballot closes at noon on 21 September.", dt.date(2016, 9, 1), contest))
    assert event_id(close, contest) == "2016-09-21-ballot"
    same_day = only(extract_events("The result will be declared on 21 September.", dt.date(2016, 9, 1), contest))
    assert event_id(same_day, contest) == "2016-09-21-ballot"
    next_day = only(extract_events("The result will be declared on 22 September.", dt.date(2016, 9, 1), contest))
    assert event_id(next_day, contest) == "2016-09-22-result"


def test_event_id_without_a_contest_is_built_from_date_type_and_place():
    mention = only(extract_events(BBC_GATESHEAD, dt.date(2016, 8, 4)))
    assert event_id(mention, None) == "2016-08-11-hustings-gateshead"


# --- The seed article ----------------------------------------------------------------------

@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="shared/ is not available")
def test_the_seed_article(contest):
    text = SEED.read_text(encoding="utf-8")
    mentions = extract_events(text, THU_25_AUG, contest)
    found = [(m["type"], m["place"], m["date"], m["status"]) for m in mentions]
    assert found == [
        ("hustings", "Glasgow", "2016-08-25", "announced"),
        ("result", "Liverpool", "2016-09-01", "announced"),
        ("rally", "Glasgow", "2016-08-25", "announced"),
        ("rally", "Dundee", "2016-08-26", "announced"),
    ]
    assert all(text[m["start"]:m["end"]] == m["sentence"] for m in mentions)
    events = merge_mentions(mentions, contest)
    assert [e["id"] for e in events] == [
        "2016-08-25-hustings-glasgow", "2016-08-25-rally-glasgow", "2016-08-26-rally-dundee",
        "2016-09-24-result-liverpool",
    ]


def test_in_a_list_of_dates_each_date_takes_the_words_beside_it(contest):
    text = "The timetable: 12 July freeze date; 14 July timetable published; 18 July PLP hustings."
    mentions = extract_events(text, dt.date(2016, 7, 14), contest)
    assert [(m["type"], m["date"]) for m in mentions] == [("hustings", "2016-07-18")]


def test_a_trigger_inside_a_link_does_not_count(contest):
    text = "Read more at example.com/labour-leadership-hustings-glasgow on Thursday."
    assert extract_events(text, THU_25_AUG, contest) == []


def test_published_may_be_a_datetime(contest):
    published = dt.datetime(2016, 8, 25, 9, 30)
    assert [m["date"] for m in extract_events(SEED_TWEET, published, contest)] == ["2016-08-25", "2016-08-26"]


def test_a_weekday_with_a_date_is_one_expression(contest):
    mention = only(extract_events("Nominations from MPs open at 7pm on Monday 18 July.", dt.date(2016, 7, 14), contest))
    assert (mention["date"], mention["date_text"]) == ("2016-07-18", "Monday 18 July")


def test_an_announcement_for_the_published_weekday_means_next_week(contest):
    text = "The first hustings will be held in Cardiff on Thursday."
    assert only(extract_events(text, dt.date(2016, 7, 28), contest))["date"] == "2016-08-04"


def test_a_schedule_in_the_present_tense_looks_forward(contest):
    mention = only(extract_events("Ballot papers start going out on Monday.", dt.date(2016, 8, 17), contest))
    assert (mention["date"], mention["status"]) == ("2016-08-22", "announced")


def test_a_date_in_another_clause_does_not_date_a_trigger_that_has_its_own(contest):
    text = "The party published its timetable today, with the result to be announced on Saturday 24 September."
    mentions = extract_events(text, dt.date(2016, 7, 14), contest)
    assert [(m["type"], m["date"]) for m in mentions] == [("result", "2016-09-24")]


def test_a_trigger_after_before_takes_no_earlier_date(contest):
    text = "The candidates met on television last night before the ballot closes."
    assert extract_events(text, dt.date(2016, 9, 15), contest) == []


def test_the_hustings_period_is_not_a_hustings(contest):
    assert extract_events("The hustings period opens today.", dt.date(2016, 7, 22), contest) == []


def test_a_hearing_and_a_ruling_on_one_day_share_an_unconfigured_id(contest):
    hearing = only(extract_events("The appeal court will hear the case in London on 11 August.", dt.date(2016, 8, 9),
                                  contest))
    ruling = only(extract_events("The appeal court ruled in London on 11 August.", dt.date(2016, 8, 13), contest))
    assert (hearing["type"], ruling["type"]) == ("court-hearing", "ruling")
    assert event_id(hearing, contest) == event_id(ruling, contest) == "2016-08-11-court-london"
