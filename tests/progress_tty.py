#!/usr/bin/env python3
"""Progress on a terminal (src/cli/progress.c), through a pseudo-terminal: `run` and
`extract` draw "N/M documents" lines, erase them, and end on a summary line with the
skipped count and the time; off a terminal, and with -q, nothing is drawn and the summary
stays the same from run to run.

    progress_tty.py DOCGRAPH DOCS_DIR OUT_DIR
"""
import os
import pty
import re
import shutil
import subprocess
import sys

ERASE = "\r\x1b[K"


def on_tty(argv):
    """Run argv with stderr on a pseudo-terminal; (exit status, what the terminal got)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=slave)
    os.close(slave)
    got = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        got += chunk
    os.close(master)
    return proc.wait(timeout=120), got.decode("utf-8")


def check(cond, what, got):
    if not cond:
        sys.exit(f"FAIL: {what}\n--- got:\n{got!r}")
    print(f"ok: {what}")


def main():
    bin_, docs, out = sys.argv[1:4]
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    ndocs = sum(1 for _, _, fs in os.walk(docs) for f in fs
                if f.endswith((".txt", ".md", ".html", ".xml")))

    rc, got = on_tty([bin_, "run", "-j2", "-T", "svg", "--view", "all", docs, "-o", out + "/tty"])
    check(rc in (0, 65), f"run exits 0 or 65 (failed documents), got {rc}", got)
    check(re.search(rf"docgraph: 0/{ndocs} documents, \d+/\d+ kB", got) is not None,
          f"run draws the progress line (0/{ndocs} documents, kB)", got)
    summary = re.compile(r"\ndocgraph: (?P<read>\d+) documents read \([^)]*\), "
                         r"(?:\d+ reused, )?(?P<failed>\d+) failed, (?P<skipped>\d+) skipped; "
                         r"(?P<entities>\d+) entities, (?P<relations>\d+) relations "
                         r"\(diagram: \d+, \d+\) -> .*/tty/ in \d+\.\d s\r\n$")
    m = summary.search(ERASE.replace("\r", "\n") + got)
    check(m is not None, "run ends on the summary line", got)
    check(int(m["read"]) + int(m["failed"]) == ndocs,
          f"the summary counts every document ({ndocs})", got)
    check(int(m["skipped"]) > 0, "the summary counts the files skipped", got)
    check(int(m["entities"]) > 0 and int(m["relations"]) > 0,
          "the summary has entities, relations", got)
    drawn = list(re.finditer(r"docgraph: \d+/\d+ documents[^\r\n]*", got))
    check(drawn and all(got.startswith(ERASE, x.end()) for x in drawn),
          "each progress line is erased before anything else is written", got)

    rc, got = on_tty([bin_, "extract", "-j2", docs, "-o", out + "/m.jsonl"])
    check(re.search(r"docgraph: \d+ documents read \([^)]*\), \d+ failed, \d+ skipped; "
                    r"\d+ mentions, \d+ relations in \d+\.\d s\r\n$", got) is not None,
          "extract ends on its summary line", got)

    rc, got = on_tty([bin_, "run", "-q", "-j2", "-T", "svg", "--view", "all", docs,
                      "-o", out + "/quiet"])
    check("documents" not in got and ERASE not in got, "-q draws nothing", got)

    proc = subprocess.run([bin_, "run", "-j2", "-T", "svg", "--view", "all", docs,
                           "-o", out + "/pipe"], capture_output=True, text=True, timeout=120)
    err = proc.stderr
    check("\r" not in err and "\x1b" not in err and " in " not in err.split("->")[-1],
          "off a terminal: no progress line, no time in the summary", err)
    check(re.search(r"docgraph: \d+ documents read \([^)]*\), (?:\d+ reused, )?\d+ failed; "
                    r"\d+ entities", err)
          is not None, "off a terminal: the summary line as before", err)
    print("all passed")


if __name__ == "__main__":
    main()
