#!/usr/bin/env python3
"""A long document read in windows (src/batch/windows.h) against the same document read
whole. A document made by bench/make_corpus.py is read with DOCGRAPH_WINDOW set small
(windows of a few kilobytes) and with it off, and the test checks that:
- the windowed mentions are well formed and their places the file's: each mention's text
  is the file's bytes at [start, end), its line and column those of start, sentence
  indices never go back, and they go on past the first window;
- windowed and whole agree where no window's context matters: every place both found has
  the same line, column and sentence; the groups, places and regions (dictionary names
  that no other mention decides) are the same, and so are the dates (the document's date,
  from its head or its sign-off, and the dates' context go on from window to window);
  most mentions are the same;
- the windowed output is the same bytes at -j1 and -j2 and on a second run, and `run`'s
  store gives back what it was given (a re-run reuses the document: same mentions and
  graph, byte for byte);
- a file at or below the threshold is read whole, byte-identical with windows off;
- the same document with CRLF line ends, or on one line (windows cut inside it), keeps
  the file's places.
usage: windows.py DOCGRAPH OUTDIR SOURCE_DIR"""
import json
import os
import shutil
import subprocess
import sys

WINDOW = "40000"  # a file of more bytes is read in windows of about 20 KB


def run(bin_, args, window, out=None):
    env = dict(os.environ, DOCGRAPH_WINDOW=window)
    p = subprocess.run([bin_] + args, env=env, capture_output=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {p.returncode}: {p.stderr.decode()}")
    return p.stdout


def mentions(raw):
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def check_places(ms, data, fails):
    """Each mention where the file has it: text, line, column; sentences in order."""
    last = -1
    for m in ms:
        s, e = m["start"], m["end"]
        text = data[s:e].decode("utf-8", "replace")
        line = data.count(b"\n", 0, s) + 1
        col = len(data[data.rfind(b"\n", 0, s) + 1 : s].decode("utf-8", "replace")) + 1
        if not m.get("implicit") and (text != m["text"] or line != m["line"] or col != m["col"]):
            fails.append(f"mention at {s}: text/line/col {m['text']!r} {m['line']}:{m['col']}, "
                         f"file has {text!r} {line}:{col}")
            return
        if m["sentence"] >= 0:
            if m["sentence"] < last - 50:  # mentions are sorted by place, not by sentence
                fails.append(f"sentence {m['sentence']} after {last}")
                return
            last = max(last, m["sentence"])


def compare(whole, windowed, fails):
    by_place = {(m["start"], m["end"]): m for m in whole}
    same = 0
    for m in windowed:
        w = by_place.get((m["start"], m["end"]))
        if not w:
            continue
        if (w["line"], w["col"], w["sentence"]) != (m["line"], m["col"], m["sentence"]):
            fails.append(f"at {m['start']}: whole {w['line']}:{w['col']} s{w['sentence']}, "
                         f"windowed {m['line']}:{m['col']} s{m['sentence']}")
            return
        same += w["id"] == m["id"]
    for t in ("group", "place", "region", "date"):
        a = {(m["start"], m["end"], m["id"]) for m in whole if m["type"] == t}
        b = {(m["start"], m["end"], m["id"]) for m in windowed if m["type"] == t}
        if a != b or not a:
            fails.append(f"{t}: {len(a)} whole, {len(b)} windowed, {len(a ^ b)} differ")
    if same < 0.9 * len(whole):
        fails.append(f"only {same} of {len(whole)} mentions the same in windows")
    return same


def check_run(bin_, out, doc, fails):
    """run twice: the second reuses the stored document; same mentions and graph."""
    trees = []
    for k in (1, 2):
        d = os.path.join(out, "run")
        run(bin_, ["run", "-q", "-j1", "--outputs", "json,mentions", "-T", "svg", "--view", "all", doc, "-o", d], WINDOW)
        with open(os.path.join(d, "mentions.jsonl"), "rb") as f:
            ms = f.read()
        with open(os.path.join(d, "graph.json"), "rb") as f:
            trees.append((ms, f.read()))
    if trees[0] != trees[1]:
        fails.append("run again (the document from the store) gave other mentions or graph")
    return trees[0][0]


def main():
    bin_, out, src = sys.argv[1:4]
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    doc = os.path.join(out, "long.txt")
    subprocess.run([sys.executable, os.path.join(src, "bench", "make_corpus.py"), "--bytes",
                    "300000", "--single", doc], check=True, capture_output=True)
    with open(doc, "rb") as f:
        data = f.read()
    fails = []
    whole = run(bin_, ["extract", "-q", "-j1", doc], "off")
    win1 = run(bin_, ["extract", "-q", "-j1", doc], WINDOW)
    copy = os.path.join(out, "long2.txt")
    shutil.copyfile(doc, copy)
    win2 = run(bin_, ["extract", "-q", "-j2", doc, copy], WINDOW)
    if win1 == whole:
        fails.append("windowed output is the whole one: no windows?")
    # the copy's output is the document's with its path and file name (the label of an
    # entity of the document's own: "Joint Statement (long.txt)") the copy's
    as_copy = win1.replace(doc.encode(), copy.encode()).replace(b"(long.txt)", b"(long2.txt)")
    if win2 != win1 + as_copy or run(bin_, ["extract", "-q", "-j1", doc], WINDOW) != win1:
        fails.append("windowed output differs between runs or -j1 and -j2")
    ws, ww = mentions(whole), mentions(win1)
    check_places(ww, data, fails)
    if max(m["sentence"] for m in ww) < max(m["sentence"] for m in ws) * 0.9:
        fails.append("sentence indices do not go on from window to window")
    same = compare(ws, ww, fails)
    if check_run(bin_, out, doc, fails) != win1:
        fails.append("run's mentions are not extract's")
    for name, form in (("crlf", data.replace(b"\n", b"\r\n")),
                       ("oneline", data.replace(b"\n", b" "))):
        # no blank line to end a window (a window cut inside the line), or CRLF lines
        path = os.path.join(out, name + ".txt")
        with open(path, "wb") as f:
            f.write(form)
        got = mentions(run(bin_, ["extract", "-q", "-j1", path], WINDOW))
        if len(got) < 0.9 * len(ws):
            fails.append(f"{name}: only {len(got)} mentions")
        check_places(got, form, fails)
    big = str(len(data))  # the threshold: the file is not over it, so read whole
    if run(bin_, ["extract", "-q", "-j1", doc], big) != whole:
        fails.append("a file at the threshold was not read whole")
    for f in fails:
        print("FAIL:", f)
    if not fails:
        print(f"ok: {len(ww)} mentions in windows, {same} as read whole; places the file's")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
