/* Provenance as the exports write it (see dg_provenance in docgraph/graph.h): the same
 * fields under the same names in every format, so a file says which docgraph, which
 * dictionaries and which options made it, from how many documents of which dates.
 *   JSON (node-link `graph`, Cytoscape `data`, run.json, the report): an object's members
 *   GraphML: graph data keys g_<name>;  GEXF and the Cypher script: one line of text */
#ifndef DG_OUTPUT_PROVENANCE_H
#define DG_OUTPUT_PROVENANCE_H

#include <stddef.h>
#include <stdio.h>

#include "docgraph/graph.h"
#include "docgraph/json.h"

/* A field: its name and where it is in dg_provenance (a char array, or a size_t count
 * written as a number). */
typedef struct dg_prov_field {
  const char *name;
  int number; /* a size_t, written as a JSON number or GraphML int */
  size_t offset, size;
} dg_prov_field;

extern const dg_prov_field dg_prov_fields[];
extern const size_t dg_prov_count;

/* Field f of p as text (a number into buf). */
const char *dg_prov_text(const dg_prov_field *f, const dg_provenance *p, char *buf, size_t n);

/* The index of the field called `name`, or -1. */
int dg_prov_find(const char *name);
/* Field i of p set from its text (as a file gives it). */
void dg_prov_set(dg_provenance *p, int i, const char *text);

/* Every field as members of the open object o ("docgraph_version":"0.1.0", ...). */
void dg_prov_json(dg_json_obj *o, const dg_provenance *p);
/* One line: "docgraph 0.1.0; dictionaries 0123456789abcdef; options scope=sentence ...;
 * 5 documents (5 dated, 2024-01-30 to 2024-05-02)". */
char *dg_prov_line(const dg_provenance *p, char *buf, size_t n);

#endif
