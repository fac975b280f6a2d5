"""The ``rules`` model on constructions of ordinary news prose: who reports a clause when the subject stands far
from the reporting verb.

Each sentence is built on the construction of a sentence in the train or dev split and goes through the real
segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import quotes


@pytest.mark.parametrize("paragraph,clause,cue,speaker", [
    ("However, he went on to say that should a manufacturer be willing to pay the cost itself, he did not object.",
     "should a manufacturer be willing to pay the cost itself, he did not object", "say", "he"),
    ("Jean-Jacques Muyembe spoke first. He went on to say thousands of deaths could be prevented.",
     "thousands of deaths could be prevented", "say", "He"),
    ("The minister continued to insist the plan was sound.", "the plan was sound", "insist", "The minister"),
])
def test_a_verb_that_hands_its_subject_on_to_the_report(paragraph, clause, cue, speaker):
    assert (clause, "indirect", cue, speaker) in [q[:4] for q in quotes(paragraph)]


@pytest.mark.parametrize("paragraph,clause,speaker", [
    # the first verb's own clause holds a report ("found"): the subject is the one of the first verb with one
    ("The German government announced the tests by a military laboratory found a nerve agent in his blood, and said "
     "there was proof he had been poisoned.", "there was proof he had been poisoned", "The German government"),
    # the first verb reports nothing: the noun phrase that opens the sentence
    ("Raab urged the embassy to reconsider. The embassy declined the request and said the family left per advice "
     "from the Department of State.", "the family left per advice from the Department of State", "The embassy"),
])
def test_a_reporting_verb_coordinated_with_an_earlier_verb_shares_its_subject(paragraph, clause, speaker):
    assert (clause, "indirect", "said", speaker) in [q[:4] for q in quotes(paragraph)]


@pytest.mark.parametrize("paragraph,clause,speaker", [
    ("Germany on Monday banned the airline from flying in the country, with officials saying this is for security "
     "reasons.", "this is for security reasons", "officials"),
])
def test_people_after_with_are_the_subject_of_a_reporting_participle(paragraph, clause, speaker):
    assert (clause, "indirect", "saying", speaker) in [q[:4] for q in quotes(paragraph)]


def test_a_participle_after_with_and_no_speaker_reports_nothing():
    assert quotes("The team won the match, with fans singing loudly in the stands.") == []


@pytest.mark.parametrize("source", ["according to investigators", "said investigators", "investigators said"])
def test_a_plural_of_people_after_an_inverted_verb_is_the_speaker_as_after_according_to(source):
    # metamorphic: the same report with its source phrased three ways (train: "…, according to investigators.")
    found = quotes("The device was located and recovered from under eight metres of mud, %s." % source)
    assert [(q[0], q[3]) for q in found] == [
        ("The device was located and recovered from under eight metres of mud", "investigators")]


@pytest.mark.parametrize("sentence,clause,speaker", [
    # dev: "“The situation will worsen in the next few hours”, said Vasco Cordeiro, the regional president, …"
    ("The situation will worsen in the next few hours, said Vasco Cordeiro, the regional president.",
     "The situation will worsen in the next few hours", "Vasco Cordeiro"),
    ("Observation time will be open to researchers from around the world, says Zhiqiang Shen, director of the "
     "Shanghai Astronomical Observatory.", "Observation time will be open to researchers from around the world",
     "Zhiqiang Shen"),
    # a name that ends the clause is not the subject of the inverted verb after its comma
    ("Two women and a man were injured near Westminster Bridge, said Neil Basu.",
     "Two women and a man were injured near Westminster Bridge", "Neil Basu"),
])
def test_the_clause_before_an_inverted_verb_and_its_speaker_with_an_appositive(sentence, clause, speaker):
    assert [(q[0], q[1], q[3]) for q in quotes(sentence)] == [(clause, "indirect", speaker)]


@pytest.mark.parametrize("paragraph,clause,speaker", [
    ("Institutional recipients, said Tom Mauer, are not affected by the change.", "are not affected by the change",
     "Tom Mauer"),
    # dev: the clause goes on with its own subject after the verb
    ("Apparently, the glitch led the pilots to disengage an engine. Since then, he says, the plane has flown for nearly "
     "thirty hours.", "the plane has flown for nearly thirty hours", "he"),
])
def test_the_clause_goes_on_after_a_parenthetical_verb(paragraph, clause, speaker):
    assert [(q[0], q[3]) for q in quotes(paragraph)] == [(clause, speaker)]


@pytest.mark.parametrize("paragraphs,quote,speaker", [
    # train: a body named after the speaker reports nothing, so "he" goes on with the speaker
    (["In a surprising move, Steve Jobs announced that Macintosh computers would be shipped with Intel processors.",
      "This is said to come out of frustration at IBM, though Intel has recently added Digital Rights Management to "
      "its processors.", "This switch, he said, would happen beginning next year."],
     "would happen beginning next year", "Steve Jobs"),
    (["Speaking to BBC Sport, Warholm said, \"This was a very tough race.\" He also commented on the future, \"This is "
      "only the beginning and I am very lucky to win.\""],
     "This is only the beginning and I am very lucky to win.", "Warholm"),
])
def test_he_goes_on_with_the_latest_speaker_when_no_one_leads_a_sentence(paragraphs, quote, speaker):
    found = {q[0]: q[4] for q in quotes(*paragraphs)}
    assert found[quote] == speaker


@pytest.mark.parametrize("paragraph,quote,kind,speaker", [
    # train: the source only relays the report; the one it quotes is the speaker
    ("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects were "
     "linked to the Jamaah Ansharut Daulah network.", "the suspects were linked to the Jamaah Ansharut Daulah network",
     "indirect", "Budi Gunawan"),
    ("\"We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked,\" Detik.com quoted "
     "Jusman Djamal as saying.", "We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked",
     "direct", "Jusman Djamal"),
    ("The agency cited an unnamed official as saying the talks had stalled.", "the talks had stalled", "indirect",
     "an unnamed official"),
    # train: the content is the innermost source's (labeling/GUIDELINES.md, "Nested reports")
    ("It cited the Air Force as stating Saha Airlines owned the plane, and claimed a reported sixteenth death.",
     "Saha Airlines owned the plane", "indirect", "Air Force"),
])
def test_a_source_that_quotes_someone_as_saying_relays_that_speaker(paragraph, quote, kind, speaker):
    assert (quote, kind, speaker) in [(q[0], q[1], q[3]) for q in quotes(paragraph)]


@pytest.mark.parametrize("subject", [
    "Dan Cook, the senior market analyst at IG Markets,",
    # metamorphic: a role after "for" whose place reads like a name, then a relative clause
    "Dan Cook, the Labour MP for Newcastle Central, who is supporting the report,",
    "Dan Cook, the senior analyst for Newcastle Central, who follows the index closely,",
])
def test_a_name_in_the_role_of_an_appositive_is_not_the_subject(subject):
    # train: "Dan Cook, the senior market analyst at IG Markets, said that the Dow's descent is worrisome"
    (quote,) = quotes(f"{subject} said that the Dow's descent is worrisome.")
    assert quote[3] == "Dan Cook"


@pytest.mark.parametrize("paragraph,clause,speaker", [
    # dev
    ("The campaign called the statement \"absolutely false.\" An organizer said Biden was not at the event specified.",
     "Biden was not at the event specified", "An organizer"),
    ("The defendants claimed Spanton first complained of theft, not rape.", "Spanton first complained of theft, not rape",
     "The defendants"),
    # metamorphic: other people named by what they do
    ("A prison guard said the inmates had been moved overnight.", "the inmates had been moved overnight",
     "A prison guard"),
    ("The wine merchant said the vintage had sold out within a week.", "the vintage had sold out within a week",
     "The wine merchant"),
])
def test_people_named_by_what_they_do_are_speakers(paragraph, clause, speaker):
    assert (clause, "indirect", speaker) in [(q[0], q[1], q[3]) for q in quotes(paragraph)]


def test_a_conclusion_drawn_after_a_sentence_that_reports_nothing_is_the_writers():
    # train: "…, is already available on iTunes, suggesting that …" reports no one's words
    assert quotes("A full-length TV movie from Disney is already available on iTunes, suggesting that the technical "
                  "infrastructure is already in place.") == []


def test_a_conclusion_drawn_after_a_report_goes_on_with_it():
    # dev: "The U.S. military described the missile as experimental, suggesting that …"
    found = quotes("The U.S. military described the missile as experimental, suggesting that Russia likely has only a "
                   "limited number of them.")
    assert ("Russia likely has only a limited number of them", "The U.S. military") in [(q[0], q[3]) for q in found]


@pytest.mark.parametrize("paragraph,clause,speaker", [
    # train and dev: a view stated in the present is reported
    ("Apple CEO Steve Jobs believes that this may have a large impact on the film industry.",
     "this may have a large impact on the film industry", "Steve Jobs"),
    ("Boeing, by contrast, believes passengers will want to fly direct between more local airports.",
     "passengers will want to fly direct between more local airports", "Boeing"),
])
def test_a_view_stated_in_the_present_is_reported(paragraph, clause, speaker):
    assert (clause, "indirect", "believes", speaker) in [q[:4] for q in quotes(paragraph)]


def test_a_belief_inside_a_report_is_part_of_it():
    # dev: labeling/GUIDELINES.md, "he believes …" is the content of "said"
    found = quotes("New Zealand's Prime Minister John Key said he believes redesigning the flag now has a strong "
                   "rationale.")
    assert [(q[0], q[2]) for q in found] == [("he believes redesigning the flag now has a strong rationale", "said")]


def test_a_belief_with_no_clause_reports_nothing():
    assert quotes("The company believes in its product.") == []
