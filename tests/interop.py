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


# GraphML: nodes carry the entity id as the "id" attribute, edges a numeric weight.
gm = nx.read_graphml(os.path.join(out, "graph.graphml"))
gm_ids = {d["id"] for _, d in gm.nodes(data=True)}
gm_edges = set()
for u, v, d in gm.edges(data=True):
    if not isinstance(d["weight"], (int, float)):
        fail("GraphML weight is not numeric: %r" % (d["weight"],))
    a, b = gm.nodes[u]["id"], gm.nodes[v]["id"]
    gm_edges.add((min(a, b), max(a, b), d["kind"]))

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
if gm_ids != gj_ids or gm_ids != csv_ids:
    fail("node sets differ: graphml %d, json %d, csv %d" % (len(gm_ids), len(gj_ids), len(csv_ids)))
if gm_edges != gj_edges or gm_edges != csv_edges:
    fail("edge sets differ: graphml %d, json %d, csv %d" % (len(gm_edges), len(gj_edges), len(csv_edges)))
for must in ("country:KHM", "country:IDN", "group:ASEAN"):
    if must not in gm_ids:
        fail("%s missing" % must)
if gj.nodes["country:KHM"]["label"] != "カンボジア":
    fail("Japanese label lost: %r" % gj.nodes["country:KHM"]["label"])

try:
    import igraph
except ImportError:
    igraph = None
if igraph is not None:
    g = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
    if g.vcount() != len(gm_ids) or g.ecount() != len(gm_edges):
        fail("python-igraph sees %d nodes, %d edges" % (g.vcount(), g.ecount()))
    if set(g.vs["id"]) != gm_ids:
        fail("python-igraph ids differ")

print("interop ok: %d nodes, %d edges (graphml, json, csv%s)"
      % (len(gm_ids), len(gm_edges), ", python-igraph" if igraph else ""))
