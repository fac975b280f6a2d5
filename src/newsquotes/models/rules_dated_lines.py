"""Dated quotation lines of a press-office list, for the ``rules`` model.

A list of one person's past words heads each quotation with the topic or pledge it bears on, of any length, and
ends it with when and where the words were said: "Seal the border and stop the invasion: “We will close the
border.” (10/12/24, Aurora, CO)". The topic names no speaker: the words are those of the person the list is
about, as in a digest of remarks, also when the topic holds a place or an organisation ("Keep the U.S. dollar as
the world’s reserve currency:", "Rebuild our cities, including Washington, D.C.:").
"""

from __future__ import annotations

import re

from newsquotes.models.rules_speakers import Speaker, Speakers
from newsquotes.models.rules_text import Layout

#: A topic before a colon, a quotation, and the date (and place) it was said on in brackets.
_DATED = re.compile(r"(?P<label>[A-Z][^:“”\"]{2,400}?):\s*[“\"][^“”\"]{1,3000}[”\"]\s*"
                    r"\(\d{1,2}/\d{1,2}/\d{2,4}\b[^()]{0,80}\)")


def dated_label(text: str, lo: int, hi: int) -> re.Match | None:
    """The topic label of a dated quotation line filling ``[lo, hi)`` from its start, else None."""
    return _DATED.match(text, lo, hi)


def list_owner(layout: Layout, speakers: Speakers, k: int, label: re.Match) -> Speaker | None:
    """The person a list of dated lines is about, for its line ``k`` (whose topic ``label`` was matched) when no
    quote before gives them: the person the nearest paragraph above opens its first sentence with ("Governor Jane
    Doe campaigned on …"), past the list's own lines and short headings ("Promises Made, Promises Kept:")."""
    text = layout.text
    if label.re is not _DATED:
        return None
    for j in range(k - 1, max(-1, k - 5), -1):
        paragraph = layout.paragraphs[j]
        if len(text[paragraph.start:paragraph.end].split()) <= 8:
            continue
        lo, hi = layout.sentence(paragraph.start)
        subject = speakers.sentence_subject(lo, hi)
        person = subject and speakers.by_end.get(subject.end)
        return subject if person is not None and person.label == "PERSON" else None
    return None
