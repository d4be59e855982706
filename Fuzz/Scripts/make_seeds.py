#!/usr/bin/env python3
"""Writes the hand-made seeds of the fuzzing corpus (Fuzz/Corpus/seed-*): short excerpts of the
development articles in each shape a user can hand to `vietie annotate`.

- plain text: a sentence or two of an article (UTF-8), with a header of metadata lines for some;
- the same text with a byte-order mark, with CRLF line ends, in NFD (decomposed tone marks);
- HTML: the excerpt inside a small page with <title>, <meta> and <p> markup and entities;
- JSON Lines: one record per excerpt ({"id", "text", "published", "source_url"}), and a file of several;
- legacy encodings: excerpts of the TCVN3, VNI and Windows-1258 fixtures (Tests/Fixtures/encodings).

Usage: python3 Fuzz/Scripts/make_seeds.py [DEV_DIR]   (default: ../shared/dev)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ = os.path.dirname(HERE)
REPO = os.path.dirname(FUZZ)
DEV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "dev")
OUT = os.path.join(FUZZ, "Corpus")


def records():
    for name in ["seeds.gold.jsonl", "news.gold.jsonl"]:
        with open(os.path.join(DEV, name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def excerpt(text, sentences=2, limit=420):
    """The first body sentences of an article (header lines of URLs and stamps skipped)."""
    body = [l for l in text.split("\n") if len(l) > 40 and not l.startswith("http")]
    joined = " ".join(body) if body else text
    parts = re.split(r"(?<=[.!?])\s+", joined)
    out = " ".join(parts[:sentences])
    return out[:limit]


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(OUT, "seed-" + name), "wb") as fh:
        fh.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    recs = list(records())
    picked = recs[:5] + recs[5::4]   # the five seed articles and every fourth news item
    for i, r in enumerate(picked):
        text = excerpt(r["text"], sentences=2 if i % 3 else 1)
        write(f"{i:02d}-plain.txt", text)
        if i % 4 == 0:
            write(f"{i:02d}-crlf.txt", text.replace(". ", ".\r\n") + "\r\n")
        if i % 4 == 1:
            write(f"{i:02d}-bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
        if i % 4 == 2:
            write(f"{i:02d}-nfd.txt", unicodedata.normalize("NFD", text))
        if i % 4 == 3:
            title = excerpt(r["text"], sentences=1, limit=80)
            page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                    "<meta property=\"og:url\" content=\"" + (r.get("source_url") or "") + "\">"
                    "<meta property=\"article:published_time\" content=\"" + (r.get("published") or "") + "\">"
                    "</head><body><nav>Trang chủ &raquo; Tin tức</nav><article><h1>" + title + "</h1>"
                    "<p>" + text.replace(". ", ".</p>\n<p>").replace("&", "&amp;") + "</p>"
                    "<p>Ảnh:&nbsp;<i>TTXVN</i> &#8211; &#x1EA0;</p></article><script>var x=1;</script></body></html>")
            write(f"{i:02d}-page.html", page)
        record = {"id": r["id"], "text": text}
        if i % 2 == 0 and r.get("published"):
            record["published"] = r["published"]
        if i % 3 == 0 and r.get("source_url"):
            record["source_url"] = r["source_url"]
        write(f"{i:02d}-record.jsonl", json.dumps(record, ensure_ascii=(i % 5 == 0)) + "\n")
    # A header like the crawled articles': title, place, stamps, URL, unit, then a body line.
    write("header.txt", "\n".join(recs[0]["text"].split("\n")[:10]))
    # Several records, one of them broken, one blank line.
    lines = [json.dumps({"id": r["id"], "text": excerpt(r["text"], 1, 160)}, ensure_ascii=False) for r in recs[6:9]]
    write("several.jsonl", "\n".join(lines[:2] + ["", "{\"id\": 3, \"text\": null}", lines[2]]) + "\n")
    # Legacy encodings: the first lines and a body excerpt of each fixture.
    for enc in ["tcvn3", "vni", "cp1258"]:
        with open(os.path.join(REPO, "Tests", "Fixtures", "encodings", f"seed.{enc}.txt"), "rb") as fh:
            raw = fh.read()
        lines = raw.split(b"\n")
        write(f"legacy-{enc}-head.txt", b"\n".join(lines[:2]) + b"\n")
        body = [l for l in lines if len(l) > 120]
        write(f"legacy-{enc}-body.txt", body[0][:400] if body else raw[:400])


if __name__ == "__main__":
    main()
