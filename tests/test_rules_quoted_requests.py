"""The ``rules`` model on requests whose infinitive is quoted ("begged lawmakers "not to lose sight of" …", "urged
residents to “stay calm” …"): the request is reported, quotation marks and all.

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

