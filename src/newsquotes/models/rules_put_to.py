"""Reports put to the interviewee inside a question, for the ``rules`` model: "((WN)) You noted suicide attempts
by youth were not as accurate …. Why do you think that might be?" reports what the interviewee said, with "you"
as its speaker mention; so do "As you mentioned, …", "you had listed …", "Sir, you said that …", "you wrote “…”"
(labeling/GUIDELINES.md, interviews). The question around it stays the interviewer's own voice.

The report runs from after its verb (and a "that", a comma, an opening quotation mark) to the end of its
sentence, or to the comma or colon that turns to the question ("…, did you hear back from them?", "…, [right]?",
"…: What are the things …?"), or to the closing mark of a quotation.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_cues import Cue
from newsquotes.models.rules_referents import Speaker
from newsquotes.models.rules_text import Layout

#: "you (had) (previously) said/noted/mentioned/… (in your TED talk), (that)": a report of the one addressed.
_PUT = re.compile(
    r"\b(?P<you>[Yy]ou)\s+(?:had\s+|have\s+|are\s+)?(?:previously\s+|already\s+|earlier\s+|once\s+)?"
    r"(?P<verb>said|noted|mentioned|listed|wrote|written|stated|explained|claimed|argued|told us|telling|"
    r"made it (?:very )?clear)"
    r"(?:\s+(?:in|on|at|during)\s+[^,.?!:;\"“”]{1,40}?(?:,|(?=\s+that\b)))?,?\s+(?:that\s+)?(?P<mark>[\"“]?)")
#: Where a report turns to the question: a comma or colon before a question word or a bracketed tag.
_TURN = re.compile(r"(?:[,:;]\s+(?:\[|(?:did|do|does|is|are|was|were|what|how|why|when|where|who|can|could|would|"
                   r"will|has|have|right|correct)\b)|[:;]\s)", re.IGNORECASE)
#: The words a question opens with in the sentence of the report: "Did you say …" asks, it reports nothing.
_ASKS = re.compile(r"(?:did|do|does|have|had|are|were|what|why|how|when|where|who|which|can|could)\b", re.IGNORECASE)


def put_to(layout: Layout, questions: list[int], guest: str | None,
           addressees: dict[int, str] | None = None) -> list[Found]:
    """The reports of the interviewee's words that the question paragraphs ``questions`` hold; ``addressees``:
    the one each question asks, where the label of its answer names them (an interview of several people)."""
    text, found = layout.text, []
    for k in questions:
        paragraph = layout.paragraphs[k]
        for hit in _PUT.finditer(text, paragraph.start, paragraph.end):
            if found and found[-1].start <= hit.start() < found[-1].end:
                continue  # "You said that you wrote to the government …": one report, the second "you" inside it
            sentence_start, sentence_end = layout.sentence(hit.start())
            opening = text[sentence_start:hit.start()]
            if _ASKS.match(re.sub(r"^\s*(?:\(\([^()]*\)\)|\w+:)?\s*", "", opening)) or not hit["mark"] and text[
                    sentence_start:sentence_end].rstrip().endswith("?") and not _TURN.search(
                    text, hit.end(), sentence_end):
                continue  # "Did you say …?", "You said what?": a question, not a report
            start = hit.end()
            if hit["mark"]:
                close = re.compile(r"[\"”]").search(text, start, paragraph.end)
                end = close.start() if close else sentence_end
            else:
                turn = _TURN.search(text, start, sentence_end)
                end = turn.start() if turn else sentence_end
            end = min(end, paragraph.end)
            while end > start and text[end - 1] in (" " if hit["mark"] else " .,;:?!\"”"):
                end -= 1
            if len(text[start:end].split()) < 3:
                continue
            verb = hit.span("verb")
            found.append(Found(start, end, "direct" if hit["mark"] else "indirect",
                               Cue(verb[0], verb[1], "verb", hit["verb"]),
                               Speaker(*hit.span("you"), (addressees or {}).get(k, guest))))
    return found
