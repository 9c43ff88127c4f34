/* Line kinds of plain text and Markdown (private to src/input/): what one line of the
 * normalized text is, before lines are joined into blocks (structure.c).
 * A line is blank, a heading ("# x", "【x】"), a table row (a tab between two pieces of
 * text, or a "| a | b |" row), a list item (a bullet or number first: "-", "・", "●", "①",
 * "(1)", "1.") or text. Invariant: start <= cstart <= end, all inside the line. */
#ifndef DG_INPUT_LINES_H
#define DG_INPUT_LINES_H

#include <stddef.h>
#include <stdint.h>

typedef enum dg_line_kind {
  DG_LINE_BLANK,
  DG_LINE_HEADING,
  DG_LINE_TABLE,
  DG_LINE_ITEM,
  DG_LINE_TEXT
} dg_line_kind;

/* The shape of a list item's marker: items of one list share it, so in text that keeps no
 * indentation a marker of another shape under an item that ends with a colon opens a
 * sublist (4. … the following: / a. …). */
typedef enum dg_line_mark {
  DG_MARK_NONE,   /* no marker of its own (a dated or bare-numbered row) */
  DG_MARK_DASH,   /* - * + */
  DG_MARK_BULLET, /* ・ • ● ① and the other bullet characters */
  DG_MARK_NUMBER, /* 1. 1) */
  DG_MARK_LETTER, /* a. a) */
  DG_MARK_ROMAN,  /* i. iv) */
  DG_MARK_PAREN   /* (1) (a) (ア) */
} dg_line_mark;

typedef struct dg_line {
  dg_line_kind kind;
  dg_line_mark mark;   /* a list item's marker */
  uint32_t start, end; /* the line without its newline; end drops trailing spaces */
  uint32_t cstart;     /* content start (after indentation and markers) */
  int indent;          /* columns of leading space (a tab counts 4) */
  int level;           /* heading level 1..6 */
} dg_line;

/* Classify the line t[ln->start, ln->end) of a text of len bytes: sets kind, cstart,
 * indent, level, and trims ln->end. */
void dg_line_classify(const char *t, size_t len, dg_line *ln);

/* The number of a line that opens with a bare number and one space ("1 2006年：創設",
 * "2 Summary"), 1..99, with *content set after the space; 0 for any other line. Whether
 * such a line is a list item depends on its neighbours (structure.c: numbered_item). */
int dg_line_bare_number(const char *t, uint32_t cstart, uint32_t end, uint32_t *content);

/* Does the text before `end` close a sentence (。 . ! ? ： :), or is [start, end) empty? */
int dg_line_ends_sentence(const char *t, uint32_t start, uint32_t end);

#endif
