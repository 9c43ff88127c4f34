#!/usr/bin/python3
"""Which Graphviz layout for which graph size: lay out graphs shaped like docgraph's
(a few hubs, many small cliques of entities named together, typed ties) of growing size
with dot, neato and sfdp through `docgraph render`, and report the wall time and how
many pairs of nodes overlap in the drawing. Prints a Markdown table.

usage: bench/layouts.py DOCGRAPH [SIZES...]
"""
import os
import random
import re
import subprocess
import sys
import tempfile
import time

TYPES = ["country", "group", "organization", "program", "meeting", "person", "place"]


def graph(n, seed=7):
    """A co-occurrence-like graph: sentences name 2-5 entities, popular ones more often."""
    rnd = random.Random(seed)
    nodes = [f"{TYPES[i % len(TYPES)]}:n{i}" for i in range(n)]
    weights = [1.0 / (1 + i) ** 0.8 for i in range(n)]
    edges = {}
    for _ in range(int(n * 1.6)):
        k = rnd.randint(2, 5)
        ids = set(rnd.choices(range(n), weights=weights, k=k))
        ids = sorted(ids)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                key = (ids[a], ids[b])
                edges[key] = edges.get(key, 0) + 1
    return nodes, edges


def graphml(nodes, edges):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="t" for="node" attr.name="type" attr.type="string"/>',
           '<key id="l" for="node" attr.name="label" attr.type="string"/>',
           '<key id="w" for="edge" attr.name="weight" attr.type="double"/>',
           '<graph edgedefault="undirected">']
    for i, v in enumerate(nodes):
        out.append(f'<node id="{v}"><data key="t">{v.split(":")[0]}</data>'
                   f'<data key="l">名前{i}号 entity</data></node>')
    for (a, b), w in sorted(edges.items()):
        out.append(f'<edge source="{nodes[a]}" target="{nodes[b]}"><data key="w">{w}</data></edge>')
    out.append("</graph></graphml>")
    return "\n".join(out)


def boxes(svg):
    """Bounding boxes of the node shapes in a Graphviz SVG."""
    res = []
    for g in re.finditer(r'<g id="[^"]*" class="node[^"]*">(.*?)</g>\n</g>', svg, re.S):
        body = g.group(1)
        m = re.search(r'<ellipse[^>]*cx="([-\d.]+)" cy="([-\d.]+)" rx="([\d.]+)" ry="([\d.]+)"', body)
        if m:
            cx, cy, rx, ry = map(float, m.groups())
            res.append((cx - rx, cy - ry, cx + rx, cy + ry))
            continue
        m = re.search(r'<(?:polygon|path)[^>]*(?:points|d)="([^"]+)"', body)
        if m:
            nums = [float(x) for x in re.findall(r"[-\d.]+", m.group(1))]
            xs, ys = nums[0::2], nums[1::2]
            res.append((min(xs), min(ys), max(xs), max(ys)))
    return res


def overlaps(bs):
    n = 0
    for i in range(len(bs)):
        for j in range(i + 1, len(bs)):
            a, b = bs[i], bs[j]
            if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1:
                n += 1
    return n


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    bin_ = sys.argv[1]
    sizes = [int(x) for x in sys.argv[2:]] or [10, 12, 20, 40, 80, 150, 300, 600]
    print("| vertices | edges | dot s | dot overlaps | neato s | neato overlaps | sfdp s | sfdp overlaps |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            nodes, edges = graph(n)
            path = os.path.join(tmp, f"g{n}.graphml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(graphml(nodes, edges))
            row = [str(n), str(len(edges))]
            for layout in ("dot", "neato", "sfdp"):
                if layout == "dot" and n > 300:  # minutes: not a candidate at this size
                    row += ["–", "–"]
                    continue
                t = time.monotonic()
                r = subprocess.run([bin_, "render", path, "-T", "svg", "--layout", layout,
                                    "--max-edges", str(2 * n)], capture_output=True, text=True)
                dt = time.monotonic() - t
                if r.returncode != 0:
                    row += ["failed", r.stderr.strip()[:40]]
                    continue
                row += [f"{dt:.2f}", str(overlaps(boxes(r.stdout)))]
            print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
