#!/usr/bin/env python3
"""Writes the legacy-encoding fixtures: one seed article in UTF-8, TCVN3, VNI-Windows and Windows-1258.

seed.utf8.txt is the text of the first record of the development seeds (dev/seeds.gold.jsonl), with the
four typographic characters TCVN3 cannot write replaced by ASCII (– -> -, “ ” -> ", … -> ...). The three
other files are that text, encoded:

- seed.tcvn3.txt   by the system's iconv (TCVN5712-1), independently of Gazetteers/encodings/tcvn3.tsv;
- seed.vni.txt     by Gazetteers/encodings/vni.tsv, letter by letter (no other VNI encoder is at hand);
- seed.cp1258.txt  by Python's cp1258 codec: precomposed letters where the code page has them, otherwise the
                   letter without its tone followed by the combining tone mark (as Windows writes them).

Usage: python3 Tests/Fixtures/encodings/generate.py [SEEDS_JSONL]   (default: ../shared/dev/seeds.gold.jsonl)
"""
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
TYPOGRAPHY = {"–": "-", "“": '"', "”": '"', "…": "..."}


def vni_table():
    table = {}
    with open(os.path.join(REPO, "Gazetteers", "encodings", "vni.tsv"), encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    b, p = header.index("bytes"), header.index("code_points")
    for row in rows:
        ch = "".join(chr(int(x[2:], 16)) for x in row[p].split())
        table.setdefault(ch, bytes(int(x, 16) for x in row[b].split()))
    return table


def encode_vni(text, table):
    """Each character by its row, or as its own byte when it is ASCII, or below U+0100 with a byte no row uses."""
    used = {b for seq in table.values() for b in seq if b >= 0x80}
    out = bytearray()
    for ch in text:
        if ch in table:
            out += table[ch]
        elif ord(ch) < 0x80 or (ord(ch) < 0x100 and ord(ch) not in used):
            out.append(ord(ch))
        else:
            raise SystemExit(f"VNI cannot write {ch!r}")
    return bytes(out)


def encode_cp1258(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        tones = "".join(c for c in decomposed if c in TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def encode_tcvn3(text):
    run = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"), capture_output=True)
    if run.returncode != 0:
        raise SystemExit("iconv TCVN5712-1 failed: " + run.stderr.decode("utf-8", "replace"))
    return run.stdout


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "dev", "seeds.gold.jsonl")
    with open(seeds, encoding="utf-8") as fh:
        text = json.loads(fh.readline())["text"]
    for old, new in TYPOGRAPHY.items():
        text = text.replace(old, new)
    text = unicodedata.normalize("NFC", text)
    outputs = {
        "seed.utf8.txt": text.encode("utf-8"),
        "seed.tcvn3.txt": encode_tcvn3(text),
        "seed.vni.txt": encode_vni(text, vni_table()),
        "seed.cp1258.txt": encode_cp1258(text),
    }
    for name, data in outputs.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        print(f"{name}: {len(data)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
