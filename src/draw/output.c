/* Laying out and writing diagrams (see output.h) and the Graphviz context a program keeps
 * across renders (dg_renderer). */
#include "draw/output.h"

#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

/* ---- the context ---- */

struct dg_renderer {
  GVC_t *gvc;
};

dg_err dg_renderer_new(dg_renderer **out, dg_error *err) {
  dg_renderer *r = calloc(1, sizeof *r);
  if (!r) return dg_error_set(err, DG_ENOMEM, "out of memory");
  agseterr(AGMAX);
  r->gvc = gvContext();
  if (!r->gvc) {
    free(r);
    return dg_error_set(err, DG_EGRAPH, "Graphviz: cannot create a context");
  }
  *out = r;
  return DG_OK;
}

void dg_renderer_free(dg_renderer *r) {
  if (!r) return;
  gvFreeContext(r->gvc);
  free(r);
}

/* ---- laying out and writing ---- */

/* The styled DOT, before layout, to each output asking for "dot". */
static dg_err write_dot(Agraph_t *G, const char *const *formats, FILE *const *out, size_t n,
                        dg_error *err) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(formats[i], "dot") && (agwrite(G, out[i]) != 0 || ferror(out[i])))
      return dg_error_set(err, DG_EIO, "write error in DOT");
  return DG_OK;
}

/* Does any output ask for a drawing (a format other than "dot")? */
static int needs_layout(const char *const *formats, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(formats[i], "dot")) return 1;
  return 0;
}

/* Lay G out and render each drawn format with gvc. */
static dg_err draw(GVC_t *gvc, Agraph_t *G, const char *layout, const char *const *formats,
                   FILE *const *out, size_t n, dg_error *err) {
  if (gvLayout(gvc, G, layout) != 0)
    return dg_error_set(err, DG_EGRAPH, "Graphviz: layout %s failed", layout);
  dg_err r = DG_OK;
  for (size_t i = 0; i < n && r == DG_OK; i++) {
    if (!strcmp(formats[i], "dot")) continue;
    if (gvRender(gvc, G, formats[i], out[i]) != 0)
      r = dg_error_set(err, DG_EGRAPH, "Graphviz: cannot render %s (is the plugin installed?)",
                   formats[i]);
    else if (ferror(out[i])) r = dg_error_set(err, DG_EIO, "write error in %s", formats[i]);
  }
  gvFreeLayout(gvc, G);
  return r;
}

/* Without a renderer, a context for this call only (see dg_renderer on why a program that
 * draws more than once must keep one). */
dg_err dgr_output(Agraph_t *G, const char *layout, const char *const *formats, FILE *const *out,
                  size_t n, dg_renderer *rdr, dg_error *err) {
  dg_err r = write_dot(G, formats, out, n, err);
  if (r != DG_OK || !needs_layout(formats, n)) return r;
  GVC_t *gvc = rdr ? rdr->gvc : gvContext();
  if (!gvc) return dg_error_set(err, DG_EGRAPH, "Graphviz: cannot create a context");
  r = draw(gvc, G, layout, formats, out, n, err);
  if (!rdr) gvFreeContext(gvc);
  return r;
}
