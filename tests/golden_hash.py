#!/usr/bin/env python3
"""Hash every file under a folder for the golden test (tests/golden.sh), one line a file:
`sha256  ./relative/path`, sorted by path. PDFs are hashed on their content streams,
decompressed, with numbers replaced by N: Cairo's PDF output carries a /CreationDate and
rounds some coordinates differently from run to run (76.101562 / 76.101563), so the bytes
of a PDF are not stable; its text and drawing operators are, and the same layouts are
checked to the byte in SVG and PNG. A corpus store (*.db, SQLite) is hashed on its SQL
dump, which names every row and no detail of the file's layout that another SQLite version
could write differently; the store's docgraph_version keeps its version and drops its
source id (0.1.0+src.HEX), which every commit changes and no output depends on, and the
record of the last run (meta key last_run) is left out: it holds the files' modification
times, the file system's, not docgraph's."""
import hashlib, os, re, sqlite3, sys, zlib


def db_content(path):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    con.text_factory = bytes  # a file's bad bytes are kept as written
    try:
        out = [repr(con.execute("PRAGMA application_id").fetchone()),
               repr(con.execute("PRAGMA user_version").fetchone())]
        schema = con.execute("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                             "ORDER BY name").fetchall()
        for kind, name, sql in schema:
            out.append(repr(sql))
            if kind != b"table":
                continue
            cur = con.execute('SELECT * FROM "%s"' % name.decode())
            order = ", ".join(str(i + 1) for i in range(len(cur.description)))
            for row in con.execute('SELECT * FROM "%s" ORDER BY %s' % (name.decode(), order)):
                if name == b"meta" and row[0] == b"last_run":
                    continue
                out.append(repr(row))
        return re.sub(r"\+src\.[0-9a-f]{16}", "+src.ID", "\n".join(out)).encode()
    finally:
        con.close()


def pdf_content(data):
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        s = m.group(1)
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        out.append(re.sub(rb"-?\d+(\.\d+)?", b"N", s))
    return b"\n".join(out)


root = sys.argv[1]
for dirpath, _, files in os.walk(root):
    for f in files:
        p = os.path.join(dirpath, f)
        data = open(p, "rb").read()
        if f.endswith(".pdf"):
            data = pdf_content(data)
        elif f.endswith(".db"):
            data = db_content(p)
        rel = "./" + os.path.relpath(p, root)
        print(hashlib.sha256(data).hexdigest() + "  " + rel)
