"""The day and month names the rules modules share, and the patterns built from them."""

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import _ADJUNCT
from newsquotes.models.rules_leading import _TIME_TAIL
from newsquotes.models.rules_phrases import _SOURCE_TAIL


def test_stop_words_take_the_calendar_but_not_may():
    assert set(lex.WEEKDAYS) | set(lex.MONTH_ABBREVIATIONS) <= lex.STOP
    assert set(lex.MONTHS) - {"May"} <= lex.STOP
    assert "May" not in lex.STOP


def test_adjunct_takes_full_and_shortened_dates():
    for adjunct in (" on Monday", " on Sept. 5", " on Sep 5", " in January", " on Jan. 23"):
        assert _ADJUNCT.fullmatch(adjunct), adjunct


def test_time_and_source_tails_end_before_a_day_or_month():
    assert _TIME_TAIL.search("Reports as of Wednesday").start() == len("Reports")
    assert _SOURCE_TAIL.search("officials on Saturday").start() == len("officials")
    assert _SOURCE_TAIL.search("officials in March").start() == len("officials")
