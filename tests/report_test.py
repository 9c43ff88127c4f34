#!/usr/bin/python3
"""Report: output/report.html works in a real (headless) browser.

usage: report_test.py REPORT.html [--node ID --expect TEXT]... [--edge ID1,ID2 --expect TEXT]...
                      [--screenshot OUT.png]

Drives chromedriver + chromium through the plain W3C WebDriver HTTP API (python3 stdlib only)
and checks:
  load        the page initialises (window.dgReady), no SEVERE console entries, no uncaught
              errors (window.dgErrors), no link click navigates
  offline     nothing is fetched (performance resource entries stay empty)
  screenshot  the page is not blank (PNG decoded here: many colours, enough non-white pixels)
  node/edge   after Escape has cleared the evidence panel, clicking the drawn node (or line) in
              the active diagram shows TEXT and a path:line reference there, without navigating
  sort        clicking the "mentions" header sorts the entity table by mentions, descending
  row         clicking an entity row shows its sentences (and selects it in the diagram)
  hash        opening REPORT.html#node=ID selects that entity
  markup      no element made from data (img, script, iframe) in the panel and tables
Exit 0 = pass, 1 = fail (one line per failed check), 77 = skipped (no chromium/chromedriver).
Environment: DG_CHROMIUM, DG_CHROMEDRIVER override the browser and driver paths.
"""
import base64
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zlib

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # W3C web element reference key
TIMEOUT = 60  # whole run, seconds
WAIT = 5  # explicit waits, seconds


def usage(msg):
    print("usage: report_test.py REPORT.html [--node ID --expect TEXT]... "
          "[--edge ID1,ID2 --expect TEXT]... [--screenshot OUT.png]")
    print("error:", msg)
    sys.exit(1)


def parse_args(argv):
    if not argv or argv[0].startswith("--"):
        usage("REPORT.html is required")
    report, targets, shot, i = argv[0], [], None, 1
    while i < len(argv):
        opt = argv[i]
        if i + 1 >= len(argv):
            usage(opt + " needs a value")
        val = argv[i + 1]
        if opt == "--node":
            targets.append({"what": "node", "id": val, "expect": None})
        elif opt == "--edge":
            if "," not in val:
                usage("--edge takes ID1,ID2")
            a, b = val.split(",", 1)
            targets.append({"what": "edge", "id": (a, b), "expect": None})
        elif opt == "--expect":
            if not targets or targets[-1]["expect"] is not None:
                usage("--expect must follow a --node or --edge")
            targets[-1]["expect"] = val
        elif opt == "--screenshot":
            shot = val
        else:
            usage("unknown option " + opt)
        i += 2
    for t in targets:
        if t["expect"] is None:
            usage("--%s %s has no --expect" % (t["what"], t["id"]))
    return report, targets, shot


def find_binary(env, *names):
    p = os.environ.get(env)
    if p:
        return p if os.access(p, os.X_OK) else None
    for n in names:
        if os.path.isabs(n) and os.access(n, os.X_OK):
            return n
        found = shutil.which(n) if not os.path.isabs(n) else None
        if found:
            return found
    return None


def pct(s):
    """The C side's encoding of an id in a fragment: all bytes but [A-Za-z0-9-_.:] as %XX."""
    ok = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:"
    return "".join(chr(c) if c in ok else "%%%02X" % c for c in s.encode("utf-8"))


# ---------------------------------------------------------------------------- PNG

def decode_png(blob):
    """(width, height, channels, rows) of an 8-bit RGB/RGBA non-interlaced PNG."""
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, hdr = 8, [], None
    while pos < len(blob):
        n = int.from_bytes(blob[pos:pos + 4], "big")
        kind, body = blob[pos + 4:pos + 8], blob[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            hdr = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    w, h = int.from_bytes(hdr[0:4], "big"), int.from_bytes(hdr[4:8], "big")
    depth, ctype, interlace = hdr[8], hdr[9], hdr[12]
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, ctype, interlace))
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif f != 0:
            raise ValueError("bad PNG filter %d" % f)
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def png_stats(blob):
    """(width, height, distinct colours, share of clearly non-white pixels), every 2nd pixel."""
    w, h, bpp, rows = decode_png(blob)
    colours, dark, total = set(), 0, 0
    for y in range(0, h, 2):
        row = rows[y]
        for x in range(0, w, 2):
            r, g, b = row[x * bpp], row[x * bpp + 1], row[x * bpp + 2]
            colours.add((r, g, b))
            total += 1
            if min(r, g, b) < 230:
                dark += 1
    return w, h, len(colours), dark / max(total, 1)


# ---------------------------------------------------------------------------- WebDriver

class WebDriverError(Exception):
    pass


class Driver:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        self.sid = None

    def call(self, method, path, body=None, timeout=30):
        if self.sid and not path.startswith("/session") and not path.startswith("/status"):
            path = "/session/%s%s" % (self.sid, path)
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                payload = json.loads(r.read().decode("utf-8") or "{}")
        except urllib.error.HTTPError as e:
            try:
                v = json.loads(e.read().decode("utf-8")).get("value", {})
                raise WebDriverError("%s: %s" % (v.get("error"), (v.get("message") or "").splitlines()[0][:300]))
            except (ValueError, AttributeError, IndexError):
                raise WebDriverError("HTTP %d on %s" % (e.code, path))
        return payload.get("value")

    def js(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def click(self, elem):
        self.call("POST", "/element/%s/click" % elem[ELEMENT])

    def click_at(self, x, y):
        """A real mouse click at viewport coordinates."""
        self.call("POST", "/actions", {"actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
            "actions": [{"type": "pointerMove", "duration": 0, "origin": "viewport", "x": int(x), "y": int(y)},
                        {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}]})
        self.call("DELETE", "/actions")

    def wait(self, script, *args, timeout=WAIT):
        """Poll a script until it returns something truthy; the last value either way."""
        end = time.monotonic() + timeout
        while True:
            v = self.js(script, *args)
            if v or time.monotonic() > end:
                return v
            time.sleep(0.1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------- page scripts

JS_READY = "return document.readyState === 'complete' && window.dgReady === true;"
JS_INFO = """
const d = JSON.parse(document.getElementById('dg-data').textContent);
return {docs: d.documents || [],
        nodes: (d.nodes || []).map(n => [String(n.id), String(n.label || ''), (n.evidence || []).length, n.mentions])};"""
JS_PANEL = "const p = document.getElementById('dg-panel'); return p ? p.innerText : '';"
JS_CLEARED = """const p = document.getElementById('dg-panel'), t = p ? p.innerText : '';
return !arguments[0].some(d => t.includes(d + ':'));"""
# Link clicks in the diagrams must not navigate: the default of every such click is prevented
# (seen last, on window), no fragment navigation happens and the page is still the same one.
JS_WATCH = """window.__dgHashChanges = 0; window.__dgFollowed = 0; window.__dgPath = location.pathname;
window.addEventListener('hashchange', () => window.__dgHashChanges++);
window.addEventListener('click', (e) => {
  if (e.target.closest && e.target.closest('section.dg-view a') && !e.defaultPrevented) window.__dgFollowed++; });"""
JS_NAV = """return {followed: window.__dgFollowed, hashchanges: window.__dgHashChanges,
        same: window.__dgPath === location.pathname, ready: window.dgReady === true};"""
JS_FIT = """const b = document.getElementById('dg-fit'); if (b) b.click();
const v = document.querySelector('section.dg-view.active'); if (v) v.scrollIntoView({block: 'center'});"""
JS_HELPERS = """
const sec = document.querySelector('section.dg-view.active');
const dec = s => { try { return decodeURIComponent(s); } catch (e) { return s; } };
const href = a => a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || a.getAttribute('href') || '';
const frag = (a, k) => { const h = href(a), i = h.indexOf('#' + k + '='); return i < 0 ? null : h.slice(i + k.length + 2); };
const views = [...document.querySelectorAll('section.dg-view')];
"""
JS_FIND_NODE = JS_HELPERS + """
const id = arguments[0];
const has = s => [...s.querySelectorAll('g.node a')].filter(a => { const f = frag(a, 'node'); return f !== null && dec(f) === id; });
const where = views.filter(s => has(s).length).map(s => s.getAttribute('data-view'));
return {anchors: sec ? has(sec) : [], active: !!sec, where};"""
JS_FIND_EDGE = JS_HELPERS + """
const [x, y] = arguments;
const has = s => [...s.querySelectorAll('g.edge a')].filter(a => {
  const f = frag(a, 'edge'); if (f === null) return false;
  const p = f.split(',').map(dec); return p.length === 2 && ((p[0] === x && p[1] === y) || (p[0] === y && p[1] === x)); });
const where = views.filter(s => has(s).length).map(s => s.getAttribute('data-view'));
return {anchors: sec ? has(sec) : [], active: !!sec, where};"""
# A point that really hits one of the anchors: its centre (for an element click) or a
# point along its shapes (for a pointer click), in integer viewport coordinates.
JS_HIT = """
const [anchors, skipCentre] = arguments;
const hit = (a, x, y) => { x = Math.round(x); y = Math.round(y);
  const e = document.elementFromPoint(x, y); return e && (e === a || a.contains(e)) ? {x, y} : null; };
for (let i = 0; i < anchors.length && !skipCentre; i++) {
  const r = anchors[i].getBoundingClientRect(), p = hit(anchors[i], r.left + r.width / 2, r.top + r.height / 2);
  if (p) return {i, x: p.x, y: p.y, centre: true};
}
for (let i = 0; i < anchors.length; i++) {
  for (const s of anchors[i].querySelectorAll('path, ellipse, polygon, polyline, text')) {
    const m = s.getScreenCTM();
    if (s.getTotalLength && s.tagName !== 'text' && m) {
      const L = s.getTotalLength();
      for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9]) {
        const pt = s.getPointAtLength(L * t), q = new DOMPoint(pt.x, pt.y).matrixTransform(m);
        const p = hit(anchors[i], q.x, q.y);
        if (p) return {i, x: p.x, y: p.y, centre: false};
      }
    }
    const r = s.getBoundingClientRect(), p = hit(anchors[i], r.left + r.width / 2, r.top + r.height / 2);
    if (p) return {i, x: p.x, y: p.y, centre: false};
  }
}
return null;"""
# Where to zoom in (mouse wheel) to uncover a link: its centre, kept inside the diagram.
JS_ZOOM_SPOT = """
const a = arguments[0], v = a.closest('section.dg-view');
const r = a.getBoundingClientRect(), b = (v.parentElement || v).getBoundingClientRect();
const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
return x > b.left && x < b.right && y > b.top && y < b.bottom ? {x, y} : null;"""
JS_TABLE = """
const t = document.getElementById('dg-entities');
if (!t) return null;
if (!t.offsetParent) { const b = document.querySelector('[data-table="entities"]'); if (b) b.click(); }
const f = t.closest('div').parentElement.querySelector('input');
if (f && f.value) { f.value = ''; f.dispatchEvent(new Event('input')); }
return t.querySelector('th[data-key="mentions"]');"""
JS_SORTED = """
const t = document.getElementById('dg-entities'), th = t.querySelector('th[data-key="mentions"]');
const rows = [...t.tBodies[0].rows].slice(0, 10);
return {sort: th.getAttribute('aria-sort'), values: rows.map(r => r.cells[th.cellIndex].textContent)};"""
JS_ROW = """
const want = new Set(arguments[0]);
return [...document.getElementById('dg-entities').tBodies[0].rows].slice(0, 30).find(r => want.has(r.dataset.key)) || null;"""
JS_ROW_STATE = """
const id = arguments[0];
const row = [...document.getElementById('dg-entities').tBodies[0].rows].find(r => r.dataset.key === id);
const sec = document.querySelector('section.dg-view.active');
const dec = s => { try { return decodeURIComponent(s); } catch (e) { return s; } };
const g = sec && [...sec.querySelectorAll('g.node')].find(g => { const a = g.querySelector('a');
  const h = a ? (a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '') : ''; const i = h.indexOf('#node=');
  return i >= 0 && dec(h.slice(i + 6)) === id; });
return {rowSelected: !!row && row.classList.contains('dg-selected'), drawn: !!g, nodeSelected: !!g && g.classList.contains('dg-sel')};"""
JS_MARKUP = """return document.querySelectorAll(
  '#dg-panel img, #dg-panel script, #dg-panel iframe, #dg-panel object, table img, table script, table iframe, header img, header script').length;"""


# ---------------------------------------------------------------------------- checks

class Run:
    def __init__(self, wd, url):
        self.wd, self.url, self.failures, self.passed = wd, url, [], []
        self.info = None
        self.log_ok = True

    def check(self, name, ok, msg=""):
        (self.passed if ok else self.failures).append(name)
        if not ok:
            print("FAIL: %s: %s" % (name, msg))
        return ok

    def severe_logs(self):
        try:
            entries = self.wd.call("POST", "/se/log", {"type": "browser"}) or []
        except WebDriverError as e:
            if self.log_ok:
                print("WARN: browser log unavailable (%s); relying on window.dgErrors" % e)
            self.log_ok = False
            return []
        return [e.get("message", "") for e in entries if e.get("level") == "SEVERE"]

    def errors(self, name):
        logs = self.severe_logs()
        errs = self.wd.js("return window.dgErrors || [];") or []
        self.check(name + " (console)", not logs, "console error: " + "; ".join(logs)[:500])
        self.check(name + " (js errors)", not errs, "uncaught: " + "; ".join(map(str, errs))[:500])
        res = self.wd.js("return performance.getEntriesByType('resource').map(e => e.name);") or []
        self.check(name + " (offline)", not res, "fetched: " + ", ".join(res)[:500])

    def panel_has_ref(self, text):
        return any(re.search(re.escape(d) + r":\d+", text) for d in self.info["docs"])

    def wait_panel(self, expect):
        end = time.monotonic() + WAIT
        while True:
            text = self.wd.js(JS_PANEL) or ""
            if expect in text and self.panel_has_ref(text):
                return True, text
            if time.monotonic() > end:
                return False, text
            time.sleep(0.1)

    def click_anchors(self, anchors):
        """Element click on the link when its centre is on it, else a mouse click on a point of
        its shapes that is on top; when it is covered, zoom in around it with the wheel first."""
        for _ in range(4):
            spot = self.wd.js(JS_HIT, anchors, False)
            if spot and spot["centre"]:
                try:
                    self.wd.click(anchors[spot["i"]])
                    return True
                except WebDriverError as e:
                    if "intercepted" not in str(e):
                        raise
                    spot = self.wd.js(JS_HIT, anchors, True)
            if spot:
                self.wd.click_at(spot["x"], spot["y"])
                return True
            z = self.wd.js(JS_ZOOM_SPOT, anchors[0])
            if not z:
                return False
            self.wd.call("POST", "/actions", {"actions": [{"type": "wheel", "id": "wheel", "actions": [
                {"type": "scroll", "origin": "viewport", "x": z["x"], "y": z["y"], "deltaX": 0, "deltaY": -400}]}]})
            self.wd.call("DELETE", "/actions")
            time.sleep(0.2)  # let the zoom render before looking again
        return False

    def clear(self):
        """Escape clears the selection, so the panel holds no reference until the next click."""
        self.wd.call("POST", "/actions", {"actions": [{"type": "key", "id": "keys", "actions": [
            {"type": "keyDown", "value": "\ue00c"}, {"type": "keyUp", "value": "\ue00c"}]}]})
        self.wd.call("DELETE", "/actions")
        cleared = self.wd.wait(JS_CLEARED, self.info["docs"])
        return self.check("escape", cleared, "Escape did not clear the evidence panel")

    def diagram_target(self, t):
        name = "%s %s" % (t["what"], ",".join(t["id"]) if t["what"] == "edge" else t["id"])
        self.wd.js(JS_FIT)
        if not self.clear():
            return False
        found = self.wd.js(JS_FIND_NODE, t["id"]) if t["what"] == "node" else self.wd.js(JS_FIND_EDGE, *t["id"])
        if not found["active"]:
            return self.check(name, False, "no active diagram in the report")
        if not found["anchors"]:
            where = (" (drawn in views: %s)" % ", ".join(found["where"])) if found["where"] else ""
            return self.check(name, False, "not drawn in the active diagram" + where)
        try:
            clicked = self.click_anchors(found["anchors"])
        except WebDriverError as e:
            return self.check(name, False, "cannot click it: %s" % e)
        if not clicked:
            return self.check(name, False, "drawn but hidden under something else: nothing to click")
        ok, text = self.wait_panel(t["expect"])
        if not self.check(name, ok, "evidence panel lacks %r and/or a path:line reference; panel: %r"
                          % (t["expect"], " ".join(text.split())[:300])):
            return False
        nav = self.wd.js(JS_NAV)
        return self.check(name + " (no navigation)",
                          nav["same"] and nav["ready"] and not nav["hashchanges"] and not nav["followed"],
                          "the click on the link was not intercepted (%r)" % nav)

    def sort(self):
        th = self.wd.js(JS_TABLE)
        if not self.check("sort", th is not None, "no entity table with a mentions header"):
            return
        self.wd.click(th)
        best = max((n[3] or 0 for n in self.info["nodes"]), default=0)
        nums = lambda s: int(re.sub(r"[^\d-]", "", s) or 0)
        end = time.monotonic() + WAIT
        while True:
            state = self.wd.js(JS_SORTED)
            vals = [nums(v) for v in state["values"]]
            if (state["sort"] == "descending" and vals and vals[0] == best) or time.monotonic() > end:
                break
            time.sleep(0.1)
        ok = state["sort"] == "descending" and vals and vals[0] == best and vals == sorted(vals, reverse=True)
        self.check("sort", ok, "after clicking 'mentions': aria-sort=%s, first rows %s (largest is %d)"
                   % (state["sort"], vals, best))

    def row(self):
        with_ev = [n[0] for n in self.info["nodes"] if n[2] > 0]
        row = self.wd.js(JS_ROW, with_ev)
        if not self.check("row", row is not None, "no entity row with evidence among the first rows"):
            return None
        rid = self.wd.js("return arguments[0].dataset.key;", row)
        lab = next(n[1] for n in self.info["nodes"] if n[0] == rid)
        self.wd.click(row)
        ok, text = self.wait_panel(lab)
        self.check("row", ok, "clicking the row of %s: panel lacks %r and/or path:line; panel: %r"
                   % (rid, lab, " ".join(text.split())[:300]))
        st = self.wd.js(JS_ROW_STATE, rid)
        self.check("row (selected)", st["rowSelected"] and (st["nodeSelected"] or not st["drawn"]),
                   "row of %s clicked: %r" % (rid, st))
        return rid, lab

    def hash(self, rid, expect):
        self.wd.call("POST", "/url", {"url": self.url + "#node=" + pct(rid)})
        self.wd.call("POST", "/refresh")
        if not self.check("hash", self.wd.wait(JS_READY, timeout=10), "page did not initialise at #node="):
            return
        ok, text = self.wait_panel(expect)
        self.check("hash", ok, "#node=%s: panel lacks %r and/or path:line; panel: %r"
                   % (pct(rid), expect, " ".join(text.split())[:300]))


def main():
    report, targets, shot = parse_args(sys.argv[1:])
    driver_bin = find_binary("DG_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver")
    browser_bin = find_binary("DG_CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
    if not driver_bin or not browser_bin:
        print("report test skipped: %s not found" % ("chromedriver" if not driver_bin else "chromium"))
        return 77
    if not os.path.isfile(report):
        print("FAIL: load: %s does not exist" % report)
        return 1
    url = pathlib.Path(os.path.abspath(report)).as_uri()

    def on_alarm(*_):
        raise TimeoutError("gave up after %d s" % TIMEOUT)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TIMEOUT)
    port = free_port()
    dlog = tempfile.TemporaryFile()
    proc = subprocess.Popen([driver_bin, "--port=%d" % port], stdout=dlog, stderr=subprocess.STDOUT,
                            start_new_session=True)
    wd = Driver(port)
    run = Run(wd, url)
    started = time.monotonic()
    try:
        end = time.monotonic() + 15
        while True:
            try:
                if (wd.call("GET", "/status", timeout=2) or {}).get("ready"):
                    break
            except (OSError, WebDriverError):
                pass
            if proc.poll() is not None or time.monotonic() > end:
                dlog.seek(0)
                raise RuntimeError("chromedriver did not start: " + dlog.read().decode(errors="replace")[-500:])
            time.sleep(0.1)
        caps = {"browserName": "chrome",
                "goog:chromeOptions": {"binary": browser_bin, "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
                    "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check"]},
                "goog:loggingPrefs": {"browser": "ALL"}}
        sess = wd.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        wd.sid = sess["sessionId"]
        wd.call("POST", "/url", {"url": url})
        if not run.check("load", wd.wait(JS_READY, timeout=10),
                         "the page did not initialise (window.dgReady not set)"):
            run.errors("load")
            return 1
        run.info = wd.js(JS_INFO)
        run.errors("load")
        wd.js(JS_WATCH)

        for t in targets:
            run.diagram_target(t)

        png = base64.b64decode(wd.call("GET", "/screenshot"))
        if shot:
            with open(shot, "wb") as f:
                f.write(png)
        w, h, colours, share = png_stats(png)
        run.check("screenshot", colours >= 64 and share >= 0.03,
                  "looks blank: %dx%d, %d colours, %.1f%% non-white" % (w, h, colours, 100 * share))

        run.sort()
        picked = run.row()
        run.check("markup", wd.js(JS_MARKUP) == 0, "elements made from data in the panel or tables")
        run.errors("interaction")
        nodes = [t for t in targets if t["what"] == "node"]
        if nodes:
            run.hash(nodes[0]["id"], nodes[0]["expect"])
        elif picked:
            run.hash(*picked)
        run.errors("reload")
    except Exception as e:  # noqa: BLE001 - any trouble is one failed check, then clean up
        run.check("harness", False, "%s: %s" % (type(e).__name__, e))
    finally:
        signal.alarm(0)
        if wd.sid:
            try:
                wd.call("DELETE", "/session/" + wd.sid, timeout=10)
            except (OSError, WebDriverError):
                pass
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
        dlog.close()
    n = len(run.passed) + len(run.failures)
    print("report test: %s, %d of %d checks passed (%d diagram targets, %.1f s)"
          % ("FAIL" if run.failures else "ok", len(run.passed), n, len(targets), time.monotonic() - started))
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
