"""Plain-text dumps of news pages: a header (caption or kicker, headline, byline, dateline), then the body.

Scrapers that save "the visible text" produce files like::

    Russian Deputy Foreign Minister Sergei Ryabkov. Photo: TASS      <- image caption
    Moscow warns Washington over ...                                 <- headline
    By Jane Doe | March 3, 2024                                      <- byline and dateline
    <body paragraphs, one per line or separated by blank lines>
    See also: ...                                                     <- site boilerplate

The header is read from the shape of the first lines: the headline is the first line shaped like one; lines
above it are a caption (a sentence, a photo credit, or a name label: a short line of capitalised words with no
verb, such as "Deputy Foreign Minister of Russia Sergei Ryabkov", set above a longer headline written as a
sentence) or a kicker (a short section label). A sources file can
name the header lines explicitly (``header = ["caption", "title"]``) when a site's layout is known.
"""

from __future__ import annotations

import re

from dateutil import parser as dateparser

from newsquotes.corpus.documents import Draft

HEADER_ROLES = ("caption", "kicker", "title", "subtitle", "byline", "dateline", "skip")
_CAPTION_CUE = re.compile(
    r"(\bphoto\b|\bimage\b|\bcredit\b|\bpicture\b|\bfile photo\b|\billustration\b|©|\bvia\b|"
    r"\b(getty|reuters|ap|afp|tass|ria novosti|epa|shutterstock)\b)", re.IGNORECASE)
_BYLINE = re.compile(r"^(by|written by|posted by|author:?)\s+(?P<names>[^|•·]+?)(\s*[|•·].*)?$", re.IGNORECASE)
_MONTH = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
          r"oct(ober)?|nov(ember)?|dec(ember)?)")
_DATELINE = re.compile(
    r"^((posted|published|updated)( on)?:?\s*)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    rf"({_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"([\sT,]+(at\s+)?\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?.*)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!…]['’\"”)]?$")


def parse_date(line: str) -> str | None:
    """An ISO date from a dateline such as 'Friday, July 21, 2017' or 'Posted on 3 March 2024', or None."""
    match = _DATELINE.match(line.strip())
    if not match:
        return None
    try:
        return dateparser.parse(match.group(6), dayfirst="." in match.group(6)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _words(line: str) -> int:
    return len(line.split())


def looks_like_headline(line: str) -> bool:
    return 2 <= _words(line) <= 30 and not _SENTENCE_END.search(line) and not _CAPTION_CUE.search(line)


def looks_like_caption(line: str) -> bool:
    return bool(_CAPTION_CUE.search(line)) or (_words(line) >= 4 and bool(_SENTENCE_END.search(line)))


#: Lower-case words that may stand inside a name or a title ("Minister of Russia", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset("of the and for de da del der di du la le van von bin al el y & on in at".split())


def _content_words(line: str) -> list[str]:
    return [w for w in re.findall(r"[\w’'.-]+", line) if any(c.isalpha() for c in w)
            and w.lower() not in _NAME_PARTICLES]


#: Words that make a capitalised line a title-case headline rather than a name ("Is", "To", "Will").
_AUXILIARIES = frozenset("is are was were be been will would can could may might must shall should has have had "
                         "to says said do does did not".split())


def _verb_like(word: str) -> bool:
    """A word shaped like a finite verb or participle in a title-case headline ("Warns", "Reopened")."""
    lower = word.lower()
    if word.isupper() or lower in _NAME_PARTICLES:
        return False
    return (lower in _AUXILIARIES or lower.endswith(("ed", "ing"))
            or (lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))))


def looks_like_name_label(line: str) -> bool:
    """A photo's name label: at most 12 capitalised words (name particles apart), none shaped like a verb."""
    words = _content_words(line)
    return (2 <= len(words) <= 12 and all(w[0].isupper() for w in words) and not any(map(_verb_like, words))
            and not _SENTENCE_END.search(line))


def reads_as_sentence(line: str) -> bool:
    """A headline written in sentence case: most of its content words after the first are lower case."""
    words = _content_words(line)[1:]
    return len(words) >= 4 and sum(w[0].islower() for w in words) >= 0.4 * len(words)


def looks_like_kicker(line: str) -> bool:
    return _words(line) <= 3 and not _SENTENCE_END.search(line)


def _byline_names(line: str) -> list[str] | None:
    match = _BYLINE.match(line)
    if not match or _words(match.group("names")) > 12:
        return None
    names = re.split(r",\s*|\s+and\s+|\s*&\s*", match.group("names"))
    return [n.strip() for n in names if n.strip()]


def _assign_roles(lines: list[str], layout: list[str] | None) -> list[str]:
    """The header role of each of the first lines; the body starts after the last role."""
    if layout:
        return list(layout[: len(lines)])
    roles: list[str] = []
    for k, line in enumerate(lines[:3]):
        following = lines[k + 1] if k + 1 < len(lines) else ""
        if (looks_like_name_label(line) and looks_like_headline(following) and reads_as_sentence(following)
                and _words(following) > _words(line)):
            roles.append("caption")  # a name label above a headline written as a sentence
            continue
        if looks_like_headline(line) and not (looks_like_kicker(line) and not roles and len(lines) > 1
                                                and looks_like_headline(lines[1])):
            roles.append("title")
            break
        if looks_like_caption(line) or looks_like_kicker(line):
            roles.append("caption" if looks_like_caption(line) else "kicker")
            continue
        break
    if "title" not in roles:
        # No line is shaped like a headline: take the first line as the title, the way a reader would.
        return ["title"] if lines else []
    return roles


def parse(text: str, *, layout: list[str] | None = None) -> Draft:
    """A draft article from a plain-text dump whose lines are already normalized.

    Paragraphs are the non-empty lines: dumps write one paragraph per line, and blank lines between
    them are only spacing. A hard-wrapped dump (a paragraph broken over several lines) is rejoined.
    """
    blocks = _paragraphs(text)
    roles = _assign_roles(blocks, layout)
    draft = Draft(paragraphs=[])
    position = 0
    for role, line in zip(roles, blocks):
        position += 1
        if role in ("caption", "kicker"):
            draft.caption = f"{draft.caption} {line}" if draft.caption else line
        elif role in ("title", "subtitle"):
            setattr(draft, role, line)
        elif role == "dateline":
            draft.published = parse_date(line) or _date_in(line)
        elif role == "byline":
            draft.authors = _byline_names(line) or [line]
    # Byline and dateline lines directly under the headline are metadata, not body.
    while position < len(blocks):
        line = blocks[position]
        names, date = _byline_names(line), parse_date(line)
        if names is None and date is None:
            break
        draft.authors = draft.authors or (names or [])
        draft.published = draft.published or date
        if names and not date:
            draft.published = draft.published or _date_in(line)
        position += 1
    draft.paragraphs = blocks[position:]
    return draft


def _date_in(line: str) -> str | None:
    for part in re.split(r"\s*[|•·]\s*", line):
        date = parse_date(part)
        if date:
            return date
    return None


def _paragraphs(text: str) -> list[str]:
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    paragraphs: list[str] = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        if _hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    """A block whose lines are cut at a fixed width mid-sentence, as e-mail and terminal dumps are."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    widths = [len(line) for line in body]
    return min(widths) >= 40 and max(widths) <= 100 and sum(not _SENTENCE_END.search(x) for x in body) >= len(body) / 2
