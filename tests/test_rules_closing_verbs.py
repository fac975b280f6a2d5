"""Verbs that report only in set places ("continued", "responded", "read", "described") close the quotation
before them with their subject, and report nothing else."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraphs, content, cue, speaker", [
    (["The club put out a statement on Friday.",
      "“We are saddened by the loss of a friend and a great coach,” the statement continued. “Our thoughts are with "
      "his family.”"], "We are saddened by the loss of a friend and a great coach", "continued", "the statement"),
    (["The council sent a letter to residents.",
      "“Work on the bridge will start in the spring and last about a year,” the letter read."],
     "Work on the bridge will start in the spring and last about a year", "read", "the letter"),
    (["“I could barely walk to the end of the street without stopping,” the woman described in the medical "
      "journal."], "I could barely walk to the end of the street without stopping", "described", "the woman"),
    (["“We have done nothing wrong and will keep working with the league,” he responded in an email to staff."],
     "We have done nothing wrong and will keep working with the league", "responded", "he"),
    (["The council sent a letter to residents.",
      "The letter read: “Work on the bridge will start in the spring and last about a year.”"],
     "Work on the bridge will start in the spring and last about a year.", "read", "The letter"),
])
def test_a_closing_verb_reports_the_quotation_before_it(paragraphs, content, cue, speaker):
    found = [q for q in quotes(*paragraphs) if q[0] == content]
    assert found and found[0][1:4] == ("direct", cue, speaker), quotes(*paragraphs)


@pytest.mark.parametrize("sentence", [
    "He continued his work on the farm after the storm.",
    "She read the list of names aloud at the meeting.",
    "The sign on the gate read “Keep out”.",
    "He described the house in great detail to the court.",
])
def test_elsewhere_they_report_nothing(sentence):
    assert all(q[2] not in ("continued", "read", "described") for q in quotes(sentence)), quotes(sentence)


def test_a_plea_reports_nothing_and_leaves_the_sentence_to_its_source():
    found = quotes("A Texas woman pleaded guilty Friday to stealing from a church fund in June, prosecutors said.")
    assert [q[:4] for q in found] == [("A Texas woman pleaded guilty Friday to stealing from a church fund in June",
                                       "indirect", "said", "prosecutors")]
    assert [q[2] for q in quotes("She pleaded with the court to spare her son.")] == ["pleaded"]
