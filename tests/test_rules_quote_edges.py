"""The ``rules`` model on the edges of a quote that are layout, not speech: list bullets, a post's media link, an
editor's bracketed comma.

Each passage is built on the construction of one in the train or dev split or the outside set's study half (names
and facts changed), and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_clause_ends import content_end
from rules_sentences import quotes


@pytest.mark.parametrize("bullet", ["\u2013", "-", "\u2022"])
def test_a_quoted_list_item_starts_after_its_bullet(bullet):
    found = quotes("The department said in a statement: \u201cOf the 4,100 cases reviewed so far:",
                   f"{bullet} 310 were collecting housing benefits, receiving $61k in payments",
                   f"{bullet} 57 received federal grants totaling $190k\u201d")
    contents = [q[0] for q in found]
    assert "310 were collecting housing benefits, receiving $61k in payments" in contents
    assert "57 received federal grants totaling $190k" in contents


def test_a_dash_inside_a_quote_stays():
    found = quotes("\u201cThe vote \u2013 the first in a decade \u2013 will go ahead on Friday,\u201d the clerk said.")
    assert found[0][0] == "The vote \u2013 the first in a decade \u2013 will go ahead on Friday"


@pytest.mark.parametrize("link", ["https://t.co/Qm4TbX9zLw", "pic.twitter.com/Qm4TbX9zLw"])
def test_an_embedded_post_ends_before_its_media_link(link):
    found = quotes("The senator defended the bill on X.",
                   "The senator wrote: \u201cThis is the only chance to pass these measures with 51 votes. Now or "
                   f"never. {link}\u201d")
    assert found[-1][0] == "This is the only chance to pass these measures with 51 votes. Now or never."


def test_a_report_of_a_post_ends_before_its_media_link_and_full_stop():
    found = quotes("The campaign said the governor had cut taxes, built roads and restored transparency\u2026 "
                   "pic.twitter.com/Qm4TbX9zLw")
    assert found[0][0] == "the governor had cut taxes, built roads and restored transparency"


def test_a_link_inside_a_quote_stays():
    found = quotes('"Our figures are public (https://example.org/stats) and anyone can check them," he said.')
    assert found[0][0] == "Our figures are public (https://example.org/stats) and anyone can check them"


def test_an_editors_bracketed_comma_stays_out():
    found = quotes("\"There's no sense in having two separate herds[,]\" said Dale Whitfield, who manages the herd.")
    assert found[0][0] == "There's no sense in having two separate herds"


def test_an_editors_bracketed_full_stop_stays_in():
    found = quotes('The princess pointed out she had "given up my royal titles and lived as a commoner[.]"')
    assert any(q[0].endswith("commoner[.]") for q in found)


def test_an_answer_ends_with_the_mark_that_closes_its_own_quotation():
    found = quotes("Wikinews: Why name a cocktail after the word?",
                   'Dana Whitlow: The senator has been in the news all season, and we wanted a drink that mimicked '
                   'the Savage meaning of "frothy."',
                   "Wikinews: How did you first hear about it?")
    assert any(q[0].endswith('meaning of "frothy."') for q in found)


def test_a_quote_ending_before_the_outer_closing_mark_keeps_it_out():
    found = quotes('"We wanted a drink that mimicked the meaning of the word," Whitlow said.')
    assert found[0][0] == "We wanted a drink that mimicked the meaning of the word"


def test_a_stray_opening_mark_after_the_last_word_stays_out():
    found = quotes("Director Morales said that \u201cby restoring our scientific enterprise, we will reach the "
                   "moon again and explore new frontiers. \u201c")
    assert found[0][0].endswith("explore new frontiers.")


# ---------------------------------------------------------------------- where a reported clause starts


@pytest.mark.parametrize("sentence,content", [
    ("Police chief Marko Ilic said at least 40 people were arrested on Friday night.",
     "at least 40 people were arrested on Friday night"),
    ("The broadcaster reported in mid-2019, 62 branches had closed within a year.",
     "62 branches had closed within a year"),
    ("Transport official Dana Ruiz said yesterday morning the road will be examined as part of the inquiry.",
     "the road will be examined as part of the inquiry"),
    ("The city estimated by 9 pm, there would be enough pressure in the system for all to have water.",
     "there would be enough pressure in the system for all to have water"),
    ("The company said on May 12 it would close the plant.", "it would close the plant"),
    ("The company said on Sept. 12, 2019 the plant would close.", "the plant would close"),
])
def test_a_time_after_the_verb_is_left_out_and_a_number_kept(sentence, content):
    assert quotes(sentence)[0][0] == content


def test_a_count_with_a_participle_is_a_thing_reported_not_a_clause():
    assert quotes("The health minister reported on Tuesday, 21 confirmed cases of the virus on the supply ship.") == []


@pytest.mark.parametrize("sentence,content", [
    ('A spokesman told the Tribune the blast took place at about 8:15 p.m. "No one was hurt."',
     "the blast took place at about 8:15 p.m."),
    ("The firm is considering expanding its plants in the U.S., CEO Anna Berg said on Monday.",
     "The firm is considering expanding its plants in the U.S."),
])
def test_a_clause_ending_on_an_abbreviation_keeps_its_full_stop(sentence, content):
    assert quotes(sentence)[0][0] == content


def test_a_clause_ending_on_a_word_leaves_the_full_stop_out():
    assert quotes("The firm said it would expand its plants in Ohio.")[0][0] == "it would expand its plants in Ohio"


@pytest.mark.parametrize("sentence", [
    "Piotr Nowak, a fire service spokesman, told Agence France-Presse the driver is in intensive care.",
    "The minister told Al-Jazeera the driver is in intensive care.",
])
def test_a_hyphenated_hearer_is_left_out(sentence):
    assert quotes(sentence)[0][0] == "the driver is in intensive care"


def test_a_gerund_subject_opens_a_mixed_quote_before_its_speaker():
    found = quotes('Finding the cause was "a bit like a puzzle," Hale said. The first clue was his blood work.')
    assert found[0][:2] == ('Finding the cause was "a bit like a puzzle,"', "mixed")


def test_a_participle_phrase_before_the_clause_still_opens_none():
    found = quotes('Jumping a fence, dashing past a cow, I find "the most beautiful view," she wrote.')
    assert not any(q[0].startswith("Jumping") for q in found)


@pytest.mark.parametrize("text,content", [
    ("the blast took place at about 8:15 p.m. ", "the blast took place at about 8:15 p.m."),
    ("its plants in the U.S., ", "its plants in the U.S."),
    ("a unit of Acme Inc.", "a unit of Acme Inc."),
    ("the plan would fail. ", "the plan would fail"),
    ("would it fail?", "would it fail"),
    ("it would fail, ", "it would fail"),
])
def test_one_reading_of_where_a_reported_clause_ends_keeps_an_abbreviations_full_stop(text, content):
    assert text[:content_end(text, 0, len(text))] == content
