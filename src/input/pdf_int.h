/* PDF reading, private to src/input/: the characters poppler gives (pdf_glyph), the lines
 * docgraph makes of them (pdf_line) and the pages that hold both. pdf.c fills them and
 * writes the text; pdf_read.c decides the reading order and which lines continue the one
 * before. Coordinates are poppler's: points, origin at the top left, y growing down. */
#ifndef DG_INPUT_PDF_INT_H
#define DG_INPUT_PDF_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

typedef struct pdf_glyph {
  float x1, y1, x2, y2;
  float size;    /* font size in points */
  uint32_t cp;
  uint8_t bold;  /* its font's name says bold, black or heavy */
  uint8_t space; /* a space poppler put between words */
  uint8_t ruby;  /* furigana: dropped */
  uint32_t at;   /* its byte offset in the page's text, UINT32_MAX when in no line */
} pdf_glyph;

typedef struct pdf_line {
  uint32_t g0, ng;      /* its glyphs: page.g[g0 .. g0+ng), spaces and dropped ones too */
  uint32_t printed;     /* glyphs other than spaces */
  uint32_t t0, tlen;    /* its text: page.text.data[t0 .. t0+tlen), UTF-8 */
  float x1, y1, x2, y2; /* the box of its glyphs other than spaces */
  float size;           /* its largest font size */
  float cx1;            /* where its content starts, after a list marker ("・", "(1) ") */
  float w1;             /* the width of its first word (of its first character in Japanese) */
  float ex1, ex2;       /* the column (or page area) it is read in */
  uint8_t bold;         /* every glyph bold */
  uint8_t item;         /* it starts with a list marker */
  uint8_t drop;         /* a running header or footer, or a page number */
} pdf_line;

typedef struct pdf_page {
  float w, h;
  pdf_glyph *g;
  size_t ng;
  pdf_line *l;
  size_t nl;
  dg_buf text;     /* the lines' text */
  uint32_t *order; /* the kept lines in reading order */
  size_t norder;
} pdf_page;

/* Put the page's kept lines in reading order (page->order) and give each its column
 * (ex1, ex2). body: the document's body font size. -1 when memory runs out. */
int pdf_read_order(pdf_page *p, float body);

/* How line b follows line a in reading order: 0 a new block, 1 the same paragraph (a
 * wrapped line), given the document's body size. */
int pdf_continues(const pdf_page *pa, const pdf_line *a, const pdf_page *pb, const pdf_line *b,
                  float body);

#endif
