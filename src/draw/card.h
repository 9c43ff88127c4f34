/* Cards: the boxes the timeline and funding views draw for a meeting or a program, an
 * HTML-like table of a coloured title row and up to DGR_CARD_ROWS text rows, every cell of
 * fixed size and as wide as the widest, so a card's size never depends on the fonts. */
#ifndef DG_DRAW_CARD_H
#define DG_DRAW_CARD_H

#include <graphviz/cgraph.h>

#include "base/buf.h"

#define DGR_CARD_ROWS 6

typedef struct {
  dg_buf title;
  const char *title_bg, *title_fg, *border;
  dg_buf rows[DGR_CARD_ROWS];
  int nrows;
} dgr_card;

/* An empty card with these colours (title background and text, border). */
void dgr_card_init(dgr_card *c, const char *bg, const char *fg, const char *border);
void dgr_card_destroy(dgr_card *c);
/* The next row to write plain text into (wrapped later), or NULL when the card is full. */
dg_buf *dgr_card_row(dgr_card *c);
/* The card as an HTML-like table into out (NULL: only measure), at least min_width points
 * wide; its width in *width. */
void dgr_card_html(const dgr_card *c, dg_buf *out, double min_width, double *width);
/* Make the card n's label (shape plain). */
void dgr_card_label(Agnode_t *n, Agraph_t *G, const dgr_card *c);

#endif
