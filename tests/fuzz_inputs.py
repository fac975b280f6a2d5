"""Seeded adversarial inputs for ``newsquotes build``, and the check that the manifest accounts for each one.

:func:`generate` writes ``count`` input files into a folder, cycling through every class below so that even a
small sample has each, and returns one :class:`Case` per file: its name as the manifest records it, and the
reasons a rejection of it may give (each naming the input's own fault). The same seed gives the same bytes.
Used by ``tests/test_fuzz.py`` (a CI-size sample) and ``benchmarks/fuzz.py`` (the full run);
:mod:`fuzz_check` runs the build over them and checks the manifest.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Its content must never appear in any output: the external entities of the XXE inputs point at it.
SENTINEL_TEXT = "SENTINEL-d1c9f0e4-local-file-must-never-be-read"
#: A file created if any input name were ever run by a shell (the ``$(…)`` names create this).
PWNED = "PWNED-by-a-file-name"
WORDS = ("council minister bridge harbour river election budget school hospital railway report station "
         "farmers weather inquiry court market police village festival museum").split()
BOMB_BYTES = 300_000_000  # what each gzip bomb decompresses to


@dataclass
class Case:
    name: str  # as the manifest's ``input`` records it (relative to the fuzz folder)
    kind: str
    faults: tuple[str, ...] = ()  # regexes; a rejected record's reason must match one
    may_keep: bool = False  # a readable article hides in it (e.g. a stray NUL in good text)
    must_keep: bool = False  # good text that must become an article
    records: Callable[[list], str | None] | None = None  # an extra check over all its entries: None or what is wrong
    extra: dict = field(default_factory=dict)


def good_text(rng: random.Random, paragraphs: int = 5) -> str:
    """A plausible article: a headline and paragraphs of seeded words (unique per call, so none is a duplicate)."""
    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
        return " ".join(words).capitalize() + f" {rng.randint(1000, 999_999)}."
    body = ["Officials said on Monday. " + " ".join(sentence() for _ in range(4)) for _ in range(paragraphs)]
    return f"{sentence()[:60].rstrip('.')}\n\n" + "\n\n".join(body) + "\n"


def good_html(rng: random.Random, extra_head: str = "", prolog: str = "<!DOCTYPE html>") -> str:
    title, *paragraphs = good_text(rng).strip().split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"{prolog}<html><head><title>{title}</title>{extra_head}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


_BOMB: bytes | None = None


def gzip_bomb() -> bytes:
    """Hundreds of MB of one byte, gzip-compressed (made once per process)."""
    global _BOMB
    if _BOMB is None:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        block = b"a" * (1 << 22)
        _BOMB = b"".join(packer.compress(block) for _ in range(BOMB_BYTES >> 22)) + packer.flush()
    return _BOMB


# --- WARC records, written by hand so that every boundary is known ---------------------------------------

def warc_record(rng: random.Random, payload: bytes, *, kind: str = "response", content_length: str | None = None,
                content_type: str = "application/http; msgtype=response", uri: str | None = None) -> bytes:
    uri = uri or f"https://fuzz.example/{rng.getrandbits(48):x}"
    headers = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>\r\n"
               f"WARC-Date: 2024-03-06T12:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
               f"Content-Length: {content_length if content_length is not None else len(payload)}\r\n\r\n")
    return headers.encode() + payload + b"\r\n\r\n"


def http_page(html: str, content_type: str = "text/html; charset=utf-8") -> bytes:
    body = html.encode()
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


#: Where inside the last record a WARC is cut, as a function of that record's bytes.
WARC_CUTS: dict[str, Callable[[bytes], int]] = {
    "inside the WARC headers": lambda r: r.index(b"WARC-Date"),
    "after the WARC headers": lambda r: r.index(b"\r\n\r\n") + 4,
    "inside the HTTP headers": lambda r: r.index(b"HTTP/1.1") + 10,
    "after the HTTP headers": lambda r: r.index(b"\r\n\r\n", r.index(b"HTTP/1.1")) + 4,
    "inside the body": lambda r: r.index(b"<body>") + 40,
    "one byte before the end of the payload": lambda r: len(r) - 5,
}


# --- the classes --------------------------------------------------------------------------------------------

BINARY = r"binary data|undecodable|empty input|too short|no main text|not HTML"
GZIP_CUT = r"not a valid gzip file"
SIZE = r"over the size limit"


def _random_bytes(rng, i):
    size = rng.choice([0, 1, 7, 100, 1000, 4096, 65536])
    suffix = rng.choice([".bin", "", ".txt", ".html", ".jsonl", ".dat"])
    data = rng.randbytes(size)
    yield f"{i:05d}-random-bytes{suffix}", data, Case("", "random bytes", (BINARY + r"|invalid JSON|not an object|no response records|WARC",))


def _gzip_cut(rng, i):
    data = gzip.compress(good_text(rng).encode())
    cut = rng.randrange(2, len(data) - 1)
    name = rng.choice(["page.txt.gz", "story.html.gz", "feed.jsonl.gz", "blob.gz"])
    yield f"{i:05d}-gzip-cut-{name}", data[:cut], Case("", "gzip cut short", (GZIP_CUT,))


def _gzip_bomb(rng, i):
    name = rng.choice(["bomb.txt.gz", "bomb.html.gz", "bomb.jsonl.gz", "bomb.gz"])
    yield f"{i:05d}-gzip-bomb-{name}", gzip_bomb(), Case("", "gzip bomb", (SIZE,))


def _xxe(rng, i):
    sentinel = "SENTINEL_PATH"  # replaced by the real path when written
    variants = [
        ("xxe-system.html", f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{sentinel}">]>',
         "<p>&xxe;</p>"),
        ("xxe-parameter.xhtml", f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY % p SYSTEM "file://{sentinel}"> %p;]>',
         ""),
        ("xxe-xinclude.html", "<!DOCTYPE html>",
         f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{sentinel}" parse="text"/>'),
        ("xxe-svg.html", "<!DOCTYPE html>",
         f'<svg><image href="file://{sentinel}"/></svg><iframe src="file://{sentinel}"></iframe>'),
    ]
    name, prolog, inject = rng.choice(variants)
    html = good_html(rng, prolog=prolog).replace("<article>", "<article>" + inject)
    yield f"{i:05d}-{name}", html.encode(), Case("", "external entity", (r"no main text|too short",), may_keep=True,
                                                    extra={"sentinel": True})
    record = json.dumps({"url": f"https://fuzz.example/{i}", "html": html})
    yield f"{i:05d}-xxe-in-jsonl.jsonl", record.encode() + b"\n", Case("", "external entity", (r"no main text|too short",),
                                                                       may_keep=True, extra={"sentinel": True})


def _billion_laughs(rng, i):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
    prolog = f'<?xml version="1.0"?><!DOCTYPE html [{entities}]>'
    html = good_html(rng, prolog=prolog).replace("<article>", "<article><p>&lol9;</p>")
    suffix = rng.choice([".html", ".xml", ".xhtml", ""])
    yield f"{i:05d}-billion-laughs{suffix}", html.encode(), Case("", "entity expansion", (r"no main text|too short",),
                                                                 may_keep=True)


def _deep_nesting(rng, i):
    depth = 100_000
    variants = [
        ("deep-divs.html", ("<html><body>" + "<div>" * depth + good_text(rng) + "</div>" * depth + "</body></html>").encode()),
        ("deep-unclosed.html", ("<!DOCTYPE html><html><body>" + "<span><b><i>" * (depth // 3)).encode()),
        ("deep-array.jsonl", b"[" * depth + b"]" * depth + b"\n"),
        ("deep-object.jsonl", b'{"text": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}\n"),
        ("deep-xml.xml", (b'<?xml version="1.0"?>' + b"<a>" * depth + b"</a>" * depth)),
    ]
    name, data = rng.choice(variants)
    yield (f"{i:05d}-{name}", data,
           Case("", "nesting 100,000 deep", (r"nested too deeply|timed out|no main text|too short|not HTML|not an object|no article text|"
                                             r"invalid JSON|not a text",), may_keep=True))


BIDI = "\u202e\u2066\u2069\u202d\u200f"


def _encodings(rng, i):
    text = good_text(rng)
    variants = {
        "utf16-bom-le.txt": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16-bom-be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16-no-bom-le.txt": text.encode("utf-16-le"),
        "utf16-no-bom-be.txt": text.encode("utf-16-be"),
        "utf32-bom-le.txt": b"\xff\xfe\x00\x00" + text.encode("utf-32-le"),
        "utf32-no-bom-be.txt": text.encode("utf-32-be"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + text.encode(),
        "invalid-utf8.txt": text.encode().replace(b" ", b" \xc3\x28 ", 3).replace(b"e", b"\xed\xa0\x80", 2),
        "latin1.txt": text.replace("said", "sa\u00efd").encode("latin-1"),
        "stray-nul.txt": text.encode().replace(b". ", b".\x00 ", 1),
        "control-chars.txt": text.encode().replace(b" ", b" \x01\x07\x1b[31m\x7f ", 3),
        "bidi-overrides.txt": text.replace("Officials", f"Offi{BIDI}cials", 2).encode(),
        "nul-in-html.html": good_html(rng).encode().replace(b"</p>", b"\x00</p>", 1),
    }
    name = rng.choice(sorted(variants))
    keep = name not in ("invalid-utf8.txt",)
    yield (f"{i:05d}-{name}", variants[name],
           Case("", "text encoding", (r"undecodable|binary data",), may_keep=True, must_keep=keep,
                extra={"no_controls": name in ("stray-nul.txt", "control-chars.txt", "nul-in-html.html")}))


def _jsonl(rng, i):
    good = {"url": f"https://fuzz.example/j{i}", "title": "Headline", "text": good_text(rng)}
    wrong_types = [
        {"text": 12345}, {"text": ["a", "list"]}, {"text": {"nested": "object"}}, {"text": None},
        dict(good, title={"x": 1}), dict(good, authors=7), dict(good, published=[2024, 3]), dict(good, url=12),
        dict(good, published="not a date"), dict(good, authors=[None, {"n": 1}, 3]),
        dict(good, text=good["text"].replace(".", ".\ud800", 1)), dict(good, title="\udcff lone"),
    ]
    lines = [json.dumps(good)]
    lines += [json.dumps(rng.choice(wrong_types)) for _ in range(3)]
    lines += [rng.choice(['{"text": "unterminated', "not json at all", "[1, 2, 3]", '"a string"', "{", "NaN",
                          '{"text": NaN}', '{"a": 1}{"b": 2}', "\x00\x01\x02", '{"text": "' + "\\u" + '12"}'])]
    rng.shuffle(lines)
    data = "\n".join(lines).encode() + b"\n"
    yield (f"{i:05d}-mixed.jsonl", data,
           Case("", "JSONL wrong types / invalid", (r"invalid JSON|not an object|no article text|too short|no main text|"
                                                    r"empty input|binary data|lone surrogate|not a string",),
                may_keep=True))


def _jsonl_huge(rng, i, huge: int):
    text = " ".join(rng.choice(WORDS) for _ in range(huge // 7))
    kind = rng.choice(["valid", "invalid"])
    line = json.dumps({"url": f"https://fuzz.example/h{i}", "text": text}) if kind == "valid" else '{"text": "' + text
    yield (f"{i:05d}-huge-line-{kind}.jsonl", line.encode() + b"\n",
           Case("", "JSONL huge line", (r"invalid JSON|timed out|one paragraph|too short",), may_keep=True))


def _warc_cut(rng, i):
    compress = rng.random() < 0.5
    cut_name = rng.choice(sorted(WARC_CUTS))
    pages = [warc_record(rng, http_page(good_html(rng))) for _ in range(3)]
    where = rng.randrange(3)
    cut = WARC_CUTS[cut_name](pages[where])
    if compress:
        members = [gzip.compress(p) for p in pages]
        start = sum(map(len, members[:where]))
        data = b"".join(members[:where]) + members[where][: rng.randrange(10, len(members[where]) - 8)]
    else:
        start = sum(map(len, pages[:where]))
        data = b"".join(pages[:where]) + pages[where][:cut]
    name = f"{i:05d}-warc-cut-{cut_name.replace(' ', '-')}.warc" + (".gz" if compress else "")

    def check(entries, before=where, start=start):
        kept = [e for e in entries if e.status != "rejected"]
        cuts = [e for e in entries if e.status == "rejected"]
        if len(kept) != before:
            return f"{len(kept)} records kept, {before} whole records before the cut"
        if len(cuts) != 1 or f"truncated WARC record at byte {start}" not in (cuts[0].reason or ""):
            return f"wanted one 'truncated WARC record at byte {start}', got {[c.reason for c in cuts]}"
        return None
    yield name, data, Case("", f"WARC cut {cut_name}", (r"truncated WARC record at byte \d+",), may_keep=True, records=check)


def _warc_odd(rng, i):
    page = http_page(good_html(rng))
    variants = {
        "warc-no-response.warc": warc_record(rng, b"software: fuzz\r\n", kind="warcinfo", content_type="application/warc-fields")
        + warc_record(rng, good_html(rng).encode(), kind="resource", content_type="text/html"),
        "warc-dns-response.warc": warc_record(rng, b"20240306120000\nfuzz.example. 300 IN A 127.0.0.1\n",
                                              content_type="text/dns", uri="dns:fuzz.example"),
        "warc-not-http-payload.warc": warc_record(rng, b"this is not an HTTP message at all\r\n\r\n" + good_text(rng).encode()),
        "warc-length-too-long.warc": warc_record(rng, page, content_length=str(len(page) + 5000)),
        "warc-length-too-short.warc": warc_record(rng, page, content_length=str(len(page) // 2)) + warc_record(rng, page),
        "warc-length-not-a-number.warc": warc_record(rng, page, content_length="twelve"),
        "warc-length-negative.warc": warc_record(rng, page, content_length="-40"),
        "warc-garbage-between.warc": warc_record(rng, page) + b"garbage between records\r\n" + warc_record(rng, http_page(good_html(rng))),
        "warc-image-response.warc": warc_record(rng, http_page("\x89PNG....", content_type="image/png")),
    }
    name = rng.choice(sorted(variants))
    yield (f"{i:05d}-{name}", variants[name],
           Case("", "WARC odd records", (r"no response records|truncated WARC record|Content-Length|not an HTML page|"
                                         r"not an HTTP|unreadable WARC|no main text|too short|binary|undecodable",),
                may_keep=True))


def _csv_markdown(rng, i):
    text = good_text(rng)
    front_matter = r"front matter|no text|too short"
    variants = {  # name: (bytes, what a rejection must name, the reader of what is kept)
        "table.csv": ("id,title,text\n1,\"Headline\",\"" + text.replace('"', '""') + "\"\n2,\"unterminated,\"oops\n",
                      r"not valid CSV|cells, but the header|no text", "csv"),
        "broken-front-matter.md": ("---\ntitle: [unclosed\nauthors: {a: \n" + text, front_matter, "markdown"),
        "front-matter-never-closed.md": ("---\ntitle: Headline\n\n" + text, front_matter, "markdown"),
        "front-matter-only.md": ("---\ntitle: x\n---\n", front_matter, "markdown"),
        "semicolons.csv": ("a;b;c\n" * 200, r"no text column|header", "csv"),
    }
    name = rng.choice(sorted(variants))
    data, faults, reader = variants[name]
    yield (f"{i:05d}-{name}", data.encode(),
           Case("", "CSV / Markdown", (faults,), may_keep=True, extra={"reader": reader}))


def _odd_names(rng, i):
    names = [f"{i:05d}-\"double\" 'single' quotes.txt", f"{i:05d}-$(touch {PWNED}).txt", f"{i:05d}-`touch {PWNED}`.txt",
             f"{i:05d}-new\nline.txt", f"{i:05d}-tab\tand ; & | > < chars.txt", f"{i:05d}- leading and trailing .txt",
             f"{i:05d}-\u202eevil\u202c.txt", f"{i:05d}-" + "long" * 60 + ".txt"]
    name = rng.choice(names + ["NONUTF8"])
    data = good_text(rng).encode()
    if name == "NONUTF8":
        raw = f"{i:05d}-latin1-".encode() + b"caf\xe9-\xff\xfe.txt"
        yield raw, data, Case(raw.decode("utf-8", "backslashreplace"), "odd file name", must_keep=True)
        return
    yield name, data, Case("", "odd file name", must_keep=True)


def _links_and_permissions(rng, i):
    kind = rng.choice(["loop-pair", "self-loop", "dangling", "folder-loop", "unreadable", "named-pipe"])
    yield f"{i:05d}-{kind}", kind, Case("", f"file system: {kind}", (
        r"symbolic link loop|broken symbolic link|symbolic link to a folder|permission denied|not a regular file",))


CLASSES = [_random_bytes, _gzip_cut, _gzip_bomb, _xxe, _billion_laughs, _deep_nesting, _encodings, _encodings, _jsonl,
           _warc_cut, _warc_cut, _warc_odd, _csv_markdown, _odd_names, _links_and_permissions, _random_bytes]
#: Classes that are costly to write or read: one in ``RARE`` of their turns is taken.
RARE = {_gzip_bomb: 40, _deep_nesting: 10}


def _write_special(folder: Path, name: str, kind: str) -> list[tuple[str, str]]:
    """Symlink loops, dangling links, links to a folder, named pipes and unreadable files; returns their names."""
    path = folder / name
    if kind == "loop-pair":
        os.symlink(f"{name}-b.txt", folder / f"{name}-a.txt")
        os.symlink(f"{name}-a.txt", folder / f"{name}-b.txt")
        return [f"{name}-a.txt", f"{name}-b.txt"]
    if kind == "self-loop":
        os.symlink(f"{name}.txt", folder / f"{name}.txt")
        return [f"{name}.txt"]
    if kind == "dangling":
        os.symlink(f"{name}-nowhere.txt", folder / f"{name}.txt")
        return [f"{name}.txt"]
    if kind == "folder-loop":
        path.mkdir()
        os.symlink("..", path / "up")
        return [f"{name}/up"]
    if kind == "named-pipe":  # a read would wait for a writer forever
        os.mkfifo(folder / f"{name}.txt")
        return [f"{name}.txt"]
    path = folder / f"{name}.txt"
    path.write_text("Unreadable\n\n" + "This file may not be read. " * 20)
    path.chmod(0)
    return [f"{name}.txt"]


def generate(folder: Path, count: int, seed: int, sentinel: Path, huge_line: int = 2_000_000) -> list[Case]:
    """Write ``count`` adversarial input files into ``folder``; one :class:`Case` per manifest name."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    turns = {c: 0 for c in CLASSES}
    written, i = 0, 0
    while written < count:
        make = CLASSES[i % len(CLASSES)]
        i += 1
        turns[make] += 1
        if make in RARE and turns[make] % RARE[make] != 1:
            continue
        if make is _random_bytes and turns[make] % 25 == 0:
            make = lambda r, n: _jsonl_huge(r, n, huge_line)  # noqa: E731
        for name, data, case in make(rng, written):
            if make is _links_and_permissions:
                for made in _write_special(folder, name, data):
                    cases.append(Case(made, case.kind, case.faults))
                    written += 1
                continue
            if isinstance(data, bytes) and b"SENTINEL_PATH" in data:
                data = data.replace(b"SENTINEL_PATH", str(sentinel).encode())
            target = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else os.fsencode(name))
            with open(target, "wb") as handle:
                handle.write(data)
            case.name = case.name or name
            cases.append(case)
            written += 1
    return cases
