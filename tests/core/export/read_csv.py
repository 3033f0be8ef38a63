#!/usr/bin/env python3
"""An independent CSV reader for the export tests: reads the file named on the command line
with Python's csv module (UTF-8, an optional BOM) and prints its rows as a JSON array of
arrays of strings (ASCII, so NUL and U+FFFD survive the pipe)."""
import csv
import json
import sys

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, strict=True))
print(json.dumps(rows, ensure_ascii=True))
