/* Laying out and writing diagrams (see output.h), the Graphviz context a program keeps
 * across renders (dg_renderer), and the guard around Graphviz's process-wide error level.
 * Invariant: no call returns with Graphviz's error level changed, and nothing Graphviz
 * reports during a call reaches stderr. */
#include "draw/output.h"

#include <graphviz/gvc.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

/* ---- Graphviz's error level ---- */

/* AGMAX: Graphviz writes every message to its own buffer (aglasterr), none to stderr. */
void dgr_quiet_begin(dgr_quiet *q) {
  q->level = agseterr(AGMAX);
  q->last = aglasterr();
}

/* The caller's level back; the snapshot of the last message freed. */
void dgr_quiet_end(dgr_quiet *q) {
  agseterr(q->level);
  free(q->last);
  q->last = NULL;
}

/* Graphviz's last message when it is new since q began, on one line, into b. Graphviz
 * tells no message's age, so one the same as the last before the call is taken for that
 * one and left out: the caller's state is only read, never reset. */
static void graphviz_says(const dgr_quiet *q, dg_buf *b) {
  char *now = aglasterr();
  if (now && (!q->last || strcmp(now, q->last))) {
    for (char *p = now; *p; p++)
      if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    size_t n = strlen(now);
    while (n && now[n - 1] == ' ') now[--n] = '\0';
    if (n) dg_buf_printf(b, ": %s", now);
  }
  free(now);
}

/* Graphviz: layout xyz failed: Layout type: "xyz" not recognized. Use one of: ... */
dg_err dgr_fail(const dgr_quiet *q, dg_error *err, dg_err code, const char *fmt, ...) {
  dg_buf b;
  dg_buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  dg_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  graphviz_says(q, &b);
  dg_error_set(err, code, "%s", b.data ? b.data : "Graphviz failed");
  dg_buf_destroy(&b);
  return code;
}

/* ---- the context ---- */

struct dg_renderer {
  GVC_t *gvc;
};

/* A context loads Graphviz's plugins; its messages are kept like any call's. */
dg_err dg_renderer_new(dg_renderer **out, dg_error *err) {
  dg_renderer *r = calloc(1, sizeof *r);
  if (!r) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dgr_quiet q;
  dgr_quiet_begin(&q);
  r->gvc = gvContext();
  dg_err rc = r->gvc ? DG_OK : dgr_fail(&q, err, DG_EGRAPH, "Graphviz: cannot create a context");
  dgr_quiet_end(&q);
  if (rc != DG_OK) {
    free(r);
    return rc;
  }
  *out = r;
  return DG_OK;
}

/* Freed quietly too: plugins may report as they unload. */
void dg_renderer_free(dg_renderer *r) {
  if (!r) return;
  dgr_quiet q;
  dgr_quiet_begin(&q);
  gvFreeContext(r->gvc);
  dgr_quiet_end(&q);
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
                   FILE *const *out, size_t n, const dgr_quiet *q, dg_error *err) {
  if (gvLayout(gvc, G, layout) != 0)
    return dgr_fail(q, err, DG_EGRAPH, "Graphviz: layout %s failed", layout);
  dg_err r = DG_OK;
  for (size_t i = 0; i < n && r == DG_OK; i++) {
    if (!strcmp(formats[i], "dot")) continue;
    if (gvRender(gvc, G, formats[i], out[i]) != 0)
      r = dgr_fail(q, err, DG_EGRAPH, "Graphviz: cannot render %s (is the plugin installed?)",
                   formats[i]);
    else if (ferror(out[i])) r = dg_error_set(err, DG_EIO, "write error in %s", formats[i]);
  }
  gvFreeLayout(gvc, G);
  return r;
}

dg_err dgr_output_hooked(Agraph_t *G, const char *layout, const dg_render_opts *o,
                         const char *const *formats, FILE *const *out, size_t n,
                         dg_error *err) {
  dg_err r = o->layout_hook ? o->layout_hook(o->layout_ctx, 1, err) : DG_OK;
  if (r == DG_OK) r = dgr_output(G, layout, formats, out, n, o->renderer, err);
  dg_error back = {0};
  dg_err b = o->layout_hook ? o->layout_hook(o->layout_ctx, 0, &back) : DG_OK;
  if (r == DG_OK && b != DG_OK) {
    if (err) *err = back;
    r = b;
  }
  return r;
}

/* Without a renderer, a context for this call only (see dg_renderer on why a program that
 * draws more than once must keep one). */
dg_err dgr_output(Agraph_t *G, const char *layout, const char *const *formats, FILE *const *out,
                  size_t n, dg_renderer *rdr, dg_error *err) {
  dg_err r = write_dot(G, formats, out, n, err);
  if (r != DG_OK || !needs_layout(formats, n)) return r;
  dgr_quiet q;
  dgr_quiet_begin(&q);
  GVC_t *gvc = rdr ? rdr->gvc : gvContext();
  if (!gvc) r = dgr_fail(&q, err, DG_EGRAPH, "Graphviz: cannot create a context");
  else r = draw(gvc, G, layout, formats, out, n, &q, err);
  if (gvc && !rdr) gvFreeContext(gvc);
  dgr_quiet_end(&q);
  return r;
}
