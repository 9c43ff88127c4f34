/* Documents: lifetime, offset mapping and the mention list (see docgraph/doc.h). */
#include "docgraph/doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "docgraph/encoding.h"
#include "docgraph/tokens.h"
#include "base/buf.h"
#include "base/utf8.h"


void dg_doc_init(dg_doc *d) {
  memset(d, 0, sizeof *d);
  dg_diags_init(&d->diags);
}

void dg_doc_destroy(dg_doc *d) {
  /* plain text in another encoding shares dec and dec_map as src and src_map */
  if (d->src != d->raw && d->src != d->dec) free(d->src);
  if (d->src_map != d->dec_map) free(d->src_map);
  free(d->raw);
  free(d->dec);
  free(d->dec_map);
  free(d->line_pages);
  free(d->text);
  dg_offmap_free(&d->map);
  free(d->lines);
  free(d->blocks);
  free(d->cells);
  free(d->sents);
  dg_tokens_free(d);
  free(d->ments);
  free(d->units);
  free(d->unit_ments);
  free(d->rels);
  free(d->path);
  if (d->arena) {
    dg_arena_destroy(d->arena);
    free(d->arena);
  }
  dg_diags_destroy(&d->diags);
  memset(d, 0, sizeof *d);
}

uint32_t dg_doc_src_offset(const dg_doc *d, uint32_t off) {
  if (!d->map.n) return off;
  if (off > d->len) off = (uint32_t)d->len;
  return dg_offmap_at(&d->map, d->text, off);
}

uint32_t dg_doc_raw_offset(const dg_doc *d, uint32_t off) {
  uint32_t s = dg_doc_src_offset(d, off);
  if (!d->src_map) return s;
  if (s > d->src_len) s = (uint32_t)d->src_len;
  return d->src_map[s];
}

uint32_t dg_doc_src_end(const dg_doc *d, uint32_t start, uint32_t end) {
  if (end <= start || !d->map.n) return dg_doc_src_offset(d, end);
  uint32_t s = dg_doc_src_offset(d, end - 1);
  if (s >= d->src_len) return (uint32_t)d->src_len;
  return s + (uint32_t)dg_utf8_len(d->src + s, d->src + d->src_len);
}

/* The first offset of the decoded text that maps to raw offset r or beyond (dec_map never
 * decreases). */
static uint32_t dec_at(const dg_doc *d, uint32_t r) {
  size_t lo = 0, hi = d->dec_len;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->dec_map[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return (uint32_t)lo;
}

/* The raw end of the character of a decoded file that starts at raw offset r: where the
 * next character starts, less an ISO-2022 escape sequence that switches before it. */
static uint32_t dec_char_end(const dg_doc *d, uint32_t r) {
  uint32_t q = dec_at(d, r);
  if (q >= d->dec_len) return (uint32_t)d->raw_len;
  uint32_t next = d->dec_map[q + (uint32_t)dg_utf8_len(d->dec + q, d->dec + d->dec_len)];
  if (next > r + 1 && d->raw) {
    const char *esc = memchr(d->raw + r + 1, 0x1B, next - r - 1);
    if (esc && dg_encoding_is_iso2022(d->encoding)) next = (uint32_t)(esc - d->raw);
  }
  return next;
}

uint32_t dg_doc_raw_end(const dg_doc *d, uint32_t start, uint32_t end) {
  uint32_t se = dg_doc_src_end(d, start, end);
  if (!d->src_map) return se;
  if (se == 0 || end <= start) return dg_doc_raw_offset(d, end);
  uint32_t r = d->src_map[se - 1];
  return d->dec ? dec_char_end(d, r) : r + 1;
}

/* Characters between two raw offsets of one line, counted in the decoded text when there
 * is one; a byte order mark at the start of the file is not a character an editor shows. */
static uint32_t chars_between(const dg_doc *d, uint32_t from, uint32_t to) {
  const char *t = d->dec ? d->dec : d->raw;
  size_t tlen = d->dec ? d->dec_len : d->raw_len;
  uint32_t a = d->dec ? dec_at(d, from) : from, z = d->dec ? dec_at(d, to) : to;
  if (a == 0 && tlen >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 && z >= 3) a = 3;
  uint32_t c = 0;
  for (uint32_t i = a; i < z && i < tlen; c++) i += (uint32_t)dg_utf8_len(t + i, t + tlen);
  return c;
}

/* Index of the line that holds raw offset r. */
static size_t line_index(const dg_doc *d, uint32_t r) {
  size_t lo = 0, hi = d->nlines;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (d->lines[mid] <= r) lo = mid;
    else hi = mid;
  }
  return lo;
}

void dg_doc_line_col(const dg_doc *d, uint32_t raw_off, uint32_t *line, uint32_t *col) {
  size_t lo = line_index(d, raw_off);
  size_t first = 0; /* a PDF's lines count from the first line of their page */
  if (d->line_pages && lo < d->nlines)
    for (first = lo; first > 0 && d->line_pages[first - 1] == d->line_pages[lo];) first--;
  *line = (uint32_t)(lo - first) + 1;
  uint32_t c = 1;
  if (d->nlines && d->raw) {
    /* Mentions come in text order: counting on from the last column of the same line keeps
     * a long line with many mentions linear. The cache is the document's own (one thread
     * works on a document at a time). */
    dg_doc *m = (dg_doc *)d;
    uint32_t from = d->lines[lo], base = 0;
    if (m->col_line == lo + 1 && m->col_at <= raw_off) from = m->col_at, base = m->col_chars;
    base += chars_between(d, from, raw_off);
    m->col_line = lo + 1;
    m->col_at = raw_off;
    m->col_chars = base;
    c += base;
  }
  *col = c;
}

uint32_t dg_doc_page(const dg_doc *d, uint32_t raw_off) {
  if (!d->line_pages || !d->nlines) return 0;
  return d->line_pages[line_index(d, raw_off)];
}

/* u in decimal at d (room for 10 digits); the digits' count. */
static size_t decimal_u32(char *d, uint32_t u) {
  char t[10];
  size_t k = 0;
  do t[k++] = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  for (size_t i = 0; i < k; i++) d[i] = t[k - 1 - i];
  return k;
}

/* As snprintf(buf, n, "%s:p%u:%u" or "%s:%u", ...) writes and returns, without its cost:
 * the data files ask for an evidence's "path:line" over a million times at 2,000
 * documents. */
int dg_where(char *buf, size_t n, const char *path, uint32_t page, uint32_t line) {
  char tail[32];
  size_t t = 0, len = strlen(path);
  if (page) {
    tail[t++] = ':';
    tail[t++] = 'p';
    t += decimal_u32(tail + t, page);
  }
  tail[t++] = ':';
  t += decimal_u32(tail + t, line);
  if (n) {
    size_t a = len < n - 1 ? len : n - 1, b = t < n - 1 - a ? t : n - 1 - a;
    memcpy(buf, path, a);
    memcpy(buf + a, tail, b);
    buf[a + b] = '\0';
  }
  return (int)(len + t);
}

/* The index of the span of spans[0..n) (sorted, not overlapping; `stride` bytes apart,
 * each starting with uint32_t start, end) that contains off, or -1. */
static long span_at(const void *spans, size_t n, size_t stride, uint32_t off) {
  const char *base = spans;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const uint32_t *s = (const uint32_t *)(base + mid * stride);
    if (s[1] <= off) lo = mid + 1;
    else hi = mid;
  }
  if (lo < n) {
    const uint32_t *s = (const uint32_t *)(base + lo * stride);
    if (s[0] <= off && off < s[1]) return (long)lo;
  }
  return -1;
}

long dg_doc_sentence_at(const dg_doc *d, uint32_t off) {
  return span_at(d->sents, d->nsents, sizeof *d->sents, off);
}

/* Room for one more mention. The array grows by a quarter, not by doubling: a long
 * document's mentions are its largest array (152 bytes each, millions of them), and the
 * names rules run beside it while it may still have room to spare; a large block is
 * moved by remapping, not copied, so the extra growths cost little. */
static int mention_room(dg_doc *d) {
  if (d->nments < d->ments_cap) return 0;
  size_t cap = d->ments_cap < 64 ? 64 : d->ments_cap + d->ments_cap / 4;
  dg_mention *v = realloc(d->ments, cap * sizeof *v);
  if (!v) return -1;
  d->ments = v;
  d->ments_cap = cap;
  return 0;
}

dg_mention *dg_doc_add_mention(dg_doc *d, const dg_mention *m) {
  if (mention_room(d)) return NULL;
  dg_mention *n = &d->ments[d->nments++];
  *n = *m;
  n->raw_start = dg_doc_raw_offset(d, m->start);
  n->raw_end = dg_doc_raw_end(d, m->start, m->end);
  if (n->raw_end < n->raw_start) n->raw_end = n->raw_start;
  dg_doc_line_col(d, n->raw_start, &n->line, &n->col);
  n->page = dg_doc_page(d, n->raw_start);
  long s = dg_doc_sentence_at(d, m->start);
  n->sentence = s < 0 ? UINT32_MAX : (uint32_t)s;
  if (!n->label) n->label = "";
  if (!n->label_en) n->label_en = "";
  return n;
}

void dg_doc_settle(dg_doc *d) {
  dg_tokens_free(d);
  dg_vec_fit((void **)&d->ments, &d->ments_cap, d->nments, sizeof *d->ments);
}

const char *dg_doc_strdup(dg_doc *d, const char *s, size_t n) {
  if (!d->arena) {
    d->arena = malloc(sizeof(dg_arena));
    if (!d->arena) return NULL;
    dg_arena_init(d->arena);
  }
  return dg_arena_strndup(d->arena, s, n);
}

void dg_doc_sentence_text(const dg_doc *d, uint32_t sentence, const char **s, size_t *n,
                          uint32_t *line) {
  if (sentence >= d->nsents) {
    *s = "";
    *n = 0;
    *line = 0;
    return;
  }
  const dg_sentence *st = &d->sents[sentence];
  uint32_t a = dg_doc_src_offset(d, st->start), z = dg_doc_src_end(d, st->start, st->end);
  *s = d->src + a;
  *n = z > a ? z - a : 0;
  uint32_t col;
  dg_doc_line_col(d, dg_doc_raw_offset(d, st->start), line, &col);
}

const char *dg_doc_read_as(const dg_doc *d) {
  switch (d->format) {
  case DG_FMT_PDF: return "PDF";
  case DG_FMT_DOCX: return "Word";
  case DG_FMT_ODT: return "OpenDocument";
  default: return d->encoding ? d->encoding : "UTF-8";
  }
}

uint32_t dg_doc_sentence_page(const dg_doc *d, uint32_t sentence) {
  if (sentence >= d->nsents) return 0;
  return dg_doc_page(d, dg_doc_raw_offset(d, d->sents[sentence].start));
}

static int mention_cmp(const void *a, const void *b) {
  const dg_mention *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end > y->end ? -1 : 1;
  if (x->type != y->type) return x->type < y->type ? -1 : 1;
  return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

/* Sort ments[0, n), whose first p are sorted already, as a stable sort of all would: the
 * rest sorted alone (glibc's qsort is a merge sort, stable), then merged from the back with
 * the first p, which go first among equals. Sorting all at once when memory runs out. */
static void sort_after(dg_mention *ments, size_t n, size_t p) {
  size_t nt = n - p;
  dg_mention *tail = p ? malloc(nt * sizeof *tail) : NULL;
  if (!tail) {
    qsort(ments, n, sizeof *ments, mention_cmp);
    return;
  }
  memcpy(tail, ments + p, nt * sizeof *tail);
  qsort(tail, nt, sizeof *tail, mention_cmp);
  size_t i = p, j = nt, k = n;
  while (j > 0) {
    if (i > 0 && mention_cmp(&ments[i - 1], &tail[j - 1]) > 0) ments[--k] = ments[--i];
    else ments[--k] = tail[--j];
  }
  free(tail);
}

void dg_doc_sort_mentions(dg_doc *d) {
  if (!d->nments) return;
  size_t in_order = 1; /* most of them, after the first sort */
  while (in_order < d->nments && mention_cmp(&d->ments[in_order - 1], &d->ments[in_order]) <= 0)
    in_order++;
  if (in_order < d->nments) sort_after(d->ments, d->nments, in_order);
  size_t o = 1;
  for (size_t i = 1; i < d->nments; i++) {
    dg_mention *p = &d->ments[o - 1], *c = &d->ments[i];
    if (p->start == c->start && p->end == c->end && p->type == c->type &&
        strcmp(p->id ? p->id : "", c->id ? c->id : "") == 0)
      continue;
    d->ments[o++] = *c;
  }
  d->nments = o;
}
