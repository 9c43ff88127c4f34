"""Every output docgraph writes, parsed by a real parser: XML (GraphML, GEXF, SVG) by
xmllint, JSON and JSON Lines by Python's json (NaN and Infinity refused), CSV by Python's
csv (every row as wide as the header, no number that is not finite), DOT by Graphviz
(`dot -Tcanon`), and the report's embedded JSON and inline SVG likewise.

    check_outputs.py FILE_OR_DIR...   prints each problem; exit 1 when there is one
"""
import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import xml.dom.minidom


def _no_constant(name):
    raise ValueError("%s in JSON" % name)


def _json(text):
    return json.loads(text, parse_constant=_no_constant)


def _finite(value, where):
    """A number anywhere in a JSON value must be finite."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("%s: %r" % (where, value))
    if isinstance(value, dict):
        for k, v in value.items():
            _finite(v, where)
    if isinstance(value, list):
        for v in value:
            _finite(v, where)


def check_xml(path, data):
    r = subprocess.run(["xmllint", "--noout", "--nonet", path], capture_output=True)
    if r.returncode != 0:
        return "not well-formed XML: " + r.stderr.decode("utf-8", "replace")[:300]
    return None


def check_json(path, data):
    _finite(_json(data.decode("utf-8")), path)


def check_jsonl(path, data):
    for i, line in enumerate(data.decode("utf-8").split("\n"), 1):
        if line:
            _finite(_json(line), "%s:%d" % (path, i))


_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*([eE][-+]?\d+)?|inf|infinity|nan)$", re.I)


def check_csv(path, data):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    if not rows:
        return "empty CSV"
    for i, row in enumerate(rows[1:], 2):
        if len(row) != len(rows[0]):
            return "row %d has %d cells, the header %d" % (i, len(row), len(rows[0]))
        for cell in row:
            if _NUMBER.match(cell) and not math.isfinite(float(cell)):
                return "row %d: %s" % (i, cell)
    return None


def check_dot(path, data):
    r = subprocess.run(["dot", "-Tcanon", path], capture_output=True)
    err = r.stderr.decode("utf-8", "replace")
    if r.returncode != 0 or "Error" in err or "syntax" in err:
        return "dot -Tcanon: " + err[:300]
    if re.search(rb"\b(nan|inf)\b", data):
        return "nan or inf in DOT"
    return None


def check_report(path, data):
    text = data.decode("utf-8")
    m = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', text, re.S)
    if not m:
        return "no data element in the report"
    _finite(_json(m.group(1)), path)
    for i, svg in enumerate(re.findall(r"<svg\b.*?</svg>", text, re.S)):
        try:
            xml.dom.minidom.parseString(svg.encode("utf-8"))
        except Exception as e:  # noqa: BLE001 - any parser error is the finding
            return "inline SVG %d: %s" % (i, e)
    if text.count("</script>") != text.count("<script"):
        return "a script element closed early"
    return None


CHECKS = {".graphml": check_xml, ".gexf": check_xml, ".svg": check_xml, ".json": check_json,
          ".jsonl": check_jsonl, ".csv": check_csv, ".dot": check_dot, ".html": check_report}


def check_file(path):
    """None, or what is wrong with the file at path."""
    ext = os.path.splitext(path)[1].lower()
    check = CHECKS.get(ext)
    if not check:
        return None
    with open(path, "rb") as f:
        data = f.read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return "invalid UTF-8: %s" % e
    try:
        return check(path, data)
    except Exception as e:  # noqa: BLE001 - a parser's error is the finding
        return "%s: %s" % (type(e).__name__, str(e)[:300])


def check_tree(root):
    """[(path, problem)] for every output under root (a file or a directory)."""
    paths = [root]
    if os.path.isdir(root):
        paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
    found = []
    for p in paths:
        problem = check_file(p)
        if problem:
            found.append((p, problem))
    return found


def main(argv):
    bad = [x for root in argv[1:] for x in check_tree(root)]
    for path, problem in bad:
        print("%s: %s" % (path, problem))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
