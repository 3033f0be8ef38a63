#!/usr/bin/env python3
"""Regenerates quotawatch_de.ts and quotawatch_fr.ts from the sources and fills them.

lupdate extracts every tr() of core/, ui/, cli/ and app/ (not server/: operator-facing,
English only); the translations come from the table in table_part*.py, keyed by the English
source (or by (context, source) where one context needs other words). A source string the
table does not know is reported and the script fails: nothing is left "unfinished".

Usage: translations/fill_translations.py [path/to/lupdate]
"""
import glob
import importlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
# Every table_part*.py is read, so work on different parts of the app can add its own file.
PARTS = [importlib.import_module(os.path.splitext(os.path.basename(path))[0])
         for path in sorted(glob.glob(os.path.join(HERE, "table_part*.py")))]

TABLE = {}
for part in PARTS:
    for key, value in part.TABLE.items():
        if key in TABLE and TABLE[key] != value:
            sys.exit(f"conflicting entries for {key!r}")
        TABLE[key] = value

LANGUAGES = {"de": ("de_DE", 0), "fr": ("fr_FR", 1)}


def lupdate(tool, ts):
    subprocess.run([tool, "core", "ui", "cli", "app", "-I", ".", "-extensions", "cpp,h",
                    "-no-obsolete", "-locations", "none", "-silent", "-ts", ts],
                   cwd=ROOT, check=True)


def fill(ts, index):
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            value = TABLE.get((name, source), TABLE.get(source))
            if value is None:
                missing.append(f"{name}: {source!r}")
                continue
            text = value[index]
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                if not isinstance(text, tuple) or len(text) != 2:
                    missing.append(f"{name}: {source!r} needs two plural forms")
                    continue
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if isinstance(text, tuple):
                    missing.append(f"{name}: {source!r} is not a plural")
                    continue
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main():
    tool = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/qt6/bin/lupdate"
    failed = False
    for lang, (locale, index) in LANGUAGES.items():
        ts = os.path.join(HERE, f"quotawatch_{lang}.ts")
        if not os.path.exists(ts):
            with open(ts, "w", encoding="utf-8") as f:
                f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                        f'<TS version="2.1" language="{locale}"></TS>\n')
        lupdate(tool, ts)
        missing = fill(ts, index)
        lupdate(tool, ts)  # back to lupdate's own layout, so update_translations diffs stay small
        for m in missing:
            print(f"{lang}: no translation for {m}", file=sys.stderr)
        failed = failed or bool(missing)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
