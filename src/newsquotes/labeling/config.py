"""The Label Studio labeling interface, generated from the label sets of :mod:`newsquotes.schema`.

``labeling/config.xml`` is this module's output (``newsquotes label config > labeling/config.xml``); a
test fails when the two drift apart.

What annotators do, and what :mod:`newsquotes.labeling.pull` makes of it:

* **Spans** (control ``label`` on the article text; regions may overlap): one of the entity labels, or
  ``QUOTE`` (the content of a reported statement), ``SPEAKER`` (the mention of who said it, a pronoun
  included) or ``CUE`` (the reporting verb or phrase).
* **Per-quote choices** (shown when a QUOTE region is selected): ``kind`` (direct / indirect / mixed;
  pull reports a quote without one), ``stance`` (favor / against / neutral) and ``stance_target`` (free text: what the stance is
  towards).
* **Canonical name** (``canonical``, free text on any region): on a SPEAKER, the full name of who spoke
  ("Ivan Petrov" for "he"); on an entity mention, the name shared by all its mentions.
* **Relations**, read by the labels of the two regions they join, whichever way they were drawn, so a
  bare arrow is enough: QUOTE–SPEAKER (``said_by``), QUOTE–CUE (``cue``), QUOTE–entity mention
  (``said_by``, the mention is the speaker), SPEAKER–entity mention (``refers_to``: the speaker's
  canonical name is the mention's). The relation labels, when given, must agree with the regions; pushed
  pre-annotations give none (Label Studio would draw each label over the text).
* A quote without a ``cue`` relation takes the CUE region in the sentences it touches that is nearest to
  it and not linked to another quote. A speaker without a canonical name takes that of the entity mention
  it ``refers_to``, else the mention's text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from label_studio_sdk.label_interface import LabelInterface

from newsquotes.errors import ConfigError
from newsquotes.schema import ENTITY_LABELS, QUOTE_KINDS, STANCE_LABELS

#: The shipped interface file, written from :func:`label_config`.
CONFIG_FILE = Path("labeling/config.xml")

TEXT = "text"
LABELS = "label"
KIND = "kind"
STANCE = "stance"
STANCE_TARGET = "stance_target"
CANONICAL = "canonical"

QUOTE, SPEAKER, CUE = "QUOTE", "SPEAKER", "CUE"
SPAN_LABELS: tuple[str, ...] = (*ENTITY_LABELS, QUOTE, SPEAKER, CUE)
SAID_BY, CUE_OF, REFERS_TO = "said_by", "cue", "refers_to"
RELATIONS: tuple[str, ...] = (SAID_BY, CUE_OF, REFERS_TO)

# Entities in cool colours, the quote layer in warm ones, so the two layers read apart at a glance.
_COLOURS = {
    "PERSON": "#4e79a7", "NORP": "#76b7b2", "ORG": "#59a14f", "GPE": "#17becf", "LOC": "#8cd17d",
    "FAC": "#86bcb6", "EVENT": "#b07aa1", "PRODUCT": "#9d7660",
    QUOTE: "#f28e2b", SPEAKER: "#e15759", CUE: "#edc948",
}
_HOTKEYS = {QUOTE: "q", SPEAKER: "s", CUE: "c", "PERSON": "p", "ORG": "o", "GPE": "g"}


def label_config() -> str:
    """The labeling interface as Label Studio XML, built from the schema's label sets."""
    view = ET.Element("View")
    ET.SubElement(view, "Header", value="$title")
    labels = ET.SubElement(view, "Labels", name=LABELS, toName=TEXT)
    for label in SPAN_LABELS:
        attributes = {"value": label, "background": _COLOURS[label]}
        if label in _HOTKEYS:
            attributes["hotkey"] = _HOTKEYS[label]
        ET.SubElement(labels, "Label", attributes)
    ET.SubElement(view, "Text", name=TEXT, value=f"${TEXT}", granularity="symbol")
    relations = ET.SubElement(view, "Relations")
    for relation in RELATIONS:
        ET.SubElement(relations, "Relation", value=relation)

    quote_panel = ET.SubElement(view, "View", visibleWhen="region-selected", whenLabelValue=QUOTE)
    ET.SubElement(quote_panel, "Header", value="Quote kind")
    kinds = ET.SubElement(quote_panel, "Choices", name=KIND, toName=TEXT, perRegion="true",
                          choice="single-radio", showInline="true")
    for kind in QUOTE_KINDS:
        ET.SubElement(kinds, "Choice", value=kind)
    ET.SubElement(quote_panel, "Header", value="Speaker's stance")
    stances = ET.SubElement(quote_panel, "Choices", name=STANCE, toName=TEXT, perRegion="true",
                            choice="single-radio", showInline="true")
    for stance in STANCE_LABELS:
        ET.SubElement(stances, "Choice", value=stance)
    ET.SubElement(quote_panel, "TextArea", name=STANCE_TARGET, toName=TEXT, perRegion="true", editable="true",
                  maxSubmissions="1", rows="1", placeholder="stance towards (e.g. the United States)")

    names_panel = ET.SubElement(view, "View", visibleWhen="region-selected")
    ET.SubElement(names_panel, "Header", value="Canonical name (speaker or entity)")
    ET.SubElement(names_panel, "TextArea", name=CANONICAL, toName=TEXT, perRegion="true", editable="true",
                  maxSubmissions="1", rows="1", placeholder="full name, e.g. Ivan Petrov")
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


def check_config(config: str, source: str = "labeling config") -> LabelInterface:
    """Parse and validate ``config`` offline; raises ``ValueError`` naming ``source`` and what is wrong."""
    try:
        interface = LabelInterface(config)
        interface.validate()
    except Exception as err:  # the SDK raises lxml, jsonschema and its own errors alike
        raise ConfigError(f"{source}: not a valid Label Studio config: {err}") from None
    try:
        missing = [name for name in (LABELS, TEXT) if not interface.get_tag(name)]
    except Exception:
        missing = [LABELS, TEXT]
    if missing:
        raise ConfigError(f"{source}: the config needs a Labels control {LABELS!r} on a Text object {TEXT!r}")
    return interface


def read_config(path: Path | None) -> str:
    """The config in ``path``, checked; the generated one when ``path`` is None."""
    if path is None:
        return label_config()
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: no such labeling config file")
    config = path.read_text("utf-8")
    check_config(config, str(path))
    return config
