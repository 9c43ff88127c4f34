/* Laying a diagram out once and writing it in several formats, and the guard every entry
 * point of the diagrams holds while it calls Graphviz: Graphviz's error level is process-wide,
 * so it is raised for the call (messages kept, never printed) and put back as the caller had
 * it; what Graphviz says when it fails comes back in the dg_error. */
#ifndef DG_DRAW_OUTPUT_H
#define DG_DRAW_OUTPUT_H

#include <graphviz/cgraph.h>
#include <stdio.h>

#include "docgraph/render.h"

/* While held, Graphviz keeps its messages instead of printing them. */
typedef struct {
  agerrlevel_t level; /* the caller's, put back by dgr_quiet_end */
  char *last;         /* Graphviz's last message before (malloc'd, or NULL) */
} dgr_quiet;

void dgr_quiet_begin(dgr_quiet *q);
void dgr_quiet_end(dgr_quiet *q);
/* Set err to `code` and the message, followed by ": " and the message Graphviz kept
 * since q began, if there is one; returns code. */
dg_err dgr_fail(const dgr_quiet *q, dg_error *err, dg_err code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Lay G out with `layout` once and write it in each format ("dot": the styled DOT before
 * layout; "svg", "png", "pdf", ...) to out[i], with r's context (NULL: one for this call). */
dg_err dgr_output(Agraph_t *G, const char *layout, const char *const *formats, FILE *const *out,
                  size_t n, dg_renderer *r, dg_error *err);
/* dgr_output with o's renderer, between o's layout hook's two calls (see dg_render_opts);
 * the first error stands. */
dg_err dgr_output_hooked(Agraph_t *G, const char *layout, const dg_render_opts *o,
                         const char *const *formats, FILE *const *out, size_t n,
                         dg_error *err);

#endif
