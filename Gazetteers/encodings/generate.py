#!/usr/bin/env python3
"""Generates the byte tables of the legacy Vietnamese encodings that `vietie annotate --encoding` reads.

encodings/tcvn3.tsv  TCVN 5712:1993 (the "TCVN3"/ABC fonts). One byte per character. The table holds the
                     standard's full letter repertoire (VN1): lower-case letters, the upper-case base letters
                     Ă Â Ê Ô Ơ Ư Đ, the upper-case toned letters (in C0, 0x80-0x9F and free cells of the upper
                     half) and the five combining tone marks (0xB0-0xB4). Files from ABC fonts use the subset
                     without upper-case toned letters, so they decode with the same table.
encodings/vni.tsv    VNI-Windows (VNI fonts). A letter is an ASCII base letter followed by a mark byte
                     ("a" 0xF9 = "á", "a" 0xE1 = "ấ"); đ ơ ư and the toned i are single bytes; ỵ is one byte.
                     Bytes 0x80-0x9F keep their Windows-1252 meaning (VNI fonts replace only letters, 0xC0-0xFF).

Rows: bytes (hex, space-separated) -> code points; `char` repeats the code points as text for reading.
A decoder matches the longest row first (two bytes, then one); a byte without a row stands for itself
(U+0000-U+00FF). Windows-1258 needs no table: ICU converts it.

The TCVN 5712:1993 layout below is cross-checked against the system's iconv "TCVN5712-1" converter when it
is installed; the VNI rows are built from the mark bytes' meanings and checked to cover each of the 134
Vietnamese letters exactly once.

Usage: python3 Gazetteers/encodings/generate.py           # writes both files
       python3 Gazetteers/encodings/generate.py --check   # compares the files with what it would write
Deterministic: the same script gives the same bytes.
"""
import os
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-12-01"
LICENCE = "facts of a public encoding standard; this table: MIT (VietIE project data)"

# --- TCVN 5712:1993 (VN1 letter repertoire) -------------------------------------------------------
TCVN_C0 = {0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
           0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ"}
TCVN_80 = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"       # 0x80-0x9F
TCVN_A0 = "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"                    # 0xA0-0xAF
TCVN_B0 = "\u0300\u0309\u0303\u0301\u0323"           # 0xB0-0xB4: grave, hook above, tilde, acute, dot below
TCVN_B5 = ("àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ")  # 0xB5-0xFF


def tcvn3_rows():
    table = dict(TCVN_C0)
    for start, chars in ((0x80, TCVN_80), (0xA0, TCVN_A0), (0xB0, TCVN_B0), (0xB5, TCVN_B5)):
        for k, ch in enumerate(chars):
            table[start + k] = ch
    assert len(TCVN_80) == 32 and len(TCVN_A0) == 16 and len(TCVN_B5) == 0x100 - 0xB5, "layout length"
    return [((b,), table[b]) for b in sorted(table)]


def cross_check_tcvn3(rows):
    """Each single byte through iconv's TCVN5712-1 converter, when the system has one."""
    if shutil.which("iconv") is None:
        return "iconv not installed: cross-check skipped"
    problems = []
    for (b,), ch in rows:
        run = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]), capture_output=True)
        if run.returncode != 0:
            return "iconv has no TCVN5712-1 converter: cross-check skipped"
        if run.stdout.decode("utf-8") != ch:
            problems.append(f"0x{b:02X}: table {ch!r}, iconv {run.stdout.decode('utf-8')!r}")
    if problems:
        raise SystemExit("tcvn3 differs from iconv TCVN5712-1:\n" + "\n".join(problems))
    return f"tcvn3: {len(rows)} rows agree with iconv TCVN5712-1"


# --- VNI-Windows -----------------------------------------------------------------------------------
GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
# Lower-case mark bytes; the upper-case ones are 0x20 lower (0xF9 -> 0xD9).
TONE_BYTES = {ACUTE: 0xF9, GRAVE: 0xF8, HOOK: 0xFB, TILDE: 0xF5, DOT: 0xEF}
CIRCUMFLEX_BYTES = {"": 0xE2, ACUTE: 0xE1, GRAVE: 0xE0, HOOK: 0xE5, TILDE: 0xE3, DOT: 0xE4}
BREVE_BYTES = {"": 0xEA, ACUTE: 0xE9, GRAVE: 0xE8, HOOK: 0xFA, TILDE: 0xFC, DOT: 0xEB}
SINGLE = {"đ": 0xF1, "ơ": 0xF4, "ư": 0xF6, "í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE}
TONES = (ACUTE, GRAVE, HOOK, TILDE, DOT)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def vni_rows():
    lower = []
    for ch, b in SINGLE.items():
        lower.append(((b,), ch))
    for base in "aeouy":
        for tone in TONES:
            if base == "y" and tone == DOT:
                continue  # ỵ is a single byte
            lower.append(((ord(base), TONE_BYTES[tone]), nfc(base + tone)))
    for base in "aeo":
        for tone, b in CIRCUMFLEX_BYTES.items():
            lower.append(((ord(base), b), nfc(base + CIRCUMFLEX + tone)))
    for tone, b in BREVE_BYTES.items():
        lower.append(((ord("a"), b), nfc("a" + BREVE + tone)))
    for horned, lead in (("ơ", SINGLE["ơ"]), ("ư", SINGLE["ư"])):
        for tone in TONES:
            lower.append(((lead, TONE_BYTES[tone]), nfc(horned + tone)))
    rows = []
    for key, ch in lower:
        rows.append((key, ch))
        upper_key = tuple(b - 0x20 if b >= 0xC0 or 0x61 <= b <= 0x7A else b for b in key)
        rows.append((upper_key, ch.upper()))
    for b in range(0x80, 0xA0):
        try:
            ch = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        rows.append(((b,), ch))
    return sorted(rows, key=lambda r: (len(r[0]), r[0]))


def check_vni(rows):
    letters = [ch for key, ch in rows if not (len(key) == 1 and 0x80 <= key[0] < 0xA0)]  # not the Windows-1252 rows
    assert all(len(ch) == 1 for _, ch in rows), "a VNI row that does not compose to one character"
    expected = set()
    for base in "aăâeêioôơuưy":
        for tone in ("",) + TONES:
            expected.add(nfc(base + tone))
    expected |= {"đ"} | {c.upper() for c in expected} | {"Đ"}
    expected -= set("aeiouyAEIOUY")  # plain vowels are ASCII
    got = set(letters)
    assert got == expected, f"VNI letters: missing {sorted(expected - got)}, extra {sorted(got - expected)}"
    assert len(letters) == len(got), "a VNI letter with two byte sequences"
    keys = [key for key, _ in rows]
    assert len(keys) == len(set(keys)), "a byte sequence listed twice"
    return f"vni: {len(got)} letters, each once"


# --- Output ----------------------------------------------------------------------------------------
def render(rows, source, extra):
    out = [f"# source: {source}", f"# licence: {LICENCE}", "# generator: encodings/generate.py", f"# date: {DATE}"]
    out += [f"# {line}" for line in extra]
    out.append("bytes\tcode_points\tchar")
    for key, ch in rows:
        hexes = " ".join(f"{b:02X}" for b in key)
        points = " ".join(f"U+{ord(c):04X}" for c in ch)
        out.append(f"{hexes}\t{points}\t{ch}")
    return "\n".join(out) + "\n"


def files():
    tcvn = tcvn3_rows()
    vni = vni_rows()
    notes = [cross_check_tcvn3(tcvn), check_vni(vni)]
    tcvn_text = render(tcvn, "TCVN 5712:1993 (Vietnamese 8-bit code, VN1 letter repertoire; TCVN3/ABC fonts use its subset)",
                       ["Longest match first; a byte without a row stands for itself. Decoded text is NFC-normalized."])
    vni_text = render(vni, "VNI-Windows font encoding (VNI Software Company): ASCII base letter + mark byte; Windows-1252 for 0x80-0x9F",
                      ["Longest match first (two bytes, then one); a byte without a row stands for itself (U+0000-U+00FF)."])
    return {"tcvn3.tsv": tcvn_text, "vni.tsv": vni_text}, notes


def main():
    outputs, notes = files()
    check = "--check" in sys.argv[1:]
    stale = []
    for name, text in outputs.items():
        path = os.path.join(HERE, name)
        if check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if current != text:
                stale.append(name)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
    for note in notes:
        print(note, file=sys.stderr)
    if stale:
        print("out of date: " + ", ".join(stale) + " (run without --check)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
