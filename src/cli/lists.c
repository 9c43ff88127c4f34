/* Option values that are lists or names: -T formats, --view views, --outputs, --types and
 * --kinds (into the graph filter), --rank, and the diagram options. Each bad value is
 * printed as one line naming the choices, and makes the caller exit with EXIT_USAGE. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "docgraph/run.h"

int cli_usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("docgraph: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return EXIT_USAGE;
}

/* Each comma-separated item of list, empty ones too ("svg,,png": svg, "", png), to
 * add(arg, item, length); stops at the first that fails. */
static int each_item(const char *list, int (*add)(void *arg, const char *s, size_t n),
                     void *arg) {
  for (const char *p = list; *p;) {
    size_t len = strcspn(p, ",");
    if (add(arg, p, len)) return -1;
    p += len;
    if (*p == ',') p++;
  }
  return 0;
}

/* ---- -T svg,png and --view all,timeline: lists kept in order, without repeats ---- */

typedef struct {
  const char **v;
  size_t n, max;
} format_list;

/* -T pdf: one of the diagram formats. */
static int add_format(void *arg, const char *s, size_t len) {
  static const char *const known[] = {"svg", "png", "pdf", "dot"};
  format_list *l = arg;
  size_t k = 0;
  while (k < 4 && !(strlen(known[k]) == len && !strncmp(known[k], s, len))) k++;
  if (k == 4)
    return cli_usage_error("unknown diagram format '%.*s' in -T (svg, png, pdf, dot)", (int)len, s);
  int dup = 0;
  for (size_t i = 0; i < l->n; i++) dup |= l->v[i] == known[k];
  if (!dup && l->n < l->max) l->v[l->n++] = known[k];
  return 0;
}

int cli_parse_formats(const char *list, const char **fmts, size_t *n, size_t max) {
  format_list l = {fmts, 0, max};
  if (each_item(list, add_format, &l)) return EXIT_USAGE;
  *n = l.n;
  if (l.n == 0) return cli_usage_error("-T needs at least one format (svg, png, pdf, dot)");
  return EXIT_OK;
}

typedef struct {
  dg_view *v;
  size_t n;
} view_list;

/* --view funding: one of the views (its name read up to 31 bytes). */
static int add_view(void *arg, const char *s, size_t len) {
  view_list *l = arg;
  char name[32];
  snprintf(name, sizeof name, "%.*s", (int)(len < 31 ? len : 31), s);
  dg_view v;
  if (dg_view_parse(name, &v))
    return cli_usage_error("unknown view '%s' in --view (all, timeline, funding, countries)",
                           name);
  int dup = 0;
  for (size_t i = 0; i < l->n; i++) dup |= l->v[i] == v;
  if (!dup && l->n < DG_VIEW_COUNT) l->v[l->n++] = v;
  return 0;
}

int cli_parse_views(const char *list, dg_view *views, size_t *n) {
  view_list l = {views, 0};
  if (each_item(list, add_view, &l)) return EXIT_USAGE;
  *n = l.n;
  if (l.n == 0) return cli_usage_error("--view needs a view (all, timeline, funding, countries)");
  return EXIT_OK;
}

int cli_parse_view(const char *name, dg_view *v) {
  *v = DG_VIEW_ALL;
  if (name && dg_view_parse(name, v))
    return cli_usage_error("unknown view '%s' (all, timeline, funding, countries)", name);
  return EXIT_OK;
}

/* ---- --types and --kinds: names into a bit mask ---- */

typedef struct {
  const char *what, *option, *choices;
  int (*parse)(const char *name); /* the bit of a name, or -1 */
  uint32_t mask;
} mask_list;

/* "PREFIXa, b, c": the names of 0..n-1 that `parse` accepts, for the message of a bad
 * name; made from the names' own table, so a new type or kind is listed without an edit. */
static const char *choices(char *buf, size_t size, const char *prefix, const char *(*name)(int),
                           int n, int (*parse)(const char *)) {
  size_t o = (size_t)snprintf(buf, size, "%s", prefix);
  for (int i = 0; i < n; i++)
    if (parse(name(i)) == i && o < size)
      o += (size_t)snprintf(buf + o, size - o, "%s%s", i ? ", " : "", name(i));
  return buf;
}

static const char *type_name_of(int i) { return dg_type_name((dg_type)i); }
static const char *kind_name_of(int i) { return dg_rel_kind_name((dg_rel_kind)i); }

/* --types person: any type but the dictionaries' stop words */
static int type_bit(const char *name) {
  dg_type t;
  return dg_type_parse(name, &t) || t == DG_TYPE_STOP ? -1 : (int)t;
}

static int kind_bit(const char *name) {
  dg_rel_kind k;
  return dg_rel_kind_parse(name, &k) ? -1 : (int)k;
}

/* One name of the list; empty names are skipped ("country,,group"). */
static int add_bit(void *arg, const char *s, size_t len) {
  mask_list *m = arg;
  if (!len) return 0;
  char name[256];
  snprintf(name, sizeof name, "%.*s", (int)len, s);
  int bit = m->parse(name);
  if (bit < 0)
    return cli_usage_error("unknown %s '%s' in %s (%s)", m->what, name, m->option, m->choices);
  m->mask |= 1u << bit;
  return 0;
}

/* The mask of a list read, as it always was, from its first 255 bytes. */
static int parse_mask(const char *list, mask_list *m) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s", list ? list : "");
  return each_item(buf, add_bit, m);
}

static const char *output_name_of(int i) { return dg_run_output_name((dg_run_output)i); }

static int output_bit(const char *name) {
  dg_run_output out;
  return dg_run_output_parse(name, &out) ? -1 : (int)out;
}

int cli_parse_outputs(const char *list, unsigned *mask) {
  char buf[256];
  mask_list outs = {"output", "--outputs",
                    choices(buf, sizeof buf, "", output_name_of, DG_OUT_COUNT, output_bit),
                    output_bit, 0};
  if (parse_mask(list, &outs)) return EXIT_USAGE;
  *mask = outs.mask;
  return EXIT_OK;
}

int cli_filter(const cli_opts *o, dg_graph_filter *f) {
  memset(f, 0, sizeof *f);
  f->min_weight = o->min_weight;
  f->top = o->top;
  f->drop_isolated = o->drop_isolated;
  f->focus = o->focus;
  f->radius = o->radius;
  f->fanout = o->fanout_set ? o->fanout : 8;
  char tbuf[256], kbuf[256];
  mask_list types = {"type", "--types",
                     choices(tbuf, sizeof tbuf, "types: ", type_name_of, DG_TYPE_COUNT, type_bit),
                     type_bit, 0};
  mask_list kinds = {"relation", "--kinds",
                     choices(kbuf, sizeof kbuf, "", kind_name_of, DG_REL_COUNT, kind_bit),
                     kind_bit, 0};
  if (parse_mask(o->types, &types) || parse_mask(o->kinds, &kinds)) return EXIT_USAGE;
  f->types = types.mask;
  f->kinds = kinds.mask;
  /* membership ties come from the dictionaries, not the documents: only when asked for */
  if (!f->kinds && !o->members) f->kinds = ((1u << DG_REL_COUNT) - 1) & ~(1u << DG_REL_MEMBER_OF);
  if (o->rank && dg_rank_parse(o->rank, &f->rank))
    return cli_usage_error("--rank takes pagerank, degree or mentions, not '%s'", o->rank);
  return EXIT_OK;
}

int cli_has_filters(const cli_opts *o) {
  return o->types || o->top || o->min_weight > 0 || o->drop_isolated || o->focus || o->kinds;
}

dg_write_opts cli_write_opts(const cli_opts *o) {
  dg_write_opts w = {.gexf = o->gexf_version ? DG_GEXF_1_3 : DG_GEXF_1_2,
                     .dynamic = o->dynamic,
                     .mixed = o->mixed,
                     .csv_bom = o->csv_bom};
  return w;
}

int cli_to_terminal(const char *out) { return (!out || !strcmp(out, "-")) && isatty(1); }

/* The edit distance of a and b (insertions, deletions, substitutions), up to 64 bytes. */
static size_t edits(const char *a, const char *b) {
  size_t n = strlen(a), m = strlen(b), row[65];
  if (n > 64 || m > 64) return 99;
  for (size_t j = 0; j <= m; j++) row[j] = j;
  for (size_t i = 1; i <= n; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= m; j++) {
      size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      diag = up;
      row[j] = best;
    }
  }
  return row[m];
}

const char *cli_nearest(const char *word, const char *const *choices, size_t n) {
  const char *best = NULL;
  size_t bd = 99, len = strlen(word), limit = len < 4 ? 1 : len < 8 ? 2 : 3;
  for (size_t i = 0; i < n; i++) {
    size_t d = edits(word, choices[i]);
    if (d < bd) bd = d, best = choices[i];
  }
  return bd <= limit ? best : NULL;
}

dg_diagram_opts cli_diagram_opts(const cli_opts *o) {
  dg_diagram_opts d = {.renderer = o->renderer,
                       .layout = o->layout,
                       .labels = (dg_label_mode)o->labels,
                       .color = (dg_color_mode)o->color,
                       .max_edges = o->max_edges,
                       .max_edges_set = o->max_edges_set,
                       .focus = o->focus};
  return d;
}
