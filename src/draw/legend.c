/* The legend of a diagram (see legend.h): an HTML-like table of fixed-size cells, so its
 * extent never depends on font measurements. A key is a type (a bordered cell in the type's
 * colours) or a relation kind ("→ held_in" in the kind's colour). */
#include "draw/legend.h"

#include <math.h>
#include <stdio.h>

#include "base/buf.h"
#include "docgraph/types.h"
#include "draw/agraph.h"
#include "draw/label.h"
#include "draw/style.h"

/* One key: its text and colours; `border` for types. */
typedef struct {
  char text[64];
  const char *bg, *fg;
  int border;
} key;

/* The keys for the types and kinds present, in type then kind order; returns how many. */
static size_t legend_keys(unsigned types, unsigned kinds, key *keys) {
  size_t n = 0;
  for (int t = 0; t < DG_TYPE_COUNT; t++)
    if (types & (1u << t)) {
      const dgr_style *st = dgr_type_style((dg_type)t);
      key *k = &keys[n++];
      snprintf(k->text, sizeof k->text, "%s", dg_type_name((dg_type)t));
      k->bg = st->fill, k->fg = st->font, k->border = 1;
    }
  for (int r = 1; r < DG_REL_COUNT; r++)
    if (kinds & (1u << r)) {
      key *k = &keys[n++];
      snprintf(k->text, sizeof k->text, "→ %s", dg_rel_kind_name((dg_rel_kind)r));
      k->bg = NULL, k->fg = dgr_kind_line((dg_rel_kind)r)->color, k->border = 0;
    }
  return n;
}

/* A key's cell width in points: its text and room for the border or the arrow. */
static double key_width(const key *k) {
  double cw, ch;
  dgr_label_extent(k->text, 10.0, &cw, &ch);
  return round(cw + (k->border ? 16 : 24));
}

/* A key as a fixed-size cell: type keys bordered on their colour, kind keys borderless
 * in the kind's colour. */
static void key_cell(dg_buf *b, const key *k) {
  dg_buf_printf(b,
                "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"18\"%s%s%s%s>"
                "<FONT COLOR=\"%s\" POINT-SIZE=\"10\">",
                key_width(k), k->bg ? " BGCOLOR=\"" : "", k->bg ? k->bg : "", k->bg ? "\"" : "",
                k->border ? "" : " BORDER=\"0\"", k->fg);
  dgr_html_escape(b, k->text);
  dg_buf_adds(b, "</FONT></TD>");
}

/* The caption: one left-aligned line at 12 points. */
static void caption_row(dg_buf *b, const char *caption) {
  double cw, ch;
  dgr_label_extent(caption, 12.0, &cw, &ch);
  dg_buf_printf(b,
                "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"%.0f\" ALIGN=\"LEFT\">"
                "<FONT POINT-SIZE=\"12\">",
                cw + 8, ch + 4);
  dgr_html_escape(b, caption);
  dg_buf_adds(b, "</FONT></TD></TR>");
}

/* The keys: a table of its own width, so a wider caption does not stretch the cells. */
static void keys_row(dg_buf *b, const key *keys, size_t n) {
  double total = 3;
  for (size_t i = 0; i < n; i++) total += key_width(&keys[i]) + 3;
  dg_buf_printf(b,
                "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" "
                "CELLPADDING=\"2\" FIXEDSIZE=\"TRUE\" WIDTH=\"%.0f\" HEIGHT=\"24\"><TR>",
                total);
  for (size_t i = 0; i < n; i++) key_cell(b, &keys[i]);
  dg_buf_adds(b, "</TR></TABLE></TD></TR>");
}

/* The legend is the graph's label, placed after the layout, so it never moves a node. */
void dgr_legend(Agraph_t *G, const char *caption, unsigned types, unsigned kinds) {
  if (!types && !kinds && !caption) return;
  key keys[DG_TYPE_COUNT + DG_REL_COUNT];
  size_t n = legend_keys(types, kinds, keys);
  dg_buf b;
  dg_buf_init(&b);
  /* a caption line, then the row of keys: two tables, so a long caption does not stretch
   * the cells */
  dg_buf_adds(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
  if (caption) caption_row(&b, caption);
  if (types || kinds) keys_row(&b, keys, n);
  dg_buf_adds(&b, "</TABLE>");
  if (b.data) {
    dgr_html_label(G, G, b.data);
    dgr_set(G, "labelloc", "t");
    dgr_set(G, "labeljust", "l");
  }
  dg_buf_destroy(&b);
}
