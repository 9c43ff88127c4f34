/* The rules that tie the names of a document, one function each (private to src/relate/).
 *
 * Two tables drive dg_relate. dg_rel_kinds (kinds.c) holds the typed relations a sentence
 * states, tried in turn on every sentence after its trigger words are found. dg_rel_sources
 * (relate.c) holds the sources of ties over the whole document, run in turn: the sentences
 * (through dg_rel_kinds), amounts, table rows and what list items inherit from their lead.
 * Every rule is reachable through these tables, so a test can run one rule alone. */
#ifndef DG_RELATE_TIES_H
#define DG_RELATE_TIES_H

#include "docgraph/relate.h"
#include "relate/context.h"

/* A typed relation stated by one sentence: adds ties of `kind` (the table row's) read
 * from sentence s, whose trigger words are in c->trigs. */
typedef void (*dg_rel_kind_fn)(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

typedef struct dg_rel_kind_rule {
  const char *name; /* for tests: "held_in", "meeting parenthesis", ... */
  dg_rel_kind kind;
  dg_rel_kind_fn fn;
} dg_rel_kind_rule;

extern const dg_rel_kind_rule dg_rel_kinds[];
extern const size_t dg_rel_nkinds;

/* A meeting's parenthesis of dates and places (parenthesis.c), a row of dg_rel_kinds. */
void dg_rel_meeting_parenthesis(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

/* A source of ties over the whole document. */
typedef void (*dg_rel_source_fn)(dg_rel_ctx *c);

typedef struct dg_rel_source {
  const char *name; /* "sentences", "amounts", "table rows", "inherit" */
  dg_rel_source_fn fn;
} dg_rel_source;

extern const dg_rel_source dg_rel_sources[];
extern const size_t dg_rel_nsources;

/* Every row of dg_rel_kinds on every sentence (kinds.c). */
void dg_rel_sentences(dg_rel_ctx *c);
/* An amount to the program or meeting it funds (amounts.c). */
void dg_rel_amounts(dg_rel_ctx *c);
/* A table row's date and place cells to the row's meeting (tables.c). */
void dg_rel_table_rows(dg_rel_ctx *c);
/* A list item or table row to the names of the line it hangs under (inherit.c). */
void dg_rel_inherit(dg_rel_ctx *c);

/* Fill d->units and d->unit_ments with the co-occurrence units of the scope (units.c). */
dg_err dg_rel_units(dg_rel_ctx *c, dg_scope scope, dg_error *err);

#endif
