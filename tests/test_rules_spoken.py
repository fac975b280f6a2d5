"""The ``rules`` model on reports inside quoted speech of several sentences, and on subjects with a word of habit or
degree before their reporting verb.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus, which keeps a quotation whole however many sentences it holds.
"""

from __future__ import annotations

import pytest

from rules_sentences import MODEL, article_of, quotes
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_spoken import spoken_layout
from newsquotes.models.rules_text import Layout


@pytest.mark.parametrize("paragraph,inner,cue,speaker", [
    ("On trade deals: “We had an excellent trade agreement with China, and the last administration chose not to "
     "enforce it. The Chinese delegation basically told us that once the new president came into office, they just "
     "ignored their obligations.”",
     "once the new president came into office, they just ignored their obligations", "told", "The Chinese delegation"),
    ("He noted, \"The government and the pro-Beijing camp have always claimed they have public support. The vote "
     "showed the opposite.\"", "they have public support", "claimed", "The government and the pro-Beijing camp"),
    ("Rust said: “Orders have picked up since March. Many executives said the companies struggled in the pandemic’s "
     "aftermath, when hospitals returned to cheaper suppliers.”",
     "the companies struggled in the pandemic’s aftermath, when hospitals returned to cheaper suppliers", "said",
     "Many executives"),
])
def test_a_report_in_a_later_spoken_sentence_of_a_quotation_is_a_quote_of_its_own(paragraph, inner, cue, speaker):
    found = quotes(paragraph)
    assert (inner, "indirect", cue, speaker) in [q[:4] for q in found]
    outer = [q for q in found if q[1] == "direct"]
    assert len(outer) == 1 and inner in outer[0][0]  # the outer quotation stays whole, its speaker's


@pytest.mark.parametrize("paragraph", [
    "The senator said: “I’ve always said the road has to be built right, with the consent of the villages. We will "
    "keep working on it.”",
    "The senator said: “We met Mr. Jones on Monday and spoke about the road for an hour. Nothing came of it.”",
])
def test_the_speaker_reporting_themselves_or_no_report_inside_a_quotation_makes_no_second_quote(paragraph):
    assert len(quotes(paragraph)) == 1


def test_a_quotation_is_read_in_its_spoken_sentences_but_a_full_stop_inside_a_word_ends_none():
    article = article_of("The union leader said, “We met Mr. Jones on Monday. He told us the plant would close. "
                         "We were shocked.” Nobody else spoke.")
    layout = Layout(article)
    spoken = spoken_layout(layout, Quotations(layout).quoted)
    text = article.text
    sentences = [text[s:e] for s, e in zip(spoken.sentence_starts, spoken.sentence_ends)]
    assert "We met Mr. Jones on Monday." in sentences
    assert "He told us the plant would close." in sentences
    assert sentences[-1] == "Nobody else spoke."
    assert spoken_layout(layout, []) is layout


@pytest.mark.parametrize("paragraph,content,cue,speaker", [
    ("We spoke to many senior officers, but they all say that it is lockdown and it is not possible to help now.",
     "it is lockdown and it is not possible to help now", "say", "they"),
    ("At the age of 13 I stopped praying, and my dad would tell me to keep praying.", "to keep praying", "tell",
     "my dad"),
    ("The landlords used to say that the rent would never be raised.", "the rent would never be raised", "say",
     "The landlords"),
    ("The government has always claimed it has public support.", "it has public support", "claimed",
     "The government"),
])
def test_a_word_of_habit_or_degree_between_a_subject_and_its_reporting_verb(paragraph, content, cue, speaker):
    assert (content, "indirect", cue, speaker) in [q[:4] for q in quotes(paragraph)]


def test_the_publisher_reporting_inside_quoted_text_another_wrote_is_a_source():
    article = article_of("From The National Desk:",
                         "“The bill aims to extend the 2017 tax cuts, which were popular with workers.",
                         "The White House says that if the bill fails to pass, it could result in a large tax hike.”")
    article = article.model_copy(update={"source": "White House"})
    found = [(q.text, q.speaker_name) for q in MODEL.predict(article).quotes]
    assert ("if the bill fails to pass, it could result in a large tax hike", "White House") in found
    own = article_of("The White House says that if the bill fails to pass, it could result in a large tax hike.")
    assert MODEL.predict(own.model_copy(update={"source": "White House"})).quotes == []  # the writer's own voice


def test_a_quotation_in_single_marks_needs_its_verbs_own_subject_inside_the_quotation():
    found = quotes("He wrote: “Thank you, Mr. Luckasz. Worth noting this for the next time someone says, ‘we have let too "
                   "many people into this country’ at a party.”")
    assert len(found) == 1


@pytest.mark.parametrize("paragraph,content,speaker", [
    ("Every time I ask this question, people are like, \"But he is my god.\" And I am like, \"Yes, and you know it.\"",
     "But he is my god.", "people"),
    ("Some of them responded to it: now I have a few Muslim friends who are like, \"I do not really care what you say "
     "about it.\"", "I do not really care what you say about it.", "a few Muslim friends"),
    ("And I only called myself a Muslim. Some people went like \"Are you a Shi'a or Sunni?\" and I said no.",
     "Are you a Shi'a or Sunni?", "Some people"),
    ("The Federation was under huge scrutiny from the government. And the officials were like, \"Why did you host "
     "it at all?\"", "Why did you host it at all?", "the officials"),
])
def test_be_like_introduces_what_another_said(paragraph, content, speaker):
    assert (content, "direct", "like", speaker) in [q[:4] for q in quotes(paragraph)]


@pytest.mark.parametrize("paragraph", [
    "And I am like, \"Think about it. Why are you offended by a question?\"",
    "It is sort of like, \"Hmmm, that is hilarious and really funny to everyone.\"",
    "You come to another place where you're like, \"You know what, this is what the new world is like.\"",
])
def test_be_like_of_the_speaker_a_generic_you_or_a_likeness_reports_nothing(paragraph):
    assert [q[1:] for q in quotes(paragraph)] == [("direct", None, None, None)]


def test_a_short_quotation_in_single_marks_that_a_reporting_verb_introduces_is_its_subjects():
    found = quotes("On the need for tariffs: “These countries are designed to cheat us, and are sanctioned by the WTO. "
                   "So, President Trump says, ‘No more’ … We’re headed towards a strong America.”")
    assert ("No more", "direct", "says", "Trump") in [q[:4] for q in found]


def test_a_name_in_single_marks_inside_a_quotation_is_no_quote_of_its_own():
    assert len(quotes("The mayor said: “The plan, known as ‘Safe Roads’, will start in the spring and run a year.”")) == 1


@pytest.mark.parametrize("paragraph", [
    "Under the old penal code, abortions were only allowed if a doctor determined the mother was in danger.",
    "That is a no. But if they say we do not need the new law, I would agree with that.",
])
def test_a_verb_in_a_condition_reports_nothing(paragraph):
    assert quotes(paragraph) == []


def test_a_condition_before_a_comma_leaves_the_report_after_it():
    assert quotes("If the talks fail, officials warned, the strike will go on.")[0][2] == "warned"
