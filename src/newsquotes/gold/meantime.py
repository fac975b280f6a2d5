"""Reading MEANTIME's English Wikinews articles: tokens, entity mentions, speech events and their speakers.

A MEANTIME file lists tokens (``<token t_id sentence number>``) without white space, then markables that anchor
on token ids and relations between markables. Sentence 0 is the headline, sentence 1 the dateline; the body
is the rest. :func:`render` rebuilds the running text with the Moses detokenizer (that rebuilt text is what
``corpus/raw/meantime/`` ships) and :func:`align` finds every body token in the built ``Article.text``, so
that a mention becomes a character span.

MEANTIME's annotators worked on the headline and the first sentences only; :func:`annotated_sentences` gives
the body sentences they annotated. Later sentences may still carry *bare* markables: mentions its
cross-document annotators linked to an instance (``<ENTITY_MENTION m_id="203">`` with token anchors and no
other attribute) without annotating the sentence, so that a name beside them was never marked.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsquotes.errors import GoldError

#: Penn Treebank quotation tokens, written as Wikinews writes quotation marks.
_QUOTE_TOKENS = {"``": '"', "''": '"'}
#: Contraction tokens glued to the word before them ("do" + "n't").
_CLITICS = {"n't", "'re", "'ve", "'ll", "'m", "'d"}
#: The tokenizer sometimes cut a contraction after its apostrophe ("I'" + "m").
_SPLIT_CLITICS = {"m", "re", "ve", "ll", "d", "s", "t"}


@dataclass
class Token:
    id: str
    sentence: int
    form: str  # as the rebuilt text writes it (PTB quotes become '"')


@dataclass
class Mention:
    id: str
    kind: str  # ENTITY_MENTION, EVENT_MENTION, ...
    tokens: list[str]  # token ids, in text order
    syntactic_type: str = ""  # NAM, NOM, PRO, ... for entity mentions
    pred: str = ""  # for event mentions
    event_class: str = ""  # for event mentions
    annotated: bool = True  # False for a bare cross-document markable: an id and tokens, no annotation


@dataclass
class Instance:
    """An ENTITY or EVENT instance that mentions refer to (MEANTIME's coreference)."""

    id: str
    kind: str  # ENTITY or EVENT
    descriptor: str
    ent_type: str = ""  # PER ORG LOC PRO FIN MIX for entities
    event_class: str = ""
    external_ref: str = ""
    corpus_id: str = ""  # MEANTIME's corpus-wide instance id: the same event or entity in other articles


@dataclass
class MeantimeDocument:
    name: str
    path: Path
    url: str
    tokens: list[Token] = field(default_factory=list)
    mentions: dict[str, Mention] = field(default_factory=dict)
    instances: dict[str, Instance] = field(default_factory=dict)
    refers_to: dict[str, str] = field(default_factory=dict)  # mention id -> instance id
    participants: list[tuple[str, str, str]] = field(default_factory=list)  # (event mention, participant, role)

    def sentence_tokens(self) -> dict[int, list[Token]]:
        out: dict[int, list[Token]] = {}
        for token in self.tokens:
            out.setdefault(token.sentence, []).append(token)
        return out


def read_document(path: Path) -> MeantimeDocument:
    """Parse one MEANTIME XML file; errors name the file and the element."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise GoldError(f"{path}: not MEANTIME XML: {err}") from None
    document = MeantimeDocument(name=root.get("doc_name") or path.stem, path=path, url=root.get("url", ""))
    for element in root.iter("token"):
        form = element.text or ""
        document.tokens.append(Token(element.get("t_id"), int(element.get("sentence")), _QUOTE_TOKENS.get(form, form)))
    markables = root.find("Markables")
    for element in markables if markables is not None else []:
        anchors = [a.get("t_id") for a in element.iter("token_anchor")]
        if anchors:
            document.mentions[element.get("m_id")] = Mention(
                element.get("m_id"), element.tag, anchors, element.get("syntactic_type", ""),
                element.get("pred", ""), element.get("class", ""), annotated=set(element.attrib) != {"m_id"})
        elif element.tag in ("ENTITY", "EVENT"):
            document.instances[element.get("m_id")] = Instance(
                element.get("m_id"), element.tag, element.get("TAG_DESCRIPTOR", ""), element.get("ent_type", ""),
                element.get("class", ""), element.get("external_ref", ""), element.get("instance_id", ""))
    relations = root.find("Relations")
    for element in relations if relations is not None else []:
        sources = [s.get("m_id") for s in element.iter("source")]
        target = element.find("target")
        if target is None:
            continue
        if element.tag == "REFERS_TO":
            for source in sources:
                document.refers_to[source] = target.get("m_id")
        elif element.tag == "HAS_PARTICIPANT":
            for source in sources:
                document.participants.append((source, target.get("m_id"), element.get("sem_role", "")))
    return document


@lru_cache(maxsize=1)
def _detokenizer():
    from sacremoses import MosesDetokenizer

    return MosesDetokenizer(lang="en")


_OPEN, _CLOSE = "\u2035QOPEN\u2035", "\u2035QCLOSE\u2035"  # stand-ins the detokenizer leaves alone


def _closes(forms: list[str], k: int, quote_open: bool) -> bool:
    """Whether the mark at ``forms[k]`` closes a quotation: by its neighbours where they tell ("8,000," he
    continued), else by whether one is open. The text has unbalanced marks, so the count alone misleads."""
    after = forms[k + 1] if k + 1 < len(forms) else ""
    if forms[k - 1] in {",", ".", "?", "!"} and after[:1].islower():
        return True
    return quote_open


def detokenize(forms: list[str], quote_open: bool = False) -> tuple[str, bool]:
    """One sentence's running text from its token forms, and whether a quotation is open at its end.

    Quotation marks are decided here, not by the detokenizer, because a quotation often runs over several
    sentences: an opening mark sticks to the word after it, a closing one to the word before it.
    """
    glued: list[str] = []
    for k, form in enumerate(forms):
        if form == '"':
            closing = _closes(forms, k, quote_open) if k else False
            glued.append(_CLOSE if closing else _OPEN)
            quote_open = not closing
        elif glued and (form.lower() in _CLITICS or (glued[-1].endswith("'") and form in _SPLIT_CLITICS)):
            glued[-1] += form
        else:
            glued.append(form)
    text = _detokenizer().detokenize(glued)
    text = text.replace(_OPEN + " ", '"').replace(_OPEN, '"').replace(" " + _CLOSE, '"').replace(_CLOSE, '"')
    return text, quote_open


def render(document: MeantimeDocument) -> str:
    """The article as a text dump: headline, dateline, blank line, paragraphs separated by blank lines.

    MEANTIME records no paragraph breaks, so each sentence is a paragraph, except that sentences stay in one
    paragraph while a quotation opened in them is still open.
    """
    sentences = document.sentence_tokens()
    numbers = sorted(sentences)
    if len(numbers) < 3 or numbers[:2] != [0, 1]:
        raise GoldError(f"{document.path}: expected a headline (sentence 0), a dateline (sentence 1) and a body")
    headline, _ = detokenize([t.form for t in sentences[0]])
    dateline, _ = detokenize([t.form for t in sentences[1]])
    paragraphs: list[str] = []
    open_quote = False
    for number in numbers[2:]:
        text, still_open = detokenize([t.form for t in sentences[number]], open_quote)
        if open_quote:
            paragraphs[-1] += " " + text
        else:
            paragraphs.append(text)
        open_quote = still_open
    return f"{headline}\n{dateline}\n\n" + "\n\n".join(paragraphs) + "\n"


def align(document: MeantimeDocument, text: str) -> dict[str, tuple[int, int]]:
    """Character span in ``text`` (the built article body) of every body token, found in order.

    A token that cannot be found after the previous one is an error naming the file and the token.
    """
    spans: dict[str, tuple[int, int]] = {}
    position = 0
    for token in document.tokens:
        if token.sentence < 2:
            continue
        found = text.find(token.form, position)
        if found < 0 or text[position:found].strip():
            raise GoldError(f"{document.path}: token {token.id} {token.form!r} (sentence {token.sentence}) is not "
                             f"found in the article text after offset {position}")
        spans[token.id] = (found, found + len(token.form))
        position = found + len(token.form)
    return spans


def annotated_sentences(document: MeantimeDocument) -> list[int]:
    """Body sentences (2 and up) MEANTIME's annotators annotated: those carrying a markable with its annotation
    (an entity mention's syntactic type, an event's class, a time expression's value), not only bare
    cross-document markables."""
    sentence_of = {t.id: t.sentence for t in document.tokens}
    marked = {sentence_of[t] for m in document.mentions.values() if m.annotated for t in m.tokens if t in sentence_of}
    return sorted(s for s in marked if s >= 2)


def sentence_spans(document: MeantimeDocument, spans: dict[str, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Character range of every body sentence, from its first token's start to its last token's end."""
    out: dict[int, tuple[int, int]] = {}
    for token in document.tokens:
        if token.id in spans:
            start, end = spans[token.id]
            low, _ = out.get(token.sentence, (start, end))
            out[token.sentence] = (low, end)
    return out


def same_story(documents: dict[str, MeantimeDocument]) -> dict[str, str]:
    """Key -> story key: documents that share a corpus-wide event instance (MEANTIME's cross-document event
    coreference) are one story, keyed by its first key in sorted order."""
    parent = {key: key for key in documents}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    first_with: dict[str, str] = {}
    for key in sorted(documents):
        for instance in documents[key].instances.values():
            if instance.kind == "EVENT" and instance.corpus_id:
                other = first_with.setdefault(instance.corpus_id, key)
                a, b = sorted((root(key), root(other)))
                parent[b] = a
    return {key: root(key) for key in documents}
