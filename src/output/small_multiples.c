/* Small multiples (see docgraph/write.h): diagrams drawn apart (one per period) side by
 * side in one SVG, a grid of at most three columns, each panel its title over the diagram
 * scaled into a fixed square. Each diagram goes in whole as a nested <svg> with its own
 * viewBox; its ids (Graphviz numbers them from 1 in every diagram) and the references to
 * them get the panel's prefix (p0-, p1-, ...), so the panels never collide. */
#include <string.h>

#include "docgraph/outfile.h"
#include "docgraph/write.h"

#define PANEL 420  /* a panel's width and its diagram's height, in points */
#define TITLE 28   /* the title's band above the diagram */
#define GAP 16
#define COLUMNS 3

/* The value of attribute `name` of the element starting at tag (up to its '>'), into buf. */
static const char *tag_attr(const char *tag, const char *end, const char *name, char *buf,
                            size_t n) {
  char pat[32];
  snprintf(pat, sizeof pat, " %s=\"", name);
  buf[0] = '\0';
  const char *p = strstr(tag, pat);
  if (!p || p > end) return buf;
  p += strlen(pat);
  const char *q = strchr(p, '"');
  if (q && q < end) snprintf(buf, n, "%.*s", (int)(q - p), p);
  return buf;
}

/* text[0..len) with every id="X", url(#X) and href="#X" given the prefix. */
static void prefixed(FILE *f, const char *text, size_t len, const char *prefix) {
  static const char *const marks[] = {"id=\"", "url(#", "href=\"#"};
  for (size_t i = 0; i < len;) {
    size_t k = 0, m = 0;
    for (; k < 3; k++) {
      m = strlen(marks[k]);
      if (i + m <= len && !memcmp(text + i, marks[k], m)) break;
    }
    if (k == 3) {
      putc(text[i++], f);
      continue;
    }
    fwrite(text + i, 1, m, f);
    fputs(prefix, f);
    i += m;
  }
}

static void text_escaped(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '<') fputs("&lt;", f);
    else if (*s == '&') fputs("&amp;", f);
    else putc(*s, f);
  }
}

/* Panel k at its place in the grid: the title, then the diagram's body in a nested svg. */
static void panel(FILE *f, const dg_panel *pn, size_t k) {
  int x = (int)(k % COLUMNS) * (PANEL + GAP), y = (int)(k / COLUMNS) * (PANEL + TITLE + GAP);
  fprintf(f, "<g transform=\"translate(%d,%d)\">\n<text x=\"%d\" y=\"%d\" font-size=\"16\" "
             "text-anchor=\"middle\" font-family=\"sans-serif\">", x, y, PANEL / 2, TITLE - 8);
  text_escaped(f, pn->title);
  fputs("</text>\n", f);
  const char *open = pn->svg ? strstr(pn->svg, "<svg") : NULL;
  const char *gt = open ? strchr(open, '>') : NULL;
  const char *close = NULL;
  for (const char *p = gt; p && (p = strstr(p, "</svg>")); p++) close = p;
  if (gt && close) {
    char vb[128], prefix[32];
    tag_attr(open, gt, "viewBox", vb, sizeof vb);
    snprintf(prefix, sizeof prefix, "p%zu-", k);
    fprintf(f, "<svg x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" viewBox=\"%s\">", TITLE, PANEL,
            PANEL, vb);
    prefixed(f, gt + 1, (size_t)(close - gt - 1), prefix);
    fputs("</svg>\n", f);
  }
  fputs("</g>\n", f);
}

dg_err dg_write_small_multiples(const dg_panel *panels, size_t n, FILE *f, dg_error *err) {
  size_t cols = n < COLUMNS ? (n ? n : 1) : COLUMNS, rows = (n + COLUMNS - 1) / COLUMNS;
  int w = (int)cols * (PANEL + GAP) - GAP, h = (int)(rows ? rows : 1) * (PANEL + TITLE + GAP) - GAP;
  fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
             "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"%dpt\" height=\"%dpt\" "
             "viewBox=\"0 0 %d %d\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
          w, h, w, h);
  for (size_t k = 0; k < n; k++) panel(f, &panels[k], k);
  fputs("</svg>\n", f);
  return dg_stream_check(f, err, "small multiples");
}
