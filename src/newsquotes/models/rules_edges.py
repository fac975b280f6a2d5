"""The edges of a found quote that are layout rather than anyone's words, for the ``rules`` model.

Whatever finds a quote, four things at its edges are never the speaker's:

* a list bullet opening the paragraph a quote starts ("– 22 received federal student loans totaling $280k" in a
  quoted list is `22 received …`);
* the link an embedded post ends with ("… Now or never. https://t.co/blQIvvuagA", "… transparency…
  pic.twitter.com/i6ZWByigiH"): the platform's link to its media, not the post's text (a reported clause then ends
  as any other, without its closing full stop or ellipsis: ``rules_clause_ends.content_end``);
* an editor's bracketed comma at the end ("There's no sense in having two private herds[,]"), which is the trailing
  comma a quote leaves out;
* a mark that opens a quotation after the quote's last word (“… explore new frontiers. “), which is a typo.

And one is: the mark after a direct quote's last word that closes a quotation opened inside it ("… the meaning of
"santorum."" as an interview answer, “… will, quote, ‘do anything you ask him to.’”).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsquotes.models.rules_clause_ends import content_end
from newsquotes.models.rules_clauses import Found
from newsquotes.models.rules_text import Layout

#: A list bullet and the space after it.
_BULLET = re.compile(r"[–—•·*-]\s+(?=\S)")
#: The link to a post's media, and the space before it, at the end of the post.
_POST_LINK = re.compile(r"\s+(?:https?://t\.co/|pic\.twitter\.com/)\S+$")
#: An editor's bracketed comma, semicolon or colon at the end.
_BRACKETED_COMMA = re.compile(r"\[[,;:]\]$")
#: A mark that can only open a quotation, with the space before it, at the end.
_OPENING_AT_END = re.compile(r"\s+[“‘«]\s*$")
#: A closing mark that is no apostrophe: not before a letter.
_CLOSING_SINGLE = re.compile(r"’(?![^\W\d_])")


def _closes_inner(text: str, start: int, end: int) -> bool:
    """Whether the mark right after ``[start, end)`` closes a quotation that opens inside it."""
    mark = text[end:end + 1]
    if mark == '"':
        return text.count('"', start, end) % 2 == 1
    if mark == "”":
        return text.count("“", start, end) > text.count("”", start, end)
    if mark == "’":
        return text.count("‘", start, end) > len(_CLOSING_SINGLE.findall(text, start, end))
    return False


def trimmed(layout: Layout, found: Found) -> Found:
    """``found`` without a bullet before it, a post's media link, a bracketed comma or an opening mark after it, and
    with the mark that closes a quotation opened inside it."""
    text, start, end = layout.text, found.start, found.end
    if layout.starts_paragraph(start) and (bullet := _BULLET.match(text, start, end)):
        start = bullet.end()
    if link := _POST_LINK.search(text, start, end):
        end = link.start()
        if found.kind != "direct":  # a reported clause leaves its sentence's end out
            end = content_end(text, start, len(text[start:end].rstrip("…")) + start)
    if bracketed := _BRACKETED_COMMA.search(text, start, end):
        end = bracketed.start()
    if opening := _OPENING_AT_END.search(text, start, end):
        end = opening.start()
    if found.kind == "direct" and _closes_inner(text, start, end):
        end += 1
    if (start, end) == (found.start, found.end) or end - start < 2:
        return found
    return replace(found, start=start, end=end)
