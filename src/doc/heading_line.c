/* Section headings as lines (see doc/heading_line.h). A line is a heading line when it
 * opens with a list marker (digits, brackets, dots, bullets) and ends no sentence, or is
 * a meeting's name alone: walking back from a sentence, the first such line decides. One
 * that names a meeting alone (after its marker) heads the section, unless the line before
 * or after it names one alone too (a list of meetings, not a heading); any other (1.概要,
 * (1) 日時:…) ends the search: the text stands in no meeting's section. A meeting's short
 * form in parentheses may close the line ((1)第28回X会合(AEM-METI)).
 * Invariant: only the text and the mentions' offsets are read; nothing is changed. */
#include "doc/heading_line.h"

#include "base/scan.h"
#include "base/utf8.h"

/* How many lines back a heading may stand: a bound on the walk, which every sentence of a
 * long text may ask for (a section's heading stands a few lines above its text). */
#define DG_HEADING_LINES_BACK 40
#define DG_HEADING_BYTES_BACK 8192

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

/* Where a parenthesis that closes line [a, z) opens (its short form: (AEM-METI)), else z. */
static uint32_t before_gloss(const char *t, uint32_t a, uint32_t z) {
  if (z == a || t[z - 1] != ')') return z;
  for (uint32_t p = z - 1; p > a && z - p < 40; p--) {
    if (t[p - 1] == '(') return p - 1 > a ? p - 1 : z;
    if (t[p - 1] == ')') return z;
  }
  return z;
}

/* The meeting named alone on line [a, z) after its marker, maybe in quotes, maybe with its
 * short form in parentheses after it, or -1. */
static long alone_on_line(const dg_doc *d, size_t nm, uint32_t a, uint32_t z) {
  const char *t = d->text;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\r')) z--;
  z = before_gloss(t, a, z);
  uint32_t m = marker_end(t, a, z);
  if (m + 3 < z && (dg_cp_at(t, z, m) == 0x300C || dg_cp_at(t, z, m) == 0x300E) &&
      (dg_cp_before(t, z) == 0x300D || dg_cp_before(t, z) == 0x300F))
    m += 3, z -= 3; /* 「M」 */
  for (size_t k = first_from(d, nm, m); k < nm && d->ments[k].start == m; k++)
    if (d->ments[k].type == DG_TYPE_MEETING && !d->ments[k].implicit && d->ments[k].end == z)
      return (long)k;
  return -1;
}

/* The start of the line that holds offset p, not before offset lo. */
static uint32_t line_start(const char *t, uint32_t p, uint32_t lo) {
  while (p > lo && t[p - 1] != '\n') p--;
  return p;
}

/* Does the line that ends right before offset a, starting at lo or after, name a meeting
 * alone? */
static int alone_before(const dg_doc *d, size_t nm, uint32_t a, uint32_t lo) {
  if (a <= lo) return 0;
  uint32_t p = line_start(d->text, a - 1, lo);
  return (p == 0 || d->text[p - 1] == '\n') && alone_on_line(d, nm, p, a - 1) >= 0;
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
  uint32_t lo = p > DG_HEADING_BYTES_BACK ? p - DG_HEADING_BYTES_BACK : 0;
  if (lo < from) lo = from;
  p = line_start(t, p, lo);
  while (nz < d->len && nz - p < DG_HEADING_BYTES_BACK && t[nz] != '\n') nz++;
  uint32_t na = p; /* the line after the one looked at: [na, nz) */
  for (int n = 0; p > lo && n < DG_HEADING_LINES_BACK; n++) {
    uint32_t z = p - 1, a = line_start(t, z, lo);
    if (a == lo && (a == 0 || t[a - 1] != '\n')) return -1; /* past the bound */
    long m = alone_on_line(d, nm, a, z);
    if (m >= 0) return alone_on_line(d, nm, na, nz) >= 0 || alone_before(d, nm, a, lo) ? -1 : m;
    if (marked_heading(t, a, z)) return -1;
    na = a, nz = z, p = a;
  }
  return -1;
}
