#!/usr/bin/env python3
"""Check the hand-written gazetteer lists (all .tsv under Gazetteers/ except places/ and the byte tables in encodings/).

Checks: the '# key: value' header (source, licence, generator, date), UTF-8 + NFC, a column-header line,
the same number of columns on every row, a non-empty key column, no duplicate keys within a file after
case folding and tone-placement canonicalization, the 'ủy/hòa' tone placement everywhere, and that
every list is indexed (index.tsv or a *.part.tsv beside it) with valid options. Duplicates are folded by case only
for lists indexed case-insensitive. Prints 'file:line: message'; exit status 1 on errors.

Usage: python3 Gazetteers/check_lists.py [GAZETTEERS_DIR]
"""
import os
import re
import sys
import unicodedata

REQUIRED_KEYS = ("source", "licence", "generator", "date")
INDEX_NAMES = ("index.tsv",)  # plus every *.part.tsv at the top level
INDEX_COLUMNS = ["file", "type", "subtype", "column", "case", "tones", "diacritics", "whole_tokens", "priority"]
TYPES = {"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "STATISTIC", "CUE", "BLOCK"}
TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# 'oa', 'oe', 'uy' ending a syllable (no final consonant), not after 'q': the tone goes on the FIRST vowel (hòa, khỏe, ủy).
NEW_STYLE = re.compile(r"(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def move_tone(match):
    first, second = match.group(1)[0], match.group(1)[1]
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in decomposed if c in TONES)
    base = "".join(c for c in decomposed if c not in TONES)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", base)


def key(text, fold_case=True):
    """Duplicate key: NFC, one tone placement, case-folded (unless the list is case-sensitive), spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = NEW_STYLE.sub(move_tone, text)
    if fold_case:
        text = text.casefold()
    return " ".join(text.split())


def check_file(path, rel, key_column, errors, fold_case=True):
    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except UnicodeDecodeError as exc:
        errors.append(f"{rel}:1: not UTF-8 ({exc})")
        return 0
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = {}
    columns = None
    seen = {}
    entries = 0
    for number, line in enumerate(lines, 1):
        where = f"{rel}:{number}"
        if line != unicodedata.normalize("NFC", line):
            errors.append(f"{where}: not NFC")
        if line.endswith("\r"):
            errors.append(f"{where}: CRLF line ending")
        for match in NEW_STYLE.finditer(line):
            errors.append(f"{where}: tone placement '{match.group(1)}' (store the ủy/hòa placement)")
        if columns is None:
            if line.startswith("#"):
                m = re.match(r"#\s*([A-Za-z_]+)\s*:\s*(.*)$", line)
                if m and m.group(1) in REQUIRED_KEYS:
                    header[m.group(1)] = m.group(2).strip()
                continue
            if not line.strip():
                errors.append(f"{where}: empty line before the column header")
                continue
            columns = line.split("\t")
            for k in REQUIRED_KEYS:
                if not header.get(k):
                    errors.append(f"{rel}:1: header '# {k}:' missing or empty")
            if header.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", header["date"]):
                errors.append(f"{rel}:1: header date is not ISO (YYYY-MM-DD)")
            if len(set(columns)) != len(columns):
                errors.append(f"{where}: repeated column name")
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            errors.append(f"{where}: {len(fields)} columns, header has {len(columns)}")
            continue
        for field in fields:
            if field != field.strip():
                errors.append(f"{where}: leading or trailing space in field '{field}'")
            if "  " in field:
                errors.append(f"{where}: double space in field '{field}'")
        index = columns.index(key_column) if key_column in columns else 0
        value = fields[index]
        if not value:
            errors.append(f"{where}: empty key column '{columns[index]}'")
            continue
        entries += 1
        k = key(value, fold_case)
        if k in seen:
            errors.append(f"{where}: duplicate of line {seen[k]} ('{value}')")
        else:
            seen[k] = number
    if columns is None:
        errors.append(f"{rel}:1: no column header line")
    return entries


def read_index(path, name, rows, errors):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    columns = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if columns is None:
            columns = fields
            if columns != INDEX_COLUMNS:
                errors.append(f"{name}:{number}: columns must be exactly {INDEX_COLUMNS}")
            continue
        if len(fields) != len(INDEX_COLUMNS):
            continue
        row = dict(zip(INDEX_COLUMNS, fields))
        where = f"{name}:{number}"
        if row["type"] not in TYPES:
            errors.append(f"{where}: unknown type '{row['type']}'")
        for option in ("case", "tones", "diacritics"):
            if row[option] not in ("sensitive", "insensitive"):
                errors.append(f"{where}: {option} must be sensitive or insensitive")
        if row["whole_tokens"] not in ("yes", "no"):
            errors.append(f"{where}: whole_tokens must be yes or no")
        if not re.fullmatch(r"-?\d+", row["priority"]):
            errors.append(f"{where}: priority must be an integer")
        if row["file"] in rows:
            errors.append(f"{where}: file indexed twice (also {rows[row['file']][1]})")
        rows[row["file"]] = (row, f"{name}:{number}")
    return rows


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    index_names = [n for n in INDEX_NAMES if os.path.exists(os.path.join(root, n))]
    index_names += sorted(n for n in os.listdir(root) if n.endswith(".part.tsv"))
    if not index_names:
        errors.append("index.tsv:1: no index.tsv or *.part.tsv")
    index = {}
    for name in index_names:
        read_index(os.path.join(root, name), name, index, errors)
    files = []
    for directory, subdirs, names in os.walk(root):
        rel_dir = os.path.relpath(directory, root)
        if rel_dir.split(os.sep)[0] in ("places", "encodings", ".build"):
            subdirs[:] = []
            continue
        for name in names:
            if name.endswith(".tsv"):
                files.append(os.path.normpath(os.path.join(rel_dir, name)).replace(os.sep, "/"))
    total = 0
    for rel in sorted(files):
        if rel in index_names:
            check_file(os.path.join(root, rel), rel, "file", errors)
            continue
        fold_case = True
        if rel not in index:
            errors.append(f"{rel}:1: not listed in index.tsv or a *.part.tsv")
            key_column = None
        else:
            key_column = index[rel][0]["column"]
            fold_case = index[rel][0]["case"] != "sensitive"
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as fh:
            head = [l.rstrip("\n") for l in fh if not l.startswith("#")][:1]
        # A key column may name several columns, "a|b": each must be in the file.
        missing = [c for c in key_column.split("|") if c and head and c not in head[0].split("\t")]
        if missing:
            errors.append(f"{index[rel][1]}: column '{'|'.join(missing)}' not in {rel}")
        total += check_file(os.path.join(root, rel), rel, key_column, errors, fold_case)
    for rel, (row, where) in index.items():
        if rel not in files and not rel.startswith("places/"):
            errors.append(f"{where}: '{rel}' does not exist")
    for error in errors:
        print(error)
    print(f"{len(files)} files, {total} entries, {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
