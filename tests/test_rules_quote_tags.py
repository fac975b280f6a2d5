"""A short attribution closes a quotation that ends on a question or exclamation mark, though the segmenter ends the
sentence there; verbs of a raised voice and requests report the quotation they close, and nothing else."""

import pytest

from rules_sentences import article_of, quotes
from newsquotes.models.rules_quote_tags import joined_tags
from newsquotes.models.rules_text import Layout


@pytest.mark.parametrize("paragraphs, content, cue, speaker", [
    (["The contestants waited on the stage for the result.",
      "“Can I give my place to Daniel?” Rivera tearfully asked before hugging her partner."],
     "Can I give my place to Daniel?", "asked", "Rivera"),
    (["“Where were the inspectors when the roof came down?” Councillor Hannah Price said."],
     "Where were the inspectors when the roof came down?", "said", "Hannah Price"),
    (["“Police! Open the door now!” an officer shouts in the footage."],
     "Police! Open the door now!", "shouts", "an officer"),
    (["“Get down on the floor and keep your hands where I can see them,” an officer ordered."],
     "Get down on the floor and keep your hands where I can see them", "ordered", "an officer"),
    (["«Who will pay for the repairs?» Maria Lopes asked."], "Who will pay for the repairs?", "asked", "Maria Lopes"),
    (["“Who will pay for the repairs?” asked Nora Blake, a tenant on the third floor."],
     "Who will pay for the repairs?", "asked", "Nora Blake"),
    (["The coach shouted: “Everyone back on the bus right now!”"],
     "Everyone back on the bus right now!", "shouted", "The coach"),
    (["The search went on past midnight.", "“Where is the boy?” Maria shouted when she could not find him."],
     "Where is the boy?", "shouted", "Maria"),
])
def test_the_tag_after_the_quotation_is_its_attribution(paragraphs, content, cue, speaker):
    found = [q for q in quotes(*paragraphs) if q[0] == content]
    assert found and found[0][1:4] == ("direct", cue, speaker), quotes(*paragraphs)


def test_a_new_report_after_a_question_is_no_tag():
    found = quotes("“Why now?” Officials said the bridge would reopen in the spring after repairs.")
    assert ("the bridge would reopen in the spring after repairs", "indirect", "said", "Officials",
            "Officials") in found, found


@pytest.mark.parametrize("sentence", [
    "“Can we all go home now and forget about this whole thing?” The minister said on Tuesday that he would resign.",
    "“Who signed off on this?” Police said in a statement the bridge would stay closed until the spring.",
])
def test_a_tag_with_a_clause_of_its_own_is_a_new_report(sentence):
    found = quotes(sentence)
    assert not [q for q in found if q[0].endswith("?") and q[3]], found


@pytest.mark.parametrize("sentence", [
    "The fans shouted at the referee as the players left the pitch.",
    "Neighbours yelled for help when the smoke reached the stairs.",
    "She asked for a glass of water before the hearing.",
    "The drivers were hungry after the long night on the road. “Stop the car,” ordered lunch for everyone.",
])
def test_elsewhere_a_raised_voice_reports_nothing(sentence):
    assert quotes(sentence) == [], quotes(sentence)


def test_only_the_rules_model_joins_tags_to_their_sentence():
    article = article_of("“Can we go home now?” Maria asked.")
    assert len(Layout(article).sentence_starts) == 2
    assert len(Layout(article, joined_tags).sentence_starts) == 1
