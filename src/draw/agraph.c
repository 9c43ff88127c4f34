/* cgraph graphs as the diagrams make them (see agraph.h). The defaults are one table,
 * declared in its order; object ids come from the graph's own discipline, never from
 * addresses, so nothing in the output depends on the heap. */
#include "draw/agraph.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/hmap.h"

/* agsafeset with "" as the default of a new attribute. */
/* Graphviz reads backslash escapes (\N, \G, \n, \l) in tooltips: a sentence set there
 * keeps its backslashes doubled, or a \" in the text would end the string in the DOT file
 * (and \N would show the node's name). Labels are escaped where they are built (label.c). */
void dgr_set(void *obj, const char *k, const char *v) {
  size_t n = strlen(v), extra = 0;
  if (strstr(k, "tooltip"))
    for (const char *p = v; (p = strchr(p, '\\')); p++) extra++;
  char *esc = extra ? malloc(n + extra + 1) : NULL;
  if (esc) {
    char *o = esc;
    for (const char *p = v; *p; p++)
      if ((*o++ = *p) == '\\') *o++ = '\\';
    *o = '\0';
  }
  agsafeset(obj, (char *)k, esc ? esc : (char *)v, "");
  free(esc);
}

/* Each row in order, so the declaration order of new attributes is the table's. */
void dgr_set_all(void *obj, const dgr_attr *a) {
  for (; a->name; a++) dgr_set(obj, a->name, a->value);
}

/* An HTML-like string is interned as such (agstrdup_html), so agwrite writes it in <...>. */
void dgr_html_label(void *obj, Agraph_t *G, const char *html) {
  char *h = agstrdup_html(G, (char *)html);
  agsafeset(obj, (char *)"label", h, (char *)"");
  agstrfree(G, h);
}

/* ---- object ids by order of creation ---- */

/* cgraph's own discipline makes a name's id the address of its interned string and keeps
 * subgraphs in id order, so clusters would come out in an order that changes with the heap
 * from run to run; anonymous ids come from a counter shared by all graphs of the process.
 * Here both are the graph's own: the i-th name is 2i+2 (even, as cgraph expects of names),
 * anonymous objects count 1, 3, 5, ... */
typedef struct {
  Agraph_t *g;
  dg_hmap map;          /* name -> index */
  DG_VEC(char *) names; /* cgraph's own strings (agstrdup), freed with the graph */
  IDTYPE anon;
} idstate;

/* The id state of a new graph: no names yet, anonymous ids from 1. */
static void *id_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  idstate *st = calloc(1, sizeof *st);
  if (st) {
    st->g = g;
    dg_hmap_init(&st->map);
    st->anon = 1;
  }
  return st;
}

/* The id of `str` (a name, or NULL for an anonymous object), made when createflag is set. */
static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  idstate *st = state;
  (void)objtype;
  if (!str) {
    *id = st->anon;
    st->anon += 2;
    return 1;
  }
  uint32_t *slot = dg_hmap_get(&st->map, str, strlen(str));
  if (slot) {
    *id = 2 * (IDTYPE)*slot + 2;
    return 1;
  }
  if (!createflag) return 0;
  /* an interned string, as cgraph's writer tells HTML names from others by its flag */
  char *copy = agstrdup(st->g, str);
  if (!copy || DG_PUSH(st->names, copy) ||
      dg_hmap_put(&st->map, copy, strlen(copy), (uint32_t)(st->names.n - 1), &slot) < 0)
    return 0;
  *id = 2 * (IDTYPE)(st->names.n - 1) + 2;
  return 1;
}

/* No id is given on request: every id comes from id_map. */
static long id_alloc(void *state, int objtype, IDTYPE request) {
  (void)state;
  (void)objtype;
  (void)request;
  return 0;
}

/* Ids are never reused while the graph is open. */
static void id_free(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id; /* names live until the graph is closed */
}

/* The name of an even id; anonymous (odd) ids have none. */
static char *id_print(void *state, int objtype, IDTYPE id) {
  idstate *st = state;
  (void)objtype;
  if (id % 2 || id < 2 || (id - 2) / 2 >= st->names.n) return NULL;
  return st->names.v[(id - 2) / 2];
}

/* With the graph: the names themselves are cgraph's strings, freed by it. */
static void id_close(void *state) {
  idstate *st = state;
  free(st->names.v);
  dg_hmap_destroy(&st->map);
  free(st);
}

/* Nothing to remember per object. */
static void id_register(void *state, int objtype, void *obj) {
  (void)state;
  (void)objtype;
  (void)obj;
}

/* Constant tables (cgraph's API takes them by non-const pointer). */
static Agiddisc_t seq_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
static Agdisc_t seq_disc = {&AgMemDisc, &seq_ids, &AgIoDisc};

/* ---- defaults ---- */

/* Values filled in when the graph is made. */
static const char FONT[] = "(the font)";
static const char OVERLAP[] = "(by layout)";

/* Declared in this order for every diagram, graph, then nodes, then lines; an attribute a
 * node or line may set is declared here, so writing it never adds a declaration in the
 * middle of the graph. */
// clang-format off
static const dgr_attr graph_defaults[] = {
    {"fontname", FONT}, {"charset", "UTF-8"}, {"bgcolor", "white"}, {"pad", "0.3"},
    {"overlap", OVERLAP}, {"outputorder", "edgesfirst"}, {NULL, NULL}};
static const dgr_attr node_defaults[] = {
    {"fontname", FONT}, {"fontsize", "11"}, {"shape", "ellipse"}, {"style", "filled"},
    {"fillcolor", "#FFFFFF"}, {"fontcolor", "#000000"}, {"color", "#333333"}, {"penwidth", "1"},
    {"margin", "0.05,0.03"}, {"label", "\\N"}, {"tooltip", ""}, {"id", ""}, {"class", ""},
    {"URL", ""}, {"width", "0.75"}, {"height", "0.5"}, {"fixedsize", "false"}, {NULL, NULL}};
static const dgr_attr edge_defaults[] = {
    {"fontname", FONT}, {"fontsize", "8"}, {"penwidth", "1"}, {"color", "#55555588"},
    {"tooltip", ""}, {"labeltooltip", ""}, {"weight", "1"}, {"class", ""}, {"URL", ""},
    {NULL, NULL}};
// clang-format on
static const struct {
  int kind;
  const dgr_attr *attrs;
} defaults[] = {{AGRAPH, graph_defaults}, {AGNODE, node_defaults}, {AGEDGE, edge_defaults}};

/* Node overlaps: dot never overlaps; the others remove overlaps with prism. */
static const char *overlap_for(const char *layout) {
  return strcmp(layout, "dot") ? "prism" : "true";
}

/* The defaults in table order, the font and overlap filled in for this graph. */
Agraph_t *dgr_open(const char *name, int directed, const char *layout, const char *font) {
  Agraph_t *G = agopen((char *)name, directed ? Agdirected : Agundirected, &seq_disc);
  if (!G) return NULL;
  if (!font) font = DGR_DEFAULT_FONT;
  for (size_t i = 0; i < sizeof defaults / sizeof *defaults; i++)
    for (const dgr_attr *a = defaults[i].attrs; a->name; a++) {
      const char *v = a->value == FONT      ? font
                      : a->value == OVERLAP ? overlap_for(layout)
                                            : a->value;
      agattr(G, defaults[i].kind, (char *)a->name, (char *)v);
    }
  return G;
}
