/* Entity dictionaries: every .tsv file in dicts/ (id, type, label_ja, label_en, aliases, attrs).
 * Loading validates each file and reports every problem as file:line (bad column count,
 * unknown type, bad id, duplicate id, an alias claimed by two entities). Directories load
 * in layers: a later layer (a user's --dict DIR) may redefine an id of an earlier one,
 * which then replaces it, and may take over its aliases. */
#ifndef DOCGRAPH_DICT_H
#define DOCGRAPH_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"

typedef struct dg_entity {
  const char *id;
  dg_type type;
  const char *label_ja; /* may be "" */
  const char *label_en; /* may be "" */
  const char *attrs;    /* "k=v;k=v" as written */
  const char *file;
  uint32_t line;
  int replaced; /* a later layer redefined this id */
} dg_entity;

/* A surface form to match: a label, an alias or a compound-only abbreviation. */
enum {
  DG_SURF_CASE = 1,     /* match ASCII case exactly */
  DG_SURF_COMPOUND = 2, /* only inside a 日X-style compound (abbr1=) */
};

typedef struct dg_surface {
  const char *text; /* normalized */
  uint32_t len;
  uint32_t entity;
  uint8_t flags;
} dg_surface;

typedef struct dg_dict dg_dict;

dg_err dg_dict_new(dg_dict **out, dg_error *err);
void dg_dict_free(dg_dict *d);

/* Load every *.tsv directly in dir (sorted by name) as one layer. Problems go to
 * `problems` as file:line lines; returns DG_EDICT when there was any. */
dg_err dg_dict_load_dir(dg_dict *d, const char *dir, dg_diags *problems, dg_error *err);
/* Load one file as part of the current layer (for tests). */
dg_err dg_dict_load_file(dg_dict *d, const char *path, dg_diags *problems, dg_error *err);
/* Start a new layer: ids from later layers replace earlier ones. */
void dg_dict_new_layer(dg_dict *d);

size_t dg_dict_count(const dg_dict *d);
const dg_entity *dg_dict_entity(const dg_dict *d, size_t i);
/* Index of the entity with this id, or -1 (replaced entities are not found). */
long dg_dict_find(const dg_dict *d, const char *id);
/* Index of the live entity whose label or alias is exactly s (normalized), or -1. */
long dg_dict_find_surface(const dg_dict *d, const char *s, size_t n);

/* The id of the live entity a user means by `name`: an id, or a label or alias in any
 * letter case and width (jasmine, ＪＡＳＭＩＮＥ). NULL when the dictionary has none. */
const char *dg_dict_resolve(const dg_dict *d, const char *name);

size_t dg_dict_surface_count(const dg_dict *d);
const dg_surface *dg_dict_surface(const dg_dict *d, size_t i);

/* Value of attribute `key` of e copied into buf (NUL-terminated); NULL when absent. */
const char *dg_entity_attr(const dg_entity *e, const char *key, char *buf, size_t size);

/* A term in office, from a person's `terms=` attribute (OFFICE:FROM/TO, dates as
 * YYYY-MM-DD, TO empty while in office): the office and the first and last day as yyyymmdd
 * (to 0: in office still). */
typedef struct dg_term {
  char office[32];
  int32_t from, to;
} dg_term;

/* The terms of e into out (at most max): how many there are (0 without the attribute), or
 * -1 when the attribute is not terms as written above. */
int dg_entity_terms(const dg_entity *e, dg_term *out, size_t max);

/* A hash of every entity and surface, for caches keyed by dictionary content. */
uint64_t dg_dict_fingerprint(const dg_dict *d);

#endif
