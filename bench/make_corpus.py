#!/usr/bin/env python3
"""Benchmark corpora made from the project's own sample texts.

Paragraphs of input/, tests/eval/docs and tests/fixtures are mixed into new documents, and
in each document the countries and places the dictionaries list, the years, the ordinals
(第27回, 11th) and the amounts are renamed (one mapping per document, so a document stays
consistent), so the graph grows the way a real corpus's does: more meetings, dates, amounts
and ties with every document, not the same few entities again and again.
Deterministic: the same seed and sizes give the same bytes.

  make_corpus.py --docs 2000 --out DIR          DIR/d00000.txt ... (about 4.8 KB each)
  make_corpus.py --bytes 10000000 --single FILE one file of about that many bytes
"""
import argparse
import html
import os
import random
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SOURCES = ["input", "tests/eval/docs", "tests/fixtures"]
SKIP = ("bad_utf8", "xxe")
KEEP = ("日本", "Japan")  # the documents are Japan's: Japan stays, its partners change
AMOUNT = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(\s?)(兆|億|万|円|ドル|million|billion|trillion|yen|%)")
DOLLAR = re.compile(r"(\$|USD\s?)(\d[\d,]*(?:\.\d+)?)")
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
ORDINAL = re.compile(r"(第)(\d+)(回)|(?<!\d)(\d+)(st|nd|rd|th)\b")


def texts():
    """The sample documents' texts, in path order (HTML reduced to its text)."""
    for d in SOURCES:
        base = os.path.join(ROOT, d)
        for name in sorted(os.listdir(base)):
            path = os.path.join(base, name)
            if not os.path.isfile(path) or name.endswith(".tsv") or any(s in name for s in SKIP):
                continue
            if not name.endswith((".txt", ".md", ".html")):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                t = f.read()
            if name.endswith(".html"):
                t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", t)
                t = re.sub(r"(?i)<(br|/p|/li|/h\d|/tr|/div)[^>]*>", "\n\n", t)
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
            yield t


def paragraphs():
    """Every paragraph (blank-line separated, at least 40 bytes) of the sample texts."""
    out = []
    for t in texts():
        for p in re.split(r"\n\s*\n", t):
            p = p.strip("\n")
            if len(p.encode()) >= 40:
                out.append(p)
    return out


def names(file):
    """(Japanese labels, English labels) of a dictionary file."""
    ja, en = [], []
    with open(os.path.join(ROOT, "dicts", file), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 4 or c[0] == "id" or c[0].startswith("#"):
                continue
            if c[2] in KEEP or c[3] in KEEP:
                continue
            if c[2] and len(c[2]) > 1:
                ja.append(c[2])
            if c[3] and len(c[3]) > 3:
                en.append(c[3])
    return sorted(set(ja)), sorted(set(en))


class Renamer:
    """Renames the names of `pools` (lists of same-kind names) found in a text, plus years,
    ordinals and amounts; one mapping per document (reset())."""

    def __init__(self, rng, pools):
        self.rng = rng
        self.pool_of = {}
        for pool in pools:
            for n in pool:
                self.pool_of.setdefault(n, pool)
        alts = sorted(self.pool_of, key=len, reverse=True)
        self.name_re = re.compile("|".join(re.escape(n) for n in alts))
        self.reset()

    def reset(self):
        self.map = {}
        self.shift = self.rng.randint(-25, 6)

    def name(self, m):
        n = m.group(0)
        if n not in self.map:
            self.map[n] = self.rng.choice(self.pool_of[n])
        return self.map[n]

    def year(self, m):
        return str(min(2049, max(1950, int(m.group(1)) + self.shift)))

    def ordinal(self, m):
        if m.group(1):
            return "第%d回" % self.rng.randint(1, 80)
        n = self.rng.randint(1, 80)
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return "%d%s" % (n, suf)

    def number(self, s):
        digits = len(re.sub(r"\D", "", s.split(".")[0])) or 1
        v = self.rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1)
        return "{:,}".format(v) if "," in s else str(v)

    def amount(self, m):
        return self.number(m.group(1)) + m.group(2) + m.group(3)

    def dollar(self, m):
        return m.group(1) + self.number(m.group(2))

    def __call__(self, p):
        p = self.name_re.sub(self.name, p)
        p = YEAR.sub(self.year, p)
        p = ORDINAL.sub(self.ordinal, p)
        p = AMOUNT.sub(self.amount, p)
        return DOLLAR.sub(self.dollar, p)


def document(rng, paras, rename, target):
    """One document of about `target` bytes: paragraphs drawn at random, renamed."""
    rename.reset()
    out, size = [], 0
    while size < target:
        p = rename(rng.choice(paras))
        out.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--docs", type=int, help="write this many documents into --out")
    ap.add_argument("--out", help="the folder for --docs")
    ap.add_argument("--bytes", type=int, help="write one file of about this size (--single)")
    ap.add_argument("--single", help="the file for --bytes")
    a = ap.parse_args()
    if not ((a.docs and a.out) or (a.bytes and a.single)):
        ap.error("give --docs N --out DIR or --bytes N --single FILE")
    rng = random.Random(a.seed)
    paras = paragraphs()
    cja, cen = names("countries.tsv")
    pja, pen = names("places.tsv")
    rename = Renamer(rng, [cja, cen, pja, pen])
    if a.docs:
        os.makedirs(a.out, exist_ok=True)
        for i in range(a.docs):
            ext = "md" if rng.random() < 0.2 else "txt"
            text = document(rng, paras, rename, rng.randint(1400, 7200))
            with open(os.path.join(a.out, "d%05d.%s" % (i, ext)), "w", encoding="utf-8") as f:
                f.write(text)
    else:
        with open(a.single, "w", encoding="utf-8") as f:
            written = 0
            while written < a.bytes:
                text = document(rng, paras, rename, rng.randint(1400, 7200))
                f.write(text + "\n")
                written += len(text.encode()) + 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
