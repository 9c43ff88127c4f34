/* PDF files (see docgraph/pdf.h). poppler gives each page's characters in its own order
 * with a box and a font each; from there on the reading is docgraph's, in steps:
 *   1. glyphs: every character, its box, size and boldness (page_glyphs);
 *   2. the body size: the commonest font size of the document (body_size);
 *   3. furigana: small kana sitting just above larger text are dropped (mark_ruby);
 *   4. lines: glyphs side by side on one baseline, split at a gap wider than 1.5 characters
 *      (build_lines);
 *   5. furniture: lines in the top or bottom tenth of a page that are a page number, or
 *      that repeat on two pages or more with their digits ignored (in a one-page document:
 *      that are in smaller type than the body), are dropped;
 *   6. reading order and columns, and which line continues which (pdf_read.c);
 *   7. the text: one raw line per kept line, and src blocks with wrapped lines joined.
 * Invariant: a glyph's `at` is its byte offset in its page's text, or UINT32_MAX when it
 * is in no line. */
#include "docgraph/pdf.h"

#include <ctype.h>
#include <poppler.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/hmap.h"
#include "base/scan.h"
#include "base/utf8.h"
#include "input/layout.h"
#include "input/lines.h"
#include "input/pdf_int.h"

/* ---- 1. glyphs ---- */

/* A font name that says bold: "IPAexGothic-Bold", "MS-Gothic,Bold", "HeiseiKakuGo-W7". */
static int bold_font(const char *name) {
  static const char *const marks[] = {"bold", "black", "heavy", "-w6", "-w7", "-w8", "-w9"};
  char low[128];
  size_t k = 0;
  for (; name && name[k] && k + 1 < sizeof low; k++) low[k] = (char)tolower((unsigned char)name[k]);
  low[k] = '\0';
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
    if (strstr(low, marks[i])) return 1;
  return 0;
}

/* Font size and boldness of every character, from poppler's runs of attributes. */
static void apply_attributes(PopplerPage *pg, pdf_glyph *g, size_t n) {
  GList *attrs = poppler_page_get_text_attributes(pg);
  for (GList *a = attrs; a; a = a->next) {
    const PopplerTextAttributes *t = a->data;
    int bold = bold_font(t->font_name);
    for (long i = t->start_index; i <= t->end_index && i >= 0 && (size_t)i < n; i++) {
      g[i].size = (float)t->font_size;
      g[i].bold = (uint8_t)bold;
    }
  }
  poppler_page_free_text_attributes(attrs);
}

/* The page's characters in poppler's order with their boxes (one box a character). */
static int page_glyphs(PopplerPage *pg, pdf_page *p) {
  char *text = poppler_page_get_text(pg);
  PopplerRectangle *r = NULL;
  guint nr = 0;
  if (!poppler_page_get_text_layout(pg, &r, &nr)) nr = 0;
  size_t n = text ? (size_t)g_utf8_strlen(text, -1) : 0;
  p->g = calloc(n + 1, sizeof *p->g);
  if (!p->g) {
    g_free(text);
    g_free(r);
    return -1;
  }
  size_t k = 0;
  for (const char *s = text; s && *s && k < n; s = g_utf8_next_char(s), k++) {
    pdf_glyph *gl = &p->g[k];
    gl->cp = g_utf8_get_char(s);
    gl->space = gl->cp == '\n' ? 2 : gl->cp == ' ' || gl->cp == '\t' || gl->cp == 0xA0 || gl->cp == 0x3000;
    if (k < nr) {
      gl->x1 = (float)r[k].x1, gl->y1 = (float)r[k].y1;
      gl->x2 = (float)r[k].x2, gl->y2 = (float)r[k].y2;
    }
  }
  p->ng = k;
  apply_attributes(pg, p->g, p->ng);
  for (size_t i = 0; i < p->ng; i++)
    if (p->g[i].size <= 0) p->g[i].size = p->g[i].y2 - p->g[i].y1;
  g_free(text);
  g_free(r);
  return 0;
}

/* ---- 2. the body size ---- */

/* The commonest font size of the printed characters, in half points. */
static float body_size(const pdf_page *pages, size_t np) {
  float sizes[64];
  size_t counts[64], ns = 0;
  for (size_t i = 0; i < np; i++)
    for (size_t k = 0; k < pages[i].ng; k++) {
      const pdf_glyph *g = &pages[i].g[k];
      if (g->space || g->size <= 0) continue;
      float s = (float)(int)(g->size * 2 + 0.5f) / 2;
      size_t j = 0;
      while (j < ns && sizes[j] != s) j++;
      if (j == ns && ns < 64) sizes[ns] = s, counts[ns++] = 0;
      if (j < ns) counts[j]++;
    }
  size_t best = 0;
  for (size_t j = 1; j < ns; j++)
    if (counts[j] > counts[best]) best = j;
  return ns ? sizes[best] : 10.0f;
}

/* ---- 3. furigana ---- */

static int is_kana(uint32_t cp) {
  dg_script s = dg_script_of(cp);
  return s == DG_SC_HIRAGANA || s == DG_SC_KATAKANA;
}

/* Is glyph r furigana over glyph b: small kana over larger text, overlapping it across and
 * ending just above its top? */
static int ruby_over(const pdf_glyph *r, const pdf_glyph *b) {
  if (b->space || b->size < r->size * 1.5f) return 0;
  if (r->x2 <= b->x1 || b->x2 <= r->x1) return 0;
  float gap = b->y1 - r->y2;
  return r->y1 < b->y1 && gap > -0.3f * b->size && gap < 0.8f * b->size;
}

/* Mark the page's furigana: kana no larger than 0.6 of the body size over larger text. */
static void mark_ruby(pdf_page *p, float body) {
  for (size_t i = 0; i < p->ng; i++) {
    pdf_glyph *r = &p->g[i];
    if (r->space || r->size > 0.6f * body || !is_kana(r->cp)) continue;
    for (size_t k = 0; k < p->ng && !r->ruby; k++) r->ruby = (uint8_t)ruby_over(r, &p->g[k]);
  }
}

/* ---- 4. lines ---- */

static int is_wide(uint32_t cp) {
  return dg_is_japanese(cp) || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

/* Does glyph g go on line l (whose last printed glyph is `last`): the same baseline, not
 * behind it, and no wider gap than 1.5 characters? */
static int same_line(const pdf_line *l, const pdf_glyph *last, const pdf_glyph *g) {
  float h = (g->y2 - g->y1) < (l->y2 - l->y1) ? g->y2 - g->y1 : l->y2 - l->y1;
  float overlap = (g->y2 < l->y2 ? g->y2 : l->y2) - (g->y1 > l->y1 ? g->y1 : l->y1);
  float size = g->size > last->size ? g->size : last->size;
  return overlap >= 0.5f * h && g->x1 >= last->x2 - 0.5f * size &&
         g->x1 - last->x2 <= 1.5f * size;
}

/* Append glyph k to the page's text and to line l, after `last` (the line's last glyph
 * other than a space, NULL at its start; `spaced` when a space came after it). A gap
 * between two Latin characters that poppler gave no space for becomes one. */
static void add_glyph(pdf_page *p, pdf_line *l, const pdf_glyph *last, int spaced, size_t k) {
  pdf_glyph *g = &p->g[k];
  if (last && !spaced && !g->space && !is_wide(last->cp) && !is_wide(g->cp) &&
      g->x1 - last->x2 > 0.25f * g->size)
    dg_buf_addc(&p->text, ' ');
  char u[4];
  int n = dg_utf8_encode(g->space ? ' ' : g->cp, u);
  g->at = (uint32_t)p->text.len;
  dg_buf_add(&p->text, u, (size_t)n);
  l->ng = (uint32_t)(k - l->g0 + 1);
  if (g->space) return;
  if (!l->printed) l->x1 = g->x1, l->y1 = g->y1, l->x2 = g->x2, l->y2 = g->y2, l->bold = 1;
  if (g->x1 < l->x1) l->x1 = g->x1;
  if (g->y1 < l->y1) l->y1 = g->y1;
  if (g->x2 > l->x2) l->x2 = g->x2;
  if (g->y2 > l->y2) l->y2 = g->y2;
  if (g->size > l->size) l->size = g->size;
  l->bold &= g->bold;
  l->printed++;
}

/* The width of a line's first word: its glyphs up to the first space, or its first
 * character when that is Japanese (Japanese breaks between any two characters). */
static float first_word_width(const pdf_page *p, const pdf_line *l) {
  float x1 = 0, x2 = 0;
  int started = 0;
  for (uint32_t k = l->g0; k < l->g0 + l->ng; k++) {
    const pdf_glyph *g = &p->g[k];
    if (g->at == UINT32_MAX || (g->space && !started)) continue;
    if (g->space) break;
    if (!started) x1 = g->x1, started = 1;
    x2 = g->x2;
    if (is_wide(g->cp)) break;
  }
  return x2 - x1;
}

/* A line's text without the spaces around it, its list marker, and the x where its
 * content starts (after "・" or "(1) "). */
static void finish_line(pdf_page *p, pdf_line *l) {
  const char *t = p->text.data;
  while (l->tlen && t[l->t0] == ' ') l->t0++, l->tlen--;
  while (l->tlen && t[l->t0 + l->tlen - 1] == ' ') l->tlen--;
  dg_line ln = {.start = 0, .end = l->tlen};
  dg_line_classify(t + l->t0, l->tlen, &ln);
  l->item = ln.kind == DG_LINE_ITEM;
  l->cx1 = l->x1;
  for (uint32_t k = l->g0; l->item && k < l->g0 + l->ng; k++)
    if (p->g[k].at != UINT32_MAX && p->g[k].at >= l->t0 + ln.cstart && !p->g[k].space) {
      l->cx1 = p->g[k].x1;
      break;
    }
  l->w1 = first_word_width(p, l);
}

typedef DG_VEC(pdf_line) line_vec;

/* Close line l (its text ends where the page's text stands) and keep it if it printed. */
static int close_line(pdf_page *p, line_vec *v, pdf_line *l) {
  l->tlen = (uint32_t)p->text.len - l->t0;
  if (!l->printed) return 0;
  return DG_PUSH(*v, *l);
}

/* The page's lines, glyph by glyph in poppler's order: a glyph that does not sit on the
 * open line (same_line) opens the next one. */
static int build_lines(pdf_page *p) {
  line_vec v = {0};
  pdf_line cur = {0};
  const pdf_glyph *last = NULL;
  int open = 0, spaced = 0, bad = 0;
  for (size_t k = 0; k < p->ng && !bad; k++) {
    pdf_glyph *g = &p->g[k];
    g->at = UINT32_MAX;
    if (g->space == 2 || g->ruby || (g->space && !open)) continue;
    if (g->space) {
      add_glyph(p, &cur, last, spaced, k);
      spaced = 1;
      continue;
    }
    if (open && !same_line(&cur, last, g)) bad = close_line(p, &v, &cur), open = 0;
    if (!open) cur = (pdf_line){.g0 = (uint32_t)k, .t0 = (uint32_t)p->text.len}, open = 1, last = NULL;
    add_glyph(p, &cur, last, spaced, k);
    last = g;
    spaced = 0;
  }
  if (open && !bad) bad = close_line(p, &v, &cur);
  if (bad || p->text.oom) {
    free(v.v);
    return -1;
  }
  for (size_t i = 0; i < v.n; i++) finish_line(p, &v.v[i]);
  p->l = v.v;
  p->nl = v.n;
  return 0;
}

/* ---- 5. running headers, footers and page numbers ---- */

/* A roman page number alone, as front matter has them: i, iv, xii (up to 7 letters). */
static int roman_number(const char *t, size_t n) {
  if (n == 0 || n > 7) return 0;
  for (size_t i = 0; i < n; i++)
    if (!strchr("ivxlc", t[i]) && !strchr("IVXLC", t[i])) return 0;
  return 1;
}

/* A page number alone: digits with at most "-", "/", "(", ")", "|", ".", "p", "page",
 * "ページ", "頁" around them (- 3 -, 3/10, p. 3, Page 3, 3ページ), or a roman one. */
static int page_number(const char *t, size_t n) {
  if (roman_number(t, n)) return 1;
  static const char *const words[] = {"page", "p", "\xE3\x83\x9A\xE3\x83\xBC\xE3\x82\xB8",
                                      "\xE9\xA0\x81", "-", "/", "(", ")", "|", ".", " ",
                                      "\xE2\x80\x93", "\xE2\x80\x94", "\xEF\xBC\x88",
                                      "\xEF\xBC\x89"};
  int digits = 0;
  for (size_t i = 0; i < n;) {
    if (t[i] >= '0' && t[i] <= '9') {
      digits++, i++;
      continue;
    }
    size_t k = 0;
    while (k < sizeof words / sizeof *words &&
           !(strlen(words[k]) <= n - i && strncasecmp(t + i, words[k], strlen(words[k])) == 0))
      k++;
    if (k == sizeof words / sizeof *words) return 0;
    i += strlen(words[k]);
  }
  return digits > 0 && digits <= 4;
}

/* Which margin a line is in: 't' the top tenth of the page, 'b' the bottom tenth, 0 none. */
static char margin_of(const pdf_page *p, const pdf_line *l) {
  if (l->y2 <= 0.1f * p->h) return 't';
  if (l->y1 >= 0.9f * p->h) return 'b';
  return 0;
}

/* The key a running line repeats under: its margin, then its text without spaces and with
 * every digit as '#' (the page number changes, the header does not). */
static size_t furniture_key(const pdf_page *p, const pdf_line *l, char *key, size_t n) {
  size_t k = 0;
  key[k++] = margin_of(p, l);
  for (uint32_t i = 0; i < l->tlen && k + 1 < n; i++) {
    char c = p->text.data[l->t0 + i];
    if (c != ' ') key[k++] = c >= '0' && c <= '9' ? '#' : c;
  }
  return k;
}

typedef DG_VEC(uint32_t) u32_vec;

/* The pages each margin line's key is on: pages[idx] counted once a page, idx the key's
 * value in `seen`. */
static int count_keys(pdf_page *pages, size_t np, dg_hmap *seen, u32_vec *count, u32_vec *last) {
  for (size_t i = 0; i < np; i++)
    for (size_t k = 0; k < pages[i].nl; k++) {
      pdf_line *l = &pages[i].l[k];
      if (!margin_of(&pages[i], l)) continue;
      char key[512];
      size_t kn = furniture_key(&pages[i], l, key, sizeof key);
      uint32_t *slot;
      int r = dg_hmap_put(seen, key, kn, (uint32_t)count->n, &slot);
      if (r < 0 || (r == 1 && (DG_PUSH(*count, 0) || DG_PUSH(*last, UINT32_MAX)))) return -1;
      if (last->v[*slot] != i) last->v[*slot] = (uint32_t)i, count->v[*slot]++;
    }
  return 0;
}

/* Drop page numbers in the margins, margin lines that repeat on two pages or more, and in
 * a document of one page (where nothing can repeat) margin lines in smaller type than the
 * body. */
static int drop_furniture(pdf_page *pages, size_t np, float body) {
  dg_hmap seen;
  dg_hmap_init(&seen);
  u32_vec count = {0}, last = {0};
  int bad = count_keys(pages, np, &seen, &count, &last);
  for (size_t i = 0; i < np && !bad; i++)
    for (size_t k = 0; k < pages[i].nl; k++) {
      pdf_line *l = &pages[i].l[k];
      if (!margin_of(&pages[i], l)) continue;
      char key[512];
      size_t kn = furniture_key(&pages[i], l, key, sizeof key);
      uint32_t *idx = dg_hmap_get(&seen, key, kn);
      l->drop = page_number(pages[i].text.data + l->t0, l->tlen) || (idx && count.v[*idx] >= 2) ||
                (np == 1 && l->size < 0.9f * body);
    }
  dg_hmap_destroy(&seen);
  free(count.v);
  free(last.v);
  return bad ? -1 : 0;
}

/* ---- 7. the text ---- */

/* Heading sizes: the distinct sizes (to half a point) of kept lines at least 1.15 times
 * the body size, largest first; a line's heading level is its size's rank. */
typedef struct {
  float size[5];
  int n;
} heading_sizes;

static void find_heading_sizes(const pdf_page *pages, size_t np, float body, heading_sizes *hs) {
  hs->n = 0;
  for (size_t i = 0; i < np; i++)
    for (size_t k = 0; k < pages[i].nl; k++) {
      const pdf_line *l = &pages[i].l[k];
      float s = (float)(int)(l->size * 2 + 0.5f) / 2;
      if (l->drop || s < 1.15f * body) continue;
      int j = 0;
      while (j < hs->n && hs->size[j] > s) j++;
      if ((j < hs->n && hs->size[j] == s) || j >= 5) continue;
      if (hs->n < 5) hs->n++;
      memmove(&hs->size[j + 1], &hs->size[j], (size_t)(hs->n - 1 - j) * sizeof *hs->size);
      hs->size[j] = s;
    }
}

/* A line's heading level: its size's rank among the heading sizes; a short bold line of
 * body size that ends no sentence is one level below them; 0 for text. */
static int heading_level(const pdf_page *p, const pdf_line *l, const heading_sizes *hs,
                         float body) {
  if (l->size >= 1.15f * body) {
    float s = (float)(int)(l->size * 2 + 0.5f) / 2;
    for (int i = 0; i < hs->n; i++)
      if (hs->size[i] <= s) return i + 1;
    return hs->n ? hs->n : 1;
  }
  int short_line = l->x2 - l->x1 < 0.6f * (l->ex2 - l->ex1);
  if (l->bold && short_line && !l->item && !dg_line_ends_sentence(p->text.data + l->t0, 0, l->tlen))
    return hs->n + 1 > 6 ? 6 : hs->n + 1;
  return 0;
}

/* What joins line a to line b, its continuation: nothing when either side is Japanese,
 * one space between English words; *dehyphen when a ends with a hyphen that split a word
 * ("coope-" + "ration"), which a reader drops. A hyphen before a capital stays (Japan-
 * + ASEAN). */
static const char *joiner(const pdf_page *pa, const pdf_line *a, const pdf_page *pb,
                          const pdf_line *b, int *dehyphen) {
  const char *ta = pa->text.data + a->t0, *tb = pb->text.data + b->t0;
  uint32_t last = dg_cp_before(ta, a->tlen), first = dg_cp_at(tb, b->tlen, 0);
  *dehyphen = 0;
  if (last == '-' && a->tlen >= 2 && isalpha((unsigned char)ta[a->tlen - 2])) {
    *dehyphen = first >= 'a' && first <= 'z';
    return "";
  }
  return is_wide(last) || is_wide(first) ? "" : " ";
}

/* One kept line into the layout: a new block (with its heading marker) unless it
 * continues the one before, then its text, and what joins it to the next when that one
 * continues it (next NULL otherwise). */
static void write_line(dg_layout *out, const pdf_page *p, const pdf_line *l, int level,
                       int continued, const pdf_page *np, const pdf_line *next) {
  if (!continued) {
    dg_layout_block(out);
    for (int i = 0; i < level; i++) dg_layout_mark(out, "#", 1);
    if (level) dg_layout_mark(out, " ", 1);
  }
  int dehyphen = 0;
  const char *j = next ? joiner(p, l, np, next, &dehyphen) : "";
  dg_layout_text(out, p->text.data + l->t0, l->tlen - (uint32_t)dehyphen);
  if (dehyphen) dg_layout_raw(out, "-", 1);
  dg_layout_end_line(out);
  if (*j) dg_layout_mark(out, j, strlen(j));
}

/* Every page's kept lines in reading order, wrapped lines joined into their paragraph. */
static void write_text(const pdf_page *pages, size_t np, float body, dg_layout *out) {
  heading_sizes hs;
  find_heading_sizes(pages, np, body, &hs);
  const pdf_page *pp = NULL;
  const pdf_line *prev = NULL;
  int prev_level = 0, continued = 0;
  for (size_t i = 0; i <= np; i++)
    for (size_t k = 0; i == np ? k < 1 : k < pages[i].norder; k++) {
      const pdf_page *p = i < np ? &pages[i] : NULL;
      const pdf_line *l = p ? &p->l[p->order[k]] : NULL;
      int level = l ? heading_level(p, l, &hs, body) : 0;
      int joins = prev && l && !prev_level && !level && pdf_continues(pp, prev, p, l, body);
      if (prev) write_line(out, pp, prev, prev_level, continued, p, joins ? l : NULL);
      out->page = (uint32_t)i + 1;
      pp = p, prev = l, prev_level = level, continued = joins;
    }
}

/* ---- the document ---- */

/* poppler keeps global parameters and font caches shared by every document it opens: one
 * PDF is read at a time, whatever the number of worker threads. */
static pthread_mutex_t poppler_lock = PTHREAD_MUTEX_INITIALIZER;

/* The pages of the PDF in d->raw, their glyphs read; *np their number. */
static dg_err read_pages(dg_doc *d, pdf_page **out, size_t *np, dg_error *err) {
  GError *ge = NULL;
  GBytes *bytes = g_bytes_new_static(d->raw, d->raw_len);
  PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &ge);
  g_bytes_unref(bytes);
  if (!doc) {
    int locked = ge && ge->domain == POPPLER_ERROR && ge->code == POPPLER_ERROR_ENCRYPTED;
    dg_err r = dg_error_set(err, DG_EINPUT, "%s: %s%s", d->path,
                            locked ? "the PDF needs a password" : "not a readable PDF: ",
                            locked ? "" : ge ? ge->message : "unknown error");
    if (ge) g_error_free(ge);
    return r;
  }
  int n = poppler_document_get_n_pages(doc);
  pdf_page *pages = calloc((size_t)(n > 0 ? n : 0) + 1, sizeof *pages);
  int bad = !pages;
  for (int i = 0; i < n && !bad; i++) {
    PopplerPage *pg = poppler_document_get_page(doc, i);
    double w = 0, h = 0;
    if (pg) poppler_page_get_size(pg, &w, &h);
    pages[i].w = (float)w, pages[i].h = (float)h;
    dg_buf_init(&pages[i].text);
    bad = pg && page_glyphs(pg, &pages[i]);
    if (pg) g_object_unref(pg);
  }
  g_object_unref(doc);
  *out = pages;
  *np = pages ? (size_t)n : 0;
  return bad ? dg_error_set(err, DG_ENOMEM, "%s: out of memory while reading the PDF", d->path)
             : DG_OK;
}

static void free_pages(pdf_page *pages, size_t np) {
  for (size_t i = 0; pages && i < np; i++) {
    free(pages[i].g);
    free(pages[i].l);
    free(pages[i].order);
    dg_buf_destroy(&pages[i].text);
  }
  free(pages);
}

/* Steps 2 to 6 on the pages read; -1 when memory runs out. Sets *printed to the number of
 * printed glyphs. */
static int read_lines(pdf_page *pages, size_t np, float *body, size_t *printed) {
  *body = body_size(pages, np);
  *printed = 0;
  for (size_t i = 0; i < np; i++) {
    mark_ruby(&pages[i], *body);
    if (build_lines(&pages[i])) return -1;
    for (size_t k = 0; k < pages[i].nl; k++) *printed += pages[i].l[k].printed;
  }
  if (drop_furniture(pages, np, *body)) return -1;
  for (size_t i = 0; i < np; i++)
    if (pdf_read_order(&pages[i], *body)) return -1;
  return 0;
}

dg_err dg_pdf_extract(dg_doc *d, dg_error *err) {
  pdf_page *pages = NULL;
  size_t np = 0, printed = 0;
  float body = 10;
  pthread_mutex_lock(&poppler_lock);
  dg_err r = read_pages(d, &pages, &np, err);
  pthread_mutex_unlock(&poppler_lock);
  if (r == DG_OK && read_lines(pages, np, &body, &printed))
    r = dg_error_set(err, DG_ENOMEM, "%s: out of memory while reading the PDF", d->path);
  if (r == DG_OK && printed == 0)
    r = dg_error_set(err, DG_EINPUT,
                     "%s: no text in the PDF (%zu page%s of images, a scan?): docgraph reads "
                     "a PDF's text layer and does no OCR",
                     d->path, np, np == 1 ? "" : "s");
  if (r == DG_OK) {
    dg_layout out;
    dg_layout_init(&out);
    write_text(pages, np, body, &out);
    out.page = (uint32_t)np;
    r = dg_layout_finish(&out, d, err);
  }
  free_pages(pages, np);
  return r;
}
