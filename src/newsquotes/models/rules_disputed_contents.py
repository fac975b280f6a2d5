"""Reports whose content is a statement a verb of stance takes up, for the ``rules`` model.

"Volker disputed the notion that he had been a participant …", "Saudi Arabia initially denied all claims that
Khashoggi was slain", "ABC News peddled the debunked lie that the Trump Administration was …": the verb is the cue,
its subject the speaker and the clause after "that" what is reported, as for a verb with its own "that" clause. The
noun names a statement ("notion", "claim", "lie"), so the clause is its content and no relative clause; one that
opens with its verb ("the claim that bans …") is a relative clause and reports nothing. "Rejected the claim that
…" is left to the content nouns (``rules_content_nouns``), which find no source for a claim nobody owns; the
reports of both are bounded and checked alike (``statement_reports``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsquotes.models import _lexicon as lex
from newsquotes.models.rules_clauses import Clauses, Found
from newsquotes.models.rules_content_nouns import opens_subject, statement_reports
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_speakers import Speakers
from newsquotes.models.rules_text import Layout

#: Verbs that take up a statement to spread it, beside those that deny it: "peddled the debunked lie that …".
_SPREADING = frozenset("""
    peddle peddles peddled peddling push pushes pushed pushing spread spreads spreading promote promotes promoted
    promoting echo echoes echoed echoing float floats floated floating
""".split())
_VERBS = "|".join(sorted(lex.DENYING | _SPREADING))
_NOUNS = "|".join(sorted(lex.CONTENT_NOUNS | lex.TAKEN_UP_NOUNS))
_DISPUTED = re.compile(r"\b(?P<verb>%s)\s+(?:the|all|these|those|any|a|an)\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+that\s+"
                       % (_VERBS, _NOUNS), re.IGNORECASE)


def disputed_contents(layout: Layout, quotations: Quotations, speakers: Speakers, clauses: Clauses) -> list[Found]:
    """The reports an article gives by a verb of stance and the statement it takes up, outside quotations."""
    return statement_reports(layout, quotations, clauses, _openings(layout, quotations, speakers))


def _openings(layout: Layout, quotations: Quotations,
              speakers: Speakers) -> Iterator[tuple[Cue, Speaker | None, int, int]]:
    """Each verb of stance before a statement outside quotations, with its subject, where the statement's clause
    opens and where it may end."""
    text = layout.text
    for match in _DISPUTED.finditer(text):
        start = match.end()
        if quotations.inside(match.start()) or not opens_subject(text, start):
            continue
        cue = Cue(match.start("verb"), match.end("verb"), "verb", match.group("verb").lower())
        yield cue, speakers.subject(cue), start, layout.sentence(start)[1]
