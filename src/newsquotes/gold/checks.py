"""Our quote gold held against two independent expert layers: GUM's discourse attributions and MEANTIME's speech events.

``gum-rst``: every ``attribution-positive`` / ``attribution-negative`` relation of GUM's discourse trees
(``corpus/gum/rst/*.rs4``) in an article body. Its content is the nucleus the attribution attaches to (the
nucleus's units, less the attributing unit itself) and its source the tokens GUM signals as
``attribution_source``. It *agrees on the quote* when the content overlaps one of our quotes, and *on the
speaker* when the source also overlaps that quote's speaker mention (or, for an interview answer, whose
mention is its turn label, contains a word of its speaker's name; a first-person source inside the quote is
its speaker).

``meantime``: every SPEECH_COGNITIVE event mention of an article body (the class is the mention's or, for a
bare cross-document mention, its instance's), with its ``Arg0`` participant. It agrees *on the cue* when the event overlaps one of our cues, and *on the speaker* when its
Arg0 also overlaps that quote's speaker mention.

For ``meantime`` the report adds ``entities``: span F1 between MEANTIME's named mentions and our entity layer
inside the sentences MEANTIME annotated (:mod:`newsquotes.gold.meantime_agreement`).

Every expert item that our gold does not meet is a disagreement. A disagreement is settled either by fixing
the gold (it then no longer shows) or by a line in ``corpus/gold/checks/<check>.toml`` saying why the item
is outside our guidelines (``"<key>" = "reason"`` under ``[outside_guidelines]``); the rest stay open.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path

from newsquotes.errors import ConfigError
from newsquotes.gold.gum import align as gum_align
from newsquotes.gold.gum import read_gum, turn_labels
from newsquotes.gold.meantime import align as meantime_align
from newsquotes.gold.entities import EntityMapping
from newsquotes.gold.meantime import read_document
from newsquotes.gold.meantime_agreement import entity_agreement
from newsquotes.gold.meantime_entities import MeantimeMapping
from newsquotes.gold.scope import set_aside
from newsquotes.schema import Annotation, Article, Quote
from newsquotes.gold.files import read_toml

CHECKS = ("gum-rst", "meantime")
ATTRIBUTION = ("attribution-positive", "attribution-negative")


@dataclass
class Finding:
    """One expert attribution and how our gold meets it."""

    key: str
    article: str
    at: int  # where the expert's item starts in the article text
    expert: str  # the expert's content (gum-rst) or reporting word (meantime)
    source: str | None  # the expert's source / Arg0 words
    quote_agrees: bool
    speaker_agrees: bool | None  # None: the expert names no source, or no quote agreed
    ours: str | None = None  # the quote (and speaker) of ours it was held against
    settled: str | None = None

    @property
    def disagreement(self) -> bool:
        return not self.quote_agrees or self.speaker_agrees is False


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _span_of(offsets: list[tuple[int, int]]) -> tuple[int, int] | None:
    return (min(s for s, _ in offsets), max(e for _, e in offsets)) if offsets else None


def _describe(quote: Quote) -> str:
    speaker = quote.speaker.text if quote.speaker else "(no mention)"
    return f"{quote.id} {quote.text[:60]!r} — {speaker} [{quote.speaker_name}]"


_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def _speaker_agrees(quote: Quote, source: tuple[int, int] | None, source_text: str, turn_label: bool = False) -> bool:
    if source is not None and quote.start <= source[0] and source[1] <= quote.end \
            and source_text.lower() in _FIRST_PERSON:
        return True  # the speaker speaking of themselves inside their own words ("I suspect …")
    if quote.speaker is not None and not turn_label:
        return _overlaps((quote.speaker.start, quote.speaker.end), source)
    if quote.speaker is not None and _overlaps((quote.speaker.start, quote.speaker.end), source):
        return True
    name_words = {w.lower() for w in (quote.speaker_name or "").split()}
    return bool(name_words & {w.lower() for w in source_text.split()})


# --------------------------------------------------------------------------- GUM discourse trees


def _rst_nodes(path: Path) -> tuple[dict[str, dict], dict[str, list[int]]]:
    """Nodes (segments and groups) with parent and relation, and each segment's 1-based token numbers."""
    root = ET.parse(path).getroot()
    nodes, tokens, position = {}, {}, 0
    for element in root.iter():
        if element.tag in ("segment", "group"):
            nodes[element.get("id")] = {"parent": element.get("parent"), "relname": element.get("relname")}
        if element.tag == "segment":
            count = len((element.text or "").split())
            tokens[element.get("id")] = list(range(position + 1, position + count + 1))
            position += count
    signals: dict[str, dict[str, list[int]]] = {}
    for signal in root.iter("signal"):
        numbers = [int(t) for t in (signal.get("tokens") or "").split(",") if t]
        signals.setdefault(signal.get("source"), {}).setdefault(signal.get("subtype"), []).extend(numbers)
    for node_id, node in nodes.items():
        node["signals"] = signals.get(node_id, {})
    return nodes, tokens


def _subtree_tokens(node_id: str, children: dict[str, list[str]], tokens: dict[str, list[int]]) -> set[int]:
    found, stack = set(), [node_id]
    while stack:
        current = stack.pop()
        found.update(tokens.get(current, []))
        stack += children.get(current, [])
    return found


def gum_rst_findings(article: Article, gold: Annotation, rst_path: Path, gum_path: Path, name: str) -> list[Finding]:
    document = read_gum(gum_path)
    offsets = gum_align(document, article.text)  # word index -> (start, end), body words only
    label_ends = {end for _, end, _ in turn_labels(document, offsets)}
    nodes, tokens = _rst_nodes(rst_path)
    children: dict[str, list[str]] = {}
    for child, node in nodes.items():
        children.setdefault(node["parent"], []).append(child)
    findings = []
    for node_id, node in nodes.items():
        if node["relname"] not in ATTRIBUTION or node_id not in tokens:
            continue
        content_tokens = _subtree_tokens(node["parent"], children, tokens) - _subtree_tokens(node_id, children, tokens)
        content = [offsets[t - 1] for t in sorted(content_tokens) if t - 1 in offsets]
        if not content:
            continue  # an attribution in the headline or dateline: not part of the body
        source = [offsets[t - 1] for t in node["signals"].get("attribution_source", []) if t - 1 in offsets]
        content_span, source_span = _span_of(content), _span_of(source)
        source_text = article.text[source_span[0]:source_span[1]] if source_span else None
        matches = [q for q in gold.quotes if _overlaps(content_span, (q.start, q.end))]
        agreeing = [q for q in matches if source_span and _speaker_agrees(
            q, source_span, source_text or "", q.speaker is not None and q.speaker.end in label_ends)]
        findings.append(Finding(
            key=f"{rst_path.stem}#{node_id}", article=name, at=content_span[0],
            expert=article.text[content_span[0]:content_span[1]], source=source_text,
            quote_agrees=bool(matches),
            speaker_agrees=None if not matches or source_span is None else bool(agreeing),
            ours=_describe((agreeing or matches)[0]) if matches else None))
    return findings


# --------------------------------------------------------------------------- MEANTIME speech events


def meantime_findings(article: Article, gold: Annotation, xml_path: Path, name: str) -> list[Finding]:
    document = read_document(xml_path)
    spans = meantime_align(document, article.text)
    sentence_of = {t.id: t.sentence for t in document.tokens}
    arg0 = {event: target for event, target, role in document.participants if role == "Arg0"}
    findings = []
    for mention in document.mentions.values():
        if mention.kind != "EVENT_MENTION" or sentence_of[mention.tokens[0]] < 2:  # not the headline or dateline
            continue
        instance = document.instances.get(document.refers_to.get(mention.id, ""))
        event_class = mention.event_class or (instance.event_class if instance else "")
        if event_class != "SPEECH_COGNITIVE":
            continue
        event_span = _span_of([spans[t] for t in mention.tokens if t in spans])
        speaker = document.mentions.get(arg0.get(mention.id, ""))
        speaker_span = _span_of([spans[t] for t in speaker.tokens if t in spans]) if speaker else None
        speaker_text = article.text[speaker_span[0]:speaker_span[1]] if speaker_span else None
        matches = [q for q in gold.quotes if q.cue and _overlaps(event_span, (q.cue.start, q.cue.end))]
        agreeing = [q for q in matches if speaker_span and _speaker_agrees(q, speaker_span, speaker_text or "")]
        findings.append(Finding(
            key=f"{name}#{mention.id}", article=name, at=event_span[0], expert=article.text[event_span[0]:event_span[1]],
            source=speaker_text, quote_agrees=bool(matches),
            speaker_agrees=None if not matches or speaker_span is None else bool(agreeing),
            ours=_describe((agreeing or matches)[0]) if matches else None))
    return findings


# --------------------------------------------------------------------------- the report


def settlements(path: Path) -> dict[str, str]:
    if not Path(path).exists():
        return {}
    return dict(read_toml(path).get("outside_guidelines", {}))


def summary(findings: list[Finding]) -> dict:
    with_source = [f for f in findings if f.speaker_agrees is not None]
    disagreements = [f for f in findings if f.disagreement]
    return {
        "expert_items": len(findings),
        "quote_agrees": sum(f.quote_agrees for f in findings),
        "quote_share": sum(f.quote_agrees for f in findings) / len(findings) if findings else None,
        "speaker_compared": len(with_source),
        "speaker_agrees": sum(bool(f.speaker_agrees) for f in with_source),
        "speaker_share": sum(bool(f.speaker_agrees) for f in with_source) / len(with_source) if with_source else None,
        "disagreements": len(disagreements),
        "settled_outside_guidelines": sum(f.settled is not None for f in disagreements),
        "open": sum(f.settled is None for f in disagreements),
    }


def settled_by_reason(findings: list[Finding]) -> dict[str, int]:
    """The settled disagreements per class of reason (``newsquotes.gold.scope``)."""
    return set_aside([f.settled for f in findings if f.disagreement and f.settled is not None])


def run_check(check: str, articles: dict[str, Article], gold: dict[str, Annotation], root: Path,
              settled_path: Path | None = None) -> dict:
    """The findings of ``check`` over every shipped article it covers, with settlements applied.

    ``articles`` maps the article's short name (its raw file's stem) to the article.
    """
    if check not in CHECKS:
        raise ConfigError(f"unknown check {check!r}: choose one of {', '.join(CHECKS)}")
    root = Path(root)
    findings: list[Finding] = []
    entity_items = []  # (MEANTIME document, article text, our annotation), for the entity agreement
    for name, article in sorted(articles.items()):
        annotation = gold.get(article.id)
        if annotation is None:
            continue
        if check == "gum-rst":
            for prefix in ("GUM_news_", "GUM_interview_"):
                rst = root / "corpus" / "gum" / "rst" / f"{prefix}{name}.rs4"
                if rst.exists():
                    findings += gum_rst_findings(article, annotation, rst, root / "corpus" / "gum" / f"{prefix}{name}.conllu", name)
        else:
            xml = next(iter(sorted((root / "corpus" / "meantime").glob(f"corpus_*/{name}.xml"))), None)
            if xml is not None:
                findings += meantime_findings(article, annotation, xml, name)
                entity_items.append((read_document(xml), article.text, annotation))
    reasons = settlements(settled_path or root / "corpus" / "gold" / "checks" / f"{check}.toml")
    for finding in findings:
        if finding.disagreement and finding.key in reasons:
            finding.settled = reasons[finding.key]
    report = {"check": check, "summary": summary(findings), "settled_by_reason": settled_by_reason(findings),
              "findings": [asdict(f) for f in findings]}
    if check == "meantime":
        gold_dir = root / "corpus" / "gold"
        mapping = MeantimeMapping.load(gold_dir / "meantime_mapping.toml", EntityMapping.load(gold_dir / "entity_mapping.toml"))
        report["entities"] = entity_agreement(entity_items, mapping)
    return report
