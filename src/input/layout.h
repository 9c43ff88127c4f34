/* Laid-out text (private to src/input/): the text of a PDF or Word file, built twice at
 * once. `raw` holds the lines as laid out (a PDF's lines page by page, a Word file's
 * paragraphs and table rows a line each) and becomes the document's raw, so lines and
 * columns in every output count on it; `src` holds the same text as the blocks the
 * structure parser reads ("# " headings, "- " items, tab-separated rows, a blank line
 * between blocks, a PDF's wrapped lines joined), with a map from each src byte to the raw
 * byte it came from. Invariant: map has one entry per src byte and never points past raw;
 * `pages` has one entry per raw line ended (PDF only). */
#ifndef DG_INPUT_LAYOUT_H
#define DG_INPUT_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "docgraph/doc.h"

typedef struct dg_layout {
  dg_buf raw, src;
  DG_VEC(uint32_t) map;   /* src offset -> raw offset */
  DG_VEC(uint32_t) pages; /* the page of each raw line */
  uint32_t page;          /* the page lines are on now (0: the file has no pages) */
  int oom;
} dg_layout;

void dg_layout_init(dg_layout *l);
void dg_layout_destroy(dg_layout *l);
/* Text of the file that a reader reads: into raw and src, byte for byte. */
void dg_layout_text(dg_layout *l, const char *s, size_t n);
/* Text of the file that a reader skips (the hyphen that split a word): into raw only. */
void dg_layout_raw(dg_layout *l, const char *s, size_t n);
/* Structure docgraph adds ("# ", "- ", a line break, the space that joins two wrapped
 * lines): into src only, mapped to where raw stands. */
void dg_layout_mark(dg_layout *l, const char *s, size_t n);
/* End the current raw line. */
void dg_layout_end_line(dg_layout *l);
/* Start a block in src: a blank line before it, unless src is empty or already ends one. */
void dg_layout_block(dg_layout *l);
/* Start a line in src (a list item after an item, a table row after a row). */
void dg_layout_line(dg_layout *l);
/* Hand the texts to d: raw replaces the file's bytes, src and src_map are set, and for a
 * file with pages line_pages and npages. The layout is left empty. */
dg_err dg_layout_finish(dg_layout *l, dg_doc *d, dg_error *err);

#endif
