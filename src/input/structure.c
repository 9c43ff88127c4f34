/* Blocks out of normalized text (see dg_structure_parse).
 * One pass over the lines. A line is blank, a heading ("# x", "【x】"), a table row (it has
 * a tab between two pieces of text, or is a "| a | b |" row), a list item (it starts with
 * a bullet or a number such as "-", "・", "●", "①", "(1)", "1.") or paragraph text.
 * Paragraph lines join until a blank line; a line right after a list item continues the
 * item when the item has not ended its sentence (hard-wrapped text). Each block points
 * to the block it hangs under: items to their parent item or the lead line before the
 * list, paragraphs and tables to the last heading. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "docgraph/structure.h"
#include "base/utf8.h"

typedef enum { L_BLANK, L_HEADING, L_TABLE, L_ITEM, L_TEXT } line_kind;

typedef struct {
  line_kind kind;
  uint32_t start, end;     /* the line without its newline */
  uint32_t cstart;         /* content start (after indentation and markers) */
  int indent;              /* columns of leading space */
  int level;               /* heading level */
} line_t;

static uint32_t cp_at(const char *t, size_t len, size_t i, int *l) {
  uint32_t cp;
  *l = dg_utf8_decode(t + i, t + len, &cp);
  if (*l == 0) *l = 1;
  return cp;
}

/* Bullet characters that open a list item on their own. */
static int is_bullet_cp(uint32_t cp) {
  switch (cp) {
  case 0x30FB: /* ・ */ case 0x2022: /* • */ case 0x25CF: /* ● */ case 0x25CB: /* ○ */
  case 0x25C6: /* ◆ */ case 0x25C7: /* ◇ */ case 0x25A0: /* ■ */ case 0x25A1: /* □ */
  case 0x27A4: /* ➤ */ case 0x25B6: /* ▶ */ case 0x25BA: /* ► */ case 0x2713: /* ✓ */
  case 0x2714: case 0x2192: /* → */ case 0x25B7: case 0x2605: /* ★ */ case 0x2606:
  case 0x25C9: case 0x2043: case 0x25AA: case 0x25AB: case 0x2023: case 0x27A2:
  case 0xF0D8: case 0xF06C: case 0xF0FC: case 0xF09F: /* private-use bullets from PDFs */
    return 1;
  default:
    return (cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x2776 && cp <= 0x2793) ||
           (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x24D0 && cp <= 0x24E9);
  }
}

/* Length of an ASCII list marker at p ("- ", "* ", "+ ", "1. ", "1) ", "(1) ", "(a) ",
 * "(ア) "), or 0. */
static size_t ascii_marker(const char *p, const char *e) {
  if (p + 1 < e && (p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ') return 2;
  const char *q = p;
  if (q < e && *q == '(') {
    q++;
    const char *s = q;
    int l;
    if (q < e && (unsigned char)*q >= 0x80) {
      uint32_t cp = cp_at(q, (size_t)(e - q), 0, &l);
      if (dg_script_of(cp) == DG_SC_KATAKANA || dg_script_of(cp) == DG_SC_HIRAGANA) q += l;
    } else {
      while (q < e && q - s < 3 && (dg_is_ascii_alnum((unsigned char)*q))) q++;
    }
    if (q > s && q < e && *q == ')') {
      q++;
      if (q < e && *q == ' ') q++;
      return (size_t)(q - p);
    }
    return 0;
  }
  const char *s = q;
  while (q < e && q - s < 3 && *q >= '0' && *q <= '9') q++;
  if (q > s && q < e && (*q == '.' || *q == ')') && q + 1 < e && q[1] == ' ') {
    /* "1. " but not "2024. " or "3.5" */
    return (size_t)(q + 2 - p);
  }
  return 0;
}

static void classify(const char *t, size_t len, line_t *ln) {
  const char *p = t + ln->start, *e = t + ln->end;
  int indent = 0;
  while (p < e && (*p == ' ' || *p == '\t')) {
    indent += *p == '\t' ? 4 : 1;
    p++;
  }
  /* Trim trailing spaces. */
  while (e > p && (e[-1] == ' ' || e[-1] == '\t')) e--;
  ln->indent = indent;
  ln->cstart = (uint32_t)(p - t);
  ln->end = (uint32_t)(e - t);
  if (p == e) {
    ln->kind = L_BLANK;
    return;
  }
  /* Markdown heading. */
  if (*p == '#') {
    const char *q = p;
    while (q < e && *q == '#') q++;
    if (q - p <= 6 && q < e && *q == ' ') {
      ln->kind = L_HEADING;
      ln->level = (int)(q - p);
      while (q < e && *q == ' ') q++;
      ln->cstart = (uint32_t)(q - t);
      return;
    }
  }
  /* Table: a tab between text, or a pipe row. */
  if (memchr(p, '\t', (size_t)(e - p))) {
    ln->kind = L_TABLE;
    return;
  }
  if (*p == '|' && e - p > 2 && e[-1] == '|') {
    ln->kind = L_TABLE;
    return;
  }
  /* 【heading】 on a line of its own. */
  int l;
  uint32_t cp = cp_at(t, len, (size_t)(p - t), &l);
  if (cp == 0x3010 && e - p >= 6 && memcmp(e - 3, "\xE3\x80\x91", 3) == 0) {
    ln->kind = L_HEADING;
    ln->level = 3;
    return;
  }
  /* List markers, possibly two in a row ("- ✓ item"). */
  size_t m = ascii_marker(p, e);
  int is_item = 0;
  if (m) {
    p += m;
    is_item = 1;
  }
  for (int k = 0; k < 2 && p < e; k++) {
    cp = cp_at(t, len, (size_t)(p - t), &l);
    if (!is_bullet_cp(cp)) break;
    p += l;
    is_item = 1;
    while (p < e && *p == ' ') p++;
  }
  if (!is_item) {
    ln->kind = L_TEXT;
    return;
  }
  while (p < e && *p == ' ') p++;
  ln->kind = L_ITEM;
  ln->cstart = (uint32_t)(p - t);
}

/* True when the text before `end` closes a sentence. */
static int ends_sentence(const char *t, uint32_t start, uint32_t end) {
  if (end <= start) return 1;
  size_t i = dg_utf8_prev(t, end);
  uint32_t cp;
  dg_utf8_decode(t + i, t + end, &cp);
  return cp == 0x3002 || cp == '.' || cp == '!' || cp == '?' || cp == 0xFF01 ||
         cp == 0xFF1F || cp == ':' || cp == 0xFF1A;
}

typedef DG_VEC(dg_block) block_vec;
typedef DG_VEC(dg_span) span_vec;

static int add_cells(const char *t, const line_t *ln, span_vec *cells, dg_block *b) {
  const char *p = t + ln->cstart, *e = t + ln->end;
  int pipe = *p == '|';
  if (pipe) {
    p++;
    if (e > p && e[-1] == '|') e--;
    /* A separator row (|---|:--|) has no content. */
    const char *q = p;
    while (q < e && (*q == '-' || *q == ':' || *q == '|' || *q == ' ')) q++;
    if (q == e) return 1;
  }
  char sep = pipe ? '|' : '\t';
  b->cell0 = (uint32_t)cells->n;
  while (p <= e) {
    const char *c = memchr(p, sep, (size_t)(e - p));
    if (!c) c = e;
    const char *a = p, *z = c;
    while (a < z && *a == ' ') a++;
    while (z > a && z[-1] == ' ') z--;
    dg_span sp = {(uint32_t)(a - t), (uint32_t)(z - t)};
    if (DG_PUSH(*cells, sp)) return -1;
    p = c + 1;
    if (c == e) break;
  }
  b->ncells = (uint32_t)cells->n - b->cell0;
  return 0;
}

dg_err dg_structure_parse(dg_doc *d, dg_error *err) {
  const char *t = d->text;
  size_t len = d->len;
  block_vec blocks = {0};
  span_vec cells = {0};
  int32_t heading_at[7]; /* last heading block of each level */
  for (int i = 0; i < 7; i++) heading_at[i] = -1;
  int32_t cur_heading = -1;
  int32_t open = -1;       /* paragraph or item that may continue */
  int32_t lead = -1;       /* the block a list at depth 0 hangs under */
  int32_t item_at[16];     /* last item at each depth of the current list */
  int item_indent[16];
  int nlevels = 0;
  int prev_blank = 1;

  size_t pos = 0;
  while (pos < len) {
    const char *nl = memchr(t + pos, '\n', len - pos);
    size_t lend = nl ? (size_t)(nl - t) : len;
    line_t ln = {.start = (uint32_t)pos, .end = (uint32_t)lend};
    classify(t, len, &ln);
    pos = nl ? lend + 1 : len;

    if (ln.kind == L_BLANK) {
      if (open >= 0 && blocks.v[open].kind == DG_BLOCK_PARAGRAPH) lead = open;
      open = -1;
      prev_blank = 1;
      continue;
    }
    dg_block b = {.start = ln.cstart, .end = ln.end, .parent = cur_heading};
    if (ln.kind == L_TEXT && open >= 0 && !prev_blank) {
      dg_block *o = &blocks.v[open];
      int continues = o->kind == DG_BLOCK_PARAGRAPH ||
                      (o->kind == DG_BLOCK_LIST_ITEM &&
                       (ln.indent > 0 || !ends_sentence(t, o->start, o->end)));
      if (continues) {
        o->end = ln.end;
        prev_blank = 0;
        continue;
      }
    }
    prev_blank = 0;
    switch (ln.kind) {
    case L_HEADING: {
      b.kind = DG_BLOCK_HEADING;
      b.depth = ln.level;
      int32_t par = -1;
      for (int l = ln.level - 1; l >= 1; l--)
        if (heading_at[l] >= 0) {
          par = heading_at[l];
          break;
        }
      b.parent = par;
      cur_heading = (int32_t)blocks.n;
      heading_at[ln.level] = cur_heading;
      for (int l = ln.level + 1; l < 7; l++) heading_at[l] = -1;
      open = -1;
      lead = cur_heading;
      nlevels = 0;
      break;
    }
    case L_TABLE:
      b.kind = DG_BLOCK_TABLE_ROW;
      b.parent = lead >= 0 ? lead : cur_heading;
      if (add_cells(t, &ln, &cells, &b) == 1) continue; /* separator row */
      open = -1;
      nlevels = 0;
      break;
    case L_ITEM: {
      b.kind = DG_BLOCK_LIST_ITEM;
      /* Depth from indentation relative to the items above. */
      int depth = 0;
      while (depth < nlevels && ln.indent > item_indent[depth]) depth++;
      if (depth >= 16) depth = 15;
      b.depth = depth;
      b.parent = depth > 0 ? item_at[depth - 1] : (lead >= 0 ? lead : cur_heading);
      item_at[depth] = (int32_t)blocks.n;
      item_indent[depth] = ln.indent;
      nlevels = depth + 1;
      open = (int32_t)blocks.n;
      break;
    }
    default:
      b.kind = DG_BLOCK_PARAGRAPH;
      /* A paragraph right after a short item that ends no sentence (a slide's bullet
       * title: ➤次世代共創パートナーシップ) explains that item: it hangs under it. */
      if (blocks.n && blocks.v[blocks.n - 1].kind == DG_BLOCK_LIST_ITEM) {
        const dg_block *it = &blocks.v[blocks.n - 1];
        if (it->end - it->start <= 120 && !ends_sentence(t, it->start, it->end))
          b.parent = (int32_t)(blocks.n - 1);
      }
      open = (int32_t)blocks.n;
      nlevels = 0;
      lead = -1;
      break;
    }
    if (DG_PUSH(blocks, b)) goto oom;
    if (b.kind == DG_BLOCK_PARAGRAPH) lead = open;
  }
  free(d->blocks);
  free(d->cells);
  d->blocks = blocks.v;
  d->nblocks = blocks.n;
  d->cells = cells.v;
  d->ncells = cells.n;
  return DG_OK;
oom:
  free(blocks.v);
  free(cells.v);
  return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
}
