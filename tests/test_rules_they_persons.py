"""A "they" is the person the article gives as "they" ("uses they/them pronouns", "who is nonbinary"); without
such words it is no one person."""

from rules_sentences import quotes


def test_a_person_given_as_they_speaks_as_they():
    found = quotes("Kym Lino, a spokesperson for the app, uses they/them pronouns.",
                   "“We use a machine learning model to rank the posts,” they said in an email.")
    assert [(q[3], q[4]) for q in found] == [("they", "Kym Lino")], found


def test_a_person_not_given_as_they_is_not_they():
    found = quotes("Kym Lino is a spokesperson for the app.",
                   "“We use a machine learning model to rank the posts,” they said in an email.")
    assert [q[4] for q in found] != ["Kym Lino"], found


def test_a_person_given_as_they_paragraphs_before_leaves_a_body_s_they_alone():
    found = quotes("Kym Lino, who uses they/them pronouns, runs a bakery on Main Street.",
                   "The town grew last year.", "Rents rose by a third.",
                   "On Monday the Springfield School Board met again. “We will appeal,” they said.")
    assert [(q[3], q[4]) for q in found] == [("they", "Springfield School Board")], found
