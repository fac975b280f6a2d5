"""The clause before an inverted reporting verb and its subject: a paper, an article or a note as a subject, a
phrase quoted inside the clause or a list of examples before ", says X", a figure with a thousands comma after
"According to X,", a body named inside a participle's aside after the subject; "posit" as a reporting verb and
"remembers" closing a quotation."""

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("sentence, content, cue, speaker", [
    ("Giving farmers secure titles to their fields is key to slowing soil loss, the paper states.",
     "Giving farmers secure titles to their fields is key to slowing soil loss", "states", "the paper"),
    ("Most coastal towns will need new sea walls within two decades, the article says.",
     "Most coastal towns will need new sea walls within two decades", "says", "the article"),
    ("The files will be deleted unless the fee is paid within three days, the ransom note warns.",
     "The files will be deleted unless the fee is paid within three days", "warns", "the ransom note"),
])
def test_a_paper_an_article_or_a_note_reports_the_clause_before_it(sentence, content, cue, speaker):
    found = quotes(sentence)
    assert [q[:4] for q in found] == [(content, "indirect", cue, speaker)], found


def test_a_quoted_phrase_inside_the_clause_before_an_inverted_says():
    text = ("The new dish covers only a small patch of the sky at a time. But the dish’s “remarkable reach” will help "
            "with following up on faint signals in detail, says Helena Brandt, an astronomer at the University of Graz.")
    found = [q for q in quotes(text) if q[2] == "says"]
    assert [q[:4] for q in found] == [("But the dish’s “remarkable reach” will help with following up on faint "
                                       "signals in detail", "mixed", "says", "Helena Brandt")], found


def test_a_list_of_examples_before_an_inverted_says_is_no_appositive():
    paragraphs = ["“I can’t wait to point it at the sky,” says Tomas Reyes, a radio astronomer in Lima.",
                  "By the 2030s, the array should have gathered enough data to study single sources of such signals, "
                  "such as mergers of neutron stars, says Reyes."]
    found = [q for q in quotes(*paragraphs) if q[1] == "indirect"]
    assert [q[2:] for q in found] == [("says", "Reyes", "Tomas Reyes")], found
    assert found[0][0].endswith("such as mergers of neutron stars"), found


def test_a_figure_with_a_thousands_comma_after_according_to():
    found = quotes("According to the regional fire service, 4,312 homes have been damaged as of Friday.")
    assert [q[:4] for q in found] == [("4,312 homes have been damaged as of Friday", "indirect", "According to",
                                       "the regional fire service")], found


def test_a_body_inside_a_participle_aside_is_not_the_subject():
    found = quotes("The survey, funded by the Atlantic Wetlands Trust as part of the Coastal Birds Programme, shows "
                   "that half of the nesting sites are on private land.")
    assert [q[1:4] for q in found] == [("indirect", "shows", "The survey")], found


def test_remembers_closes_the_quotation_before_it_and_reports_nothing_else():
    found = quotes("“Those sheep were far too clever,” remembers Ines Moreau, a ranger on the island, with a smile. "
                   "“They would walk straight past our traps.”")
    assert [q[1:4] for q in found] == [("direct", "remembers", "Ines Moreau")] * 2, found
    assert quotes("Moreau remembers the first sheep they caught on the cliffs.") == []


def test_posit_reports_like_argue():
    found = quotes("Secure land rights slow the loss of old forests, posit researchers in the new study.")
    assert [q[:4] for q in found] == [("Secure land rights slow the loss of old forests", "indirect", "posit",
                                       "researchers")], found
