/* Cards (see card.h). A title wraps at 26 columns at 11 points, a row at 34 at 10 points;
 * a cell is as high as its lines and every cell as wide as the widest (at least 60 points,
 * plus 8 of padding). */
#include "draw/card.h"

#include <math.h>
#include <string.h>

#include "draw/agraph.h"
#include "draw/label.h"

#define TITLE_FS 11
#define ROW_FS 10
#define TITLE_COLUMNS 26
#define ROW_COLUMNS 34

/* Empty buffers for the title and every row; colours as given. */
void dgr_card_init(dgr_card *c, const char *bg, const char *fg, const char *border) {
  memset(c, 0, sizeof *c);
  dg_buf_init(&c->title);
  for (int i = 0; i < DGR_CARD_ROWS; i++) dg_buf_init(&c->rows[i]);
  c->title_bg = bg;
  c->title_fg = fg;
  c->border = border;
}

/* Frees the title and rows (the card itself is the caller's). */
void dgr_card_destroy(dgr_card *c) {
  dg_buf_destroy(&c->title);
  for (int i = 0; i < DGR_CARD_ROWS; i++) dg_buf_destroy(&c->rows[i]);
}

/* Rows are handed out in order; a seventh is refused. */
dg_buf *dgr_card_row(dgr_card *c) { return c->nrows < DGR_CARD_ROWS ? &c->rows[c->nrows++] : NULL; }

/* The cell text: s wrapped at `width` columns with <BR/>, escaped; its extent in w, h. */
static void cell(dg_buf *out, const char *s, int width, double fs, double *w, double *h) {
  dg_buf wrapped, plain;
  dg_buf_init(&wrapped);
  dg_buf_init(&plain);
  dgr_wrap(&wrapped, s, width, "<BR ALIGN=\"LEFT\"/>", 1);
  dgr_wrap(&plain, s, width, "\n", 0);
  dgr_label_extent(plain.data ? plain.data : "", fs, w, h);
  dg_buf_adds(out, wrapped.data ? wrapped.data : "");
  dg_buf_destroy(&wrapped);
  dg_buf_destroy(&plain);
}

/* One row of the table: the title (i == 0) on its colour, or a row of text in black. */
static void row_html(dg_buf *out, const dgr_card *c, int i, double width, double height,
                     const char *text) {
  dg_buf_printf(out,
                "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"%.0f\" ALIGN=\"LEFT\" "
                "BALIGN=\"LEFT\"%s%s%s><FONT POINT-SIZE=\"%.0f\" COLOR=\"%s\">%s</FONT></TD></TR>",
                width, height, i == 0 ? " BGCOLOR=\"" : "", i == 0 ? c->title_bg : "",
                i == 0 ? "\"" : "", i == 0 ? (double)TITLE_FS : (double)ROW_FS,
                i == 0 ? c->title_fg : "#000000", text);
}

/* Measure every cell first: all cells take the widest width, each its own height. */
void dgr_card_html(const dgr_card *c, dg_buf *out, double min_width, double *width) {
  dg_buf cells[DGR_CARD_ROWS + 1];
  double w[DGR_CARD_ROWS + 1], h[DGR_CARD_ROWS + 1], maxw = 60;
  for (int i = 0; i <= c->nrows; i++) {
    dg_buf_init(&cells[i]);
    const char *s = i == 0 ? c->title.data : c->rows[i - 1].data;
    cell(&cells[i], s ? s : "", i == 0 ? TITLE_COLUMNS : ROW_COLUMNS, i == 0 ? TITLE_FS : ROW_FS,
         &w[i], &h[i]);
    if (w[i] > maxw) maxw = w[i];
  }
  if (min_width - 8 > maxw) maxw = min_width - 8;
  *width = ceil(maxw) + 8;
  if (out)
    dg_buf_printf(out,
                  "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
                  "BGCOLOR=\"#FFFFFF\" COLOR=\"%s\">",
                  c->border);
  for (int i = 0; i <= c->nrows; i++) {
    if (out)
      row_html(out, c, i, ceil(maxw) + 8, ceil(h[i]) + 4, cells[i].data ? cells[i].data : "");
    dg_buf_destroy(&cells[i]);
  }
  if (out) dg_buf_adds(out, "</TABLE>");
}

/* A plain node: the card's table is all that is drawn. */
void dgr_card_label(Agnode_t *n, Agraph_t *G, const dgr_card *c) {
  dg_buf b;
  dg_buf_init(&b);
  double w;
  dgr_card_html(c, &b, 0, &w);
  dgr_set(n, "shape", "plain");
  dgr_set(n, "style", "");
  dgr_html_label(n, G, b.data);
  dg_buf_destroy(&b);
}
