"""How much article text a page evidently holds, measured cheaply on the parsed tree, without extracting it.

An article's paragraphs are siblings: ``<p>`` (or ``<div>``) elements side by side in one container. The
largest such group of prose paragraphs on a page is its evident main text, whatever the site's markup:
a promotion box, a teaser or a caption the fast extraction took instead is a small group elsewhere.
Some sites split the body into sections, each in a container of its own made from the same template (the
same elements and classes from the page's ``<body>`` down, only their positions differ): groups in
containers of one kind are counted together, and the kind with the most prose is the main text, since a
text split that way is still one text, and an extraction that stops at the first container of a kind
misses the rest. Containers in different ``<article>`` or ``<li>`` elements are not of one kind (each of
those is an item of its own: a list of stories is not one story), a copy of a group (same kind, same
length) counts once, and a container with a heading that is a link is a teaser of another page (a
headline above an excerpt).
Left out: reader comments (by their containers' names), what the markup sets aside from the page's
content (``<nav>``, ``<footer>``, and an ``<aside>`` without an ``<article>`` in it: a sidebar widget
holding a party programme is not the article, while some sites wrap the whole story in an ``<aside>``),
and link lists ("read more" teasers).
"""

from __future__ import annotations

import re
from collections import defaultdict

#: Elements that start a block of text of their own; the text of any other element (a link, emphasis)
#: belongs to the block around it.
BLOCKS = frozenset("address article aside blockquote body dd details div dl dt fieldset figcaption figure footer "
                   "form h1 h2 h3 h4 h5 h6 header li main nav ol p pre section table tbody td tfoot th thead tr "
                   "ul".split())
#: Elements whose text a reader does not see as prose.
HIDDEN = frozenset("button head iframe noscript object option script select style svg template textarea".split())
#: A block is a paragraph of prose from this many characters of its own text, not counting nested blocks.
PARAGRAPH_CHARS = 80
#: A block with more than this share of its text in links is a link list, not prose.
LINK_SHARE = 0.5
#: Containers of reader comments, pingbacks and trackbacks, by their class or id.
COMMENTS = re.compile(r"comment|disqus|pingback|trackback", re.IGNORECASE)
#: Elements whose text is not the page's content.
ASIDE = frozenset(("nav", "footer"))


def _set_aside(element, tag: str) -> bool:
    """Whether the block ``element`` holds no part of the page's content (see the module's description)."""
    if tag in ASIDE:
        return True
    if tag == "aside":
        return element.find(".//article") is None
    return bool(COMMENTS.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


#: A container with one of these holding mostly a link is a teaser of another page, not prose of this one.
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())

#: Elements that make an item of their own: containers in two of them are not parts of one text.
ITEMS = frozenset(("article", "li"))


def _kind(container, body) -> tuple:
    """Where ``container`` sits in the page's template: the tags and classes from it up to ``body``, the
    item (:data:`ITEMS`) it is in, if any, by identity."""
    path = []
    while container is not None and container is not body:
        path.append(container if container.tag in ITEMS else (container.tag, container.get("class") or ""))
        container = container.getparent()
    return tuple(path)


def main_text_chars(tree) -> int:
    """Characters in the page's largest group of sibling prose paragraphs, groups in containers of one kind
    counted together (see the module's description)."""
    body = tree.find(".//body")
    if body is None:
        body = tree
    block_of = {body: body}  # element -> the block its text belongs to; hidden elements are absent
    chars: dict = defaultdict(int)  # block -> characters of its own text
    linked: dict = defaultdict(int)  # block -> characters of that text inside links
    aside = set()  # blocks inside a comment container or an element set aside
    holders = set()  # blocks with blocks in them
    for element in body.iter():
        parent = element.getparent()
        if element is body:
            parent_block = body
        else:
            parent_block = block_of.get(parent)
            if parent_block is None:  # inside a hidden element
                continue
            tag = element.tag
            if isinstance(tag, str) and tag not in HIDDEN:
                block = element if tag in BLOCKS else parent_block
                block_of[element] = block
                if block is element:
                    holders.add(parent_block)
                if block is element and (parent_block in aside or _set_aside(element, tag)):
                    aside.add(element)
                if element.text:
                    size = len(element.text.strip())
                    chars[block] += size
                    if tag == "a":
                        linked[block] += size
            if element.tail:
                chars[parent_block] += len(element.tail.strip())
            continue
        if element.text:
            chars[body] += len(element.text.strip())
    groups: dict = defaultdict(int)
    for block, size in chars.items():
        if size >= PARAGRAPH_CHARS and block not in aside and linked[block] <= LINK_SHARE * size:
            # text beside blocks in a container (``<div>text<p>…</p>text</div>``) is their sibling paragraph
            groups[block if block in holders else block.getparent()] += size
    kinds: dict = defaultdict(set)
    for container, size in groups.items():
        if not any(child.tag in HEADINGS and chars[child] and linked[child] > LINK_SHARE * chars[child]
                   for child in container):
            kinds[_kind(container, body)].add(size)
    return max(map(sum, kinds.values()), default=0)
