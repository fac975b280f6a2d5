"""After an inverted speaker, a comma and a participle or a time ("…, she said, pointing to …", "…, the minister
said on Monday, after months of talks") are the writer's: the report is the clause before the speaker."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Reaching older voters is the hardest part of the job, Whitman said, giving the example of a recent bond vote.",
     "Reaching older voters is the hardest part of the job", "Whitman"),
    ("The old mill will be turned into a public library, the region's culture minister said on Monday, after months "
     "of talks with the owners.", "The old mill will be turned into a public library", "the region's culture minister"),
    ("The dam is safe and will stay open through the winter, officials said, amid growing worry in the valley.",
     "The dam is safe and will stay open through the winter", "officials"),
])
def test_the_report_is_the_clause_before_the_speaker(sentence, content, speaker):
    assert [q[:4] for q in quotes(sentence)] == [(content, "indirect", "said", speaker)]


def test_a_clause_the_speaker_interrupts_is_not_cut_after_the_speaker():
    found = quotes("The new landers, she said, could carry tools for the crews ahead of their missions.")
    assert len(found) == 1 and found[0][0].endswith("could carry tools for the crews ahead of their missions")


@pytest.mark.parametrize("place", ["Reno", "St. Louis", "Washington, D.C"])
def test_a_day_and_a_place_after_the_verb_are_no_clause(place):
    found = quotes(f"“I came here to listen first,” Alvarez said Thursday night in {place}.")
    assert [q[:4] for q in found] == [("I came here to listen first", "direct", "said", "Alvarez")]


def test_a_bare_day_before_the_clause_stays_out():
    assert [q[0] for q in quotes("Alvarez said Thursday the campaign would open an office in Reno.")] == [
        "the campaign would open an office in Reno"]


def test_the_hearer_after_an_inverted_claim_is_no_infinitive():
    found = quotes("The label has been trying to reach the singer for weeks, the insider claimed to the magazine.")
    assert [q[:4] for q in found] == [("The label has been trying to reach the singer for weeks", "indirect", "claimed",
                                       "the insider")]
    assert [q[0] for q in quotes("The union vowed to keep the strike going until the spring.")] == [
        "to keep the strike going until the spring"]
