"""The ``rules`` model on press-office lists of one person's dated quotations: each line heads the words with the
pledge they bear on, of any length and naming places or bodies ("Keep the United States the world’s largest
producer:", "Rebuild our ports, including Baltimore, MD:"), and closes them with the date and place they were said
on; a rubric paragraph ("✅ PROMISE KEPT: …") lies between the lines. The words are the person's the list is about.
"""

from __future__ import annotations

from rules_sentences import quotes

_LINES = [
    "Governor Dana Whitfield campaigned on a list of “ten core promises” — and in one year, she has delivered.",
    "Promises Made, Promises Kept:",
    "Cut the gas tax for working families: “We will cut the gas tax on day one.” (9/3/24, Toledo, OH)",
    "✅ PROMISE KEPT: Under Governor Whitfield, the state gas tax fell by ten cents a gallon.",
    "Keep the United States the world’s largest producer of steel, and bring the mills home: “We will build "
    "steel here again.” (4/12/24, Youngstown, OH)",
    "✅ PROMISE KEPT: The Whitfield Administration opened two mills, and Ohio Steel hired 900 workers.",
    "Rebuild our ports and our rail lines, including Baltimore, MD, and make them the envy of the world, safe and "
    "modern again: “We will rebuild every port on this coast.” (1/19/25, Baltimore, MD), “Our rail lines will be "
    "the best.” (1/20/25, Columbus, OH)",
    "✅ PROMISE KEPT: The Port Authority finished the new terminal in Baltimore.",
    "Protect our parks: “I will protect every state park.” (3/2/24, Dayton, OH)",
]


def test_every_dated_line_is_the_listed_persons_whatever_its_topic_names():
    found = quotes(*_LINES)
    assert [(q[1], q[4]) for q in found if q[0] != "ten core promises"] == [("direct", "Dana Whitfield")] * 5


def test_a_capitalised_speech_verb_inside_a_topic_is_a_name():
    found = quotes("Senator Ana Ruiz spoke at length about trade on Sunday.",
                   "On tariffs: “We will be fair to every partner.”",
                   "Stop outsourcing and turn the United States into a factory again: “The jobs are coming home.”",
                   "Keep the dollar strong: “Our currency will be the strongest in the world.”")
    assert [q[4] for q in found] == ["Ana Ruiz"] * 3
