/* The commands that answer a question on stdout: stats (the numbers of the graph), evidence
 * (the sentences behind an entity or a tie) and dict check (the dictionaries' problems). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "docgraph/evidence.h"
#include "docgraph/stats.h"

/* ---- stats ---- */

int cmd_stats(cli_opts *o) {
  if (o->npaths == 0) return cli_usage_error("stats needs at least one PATH (see docgraph --help)");
  dg_graph_filter uf;
  if (cli_filter(o, &uf)) return EXIT_USAGE;
  cli_job j;
  cli_job_init(&j, o);
  int rc = cli_job_graph(&j, o->members);
  if (rc == EXIT_OK) rc = cli_job_build(&j, &uf);
  dg_stats s;
  dg_stats_opts so = {.top = o->top};
  dg_error err = {0};
  dg_err r;
  if (rc == EXIT_OK && (r = dg_stats_compute(j.g, &so, &s, &err))) rc = cli_fail(r, &err);
  if (rc == EXIT_OK) {
    /* as stats always did, a failed stdout is not reported (graph -f reports it) */
    if (o->json) dg_stats_write_json(&s, stdout, &err);
    else dg_stats_write_text(&s, stdout, &err);
    dg_stats_destroy(&s);
  }
  return cli_job_end(&j, rc);
}

/* ---- evidence ---- */

typedef struct {
  const char *a, *b;
  size_t found;
} evidence_arg;

/* doc:line: [kind] the sentence, on one line (doc:pPAGE:line in a PDF) */
static void print_evidence_line(const dg_doc *d, const dg_evidence *ev) {
  const char *s;
  size_t sn;
  uint32_t line;
  char where[1200];
  dg_doc_sentence_text(d, ev->sentence, &s, &sn, &line);
  dg_where(where, sizeof where, d->path, dg_doc_sentence_page(d, ev->sentence), line);
  printf("%s: [%s] ", where, ev->kind == DG_REL_COUNT ? "mention" : dg_rel_kind_name(ev->kind));
  for (size_t k = 0; k < sn; k++) putchar(s[k] == '\n' || s[k] == '\t' ? ' ' : s[k]);
  putchar('\n');
}

static dg_err print_evidence(void *arg, const dg_doc *d, dg_error *err) {
  evidence_arg *ea = arg;
  dg_evidence *ev;
  size_t n;
  dg_err r = dg_doc_evidence(d, ea->a, ea->b, &ev, &n, err);
  if (r != DG_OK) return r;
  for (size_t i = 0; i < n; i++) print_evidence_line(d, &ev[i]);
  ea->found += n;
  free(ev);
  return DG_OK;
}

/* The documents read for evidence: sentences printed for ea's ids, the graph kept (g) to
 * resolve the names afterwards as --focus does. */
static int evidence_pass(cli_job *j, evidence_arg *ea, dg_graph *g) {
  dg_job_sink sink = {.graph = g, .each = print_evidence, .arg = ea};
  dg_job_counts c = {0};
  dg_error err = {0};
  dg_err r = dg_job_read(j->p, &j->in, &sink, &c, &err);
  if (!g) return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
  j->counts = c;
  if (r == DG_OK) r = dg_graph_build(g, NULL, &err);
  return r == DG_OK ? EXIT_OK : cli_fail(r, &err);
}

/* The id in graph g of the entity `name` as typed (as --focus finds it: a label, an id, a
 * surname), or NULL after saying there is none. */
static const char *evidence_entity(const dg_graph *g, const char *name) {
  long v = name ? dg_graph_find(g, name) : -1;
  if (v >= 0) return dg_graph_vertex(g, (size_t)v)->id;
  fprintf(stderr, "docgraph: no entity \"%s\" in the documents (give an id such as "
                  "program:jasmine, a label or a surname)\n", name);
  return NULL;
}

/* Nothing printed for the dictionary's reading of the names: resolve them in the graph of
 * the documents and read again with the ids found, or exit 66 for a name it lacks. */
static int evidence_again(cli_job *j, evidence_arg *ea, const dg_graph *g, const char *a,
                          const char *b) {
  const char *ia = evidence_entity(g, a), *ib = b ? evidence_entity(g, b) : NULL;
  if (!ia || (b && !ib)) return EXIT_NOINPUT;
  if (!strcmp(ia, ea->a) && (!b || !strcmp(ib, ea->b))) return EXIT_OK; /* the same: none */
  ea->a = ia, ea->b = ib;
  return evidence_pass(j, ea, NULL);
}

int cmd_evidence(cli_opts *o) {
  if (o->npaths < 2)
    return cli_usage_error("usage: docgraph evidence A [B] PATH... (A, B: an entity id such as "
                           "program:jasmine, a label, or a surname)");
  const char *a = o->paths[0], *b = NULL;
  size_t skip = 1;
  struct stat st;
  /* B is the second word when it is not a path (and documents follow) */
  if (o->npaths >= 3 && strcmp(o->paths[1], "-") && stat(o->paths[1], &st) != 0) {
    b = o->paths[1];
    skip = 2;
  }
  cli_job j;
  cli_job_init(&j, o);
  int rc = cli_job_open(&j);
  if (rc) return cli_job_end(&j, rc);
  evidence_arg ea = {dg_job_entity(j.p, a), dg_job_entity(j.p, b), 0};
  j.in.paths += skip;
  j.in.npaths -= skip;
  dg_error err = {0};
  dg_err r = dg_graph_new(&j.g, &err);
  rc = r == DG_OK ? evidence_pass(&j, &ea, j.g) : cli_fail(r, &err);
  if (rc == EXIT_OK && !ea.found) rc = evidence_again(&j, &ea, j.g, a, b);
  if (rc == EXIT_OK && !ea.found && !o->quiet)
    fprintf(stderr, "docgraph: no sentence %s %s%s%s\n", ea.b ? "ties" : "names", ea.a,
            ea.b ? " and " : "", ea.b ? ea.b : "");
  return cli_job_end(&j, rc);
}

/* ---- dict check ---- */

/* docgraph: 1130 entities, 4684 surfaces, country 201, ...; 0 problems */
static void dict_summary(const dg_dict_summary *s, size_t problems) {
  fprintf(stderr, "docgraph: %zu entities, %zu surfaces", s->entities, s->surfaces);
  for (int t = 0; t < DG_TYPE_COUNT; t++)
    if (s->types[t]) fprintf(stderr, ", %s %zu", dg_type_name((dg_type)t), s->types[t]);
  fprintf(stderr, "; %zu problem%s\n", problems, problems == 1 ? "" : "s");
}

int cmd_dict(cli_opts *o) {
  if (o->npaths == 0 || strcmp(o->paths[0], "check") != 0)
    return cli_usage_error("usage: docgraph dict check [DIR...]");
  const char *shipped = o->dicts_dir ? o->dicts_dir : dg_default_dicts_dir();
  size_t ndirs = o->npaths - 1;
  const char *const *dirs = ndirs ? o->paths + 1 : &shipped;
  if (!ndirs) ndirs = 1;
  dg_error err = {0};
  if (!dirs[0]) {
    dg_error_set(&err, DG_EUNAVAIL,
                 "dictionary directory not found: set DOCGRAPH_DICTS or pass DIR");
    return cli_fail(DG_EUNAVAIL, &err);
  }
  dg_diags problems;
  dg_diags_init(&problems);
  dg_dict_summary s;
  dg_err r = dg_dicts_check(dirs, ndirs, &problems, &s, &err);
  if (r != DG_OK && r != DG_EDICT) {
    dg_diags_destroy(&problems);
    return cli_fail(r, &err);
  }
  for (size_t i = 0; i < problems.n; i++) printf("%s\n", problems.msgs[i]);
  if (!o->quiet) dict_summary(&s, problems.n);
  dg_diags_destroy(&problems);
  return cli_exit(r);
}
