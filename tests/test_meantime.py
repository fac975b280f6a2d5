"""MEANTIME: the rebuilt running text, the token alignment and the entity mapping with its coverage."""

from __future__ import annotations

import hashlib

import pytest

from newsquotes.gold.entities import EntityMapping
from newsquotes.gold.meantime import (align, annotated_sentences, detokenize, read_document, render,
                                      same_story)
from newsquotes.gold.meantime_agreement import entity_agreement
from newsquotes.gold.meantime_entities import MeantimeMapping, meantime_entities
from newsquotes.schema import Annotation, Entity, LayerSource

from conftest import ROOT

MEANTIME = ROOT / "corpus" / "meantime"
RAW = ROOT / "corpus" / "raw" / "meantime"
XML_FILES = sorted(MEANTIME.glob("corpus_*/*.xml"))


def body_of(dump: str) -> str:
    """The dump without its headline and dateline lines, as the builder keeps it."""
    return dump.split("\n\n", 1)[1]


def test_all_120_articles_ship_with_their_rebuilt_text():
    assert len(XML_FILES) == 120
    assert {p.stem for p in XML_FILES} == {p.stem for p in RAW.glob("*.txt")} - {"LICENSE"}


@pytest.mark.parametrize("path", XML_FILES, ids=lambda p: p.stem[:40])
def test_every_token_is_found_in_order_in_the_rebuilt_text(path):
    document = read_document(path)
    dump = (RAW / f"{path.stem}.txt").read_text("utf-8")
    assert render(document) == dump  # the shipped dump is what the detokenizer writes
    body = body_of(dump)
    spans = align(document, body)
    body_tokens = [t for t in document.tokens if t.sentence >= 2]
    assert len(spans) == len(body_tokens)
    ends = [spans[t.id] for t in body_tokens]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))  # in order, never overlapping
    assert all(body[s:e] == t.form for t, (s, e) in zip(body_tokens, ends))


def test_detokenizer_joins_contractions_and_places_quotation_marks():
    text, still_open = detokenize(['"', "I", "do", "n't", "know", ",", '"', "he", "said", "."])
    assert (text, still_open) == ('"I don\'t know," he said.', False)
    assert detokenize(["I'", "m", "honored", "."])[0] == "I'm honored."
    # a quotation that runs over two sentences: the second opens inside it and closes it
    first, still_open = detokenize(["He", "said", ":", '"', "We", "won", "."])
    assert (first, still_open) == ('He said: "We won.', True)
    assert detokenize(["It", "was", "hard", ".", '"'], quote_open=True) == ('It was hard."', False)
    # a mark after a comma, before a lower-case word, closes whatever the count says
    assert detokenize(["we", "breached", "8,000", ",", '"', "he", "continued", "."])[0] == 'we breached 8,000," he continued.'


def test_a_token_missing_from_the_text_is_an_error_naming_it():
    path = XML_FILES[0]
    document = read_document(path)
    body = body_of((RAW / f"{path.stem}.txt").read_text("utf-8"))
    first = next(t for t in document.tokens if t.sentence >= 2)
    with pytest.raises(ValueError, match=rf"token {first.id} {first.form!r}"):
        align(document, body.replace(first.form, "#" * len(first.form), 1))


SMALL = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_small" lang="en" url="http://en.wikinews.org/wiki/Small">
<token number="0" sentence="0" t_id="1">Headline</token>
<token number="1" sentence="1" t_id="2">May</token><token number="2" sentence="1" t_id="3">1</token>
<token number="3" sentence="1" t_id="4">,</token><token number="4" sentence="1" t_id="5">2008</token>
<token number="5" sentence="2" t_id="6">Spokeswoman</token><token number="6" sentence="2" t_id="7">Ann</token>
<token number="7" sentence="2" t_id="8">Lee</token><token number="8" sentence="2" t_id="9">said</token>
<token number="9" sentence="2" t_id="10">the</token><token number="10" sentence="2" t_id="11">company</token>
<token number="11" sentence="2" t_id="12">Acme</token><token number="12" sentence="2" t_id="13">shares</token>
<token number="13" sentence="2" t_id="14">fell</token><token number="14" sentence="2" t_id="15">in</token>
<token number="15" sentence="2" t_id="16">Bangkok</token><token number="16" sentence="2" t_id="17">,</token>
<token number="17" sentence="2" t_id="18">Thailand</token><token number="18" sentence="2" t_id="19">.</token>
<token number="19" sentence="3" t_id="20">Bob</token><token number="20" sentence="3" t_id="21">Smith</token>
<token number="21" sentence="3" t_id="22">agreed</token><token number="22" sentence="3" t_id="23">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NOM"><token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="12"/><token_anchor t_id="13"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NAM"><token_anchor t_id="16"/><token_anchor t_id="17"/><token_anchor t_id="18"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="PER" instance_id="PER1" TAG_DESCRIPTOR="Ann Lee"/>
<ENTITY m_id="11" ent_type="ORG" instance_id="ORG1" TAG_DESCRIPTOR="Acme"/>
<ENTITY m_id="12" ent_type="FIN" instance_id="FIN1" TAG_DESCRIPTOR="Acme shares"/>
<ENTITY m_id="13" ent_type="LOC" instance_id="LOC1" TAG_DESCRIPTOR="Bangkok"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="3"/><target m_id="12"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="4"/><target m_id="13"/></REFERS_TO>
</Relations>
</Document>
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "1_small.xml"
    path.write_text(SMALL, encoding="utf-8")
    return read_document(path)


@pytest.fixture
def mapping():
    return MeantimeMapping.load(ROOT / "corpus" / "gold" / "meantime_mapping.toml",
                                EntityMapping.load(ROOT / "corpus" / "gold" / "entity_mapping.toml"))


def test_mapping_keeps_names_drops_descriptions_and_cuts_unmapped_types(small, mapping):
    text = body_of(render(small))
    assert text == "Spokeswoman Ann Lee said the company Acme shares fell in Bangkok, Thailand.\n\nBob Smith agreed.\n"
    entities, covers = meantime_entities(small, text, mapping)
    found = {(e.text, e.label, e.entity) for e in entities}
    # the title stays out of the name; the NOM "the company" is no entity; a place mention gives each place
    assert found == {("Ann Lee", "PERSON", "Ann Lee"), ("Bangkok", "GPE", "Bangkok"), ("Thailand", "GPE", "Thailand")}
    # only the annotated sentence is covered, less the FIN mention "Acme shares" (no label of ours)
    acme = text.index("Acme shares")
    assert [(c.start, c.end) for c in covers] == [(0, acme), (acme + len("Acme shares"), text.index("\n"))]
    assert annotated_sentences(small) == [2]


def test_an_unlisted_place_is_an_error(small, mapping, tmp_path):
    places = {k: v for k, v in mapping.places.items() if k != "Bangkok"}
    unlisted = MeantimeMapping(places, mapping.not_places, mapping.particles, mapping.renames, mapping.norp,
                               mapping.titles)
    with pytest.raises(ValueError, match="place 'Bangkok'"):
        meantime_entities(small, body_of(render(small)), unlisted)


def test_shipped_articles_map_as_documented(mapping):
    path = next(p for p in XML_FILES if p.stem.startswith("1007169_"))
    document = read_document(path)
    text = body_of((RAW / f"{path.stem}.txt").read_text("utf-8"))
    entities, covers = meantime_entities(document, text, mapping)
    found = {(e.text, e.label) for e in entities}
    assert {("General Motors", "ORG"), ("Mary Barra", "PERSON"), ("United States", "GPE")} <= found
    assert covers and covers[-1].end < len(text)  # the first sentences only
    assert all(any(c.start <= e.start and e.end <= c.end for c in covers) for e in entities)


def test_articles_that_share_an_event_are_one_story():
    documents = {p.stem: read_document(p) for p in XML_FILES}
    stories = same_story(documents)
    sizes = sorted(list(stories.values()).count(s) for s in set(stories.values()))
    assert len(stories) == 120 and sizes[-1] > 1 and len(set(stories.values())) > 40


def _shipped(prefix: str):
    path = next(p for p in XML_FILES if p.stem.startswith(prefix))
    return read_document(path), body_of((RAW / f"{path.stem}.txt").read_text("utf-8"))


def test_a_sentence_with_only_bare_cross_document_markables_is_not_covered(mapping):
    """100911: MEANTIME's annotators worked on sentences 2–5; later sentences carry bare markables (an id and
    tokens, linked across documents, never annotated), so the names beside them were never marked."""
    document, text = _shipped("100911_")
    assert annotated_sentences(document) == [2, 3, 4, 5]
    bare = {t for m in document.mentions.values() if not m.annotated for t in m.tokens}
    sentence_of = {t.id: t.sentence for t in document.tokens}
    assert {sentence_of[t] for t in bare} >= {6, 12, 16}  # "Northrop Grumman CEO Ron Sugar said …"
    _, covers = meantime_entities(document, text, mapping)
    for name in ("Ron Sugar", "Toulouse", "France", "Arthur Lichte"):
        start = text.index(name)
        assert not any(c.start < start + len(name) and start < c.end for c in covers), name
    nesbit = text.index("Paul Nesbit")  # sentence 5, annotated
    assert any(c.start <= nesbit and nesbit + len("Paul Nesbit") <= c.end for c in covers)


def test_covered_sentences_across_the_corpus():
    """Of the 1,055 body sentences carrying any MEANTIME markable, 578 carry only bare ones."""
    documents = [read_document(p) for p in XML_FILES]
    marked = 0
    for document in documents:
        sentence_of = {t.id: t.sentence for t in document.tokens}
        marked += len({sentence_of[t] for m in document.mentions.values() for t in m.tokens} - {0, 1})
    assert (marked, sum(len(annotated_sentences(d)) for d in documents)) == (1055, 477)


def test_entity_agreement_with_meantime_inside_its_annotated_sentences(mapping):
    document, text = _shipped("100911_")
    reference, _ = meantime_entities(document, text, mapping)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()

    def entity(name, label):
        start = text.index(name)
        return Entity(id="?", start=start, end=start + len(name), text=name, label=label, entity=name)

    # ours: MEANTIME's names less "Paul Nesbit", plus a product it does not mark and a name outside its sentences
    ours = [e for e in reference if e.text != "Paul Nesbit"]
    ours += [entity("Joint Strike Fighter", "PRODUCT"), entity("Ron Sugar", "PERSON")]
    ours = [e.model_copy(update={"id": f"e{k}"}) for k, e in enumerate(ours)]

    def annotation(produced_by):
        return Annotation(article_id="nq-100911", annotator="gold", text_sha256=sha, entities=ours,
                          layers=[LayerSource(layer="entities", produced_by=produced_by)])

    agreement = entity_agreement([(document, text, annotation("hand-annotated"))], mapping)
    n = len(reference)
    assert (agreement["articles"], agreement["sentences"]) == (1, 4)
    strict = agreement["strict"]
    # "Ron Sugar" lies outside the sentences MEANTIME annotated: neither right nor wrong
    assert (strict["correct"], strict["possible"], strict["actual"]) == (n - 1, n, n)
    assert strict["f1"] == pytest.approx((n - 1) / n)
    assert agreement["per_label"]["PERSON"]["strict"]["recall"] == 0.0
    assert agreement["per_label"]["PRODUCT"]["overlap"]["precision"] == 0.0
    assert agreement["per_label"]["ORG"]["strict"]["f1"] == 1.0
    # a layer derived from MEANTIME itself is not compared: it would agree with itself
    assert entity_agreement([(document, text, annotation("meantime-derived"))], mapping) is None


def test_a_brand_capitalised_inside_is_a_name(mapping):
    """MEANTIME's named "iPod Classic" is that product, not "Classic": a word capitalised inside is a name word."""
    document, text = _shipped("78899_")
    found = {(e.text, e.label) for e in meantime_entities(document, text, mapping)[0]}
    assert {("iPod Classic", "PRODUCT"), ("iPod", "PRODUCT"), ("iPhone", "PRODUCT")} <= found
    assert ("Classic", "PRODUCT") not in found
