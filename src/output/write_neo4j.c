/* The graph for Neo4j (see docgraph/write.h): the two CSV files neo4j-admin database import
 * reads, and a Cypher script that loads the same files with LOAD CSV into a running
 * database. Headers come from the attribute table (graph/attrs.h): the entity id is the
 * node's :ID, its type a label beside Entity (Entity;Country), an edge's ends :START_ID
 * and :END_ID and its kind the relationship :TYPE (CO_OCCURS); the other attributes are
 * properties typed in the header (mentions:int, weight:float, directed:boolean; strings
 * plain). A co-occurrence is one relationship with directed false: query it as -[]-. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "graph/attrs.h"
#include "output/csv.h"
#include "output/provenance.h"

/* The header type of a property, and the Cypher function that reads it from LOAD CSV. */
static const char *const neo_types[] = {
    [DG_ATTR_STRING] = "", [DG_ATTR_INT] = ":int", [DG_ATTR_DOUBLE] = ":float",
    [DG_ATTR_BOOL] = ":boolean"};
static const char *const cypher_casts[] = {
    [DG_ATTR_STRING] = "", [DG_ATTR_INT] = "toInteger", [DG_ATTR_DOUBLE] = "toFloat",
    [DG_ATTR_BOOL] = "toBoolean"};

/* A name in Neo4j's style: a label capitalized (country -> Country), a type in capitals
 * (co_occurs -> CO_OCCURS). */
static const char *neo_name(const char *s, int all_caps, char *buf, size_t n) {
  size_t k = 0;
  for (; s[k] && k + 1 < n; k++)
    buf[k] = (char)(all_caps || k == 0 ? toupper((unsigned char)s[k]) : s[k]);
  buf[k] = '\0';
  return buf;
}

/* The header of a column: id:ID, :START_ID, :END_ID, :TYPE, or NAME[:type]. */
static void header_cell(FILE *f, const dg_attr *a) {
  switch (a->role) {
  case DG_ROLE_ID: fputs("id:ID", f); return;
  case DG_ROLE_SOURCE: fputs(":START_ID", f); return;
  case DG_ROLE_TARGET: fputs(":END_ID", f); return;
  default: fprintf(f, "%s%s", a->name, neo_types[a->type]);
  }
}

/* The value of attribute a of the row's element. */
static void value_cell(FILE *f, dg_attr_row *r, const dg_attr *a) {
  dg_attr_value v = dg_attr_row_get(a, r);
  if (a->type == DG_ATTR_STRING) dg_csv_field(f, v.s);
  else if (a->type == DG_ATTR_BOOL) fputs(v.n != 0 ? "true" : "false", f);
  else dg_json_number(f, v.n);
}

/* The extra column of nodes (:LABEL) or relationships (:TYPE), after the ends or the id. */
static void extra_cell(FILE *f, const dg_attr_row *r, dg_attr_of of, int header) {
  char buf[64];
  if (header) fputs(of == DG_OF_VERTEX ? ",:LABEL" : ",:TYPE", f);
  else if (of == DG_OF_VERTEX) {
    fputs(",Entity;", f);
    fputs(neo_name(dg_type_name(r->v->type), 0, buf, sizeof buf), f);
  } else {
    putc(',', f);
    fputs(neo_name(dg_rel_kind_name(r->e.kind), 1, buf, sizeof buf), f);
  }
}

/* One line of nodes or relationships: the header (header != 0) or the row's element. */
static void line(FILE *f, dg_attr_row *r, dg_attr_of of, int header) {
  size_t c = 0;
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
    if (a->role == DG_ROLE_NAME) continue;
    if (c++) putc(',', f);
    if (header) header_cell(f, a);
    else value_cell(f, r, a);
    if (a->role == DG_ROLE_ID || a->role == DG_ROLE_TARGET) extra_cell(f, r, of, header);
  }
  putc('\n', f);
}

static dg_err table(const dg_graph *g, FILE *f, dg_attr_of of, size_t n, const char *what,
                    dg_error *err) {
  dg_attr_row row;
  dg_attr_row_init(&row, g);
  line(f, &row, of, 1);
  for (size_t i = 0; i < n; i++) {
    dg_attr_row_at(&row, of, i);
    line(f, &row, of, 0);
  }
  dg_attr_row_destroy(&row);
  dg_err r = dg_stream_check(f, err, what);
  return r != DG_OK ? r : dg_graph_texts_failed(g, err);
}

dg_err dg_write_neo4j_nodes(const dg_graph *g, FILE *f, dg_error *err) {
  return table(g, f, DG_OF_VERTEX, dg_graph_vertex_count(g), "Neo4j nodes", err);
}

dg_err dg_write_neo4j_relationships(const dg_graph *g, FILE *f, dg_error *err) {
  return table(g, f, DG_OF_EDGE, dg_graph_edge_count(g), "Neo4j relationships", err);
}

/* ---- the Cypher script ---- */

/* "SET v.name = toFloat(r.`name:float`), ..." for every property of `of`. */
static void set_properties(FILE *f, dg_attr_of of, const char *var) {
  size_t c = 0;
  for (const dg_attr *a = NULL; (a = dg_attr_next(of, a));) {
    if (a->role == DG_ROLE_NAME || a->role == DG_ROLE_ID || a->role == DG_ROLE_SOURCE ||
        a->role == DG_ROLE_TARGET)
      continue;
    fprintf(f, "%s%s.%s = %s(r.`%s%s`)", c++ ? ",\n    " : "SET ", var, a->name,
            cypher_casts[a->type], a->name, neo_types[a->type]);
  }
  fputs(";\n", f);
}

static void cypher_nodes(FILE *f) {
  char buf[64];
  fputs("CREATE CONSTRAINT docgraph_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS "
        "UNIQUE;\n\nLOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS r\n"
        "MERGE (e:Entity {id: r.`id:ID`})\n", f);
  set_properties(f, DG_OF_VERTEX, "e");
  fputs("\n// a label per entity type, as in the :LABEL column\n", f);
  for (int t = 0; t < DG_TYPE_STOP; t++) {
    const char *name = dg_type_name((dg_type)t);
    fprintf(f, "MATCH (e:Entity {type: '%s'}) SET e:%s;\n", name,
            neo_name(name, 0, buf, sizeof buf));
  }
}

static void cypher_relationships(FILE *f) {
  char buf[64];
  fputs("\n// a statement per relation kind, as in the :TYPE column (LOAD CSV cannot name a\n"
        "// relationship type from a field)\n", f);
  for (int k = 0; k < DG_REL_COUNT; k++) {
    const char *type = neo_name(dg_rel_kind_name((dg_rel_kind)k), 1, buf, sizeof buf);
    fprintf(f, "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS r\n"
               "WITH r WHERE r.`:TYPE` = '%s'\n"
               "MATCH (a:Entity {id: r.`:START_ID`}), (b:Entity {id: r.`:END_ID`})\n"
               "CREATE (a)-[t:%s]->(b)\n", type, type);
    set_properties(f, DG_OF_EDGE, "t");
  }
}

dg_err dg_write_neo4j_cypher(const dg_graph *g, FILE *f, dg_error *err) {
  dg_provenance p;
  char line_[2048];
  dg_graph_provenance(g, &p);
  fprintf(f, "// %s\n", dg_prov_line(&p, line_, sizeof line_));
  fputs("// Load docgraph's graph into Neo4j: put nodes.csv and relationships.csv in the\n"
        "// database's import directory, then run this script (cypher-shell -f import.cypher).\n"
        "// Into an empty database, neo4j-admin reads the same files faster:\n"
        "//   neo4j-admin database import full --nodes=nodes.csv "
        "--relationships=relationships.csv\n\n", f);
  cypher_nodes(f);
  cypher_relationships(f);
  return dg_stream_check(f, err, "Cypher script");
}
