"""Relative and partial dates, resolved against the published day (db.dates)."""
import datetime as dt

import pytest

from db.dates import UnresolvedDate, find_dates, iso_date, resolve_date, window

THU_25_AUG = dt.date(2016, 8, 25)  # the seed article's day, a Thursday
FRI_26_AUG = dt.date(2016, 8, 26)


@pytest.mark.parametrize(
    "expression,published,tense,expected",
    [
        ("tonight", THU_25_AUG, "future", dt.date(2016, 8, 25)),
        ("today", THU_25_AUG, "past", dt.date(2016, 8, 25)),
        ("this evening", THU_25_AUG, "unknown", dt.date(2016, 8, 25)),
        ("yesterday", THU_25_AUG, "past", dt.date(2016, 8, 24)),
        ("last night", FRI_26_AUG, "past", dt.date(2016, 8, 25)),
        ("tomorrow", THU_25_AUG, "future", dt.date(2016, 8, 26)),
        ("two days ago", THU_25_AUG, "past", dt.date(2016, 8, 23)),
        ("in three days' time", THU_25_AUG, "future", dt.date(2016, 8, 28)),
    ],
)
def test_day_words_resolve_against_the_published_day(expression, published, tense, expected):
    assert resolve_date(expression, published, tense) == (expected, "day")


def test_on_thursday_in_a_past_tense_sentence_is_the_most_recent_thursday():
    assert resolve_date("on Thursday", FRI_26_AUG, "past") == (dt.date(2016, 8, 25), "day")
    assert resolve_date("on Thursday", dt.date(2016, 8, 31), "past") == (dt.date(2016, 8, 25), "day")


def test_on_thursday_in_a_past_tense_sentence_may_be_the_published_day():
    assert resolve_date("on Thursday", THU_25_AUG, "past") == (THU_25_AUG, "day")


def test_on_thursday_in_an_announcement_looks_forward():
    assert resolve_date("on Thursday", dt.date(2016, 8, 22), "future") == (dt.date(2016, 8, 25), "day")
    assert resolve_date("on Monday", THU_25_AUG, "future") == (dt.date(2016, 8, 29), "day")


def test_last_and_next_weekday_never_mean_the_published_day():
    assert resolve_date("last Thursday", THU_25_AUG) == (dt.date(2016, 8, 18), "day")
    assert resolve_date("next Thursday", THU_25_AUG) == (dt.date(2016, 9, 1), "day")


def test_bare_weekday_without_tense_takes_the_nearer():
    assert resolve_date("Monday", dt.date(2016, 8, 24), "unknown") == (dt.date(2016, 8, 22), "day")
    assert resolve_date("Friday", dt.date(2016, 8, 24), "unknown") == (dt.date(2016, 8, 26), "day")


def test_last_week_is_the_monday_of_the_previous_week():
    assert resolve_date("last week", THU_25_AUG, "past") == (dt.date(2016, 8, 15), "week")


def test_this_and_next_week():
    assert resolve_date("this week", THU_25_AUG) == (dt.date(2016, 8, 22), "week")
    assert resolve_date("next week", THU_25_AUG) == (dt.date(2016, 8, 29), "week")


def test_next_month_is_the_first_of_next_month():
    assert resolve_date("next month", THU_25_AUG, "future") == (dt.date(2016, 9, 1), "month")
    assert resolve_date("next month", dt.date(2016, 12, 5), "future") == (dt.date(2017, 1, 1), "month")


def test_last_month():
    assert resolve_date("last month", THU_25_AUG, "past") == (dt.date(2016, 7, 1), "month")


def test_this_weekend_is_the_coming_saturday():
    assert resolve_date("this weekend", THU_25_AUG, "future") == (dt.date(2016, 8, 27), "weekend")


@pytest.mark.parametrize("expression", ["on 24 September", "24 September", "September 24", "24th September",
                                        "the 24th of September", "Saturday 24 September", "Sept 24"])
def test_day_and_month_without_a_year_take_the_published_year(expression):
    assert resolve_date(expression, THU_25_AUG, "future") == (dt.date(2016, 9, 24), "day")


def test_day_and_month_without_a_year_take_the_nearest_occurrence():
    assert resolve_date("2 January", dt.date(2016, 12, 30), "future") == (dt.date(2017, 1, 2), "day")
    assert resolve_date("30 December", dt.date(2017, 1, 2), "past") == (dt.date(2016, 12, 30), "day")


def test_a_far_day_and_month_follow_the_tense():
    # "the 12 January freeze date" in a July article is last January.
    assert resolve_date("12 January", dt.date(2016, 8, 25), "past") == (dt.date(2016, 1, 12), "day")


@pytest.mark.parametrize(
    "expression", ["24 September 2016", "September 24, 2016", "2016-09-24", "24/09/2016", "Saturday, 24 September 2016"]
)
def test_explicit_full_dates(expression):
    assert resolve_date(expression, dt.date(2020, 1, 1)) == (dt.date(2016, 9, 24), "day")


def test_in_a_month_name_is_month_precision():
    assert resolve_date("in September", THU_25_AUG, "future") == (dt.date(2016, 9, 1), "month")
    assert resolve_date("in May", THU_25_AUG, "past") == (dt.date(2016, 5, 1), "month")


def test_an_unknown_expression_raises_unresolved_date():
    with pytest.raises(UnresolvedDate, match="Not a date expression: 'soon'"):
        resolve_date("soon", THU_25_AUG)


def test_an_impossible_day_is_skipped_by_find_dates():
    assert find_dates("It was held on 31 June.", THU_25_AUG) == []


def test_find_dates_in_the_seed_tweet():
    tweet = "Tonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE & tomorrow in Dundee."
    found = find_dates(tweet, THU_25_AUG, "future")
    assert [(d.text, d.date) for d in found] == [
        ("Tonight", dt.date(2016, 8, 25)),
        ("tomorrow", dt.date(2016, 8, 26)),
    ]


def test_today_programme_is_not_a_date():
    assert find_dates("Owen Smith announced his bid on the Today programme.", THU_25_AUG) == []


@pytest.mark.parametrize(
    "day,precision,expected",
    [
        (dt.date(2016, 8, 25), "day", (dt.date(2016, 8, 25), dt.date(2016, 8, 25))),
        (dt.date(2016, 8, 25), "approx", (dt.date(2016, 8, 24), dt.date(2016, 8, 26))),
        (dt.date(2016, 8, 15), "week", (dt.date(2016, 8, 15), dt.date(2016, 8, 21))),
        (dt.date(2016, 9, 1), "month", (dt.date(2016, 9, 1), dt.date(2016, 9, 30))),
    ],
)
def test_window_covers_the_days_a_precision_allows(day, precision, expected):
    assert window(day, precision) == expected


@pytest.mark.parametrize("value, day", [
    (dt.date(2016, 7, 11), dt.date(2016, 7, 11)),
    (dt.datetime(2016, 7, 11, 9, 30), dt.date(2016, 7, 11)),
    ("2016-07-11T09:30:00+01:00", dt.date(2016, 7, 11)),
    ("", None), (None, None), ("yesterday", None),
])
def test_iso_date_reads_the_forms_sitemaps_feeds_and_contest_files_use(value, day):
    assert iso_date(value) == day
