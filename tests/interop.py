#!/usr/bin/python3
"""Interop: NetworkX and python-igraph read what docgraph writes, and see the same graph.

usage: interop.py DOCGRAPH FIXTURES OUTDIR   (exit 77 = skipped: a client is missing)
"""
import csv
import json
import os
import shutil
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("python3-networkx is not installed: skipped")
    sys.exit(77)

binary, fixtures, out = sys.argv[1:4]
shutil.rmtree(out, ignore_errors=True)
subprocess.run([binary, "run", "-q", fixtures, "-o", out], check=True)


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


# GraphML: entity ids are the node ids, numbers are typed (int and double, not strings).
gm = nx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
gm_ids = set(gm.nodes())
gm_edges = set()
for u, v, d in gm.edges(data=True):
    if not isinstance(d["weight"], float):
        fail("GraphML weight is not a number: %r" % (d["weight"],))
    gm_edges.add((min(u, v), max(u, v), d["kind"]))
for n, d in gm.nodes(data=True):
    if not isinstance(d["mentions"], int) or not isinstance(d["pagerank"], float):
        fail("GraphML node attributes lost their types: %r" % (d,))

# GEXF 1.3 as Gephi reads it. NetworkX 2.8 (Debian 12) knows GEXF up to 1.2draft, whose
# elements 1.3 keeps; teach its reader the 1.3 namespace and read the file with it.
from networkx.readwrite import gexf as nxgexf
v13 = dict(nxgexf.GEXF.versions["1.2draft"])
v13.update({"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"})
nxgexf.GEXF.versions["1.3"] = v13
gx = nx.read_gexf(os.path.join(out, "graph.gexf"), version="1.3")
gx_ids = set(gx.nodes())
if len(gx.edges()) != len({(min(u, v), max(u, v)) for u, v, _ in gm_edges}) and not gx.is_multigraph():
    pass  # a simple-graph reader merges parallel ties; counted per pair below
gx_pairs = {(min(u, v), max(u, v)) for u, v in gx.edges()}
for u, v, d in gx.edges(data=True):
    if not isinstance(d.get("weight"), (int, float)):
        fail("GEXF weight is not numeric")

# JSON node-link as NetworkX reads it.
with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
    data = json.load(f)
gj = nx.node_link_graph(data)
gj_ids = set(gj.nodes())
gj_edges = set()
for u, v, k, d in gj.edges(keys=True, data=True):
    if not isinstance(d["weight"], (int, float)):
        fail("JSON weight is not numeric")
    gj_edges.add((min(u, v), max(u, v), d["kind"]))

# CSV as pandas or Gephi would read it.
with open(os.path.join(out, "nodes.csv"), newline="", encoding="utf-8") as f:
    csv_ids = {row["Id"] for row in csv.DictReader(f)}
with open(os.path.join(out, "edges.csv"), newline="", encoding="utf-8") as f:
    csv_edges = {(min(r["Source"], r["Target"]), max(r["Source"], r["Target"]), r["kind"])
                 for r in csv.DictReader(f)}

if not gm_ids:
    fail("empty graph")
if gm_ids != gj_ids or gm_ids != csv_ids or gm_ids != gx_ids:
    fail("node sets differ: graphml %d, json %d, csv %d, gexf %d"
         % (len(gm_ids), len(gj_ids), len(csv_ids), len(gx_ids)))
if gx_pairs != {(a, b) for a, b, _ in gm_edges}:
    fail("GEXF ties differ from GraphML")
if gm_edges != gj_edges or gm_edges != csv_edges:
    fail("edge sets differ: graphml %d, json %d, csv %d" % (len(gm_edges), len(gj_edges), len(csv_edges)))
for must in ("country:KHM", "country:IDN", "group:ASEAN"):
    if must not in gm_ids:
        fail("%s missing" % must)
if gj.nodes["country:KHM"]["label"] != "カンボジア":
    fail("Japanese label lost: %r" % gj.nodes["country:KHM"]["label"])

# CSV as Gephi's spreadsheet import and Neo4j's LOAD CSV read it: RFC 4180 (CRLF, quoted
# fields with commas and quotes), one row per edge of the multigraph, the evidence sentence
# intact (it has commas: compare with the JSON's).
with open(os.path.join(out, "edges.csv"), "rb") as f:
    raw = f.read()
if not raw.startswith(b"Source,Target,Type,kind,Weight,") or b"\r\n" not in raw:
    fail("edges.csv header or line ends")
with open(os.path.join(out, "edges.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
if any(len(r) != len(rows[0]) for r in rows):
    fail("edges.csv rows of different lengths")
if len(rows) - 1 != gm.number_of_edges():
    fail("edges.csv has %d rows, GraphML %d edges" % (len(rows) - 1, gm.number_of_edges()))
json_text = {(e["source"], e["target"], e["kind"]): e["evidence_text"] for e in data["links"]}
hdr = rows[0]
quoted = 0
for r in rows[1:]:
    d = dict(zip(hdr, r))
    if "," in d["evidence_text"]:
        quoted += 1
    if json_text.get((d["Source"], d["Target"], d["kind"])) != d["evidence_text"]:
        fail("CSV evidence differs from JSON for %s %s" % (d["Source"], d["Target"]))
if not quoted:
    fail("no evidence sentence with a comma: the quoting is not exercised")

# Well-formed XML, and DOT that Graphviz reads back.
for name in ("graph.graphml", "graph.gexf", "graph.svg", "timeline.svg", "funding.svg", "countries.svg"):
    if subprocess.run(["xmllint", "--noout", os.path.join(out, name)]).returncode != 0:
        fail("%s is not well-formed" % name)
if subprocess.run(["dot", "-Tcanon", "-o", os.devnull, os.path.join(out, "graph.dot")]).returncode != 0:
    fail("dot cannot read graph.dot")

try:
    import igraph
except ImportError:
    igraph = None
if igraph is not None:
    g = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
    if g.vcount() != len(gm_ids) or g.ecount() != gm.number_of_edges():
        fail("python-igraph sees %d nodes, %d edges" % (g.vcount(), g.ecount()))
    if set(g.vs["id"]) != gm_ids:
        fail("python-igraph ids differ")
    if not isinstance(g.vs[0]["mentions"], (int, float)):
        fail("python-igraph reads mentions as %r" % type(g.vs[0]["mentions"]))

print("interop ok: %d nodes, %d edges (graphml, gexf, json, csv%s)"
      % (len(gm_ids), len(gm_edges), ", python-igraph" if igraph else ""))
