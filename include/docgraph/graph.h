/* The relationship graph: vertices are entities merged across documents by id, edges are
 * relations with weights and evidence. Documents are added one at a time and dropped, so
 * memory grows with the graph, not with the corpus. dg_graph_build applies filters, sorts
 * vertices by id and edges by their ends (so the output does not depend on the order in
 * which documents were added), builds the igraph graph with the C attribute handler and
 * computes the metrics. */
#ifndef DOCGRAPH_GRAPH_H
#define DOCGRAPH_GRAPH_H

#include <igraph/igraph.h>
#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"

typedef enum dg_rel_kind {
  DG_REL_CO_OCCURS = 0, /* undirected: in the same unit (sentence by default) */
  DG_REL_COUNT
} dg_rel_kind;

const char *dg_rel_kind_name(dg_rel_kind k);

typedef struct dg_vertex {
  const char *id;
  dg_type type;
  const char *label;
  const char *label_en;
  uint32_t mentions;
  uint32_t documents;
  uint32_t units; /* co-occurrence units (sentences) it appears in */
  double degree, strength, pagerank, betweenness;
  int32_t community;
} dg_vertex;

typedef struct dg_edge {
  uint32_t source, target; /* vertex indices; for undirected kinds source id < target id */
  dg_rel_kind kind;
  double weight;     /* units in which both appear */
  double jaccard;    /* weight / units with either */
  uint32_t documents;
  uint32_t evidence_count;
  const char *evidence; /* first evidence: "doc:line" */
} dg_edge;

/* Which vertices and edges go into the built graph. */
typedef struct dg_graph_filter {
  uint32_t types;     /* bit (1 << dg_type) per type kept; 0 = every type but quantity */
  double min_weight;  /* drop edges lighter than this (0: keep all) */
  size_t top;         /* keep the N most mentioned vertices (0: all) */
  int drop_isolated;  /* drop vertices without edges */
} dg_graph_filter;

typedef struct dg_graph dg_graph;

dg_err dg_graph_new(dg_graph **out, dg_error *err);
void dg_graph_free(dg_graph *g);

/* Merge one document's mentions: vertices, and co-occurrence within each sentence. */
dg_err dg_graph_add_doc(dg_graph *g, const dg_doc *d, dg_error *err);
size_t dg_graph_document_count(const dg_graph *g);

/* Build the filtered, sorted graph with metrics. May be called again with other filters. */
dg_err dg_graph_build(dg_graph *g, const dg_graph_filter *f, dg_error *err);

size_t dg_graph_vertex_count(const dg_graph *g);
const dg_vertex *dg_graph_vertex(const dg_graph *g, size_t i);
size_t dg_graph_edge_count(const dg_graph *g);
const dg_edge *dg_graph_edge(const dg_graph *g, size_t i);
/* The built graph as igraph, with vertex attributes id, type, label, label_en, mentions,
 * documents, degree, strength, pagerank, betweenness, community and edge attributes kind,
 * weight, jaccard, documents, evidence_count, evidence. */
const igraph_t *dg_graph_igraph(const dg_graph *g);

#endif
