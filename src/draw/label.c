/* Label text of the diagrams (see label.h). Widths are estimated per character class, so
 * node sizes, and with them layouts and output bytes, never depend on the fonts installed or
 * on fontconfig's cache. */
#include "draw/label.h"

#include <stdio.h>
#include <string.h>

#include "base/utf8.h"
#include "draw/agraph.h"

/* Characters from U+1100 (Hangul, CJK, full-width forms) take two columns and one em. */
static int is_wide(uint32_t cp) { return cp >= 0x1100; }

/* The escape of cp in an HTML-like label (<, >, &, ") or in DOT (\), or NULL. */
static const char *escape_of(uint32_t cp, int html) {
  if (!html) return cp == '\\' ? "\\\\" : NULL;
  switch (cp) {
  case '<': return "&lt;";
  case '>': return "&gt;";
  case '&': return "&amp;";
  case '"': return "&quot;";
  default: return NULL;
  }
}

/* "Tidal Fund for Coastal Resilience Projects" at 24: a line breaks at the first space after
 * 24 columns; "沿岸強靱化のための東南アジア" breaks before the 13th character. */
void dgr_wrap(dg_buf *b, const char *s, int width, const char *nl, int html) {
  const char *e = s + strlen(s);
  int col = 0;
  while (s < e) {
    uint32_t cp;
    int l = dg_utf8_decode(s, e, &cp);
    if (l == 0) l = 1;
    if (cp == ' ' && col >= width) { /* the space becomes the break */
      dg_buf_adds(b, nl);
      col = 0;
      s++;
      continue;
    }
    if (is_wide(cp) && col >= width) {
      dg_buf_adds(b, nl);
      col = 0;
    }
    const char *esc = escape_of(cp, html);
    if (esc) dg_buf_adds(b, esc);
    else dg_buf_add(b, s, (size_t)l);
    col += is_wide(cp) ? 2 : 1;
    s += l;
  }
}

/* Wrapping at a width never reached: escapes only. */
void dgr_html_escape(dg_buf *b, const char *s) { dgr_wrap(b, s, 1 << 30, "", 1); }

/* The width of cp in ems. */
static double char_width(uint32_t cp) {
  if (is_wide(cp)) return 1.0;
  if (cp >= 'A' && cp <= 'Z') return 0.68;
  if (cp == ' ' || cp == '.' || cp == ',' || cp == '\'' || cp == 'i' || cp == 'l') return 0.32;
  return 0.56;
}

/* Node sizes come from this estimate, not from the font library: Graphviz would measure
 * text through pango and fontconfig, whose answers differ in the last digit from run to run
 * (cache state) and from machine to machine (fonts), and the layout with them. */
void dgr_label_extent(const char *s, double fontsize, double *w, double *h) {
  const char *e = s + strlen(s);
  double line = 0, best = 0;
  int lines = 1;
  while (s < e) {
    uint32_t cp;
    int l = dg_utf8_decode(s, e, &cp);
    if (l == 0) l = 1;
    if (cp == '\n') {
      if (line > best) best = line;
      line = 0;
      lines++;
    } else {
      line += char_width(cp);
    }
    s += l;
  }
  if (line > best) best = line;
  *w = best * fontsize;
  *h = lines * fontsize * 1.25;
}

/* How much wider and taller than its text each shape must be. */
static void shape_factor(const char *shape, double *fw, double *fh) {
  if (!strcmp(shape, "ellipse") || !strcmp(shape, "egg")) *fw = 1.32, *fh = 1.45;
  else if (!strcmp(shape, "hexagon") || !strcmp(shape, "octagon")) *fw = 1.3, *fh = 1.3;
  else if (!strcmp(shape, "parallelogram") || !strcmp(shape, "house")) *fw = 1.35, *fh = 1.35;
  else *fw = 1.08, *fh = 1.15;
}

/* Width and height in inches, as Graphviz takes them, with a margin of one em and half. */
void dgr_fix_size(Agnode_t *n, const char *label, double fs, const char *shape) {
  char num[32];
  double tw, th, fw, fh;
  dgr_label_extent(label, fs, &tw, &th);
  shape_factor(shape, &fw, &fh);
  snprintf(num, sizeof num, "%.2f", (tw + fs) * fw / 72.0);
  dgr_set(n, "width", num);
  snprintf(num, sizeof num, "%.2f", (th + 0.5 * fs) * fh / 72.0);
  dgr_set(n, "height", num);
  dgr_set(n, "fixedsize", "true");
}

/* 日本 / Japan: "Japan" in DG_LABEL_EN, "日本" otherwise; an entity without a
 * Japanese name is named in English in every mode. */
const char *dgr_label_of(const dg_vertex *v, dg_label_mode mode) {
  return (mode == DG_LABEL_EN && *v->label_en) || !*v->label ? v->label_en : v->label;
}

/* 日本 / Japan with DG_LABEL_BOTH: "日本\nJapan"; ASEAN / ASEAN: "ASEAN". */
const char *dgr_vertex_label(const dg_vertex *v, dg_label_mode mode, dg_buf *b) {
  dg_buf_clear(b);
  const char *ja = v->label, *en = v->label_en;
  if (mode == DG_LABEL_BOTH && *en && *ja && strcmp(ja, en) != 0) {
    dgr_wrap(b, ja, 24, "\n", 0);
    dg_buf_addc(b, '\n');
    dgr_wrap(b, en, 24, "\n", 0);
  } else {
    dgr_wrap(b, dgr_label_of(v, mode), 24, "\n", 0);
  }
  return b->data ? b->data : "";
}
