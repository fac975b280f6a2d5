"""The edges of a found quote that are layout rather than anyone's words, for the ``rules`` model.

Whatever finds a quote, three things at its edges are never the speaker's:

* a list bullet opening the paragraph a quote starts ("– 22 received federal student loans totaling $280k" in a
  quoted list is `22 received …`);
* the link an embedded post ends with ("… Now or never. https://t.co/blQIvvuagA", "… transparency…
  pic.twitter.com/i6ZWByigiH"): the platform's link to its media, not the post's text (a reported clause then ends
  as any other, without its closing full stop or ellipsis);
* an editor's bracketed comma at the end ("There's no sense in having two private herds[,]"), which is the trailing
  comma a quote leaves out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_text import Layout

#: A list bullet and the space after it.
_BULLET = re.compile(r"[–—•·*-]\s+(?=\S)")
#: The link to a post's media, and the space before it, at the end of the post.
_POST_LINK = re.compile(r"\s+(?:https?://t\.co/|pic\.twitter\.com/)\S+$")
#: An editor's bracketed comma, semicolon or colon at the end.
_BRACKETED_COMMA = re.compile(r"\[[,;:]\]$")


def trimmed(layout: Layout, found: Found) -> Found:
    """``found`` without a bullet before it, a post's media link or a bracketed comma after it."""
    text, start, end = layout.text, found.start, found.end
    if layout.starts_paragraph(start) and (bullet := _BULLET.match(text, start, end)):
        start = bullet.end()
    if link := _POST_LINK.search(text, start, end):
        end = link.start()
        if found.kind != "direct":  # a reported clause leaves its sentence's end out
            end = len(text[start:end].rstrip(".…!?")) + start
    if bracketed := _BRACKETED_COMMA.search(text, start, end):
        end = bracketed.start()
    if (start, end) == (found.start, found.end) or end - start < 2:
        return found
    return replace(found, start=start, end=end)
