"""The ``rules`` model on constructions of press-office pages read on fresh White House text: investment lists
whose objects hold hyphenated compounds ("a $4 billion investment in U.S.-based production"), and summaries whose
intro names someone as an object before the colon ("… fact checked the host on Senator …: “…”"), and lists of
quotations under a rubric that names a kind of speech ("PROMISE MADE: “…” (10/12/24, Dayton, OH)"), and company
round-up labels with a topic after the name ("Chairman Jane Doe on the Energy Fund: “…”"); "made clear" reports a
clause as a verb does; a comment after a dash does not stop a report whose verb follows it ("…, the court ruled —
a victory for …").

Each sentence is written in the shape of the pages' sentences and goes through the real segmenter, as in a built
corpus.
"""

from __future__ import annotations

import pytest

from newsquotes.models.rules_finite import ed_form
from rules_sentences import article_of, quotes


@pytest.mark.parametrize("sentence", [
    "Brightline Foods announced a $12 billion investment in U.S.-based packaging and logistics.",
    "Harbor Steel, a Canadian steelmaker, announced a $400 million investment in its Ohio-based rolling mill.",
    "Norwind Capital announced a $2 billion fund for state-owned ports and long-awaited rail links.",
])
def test_a_thing_with_a_hyphenated_adjective_after_announced_is_no_clause(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content", [
    ("Brightline Foods announced it will invest $12 billion in U.S.-based packaging over the next decade.",
     "it will invest $12 billion in U.S.-based packaging over the next decade"),
    ("The board announced the founder co-founded two other firms in the 1990s.",
     "the founder co-founded two other firms in the 1990s"),
])
def test_a_clause_with_a_compound_or_a_prefixed_verb_is_still_a_clause(sentence, content):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2]) == (content, "indirect", "announced")


@pytest.mark.parametrize("word,verb", [
    ("reported", True), ("re-elected", True), ("co-founded", True),
    ("fact-checked", True), ("test-fired", True),
    ("state-owned", False), ("long-awaited", False), ("Texas-based", False), ("so-called", False),
    ("self-styled", False), ("ill-fated", False), ("cash-strapped", False),
])
def test_a_hyphenated_ed_form_is_a_verb_unless_an_adjective(word, verb):
    assert ed_form(word) is verb


@pytest.mark.parametrize("paragraph,speaker", [
    ("Governor Dana Whitfield fact checked the anchor on convicted smuggler Ronald Pike Torres: “This man is a "
     "cartel member. He came here illegally!”", "Dana Whitfield"),
    ("Secretary Alan Brooks pushed back on reporters about Senator Mary Ellen Cole: “She has never built anything in "
     "her life.”", "Alan Brooks"),
])
def test_a_name_that_is_the_object_of_the_intro_verb_is_no_label(paragraph, speaker):
    (quote,) = quotes(paragraph)
    assert (quote[1], quote[2], quote[3]) == ("direct", None, speaker)


def test_a_name_after_a_colon_in_the_intro_is_still_a_label():
    (quote,) = quotes("The letter was entered into the Congressional Record: Director of Communications Paul Reyes: "
                      "“We are proud of the whole team.”")
    assert quote[3] == "Paul Reyes"


def test_quotations_under_a_speech_rubric_are_the_words_of_the_owner_named_before():
    found = quotes(
        "Since taking office, Governor Dana Whitfield has kept the promises she made on the campaign trail.",
        "Here are a few of those promises:",
        "PROMISE MADE: “We will fix every road in this state. Every single one.” (10/12/24, Dayton, OH)",
        "PROMISE KEPT:",
        "The state repaved 400 miles of highway in its first year.",
        "PROMISE MADE: “I will cut the gas tax on day one.” (9/3/24, Toledo, OH)")
    assert [(q[1], q[2], q[4]) for q in found] == [("direct", None, "Dana Whitfield")] * 2


@pytest.mark.parametrize("rubric,owner", [("PROMISE MADE", "Tom Reyes"), ("PLEDGE", "Tom Reyes"), ("MYTH", None)])
def test_only_a_rubric_that_names_a_kind_of_speech_has_an_owner(rubric, owner):
    from newsquotes.models.rules import _Quotes
    from newsquotes.models.rules_rubric_owners import rubric_owner

    article = article_of("Mayor Tom Reyes has kept his pledges and the promises he made to the city.",
                         f"{rubric}: “The plan cuts every pension in the city.”")
    finder = _Quotes(article)
    lo = article.paragraphs[1].start
    found = rubric_owner(finder.layout, finder.speakers, lo, article.text.index("“"))
    assert (found.name if found else None) == owner


@pytest.mark.parametrize("label", ["Harbor Holdings Chairman Sheikh", "Council on Foreign Relations Fellow"])
def test_a_topic_after_the_name_in_a_label_is_no_part_of_the_name(label):
    (quote,) = quotes(f"{label} Omar Zaid Al-Fahim on the Energy Investment Fund: “This fund is a bridge of trust "
                      "between two great nations.”")
    assert (quote[3], quote[4]) == ("Omar Zaid Al-Fahim", "Omar Zaid Al-Fahim")


def test_a_rubric_owner_may_open_its_sentence():
    (quote,) = quotes("Mayor Tom Reyes spoke to the city for an hour. His pledges were many.",
                      "PLEDGE MADE: “The plan cuts every pension in the city.”")
    assert quote[4] == "Tom Reyes"


@pytest.mark.parametrize("sentence,content,cue", [
    ("Governor Dana Whitfield made clear to the visiting premier that Ohio, which has paid most of the costs, will "
     "not be taken advantage of.", "Ohio, which has paid most of the costs, will not be taken advantage of",
     "made clear"),
    ("Governor Dana Whitfield has made it clear that the state will not pay for the bridge.",
     "the state will not pay for the bridge", "made it clear"),
])
def test_made_clear_reports_a_clause(sentence, content, cue):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[1], quote[2], quote[4]) == (content, "indirect", cue, "Dana Whitfield")


@pytest.mark.parametrize("sentence", [
    "Governor Dana Whitfield made clear whose side she is on in the fight over the bridge.",
    "It was made clear that the state will not pay for the bridge.",
])
def test_made_clear_with_a_question_word_or_in_the_passive_reports_nothing(sentence):
    assert quotes(sentence) == []


def test_a_comment_after_a_dash_leaves_the_report_before_the_verb():
    (quote,) = quotes("No longer can county clerks block the new maps on their own, the state supreme court ruled — "
                      "a sweeping victory for the voters and the rule of law.")
    assert quote[:4] == ("No longer can county clerks block the new maps on their own", "indirect", "ruled",
                         "the state supreme court")
