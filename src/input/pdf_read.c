/* The reading order of a PDF page and the joining of wrapped lines (see input/pdf_int.h).
 * Order, a recursive cut of the page:
 *   - lines sorted top to bottom fall into rows: runs of lines whose heights overlap;
 *   - consecutive rows form a band while a vertical gap (a gutter, at least 0.8 of the
 *     body size wide) runs through all of their lines, up to a heading alone on its row or
 *     a gap of more than 2.5 body sizes above a row (slides' boxes one row under another);
 *   - a band is read as columns, left to right, each column cut again the same way, when
 *     it really is columns: one of its rows has lines on both sides of the gutter (two
 *     columns set on one grid, text boxes side by side), or every column has three lines
 *     or more. Otherwise its rows are read one by one, top to bottom, left to right (a
 *     date set right over an addressee set left is two rows, not two columns).
 * A line is read in the column (or area) it was found in: its ex1, ex2. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "input/lines.h"
#include "input/pdf_int.h"

#define MAX_DEPTH 16
#define MAX_CUTS 8

typedef struct {
  float x1, y1, x2, y2;
  uint32_t id; /* the line's index in the page */
} box;

typedef struct {
  pdf_page *p;
  float gutter;  /* the narrowest gap that separates columns */
  float heading; /* the smallest heading size: a row of one such line ends a band */
  float body;
  int oom;
} reader;

static int by_top(const void *a, const void *b) {
  const box *x = a, *y = b;
  if (x->y1 != y->y1) return x->y1 < y->y1 ? -1 : 1;
  if (x->x1 != y->x1) return x->x1 < y->x1 ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int by_left(const void *a, const void *b) {
  const box *x = a, *y = b;
  if (x->x1 != y->x1) return x->x1 < y->x1 ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The gutters of boxes b[0..n): the middles of the gaps at least r->gutter wide in the
 * union of their extents across. Returns how many (at most MAX_CUTS). */
static size_t gutters(const reader *r, const box *b, size_t n, float *cuts) {
  box *s = malloc((n + 1) * sizeof *s);
  if (!s) return 0;
  memcpy(s, b, n * sizeof *s);
  qsort(s, n, sizeof *s, by_left);
  size_t nc = 0;
  float right = n ? s[0].x2 : 0;
  for (size_t i = 1; i < n && nc < MAX_CUTS; i++) {
    if (s[i].x1 - right >= r->gutter) cuts[nc++] = (right + s[i].x1) / 2;
    if (s[i].x2 > right) right = s[i].x2;
  }
  free(s);
  return nc;
}

static size_t column_of(const box *b, const float *cuts, size_t nc) {
  size_t c = 0;
  while (c < nc && b->x1 > cuts[c]) c++;
  return c;
}

/* Is the band whose rows start at rows[0..nrows) (indices into b; the last row ends at n)
 * really columns at these cuts? */
static int real_columns(const box *b, size_t n, const size_t *rows, size_t nrows,
                        const float *cuts, size_t nc) {
  size_t lines[MAX_CUTS + 1] = {0};
  int side_by_side = 0;
  for (size_t k = 0; k < nrows; k++) {
    size_t end = k + 1 < nrows ? rows[k + 1] : n;
    size_t first = column_of(&b[rows[k]], cuts, nc);
    for (size_t i = rows[k]; i < end; i++) {
      size_t c = column_of(&b[i], cuts, nc);
      lines[c]++;
      side_by_side |= c != first;
    }
  }
  int all_long = 1;
  for (size_t c = 0; c <= nc; c++) all_long &= lines[c] >= 3;
  return side_by_side || all_long;
}

/* Give line `id` its place in the order and the area it is read in. */
static void emit(reader *r, uint32_t id, float ex1, float ex2) {
  pdf_line *l = &r->p->l[id];
  l->ex1 = ex1;
  l->ex2 = ex2;
  r->p->order[r->p->norder++] = id;
}

/* A row read alone: left to right when its lines share a baseline, else top to bottom. */
static void emit_row(reader *r, box *b, size_t n, float ex1, float ex2) {
  int one_line = 1;
  for (size_t i = 1; i < n; i++) one_line &= b[i].y1 < b[0].y2 && b[0].y1 < b[i].y2;
  if (one_line) qsort(b, n, sizeof *b, by_left);
  for (size_t i = 0; i < n; i++) emit(r, b[i].id, ex1, ex2);
}

static void order(reader *r, box *b, size_t n, float ex1, float ex2, int depth);

/* The band b[0..n) as columns: each column's lines, cut again, left to right. */
static void emit_columns(reader *r, box *b, size_t n, const float *cuts, size_t nc, int depth) {
  box *col = malloc((n + 1) * sizeof *col);
  if (!col) {
    r->oom = 1;
    return;
  }
  for (size_t c = 0; c <= nc; c++) {
    size_t m = 0;
    float x1 = INFINITY, x2 = -INFINITY;
    for (size_t i = 0; i < n; i++)
      if (column_of(&b[i], cuts, nc) == c) {
        col[m++] = b[i];
        x1 = fminf(x1, b[i].x1), x2 = fmaxf(x2, b[i].x2);
      }
    order(r, col, m, x1, x2, depth + 1);
  }
  free(col);
}

/* The rows of b[0..n) (sorted by top): where each starts, in rows[]. A line that starts
 * below every line before it starts a row. Returns how many. */
static size_t find_rows(const box *b, size_t n, size_t *rows) {
  size_t nr = 0;
  float bottom = -INFINITY;
  for (size_t i = 0; i < n; i++) {
    if (b[i].y1 >= bottom) rows[nr++] = i, bottom = b[i].y2;
    else bottom = fmaxf(bottom, b[i].y2);
  }
  return nr;
}

/* Is there a gap of more than 2.5 body sizes above row k (text boxes one under another, a
 * figure between two bands)? A band of columns does not run across it. */
static int gap_above(const reader *r, const box *b, const size_t *rows, size_t k) {
  float bottom = -INFINITY;
  for (size_t i = rows[k - 1]; i < rows[k]; i++) bottom = fmaxf(bottom, b[i].y2);
  return b[rows[k]].y1 - bottom > 2.5f * r->body;
}

/* Is the row b[from, to) a heading alone (a line in larger type), which a band of columns
 * does not run across even when it is short? */
static int heading_row(const reader *r, const box *b, size_t from, size_t to) {
  return to == from + 1 && r->p->l[b[from].id].size >= r->heading;
}

/* Read b[0..n) (lines of one area, ex1..ex2 across): bands of rows, as columns or row by row. */
static void order(reader *r, box *b, size_t n, float ex1, float ex2, int depth) {
  if (!n || r->oom) return;
  qsort(b, n, sizeof *b, by_top);
  size_t *rows = malloc((n + 1) * sizeof *rows);
  if (!rows) {
    r->oom = 1;
    return;
  }
  size_t nr = find_rows(b, n, rows);
  rows[nr] = n;
  for (size_t i = 0; i < nr;) {
    float cuts[MAX_CUTS], try[MAX_CUTS];
    size_t nc = 0, j = i + 1, t;
    if (depth < MAX_DEPTH) nc = gutters(r, &b[rows[i]], rows[j] - rows[i], cuts);
    while (nc && j < nr && !heading_row(r, b, rows[j], rows[j + 1]) && !gap_above(r, b, rows, j) &&
           (t = gutters(r, &b[rows[i]], rows[j + 1] - rows[i], try)) > 0)
      memcpy(cuts, try, sizeof cuts), nc = t, j++;
    size_t start = rows[i], m = rows[j] - start;
    if (nc && real_columns(b, rows[j], rows + i, j - i, cuts, nc)) {
      emit_columns(r, &b[start], m, cuts, nc, depth);
      i = j;
    } else {
      emit_row(r, &b[start], rows[i + 1] - start, ex1, ex2);
      i++;
    }
  }
  free(rows);
}

int pdf_read_order(pdf_page *p, float body) {
  box *b = malloc((p->nl + 1) * sizeof *b);
  p->order = malloc((p->nl + 1) * sizeof *p->order);
  if (!b || !p->order) {
    free(b);
    return -1;
  }
  size_t n = 0;
  float x1 = INFINITY, x2 = -INFINITY;
  for (size_t i = 0; i < p->nl; i++) {
    const pdf_line *l = &p->l[i];
    if (l->drop) continue;
    b[n++] = (box){l->x1, l->y1, l->x2, l->y2, (uint32_t)i};
    x1 = fminf(x1, l->x1), x2 = fmaxf(x2, l->x2);
  }
  reader r = {.p = p, .gutter = 0.8f * body, .heading = 1.15f * body, .body = body};
  p->norder = 0;
  order(&r, b, n, x1, x2, 0);
  free(b);
  return r.oom ? -1 : 0;
}

/* ---- joining ---- */

/* Does line b start where a continuation of a starts: at the left of its column, or as
 * far in as a list item's content (after its bullet) or a's own continuation? Measured
 * from each line's column, so a paragraph may go on in the next column. */
static int aligned(const pdf_line *a, const pdf_line *b) {
  float tol = 0.6f * a->size, in = b->x1 - b->ex1, ref = (a->item ? a->cx1 : a->x1) - a->ex1;
  return fabsf(in) <= tol || fabsf(in - ref) <= tol;
}

/* Did a end its paragraph: is the room left at its end wider than b's first word (which
 * would have gone there had a only wrapped)? */
static int ends_short(const pdf_line *a, const pdf_line *b) {
  return a->ex2 - a->x2 > b->w1 + 0.5f * a->size;
}

int pdf_continues(const pdf_page *pa, const pdf_line *a, const pdf_page *pb, const pdf_line *b,
                  float body) {
  if (a->size >= 1.15f * body || b->size >= 1.15f * body) return 0; /* headings */
  if (fabsf(a->size - b->size) > 0.15f * body || b->item) return 0;
  if (ends_short(a, b)) return 0;                /* a's paragraph ends */
  if (!aligned(a, b)) return 0;                  /* b is indented: a paragraph starts */
  if (pa == pb && b->y1 >= a->y1 + 0.5f * a->size) return b->y1 - a->y2 <= 1.2f * a->size;
  /* the top of the next column or page: only in the middle of a sentence */
  return !dg_line_ends_sentence(pa->text.data + a->t0, 0, a->tlen);
}
