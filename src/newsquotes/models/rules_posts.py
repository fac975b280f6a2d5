"""Embedded posts for the ``rules`` model: the text of a post over its signature line is the signer's.

A press page embeds a social media post as its text, paragraph by paragraph, over a signature line that
gives the account's name, its handle and the date ("— Rapid Response 47 (@RapidResponse47) June 17, 2025").
Each paragraph of the post is a direct quote of the one who signs, without quotation marks too; a quotation
inside it is still its own speaker's. The post is the paragraphs right over the signature, up to the
signature of the post before, a paragraph that opens with a quotation mark (the page's own quotation, whose
speaker a signature right under it gives), or the length of a post.
"""

from __future__ import annotations

import re

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_labels import SIGNATURE
from newsquotes.models.rules_marks import Quotations
from newsquotes.models.rules_roundups import RoundUp
from newsquotes.models.rules_text import Layout

#: The most characters a post's paragraphs hold, links left out (a post is short; the page's own text is not).
_POST_CHARS = 320
#: A link or a picture a post ends with, not counted in its length: "pic.twitter.com/7MRHsmGMGx", "https://t.co/…".
_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
#: What opens a post's paragraph but is no word of it: "🚨 ", "🧵 ", the "." before a handle.
_LEAD = re.compile(r"[^\w“\"‘'@#$(\[]*")


def embedded_posts(layout: Layout, quotations: Quotations, round_up: RoundUp) -> list[Found]:
    """The paragraphs of each post signed with a handle and a date, as direct quotes of the signer."""
    text, found = layout.text, []
    for k, paragraph in enumerate(layout.paragraphs):
        signed = SIGNATURE.fullmatch(text, paragraph.start, paragraph.end)
        speaker = signed and signed["handle"] and signed["date"] and round_up.signer(signed)
        if not speaker:
            continue
        chars = 0
        for j in range(k - 1, max(-1, k - 12), -1):
            above = layout.paragraphs[j]
            if SIGNATURE.fullmatch(text, above.start, above.end) or text[above.start] in "“\"":
                break
            lo, hi = _LEAD.match(text, above.start, above.end).end(), above.end  # a link it ends with stays (a
            links = _LINKS.search(text, lo, hi)  # report inside may run on to it; rules_edges cuts a link to its media)
            chars += (links.start() if links else hi) - lo
            while hi > lo and text[hi - 1] in ",;: ":
                hi -= 1  # as for any quote: "🧵 Here are only a few examples:" gives `Here are only a few examples`
            if chars > _POST_CHARS and j < k - 1:
                break
            if hi > lo and not _quoted_whole(quotations, lo, hi):
                found.append(Found(lo, hi, "direct", None, speaker))
    return sorted(found, key=lambda f: f.start)


def _quoted_whole(quotations: Quotations, lo: int, hi: int) -> bool:
    """Whether one quotation takes the whole paragraph: then it is a quote already."""
    return any(p.open <= lo and hi <= p.outer_end for p in quotations.quoted)
