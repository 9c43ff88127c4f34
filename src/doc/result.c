/* Document results (see docgraph/result.h): made from a processed document by borrowing
 * its strings and arrays (only the sentences' evidence and the mentions' text as written
 * are computed here, through the document's offset maps), compared field by field. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/result_int.h"

dg_result_own *dg_result_own_new(dg_result *r) {
  memset(r, 0, sizeof *r);
  dg_result_own *o = calloc(1, sizeof *o);
  if (!o) return NULL;
  dg_arena_init(&o->arena);
  dg_diags_init(&o->warnings);
  r->own = o;
  r->warnings = &o->warnings;
  return o;
}

void dg_result_free(dg_result *r) {
  dg_result_own *o = r->own;
  if (o) {
    dg_arena_destroy(&o->arena);
    dg_diags_destroy(&o->warnings);
    free(o);
  }
  memset(r, 0, sizeof *r);
}

/* Each sentence's text as written, line and page, as the graph cites it. */
static void doc_sentences(const dg_doc *d, dg_result_sentence *out) {
  for (size_t i = 0; i < d->nsents; i++) {
    const char *s;
    size_t n;
    dg_doc_sentence_text(d, (uint32_t)i, &s, &n, &out[i].line);
    out[i].text = s;
    out[i].len = (uint32_t)n;
    out[i].page = dg_doc_sentence_page(d, (uint32_t)i);
  }
}

/* Each mention's text as written (the src bytes its span covers). */
static void doc_surfaces(const dg_doc *d, dg_written *out) {
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    uint32_t s0 = dg_doc_src_offset(d, m->start), s1 = dg_doc_src_end(d, m->start, m->end);
    out[i].text = d->src + s0;
    out[i].len = s1 > s0 ? s1 - s0 : 0;
  }
}

dg_err dg_result_of_doc(dg_result *r, const dg_doc *d, dg_error *err) {
  dg_result_own *o = dg_result_own_new(r);
  dg_result_sentence *sents = o ? dg_arena_alloc(&o->arena, (d->nsents + 1) * sizeof *sents) : NULL;
  dg_written *surf = sents ? dg_arena_alloc(&o->arena, (d->nments + 1) * sizeof *surf) : NULL;
  if (!surf) {
    dg_result_free(r);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  }
  doc_sentences(d, sents);
  doc_surfaces(d, surf);
  r->path = d->path;
  r->format = d->format;
  r->read_as = dg_doc_read_as(d);
  r->npages = d->npages;
  memcpy(r->hash, d->hash, sizeof r->hash);
  r->size = d->size;
  r->date = d->date;
  r->sents = sents, r->nsents = d->nsents;
  r->ments = d->ments, r->surfaces = surf, r->nments = d->nments;
  r->units = d->units, r->nunits = d->nunits;
  r->unit_ments = d->unit_ments, r->nunit_ments = d->nunit_ments;
  r->rels = d->rels, r->nrels = d->nrels;
  r->warnings = &d->diags;
  return DG_OK;
}

/* ---- comparing ---- */

static int str_eq(const char *a, const char *b) {
  return !strcmp(a ? a : "", b ? b : "");
}

static int bytes_eq(const char *a, uint32_t na, const char *b, uint32_t nb) {
  return na == nb && (na == 0 || !memcmp(a, b, na));
}

static int when_eq(const dg_when *a, const dg_when *b) {
  return a->year == b->year && a->month == b->month && a->day == b->day &&
         a->year2 == b->year2 && a->month2 == b->month2 && a->day2 == b->day2 &&
         a->prec == b->prec && a->fiscal == b->fiscal;
}

static int decimal_eq(dg_decimal a, dg_decimal b) { return a.mant == b.mant && a.exp == b.exp; }

static int mention_eq(const dg_mention *a, const dg_mention *b) {
  return a->start == b->start && a->end == b->end && a->raw_start == b->raw_start &&
         a->raw_end == b->raw_end && a->line == b->line && a->col == b->col &&
         a->sentence == b->sentence && a->type == b->type && str_eq(a->id, b->id) &&
         str_eq(a->label, b->label) && str_eq(a->label_en, b->label_en) &&
         a->entity == b->entity && a->implicit == b->implicit &&
         decimal_eq(a->value, b->value) && decimal_eq(a->value_max, b->value_max) &&
         a->has_range == b->has_range && a->qualifier == b->qualifier &&
         a->cumulative == b->cumulative &&
         !strncmp(a->currency, b->currency, sizeof a->currency) && str_eq(a->unit, b->unit) &&
         when_eq(&a->when, &b->when) && a->page == b->page;
}

static int sentence_eq(const dg_result_sentence *a, const dg_result_sentence *b) {
  return bytes_eq(a->text, a->len, b->text, b->len) && a->line == b->line && a->page == b->page;
}

static int unit_eq(const dg_unit *a, const dg_unit *b) {
  return a->first == b->first && a->n == b->n && a->sentence == b->sentence;
}

static int relation_eq(const dg_relation *a, const dg_relation *b) {
  return a->kind == b->kind && a->from == b->from && a->to == b->to &&
         a->sentence == b->sentence && str_eq(a->rule, b->rule);
}

static int warnings_eq(const dg_diags *a, const dg_diags *b) {
  size_t na = a ? a->n : 0, nb = b ? b->n : 0;
  if (na != nb) return 0;
  for (size_t i = 0; i < na; i++)
    if (strcmp(a->msgs[i], b->msgs[i])) return 0;
  return 1;
}

/* The first of rows [0, n) of a and b that differ (eq false), or n. */
#define FIRST_DIFF(eq, a, b, n, k) \
  for (k = 0; k < (n) && eq(&(a)[k], &(b)[k]); k++) continue

static int header_eq(const dg_result *a, const dg_result *b) {
  return str_eq(a->path, b->path) && a->format == b->format && str_eq(a->read_as, b->read_as) &&
         a->npages == b->npages && !strcmp(a->hash, b->hash) && a->size == b->size &&
         when_eq(&a->date, &b->date) && a->sent_base == b->sent_base &&
         a->ment_base == b->ment_base && a->unit_base == b->unit_base &&
         a->rel_base == b->rel_base && a->window == b->window;
}

static int surface_eq(const dg_written *a, const dg_written *b) {
  return bytes_eq(a->text, a->len, b->text, b->len);
}

static int uint_eq(const uint32_t *a, const uint32_t *b) { return *a == *b; }

int dg_result_equal(const dg_result *a, const dg_result *b, char *why, size_t n) {
  const char *what = NULL;
  size_t k = 0;
  if (!header_eq(a, b)) what = "document";
  else if (a->nsents != b->nsents || a->nments != b->nments || a->nunits != b->nunits ||
           a->nunit_ments != b->nunit_ments || a->nrels != b->nrels)
    what = "counts";
  if (!what) {
    FIRST_DIFF(sentence_eq, a->sents, b->sents, a->nsents, k);
    if (k < a->nsents) what = "sentence";
  }
  if (!what) {
    FIRST_DIFF(mention_eq, a->ments, b->ments, a->nments, k);
    if (k == a->nments) FIRST_DIFF(surface_eq, a->surfaces, b->surfaces, a->nments, k);
    if (k < a->nments) what = "mention";
  }
  if (!what) {
    FIRST_DIFF(unit_eq, a->units, b->units, a->nunits, k);
    if (k < a->nunits) what = "unit";
  }
  if (!what) {
    FIRST_DIFF(uint_eq, a->unit_ments, b->unit_ments, a->nunit_ments, k);
    if (k < a->nunit_ments) what = "unit mention";
  }
  if (!what) {
    FIRST_DIFF(relation_eq, a->rels, b->rels, a->nrels, k);
    if (k < a->nrels) what = "relation";
  }
  if (!what && !warnings_eq(a->warnings, b->warnings)) what = "warnings";
  if (what && why) snprintf(why, n, "%s: %s %zu differs", a->path ? a->path : "?", what, k);
  return what == NULL;
}
