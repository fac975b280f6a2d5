"""The ``rules`` model on an interviewer's turns: the interviewer's own wording is no quote, a report inside a
question is (built on the transcripts of interviews in the train split)."""

from __future__ import annotations

import pytest

from rules_sentences import quotes

_ANSWER = "((Pablo Greco)) For me it was a surprise, and the community reacted strongly to the news."


@pytest.mark.parametrize("question", [
    "((WN)) When I say product I meant the so-called software-as-a-service that is leased to someone else?",
    "Q: Why do you think \"Melbourne is poised to be a world city by 2030\" as your manifesto says?",
    "Question: Why do you think \"Melbourne is poised to be a world city by 2030\" as your manifesto says?",
])
def test_the_interviewers_own_wording_is_no_quote(question):
    found = quotes("Wikinews spoke with Pablo Greco about the project.", question, _ANSWER, question, _ANSWER)
    assert all(q[0] not in question for q in found)


def test_a_report_inside_a_question_stays_a_quote():
    question = ("((WN)) I believe in the announcements Mozilla mentioned that they had to choose between supporting "
                "DRM or giving up the browser?")
    found = quotes("Wikinews spoke with Pablo Greco about the project.", question, _ANSWER, question, _ANSWER)
    assert ("they had to choose between supporting DRM or giving up the browser", "indirect", "mentioned",
            "Mozilla") in [q[:4] for q in found]
