/* The graph as NetworkX node-link JSON (see docgraph/write.h): a directed multigraph, a
 * node per vertex and a link per arc, one a line, each with every attribute of
 * graph/attrs.h in table order; a link also carries NetworkX's multigraph `key` (its kind),
 * before the kind, and `reciprocal` last. A typed tie is one link source -> target; a
 * co-occurrence two links, the second with its ends swapped, both reciprocal. The graph
 * object holds the provenance. nx.node_link_graph reads it as a MultiDiGraph. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "graph/attrs.h"
#include "output/provenance.h"

/* Member a of the row's element (an edge's ends swapped when `reverse`). */
static void member(dg_json_obj *o, dg_attr_row *r, const dg_attr *a, int reverse) {
  dg_attr_value v = dg_attr_row_get(a, r);
  if (reverse && (a->role == DG_ROLE_SOURCE || a->role == DG_ROLE_TARGET))
    v.s = dg_graph_vertex(r->g, a->role == DG_ROLE_SOURCE ? r->e.target : r->e.source)->id;
  if (a->role == DG_ROLE_KIND) dg_json_str(o, "key", v.s);
  if (a->type == DG_ATTR_STRING) dg_json_str(o, a->name, v.s);
  else if (a->type == DG_ATTR_BOOL) dg_json_bool(o, a->name, v.n != 0);
  else dg_json_num(o, a->name, v.n);
}

static int is_end(const dg_attr *a) {
  return a->role == DG_ROLE_SOURCE || a->role == DG_ROLE_TARGET;
}

/* The members of the row's element from attribute a on (from the first: NULL), into o. */
static void members(dg_json_obj *o, dg_attr_row *r, const dg_attr *a, int reverse) {
  for (a = a ? a : dg_attr_next(r->of, NULL); a; a = dg_attr_next(r->of, a))
    if (a->role != DG_ROLE_NAME) member(o, r, a, reverse);
  if (r->of == DG_OF_EDGE) dg_json_bool(o, "reciprocal", !dg_rel_kind_directed(r->e.kind));
}

/* The row's element as one object (an edge's ends swapped when `reverse`). */
static void object(FILE *f, dg_attr_row *r, int reverse) {
  dg_json_obj o = dg_json_open(f);
  members(&o, r, NULL, reverse);
  dg_json_close(&o);
}

/* A memory stream for what the two links of a co-occurrence share. */
typedef struct {
  FILE *f; /* NULL: none could be made, each link is written whole */
  char *buf;
  size_t len;
} shared_t;

/* The two links of the row's co-occurrence: the ends (the edge attributes first in the
 * table), then the members after them, the same bytes in both, written once into sh and
 * copied. */
static void link_pair(FILE *f, shared_t *sh, dg_attr_row *r) {
  const dg_attr *s = dg_attr_next(DG_OF_EDGE, NULL), *t = dg_attr_next(DG_OF_EDGE, s);
  const dg_attr *rest = dg_attr_next(DG_OF_EDGE, t);
  if (!sh->f || !is_end(s) || !is_end(t) || (rest && is_end(rest))) {
    for (int rev = 0; rev < 2; rev++) {
      if (rev) fputs(",\n", f);
      object(f, r, rev);
    }
    return;
  }
  rewind(sh->f);
  dg_json_obj ro = {sh->f, 2}; /* after the ends: each member after a comma */
  members(&ro, r, rest, 0);
  dg_json_close(&ro);
  fflush(sh->f);
  long n = ftell(sh->f);
  for (int rev = 0; rev < 2; rev++) {
    if (rev) fputs(",\n", f);
    dg_json_obj o = dg_json_open(f);
    member(&o, r, s, rev);
    member(&o, r, t, rev);
    fwrite(sh->buf, 1, n > 0 ? (size_t)n : 0, f);
  }
}

/* Every link: an arc per typed tie, two per co-occurrence; ",\n" between them. */
static void links(FILE *f, const dg_graph *g) {
  size_t ne = dg_graph_edge_count(g);
  shared_t sh = {0};
  sh.f = open_memstream(&sh.buf, &sh.len);
  dg_attr_row r;
  dg_attr_row_init(&r, g);
  for (size_t i = 0, k = 0; i < ne; i++) {
    if (k++) fputs(",\n", f);
    dg_attr_row_at(&r, DG_OF_EDGE, i);
    if (dg_rel_kind_directed(r.e.kind)) object(f, &r, 0);
    else link_pair(f, &sh, &r);
  }
  dg_attr_row_destroy(&r);
  if (ne) putc('\n', f);
  if (sh.f) fclose(sh.f);
  free(sh.buf);
}

dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g);
  dg_provenance p;
  dg_graph_provenance(g, &p);
  fputs("{\"directed\":true,\"multigraph\":true,\"graph\":", f);
  dg_json_obj go = dg_json_open(f);
  dg_json_str(&go, "name", "docgraph");
  dg_prov_json(&go, &p);
  dg_json_str(&go, "co_occurs", "two links, reciprocal");
  dg_json_close(&go);
  fputs(",\n\"nodes\":[\n", f);
  dg_attr_row row;
  dg_attr_row_init(&row, g);
  for (size_t i = 0; i < nv; i++) {
    dg_attr_row_at(&row, DG_OF_VERTEX, i);
    object(f, &row, 0);
    fputs(i + 1 < nv ? ",\n" : "\n", f);
  }
  dg_attr_row_destroy(&row);
  fputs("],\n\"links\":[\n", f);
  links(f, g);
  fputs("]}\n", f);
  dg_err r = dg_stream_check(f, err, "JSON");
  return r != DG_OK ? r : dg_graph_texts_failed(g, err);
}

dg_err dg_write_run_json(const dg_provenance *p, size_t entities, size_t relations,
                         const char *const *files, size_t nfiles, FILE *f, dg_error *err) {
  dg_json_obj o = dg_json_open(f);
  dg_prov_json(&o, p);
  dg_json_num(&o, "entities", (double)entities);
  dg_json_num(&o, "relations", (double)relations);
  FILE *m = dg_json_member(&o, "files");
  putc('[', m);
  for (size_t i = 0; i < nfiles; i++) {
    if (i) putc(',', m);
    dg_json_string(m, files[i], strlen(files[i]));
  }
  putc(']', m);
  dg_json_close(&o);
  putc('\n', f);
  return dg_stream_check(f, err, "run.json");
}
