"""The ``rules`` model on speakers whose mention is right but whose entity was wrong: a "he" after a person whose
sex the text never told, named as a sentence's subject behind a role ("Airbus chief executive Tom Enders",
"Analyst Gene Munster") or as the source of "according to", rather than a person of known sex named further back.

Each passage is built on the construction of business news sentences and goes through the real segmenter, as in a
built corpus.
"""

from __future__ import annotations

from rules_sentences import referents, speaker_of

_JOBS = "Apple chief executive Steve Jobs said on Monday that he was pleased with the launch."


def test_a_role_of_several_words_before_a_name_leaves_it_the_subject_of_its_sentence():
    text, resolver = referents("Airbus chief executive Tom Enders expects sales of the jet to double next year.")
    enders = next(m for m in resolver.mentions if m.name == "Tom Enders")
    assert resolver.is_subject(enders)


def test_he_is_the_subject_named_behind_a_role_in_the_sentence_before_not_a_man_named_further_back():
    paragraphs = (_JOBS, "Airbus chief executive Tom Enders expects sales of the jet to double next year. "
                         "He said that the company could sell ten more by the end of the year.")
    assert speaker_of("the company could sell ten more", *paragraphs) == "Tom Enders"


def test_a_capitalised_role_that_opens_the_sentence_leaves_the_name_after_it_its_subject():
    paragraphs = (_JOBS, "Analyst Gene Munster expects sales of the phone to double next year. "
                         "He said that the company could sell ten million units by the end of the year.")
    assert speaker_of("the company could sell ten million units", *paragraphs) == "Gene Munster"


def test_a_plural_or_a_clause_before_a_name_is_no_role():
    text, resolver = referents("Analysts said Gene Munster expects sales to double.",
                               "Shares rose as traders said John Smith would resign.")
    assert not any(resolver.is_subject(m) for m in resolver.mentions if m.name in ("Gene Munster", "John Smith"))


def test_he_is_the_source_of_according_to_in_the_sentence_before():
    paragraphs = (_JOBS, "According to Gene Munster, an analyst at Piper Jaffray, sales will double next year. "
                         "He said that the company could sell ten million units by the end of the year.")
    assert speaker_of("the company could sell ten million units", *paragraphs) == "Gene Munster"


def test_he_is_the_source_of_according_to_at_the_end_of_the_sentence_before():
    paragraphs = (_JOBS, "Sales could double next year, according to analyst Gene Munster. "
                         "He said that the company could sell ten million units.")
    assert speaker_of("the company could sell ten million units", *paragraphs) == "Gene Munster"


def test_the_group_is_the_body_that_acts_not_the_owner_named_after_it():
    paragraphs = ("Apple chief executive Steve Jobs said the company would give away free cases for the iPhone 4.",
                  "The press event came days after Consumer Reports declined to give Apple's newest phone a "
                  "\"recommended\" rating.",
                  "The group said that the free cases were a good first step.")
    assert speaker_of("the free cases were a good first step", *paragraphs) == "Consumer Reports"


def test_the_government_is_no_country_of_a_list():
    paragraphs = ("The UK Government has sent questionnaires to thousands of asylum seekers.",
                  "The forms go to claimants from Afghanistan, Eritrea, Libya, Syria and Yemen who applied before "
                  "last summer. The government said that the forms must be returned within twenty days.")
    assert speaker_of("the forms must be returned", *paragraphs) == "UK Government"


def test_the_city_is_no_club_whose_name_ends_in_city():
    paragraphs = ("Hull City sacked its manager on Monday. The city said that it would build a new stadium.",)
    assert speaker_of("it would build a new stadium", *paragraphs) != "Hull City"


def test_the_government_is_the_country_whose_people_name_the_body_named_before():
    paragraphs = ("Seyed Mohammad Mir-Mohammadi, a council member of Iranian Expediency Discernment Council, died of "
                  "COVID-19, the government announced yesterday.",
                  "Iran has reported more than 2,000 deaths from the virus.")
    assert speaker_of("died of COVID-19", *paragraphs) == "Iran"


def test_the_role_is_the_person_it_was_set_beside_not_the_person_named_last():
    paragraphs = ("Stefan Schaffrath, a spokesman for Airbus, said the delivery would be late.",
                  "Boeing chief executive Jim McNerney said the order was a big win. The Airbus spokesman added that "
                  "the plane would fly in May.")
    assert speaker_of("the plane would fly in May", *paragraphs) == "Stefan Schaffrath"


def test_the_role_is_no_person_the_text_gave_another_role_in_lower_case():
    paragraphs = ("The airline has ordered ten more jets.",
                  "Boeing chief executive Jim McNerney said the order was a big win. The spokesman added that the "
                  "plane would fly in May.")
    assert speaker_of("the plane would fly in May", *paragraphs) != "Jim McNerney"


def test_an_office_written_with_capitals_may_go_by_another_name():
    paragraphs = ("Mexico's Foreign Secretary Marcelo Ebrard said the government would pressure the United States.",
                  "The foreign minister said Mexico would consider charging the gunman with terrorism.")
    assert speaker_of("Mexico would consider charging", *paragraphs) == "Marcelo Ebrard"


def test_he_is_the_subject_of_the_sentence_before_not_a_man_of_known_sex_it_names_after_it():
    paragraphs = ("Steve Jobs said on Monday that he was pleased with the launch.",
                  "Tim Cook will lead the company while Jobs is away. He said that the company could sell ten million "
                  "units.")
    assert speaker_of("the company could sell ten million units", *paragraphs) == "Tim Cook"



def test_the_software_giant_is_the_business_named_before():
    paragraphs = ("The European Commission fined Microsoft $1.3 billion on Wednesday.",
                  "The software giant said that it would appeal.")
    assert speaker_of("it would appeal", *paragraphs) == "Microsoft"


def test_the_planemaker_is_the_business_that_led_not_the_one_a_company_was_said_to_be():
    paragraphs = ("Airbus delayed the A380 again on Tuesday, its parent company EADS said.",
                  "The planemaker said that deliveries would start in October.")
    assert speaker_of("deliveries would start in October", *paragraphs) == "Airbus"


def test_the_central_bank_is_the_last_central_bank_named():
    paragraphs = ("The Federal Reserve cut its key rate on Tuesday.",
                  "Fed chairman Ben Bernanke said that the economy was weak. The central bank said that inflation "
                  "would ease.")
    assert speaker_of("inflation would ease", *paragraphs) == "Federal Reserve"


def test_the_central_bank_of_a_people_is_the_last_central_bank_named():
    paragraphs = ("The European Central Bank kept rates on hold, while the Bank of Japan raised its rate to 0.5%.",
                  "The Japanese central bank said that growth was strong.")
    assert speaker_of("growth was strong", *paragraphs) == "Bank of Japan"


def test_the_central_bank_is_no_lender_nor_agency_named_central():
    for body in ("The Central Intelligence Agency released a report", "Bank of America raised its forecast"):
        paragraphs = (body + " on Monday. The central bank said that rates would stay low.",)
        assert speaker_of("rates would stay low", *paragraphs) == "The central bank"


def test_the_spokesman_is_no_one_who_holds_an_office_in_his_own_name():
    paragraphs = ("The airline has ordered ten more jets.",
                  "Boeing President Jim McNerney said the order was a big win. The spokesman added that the plane "
                  "would fly in May.")
    assert speaker_of("the plane would fly in May", *paragraphs) != "Jim McNerney"


def test_it_goes_on_with_the_statement_of_the_sentence_before_in_its_owners_name():
    paragraphs = ("Actor Michael Kane, known for his role in the film Dark River, was 58 years old.",
                  "Kane died at home on Monday in the company of his wife, according to a statement posted to his "
                  "official Facebook account. It also stated that he had been ill for four years.")
    assert speaker_of("he had been ill for four years", *paragraphs) == "Michael Kane"


def test_it_after_a_sentence_link_goes_on_with_the_statement_of_the_sentence_before():
    paragraphs = ("Actor Michael Kane, known for his role in the film Dark River, was 58 years old.",
                  "Kane died at home on Monday in the company of his wife, according to a statement posted to his "
                  "official Facebook account. However, it stated that he had been ill for four years.")
    assert speaker_of("he had been ill for four years", *paragraphs) == "Michael Kane"


def test_it_after_a_statement_a_body_released_is_still_that_body():
    paragraphs = ("Apple released a statement on Monday. It said that the phone would ship in June.",)
    assert speaker_of("the phone would ship in June", *paragraphs) == "Apple"


def test_the_body_and_role_is_the_person_the_body_was_written_before():
    paragraphs = ("Airbus chief executive Tom Enders said the delivery would be late.",
                  "Boeing's Jim McNerney said the order was a big win. The Airbus chief added that the plane would fly "
                  "in May.")
    assert speaker_of("the plane would fly in May", *paragraphs) == "Tom Enders"


def test_the_body_and_role_is_the_person_set_beside_a_role_of_the_body():
    paragraphs = ("Tom Enders, the chief executive of Airbus, said the delivery would be late.",
                  "Jim McNerney of Boeing said the order was a big win. The Airbus boss added that the plane would fly "
                  "in May.")
    assert speaker_of("the plane would fly in May", *paragraphs) == "Tom Enders"


def test_a_nameless_or_other_role_of_the_body_is_not_the_person_tied_to_it():
    lead = "Airbus chief executive Tom Enders visited the plant on Monday. "
    for description in ("The Airbus insider", "The Airbus engineer", "The Airbus spokesman"):
        assert speaker_of("the plane was safe", lead + description + " said the plane was safe.") != "Tom Enders"
