/* Section headings as lines (see doc/heading_line.h). A line is a heading line when it
 * opens with a list marker (digits, brackets, dots, bullets) and ends no sentence, or is
 * a meeting's name alone: walking back from a sentence, the first such line decides. One
 * that names a meeting alone (after its marker) heads the section, unless the line before
 * or after it names one alone too (a list of meetings, not a heading); any other (1.概要, (1) 日時:
 * …) ends the search: the text stands in no meeting's section.
 * Invariant: only the text and the mentions' offsets are read; nothing is changed. */
#include "doc/heading_line.h"

#include "base/scan.h"
#include "base/utf8.h"

/* The end of the list marker opening t[a, z): digits, spaces, brackets, dots, bullets. */
static uint32_t marker_end(const char *t, uint32_t a, uint32_t z) {
  while (a < z) {
    uint32_t cp = dg_cp_at(t, z, a);
    dg_script sc = dg_script_of(cp);
    if (cp == 0x300C || cp == 0x300E || cp == 0x3010) break; /* 「『【 open a name */
    if (sc != DG_SC_OTHER && sc != DG_SC_DIGIT && sc != DG_SC_SPACE && cp != 0x30FB) break;
    a += (uint32_t)dg_utf8_len(t + a, t + z);
  }
  return a;
}

/* The first of the nm mentions of d that starts at or after offset p. */
static size_t first_from(const dg_doc *d, size_t nm, uint32_t p) {
  size_t lo = 0, hi = nm;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->ments[mid].start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The meeting named alone on line [a, z) after its marker, maybe in quotes, or -1. */
static long alone_on_line(const dg_doc *d, size_t nm, uint32_t a, uint32_t z) {
  const char *t = d->text;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  uint32_t m = marker_end(t, a, z);
  if (m + 3 < z && (dg_cp_at(t, z, m) == 0x300C || dg_cp_at(t, z, m) == 0x300E) &&
      (dg_cp_before(t, z) == 0x300D || dg_cp_before(t, z) == 0x300F))
    m += 3, z -= 3; /* 「M」 */
  for (size_t k = first_from(d, nm, m); k < nm && d->ments[k].start == m; k++)
    if (d->ments[k].type == DG_TYPE_MEETING && !d->ments[k].implicit && d->ments[k].end == z)
      return (long)k;
  return -1;
}

/* Does the line that ends right before offset a name a meeting alone? */
static int alone_before(const dg_doc *d, size_t nm, uint32_t a) {
  if (a == 0) return 0;
  uint32_t p = a - 1;
  while (p > 0 && d->text[p - 1] != '\n') p--;
  return alone_on_line(d, nm, p, a - 1) >= 0;
}

/* Does line [a, z) open with a list marker and end no sentence (1.概要, (1) 日時:…)? */
static int marked_heading(const char *t, uint32_t a, uint32_t z) {
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  if (z == a || marker_end(t, a, z) == a) return 0;
  uint32_t cp = dg_cp_before(t, z);
  return cp != 0x3002 && cp != '.';
}

long dg_heading_meeting(const dg_doc *d, size_t nm, uint32_t from, uint32_t at) {
  const char *t = d->text;
  uint32_t p = at > d->len ? (uint32_t)d->len : at, nz = p;
  while (p > 0 && t[p - 1] != '\n') p--;
  while (nz < d->len && t[nz] != '\n') nz++;
  uint32_t na = p; /* the line after the one looked at: [na, nz) */
  while (p > from && p > 0) {
    uint32_t z = p - 1, a = z;
    while (a > 0 && t[a - 1] != '\n') a--;
    if (a < from) return -1;
    long m = alone_on_line(d, nm, a, z);
    if (m >= 0) return alone_on_line(d, nm, na, nz) >= 0 || alone_before(d, nm, a) ? -1 : m;
    if (marked_heading(t, a, z)) return -1;
    na = a, nz = z, p = a;
  }
  return -1;
}
