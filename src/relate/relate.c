/* Relations between the names of one document (see docgraph/relate.h).
 *
 * dg_relate builds the shared context (relate/context.h), runs every source of ties of
 * dg_rel_sources in turn, then cuts the co-occurrence units of the scope. The rules
 * themselves live one concept a file: kinds.c (typed relations from trigger words),
 * parenthesis.c, amounts.c, tables.c, inherit.c and units.c.
 * Invariant: every relation joins two mentions of the document and points at one sentence
 * of it (its evidence); units list mention indices only. */
#include "docgraph/relate.h"

#include <stdlib.h>
#include <string.h>

#include "relate/ties.h"

static const char *const scope_names[] = {
    [DG_SCOPE_SENTENCE] = "sentence", [DG_SCOPE_PARAGRAPH] = "paragraph",
    [DG_SCOPE_BLOCK] = "block"};

int dg_scope_parse(const char *name, dg_scope *out) {
  for (size_t i = 0; i < sizeof scope_names / sizeof *scope_names; i++)
    if (!strcmp(name, scope_names[i])) {
      *out = (dg_scope)i;
      return 0;
    }
  return -1;
}

/* The sources of ties, run in this order over the whole document; their relations are
 * listed in the same order in d->rels, which is part of the output, so a new source goes
 * at the end. To add one: a function `void f(dg_rel_ctx *c)` in a file of its own
 * (declared in relate/ties.h) that adds ties with dg_rel_add, and a row here. A new typed
 * relation read from one sentence is a row of dg_rel_kinds (kinds.c) instead. */
const dg_rel_source dg_rel_sources[] = {
    {"sentences", dg_rel_sentences},   /* trigger words, meeting parentheses */
    {"amounts", dg_rel_amounts},       /* an amount to the program it funds */
    {"table rows", dg_rel_table_rows}, /* date and place cells to the row's meeting */
    {"inherit", dg_rel_inherit},       /* an item to the names of its lead line */
    {"dateline", dg_rel_dateline},     /* CITY, DATE — to the document's own meeting */
    {"series instance", dg_rel_series_instances}, /* 本年秋の…会合: the instance so dated */
    {"title venue", dg_rel_title_venue}, /* Summit / Manila, 13 November 2017 under a title */
    {"closing line", dg_rel_closing_line}, /* Done at Vientiane, on 22 July 2016 */
    {"participant country", dg_rel_participant_countries}, /* the Ministry of X, Xの朴外相: X too */
    {"joint opening", dg_rel_joint_openings}, /* AとBが開かれ: what follows is of both */
};
const size_t dg_rel_nsources = sizeof dg_rel_sources / sizeof *dg_rel_sources;

dg_err dg_relate(const dg_rules *r, const dg_relate_opts *o, dg_doc *d, dg_error *err) {
  dg_relate_opts def = {0};
  if (!o) o = &def;
  dg_rel_ctx c;
  dg_err e = dg_rel_ctx_init(&c, r, d, err);
  if (e != DG_OK) return e;
  c.ignore_implicit = o->implicit == DG_IMPLICIT_IGNORE;
  c.dict = o->dict;
  for (size_t k = 0; k < dg_rel_nsources && !c.oom; k++) {
    c.rule = dg_rel_sources[k].name; /* the sentence rules name their own rows */
    dg_rel_sources[k].fn(&c);
  }
  e = c.oom ? dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path) : DG_OK;
  if (e == DG_OK) e = dg_rel_units(&c, o->scope, err);
  if (e == DG_OK) {
    free(d->rels);
    DG_FIT(c.rels); /* done growing: a long document's result is made beside them */
    d->rels = c.rels.v;
    d->nrels = c.rels.n;
    c.rels.v = NULL;
  }
  dg_rel_ctx_destroy(&c);
  return e;
}
