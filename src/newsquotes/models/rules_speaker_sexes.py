"""A person's sex told by the "he" or "she" that goes on speaking after them, for the ``rules`` model.

"Wilkins said, “[Warhol] liked the way photo booths … looked”. She explained how …" tells that Wilkins is a woman:
a sentence whose one person named outside quotation marks speaks (the subject of a reporting verb, or named after
an inverted "said"), and a next sentence that opens with "he" or "she" as the subject of a reporting verb, perhaps
after a quotation ("“…,” she added"). Without the clue a later "he" in "Wilkins explained Warhol's obsession …
began when he first collected head shots" may be taken for Wilkins. A noun of a person of the pronoun's sex in the
first sentence ("Smith told the widow …. She said") or a second person leaves the pronoun unexplained.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_entities import Mention
from newsquotes.models.rules_pronouns import inside_quotation, speaks
from newsquotes.models.rules_sexed_heads import sex_of
from newsquotes.models.rules_text import Layout

#: Titles written before a name, never a person on their own: lowercase, "miss" is a verb ("would miss the deadline").
_HONORIFICS = frozenset("mr mrs ms miss sir dame".split())
#: A "he" or "she" that opens a sentence as the subject of a reporting verb, perhaps after a quotation or a linking
#: word: "She explained", "But he added", "“…,” she said".
_PRONOUN_SPEAKS = re.compile(r"\W*(?:[“\"][^“”\"]+[”\"][\s,]*|%s)?(?P<pronoun>[Hh]e|[Ss]he)\s+"
                             r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?P<verb>[a-z]+)\b" % lex.SENTENCE_LINK)


def speaker_pronouns(layout: Layout, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
    """Each person's name with the "he" or "she" that goes on speaking in the next sentence after they spoke."""
    text = layout.text
    people = [m for m in mentions if m.label == "PERSON"]
    starts, ends = layout.sentence_starts, layout.sentence_ends
    for k in range(len(starts) - 1):
        following = _PRONOUN_SPEAKS.match(text, starts[k + 1], ends[k + 1])
        if not following or following["verb"] not in lex.SPEECH_VERBS:
            continue  # a speaking "he" or "she" is rare: it is looked for before the sentence's people
        lo, hi = starts[k], ends[k]
        named = [m for m in people if lo <= m.start < hi and not inside_quotation(text, lo, m.start)]
        if len({m.name for m in named}) != 1 or not any(speaks(text, m) for m in named):
            continue
        pronoun = following["pronoun"].lower()
        sex = "f" if pronoun == "she" else "m"
        words = re.findall(r"[a-z]+", text[lo:hi])
        if any(sex_of(w) == sex for w in words if w not in _HONORIFICS):
            continue  # "Smith told the widow …. She said": perhaps the widow
        yield named[0].name, pronoun
