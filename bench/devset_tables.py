#!/usr/bin/python3
"""The development set's scores as Markdown tables: runs ../shared/devset/score.py and
score_relations.py (their own rules decide what counts) with a docgraph binary and turns
their summary lines into tables per type or kind, per language and overall.

usage: devset_tables.py DOCGRAPH DEVSET_DIR"""
import re
import subprocess
import sys

LINE = re.compile(r"^(\S+(?: \S+)?)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)(?:\s+\(tp (\d+), fp (\d+), fn (\d+)\))?")


def run(script, binary):
    out = subprocess.run([sys.executable, script, binary], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{script}: exit {out.returncode}: {out.stderr.strip()}")
    return out.stdout.splitlines()


def table(lines, first_col):
    rows = []
    for l in lines:
        m = LINE.match(l.strip())
        if not m:
            continue
        name, p, r, f1, tp, fp, fn = m.groups()
        name = name.replace("language ", "").replace("relations ", "").rstrip(":")
        rows.append((name, p, r, f1, tp or "", fp or "", fn or ""))
    print(f"| {first_col} | precision | recall | F1 | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    for l in lines:
        if "qualifiers right" in l:
            print(f"\n{l.strip()}")


binary, devset = sys.argv[1], sys.argv[2]
print("Entities (`score.py`):\n")
table(run(f"{devset}/score.py", binary), "type")
print("\nTyped relations (`score_relations.py`):\n")
table([l for l in run(f"{devset}/score_relations.py", binary) if not l.startswith("relation gold")],
      "kind")
