/* Blocks out of normalized text (see docgraph/structure.h).
 * One pass over the lines (kinds from input/lines.h). Paragraph lines join until a blank
 * line, or at the head of the text a short line that ends no sentence (a title, a
 * dateline); a line right after a list item continues the item when it is indented or the
 * item has not ended its sentence (hard-wrapped text). Each block points to the block it
 * hangs under: a heading to the nearest heading of a higher level, an item to its parent
 * item or the lead line before the list, a table row to the lead line or heading, a
 * paragraph to the last heading (or to a bullet title right before it).
 * Invariant: blocks are in text order and a parent always comes before its child. */
#include "docgraph/structure.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "input/lines.h"

#define MAX_LIST_DEPTH 16

typedef DG_VEC(dg_block) block_vec;
typedef DG_VEC(dg_span) span_vec;

/* Where the pass stands: the blocks so far and what the next line may hang under. */
typedef struct {
  const char *t;
  block_vec blocks;
  span_vec cells;
  int32_t heading_at[7]; /* last heading block of each level */
  int32_t cur_heading;
  int32_t open;          /* paragraph or item that may continue */
  int32_t lead;          /* the block a list at depth 0 hangs under */
  int32_t item_at[MAX_LIST_DEPTH]; /* last item at each depth of the current list */
  int item_indent[MAX_LIST_DEPTH];
  dg_line_mark item_mark[MAX_LIST_DEPTH]; /* the marker shape of each open depth */
  int nlevels;           /* depths open in the current list */
  int prev_blank;
  int last_number;       /* the number of the last bare-numbered item ("2 …"), or 0 */
  int last_dated;        /* the last line was a dated item (dated_item) */
  uint32_t last_line;    /* where the last line of the open block starts */
  int short_width;       /* a text line narrower than this (columns) is short, or 0 */
  int header;            /* no line has ended a sentence yet (the title, the dateline) */
  int32_t run_start;     /* the first paragraph of lines split at the head (a title) */
  int split;             /* the open paragraph was just split from the line before */
} parser;

/* The step for each kind of line: fills b and updates the parser; returns 0 to add b,
 * 1 to drop the line, -1 when memory runs out. */
typedef int (*block_step)(parser *ps, const dg_line *ln, dg_block *b);

/* A blank line ends the open paragraph or item; a paragraph it ends becomes the lead line
 * of a list that follows ("Lead line:" / blank / "- item" still hangs under it). */
static int blank_step(parser *ps, const dg_line *ln, dg_block *b) {
  (void)ln, (void)b;
  if (ps->open >= 0 && ps->blocks.v[ps->open].kind == DG_BLOCK_PARAGRAPH) ps->lead = ps->run_start;
  ps->open = -1;
  ps->prev_blank = 1;
  return 1;
}

/* Heading: level from "#"s (【x】 is 3); it hangs under the nearest heading of a higher
 * level, becomes what later blocks hang under, and ends any list. */
static int heading_step(parser *ps, const dg_line *ln, dg_block *b) {
  b->kind = DG_BLOCK_HEADING;
  b->depth = ln->level;
  b->parent = -1;
  for (int l = ln->level - 1; l >= 1 && b->parent < 0; l--) b->parent = ps->heading_at[l];
  ps->cur_heading = (int32_t)ps->blocks.n;
  ps->heading_at[ln->level] = ps->cur_heading;
  for (int l = ln->level + 1; l < 7; l++) ps->heading_at[l] = -1;
  ps->open = -1;
  ps->lead = ps->cur_heading;
  ps->nlevels = 0;
  return 0;
}

/* The cells of a table row: split at tabs, or at pipes for "| a | b |" rows, each trimmed
 * of spaces. Returns 1 for a separator row (|---|:--|), which has no content. */
static int add_cells(parser *ps, const dg_line *ln, dg_block *b) {
  const char *t = ps->t, *p = t + ln->cstart, *e = t + ln->end;
  int pipe = *p == '|';
  if (pipe) {
    p++;
    if (e > p && e[-1] == '|') e--;
    const char *q = p;
    while (q < e && (*q == '-' || *q == ':' || *q == '|' || *q == ' ')) q++;
    if (q == e) return 1;
  }
  char sep = pipe ? '|' : '\t';
  b->cell0 = (uint32_t)ps->cells.n;
  for (;;) {
    const char *c = memchr(p, sep, (size_t)(e - p));
    if (!c) c = e;
    const char *a = p, *z = c;
    while (a < z && *a == ' ') a++;
    while (z > a && z[-1] == ' ') z--;
    dg_span sp = {(uint32_t)(a - t), (uint32_t)(z - t)};
    if (DG_PUSH(ps->cells, sp)) return -1;
    if (c == e) break;
    p = c + 1;
  }
  b->ncells = (uint32_t)ps->cells.n - b->cell0;
  return 0;
}

/* Table row: it hangs under the lead line, else the heading, and ends any list. */
static int table_step(parser *ps, const dg_line *ln, dg_block *b) {
  b->kind = DG_BLOCK_TABLE_ROW;
  b->parent = ps->lead >= 0 ? ps->lead : ps->cur_heading;
  int r = add_cells(ps, ln, b);
  if (r) return r;
  ps->open = -1;
  ps->nlevels = 0;
  return 0;
}

/* Does block i end with a colon (4. The Leaders adopted the following:)? */
static int ends_with_colon(const parser *ps, int32_t i) {
  const dg_block *x = &ps->blocks.v[i];
  uint32_t e = x->end;
  while (e > x->start && ps->t[e - 1] == ' ') e--;
  return (e > x->start && ps->t[e - 1] == ':') ||
         (e >= x->start + 3 && !memcmp(ps->t + e - 3, "\xEF\xBC\x9A", 3)); /* ： */
}

/* The depth of an item at the indentation of depth `depth` of the open list, by its
 * marker: that of the nearest open depth at the same indentation with the same marker
 * shape; else one deeper than the last item when that one ends with a colon and has
 * another shape (4. … the following: / a. … / b. … / 5. …); else `depth`. */
static int marker_depth(const parser *ps, const dg_line *ln, int depth) {
  if (!ln->mark || depth >= ps->nlevels || ln->indent != ps->item_indent[depth]) return depth;
  for (int k = ps->nlevels; k-- > 0;)
    if (ps->item_indent[k] == ln->indent && ps->item_mark[k] == ln->mark) return k;
  int last = ps->nlevels - 1;
  if (ps->item_indent[last] == ln->indent && ps->item_mark[last] &&
      ends_with_colon(ps, ps->item_at[last]))
    return last + 1;
  return depth;
}

/* List item: its depth is the number of items above it, in the current list, that it is
 * indented under (in text that keeps no indentation, its marker's shape says: see
 * marker_depth); it hangs under the item one level up, else the lead line, else the
 * heading. It stays open for wrapped lines. */
static int item_step(parser *ps, const dg_line *ln, dg_block *b) {
  b->kind = DG_BLOCK_LIST_ITEM;
  int depth = 0;
  while (depth < ps->nlevels && ln->indent > ps->item_indent[depth]) depth++;
  depth = marker_depth(ps, ln, depth);
  if (depth >= MAX_LIST_DEPTH) depth = MAX_LIST_DEPTH - 1;
  b->depth = depth;
  b->parent = depth > 0 ? ps->item_at[depth - 1] : (ps->lead >= 0 ? ps->lead : ps->cur_heading);
  ps->item_at[depth] = (int32_t)ps->blocks.n;
  ps->item_indent[depth] = ln->indent;
  ps->item_mark[depth] = ln->mark;
  ps->nlevels = depth + 1;
  ps->open = (int32_t)ps->blocks.n;
  return 0;
}

/* Paragraph: it hangs under the heading, except right after a short item that ends no
 * sentence (a slide's bullet title, ➤日メコン若手交流計画): it explains that item and hangs
 * under it. It ends any list and is the lead line of a list that follows; at the head of
 * the text the first of the lines split from each other is (a title, then its dateline:
 * the title, as when the two were one paragraph). */
static int paragraph_step(parser *ps, const dg_line *ln, dg_block *b) {
  (void)ln;
  b->kind = DG_BLOCK_PARAGRAPH;
  if (ps->blocks.n && ps->blocks.v[ps->blocks.n - 1].kind == DG_BLOCK_LIST_ITEM) {
    const dg_block *it = &ps->blocks.v[ps->blocks.n - 1];
    if (it->end - it->start <= 120 && !dg_line_ends_sentence(ps->t, it->start, it->end))
      b->parent = (int32_t)(ps->blocks.n - 1);
  }
  ps->open = (int32_t)ps->blocks.n;
  if (!ps->split || !ps->header) ps->run_start = ps->open; /* a sentence: content, not a head */
  ps->lead = ps->run_start; /* a list after a title and its dateline hangs under the title */
  ps->nlevels = 0;
  return 0;
}

static const block_step steps[] = {
    [DG_LINE_BLANK] = blank_step, [DG_LINE_HEADING] = heading_step,
    [DG_LINE_TABLE] = table_step, [DG_LINE_ITEM] = item_step,
    [DG_LINE_TEXT] = paragraph_step,
};

/* The columns a line takes: a character of three or four UTF-8 bytes (CJK) two. */
static int columns(const char *t, uint32_t start, uint32_t end) {
  int w = 0;
  for (uint32_t i = start; i < end; i++) {
    unsigned char c = (unsigned char)t[i];
    w += c < 0x80 || (c >= 0xC0 && c < 0xE0) ? 1 : c >= 0xE0 ? 2 : 0;
  }
  return w;
}

/* At the head of a text, before any line has ended a sentence, a paragraph line that ends
 * no sentence and is short against the text's lines (a title, a dateline, a source line)
 * is a paragraph of its own: the next line does not continue it. A hard-wrapped line that
 * ends no sentence fills the width, so it still joins; further down, a short line that
 * ends no sentence is often the label of what follows ((参考)出席予定の国: then the list),
 * so it joins too. */
static int ends_paragraph(const parser *ps, const dg_block *o) {
  return ps->header && ps->short_width &&
         columns(ps->t, ps->last_line, o->end) < ps->short_width &&
         !dg_line_ends_sentence(ps->t, ps->last_line, o->end);
}

/* A text line right after a paragraph line continues the paragraph unless that line ends
 * it (ends_paragraph); right after an item, it continues the item when indented or when
 * the item has not ended its sentence. */
static int continues_open(parser *ps, const dg_line *ln) {
  if (ln->kind != DG_LINE_TEXT || ps->open < 0 || ps->prev_blank) return 0;
  dg_block *o = &ps->blocks.v[ps->open];
  ps->split = o->kind == DG_BLOCK_PARAGRAPH && ends_paragraph(ps, o);
  int continues = (o->kind == DG_BLOCK_PARAGRAPH && !ps->split) ||
                  (o->kind == DG_BLOCK_LIST_ITEM &&
                   (ln->indent > 0 || !dg_line_ends_sentence(ps->t, o->start, o->end)));
  if (continues) o->end = ln->end, ps->last_line = ln->start;
  return continues;
}

/* The next line that is not blank after offset pos, classified into *ln: 1, or 0 when
 * none is left. */
static int next_line(const char *t, size_t len, size_t pos, dg_line *ln) {
  while (pos < len) {
    const char *nl = memchr(t + pos, '\n', len - pos);
    size_t lend = nl ? (size_t)(nl - t) : len;
    *ln = (dg_line){.start = (uint32_t)pos, .end = (uint32_t)lend};
    dg_line_classify(t, len, ln);
    if (ln->kind != DG_LINE_BLANK) return 1;
    pos = lend + 1;
  }
  return 0;
}

/* The bare number of the next line that is not blank after offset pos, or 0. */
static int next_bare_number(const char *t, size_t len, size_t pos) {
  dg_line ln;
  uint32_t content;
  return next_line(t, len, pos, &ln) && ln.kind == DG_LINE_TEXT
             ? dg_line_bare_number(t, ln.cstart, ln.end, &content)
             : 0;
}

/* Numbered lines without a mark after the number ("1 2006年：創設" / "2 2015年：改善"): a
 * text line opening with a bare number is a list item when it continues a run of such
 * items (the number after the last one) or starts one (1, and the next line is 2), so the
 * items of a chronology are never joined into one paragraph. `next` is where the next line
 * starts. */
static void numbered_item(parser *ps, size_t len, dg_line *ln, size_t next) {
  uint32_t content;
  int n = ln->kind == DG_LINE_TEXT ? dg_line_bare_number(ps->t, ln->cstart, ln->end, &content) : 0;
  int prev = ps->last_number;
  if (ln->kind != DG_LINE_BLANK) ps->last_number = 0;
  if (!n || n != prev + 1 || (n == 1 && next_bare_number(ps->t, len, next) != 2)) return;
  ln->kind = DG_LINE_ITEM;
  ln->cstart = content;
  ps->last_number = n;
}

/* Does the text line [a, z) open with a year written in Japanese, four digits and 年 (a
 * chronology's row: 1997年1月 第1回…)? */
static int opens_with_year(const char *t, uint32_t a, uint32_t z) {
  if (z - a < 7) return 0;
  for (int k = 0; k < 4; k++)
    if (t[a + k] < '0' || t[a + k] > '9') return 0;
  return memcmp(t + a + 4, "\xE5\xB9\xB4", 3) == 0; /* 年 */
}

/* Whether the next line that is not blank after offset pos opens with a year. */
static int next_opens_with_year(const char *t, size_t len, size_t pos) {
  dg_line ln;
  return next_line(t, len, pos, &ln) && ln.kind == DG_LINE_TEXT &&
         opens_with_year(t, ln.cstart, ln.end);
}

/* Dated lines (a chronology: "1997年1月 第1回サミット 於:東京" / "2000年4月 第2回…"): a
 * text line opening with a year that ends no sentence is a list item when the line before
 * was one or the next line opens with a year too, so the rows are never joined into one
 * paragraph, as numbered_item keeps numbered ones apart. */
static void dated_item(parser *ps, size_t len, dg_line *ln, size_t next) {
  int prev = ps->last_dated;
  if (ln->kind != DG_LINE_BLANK) ps->last_dated = 0;
  if (ln->kind != DG_LINE_TEXT || !opens_with_year(ps->t, ln->cstart, ln->end) ||
      dg_line_ends_sentence(ps->t, ln->cstart, ln->end) ||
      !(prev || next_opens_with_year(ps->t, len, next)))
    return;
  ln->kind = DG_LINE_ITEM;
  ps->last_dated = 1;
}

/* One line: a continuation, a new block, or nothing. Returns -1 when memory runs out. */
static int add_line(parser *ps, const dg_line *ln) {
  ps->split = 0;
  int cont = continues_open(ps, ln);
  ps->prev_blank = 0;
  if (ln->kind != DG_LINE_BLANK &&
      (ln->kind != DG_LINE_TEXT || dg_line_ends_sentence(ps->t, ln->cstart, ln->end)))
    ps->header = 0;
  if (cont) return 0;
  dg_block b = {.start = ln->cstart, .end = ln->end, .parent = ps->cur_heading};
  ps->last_line = ln->cstart;
  int r = steps[ln->kind](ps, ln, &b);
  if (r) return r < 0 ? -1 : 0;
  return DG_PUSH(ps->blocks, b) ? -1 : 0;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* Three fifths of the width that four text lines in five stay within (the wrap width of
 * hard-wrapped text, a typical paragraph's of a text with a paragraph a line); 0 when the
 * text has fewer than three text lines or memory runs out (then no line is short). */
static int short_width(const char *t, size_t len) {
  DG_VEC(int) w = {0};
  for (size_t pos = 0; pos < len;) {
    const char *nl = memchr(t + pos, '\n', len - pos);
    size_t lend = nl ? (size_t)(nl - t) : len;
    dg_line ln = {.start = (uint32_t)pos, .end = (uint32_t)lend};
    dg_line_classify(t, len, &ln);
    if (ln.kind == DG_LINE_TEXT && DG_PUSH(w, columns(t, ln.cstart, ln.end))) break;
    pos = nl ? lend + 1 : len;
  }
  int r = 0;
  if (w.n >= 3) {
    qsort(w.v, w.n, sizeof *w.v, cmp_int);
    r = w.v[w.n * 4 / 5] * 3 / 5;
  }
  free(w.v);
  return r;
}

dg_err dg_structure_parse(dg_doc *d, dg_error *err) {
  parser ps = {.t = d->text, .cur_heading = -1, .open = -1, .lead = -1, .prev_blank = 1};
  for (int i = 0; i < 7; i++) ps.heading_at[i] = -1;
  ps.short_width = short_width(d->text, d->len);
  ps.header = !d->later_window; /* a long document's later window starts mid-text */
  for (size_t pos = 0; pos < d->len;) {
    const char *nl = memchr(d->text + pos, '\n', d->len - pos);
    size_t lend = nl ? (size_t)(nl - d->text) : d->len;
    dg_line ln = {.start = (uint32_t)pos, .end = (uint32_t)lend};
    dg_line_classify(d->text, d->len, &ln);
    pos = nl ? lend + 1 : d->len;
    numbered_item(&ps, d->len, &ln, pos);
    dated_item(&ps, d->len, &ln, pos);
    if (add_line(&ps, &ln)) {
      free(ps.blocks.v);
      free(ps.cells.v);
      return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
    }
  }
  free(d->blocks);
  free(d->cells);
  DG_FIT(ps.blocks); /* kept for the document's life: no room left from doubling */
  DG_FIT(ps.cells);
  d->blocks = ps.blocks.v;
  d->nblocks = ps.blocks.n;
  d->cells = ps.cells.v;
  d->ncells = ps.cells.n;
  return DG_OK;
}
