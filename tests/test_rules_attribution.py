"""The ``rules`` model on the constructions news attribution is made of, one class at a time.

Each sentence is written for the test or built on the construction of a sentence in the train or dev split,
and goes through the real segmenter, as in a built corpus.
"""

from __future__ import annotations

import pytest

from rules_sentences import MODEL, article_of, quotes


# ---------------------------------------------------------------------- post-posed attribution


@pytest.mark.parametrize("sentence,speaker,name", [
    ('"We will make the roads safer for every family," said council member Dana Ortiz.', "Dana Ortiz", "Dana Ortiz"),
    ("“The dam will hold through the spring,” said chief engineer Tomas Varga of the water board.", "Tomas Varga",
     "Tomas Varga"),
])
def test_a_title_or_role_before_an_inverted_speaker_stays_out(sentence, speaker, name):
    (quote,) = quotes(sentence)
    assert quote[1:] == ("direct", "said", speaker, name)


@pytest.mark.parametrize("sentence,content,speaker,name", [
    ("Border checks will be tightened from Monday, the Interior Ministry said.",
     "Border checks will be tightened from Monday", "Interior Ministry", "Interior Ministry"),
    ("The camp will close by the end of the month, Austria's interior minister said.",
     "The camp will close by the end of the month", "Austria's interior minister", "Austria's interior minister"),
    ("Fares will rise by four percent in January, the transport authority announced.",
     "Fares will rise by four percent in January", "the transport authority", "the transport authority"),
])
def test_a_clause_reported_after_it_by_an_organisation_or_a_title(sentence, content, speaker, name):
    assert quotes(sentence) == [(content, "indirect", sentence.split()[-1].rstrip("."), speaker, name)]


# ---------------------------------------------------------------------- describe / characterize … as


def test_the_subject_of_characterize_as_speaks_not_the_nearest_name():
    sentence = ("Opposition leader Maria Santos characterized the new levy, which the treasury said would raise "
                "two billion euros, as “a burden on every family” in the region.")
    assert quotes(sentence) == [
        ("the new levy, which the treasury said would raise two billion euros, as “a burden on every family” in the "
         "region", "mixed", "characterized", "Maria Santos", "Maria Santos"),
        ("would raise two billion euros", "indirect", "said", "the treasury", "the treasury"),
    ]


def test_describe_as_and_a_participle_that_reports_again():
    assert quotes("The health ministry described the outbreak as contained, adding that no new cases had been "
                  "found.") == [
        ("the outbreak as contained", "indirect", "described", "The health ministry", "The health ministry"),
        ("no new cases had been found", "indirect", "adding", "The health ministry", "The health ministry"),
    ]


def test_describe_without_as_reports_nothing():
    assert quotes("The guide described the old town to the visitors.") == []


# ---------------------------------------------------------------------- relative clauses


@pytest.mark.parametrize("sentence,content,cue,speaker", [
    ("The firm unveiled a battery which its engineers said could last for ten years.", "could last for ten years",
     "said", "its engineers"),
    ("Police found a van that Karl Meyer claimed had been stolen (from a car park), and towed it away.",
     "had been stolen (from a car park)", "claimed", "Karl Meyer"),
])
def test_attribution_inside_a_relative_clause(sentence, content, cue, speaker):
    assert [q[:4] for q in quotes(sentence)] == [(content, "indirect", cue, speaker)]


def test_a_relative_clause_after_a_preposition_reports_nothing():
    assert quotes("The case on which the court has ruled was about unpaid taxes on two schools.") == []


# ---------------------------------------------------------------------- nominal speakers


def test_the_country_is_the_place_that_was_the_subject_not_the_last_place_named():
    (quote,) = quotes("Freedonia sent a protest note to Sylvania on Monday about the border. However, the country "
                      "indicated it would keep its embassy in Sylvania open.")
    assert quote[1:] == ("indirect", "indicated", "the country", "Freedonia")


def test_the_company_is_the_organisation_that_acted():
    (quote,) = quotes("Northwind Airlines bought four jets from Boeing in May. The company said the deal would "
                      "create two hundred jobs.")
    assert quote[3:] == ("The company", "Northwind Airlines")


# ---------------------------------------------------------------------- plural and vague sources


@pytest.mark.parametrize("sentence,speaker", [
    ("In March, arms experts indicated that the launch had failed badly.", "arms experts"),
    ("Several economists noted that the currency had lost a third of its value.", "Several economists"),
    ("Local residents told reporters the river had never risen so fast.", "Local residents"),
    ("A senior official said the meeting had been postponed.", "A senior official"),
])
def test_plural_and_vague_sources_are_named_by_their_own_words(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, speaker)


def test_the_researchers_are_no_one_person_named_before():
    (quote,) = quotes("The team led by Ana Ruiz watched the star from Chile in 1999. However, upon examination, "
                      "the researchers concluded there was a third unseen object in the system.")
    assert quote[2:] == ("concluded", "the researchers", "the researchers")


@pytest.mark.parametrize("sentence,content,speaker", [
    ("The Investigative Committee and the Federal Security Service (FSB) said they believe gas was the trigger.",
     "they believe gas was the trigger", "Investigative Committee and the Federal Security Service"),
    ("The National Transportation Safety Committee on Monday announced the cockpit voice recorder has been recovered.",
     "the cockpit voice recorder has been recovered", "National Transportation Safety Committee"),
    ("The head of the counter terror police, Neil Basu, on Sunday said the police found nothing unusual.",
     "the police found nothing unusual", "Neil Basu"),
])
def test_a_bracketed_short_name_or_a_day_between_subject_and_verb(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[3]) == (content, speaker)


@pytest.mark.parametrize("sentence,content", [
    ("Local officials said on Saturday, about 20 buildings collapsed.", "about 20 buildings collapsed"),
    ("Reports said at least 116 people died due to this earthquake.", "at least 116 people died due to this earthquake"),
    ("He has since said his initial confession was forced.", "his initial confession was forced"),
])
def test_a_count_after_the_verb_opens_a_clause_and_since_is_no_subject(sentence, content):
    (quote,) = quotes(sentence)
    assert quote[:3] == (content, "indirect", "said")


@pytest.mark.parametrize("sentence,speaker", [
    ("According to the Centers for Disease Control and Prevention, the virus spread quickly.",
     "Centers for Disease Control and Prevention"),
    ("The Philippine Institute of Volcanology and Seismology reported the first quake occurred at 7:37 p.m.",
     "Philippine Institute of Volcanology and Seismology"),
    # the two bodies stay apart, and the scientists of both speak (the gold of this construction)
    ("Scientists from the University of Bristol and UC Davis say the shrimp see polarised light.",
     "Scientists from the University of Bristol and UC Davis"),
])
def test_and_joins_one_last_word_to_the_name_of_a_body(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, speaker)


@pytest.mark.parametrize("sentence", [
    'Suman Haripriya of the Hajo assembly said "Coronavirus is an airborne disease that cow dung can cure."',
    '"It is a good sign," said Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics.',
])
def test_a_person_of_a_body_whose_name_the_capitals_cut_short(sentence):
    (quote,) = quotes(sentence)
    name = "Suman Haripriya" if "Suman" in sentence else "Ryan Cloutier"
    assert quote[3:] == (name, name)


@pytest.mark.parametrize("sentence,speaker", [
    ("According to officials on Saturday, about 20 buildings collapsed.", "officials"),
    ("Two people died, according to the mayor of Yartsevo via news agency Interfax.", "the mayor of Yartsevo"),
])
def test_a_source_phrase_ends_before_a_day_or_a_channel(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, speaker)


@pytest.mark.parametrize("paragraph,speaker", [
    ("The Airbus A380 flew over Paris. Airbus announced the plane would enter service in 2007.", "Airbus"),
    ("Chicago-based Boeing builds jets. Boeing promised the plane would be ready by May.", "Boeing"),
])
def test_an_organisation_is_not_named_by_a_thing_or_a_description_of_it(paragraph, speaker):
    (quote,) = quotes(paragraph)
    assert quote[3:] == (speaker, speaker)


def test_a_title_word_before_an_organisation_word_is_part_of_its_name():
    (quote,) = quotes("General Motors Corporation announced it would cut 30,000 jobs by 2008.")
    assert quote[3:] == ("General Motors Corporation", "General Motors Corporation")


@pytest.mark.parametrize("sentence,speaker", [
    ("Analysts are predicting that the compensations could well run into a few hundred million dollars.", "Analysts"),
    ("AppleInsider is claiming that there are sources that have seen the new iPod.", "AppleInsider"),
])
def test_a_report_in_the_progressive_is_no_passive(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3] == speaker


# ---------------------------------------------------------------------- nested reports


def test_a_relayer_with_a_clause_of_its_own_and_the_source_it_relays_are_two_quotes():
    assert quotes("The agency Interfax reported that a senior diplomat confirmed the embassy would close on "
                  "Friday.") == [
        ("a senior diplomat confirmed the embassy would close on Friday", "indirect", "reported", "Interfax",
         "Interfax"),
        ("the embassy would close on Friday", "indirect", "confirmed", "a senior diplomat", "a senior diplomat"),
    ]


def test_the_state_news_agency_is_a_speaker_and_state_is_no_cue():
    got = quotes("In a later statement, the Freedonian state news agency FNA reported that an official confirmed "
                 "the tests would go on.")
    assert [q[2:] for q in got] == [("reported", "FNA", "FNA"), ("confirmed", "an official", "an official")]


def test_a_relayer_that_only_attributes_is_not_recorded():
    assert quotes("According to Reuters, quoting a local official, the bridge has collapsed into the river.") == [
        ("the bridge has collapsed into the river", "indirect", "According to", "a local official",
         "a local official")]


# ---------------------------------------------------------------------- kinds, spans and cues


def test_a_quoted_fragment_in_reported_speech_makes_it_mixed():
    assert quotes("The ministry indicated it would keep the hotline open to avoid “fatal errors.”") == [
        ("it would keep the hotline open to avoid “fatal errors.”", "mixed", "indicated", "The ministry",
         "The ministry")]


def test_a_span_stops_before_a_trailing_participle_that_introduces_the_next_quote():
    assert quotes("Mayor Lena Brandt stressed that the city needed more housing, stating, “We cannot wait "
                  "another year.”") == [
        ("the city needed more housing", "indirect", "stressed", "Lena Brandt", "Lena Brandt"),
        ("We cannot wait another year.", "direct", "stating", "Lena Brandt", "Lena Brandt"),
    ]


@pytest.mark.parametrize("sentence", [
    "The carmaker announced 10,000 job cuts over the next four years.",
    "Mayor Lena Brandt stressed the importance of more housing in the city.",
])
def test_a_thing_announced_or_stressed_is_no_quote(sentence):
    assert quotes(sentence) == []


def test_a_request_in_a_participle_after_a_place_that_acted():
    assert quotes("Freedonia sent a note to Sylvania on Monday, urging it to stop what it called “reckless "
                  "drills” near the border.")[0][1:] == ("mixed", "urging", "Freedonia", "Freedonia")


def test_each_quote_has_the_reporting_verb_of_its_own_clause():
    assert quotes("He stressed that the budget had to be cut, warning that the debt could double by 2030.") == [
        ("the budget had to be cut", "indirect", "stressed", "He", None),
        ("the debt could double by 2030", "indirect", "warning", "He", None),
    ]


def test_every_quote_is_inside_the_text_and_nested_ones_lie_wholly_inside_another():
    article = article_of("Opposition leader Maria Santos characterized the new levy, which the treasury said would "
                         "raise two billion euros, as “a burden on every family” in the region.")
    annotation = MODEL.predict(article)
    assert annotation.problems(article.text) == []
    outer, inner = annotation.quotes
    assert outer.start <= inner.start and inner.end <= outer.end


# ---------------------------------------------------------------------- entity types


def test_places_and_peoples_glued_to_names_of_things_are_not_people():
    article = article_of("The Kremlin noted that the U.S. had sent U.S. ATACMS missiles and British Storm Shadow "
                         "missiles to Kyiv.")
    entities = {(e.text, e.label) for e in MODEL.predict(article).entities}
    assert {("Kremlin", "ORG"), ("U.S.", "GPE"), ("British", "NORP"), ("Kyiv", "GPE")} <= entities
    assert not any(label == "PERSON" for _, label in entities)


# ---------------------------------------------------------------------- requests, links and the writer


def test_a_request_reported_with_ask_or_plead_is_its_infinitive():
    assert quotes("The mayor personally asked the regional transport board to reopen the night line.") == [
        ("to reopen the night line", "indirect", "asked", "The mayor", "The mayor")]
    assert quotes("Her brother pleaded with the doctors not to move her again.") == [
        ("not to move her again", "indirect", "pleaded", "Her brother", "Her brother")]
    assert quotes("The senator asked how the files had left the building.") == []


def test_a_link_to_the_sentence_before_is_not_reported():
    (quote,) = quotes("For example, the library lent out twice as many books in 2019, its director said.")
    assert quote[:2] == ("the library lent out twice as many books in 2019", "indirect")


def test_a_second_report_after_with_ends_the_first():
    assert [q[:3] for q in quotes("Officials tell the paper every claim will be checked, with the Herald reporting "
                                  "that no claim will be refused.")] == [
        ("every claim will be checked", "indirect", "tell"),
        ("no claim will be refused", "indirect", "reporting")]


def test_a_trailing_source_without_a_comma():
    assert quotes("About six million visitors are expected this year according to the festival website.") == [
        ("About six million visitors are expected this year", "indirect", "according to", "the festival website",
         "the festival website")]


def test_the_publisher_observing_is_the_writer_not_a_source():
    article = article_of("The Daily Ledger observed that the square was full by noon. Ana Ruiz said the crowd was calm.")
    article = article.model_copy(update={"source": "The Daily Ledger"})
    assert [q.speaker_name for q in MODEL.predict(article).quotes] == ["Ana Ruiz"]


# ---------------------------------------------------------------------- interviews


def test_an_interviews_answers_are_direct_quotes_of_the_interviewee():
    got = quotes("Biologist Mara Lind studies how bees find their way home. Lind now talks about her work.",
                 "What first drew you to bees?",
                 "My grandfather kept hives behind the house, and I spent every summer with them.",
                 "Bees on a clover flower. Image: A. Photographer.",
                 "What comes next for your team?",
                 "Mara Lind: We will follow single foragers with tiny radio tags next spring.")
    assert got == [
        ("My grandfather kept hives behind the house, and I spent every summer with them.", "direct", None, None,
         "Mara Lind"),
        ("We will follow single foragers with tiny radio tags next spring.", "direct", None, "Mara Lind", "Mara Lind"),
    ]


def test_one_question_does_not_make_an_interview():
    assert quotes("Who will pay for the new bridge?", "The council has not decided, and the vote is in May.") == []


def test_the_interviewers_statements_under_its_label_are_not_answers():
    got = quotes("Wikinews interviewed wheelchair basketball player Tina McKenzie after the tournament.",
                 "Wikinews: Who plays in that one?",
                 "Tina McKenzie: It's quite a large Canadian tournament, and so we went as the Gliders team.",
                 "Wikinews: Was that the one where you were the captain of the team?",
                 "Tina McKenzie: No, I captained in 2010 and then I had some time off.",
                 "Wikinews: The competition from the World Cup and all.",
                 "Tina McKenzie: Right. Well, that would be sad for all of us.")
    assert [q[4] for q in got] == ["Tina McKenzie"] * 3


def test_questions_whose_answers_the_page_left_out_make_no_interview():
    assert quotes("Wikinews reached out to Walker to discuss the race and her goals.",
                  "((WSS)) How does your experience help in the current campaign?",
                  "((WSS)) Why should voters support your ticket over the others?",
                  "((WSS)) What are your goals for this campaign?",
                  "On May 5, the Green Party nominated Howie Hawkins for president at its online convention.") == []


def test_q_and_a_labels_mark_the_turns_and_stay_out_of_the_answers():
    got = quotes("Wikinews spoke with marine biologist Ana Souza about coral reefs.",
                 "Q: How did the reef change this year?",
                 "A: It lost almost half of its coral cover after the heat wave in March.",
                 "Q: What comes next?",
                 "A: We will plant new fragments grown in our nursery.",
                 "Q: Thank you for your time, Dr Souza.")
    assert got == [("It lost almost half of its coral cover after the heat wave in March.", "direct", None, None,
                     "Ana Souza"),
                   ("We will plant new fragments grown in our nursery.", "direct", None, None, "Ana Souza")]


def test_an_interview_named_inside_a_question_does_not_make_its_guest_the_interviewee():
    got = quotes("Marine biologist Ana Souza studies coral reefs off the coast of Brazil. Souza has dived there "
                 "for twenty years.",
                 "In an interview with Terry Gross you called the reef a patient. How did it change this year?",
                 "It lost almost half of its coral cover after the heat wave in March.",
                 "What comes next?",
                 "We will plant new fragments grown in our nursery.")
    assert {q[4] for q in got if q[2] is None} == {"Ana Souza"}


def test_a_people_or_place_inside_an_inverted_speakers_role_is_not_the_speaker():
    (quote,) = quotes("“The plant will stay open until the end of the year,” said German Economy Minister Karl Brenner.")
    assert quote[3:] == ("Karl Brenner", "Karl Brenner")


def test_a_person_of_an_organisation_in_one_run_is_split():
    article = article_of("Mike Harlan of Road Testers said the brakes had failed. Harlan tested four cars.")
    entities = {(e.text, e.label) for e in MODEL.predict(article).entities}
    assert {("Mike Harlan", "PERSON"), ("Road Testers", "ORG")} <= entities


def test_a_parenthetical_report_gives_what_follows_it():
    assert quotes("Smaller museums, said curator Lena Holt, are required to show their prints every ten years.") == [
        ("are required to show their prints every ten years", "indirect", "said", "Lena Holt", "Lena Holt")]


def test_a_report_inside_an_answer_is_a_quote_of_its_own():
    got = quotes("Chef Ada Moreau runs a small bistro in Lyon. Moreau answered our questions.",
                 "How did it start?",
                 "My teacher said that I would never cook for money. I wanted to prove him wrong.",
                 "What is next?",
                 "“A second kitchen, if the bank agrees to the loan.”")
    assert got == [
        ("My teacher said that I would never cook for money. I wanted to prove him wrong.", "direct", None, None,
         "Ada Moreau"),
        ("I would never cook for money", "indirect", "said", "My teacher", "My teacher"),
        ("A second kitchen, if the bank agrees to the loan.", "direct", None, None, "Ada Moreau"),
    ]


@pytest.mark.parametrize("sentence,speaker,name", [
    ("The deal was signed, although industry experts say the price was far too high.", "industry experts",
     "industry experts"),
    ("The U.S. military described the launch as a routine test.", "The U.S. military", "The U.S. military"),
    ("General Motors said it would close two plants in Ohio.", "General Motors", "General Motors"),
])
def test_speaker_phrases_start_where_their_noun_phrase_starts(sentence, speaker, name):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, name)


@pytest.mark.parametrize("sentence,cue,speaker", [
    ('Last week, Nora Field went on a rant on the radio, saying that the bank was "fast asleep."', "saying",
     "Nora Field"),
    ('The ferry line CEO, Piet Daalder, defended the order by saying, "These ships are the most reliable we know."',
     "saying", "Piet Daalder"),
    ('Senator Ruth Ames visited the plant and said workers were "the backbone of this town."', "said", "Ruth Ames"),
])
def test_a_report_after_a_verb_that_reports_nothing_has_the_sentences_subject(sentence, cue, speaker):
    (quote,) = quotes(sentence)
    assert quote[2:4] == (cue, speaker)


def test_a_speaker_after_a_role_and_an_organisation_closes_the_sentence():
    (quote,) = quotes('"The rebound is real," said head of research at Lindqvist Capital, Maja Berg.')
    assert quote[1:] == ("direct", "said", "Maja Berg", "Maja Berg")


@pytest.mark.parametrize("sentence,content,speaker", [
    ("A second steel maker, Nordstal Group, has said that it can finish the year without state aid.",
     "it can finish the year without state aid", "Nordstal Group"),
    ("The firm said more than 2 million tickets had been sold since March.",
     "more than 2 million tickets had been sold since March", "The firm"),
    ("Charities, such as the Food Bank, today said that donations had halved.", "donations had halved", "Charities"),
    ("Aid is rare, with ministry spokesman Lars Olsen saying the offer was unprecedented.", "the offer was unprecedented",
     "Lars Olsen"),
])
def test_subjects_behind_appositions_and_clauses_that_open_with_more(sentence, content, speaker):
    (quote,) = quotes(sentence)
    assert (quote[0], quote[3]) == (content, speaker)


@pytest.mark.parametrize("sentence,speaker", [
    ('"We will open two routes in May," says Nordair senior vice president Hanna Lund.', "Hanna Lund"),
    ('"It was a long night," said Nordair President and Chief Executive Officer, Hanna Lund.', "Hanna Lund"),
    ("Hanna Lund, the president of Nordair announced that two routes would open in May.", "Hanna Lund"),
])
def test_a_person_behind_an_organisation_in_a_role_speaks(sentence, speaker):
    (quote,) = quotes(sentence)
    assert quote[3:] == (speaker, speaker)


# ---------------------------------------------------------------------- who a named speaker is


@pytest.mark.parametrize("sentence,name", [
    ("Prosecutor Kama Melly QC said the men had shown no respect for decent behaviour.", "Kama Melly"),
    ("Provincial police Detective Constable Daniel Dubé stated to the CBC that the pills were dyed purple.",
     "Daniel Dubé"),
    ("Fifteen-year-old Robert, on the lower deck, said the roof came down on them.", "Robert"),
    ("Police Senior Superintendent Yolanda Yu Hoi-kwan said the man ran away.", "Yolanda Yu Hoi-kwan"),
])
def test_a_speaker_is_named_without_role_honours_or_age(sentence, name):
    (quote,) = quotes(sentence)
    assert quote[4] == name


def test_a_short_form_after_a_role_is_the_full_name():
    found = quotes("Rep. Nick Begich welcomed the decision on Tuesday.",
                   "Congressman Begich said the road would open the region to mining.")
    assert found[-1][4] == "Nick Begich"


# ---------------------------------------------------------------------- round-up lines


@pytest.mark.parametrize("label,name", [
    ("Small Business and Entrepreneurship Council", "Small Business and Entrepreneurship Council"),
    ("House Committee on Energy and Commerce Chair Brett Guthrie (R-KY)", "Brett Guthrie"),
    ("Senior Executive VP and CFO Hugh Johnston", "Hugh Johnston"),
    ("A hair salon owner whose business depends on federal employees", "A hair salon owner"),
])
def test_a_label_before_a_colon_names_the_speaker_of_the_quotation(label, name):
    found = quotes("Leaders across the industry welcomed the order:",
                   f"{label}: “The order cuts red tape and will bring investment to every state.”")
    assert [(q[1], q[4]) for q in found] == [("direct", name)]


def test_topic_labels_are_answers_of_the_person_on_the_heading_line():
    found = quotes("Secretary of the Treasury Scott Bessent on Sunday Morning Futures",
                   "On mortgage rates: “Mortgage rates are down since the President took office.”",
                   "On tariffs: “We will keep the pressure on until they are willing to negotiate.”",
                   "Secretary of State Marco Rubio on Face the Nation",
                   "On diplomacy: “We want a diplomatic and peaceful solution to this.”")
    assert [q[4] for q in found] == ["Scott Bessent", "Scott Bessent", "Marco Rubio"]


def test_a_source_line_of_its_own_names_the_quotation_below():
    found = quotes("Companies are expanding at home.", "From the Arizona Republic:",
                   "“The chipmaker will build two more plants in Phoenix, adding thousands of jobs.”")
    assert found[-1][4] == "Arizona Republic"


# ---------------------------------------------------------------------- interviews


def test_turn_labels_split_the_answers_of_several_interviewees():
    found = quotes("Wikinews reached out to Pablo Greco and Rich Bowen of the project to discuss the move.",
                   "Can you tell me about your current role in the project?",
                   "((Pablo Greco)) I'm the maintainer, basically helping out fixing things that are not supported.",
                   "((Rich Bowen)) I'm the Community Manager, so it's my job to help people get involved.",
                   "That means answering the mailing lists and organising our events every year.",
                   "((WN)) What will change for the users of the project now?",
                   "((Pablo Greco)) Not much in the short term, since the current release is supported for years.")
    assert [(q[0][:20], q[4]) for q in found] == [
        ("I'm the maintainer, ", "Pablo Greco"), ("I'm the Community Ma", "Rich Bowen"),
        ("That means answering", "Rich Bowen"), ("Not much in the shor", "Pablo Greco")]


@pytest.mark.parametrize("sentence,name", [
    ("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said the pipeline was a private matter.",
     "Steffen Seibert"),
    ("The president of the Tunisian League for Human Rights, Jamel Msallem, said the arrests were unlawful.",
     "Jamel Msallem"),
])
def test_a_name_in_apposition_to_a_role_is_the_speaker(sentence, name):
    (quote,) = quotes(sentence)
    assert quote[4] == name


def test_an_answer_that_names_its_speaker_is_not_named_after_i_am():
    found = quotes("Wikinews spoke with the project's community manager.",
                   "What is your role in the project?",
                   "((Rich Bowen)) I'm Rich Bowen and I'm the Community Manager for the project.",
                   "What do the users think of the change?",
                   "((Rich Bowen)) Some of them are angry, and we understand why they feel that way.")
    assert {q[4] for q in found} == {"Rich Bowen"}


# ---------------------------------------------------------------------- pronouns


def test_he_is_the_person_who_leads_the_sentence_before_not_the_last_named():
    found = quotes("It was the first time Michael Flynn spoke in public since he was pardoned by Donald Trump. "
                   "He said the country needed one religion.")
    assert found[-1][3:] == ("He", "Michael Flynn")


def test_she_is_not_a_man_named_before():
    found = quotes("Mrs Ana Lopez met the mayor, Mr Tom Reyes, at the town hall on Monday. "
                   "Reyes then left for the airport. She said the agreement would be signed within a week.")
    assert found[-1][3:] == ("She", "Ana Lopez")


def test_a_he_inside_someones_quotation_tells_nothing_of_the_quoted_speakers_sex():
    found = quotes("Governor Tomas Rivera resigned on Friday after two weeks of protests.",
                   "In a statement, Justice Secretary Wanda Ortega said, \u201cI understand he made the right decision "
                   "for his family. He just announced that this resignation will not be effective today.\u201d")
    assert ("this resignation will not be effective today", "indirect", "announced", "He", "Tomas Rivera") in found


@pytest.mark.parametrize("paragraphs,name", [
    (("Former Trump adviser Michael Flynn spoke at the rally on Saturday.", "He said the election was not over."),
     "Michael Flynn"),
    (("Hi Ravi, thanks for talking to us.", "Ravi Kumar told us that the clinic would stay open."), "Ravi Kumar"),
])
def test_a_greeting_or_former_before_a_name_is_no_part_of_it(paragraphs, name):
    assert quotes(*paragraphs)[-1][4] == name


# ---------------------------------------------------------------------- names of bodies and handles


@pytest.mark.parametrize("sentence,name", [
    ("The Lost 52 Project announced on Sunday that the wreck was found off Okinawa.", "Lost 52 Project"),
    ("Indeed, News 12 reported that only buildings next to the break were without water.", "News 12"),
    ("AT&T says the new law will let it invest more in its network.", "AT&T"),
    ("The Alachua Sheriff's Office said the highway would stay closed until Monday.", "Alachua Sheriff's Office"),
    ("The Joint Committee on Taxation reported that the bill would cut taxes by four trillion dollars.",
     "Joint Committee on Taxation"),
    ("Greenville County Coroner Mike Ellis says the law will help his deputies.", "Mike Ellis"),
])
def test_a_number_an_ampersand_a_possessive_or_a_topic_inside_a_bodys_name_keeps_it_whole(sentence, name):
    assert quotes(sentence)[-1][4] == name


@pytest.mark.parametrize("paragraphs,name", [
    (("Representative Eugene Vindman spoke on Friday.",
      ".@RepVindman says he is \u201chard pressed to think of a worse 45 days\u201d in history."), "Eugene Vindman"),
    (("President Donald J. Trump spoke on Friday.",
      "New intelligence confirms what @POTUS has stated numerous times: the facilities have been destroyed."), "Donald J. Trump"),
])
def test_a_handle_names_the_person_of_the_article_it_stands_for(paragraphs, name):
    assert quotes(*paragraphs)[-1][4] == name


# ---------------------------------------------------------------------- nominal organisations and documents


@pytest.mark.parametrize("paragraphs,name", [
    (("Fars News reported that a Boeing 707 cargo plane crashed near Karaj on Monday.",
      "The army said the entire crew were Iranians."), "The army"),
    (("China Eastern Airlines signed the agreement in Paris on June 15, the China Daily reported.",
      "The company said that the planes would be delivered in 2011."), "China Eastern Airlines"),
    (("Thames Valley Police were called to the palace at 4:50 am, where the police found the toilet gone.",
      "Police said on Monday that a gold toilet had been stolen."), "Thames Valley Police"),
    (("The National Transportation Safety Board released a report on the crash in 1988.",
      "The report said the pilot had failed to keep up the plane's airspeed."), "National Transportation Safety Board"),
])
def test_a_nominal_body_or_document_names_only_the_body_it_can_be(paragraphs, name):
    assert quotes(*paragraphs)[-1][4] == name


@pytest.mark.parametrize("sentence,speaker", [
    ("According to The Guardian, astronomers were optimistic that the telescope could reveal more about the planet.",
     "astronomers"),
    ("According to Reuters, two officials said that the talks in Geneva had failed.", "two officials"),
])
def test_the_people_a_source_reports_are_the_innermost_source(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


@pytest.mark.parametrize("sentence,speaker", [
    ("In Minnesota, a bartender praises No Tax on Tips: \u201cAny more money on our checks is going to be better.\u201d",
     "a bartender"),
    ("In Michigan, a waitress says the law will help her four children: \u201cIt would go towards my house bills.\u201d",
     "a waitress"),
])
def test_a_place_that_opens_the_sentence_is_not_its_speaker(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


# ---------------------------------------------------------------------- documents and sources


def test_a_document_speaks_in_its_owners_name():
    found = quotes("The National Transportation Safety Board has opened an inquiry into the crash.",
                   "Its website notes that the inquiry will take a year.")
    assert found[-1][3:] == ("Its website", "National Transportation Safety Board")


def test_a_source_named_after_the_article_is_named_without_it():
    (quote,) = quotes("According to the Cyprus Mail, the pipeline deal was signed in Athens.")
    assert quote[4] == "Cyprus Mail"


def test_a_publication_keeps_its_article():
    (quote,) = quotes("The Wall Street Journal writes that factory orders rose for a third month.")
    assert quote[3:] == ("The Wall Street Journal", "The Wall Street Journal")


def test_a_role_noun_names_the_person_with_that_role():
    found = quotes("The bill was criticised by archbishop Monsignor Jorge Eduardo Scheinig on Sunday.",
                   "The archbishop said the law would bring a culture of death.")
    assert found[-1][3:] == ("The archbishop", "Jorge Eduardo Scheinig")


@pytest.mark.parametrize("sentence,name", [
    ("John Geiger of USGS told the press last week that the tremors would go on.", "John Geiger"),
    ("Republican committee member Doug Collins of Georgia said the inquiry was a sham.", "Doug Collins"),
])
def test_a_person_of_a_body_or_place_is_the_speaker(sentence, name):
    (quote,) = quotes(sentence)
    assert quote[4] == name


def test_she_is_the_woman_named_in_the_sentence_before_not_the_name_that_leads_it():
    found = quotes("Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it.",
                   "“We take document security seriously,” she said.")
    assert found[-1][3:] == ("she", "Sujata Raisinghani")


@pytest.mark.parametrize("sentence,speaker", [
    ("70% say government is “filled with waste, fraud, and inefficiency.”", "70%"),
    ("Voters are optimistic, and a plurality say his policies will make them “financially better off.”",
     "a plurality"),
])
def test_a_share_of_those_polled_is_the_speaker(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


# ---------------------------------------------------------------------- subjects of coordinated and distant verbs


@pytest.mark.parametrize("paragraphs,speaker,name", [
    (("Joshua Winch met the crew. He then approached a director and said, \"I want to make horror films.\"",),
     "He", "Joshua Winch"),
    (("Kelly Dittmar spoke on Monday. Dittmar went on to add, \"It is something significant.\"",),
     "Dittmar", "Kelly Dittmar"),
    (("Regina Ip from the pro-Beijing camp said in a press conference: \"The protests must end now.\"",),
     "Regina Ip", "Regina Ip"),
])
def test_the_subject_of_the_sentence_speaks_past_other_verbs_and_phrases(paragraphs, speaker, name):
    assert quotes(*paragraphs)[-1][3:] == (speaker, name)


def test_a_sentence_that_introduces_a_quotation_with_a_colon_gives_it_to_its_subject():
    found = quotes("Tropical Storm Barry is approaching the coast.",
                   "Governor John Bel Edwards addressed the public: \"No one should take this storm lightly.\"")
    assert found[-1][3:] == ("John Bel Edwards", "John Bel Edwards")


def test_a_nominal_speaker_in_a_place_is_not_the_place():
    assert quotes("Navalny fell ill on the flight.", "Hospital officials in Omsk said he was in a coma.")[-1][3:] == (
        "Hospital officials in Omsk", "Hospital officials in Omsk")


def test_they_goes_on_about_the_plural_subject_of_the_sentence_before():
    found = quotes("The researchers suggested the algae might weaken the corals' defences. "
                   "They reported that the fish were protecting the coral.")
    assert found[-1][3:] == ("They", "The researchers")


def test_a_digest_of_remarks_after_a_short_colon_line_is_the_remarks_of_the_person_before():
    found = quotes("Yesterday, President Jane Doe delivered remarks at the summit in Ohio.",
                   "Here’s what you missed:",
                   "“We are making tremendous progress for every family in this country.” (Watch)",
                   "“Wages are rising at the fastest pace in sixty years.” (Watch)")
    assert [q[4] for q in found] == ["Jane Doe", "Jane Doe"]


def test_a_named_label_before_the_colon_speaks_rather_than_the_sentence_subject():
    found = quotes("The exchange was recorded in the Congressional Record: Director of Communications Bill Bodie: "
                   "\"We don't have to turn the other cheek, you know.\"")
    assert found[-1][4] == "Bill Bodie"


@pytest.mark.parametrize("sentence", [
    "The governor of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency.",
    "The firm's president and chief executive, Alan Mulally, commented on the profits.",
])
def test_a_role_before_the_name_of_the_subject_is_no_reported_clause(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Apple Computer announced today another special event to be held on October 12.",
    "Thunberg promised protests every week until Sweden joined the Paris Agreement.",
    "They have found it difficult to be objective in our arguments.",
])
def test_a_thing_after_a_verb_that_takes_things_is_no_clause_for_a_verb_form_after_to_be_or_until(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content", [
    ("The Aviation Herald stated it runs flights with Boeing 707s and Airbus A300s.",
     "it runs flights with Boeing 707s and Airbus A300s"),
    ("Tesco's chief executive stated they want to stay in Hungary.", "they want to stay in Hungary"),
])
def test_a_pronoun_and_a_present_verb_make_a_clause_after_a_verb_that_takes_things(sentence, content):
    assert [q[:3] for q in quotes(sentence)] == [(content, "indirect", "stated")]


@pytest.mark.parametrize("sentence,content,speaker", [
    ("On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide "
     "vest entered a store.", "a man wearing a fake suicide vest entered a store", "witness accounts and authorities"),
    ("Longer term, according to NASA administrator Jim Bridenstine, the goal is to render space accessible to many "
     "customers.", "the goal is to render space accessible to many customers", "Jim Bridenstine"),
])
def test_a_source_phrase_after_an_adjunct_reports_what_follows_it(sentence, content, speaker):
    assert [(q[0], q[3]) for q in quotes(sentence)] == [(content, speaker)]


@pytest.mark.parametrize("sentence,content,kind,cue", [
    ('President Donald Trump called Roger Stone\'s 40 month sentence "unjust."',
     'Roger Stone\'s 40 month sentence "unjust."', "mixed", "called"),
    ('The president called the notion a "waste of time".', 'the notion a "waste of time"', "mixed", "called"),
    ("During his time as vice president, he called for the government of Ukraine to reduce corruption.",
     "to reduce corruption", "indirect", "called"),
    ("The Russian government dismissed the claim from Berlin as groundless.", "the claim from Berlin as groundless",
     "indirect", "dismissed"),
    ("Senator Joe Biden criticized the commutation as an abuse of power.", "the commutation as an abuse of power",
     "indirect", "criticized"),
])
def test_a_name_given_in_quotation_marks_a_call_for_an_act_and_praise_or_blame_as_something(sentence, content, kind,
                                                                                              cue):
    assert [q[:3] for q in quotes(sentence)] == [(content, kind, cue)]


@pytest.mark.parametrize("sentence", [
    "It also called for records relating to the withholding of aid to Ukraine.",
    "The plan was described as a “victory for autoworkers.”",
    "ABC News praised violent Los Angeles rioters for “self-policing” — as local businesses were being harmed.",
])
def test_no_report_from_a_call_for_a_thing_a_passive_without_agent_or_an_as_far_from_the_object(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence,content,cue", [
    ("Earlier, on June 24, Apple told customers to either hold the phone without covering the antenna, or to use a "
     "case.", "to either hold the phone without covering the antenna, or to use a case", "told"),
    ("Local police warned people in the general vicinity to stay inside and close exterior vents and windows.",
     "to stay inside and close exterior vents and windows", "warned"),
    ("President Donald Trump vowed to issue an executive order regarding those caught desecrating federal statues.",
     "to issue an executive order regarding those caught desecrating federal statues", "vowed"),
    ("Prime Minister Hubert Minnis urged residents to evacuate.", "to evacuate", "urged"),
    ("Governor Anna Berg told reporters the plan to expand the port was dead.", "the plan to expand the port was dead",
     "told"),
])
def test_the_infinitive_after_a_hearer_of_tell_or_warn_or_after_a_vow_is_what_is_reported(sentence, content, cue):
    assert [q[:3] for q in quotes(sentence)] == [(content, "indirect", cue)]


def test_a_he_reporting_inside_a_quotation_is_another_person_named_there_not_the_one_quoted():
    paragraph = ("Malphine Fogel: “I would like to thank [President Trump] profusely. He promised me he would get him "
                 "out — and he kept his promise, and I can’t thank him enough.”")
    assert quotes(paragraph)[1] == ("he would get him out", "indirect", "promised", "He", "Trump")


def test_a_participle_that_reports_again_after_a_post_posed_subject_leaves_the_clause_before_it():
    paragraph = ("A suspected gas leak led to an explosion. A total of 39 are confirmed dead, officials told state "
                 "media, adding that rescuers ended their work yesterday.")
    assert quotes(paragraph)[0][:4] == ("A total of 39 are confirmed dead", "indirect", "told", "officials")


@pytest.mark.parametrize("paragraph,content,speaker", [
    ("The World Health Organization (WHO) met on Monday. Past EVD outbreak mortality rates have been at least 25%, "
     "as high as 90%, and averaged around 50% according to WHO's statistics.",
     "Past EVD outbreak mortality rates have been at least 25%, as high as 90%, and averaged around 50%", "WHO"),
    ("The National Emergency Operation Centre (NEOC) met. As of Sunday, the rate had reached 95% according to NEOC "
     "data.", "As of Sunday, the rate had reached 95%", "NEOC"),
])
def test_a_named_source_after_its_clause_without_a_comma(paragraph, content, speaker):
    assert [(q[0], q[2], q[3]) for q in quotes(paragraph)] == [(content, "according to", speaker)]


def test_no_source_after_a_clause_without_a_comma_when_the_sentence_runs_on_past_it():
    assert quotes("The information contained a mistranslation, placing its probable location according to the New "
                  "York Times about 100 miles from Okinawa.") == []
# ---------------------------------------------------------------------- "they": a group, never a place


@pytest.mark.parametrize("paragraphs,name", [
    (("Chinese authorities referred to him as a visitor from Beijing. Japanese officials said the man showed "
      "symptoms of the infection; his death, they reported, was described as viral pneumonia.",), "Japanese officials"),
    (("Rajamma and her husband told me not to worry, they told me this is my life now.",), "Rajamma and her husband"),
    (("On September 29, Scientology officials went to the sheriff's station in Los Angeles, where they claimed the man "
      "had left with the drives.",), "Scientology officials"),
])
def test_they_stands_for_the_nearest_group_before_it(paragraphs, name):
    assert quotes(*paragraphs)[-1][4] == name


def test_they_is_not_a_place_but_the_people_named_with_it():
    found = quotes("Some came from Agra, some from Kerala, and these people cannot go back to their families.",
                   "They told me that the rent had not been paid for three months.")
    assert found[-1][3:] == ("They", "these people")


# ---------------------------------------------------------------------- where a speaker's phrase begins


@pytest.mark.parametrize("sentence,speaker", [
    ("Biden and Sanders announced they would cancel their rallies in Ohio.", "Biden and Sanders"),
    ("State and federal election officials have stated there is no evidence of widespread fraud.",
     "State and federal election officials"),
    ("New Orleans and Jefferson Parish officials have said they are not concerned about the levees.",
     "New Orleans and Jefferson Parish officials"),
])
def test_coordinated_sources_of_one_clause_are_one_speaker(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


@pytest.mark.parametrize("sentence,speaker", [
    ("One of the victims said the men thought they were nothing but a toy to play with.", "One of the victims"),
    ("A spokesperson for Stagecoach South said their thoughts were with the children and their families.",
     "A spokesperson for Stagecoach South"),
])
def test_a_share_of_a_group_or_a_spokesperson_for_a_body_is_named_by_its_phrase(sentence, speaker):
    assert quotes(sentence)[-1][3:] == (speaker, speaker)


@pytest.mark.parametrize("sentence,name", [
    ("A UAW study from 2019 projected that the mandate would cost the industry 40,000 jobs.", "UAW"),
    ("A Zogby International poll showed that most voters favour the plan.", "Zogby International"),
])
def test_a_document_speaks_in_the_name_of_the_owner_named_in_its_phrase(sentence, name):
    assert quotes(sentence)[-1][4] == name


# ---------------------------------------------------------------------- digests of remarks


def test_quotation_paragraphs_under_a_heading_line_are_the_remarks_of_its_person():
    found = quotes("Secretary of State Marco Rubio on Face the Nation",
                   "“We made more progress this week than in the past three years of the war.” (Watch)",
                   "Special Envoy Steve Witkoff on Fox News Sunday",
                   "“The President, as a mediator, was looking for ways to solve the crisis.” (Watch)",
                   "“We were on the phone with the Ukrainian president moments after the summit ended.” (Watch)")
    assert [q[4] for q in found] == ["Marco Rubio", "Steve Witkoff", "Steve Witkoff"]


def test_a_line_that_opens_a_digest_with_a_title_before_its_subject_names_the_answers():
    found = quotes("Ambassador Jamieson Greer: “We are going to have our economy continue taking off.”",
                   "Secretary Scott Bessent then made the rounds on television to explain the deal:",
                   "On negotiations: “It was always respectful. We were firm, and we moved forward.”")
    assert found[-1][4] == "Scott Bessent"


@pytest.mark.parametrize("paragraph,name", [
    ("“The brave men and women of the agency get dangerous criminals off our streets every day.” — White House "
     "spokeswoman Abigail Jackson", "Abigail Jackson"),
    ("“The economy is booming again and it will only get better when the bill is passed.” —White House Press "
     "Secretary Karoline Leavitt", "Karoline Leavitt"),
])
def test_a_pull_quote_byline_with_a_role_names_the_person_at_its_end(paragraph, name):
    assert quotes(paragraph)[-1][4] == name


# ---------------------------------------------------------------------- the source after "according to"


@pytest.mark.parametrize("paragraphs,name", [
    (("Federal authorities are investigating the shooting as domestic terrorism, according to prosecutor Josh Bash, "
      "the U.S. Attorney for the Western District of Texas.",), "Josh Bash"),
    (("According to Reuters and NBC, Mohammad bin Salman is the de facto Saudi ruler.",), "Reuters and NBC"),
    (("U.S. officials identified the suspect.", "According to the El Paso mayor, Dee Margo, police were investigating "
      "whether a manifesto posted online was written by the suspect."), "Dee Margo"),
])
def test_the_source_after_according_to_is_its_first_person_or_its_coordinated_sources(paragraphs, name):
    assert quotes(*paragraphs)[-1][4] == name


@pytest.mark.parametrize("sentence,name", [
    ("Citing people familiar with the situation, The Wall Street Journal reported that the executive had been "
     "pushed out.", "people familiar with the situation"),
    ("According to Agence France-Presse, which cited sources close to the investigation, the man had converted a "
     "year and a half ago.", "sources close to the investigation"),
    ("Citing privacy rules, U.S. officials have not said why the team was denied visas, but Ambassador Hamdullah "
     "Mohib says there were concerns they would stay.", "Hamdullah Mohib"),
])
def test_a_relayer_that_cites_a_source_gives_way_to_it(sentence, name):
    assert quotes(sentence)[-1][4] == name


@pytest.mark.parametrize("sentence,name", [
    ("The South Korean tech giant is considering moving production, Korea Economic Daily reported on Jan. 21.",
     "Korea Economic Daily"),
    ("Chilean Armed Forces said debris had been found near the route of the plane.", "Chilean Armed Forces"),
])
def test_a_body_named_with_its_place_before_it_speaks_in_its_full_name(sentence, name):
    assert quotes(sentence)[-1][4] == name


# ---------------------------------------------------------------------- quotations without a cue of their own


def test_said_after_a_paragraph_break_is_the_cue_of_the_quotation_before_it():
    found = quotes("“Higher fuel standards could bring the industry a catastrophic short-term collapse.”",
                   "said Stephen Harper, Prime Minister of Canada.")
    assert found[-1][1:] == ("direct", "said", "Stephen Harper", "Stephen Harper")


def test_a_quotation_without_a_cue_belongs_to_the_pronoun_that_opens_its_sentence():
    found = quotes("“They are among the best athletes in the world,” said Eliud Kipchoge after the run. “I appreciate "
                   "them for accepting this job.” He posted on Twitter, “Today we went to the Moon and came back!”")
    assert found[-1][3:] == ("He", "Eliud Kipchoge")


# ---------------------------------------------------------------------- translations


def test_the_original_language_line_after_a_quote_is_a_quote_of_its_speaker():
    found = quotes("The mayor of Paris, Anne Hidalgo, wrote on Twitter: \"Paris is mourning its family this afternoon.\" "
                   "((fr))French language: \u200dParis pleure les siens cet après-midi.")
    assert found[-2:] == [("Paris is mourning its family this afternoon.", "direct", "wrote", "Anne Hidalgo", "Anne Hidalgo"),
                          ("Paris pleure les siens cet après-midi.", "direct", "wrote", "Anne Hidalgo", "Anne Hidalgo")]


def test_an_interview_answer_ends_before_its_translation():
    found = quotes("Wikinews interviewed Akram Pasha about the lockdown.",
                   "((WN)) How has the lockdown affected you?",
                   "((Akram Pasha)) Greetings. My name is Akram. I am from Mysore. ((hi))Hindi language: \u200dनमस्ते। "
                   "मेरा नाम अकरम है।",
                   "((WN)) What does your group do?",
                   "((Akram Pasha)) Ashodaya is a community organisation that works with sex workers.")
    assert [(q[0], q[4]) for q in found[:2]] == [("Greetings. My name is Akram. I am from Mysore.", "Akram Pasha"),
                                                 ("नमस्ते। मेरा नाम अकरम है।", "Akram Pasha")]


def test_a_peoples_government_speaks_for_its_country_not_for_the_last_place_named():
    found = quotes("Germany recalled its ambassador on Sunday.",
                   "Berlin hosted the talks on Monday. The German government announced that the measures would end soon.")
    assert found[-1][3:] == ("The German government", "Germany")


@pytest.mark.parametrize("paragraphs,speaker,name", [
    (("Estimates by event organizers indicate that about 100,000 people attended the march.",),
     "Estimates by event organizers", "Estimates by event organizers"),
    (("More than 95% of the participants in her study indicated that they had been harassed online.",),
     "More than 95% of the participants in her study", "More than 95% of the participants in her study"),
    (("Abortion is illegal in Argentina.", "Estimates by the Argentinian government state that about 350 thousand "
      "illegal abortions are carried out each year."), "Estimates by the Argentinian government", "Argentina"),
])
def test_a_subject_whose_head_comes_before_a_link_is_the_whole_phrase(paragraphs, speaker, name):
    assert quotes(*paragraphs)[-1][3:] == (speaker, name)
