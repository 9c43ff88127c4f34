#!/usr/bin/python3
"""Score docgraph's recognition against gold annotations: precision, recall, F1 per type.

usage: eval.py [--docgraph BIN] [--markdown] [--details] GOLD_DIR DOC_DIR

Every GOLD_DIR/NAME.gold.tsv annotates DOC_DIR/NAME (the document's own file name, with its
extension). A gold file is UTF-8 TSV with a header row:

    type  canonical  surfaces  note

type       country, group, organization, program, meeting, person, place, region, amount,
           date
canonical  an entity id (country:JPN, group:ASEAN, amount:JPY:40000000000, date:2024-01-30)
           or the entity's name as the document gives it in full (第13回日ASEAN防衛当局次官級会合)
surfaces   other ways the document writes it, |-separated (may be empty)
note       free text

What counts: every entity the document names, once per document. A country or a grouping
named inside a longer name counts (ASEAN in 日ASEAN防衛当局次官級会合, in ASEAN Secretariat);
a place or region named inside a longer name does not (Tokyo in Tokyo Declaration, the
Indo-Pacific in Indo-Pacific Strategy). A back reference (本会合, "the meeting") is not a
name of its own. A place is somewhere one can be (a city, a venue, an island, a sea); a
region an area across countries or none (Asia, the Indo-Pacific, an ocean).

Scoring is per document and per entity (not per mention): docgraph's entities in a document
are its distinct ids with their labels and every surface it found for them (an amount's id
without the owner that qualifies it, amount:USD:100000000@program:jaif). A found entity
and a gold entry of the same type match when the id equals the canonical, or when a
normalized name of one (canonical, surfaces; label, label_en, surfaces) equals a name of
the other. Normalization: NFKC, lower case, no spaces, no quote marks. Precision = found
entities that match / found entities; recall = gold entries matched / gold entries.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import unicodedata

TYPES = ["country", "group", "organization", "program", "meeting", "person", "place", "region", "amount",
         "date"]


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    for ch in " \u3000\"'「」『』“”‘’":
        s = s.replace(ch, "")
    return s


def load_gold(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                if cols[:3] != ["type", "canonical", "surfaces"]:
                    sys.exit("%s:%d: header must be: type, canonical, surfaces, note" % (path, lineno))
                continue
            while len(cols) < 4:
                cols.append("")
            typ, canon, surfaces = cols[0], cols[1], cols[2]
            if typ not in TYPES:
                sys.exit("%s:%d: unknown type %r" % (path, lineno, typ))
            names = {norm(canon)} | {norm(x) for x in surfaces.split("|") if x}
            entries.append({"type": typ, "canonical": canon, "names": names, "line": lineno})
    return entries


def found_entities(binary, doc):
    out = subprocess.run([binary, "extract", "-q", doc], capture_output=True, text=True)
    if out.returncode not in (0, 65):
        sys.exit("docgraph extract %s failed: %s" % (doc, out.stderr))
    ents = {}
    for line in out.stdout.splitlines():
        m = json.loads(line)
        if m["type"] not in TYPES:
            continue
        eid = m["id"]
        if m["type"] == "amount":  # an amount's id is qualified by its owner: @program:jaif
            eid = eid.split("@", 1)[0]
        e = ents.setdefault((m["type"], eid), {"type": m["type"], "id": eid, "names": set()})
        for k in ("label", "label_en", "text"):
            if m.get(k):
                e["names"].add(norm(m[k]))
    return list(ents.values())


def matches(e, g):
    return e["type"] == g["type"] and (e["id"] == g["canonical"] or bool(e["names"] & g["names"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docgraph", default=os.path.join(os.path.dirname(__file__), "..", "build", "release", "docgraph"))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--details", action="store_true", help="list misses and false finds")
    ap.add_argument("gold_dir")
    ap.add_argument("doc_dir")
    a = ap.parse_args()
    golds = sorted(f for f in os.listdir(a.gold_dir) if f.endswith(".gold.tsv"))
    if not golds:
        sys.exit("no .gold.tsv files in %s" % a.gold_dir)
    tp_g = collections.Counter()
    n_g = collections.Counter()
    tp_f = collections.Counter()
    n_f = collections.Counter()
    for gf in golds:
        doc = os.path.join(a.doc_dir, gf[: -len(".gold.tsv")])
        if not os.path.exists(doc):
            sys.exit("%s: no document %s" % (gf, doc))
        gold = load_gold(os.path.join(a.gold_dir, gf))
        found = found_entities(a.docgraph, doc)
        for g in gold:
            n_g[g["type"]] += 1
            if any(matches(e, g) for e in found):
                tp_g[g["type"]] += 1
            elif a.details:
                print("MISS  %s:%d %s %s" % (gf, g["line"], g["type"], g["canonical"]))
        for e in found:
            n_f[e["type"]] += 1
            if any(matches(e, g) for g in gold):
                tp_f[e["type"]] += 1
            elif a.details:
                print("FALSE %s %s %s" % (gf, e["type"], e["id"]))
    rows = []
    for t in TYPES + ["all"]:
        if t == "all":
            g, tg, f, tf = sum(n_g.values()), sum(tp_g.values()), sum(n_f.values()), sum(tp_f.values())
        else:
            g, tg, f, tf = n_g[t], tp_g[t], n_f[t], tp_f[t]
        if g == 0 and f == 0:
            continue
        p = tf / f if f else 0.0
        r = tg / g if g else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((t, g, f, p, r, f1))
    if a.markdown:
        print("| type | gold | found | precision | recall | F1 |")
        print("|---|---|---|---|---|---|")
        for t, g, f, p, r, f1 in rows:
            print("| %s | %d | %d | %.3f | %.3f | %.3f |" % (t, g, f, p, r, f1))
    else:
        print("%-13s %5s %5s %9s %7s %6s" % ("type", "gold", "found", "precision", "recall", "F1"))
        for t, g, f, p, r, f1 in rows:
            print("%-13s %5d %5d %9.3f %7.3f %6.3f" % (t, g, f, p, r, f1))


if __name__ == "__main__":
    main()
