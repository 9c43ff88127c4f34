#!/usr/bin/python3
"""Interop: NetworkX, python-igraph (and R igraph, tests/interop.R) read what docgraph
writes and see the same graph: the same entities (ids as node keys and names), typed ties
directed source -> target, co-occurrence undirected (a pair of opposite arcs in the
directed formats), the same counts; every file carries the provenance; Neo4j's import files
and the Cytoscape.js JSON hold the same graph.

usage: interop.py DOCGRAPH DOCS OUTDIR   (exit 77 = skipped: NetworkX is missing)
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import networkx as nx
except ImportError:
    print("python3-networkx is not installed: skipped")
    sys.exit(77)

binary, docs, out = sys.argv[1:4]
shutil.rmtree(out, ignore_errors=True)
subprocess.run([binary, "run", "-q", "-T", "svg", docs, "-o", out], check=True)


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def path(name):
    return os.path.join(out, name)


# The truth: edges.csv, one row per tie (Type says Directed or Undirected).
with open(path("nodes.csv"), newline="", encoding="utf-8") as f:
    ids = {row["Id"] for row in csv.DictReader(f)}
typed, cooc = set(), set()
with open(path("edges.csv"), newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["Type"] == "Directed":
            typed.add((r["Source"], r["Target"], r["kind"]))
        elif r["kind"] == "co_occurs":
            cooc.add(frozenset((r["Source"], r["Target"])))
        else:
            fail("an undirected tie that is not co-occurrence: %r" % (r,))
if not ids or not typed or not cooc:
    fail("empty graph or no typed ties: %d nodes, %d typed, %d co-occurrences"
         % (len(ids), len(typed), len(cooc)))


def split(edges, what):
    """(u, v, data) arcs -> typed ties and co-occurrence pairs; each co-occurrence must
    come as both arcs, each typed tie once."""
    t, arcs = set(), {}
    for u, v, d in edges:
        if d["directed"] in (True, "true", 1):
            if d["kind"] == "co_occurs":
                fail("%s: co-occurrence marked directed" % what)
            t.add((u, v, d["kind"]))
        else:
            arcs[(u, v)] = arcs.get((u, v), 0) + 1
    pairs = {frozenset(a) for a in arcs}
    for (u, v), n in arcs.items():
        if n != 1 or arcs.get((v, u)) != 1:
            fail("%s: co-occurrence %s %s is not one pair of opposite arcs" % (what, u, v))
    return t, pairs


def same(what, nodes, t, pairs):
    if set(nodes) != ids:
        fail("%s: %d nodes, CSV %d" % (what, len(set(nodes)), len(ids)))
    if t != typed:
        fail("%s: typed ties differ (%d, CSV %d): %s"
             % (what, len(t), len(typed), sorted(t ^ typed)[:3]))
    if pairs != cooc:
        fail("%s: co-occurrences differ (%d, CSV %d)" % (what, len(pairs), len(cooc)))


def provenance(what, meta):
    for k in ("docgraph_version", "dictionaries", "options", "documents"):
        if k not in meta or meta[k] in ("", None):
            fail("%s: provenance lacks %s: %r" % (what, k, meta))
    if not re.fullmatch(r"[0-9a-f]{16}", meta["dictionaries"]):
        fail("%s: dictionary fingerprint %r" % (what, meta["dictionaries"]))


checked = []

# NetworkX: GraphML (directed multigraph), GEXF 1.2draft (mutual = both arcs), node-link JSON.
gm = nx.read_graphml(path("graph.graphml"), force_multigraph=True)
if not gm.is_directed():
    fail("GraphML read as undirected")
for n, d in gm.nodes(data=True):
    if d["name"] != n or not isinstance(d["mentions"], int) or not isinstance(d["pagerank"], float):
        fail("GraphML node attributes: %r" % (d,))
same("NetworkX GraphML", gm.nodes(), *split(gm.edges(data=True), "NetworkX GraphML"))
provenance("NetworkX GraphML", gm.graph)
checked.append("NetworkX GraphML")

gx = nx.read_gexf(path("graph.gexf"))
if not gx.is_directed():
    fail("GEXF read as undirected")
same("NetworkX GEXF", gx.nodes(), *split(gx.edges(data=True), "NetworkX GEXF"))
for u, v, d in gx.edges(data=True):
    if not isinstance(d.get("weight"), float):
        fail("GEXF weight is not numeric")
desc = ET.parse(path("graph.gexf")).getroot().find("{http://www.gexf.net/1.2draft}meta")
if desc is None or "dictionaries" not in "".join(desc.itertext()):
    fail("GEXF meta lacks the provenance")
checked.append("NetworkX GEXF")

with open(path("graph.json"), encoding="utf-8") as f:
    data = json.load(f)
gj = nx.node_link_graph(data)
if not gj.is_directed() or not gj.is_multigraph():
    fail("JSON is not a directed multigraph")
same("NetworkX JSON", gj.nodes(), *split(gj.edges(data=True), "NetworkX JSON"))
provenance("NetworkX JSON", gj.graph)
for u, v, k, d in gj.edges(keys=True, data=True):
    if k != d["kind"] or d["reciprocal"] == d["directed"]:
        fail("JSON link key or reciprocal: %r" % (d,))
checked.append("NetworkX JSON")

# Cytoscape.js: one element per tie, read by nx.cytoscape_graph.
with open(path("cytoscape.json"), encoding="utf-8") as f:
    cy = json.load(f)
gc = nx.cytoscape_graph(cy)
edges = [(e["data"]["source"], e["data"]["target"], e["data"]) for e in cy["elements"]["edges"]]
ct = {(u, v, d["kind"]) for u, v, d in edges if d["directed"]}
cp = {frozenset((u, v)) for u, v, d in edges if not d["directed"]}
same("Cytoscape.js", gc.nodes(), ct, cp)
if len(edges) != len(typed) + len(cooc) or len({e["data"]["id"] for e in cy["elements"]["edges"]}) != len(edges):
    fail("Cytoscape.js: edge count or ids")
provenance("Cytoscape.js", cy["data"])
checked.append("Cytoscape.js")

# Neo4j: the neo4j-admin headers, ids that resolve, one relationship per tie, and a Cypher
# script that names only columns the files have.
with open(path("neo4j/nodes.csv"), newline="", encoding="utf-8") as f:
    nrows = list(csv.DictReader(f))
with open(path("neo4j/relationships.csv"), newline="", encoding="utf-8") as f:
    rrows = list(csv.DictReader(f))
nh, rh = list(nrows[0].keys()), list(rrows[0].keys())
if nh[:2] != ["id:ID", ":LABEL"] or "mentions:int" not in nh or "pagerank:float" not in nh:
    fail("Neo4j node header %r" % nh)
if rh[:3] != [":START_ID", ":END_ID", ":TYPE"] or "weight:float" not in rh or "directed:boolean" not in rh:
    fail("Neo4j relationship header %r" % rh)
if {r["id:ID"] for r in nrows} != ids or any(not r[":LABEL"].startswith("Entity;") for r in nrows):
    fail("Neo4j nodes")
nt = {(r[":START_ID"], r[":END_ID"], r["kind"]) for r in rrows if r["directed:boolean"] == "true"}
np_ = {frozenset((r[":START_ID"], r[":END_ID"])) for r in rrows if r["directed:boolean"] == "false"}
same("Neo4j", {r["id:ID"] for r in nrows}, nt, np_)
if any(r[":TYPE"] != r["kind"].upper() for r in rrows) or len(rrows) != len(typed) + len(cooc):
    fail("Neo4j relationship types or count")
cypher = open(path("neo4j/import.cypher"), encoding="utf-8").read()
for col in re.findall(r"r\.`([^`]+)`", cypher):
    if col not in nh and col not in rh:
        fail("import.cypher reads a column the files lack: %s" % col)
if "dictionaries" not in cypher.splitlines()[0]:
    fail("import.cypher lacks the provenance")
checked.append("Neo4j")

# CSV: its sidecar run.json, RFC 4180 quoting with the evidence intact.
with open(path("run.json"), encoding="utf-8") as f:
    run = json.load(f)
provenance("run.json", run)
if "edges.csv" not in run["files"] or run["relations"] != len(typed) + len(cooc):
    fail("run.json files or counts: %r" % (run,))
with open(path("edges.csv"), "rb") as f:
    raw = f.read()
if not raw.startswith(b"Source,Target,Type,kind,Weight,") or b"\r\n" not in raw:
    fail("edges.csv header or line ends")
json_text = {(e["source"], e["target"], e["kind"]): e["evidence_text"] for e in data["links"]}
with open(path("edges.csv"), newline="", encoding="utf-8") as f:
    for d in csv.DictReader(f):
        if json_text.get((d["Source"], d["Target"], d["kind"])) != d["evidence_text"]:
            fail("CSV evidence differs from JSON for %s %s" % (d["Source"], d["Target"]))

# The report carries the provenance too.
report = open(path("report.html"), encoding="utf-8").read()
if '"provenance":{"docgraph_version"' not in report:
    fail("report.html lacks the provenance")

for name in ("graph.graphml", "graph.gexf", "graph.svg"):
    if subprocess.run(["xmllint", "--noout", path(name)]).returncode != 0:
        fail("%s is not well-formed" % name)
if subprocess.run(["dot", "-Tcanon", "-o", os.devnull, path("graph.dot")]).returncode != 0:
    fail("dot cannot read graph.dot")

# python-igraph: GraphML, and the node-link JSON through Graph.DictList.
try:
    import igraph
except ImportError:
    igraph = None
if igraph is not None:
    g = igraph.Graph.Read_GraphML(path("graph.graphml"))
    if not g.is_directed() or set(g.vs["name"]) != ids:
        fail("python-igraph GraphML: directed %s, names" % g.is_directed())
    arcs = [(g.vs[e.source]["name"], g.vs[e.target]["name"], e.attributes()) for e in g.es]
    same("python-igraph GraphML", g.vs["name"], *split(arcs, "python-igraph GraphML"))
    if not isinstance(g.vs[0]["mentions"], (int, float)) or not g["dictionaries"]:
        fail("python-igraph: mentions as %r, provenance %r" % (type(g.vs[0]["mentions"]), g.attributes()))
    gd = igraph.Graph.DictList(vertices=data["nodes"], edges=data["links"], directed=True,
                               vertex_name_attr="id", edge_foreign_keys=("source", "target"))
    arcs = [(gd.vs[e.source]["id"], gd.vs[e.target]["id"], e.attributes()) for e in gd.es]
    same("python-igraph JSON", gd.vs["id"], *split(arcs, "python-igraph JSON"))
    checked += ["python-igraph GraphML", "python-igraph JSON"]

print("interop ok: %d nodes, %d typed ties, %d co-occurrences; %s"
      % (len(ids), len(typed), len(cooc), ", ".join(checked)))
