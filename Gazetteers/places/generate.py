#!/usr/bin/env python3
"""Generates places/units.tsv: Vietnam's administrative units with hierarchy and validity.

Source: thanglequoc/vietnamese-provinces-database (MIT), as kept in the project's shared material
(../shared/gazetteer-sources/thanglequoc): v1.0.0 (state effective 2021-11-01), v2.4.1 (2025-03-01),
v3.0.2 (2025-07-01, no district level), v3.1.0 (2026-04-30). Facts only (codes, names, types, parents).

A row is one unit in one unchanged period: its identity is (code, level, type, name, parent row).
An unchanged unit across consecutive states is one row; the earliest state's units have an empty
valid_from ("since before our records"); valid_to is the day before the first state in which the
unit is gone or changed (empty: still valid). key = code@valid_from.

Names get one tone placement ("Hoà" -> "Hòa", "Thuỷ" -> "Thủy"; not after q; closed syllables
unchanged), NFC, single spaces, "-" with spaces in compound names, no zero padding ("Phường 06" -> "6").

The two earlier states come from the PyPI package vietnam-provinces (facts only: codes, names, types,
parents; its code and files are not copied): version 0.2.2 (data of 2020-02-25) is the earliest state,
and version 0.4.3 (data of 2021-02-03) is dated 2021-01-01, the effective date of its last changes
(Thành phố Thủ Đức, NQ 1111/NQ-UBTVQH14); changes made during 2020 are dated to that state too.
Fetch them with:
    pip download --no-deps vietnam-provinces==0.2.2 -d /tmp/vp/v022 && unzip -o /tmp/vp/v022/*.whl -d /tmp/vp/v022/x
    pip download --no-deps vietnam-provinces==0.4.3 -d /tmp/vp/v043 && unzip -o /tmp/vp/v043/*.whl -d /tmp/vp/v043/x

Usage: python3 Gazetteers/places/generate.py [SOURCES_DIR] [VIETNAM_PROVINCES_DIR]
       (defaults: ../shared/gazetteer-sources and /tmp/vp)
Deterministic: the same sources give the same bytes.
"""
import json
import os
import re
import sys
import unicodedata
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

TYPES = {1: "thành phố trực thuộc trung ương", 2: "tỉnh", 3: "thành phố thuộc thành phố trực thuộc trung ương",
         4: "thành phố thuộc tỉnh", 5: "quận", 6: "thị xã", 7: "huyện", 8: "phường", 9: "thị trấn", 10: "xã"}
JSON_TYPES = {"Thành phố trực thuộc trung ương": "thành phố trực thuộc trung ương", "Tỉnh": "tỉnh", "Phường": "phường",
              "Xã": "xã", "Đặc khu tại hải đảo": "đặc khu", "Đặc khu": "đặc khu"}
TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
VOWELS = set("aăâeêioôơuưy")


def tone_canonical(word):
    """Tone on the first vowel of an open oa/oe/uy syllable: hoà -> hòa (not after q)."""
    if len(word) < 2:
        return word
    decomposed = [unicodedata.normalize("NFD", ch) for ch in word]
    bases = [d[0].lower() for d in decomposed]
    tones = [next((m for m in d[1:] if m in TONES), None) for d in decomposed]
    v1, v2 = bases[-2], bases[-1]
    if not ((v1 == "o" and v2 in "ae") or (v1 == "u" and v2 == "y")):
        return word
    if tones[-1] is None or tones[-2] is not None:
        return word
    if len(word) >= 3:
        before = bases[-3]
        if before in VOWELS or (v1 == "u" and before == "q"):
            return word
    first = decomposed[-2] + tones[-1]
    second = "".join(m for m in decomposed[-1] if m != tones[-1])
    return unicodedata.normalize("NFC", word[:-2] + first + second)


def clean(name):
    name = unicodedata.normalize("NFC", name.strip())
    name = name.replace("’", "'").replace("‘", "'")
    name = re.sub(r"\s*[-–]\s*", " - ", name)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"\w+", lambda m: tone_canonical(m.group(0)), name)
    if re.fullmatch(r"0+\d+", name):
        name = str(int(name))
    return name


def full_name(type_, name):
    word = "Thành phố" if type_.startswith("thành phố") else type_[0].upper() + type_[1:]
    return f"{word} {name}"


def parse_sql(path):
    """Rows of the INSERT statements, by table."""
    tables = {}
    table = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"INSERT INTO (\w+)", line)
        if m:
            table = m.group(1)
            continue
        line = line.strip()
        if table and line.startswith("("):
            values = re.findall(r"'((?:[^']|'')*)'|(\d+)|NULL", line)
            row = [a.replace("''", "'") if a or not b else int(b) for a, b in values]
            tables.setdefault(table, []).append(row)
    return tables


def state_from_sql(path):
    t = parse_sql(path)
    units = []
    for code, name, _en, _full, _fen, _cn, _region_unit, *rest in t["provinces"]:
        unit_id = _region_unit
        units.append(dict(code=code, level="province", type=TYPES[unit_id], name=clean(name), parent=None))
    for code, name, _en, _full, _fen, _cn, province, unit_id in t["districts"]:
        units.append(dict(code=code, level="district", type=TYPES[unit_id], name=clean(name), parent=("province", province)))
    for code, name, _en, _full, _fen, _cn, district, unit_id in t["wards"]:
        units.append(dict(code=code, level="commune", type=TYPES[unit_id], name=clean(name), parent=("district", district)))
    return units


def state_from_json(path):
    units = []
    for p in json.load(open(path, encoding="utf-8")):
        units.append(dict(code=p["Code"], level="province", type=JSON_TYPES[p["AdministrativeUnitFullName"]],
                          name=clean(p["Name"]), parent=None))
        for w in p["Wards"]:
            units.append(dict(code=w["Code"], level="commune", type=JSON_TYPES[w["AdministrativeUnitFullName"]],
                              name=clean(w["Name"]), parent=("province", p["Code"])))
    return units


EARLY_TYPES = {"thành phố trung ương": "thành phố trực thuộc trung ương", "tỉnh": "tỉnh", "quận": "quận", "huyện": "huyện",
               "thị xã": "thị xã", "phường": "phường", "xã": "xã", "thị trấn": "thị trấn"}


def strip_type(name, type_word):
    """"Thành phố Hà Nội" -> "Hà Nội": the full name starts with its type word."""
    words = len(type_word.split())
    parts = name.split()
    return " ".join(parts[words:]) if len(parts) > words else name


def state_from_vietnam_provinces(path):
    data = json.load(open(os.path.join(path, "x", "vietnam_provinces", "data", "nested-divisions.json"), encoding="utf-8"))
    units = []
    for p in data:
        ptype = EARLY_TYPES[p["division_type"]]
        pcode = f'{p["code"]:02d}'
        units.append(dict(code=pcode, level="province", type=ptype, name=clean(strip_type(p["name"], "thành phố" if ptype.startswith("thành phố") else ptype)), parent=None))
        for d in p["districts"]:
            dtype = d["division_type"]
            if dtype == "thành phố":
                dtype = "thành phố thuộc thành phố trực thuộc trung ương" if ptype.startswith("thành phố") else "thành phố thuộc tỉnh"
            dcode = f'{d["code"]:03d}'
            units.append(dict(code=dcode, level="district", type=dtype,
                              name=clean(strip_type(d["name"], "thành phố" if dtype.startswith("thành phố") else dtype)), parent=("province", pcode)))
            for w in d["wards"]:
                wtype = EARLY_TYPES[w["division_type"]]
                units.append(dict(code=f'{w["code"]:05d}', level="commune", type=wtype, name=clean(strip_type(w["name"], wtype)),
                                  parent=("district", dcode)))
    return units


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(REPO), "shared", "gazetteer-sources")
    tq = os.path.join(src, "thanglequoc")
    early = sys.argv[2] if len(sys.argv) > 2 else "/tmp/vp"
    states = [
        ("2020-02-25", state_from_vietnam_provinces(os.path.join(early, "v022"))),
        ("2021-01-01", state_from_vietnam_provinces(os.path.join(early, "v043"))),
        ("2021-11-01", state_from_sql(os.path.join(tq, "v1.0.0", "ImportData_vn_units.sql"))),
        ("2025-03-01", state_from_sql(os.path.join(tq, "v2.4.1", "ImportData_vn_units.sql"))),
        ("2025-07-01", state_from_json(os.path.join(tq, "v3.0.2", "full_json_generated_data_vn_units.json"))),
        ("2026-04-30", state_from_json(os.path.join(tq, "v3.1.0", "full_json_generated_data_vn_units.json"))),
    ]
    rows = {}     # key -> row
    open_rows = {}  # (level, code) -> key of the row valid in the previous state
    for index, (start, units) in enumerate(states):
        valid_from = "" if index == 0 else start
        current = {}
        by_level_code = {(u["level"], u["code"]): u for u in units}
        # Parents first, so a child can point at its parent's row of this state.
        for level in ("province", "district", "commune"):
            for u in sorted((u for u in units if u["level"] == level), key=lambda u: u["code"]):
                parent_key = current.get(u["parent"]) if u["parent"] else ""
                ident = (u["code"], u["level"], u["type"], u["name"], parent_key)
                previous = open_rows.get((u["level"], u["code"]))
                if previous and rows[previous]["ident"] == ident:
                    key = previous
                else:
                    key = f'{u["code"]}@{valid_from}'
                    rows[key] = dict(ident=ident, key=key, code=u["code"], level=u["level"], type=u["type"], name=u["name"],
                                     full_name=full_name(u["type"], u["name"]), parent=parent_key, valid_from=valid_from, valid_to="")
                current[(u["level"], u["code"])] = key
        # Close rows that did not continue.
        day_before = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
        for lc, key in open_rows.items():
            if current.get(lc) != key:
                rows[key]["valid_to"] = day_before
        open_rows = current
    # Province of each row.
    def province_of(key):
        while rows[key]["parent"]:
            key = rows[key]["parent"]
        return key
    out = os.path.join(HERE, "units.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# source: thanglequoc/vietnamese-provinces-database (statistics office administrative-unit lists): "
                "v1.0.0 (effective 2021-11-01), v2.4.1 (2025-03-01), v3.0.2 (2025-07-01), v3.1.0 (2026-04-30); "
                "earlier states: facts (codes, names, types, parents) from vietnam-provinces 0.2.2 (2020-02-25) and 0.4.3 "
                "(2021-02-03, dated 2021-01-01) on PyPI; no code or files copied\n")
        f.write("# licence: MIT (thanglequoc data); facts only: codes, names, types, parents\n")
        f.write("# generator: places/generate.py\n")
        f.write("# date: 2026-11-22\n")
        f.write("# One row per unit per unchanged period; key = code@valid_from; empty valid_from = before our records,"
                " empty valid_to = still valid.\n")
        f.write("key\tcode\tlevel\ttype\tname\tfull_name\tparent\tprovince\tvalid_from\tvalid_to\tlat\tlon\n")
        order = {"province": 0, "district": 1, "commune": 2}
        for r in sorted(rows.values(), key=lambda r: (order[r["level"]], r["code"], r["valid_from"])):
            f.write("\t".join([r["key"], r["code"], r["level"], r["type"], r["name"], r["full_name"], r["parent"],
                               province_of(r["key"]) if r["parent"] else "", r["valid_from"], r["valid_to"], "", ""]) + "\n")
    write_succession(src, rows)
    # Counts per state, for the record.
    for start, units in states:
        valid = [r for r in rows.values() if (not r["valid_from"] or r["valid_from"] <= start) and (not r["valid_to"] or start <= r["valid_to"])]
        counts = {lvl: sum(1 for r in valid if r["level"] == lvl) for lvl in ("province", "district", "commune")}
        print(start, counts)


def write_succession(src, rows):
    """places/succession.tsv: old unit -> new unit of the 2025-07-01 reform (full or partial), from
    dvhcvn/20250701 merges.json (MIT; made with a language model from the resolutions and checked by hand)."""
    merges = json.load(open(os.path.join(src, "dvhcvn-20250701", "merges.json"), encoding="utf-8"))["data"]
    def row_of(code, level, day):
        for r in rows.values():
            if r["code"] == code and r["level"] == level and (not r["valid_from"] or r["valid_from"] <= day) \
                    and (not r["valid_to"] or day <= r["valid_to"]):
                return r
        return None
    def bare(name):
        return clean(re.sub(r"^(Thành phố|Tỉnh|Phường|Xã|Thị trấn|Đặc khu|Quận|Huyện|Thị xã)\s+", "", name))
    out, unknown, renamed = [], 0, 0
    for p in merges:
        pairs = [(p["level1_id"], m["old_id"], m["type"], m["name"], "province") for m in p["merges"]]
        for l2 in p.get("level2s", []):
            pairs += [(l2["level2_id"], m["old_id"], m["type"], m["name"], "commune") for m in l2["merges"]]
        for new_code, old_code, kind, old_name, level in pairs:
            old = row_of(old_code, level, "2025-06-30")
            new = row_of(new_code, level, "2025-07-01")
            if old is None or new is None:
                unknown += 1
                continue
            note = ""
            if bare(old_name) != old["name"]:
                renamed += 1
                note = f"source names the old unit {old_name}"
            out.append((old["key"], new["key"], kind, note))
    with open(os.path.join(HERE, "succession.tsv"), "w", encoding="utf-8") as f:
        f.write("# source: dvhcvn/20250701 merges.json (old -> new units of the 2025-07-01 reform, from resolutions "
                "1654-1687/NQ-UBTVQH15), keys from places/units.tsv\n")
        f.write("# licence: MIT (source data); facts only\n")
        f.write("# generator: places/generate.py\n")
        f.write("# date: 2026-11-22\n")
        f.write("# kind: full = the whole old unit went to the new one; partial = part of it. The source was made with a\n")
        f.write("# language model and checked by its author; spot-check a row before relying on it.\n")
        f.write("old_key\tnew_key\tkind\tnote\n")
        for r in sorted(set(out)):
            f.write("\t".join(r) + "\n")
    print(f"succession: {len(set(out))} pairs, {unknown} with a code not in the units, {renamed} with a differing old name")


if __name__ == "__main__":
    main()
