#!/usr/bin/env python3
"""A stand-in for the docgraph binary that the devset's relation scorer can run: every call
goes to the real binary (DOCGRAPH_REAL), except `graph DOC -f csv`, whose typed edges are
added to by CEILING, to measure how many gold relations are within reach of the entities
docgraph finds (bench/ceilings/README.md):

  unit      a meeting and an actor (country, group, organization, person) of one
            co-occurrence unit -> participates_in; a meeting and a place -> held_in; a
            meeting and a date -> held_on
  document  the same for every meeting and entity of the whole document

Nothing is tuned here: it only bounds what relation rules could reach, and splits the
relations missed into "rules missed a tie the entities allow" and "an endpoint is missing".
"""
import csv, io, os, subprocess, sys

REAL = os.environ.get("DOCGRAPH_REAL")
MODE = os.environ.get("CEILING", "unit")
ACTORS = ("country", "group", "organization", "person")


def kind_for(meeting, other):
    t = other.split(":", 1)[0]
    if t in ACTORS:
        return "participates_in", other, meeting
    if t == "place":
        return "held_in", meeting, other
    if t == "date":
        return "held_on", meeting, other
    return None


def pairs_in_units(rows, col):
    for r in rows:
        if r[col["kind"]] != "co_occurs":
            continue
        a, b = r[col["Source"]], r[col["Target"]]
        yield r, a, b
        yield r, b, a


def pairs_in_document(args, rows):
    nodes = subprocess.run([REAL] + [("nodes-csv" if a == "csv" else a) for a in args],
                           capture_output=True, text=True, check=False).stdout
    ids = [n["Id"] for n in csv.DictReader(io.StringIO(nodes))]
    template = rows[0] if rows else None
    for m in ids:
        for o in ids:
            if template is not None:
                yield template, m, o


def main():
    args = sys.argv[1:]
    if not REAL:
        sys.exit("as_docgraph.py: set DOCGRAPH_REAL to the docgraph binary")
    if not (args[:1] == ["graph"] and "-f" in args and args[args.index("-f") + 1] == "csv"):
        os.execv(REAL, [REAL] + args)
    out_path = None
    if "-o" in args:
        k = args.index("-o")
        out_path, args = args[k + 1], args[:k] + args[k + 2:]
    res = subprocess.run([REAL] + args, capture_output=True, text=True, check=False)
    rows = list(csv.reader(io.StringIO(res.stdout)))
    if not rows:
        sys.stdout.write(res.stdout)
        sys.exit(res.returncode)
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    sink = open(out_path, "w", newline="", encoding="utf-8") if out_path else sys.stdout
    w = csv.writer(sink, lineterminator="\n")
    w.writerow(header)
    have = set()
    for r in body:
        w.writerow(r)
        have.add((r[col["Source"]], r[col["Target"]], r[col["kind"]]))
    pairs = pairs_in_units(body, col) if MODE == "unit" else pairs_in_document(args, body)
    for r, m, o in pairs:
        if not m.startswith("meeting:") or m == o:
            continue
        k = kind_for(m, o)
        if not k or (k[1], k[2], k[0]) in have:
            continue
        x = list(r)
        x[col["Source"]], x[col["Target"]], x[col["kind"]] = k[1], k[2], k[0]
        x[col["Type"]] = "Directed"
        w.writerow(x)
        have.add((k[1], k[2], k[0]))
    if out_path:
        sink.close()
    sys.exit(res.returncode)


if __name__ == "__main__":
    main()
