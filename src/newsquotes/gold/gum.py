"""Reading GUM's CoNLL-U news documents: tokens, paragraphs and entity mentions with their chains.

GUM marks entity mentions in the MISC column as ``Entity=(ID-etype-infstat-salience-centering-minspan-link
[-identity]`` brackets that open on a mention's first word and close (``ID)``) on its last. ``minspan`` lists
the mention's head words by their 1-based position inside the mention; ``identity`` is the mention's
Wikipedia title (URL-escaped), which GUM gives only to named entities, on every mention of their chain.

The body of a GUM document is everything after its headline (the first sentence, unless that is a date) and,
when the sentence after it is a date, that dateline: exactly the text the corpus builder keeps as ``Article.text``
(``corpus/tools/gum_to_text.py`` wrote the raw files by the same rule). News documents and interviews
(``GUM_news_*``, ``GUM_interview_*``) share the format.

An interview's turns are GUM's ``sp who:::"#Speaker"`` blocks. Wikinews prints each turn opening with its
speaker's label ("Wikinews: …", "Aner Shalev: …"), which GUM keeps only as metadata; the raw texts print it
again (:func:`speaker_label`, :data:`LABEL_END`), and :func:`align` steps over it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from newsquotes.corpus.textdump import parse_date
from newsquotes.errors import GoldError

#: The paragraph block that opens an interview turn, with its speaker id.
TURN_BLOCK = re.compile(r'\bsp who:::"#([^"]+)"')
#: What follows a turn's speaker label in the text.
LABEL_END = ": "
#: GUM speaker ids that do not spell the name the source prints: Jack Herrick's later answers carry the id
#: "JackHarris" in GUM; Wikinews prints "Jack Herrick" over all of them.
_PRINTED_AS = {"JackHarris": "Jack Herrick"}
_BRACKET = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")
#: Characters the builder may have normalised: each maps to the plain form compared against.
_EQUIVALENT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'",
                             "–": "-", "—": "-", "\u00a0": " "})


@dataclass
class Word:
    """One syntactic word; ``surface`` is set on the first word of a multiword token ("Trump's")."""

    index: int  # position in the document, 0-based
    form: str
    lemma: str
    upos: str
    xpos: str
    sentence: int  # 0-based sentence number in the document
    paragraph: int  # 0-based paragraph number in the document
    head: int  # document index of the syntactic head, -1 for a sentence root
    deprel: str
    surface: str | None = None
    surface_end: int | None = None  # index of the last word the surface form covers


@dataclass
class Mention:
    """One GUM entity mention: words ``[first, last]`` of its document."""

    chain: int
    etype: str
    first: int
    last: int
    heads: list[int]  # document word indices of the minimal span
    identity: str | None  # Wikipedia title, unescaped, for named entities


@dataclass
class GumDocument:
    name: str
    path: Path
    words: list[Word] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    body_start: int = 0  # index of the first word of the article body
    sentence_texts: list[str] = field(default_factory=list)  # each sentence's ``# text`` line
    dependents: dict[int, list[int]] = field(default_factory=dict)  # head index -> its dependents, in text order
    turns: dict[int, str] = field(default_factory=dict)  # first word of an interview turn -> its GUM speaker id


def speaker_label(speaker: str) -> str:
    """The label a turn of GUM speaker id ``speaker`` opens with, as the source prints it.

    The id is the name with its spaces taken out ("AnerShalev", "MarioJLucero", "HughMcGuire"): the words come
    back at each capital that follows a small letter ("Mc" apart), and a lone initial takes its full stop.
    """
    if speaker in _PRINTED_AS:
        return _PRINTED_AS[speaker]
    words = re.sub(r"(?<=[a-z])(?<!Mc)(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", speaker).split()
    return " ".join(w + "." if len(w) == 1 else w for w in words)


def _head_positions(minspan: str, first: int, where: str) -> list[int]:
    heads = []
    for part in minspan.split(","):
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise GoldError(f"{where}: minspan {minspan!r} is not a list of word positions")
        heads += [first + k - 1 for k in range(int(low), int(high or low) + 1)]
    return heads


def read_gum(path: Path) -> GumDocument:
    """Parse one GUM CoNLL-U document; errors name the file and line."""
    path = Path(path)
    document = GumDocument(name=document_name(path), path=path)
    open_mentions: dict[int, list[tuple[int, str]]] = {}
    sentence, paragraph = -1, -1
    pending_surface: tuple[str, int] | None = None
    sentence_starts: list[int] = []
    turn: str | None = None  # the speaker of a turn whose first word is still to come
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        where = f"{path}, line {number}"
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::"):].partition(" = ")
            document.meta[key] = value
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            paragraph += 1
        elif line.startswith("# newpar_block") and (opens := TURN_BLOCK.search(line)):
            turn = opens.group(1)
        elif line.startswith("# text = "):
            document.sentence_texts.append(line[len("# text = "):])
        elif line.startswith("# sent_id"):
            sentence += 1
            sentence_starts.append(len(document.words))
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise GoldError(f"{where}: expected 10 tab-separated columns, found {len(columns)}")
        token_id = columns[0]
        if "." in token_id:
            continue
        if "-" in token_id:
            low, high = map(int, token_id.split("-"))
            pending_surface = (columns[1], high - low)
            continue
        head = int(columns[6]) if columns[6].isdigit() else 0
        word = Word(len(document.words), columns[1], columns[2], columns[3], columns[4], sentence, paragraph,
                    sentence_starts[-1] + head - 1 if head else -1, columns[7])
        if pending_surface:
            word.surface, word.surface_end = pending_surface[0], word.index + pending_surface[1]
            pending_surface = None
        if turn:
            document.turns[word.index], turn = turn, None
        document.words.append(word)
        misc = dict(item.partition("=")[::2] for item in columns[9].split("|") if "=" in item)
        for match in _BRACKET.finditer(misc.get("Entity", "")):
            opened, info, closes_here, closed = match.groups()
            if opened:
                open_mentions.setdefault(int(opened), []).append((word.index, info))
                if closes_here:
                    closed = opened
            if closed:
                stack = open_mentions.get(int(closed))
                if not stack:
                    raise GoldError(f"{where}: entity {closed} closes but was never opened")
                first, info = stack.pop()
                document.mentions.append(_mention(int(closed), info, first, word.index, where))
    leftover = [chain for chain, stack in open_mentions.items() if stack]
    if leftover:
        raise GoldError(f"{path}: entities {leftover} are opened and never closed")
    document.mentions.sort(key=lambda m: (m.first, -m.last))
    for word in document.words:
        document.dependents.setdefault(word.head, []).append(word.index)
    texts = document.sentence_texts
    header = 1 if parse_date(texts[0]) else 2 if len(texts) > 1 and parse_date(texts[1]) else 1
    document.body_start = next(w.index for w in document.words if w.sentence >= header)
    return document


def document_name(path: Path) -> str:
    """The article's short name ("afghan", "ants"), shared by its raw file and its quotes file."""
    return Path(path).stem.removeprefix("GUM_news_").removeprefix("GUM_interview_")


def _mention(chain: int, info: str, first: int, last: int, where: str) -> Mention:
    fields = info.split("-", 6)
    if len(fields) < 6:
        raise GoldError(f"{where}: entity {chain} has {info!r}, not etype-infstat-salience-centering-minspan-link")
    etype, minspan = fields[0], fields[4]
    identity = fields[6] if len(fields) == 7 else None
    heads = _head_positions(minspan, first, where)
    if not all(first <= h <= last for h in heads):
        raise GoldError(f"{where}: entity {chain} has head words outside its mention")
    return Mention(chain, etype, first, last, heads, unquote(identity).replace("_", " ") if identity else None)


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_EQUIVALENT)


def align(document: GumDocument, text: str) -> dict[int, tuple[int, int]]:
    """Character offsets in ``text`` of every body word, found token by token from the start of ``text``.

    Only whitespace may separate tokens, and a turn's speaker label (``"Wikinews: "``) must open each
    interview turn; quotation marks, dashes and Unicode composition may differ. A multiword token whose
    parts spell its surface form gives each part its own offsets, otherwise every part
    gets the whole token. Raises ``GoldError`` naming the document and the first token that is not found.
    """
    offsets: dict[int, tuple[int, int]] = {}
    cursor, words = 0, document.words
    normal_text = _normal(text)
    if len(normal_text) != len(text):
        raise GoldError(f"{document.name}: article text changes length under NFC normalisation")
    index = document.body_start
    while index < len(words):
        word = words[index]
        parts = words[index:word.surface_end + 1] if word.surface else [word]
        token = word.surface or word.form
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        if index in document.turns:
            label = speaker_label(document.turns[index]) + LABEL_END
            if text[cursor:cursor + len(label)] != label:
                raise GoldError(f"{document.name}: the turn at GUM token {index} (sentence {word.sentence + 1}) does "
                                 f"not open with its label {label!r}; the text reads {text[cursor:cursor + 40]!r}")
            cursor += len(label)
        if normal_text[cursor:cursor + len(token)] != _normal(token):
            found = text[cursor:cursor + len(token) + 10]
            raise GoldError(f"{document.name}: GUM token {index} {token!r} (sentence {word.sentence + 1}) "
                             f"not found at character {cursor} of the article text, which reads {found!r}")
        if "".join(p.form for p in parts) == token:
            position = cursor
            for part in parts:
                offsets[part.index] = (position, position + len(part.form))
                position += len(part.form)
        else:
            for part in parts:
                offsets[part.index] = (cursor, cursor + len(token))
        cursor += len(token)
        index += len(parts)
    if text[cursor:].strip():
        raise GoldError(f"{document.name}: article text goes on after the last GUM token: {text[cursor:cursor + 40]!r}")
    return offsets


def turn_labels(document: GumDocument, offsets: dict[int, tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where each body turn's speaker label stands in the text :func:`align` gave ``offsets`` for, with the
    speaker's GUM id: ``(start, end, speaker)``, the ``": "`` after it left out."""
    labels = []
    for index, speaker in sorted(document.turns.items()):
        if index in offsets:
            end = offsets[index][0] - len(LABEL_END)
            labels.append((end - len(speaker_label(speaker)), end, speaker))
    return labels
