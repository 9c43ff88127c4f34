/* Long documents read in windows (see batch/windows.h): the file read a piece at a time,
 * cut after blank lines, each window's result moved to the file's positions and the
 * document's indices. */
#include "batch/windows.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/hmap.h"
#include "docgraph/date.h"
#include "docgraph/encoding.h"
#include "docgraph/source.h"

enum { SNIFF_BYTES = 64 * 1024, READ_BYTES = 1 << 20 };

/* The format docgraph reads path in, from its first bytes and its name, when that is plain
 * text or Markdown in UTF-8; DG_FMT_AUTO otherwise. */
static dg_format text_format(const char *path, const char *data, size_t n, const char *enc) {
  char buf[64];
  if (dg_format_unsupported(path, data, n) || dg_format_sniff(data, n) != DG_FMT_TEXT)
    return DG_FMT_AUTO;
  if (!enc) enc = dg_encoding_detect(data, n, 0, buf, sizeof buf);
  if (!enc || !dg_encoding_is_utf8(enc)) return DG_FMT_AUTO;
  dg_format by_name = dg_format_from_path(path);
  if (by_name == DG_FMT_AUTO) return DG_FMT_TEXT;
  return by_name == DG_FMT_TEXT || by_name == DG_FMT_MARKDOWN ? by_name : DG_FMT_AUTO;
}

int dgw_is_long(const char *path, uint64_t over, const char *encoding, dg_format *fmt) {
  struct stat st;
  if (!strcmp(path, "-") || stat(path, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  if ((uint64_t)st.st_size <= over || (uint64_t)st.st_size > DG_MAX_DOC_BYTES) return 0;
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  char *data = malloc(SNIFF_BYTES);
  size_t n = data ? fread(data, 1, SNIFF_BYTES, f) : 0;
  fclose(f);
  /* the sniffed bytes may end inside a character: detected as UTF-8 all the same */
  while (n && ((unsigned char)data[n - 1] & 0xC0) == 0x80) n--;
  if (n && ((unsigned char)data[n - 1] & 0x80)) n--;
  *fmt = n ? text_format(path, data, n, encoding) : DG_FMT_AUTO;
  free(data);
  return *fmt != DG_FMT_AUTO;
}

dg_err dgw_load(dg_doc *d, const char *path, dg_format fmt, dg_error *err) {
  dg_err r = dg_source_load_mem(d, path, "", 0, fmt, err);
  if (r != DG_OK) return r;
  FILE *f = fopen(path, "rb");
  char *buf = f ? malloc(READ_BYTES) : NULL;
  uint64_t h = dg_hash_bytes("", 0), size = 0;
  for (size_t n; buf && (n = fread(buf, 1, READ_BYTES, f)) > 0; size += n)
    h = dg_hash_more(h, buf, n);
  int bad = !buf || ferror(f);
  int e = errno;
  free(buf);
  if (f) fclose(f);
  if (bad) return dg_error_set(err, DG_EIO, "%s: cannot read: %s", path, strerror(e));
  snprintf(d->hash, sizeof d->hash, "%016llx", (unsigned long long)h);
  d->size = size;
  d->in_windows = 1;
  return DG_OK;
}

/* ---- the document's own date ---- */

/* The first `lines` lines of f (at most `cap` bytes) into b at *n. */
static void read_head(FILE *f, size_t lines, char *b, size_t cap, size_t *n) {
  int c;
  while (lines && *n < cap && (c = getc(f)) != EOF)
    if ((b[(*n)++] = (char)c) == '\n') lines--;
}

/* The last `lines` lines of f (within its last `cap` bytes, from a line's start) into b at
 * *n, after a line feed when b does not end with one. */
static void read_tail(FILE *f, uint64_t size, size_t lines, char *b, size_t cap, size_t *n) {
  uint64_t from = size > cap ? size - cap : 0;
  char *t = b + *n + 1;
  size_t k = fseek(f, (long)from, SEEK_SET) == 0 ? fread(t, 1, cap, f) : 0, i = k;
  if (k && t[k - 1] == '\n') i--; /* a last line feed ends the last line */
  while (i > 0 && (t[i - 1] != '\n' || lines-- > 1)) i--;
  if (i == 0 && from > 0) return; /* lines longer than cap: no sign-off to read */
  if (*n && b[*n - 1] != '\n') b[(*n)++] = '\n';
  memmove(b + *n, t + i, k - i);
  *n += k - i;
}

enum { DATE_HEAD_LINES = 40, DATE_END_LINES = 8, DATE_BYTES = 256 * 1024 };

/* dg_date_document over the text of b[0..n) (the file's head and end, which is all it
 * reads), into *out: what it returns (DG_DOC_DATE_NONE when it finds none). */
static int date_of_bytes(const char *path, const char *b, size_t n, dg_format fmt,
                         const dg_rules *rules, dg_when *out) {
  dg_doc d;
  dg_error e;
  dg_date *ds = NULL;
  size_t nd = 0;
  int found = 0;
  dg_doc_init(&d);
  d.encoding = "UTF-8";
  if (dg_source_load_mem(&d, path, b, n, fmt, &e) == DG_OK && dg_source_prepare(&d, &e) == DG_OK &&
      dg_date_find_all(rules, d.text, d.len, 0, &ds, &nd, NULL, NULL, &e) == DG_OK)
    found = dg_date_document(d.text, d.len, ds, nd, out);
  free(ds);
  dg_doc_destroy(&d);
  return found;
}

/* The document's own date as reading it whole finds it (dg_date_document: a date in its
 * first 40 lines, or a sign-off in its last 8), else the date it was given (`issued`):
 * every window's date. */
static dg_when whole_date(FILE *f, const dg_doc *whole, const dg_rules *rules, int *line) {
  dg_when w = whole->issued;
  char *b = malloc(3 * (size_t)DATE_BYTES + 2);
  size_t n = 0;
  int kind = DG_DOC_DATE_NONE;
  if (b && rules) {
    read_head(f, DATE_HEAD_LINES, b, DATE_BYTES, &n);
    read_tail(f, whole->size, DATE_END_LINES, b, DATE_BYTES, &n);
    dg_when found;
    if ((kind = date_of_bytes(whole->path, b, n, whole->format, rules, &found))) w = found;
  }
  free(b);
  rewind(f);
  *line = kind == DG_DOC_DATE_LINE || (kind == DG_DOC_DATE_NONE && w.year);
  return w;
}

/* ---- windows ---- */

size_t dgw_window_bytes(uint64_t over) {
  uint64_t w = over / 2;
  return w < 2 ? 2 : w > SIZE_MAX ? SIZE_MAX : (size_t)w;
}

dg_err dgw_open(dgw_reader *w, const char *path, const dg_doc *whole, size_t window,
                const dg_rules *rules, dg_error *err) {
  memset(w, 0, sizeof *w);
  w->whole = whole;
  w->window = window < 2 ? 2 : window;
  w->first = 1;
  w->date = whole->issued;
  w->f = fopen(path, "rb");
  if (!w->f) return dg_error_set(err, DG_EIO, "%s: cannot open: %s", whole->path, strerror(errno));
  w->date = whole_date(w->f, whole, rules, &w->date_line);
  return DG_OK;
}

/* Bytes read until the buffer holds a window's or the file ends; -1 when reading fails. */
static int fill(dgw_reader *w) {
  while (!w->eof && w->nbuf < w->window) {
    if (w->cap - w->nbuf < READ_BYTES) {
      size_t cap = w->nbuf + READ_BYTES + w->window;
      char *b = realloc(w->buf, cap);
      if (!b) return -1;
      w->buf = b, w->cap = cap;
    }
    size_t n = fread(w->buf + w->nbuf, 1, READ_BYTES, w->f);
    w->nbuf += n;
    if (n < READ_BYTES) {
      if (ferror(w->f)) return -1;
      w->eof = 1;
    }
  }
  return 0;
}

/* Whether b[from..to) holds only spaces, tabs and carriage returns. */
static int blank(const char *b, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return 0;
  return 1;
}

/* Where a window of b[0..n) ends: just after the last blank line that ends before `at`
 * (a line of spaces, whose line feed ends the blocks before it); failing one, after the
 * last line feed; failing that, at the last character boundary at or before `at`. */
static size_t window_end(const char *b, size_t n, size_t at) {
  if (at > n) at = n;
  size_t last_nl = 0;
  for (size_t i = at; i-- > 0;) {
    if (b[i] != '\n') continue;
    if (!last_nl) last_nl = i + 1;
    size_t start = i;
    while (start && b[start - 1] != '\n') start--;
    if (!start) break; /* the first line: no line feed before it */
    if (blank(b, start, i)) return i + 1;
    i = start; /* on to the line before: the loop steps back onto its line feed */
  }
  if (last_nl) return last_nl;
  while (at && at < n && ((unsigned char)b[at] & 0xC0) == 0x80) at--;
  return at ? at : n;
}

int dgw_next(dgw_reader *w, dg_doc *d, dg_error *err) {
  int got = fill(w);
  if (got == 0 && !w->nbuf) return 0;
  dg_doc_init(d);
  if (got < 0) return dg_error_set(err, DG_EIO, "%s: cannot read", w->whole->path), -1;
  size_t cut = w->eof && w->nbuf <= w->window ? w->nbuf : window_end(w->buf, w->nbuf, w->window);
  if (dg_source_load_mem(d, w->whole->path, w->buf, cut, w->whole->format, err) != DG_OK)
    return -1;
  memmove(w->buf, w->buf + cut, w->nbuf - cut);
  w->nbuf -= cut;
  if (fill(w) < 0) return dg_error_set(err, DG_EIO, "%s: cannot read", w->whole->path), -1;
  w->last = w->nbuf == 0;
  memcpy(d->hash, w->whole->hash, sizeof d->hash);
  d->size = w->whole->size;
  d->encoding = "UTF-8"; /* as the file's first bytes said: a window's are no different */
  d->issued = w->date;
  d->date_settled = 1; /* the whole file's, found before (whole_date) */
  d->date_line = w->date_line;
  d->later_window = !w->first;
  d->dates_carry = &w->dates; /* a date's year goes on from window to window */
  return 1;
}

/* The line feeds of b[0..n): the lines a window moves the next one down. */
static uint32_t line_feeds(const char *b, size_t n) {
  uint32_t k = 0;
  for (const char *p = b, *end = b + n; (p = memchr(p, '\n', (size_t)(end - p))); p++) k++;
  return k;
}

/* The characters of b[0..n) after its last line feed, added to `before` when it has none:
 * the columns a window that ends inside a line moves the next one's first line along. */
static uint32_t tail_chars(const char *b, size_t n, uint32_t before) {
  size_t i = n;
  while (i && b[i - 1] != '\n') i--;
  uint32_t k = i ? 0 : before;
  for (; i < n; i++) k += ((unsigned char)b[i] & 0xC0) != 0x80;
  return k;
}

void dgw_shift(dgw_reader *w, dg_doc *d, dg_result *r) {
  uint32_t bytes = (uint32_t)w->byte_base;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *m = &d->ments[i];
    m->raw_start += bytes, m->raw_end += bytes;
    m->start += w->text_base, m->end += w->text_base;
    if (m->line == 1) m->col += w->col_base; /* a window cut inside a line (no line feed) */
    if (m->line) m->line += w->line_base;
  }
  dg_result_sentence *s = (dg_result_sentence *)r->sents; /* the result's own array */
  for (size_t i = 0; i < r->nsents; i++)
    if (s[i].line) s[i].line += w->line_base;
  r->sent_base = w->sent_base, r->ment_base = w->ment_base;
  r->unit_base = w->unit_base, r->rel_base = w->rel_base;
  r->window = w->window;
  w->first = 0;
  w->byte_base += d->raw_len;
  w->line_base += line_feeds(d->raw, d->raw_len);
  w->col_base = tail_chars(d->raw, d->raw_len, w->col_base);
  w->text_base += (uint32_t)d->len;
  w->sent_base += (uint32_t)r->nsents, w->ment_base += (uint32_t)r->nments;
  w->unit_base += (uint32_t)r->nunits, w->rel_base += (uint32_t)r->nrels;
}

void dgw_close(dgw_reader *w) {
  if (w->f) fclose(w->f);
  free(w->buf);
  memset(w, 0, sizeof *w);
}
