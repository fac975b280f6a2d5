"""The ``rules`` model on a participle that reports with its source before it: the press after "with" ("…, with
some local press claiming he was …") and a document put somewhere ("posted a message on Twitter on Sunday
announcing she had …"). A participle after a noun that speaks for no one reports nothing.

Each sentence is built on the construction of a sentence in the dev or study text and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

from rules_sentences import quotes


def test_the_press_after_with_is_the_source_of_its_participle():
    found = quotes("The bus overturned on a wet road; the driver told reporters he lost control, with some local press "
                   "claiming he was trying to pass a truck.")
    assert ("he was trying to pass a truck", "indirect", "claiming", "some local press") in [q[:4] for q in found]


def test_a_document_put_somewhere_lets_its_participle_report():
    (quote,) = quotes("Governor Kathy Hochul posted a message on Twitter on Sunday announcing she had tested positive "
                      "for the virus.")
    assert quote[:4] == ("she had tested positive for the virus", "indirect", "announcing", "Kathy Hochul")


def test_a_participle_after_a_place_reports_nothing():
    assert quotes("Rescuers spent the night on the mountain in the snow waiting for the storm to pass.") == []
