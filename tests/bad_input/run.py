"""docgraph's own bad-input suite: hostile and broken inputs as a user's batch meets them.

    run.py DOCGRAPH MAKE_PDF WORKDIR [CASE...]

Each case lays out a folder of inputs beside one good document, runs docgraph, and asserts
the exit code, a clear message on stderr, that the good parts were read (entities found in
nodes.csv) and that every output parses with a real parser (check_outputs.py). The cases
are functions registered with @case, in the order of the issue's list: encodings, binary
and NUL, huge lines, markup, control characters and escaping, numbers, pathological
sentences, file names, the file system, output folders, dictionaries, PDF and Word.
"""
import os
import random
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_outputs  # noqa: E402

GOOD = b"Japan and Vietnam signed an agreement in Hanoi.\n"
GOOD_IDS = ("country:JPN", "country:VNM", "place:hanoi")
HDR = b"id\ttype\tlabel_ja\tlabel_en\taliases\tattrs\n"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


class Fail(Exception):
    pass


class Case:
    """One case's folder (in/ for inputs, out/ for outputs) and its run."""

    def __init__(self, root, name, docgraph, make_pdf):
        self.dir = os.path.join(root, name)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.inp = os.path.join(self.dir, "in")
        self.out = os.path.join(self.dir, "out")
        os.makedirs(self.inp)
        self.docgraph, self.make_pdf = docgraph, make_pdf
        self.write("good.txt", GOOD)

    def path(self, name):
        return os.path.join(self.inp, name)

    def write(self, name, data):
        p = self.path(name) if isinstance(name, str) else os.path.join(
            os.fsencode(self.inp), name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        return p

    def run(self, *args, timeout=120, limit_fsize=None):
        """docgraph ARGS (default: run in/ -o out/ -T svg,dot); keeps rc and stderr."""
        cmd = [self.docgraph] + list(args or ["run", self.inp, "-o", self.out, "-T", "svg,dot"])

        def limits():
            if limit_fsize is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit_fsize, limit_fsize))

        t0 = time.monotonic()
        r = subprocess.run(cmd, capture_output=True, timeout=timeout, preexec_fn=limits)
        self.seconds = time.monotonic() - t0
        self.rc, self.stdout = r.returncode, r.stdout
        self.stderr = r.stderr.decode("utf-8", "replace")
        return self

    def expect(self, rc=0, message=None, ids=GOOD_IDS, outputs=True):
        """The exit code, a message matching `message` (a regex), the good parts read (ids
        in nodes.csv) and every output parsing."""
        if self.rc != rc:
            raise Fail("exit %d, expected %d; stderr:\n%s" % (self.rc, rc, self.stderr[-1500:]))
        if message and not re.search(message, self.stderr):
            raise Fail("no message /%s/ in stderr:\n%s" % (message, self.stderr[-1500:]))
        if ids:
            found = self.ids()
            missing = [i for i in ids if i not in found]
            if missing:
                raise Fail("good parts not read: %s missing; stderr:\n%s" %
                           (", ".join(missing), self.stderr[-800:]))
        if outputs:
            bad = check_outputs.check_tree(self.out)
            if bad:
                raise Fail("outputs do not parse:\n" +
                           "\n".join("  %s: %s" % b for b in bad[:8]))
        return self

    def ids(self):
        p = os.path.join(self.out, "nodes.csv")
        if not os.path.exists(p):
            return set()
        with open(p, encoding="utf-8") as f:
            return {line.split(",", 1)[0] for line in f}


# ---- encodings ----

@case
def invalid_utf8_middle(t):
    t.write("a.txt", "日本とラオスは協議した。".encode() + b"\xff\xfe\x80" +
            b" Thailand and Cambodia met in Bangkok.\n")
    t.run().expect(0, r"a\.txt:1: invalid UTF-8 \(byte 0xFF", GOOD_IDS + ("country:THA",))


@case
def truncated_utf8_at_end(t):
    t.write("a.txt", b"Thailand and Laos met. " + "日本".encode()[:4])
    t.run().expect(0, r"a\.txt:1: invalid UTF-8", GOOD_IDS + ("country:LAO",))


@case
def overlong_and_surrogates(t):
    t.write("a.txt", "日本とタイ。".encode() + b"\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80"
            b" Laos and Cambodia met.\n")
    t.run().expect(0, r"invalid UTF-8", GOOD_IDS + ("country:KHM",))


@case
def utf16_with_bom(t):
    t.write("a.txt", "\ufeffタイとラオスの首脳が会談した。\n".encode("utf-16-le"))
    t.run().expect(0, None, GOOD_IDS + ("country:THA", "country:LAO"))


@case
def utf16_odd_length(t):
    t.write("a.txt", "\ufeffタイとラオスが会談した。".encode("utf-16-le") + b"\x41")
    t.run().expect(0, r"a\.txt:1: invalid UTF-16", GOOD_IDS + ("country:THA",))


@case
def shift_jis_with_bad_bytes(t):
    t.write("a.txt", "日本とタイの外相が会談した。".encode("cp932") + b"\x80\xa0" +
            "ラオスも参加した。\n".encode("cp932"), )
    t.run().expect(0, None, GOOD_IDS + ("country:THA", "country:LAO"))


@case
def declared_encoding_unknown(t):
    t.write("a.html", b'<?xml version="1.0" encoding="no-such-charset"?><html><body>'
            b"<p>Thailand and Laos met.</p></body></html>")
    t.run().expect(0, None, GOOD_IDS)


@case
def empty_and_bom_only(t):
    t.write("empty.txt", b"")
    t.write("bom.txt", b"\xef\xbb\xbf")
    t.write("spaces.md", b"   \n\n\t\n")
    t.run().expect(0, None)


# ---- binary and NUL ----

@case
def nul_after_first_block(t):
    t.write("a.txt", b"x" * 9000 + b"\x00\x00 Thailand and Laos met in Vientiane.\n")
    t.run().expect(0, r"a\.txt:1: 2 control characters", GOOD_IDS + ("country:LAO",))


@case
def random_bytes_named_txt(t):
    rnd = random.Random(14)
    t.write("noise.txt", bytes(rnd.randrange(256) for _ in range(200000)))
    t.run().expect(0, None)


@case
def image_named_txt(t):
    t.write("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    t.run("run", t.path("photo.txt"), t.path("good.txt"), "-o", t.out, "-T", "svg")
    t.expect(65, r"photo\.txt: unsupported format \(PNG image\)")


@case
def binary_in_folder_skipped(t):
    t.write("program", b"\x7fELF\x02\x01\x01" + bytes(1000))
    t.write("archive.zip", b"PK\x03\x04" + bytes(100))
    t.run().expect(0, r"2 files skipped")


@case
def stdin_binary(t):
    r = subprocess.run([t.docgraph, "graph", "-", "-f", "json"], input=bytes(range(256)) * 64,
                       capture_output=True, timeout=60)
    t.rc, t.stderr = r.returncode, r.stderr.decode("utf-8", "replace")
    if t.rc not in (0, 65):
        raise Fail("exit %d: %s" % (t.rc, t.stderr))
    if t.rc == 0:
        check_outputs.check_json("-", r.stdout)


# ---- huge lines ----

@case
def long_line_english(t):
    t.write("a.txt", b"x" * 9_000_000 + b"\n\nThailand and Laos signed a treaty in Bangkok.\n")
    t.run().expect(0, r"a\.txt:1: text without a sentence end", GOOD_IDS + ("country:THA",))


@case
def long_line_japanese(t):
    t.write("a.txt", ("あ" * 3_000_000 + "\n\n日本とタイはバンコクで会談した。\n").encode())
    t.run().expect(0, r"a\.txt:1: text without a sentence end", GOOD_IDS + ("place:bangkok",))


@case
def many_mentions_one_line(t):
    names = "Japan, Vietnam, Laos, Thailand, Cambodia, Myanmar, Malaysia, Singapore, "
    t.write("a.txt", (names * 4000 + "met.\n").encode())
    t.run()
    if t.seconds > 60:
        raise Fail("took %.0f s" % t.seconds)
    t.expect(0, None, GOOD_IDS + ("country:MMR",))


@case
def many_short_lines(t):
    t.write("a.txt", b"a.\n" * 300000 + b"Laos and Thailand met.\n")
    t.run().expect(0, None, GOOD_IDS + ("country:LAO",))


# ---- markup ----

@case
def deep_html(t):
    t.write("a.html", b"<html><body>" + b"<div>" * 100000 + b"Laos and Thailand met." +
            b"</div>" * 100000 + b"</body></html>")
    t.run().expect(0, None, GOOD_IDS)


@case
def deep_xml(t):
    t.write("a.xml", b"<doc>" + b"<a>" * 100000 + b"Laos" + b"</a>" * 100000 + b"</doc>")
    t.run().expect(0, r"a\.xml:1: XML: Excessive depth", GOOD_IDS)


@case
def unclosed_markup(t):
    t.write("a.html", b"<html><body><p>Thailand and Laos <b>met in <i>Bangkok<p><table><tr><td>")
    t.write("b.xml", b"<doc><p>Cambodia and Laos met.</p><p>unclosed")
    t.run().expect(0, r"b\.xml", GOOD_IDS + ("place:bangkok", "country:KHM"))


@case
def entity_bomb(t):
    ents = '<!ENTITY a0 "lol">' + "".join(
        '<!ENTITY a%d "%s">' % (i, ("&a%d;" % (i - 1)) * 10) for i in range(1, 10))
    t.write("bomb.xml", ('<?xml version="1.0"?><!DOCTYPE d [%s]><d><p>Laos and Thailand met.'
                         ' &a9;</p></d>' % ents).encode())
    t.run()
    if t.seconds > 30:
        raise Fail("took %.0f s" % t.seconds)
    t.expect(0, r"bomb\.xml:1: XML: Detected an entity reference loop", GOOD_IDS)
    if os.path.getsize(os.path.join(t.out, "graph.graphml")) > 1_000_000:
        raise Fail("entities were expanded")


@case
def external_entity(t):
    t.write("xxe.xml", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<d><p>Laos and Thailand met. &x;</p></d>")
    t.write("dtd.html", b'<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd"><html><body>'
            b"<p>Cambodia and Laos met.</p></body></html>")
    t.run().expect(0, None, GOOD_IDS + ("country:KHM",))
    for d, _, fs in os.walk(t.out):
        for f in fs:
            if b"root:" in open(os.path.join(d, f), "rb").read():
                raise Fail("an external entity was read into %s" % f)


@case
def char_refs_to_controls(t):
    t.write("a.html", b"<html><body><p>Laos&#27;[31m and &#7;Thailand&#0; met&#x1F;"
            b" in &#xFFFE;Bangkok&#x85;.</p></body></html>")
    t.run().expect(0, None, GOOD_IDS + ("place:bangkok",))


# ---- control characters and escaping into every format ----

@case
def control_characters(t):
    t.write("a.txt", b"Laos\x1b[31m and \x07Thailand\x0b met\x0c in \x00Bangkok\x7f and "
            b"\xc2\x85Vientiane\xe2\x80\xa8 today\xef\xbf\xbe.\n")
    t.run().expect(0, r"a\.txt:1: \d+ control characters", GOOD_IDS + ("place:bangkok",))


NASTY = ['"quoted" \'single\' <tag> & &amp; ]]> --> <!-- </script> <\\/script>',
         "back\\slash \\N \\G \\L \\n \\\" {braces} [brackets] %s %n %x $HOME `cmd`",
         "=cmd|' /C calc'!A0, +1, -1, @SUM(1), \"a,b\", 'c;d', tab\there",
         "<TABLE><TR><TD>x</TD></TR></TABLE> <BR/> <FONT> &lt; &#10; &#x0; \\u0000 \\ud800",
         "\u202eevil\u202c \u200b zero \ufeff bom \U0001F600 emoji Ω ß 漢字 ｶﾀｶﾅ"]


def nasty_dict(t):
    """A user dictionary whose labels and aliases carry the nasty strings."""
    rows = [HDR]
    for i, s in enumerate(NASTY):
        label = s.replace("\t", " ")
        rows.append(("org:nasty%d\torganization\t%s\t%s\tNasty Body %s\tnote=%s\n" %
                     (i, label, label, "ABCDE"[i], label.replace(";", ","))).encode())
    os.makedirs(os.path.join(t.dir, "dict"), exist_ok=True)
    with open(os.path.join(t.dir, "dict", "nasty.tsv"), "wb") as f:
        f.write(b"".join(rows))


@case
def escaping_every_format(t):
    nasty_dict(t)
    body = "".join("Japan and Nasty Body %s met: %s.\n\n" % ("ABCDE"[i], s)
                   for i, s in enumerate(NASTY))
    t.write("nasty.txt", body.encode())
    t.write("nasty.html", ("<html><body>%s</body></html>" % "".join(
        "<p>Laos and Nasty Body %s met: %s.</p>" % ("ABCDE"[i], s.replace("&", "&amp;").replace(
            "<", "&lt;")) for i, s in enumerate(NASTY))).encode())
    t.run("run", t.inp, "-o", t.out, "-T", "svg,dot", "--dict", os.path.join(t.dir, "dict"),
          "--per-doc")
    t.expect(0, None, GOOD_IDS + ("org:nasty0", "org:nasty1", "org:nasty2", "org:nasty3",
                                  "org:nasty4"))
    graph_formats(t, ["--dict", os.path.join(t.dir, "dict")])


def graph_formats(t, extra):
    """`graph -f F` for every format and `extract` parse too."""
    for fmt, ext in (("graphml", "graphml"), ("gexf", "gexf"), ("json", "json"), ("csv", "csv"),
                     ("nodes-csv", "csv"), ("dot", "dot"), ("svg", "svg")):
        out = os.path.join(t.out, "graph-f-%s.%s" % (fmt, ext))
        r = subprocess.run([t.docgraph, "graph", t.inp, "-f", fmt, "-o", out] + extra,
                           capture_output=True, timeout=120)
        if r.returncode != 0:
            raise Fail("graph -f %s: exit %d" % (fmt, r.returncode))
    out = os.path.join(t.out, "extract.jsonl")
    r = subprocess.run([t.docgraph, "extract", t.inp, "-o", out] + extra, capture_output=True,
                       timeout=120)
    if r.returncode != 0:
        raise Fail("extract: exit %d" % r.returncode)
    bad = check_outputs.check_tree(t.out)
    if bad:
        raise Fail("outputs do not parse:\n" + "\n".join("  %s: %s" % b for b in bad[:8]))


@case
def render_saved_graph(t):
    nasty_dict(t)
    t.write("nasty.txt", "".join("Japan and Nasty Body %s met: %s.\n\n" % ("ABCDE"[i], s)
                                 for i, s in enumerate(NASTY)).encode())
    t.run("run", t.inp, "-o", t.out, "-T", "svg", "--dict", os.path.join(t.dir, "dict"))
    t.expect(0, None)
    for fmt in ("svg", "dot"):
        r = subprocess.run([t.docgraph, "render", os.path.join(t.out, "graph.graphml"), "-T", fmt,
                            "-o", os.path.join(t.out, "again." + fmt)], capture_output=True,
                           timeout=120)
        if r.returncode != 0:
            raise Fail("render -T %s: exit %d %s" % (fmt, r.returncode, r.stderr[-300:]))
    t.expect(0, None)


# ---- numbers and dates ----

INF_NAN = re.compile(rb"(?<![A-Za-z])(-?inf(inity)?|nan)(?![A-Za-z])", re.I)


def no_inf_nan(t):
    """No output holds inf or NaN as a value."""
    for d, _, fs in os.walk(t.out):
        for f in fs:
            if f.endswith((".graphml", ".gexf", ".json", ".jsonl", ".csv", ".dot", ".html")):
                m = INF_NAN.search(open(os.path.join(d, f), "rb").read())
                if m:
                    raise Fail("%s holds %r" % (f, m.group(0)))


def strict_fails(t, message, command="run"):
    """The same input with --strict exits 65 on the warning, the outputs written all the same
    (`extract`: only mentions.jsonl, for a case whose graph is big)."""
    if command == "run":
        t.run("run", t.inp, "-o", t.out, "-T", "svg,dot", "--strict")
    else:
        t.run("extract", t.inp, "-o", os.path.join(t.out, "strict.jsonl"), "--strict")
    t.expect(65, message + r"[\s\S]*warnings? and --strict: exit 65")


def amount_ids(t):
    return [i for i in t.ids() if i.startswith("amount:")]


AMOUNT_PAST = r"a\.txt:1: amount too large or too precise to keep exactly .*: not read as an amount"


@case
def absurd_numbers(t):
    t.write("a.txt", ("Japan will provide 1e308 yen and 9" + "9" * 400 + " dollars to Laos. "
                      "日本はラオスに" + "9" * 300 + "兆円を供与する。"
                      "Thailand pledged -5 billion dollars and 0.0000000000001 dollars. "
                      "日本は999999999999999999999兆円、1.7976931348623157e308億円を拠出する。"
                      "Cambodia received USD 18446744073709551616 million.\n").encode())
    t.run().expect(0, AMOUNT_PAST + r" \(4 such\)", GOOD_IDS + ("country:LAO",))
    no_inf_nan(t)
    if sorted(amount_ids(t)) != ["amount:USD:0.0000000000001", "amount:USD:5000000000"]:
        raise Fail("amounts: %s" % amount_ids(t))
    strict_fails(t, AMOUNT_PAST)


@case
def amounts_at_the_bounds(t):
    """18 significant digits, under 10^18 and 18 decimals are read; one past any is not an
    amount (a warning); a power (10^30) or an exponent (1e30) is no amount at all."""
    t.write("a.txt", ("Japan will provide 999999999999999999 yen and 0.000000000000000001 "
                      "dollars to Laos. 日本は9999兆9999億円を拠出する。"
                      "Laos received 1000000000000000000 yen, 1.234567890123456789 dollars, "
                      "0.0000000000000000001 dollars, 10^30 dollars and 1e30 dollars. "
                      "日本は9999999999999999兆9999億円と99999999999999999999人を送る。\n").encode())
    t.run().expect(0, AMOUNT_PAST + r" \(5 such\)", GOOD_IDS + (
        "amount:JPY:999999999999999999", "amount:USD:0.000000000000000001",
        "amount:JPY:9999999900000000"))
    if len(amount_ids(t)) != 3:
        raise Fail("amounts: %s" % amount_ids(t))
    no_inf_nan(t)
    strict_fails(t, AMOUNT_PAST)


@case
def absurd_dates(t):
    t.write("a.txt", ("日本とタイは令和999999999年13月45日に会談した。"
                      "Laos and Cambodia met on February 30, 99999999999. "
                      "Vietnam met Laos on 31/02/-5 and in fiscal year 4294967296. "
                      "平成0年0月0日、明治99999年にラオスを訪問した。\n").encode())
    t.run().expect(0, None, GOOD_IDS + ("country:THA",))
    no_inf_nan(t)


YEAR_PAST = (r"a\.txt:1: year outside 1000\.\.2999 \(an era's 1\.\.99\) before a month or day: "
             r"not read as a date \(4 such\)")
ORDINAL_PAST = (r"a\.txt:1: ordinal over 9999 before a known series: not taken as an instance "
                r"of it, named as written \(2 such\)")


@case
def absurd_ordinals_and_years(t):
    """Ordinals of a series up to 9999 and years 1000-2999 (era years 1-99) are read; past
    them there is no instance nor date (a warning for each kind), and nothing overflows. A
    day whose year is past the bound does not take the year in context either, and a count
    after a day is no year."""
    t.write("a.txt", ("日本は第9999回日ASEAN首脳会議と第99999999999回日ASEAN首脳会議に出席した。"
                      "Japan attended the 9999th ASEAN-Japan Summit and the "
                      "99999999999999999999th ASEAN-Japan Summit. "
                      "日本は令和99年5月1日、西暦0年、令和9999年、令和100年6月2日、"
                      "3000年7月3日にラオスを訪問した。"
                      "Laos met Japan in the year 99999 and on 1 May 2999, on May 1, 3000, "
                      "on 2 June 0999 and on June 5, 5000 delegates attending.\n").encode())
    t.run().expect(0, YEAR_PAST, GOOD_IDS + ("meeting:asean-japan-summit:9999",
                                             "date:2117-05-01", "date:2999-05-01",
                                             "date:2999-06-05"))
    if not re.search(ORDINAL_PAST, t.stderr):
        raise Fail("no message /%s/ in stderr:\n%s" % (ORDINAL_PAST, t.stderr[-1500:]))
    bad = [i for i in t.ids() if re.search(r"summit:\d{5}|date:(\d{5}|0)", i)]
    dates = sorted(i for i in t.ids() if i.startswith("date:"))
    if bad or dates != ["date:2117-05-01", "date:2999-05-01", "date:2999-06-05"]:
        raise Fail("read past the bounds: %s, dates %s" % (bad, dates))
    no_inf_nan(t)
    strict_fails(t, YEAR_PAST)


# ---- pathological sentences ----

@case
def long_name(t):
    t.write("a.txt", ("The " + " ".join("Alpha%d" % i for i in range(3000)) +
                      " Agency met Laos. 日本と" + "国際協力機構" * 2000 + "が会談した。\n").encode())
    t.run().expect(0, None, GOOD_IDS + ("country:LAO",))


@case
def name_over_the_bound(t):
    """A name found by its head word over 240 bytes is no name, with a warning; one at the
    bound is."""
    t.write("a.txt", ("Japan and the " + "Zq" * 111 + " Development Agency met.\n"
                      "Laos and the " + "Qz" * 110 + " Development Agency met.\n").encode())
    msg = r"a\.txt:1: name longer than 240 bytes: not taken as a name \(1 such\)"
    t.run().expect(0, msg, GOOD_IDS + ("org:" + "qz" * 110 + "-development-agency",))
    if any(i.startswith("org:zq") for i in t.ids()):
        raise Fail("the long name was taken")
    strict_fails(t, msg)


def distinct_amounts(n, sep=", "):
    return sep.join("$%d" % i for i in range(1, n + 1))


def edges(t):
    with open(os.path.join(t.out, "edges.csv"), encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


@case
def many_entities_one_sentence(t):
    """A sentence naming 600 entities ties the first 256 (32,640 pairs), in seconds; every
    amount is still a node."""
    t.write("a.txt", ("Japan gave " + distinct_amounts(600) + " to Laos.\n").encode())
    msg = r"a\.txt:1: a sentence names more than 256 entities: only the first 256 co-occur"
    t.run()
    if t.seconds > 60:
        raise Fail("took %.0f s" % t.seconds)
    t.expect(0, msg, GOOD_IDS + ("amount:USD:600",))
    if not 32640 <= edges(t) <= 32640 + 10:
        raise Fail("%d edges" % edges(t))
    strict_fails(t, msg, "extract")


def graph_csv(t, *extra):
    """`graph -f nodes-csv` and `-f csv` into out/nodes.csv and out/edges.csv: the graph
    alone, for the big cases."""
    os.makedirs(t.out, exist_ok=True)
    for fmt, name in (("nodes-csv", "nodes.csv"), ("csv", "edges.csv")):
        t.run("graph", t.inp, "-f", fmt, "-o", os.path.join(t.out, name), *extra)
        if t.seconds > 60:
            raise Fail("took %.0f s" % t.seconds)
    return t


@case
def many_entities_one_block(t):
    """--scope block: 1,000 entities in sentences of 100 make one block, bounded likewise."""
    t.write("a.txt", ("Japan gave " + distinct_amounts(1000).replace(
        "0, ", "0 to Laos. Japan gave ") + ".\n").encode())
    graph_csv(t, "--scope", "block").expect(
        0, r"a\.txt:1: a block names more than 256 entities", GOOD_IDS)
    if not 32640 <= edges(t) <= 32640 + 10:
        raise Fail("%d edges" % edges(t))


@case
def lead_line_flood(t):
    """Items under a lead line naming 300 entities tie 256 of them each."""
    t.write("a.md", ("Japan will provide " + distinct_amounts(300) + ":\n" +
                     "- Laos\n- Cambodia\n- Thailand\n").encode())
    graph_csv(t).expect(0, r"a\.md:2: a list item or table row with its lead line names more "
                        r"than 256 entities: only the first 256 co-occur \(3 such\)",
                        GOOD_IDS + ("country:LAO", "country:THA"))
    with open(os.path.join(t.out, "edges.csv"), encoding="utf-8") as f:
        tied = sum(1 for line in f if "country:THA" in line and "amount:" in line)
    if tied != 255:
        raise Fail("Thailand tied to %d amounts, not 255 (256 with Japan)" % tied)


@case
def brackets_and_quotes(t):
    t.write("a.txt", ("(" * 50000 + "「" * 20000 + "Laos and Thailand met." + ")" * 3 +
                      "」" * 50000 + "\n\"" * 1000).encode())
    t.run().expect(0, None, GOOD_IDS + ("country:LAO",))


@case
def punctuation_only(t):
    t.write("a.txt", ("。" * 200000 + "." * 100000 + "、" * 100000).encode())
    t.run().expect(0, None)


@case
def table_and_list_flood(t):
    t.write("a.md", (("| Laos | Thailand | Japan |\n" * 3000) + ("- Laos\n" * 5000) +
                     ("#" * 1000 + " heading\n")).encode())
    t.run().expect(0, None, GOOD_IDS + ("country:LAO",))


# ---- file names ----

@case
def odd_file_names(t):
    for name in ["-dash.txt", "space name.txt", "quote\"'<&>.txt", "new\nline.txt",
                 "tab\tand\x1besc.txt", "日本語.txt", "back\\slash.txt", "a" * 240 + ".txt"]:
        t.write(name, b"Thailand and Laos met.\n")
    t.write(b"bad\xff\xfename.txt", b"Cambodia and Laos met.\n")
    t.run().expect(0, None, GOOD_IDS + ("country:KHM",))


# ---- the file system ----

@case
def symlink_loop(t):
    t.write("sub/a.txt", b"Thailand and Laos met.\n")
    os.symlink("..", t.path("sub/up"))
    os.symlink("..", t.path("sub/up2"))
    os.symlink(".", t.path("self"))
    t.run(timeout=60).expect(0, r"warning: .*sub/up: symbolic link loop", GOOD_IDS + ("country:LAO",))
    t.run("run", t.inp, "-o", t.out, "-T", "svg", "--strict", timeout=60).expect(
        65, r"warnings? and --strict: exit 65", GOOD_IDS + ("country:LAO",))


@case
def strict_warnings_fail(t):
    """--strict: the same batch exits 65 once a document has a warning (bad bytes here, a
    loop in symlink_loop), with the outputs still written whole; files of other formats
    left out of the folder are not warnings."""
    t.write("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    t.run("run", t.inp, "-o", t.out, "-T", "svg", "--strict").expect(0, r"1 file skipped")
    t.write("bad.txt", "ラオスとタイは協議した。".encode() + b"\xff\xfe Laos and Thailand met.\n")
    t.run("run", t.inp, "-o", t.out, "-T", "svg").expect(0, r"warning: .*bad\.txt:1: invalid UTF-8")
    t.run("run", t.inp, "-o", t.out, "-T", "svg", "--strict", "-q").expect(
        65, r"^docgraph: 1 warning and --strict: exit 65\n$", GOOD_IDS + ("country:LAO",))


@case
def dangling_symlink_and_fifo(t):
    os.symlink("no-such-file.txt", t.path("dangling.txt"))
    os.mkfifo(t.path("pipe.txt"))
    t.run(timeout=60).expect(0, None)


@case
def device_named(t):
    t.run("run", t.inp, "/dev/null", "/dev/zero", "-o", t.out, "-T", "svg", timeout=60)
    t.expect(65, r"/dev/zero: not a regular file")


@case
def unreadable_file(t):
    """A file the system refuses to read: /proc/self/mem (even root reads it with EIO), and
    a file without read permission when not root."""
    t.write("secret.txt", b"Laos.\n")
    os.chmod(t.path("secret.txt"), 0)
    t.run("run", t.inp, "/proc/self/mem", "-o", t.out, "-T", "svg")
    msg = r"/proc/self/mem: .*(error|too large)"
    if os.geteuid() != 0:
        msg += r"[\s\S]*secret\.txt: cannot open: Permission denied"
    t.expect(65, msg)


@case
def vanished_file(t):
    t.run("run", t.inp, t.path("gone.txt"), "-o", t.out, "-T", "svg")
    t.expect(65, r"gone\.txt: No such file or directory")


@case
def deep_folders(t):
    p = t.inp
    for i in range(80):
        p = os.path.join(p, "d")
    os.makedirs(p)
    t.write(os.path.join(p, "x.txt"), b"Laos.\n")
    t.run().expect(0, r"warning: .*directories nested deeper than 64")


# ---- output folders ----

@case
def output_is_a_file(t):
    t.write("../out", b"not a folder")
    t.run().expect(73, r"out", ids=(), outputs=False)


@case
def output_unwritable(t):
    t.run("run", t.inp, "-o", "/proc/docgraph-cannot-be-here", "-T", "svg")
    t.expect(73, r"/proc/docgraph-cannot-be-here", ids=(), outputs=False)


@case
def disk_full(t):
    """Writes fail past 64 KB (RLIMIT_FSIZE, as a full disk would): exit 73, a message, and
    nothing half-written left under an output's name."""
    t.write("big.txt", ("Japan and Laos met in Vientiane on 1 May 2024. " * 2000).encode())
    t.run(limit_fsize=65536)
    t.expect(73, r"(File too large|No space|cannot write)", ids=(), outputs=True)
    for d, _, fs in os.walk(t.out):
        for f in fs:
            if f.startswith("."):
                raise Fail("temporary file %s left behind" % f)
    r = subprocess.run([t.docgraph, "graph", t.inp, "-f", "json", "-o", "/dev/full"],
                       capture_output=True, timeout=60)
    if r.returncode != 73 or b"/dev/full" not in r.stderr:
        raise Fail("graph -o /dev/full: exit %d %s" % (r.returncode, r.stderr[-300:]))


# ---- dictionaries ----

@case
def bad_user_dictionary(t):
    d = os.path.join(t.dir, "dict")
    os.makedirs(d)
    with open(os.path.join(d, "u.tsv"), "wb") as f:
        f.write(HDR + b"x:a\tcountry\t\xe3\x81\x82\n"
                b"x:b\tcountry\tB\tB\t\t\nx:b\tcountry\tC\tC\t\t\n"
                b"x:c\tplanet\tD\tD\t\t\n"
                b"x:d\tcountry\tE\tE\t\tfoo\n"
                b"x:e\tcountry\t\xff\tF\t\t\n"
                b"x:f\tcountry\tG\tG\tB\t\n"
                b"x:g\tcountry\tH\tH\x1b[0m\t\t\n")
    t.run("run", t.inp, "-o", t.out, "--dict", d)
    t.expect(65, r"u\.tsv:2: expected 6[\s\S]*u\.tsv:4: duplicate id[\s\S]*u\.tsv:5: unknown "
             r"type[\s\S]*u\.tsv:6: bad attribute[\s\S]*u\.tsv:7: invalid UTF-8[\s\S]*u\.tsv:8: "
             r"duplicate alias[\s\S]*u\.tsv:9: control character", ids=(), outputs=False)


@case
def dictionary_bad_header_and_binary(t):
    d = os.path.join(t.dir, "dict")
    os.makedirs(d)
    with open(os.path.join(d, "a.tsv"), "wb") as f:
        f.write(b"name\tkind\n")
    with open(os.path.join(d, "b.tsv"), "wb") as f:
        f.write(bytes(range(256)) * 100)
    with open(os.path.join(d, "c.tsv"), "wb") as f:
        f.write(HDR + b"x:long\tcountry\t" + b"L" * 100000 + b"\tL\t\t\n")
    t.run("dict", "check", d)
    t.stderr = t.stdout.decode("utf-8", "replace") + t.stderr
    t.expect(65, r"a\.tsv:1: header must be[\s\S]*b\.tsv:\d+: header must be[\s\S]*c\.tsv:2: "
             r"surface longer", ids=(), outputs=False)


# ---- PDF and Word ----

def make_pdf(t, name, text):
    src = os.path.join(t.dir, name + ".src")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    pdf = t.path(name)
    subprocess.run([t.make_pdf, src, pdf, os.path.join(t.dir, name + ".md")], check=True,
                   capture_output=True)
    return pdf


@case
def truncated_pdf(t):
    pdf = make_pdf(t, "whole.pdf", "@columns 1\n\nLaos and Thailand met in Bangkok.\n")
    data = open(pdf, "rb").read()
    t.write("half.pdf", data[: len(data) // 2])
    t.write("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40)
    t.write("fake.pdf", b"this is not a pdf at all\n")
    t.run().expect(65, r"(half|garbage|fake)\.pdf", GOOD_IDS + ("place:bangkok",))


def docx_bytes(body_xml):
    import io
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", body_xml)
    return b.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@case
def truncated_and_hostile_docx(t):
    good = docx_bytes('<w:document %s><w:body><w:p><w:r><w:t>Laos and Thailand met in Bangkok.'
                      '</w:t></w:r></w:p></w:body></w:document>' % W)
    t.write("whole.docx", good)
    t.write("half.docx", good[: len(good) // 2])
    t.write("deep.docx", docx_bytes("<w:document %s><w:body>%s</w:body></w:document>" %
                                    (W, "<w:p>" * 50000)))
    t.write("bomb.docx", docx_bytes('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "%s">]>'
                                    '<w:document %s><w:body><w:p><w:r><w:t>&a;&a;&a;</w:t>'
                                    '</w:r></w:p></w:body></w:document>' % ("A" * 1000, W)))
    # 300 MB of text deflated to about 300 KB: the part's size limit stops it.
    t.write("zipbomb.docx", docx_bytes('<w:document %s><w:body><w:p><w:r><w:t>%s</w:t></w:r>'
                                       '</w:p></w:body></w:document>' % (W, " " * 300_000_000)))
    t.run(timeout=180).expect(65, r"half\.docx", GOOD_IDS + ("place:bangkok",))
    t.expect(65, r"zipbomb\.docx: word/document\.xml is missing, too large")


def main(argv):
    docgraph, make_pdf_bin, work = argv[1:4]
    only = set(argv[4:])
    os.makedirs(work, exist_ok=True)
    passed = failed = 0
    for fn in CASES:
        if only and fn.__name__ not in only:
            continue
        t = Case(work, fn.__name__, os.path.abspath(docgraph), os.path.abspath(make_pdf_bin))
        t0 = time.monotonic()
        ok = False
        try:
            fn(t)
            passed += 1
            print("ok   %-32s %5.1fs" % (fn.__name__, time.monotonic() - t0), flush=True)
            ok = True
        except (Fail, subprocess.TimeoutExpired, OSError) as e:
            failed += 1
            print("FAIL %-32s %s" % (fn.__name__, e), flush=True)
        finally:
            for d, dirs, _ in os.walk(t.dir):  # chmod 0 files would stop the next rmtree
                for x in dirs:
                    os.chmod(os.path.join(d, x), stat.S_IRWXU)
            if ok:  # a passed case's folder goes (some hold hundreds of MB); a failed one stays
                shutil.rmtree(t.dir, ignore_errors=True)
    print("bad_input: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
