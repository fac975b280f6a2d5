"""The ``rules`` model on requests whose infinitive is quoted ("begged lawmakers "not to lose sight of" …", "urged
residents to “stay calm” …"): the request is reported, quotation marks and all. Also a judged object with an -ing
adjective in it ("slammed the ongoing hearings as a “disgrace.”"), which is no participle.

Each sentence is written like a sentence of a news page and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ('He begged lawmakers "not to lose sight of" the ongoing conflict in Ukraine.',
     '"not to lose sight of" the ongoing conflict in Ukraine', "begged", "He"),
    ("The mayor urged residents to “stay calm and stay home” until the storm had passed.",
     "to “stay calm and stay home” until the storm had passed", "urged", "The mayor"),
])
def test_a_request_with_a_quoted_infinitive_is_mixed(sentence, content, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[:4] == (content, "mixed", cue, speaker)



def test_an_ing_adjective_in_a_judged_object_is_no_verb():
    found = quotes("At the White House, Trump said he had watched part of the testimony and slammed the ongoing "
                   "impeachment hearings as a “disgrace.”")
    assert ("the ongoing impeachment hearings as a “disgrace.”", "mixed", "slammed", "Trump") in [q[:4] for q in found]


def test_a_participle_in_a_judged_object_still_stops_the_judgement():
    assert quotes("The report cited a study showing Indiana as the worst state for drivers.") == []
