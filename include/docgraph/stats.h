/* Statistics of a built graph (docgraph stats): counts of entities by type and of relations
 * by kind, the top entities by PageRank and by degree, the communities with their members,
 * and the documents of each entity. dg_stats_compute fills a dg_stats whose pointers point
 * into the graph: it stays valid while the graph is neither rebuilt nor freed. The writers
 * print it as text for people or as one JSON object. */
#ifndef DOCGRAPH_STATS_H
#define DOCGRAPH_STATS_H

#include <stdio.h>

#include "docgraph/graph.h"

#define DG_STATS_TOP 20 /* entities in each top list unless the options say otherwise */
#define DG_STATS_READ_AS 16 /* encodings and formats counted; the rest as "other" */

typedef struct dg_stats_opts {
  size_t top; /* entities in each top list (0: DG_STATS_TOP); never more than the graph has */
} dg_stats_opts;

/* A community: its id (dense from 0) and its members in the graph's (id) order. */
typedef struct dg_stats_community {
  int32_t id;
  const dg_vertex **members;
  size_t n;
} dg_stats_community;

typedef struct dg_stats {
  const char **documents;           /* the graph's documents, in the order they were added */
  size_t ndocuments;
  char (*dates)[11];                /* each document's date (2024-10-11), "" when undated */
  size_t ndated;
  const dg_vertex **entities;       /* every entity, in the graph's (id) order; each one's
                                       docs[] index `documents` */
  size_t nentities;
  size_t nrelations;
  size_t types[DG_TYPE_COUNT];      /* entities of each type */
  size_t kinds[DG_REL_COUNT];       /* relations of each kind */
  const dg_vertex **top_pagerank;   /* highest PageRank first, ties by id */
  const dg_vertex **top_degree;     /* highest degree first, ties by id */
  size_t ntop;
  dg_stats_community *communities;  /* 0 .. the highest community id, in order */
  size_t ncommunities;
  /* the documents by what they were read as (UTF-8, Shift_JIS, PDF ...), in order of first
   * appearance; documents a graph file names are not counted */
  const char *read_as[DG_STATS_READ_AS];
  size_t read_as_count[DG_STATS_READ_AS];
  size_t nread_as;
} dg_stats;

/* The statistics of g (built by dg_graph_build). o may be NULL. */
dg_err dg_stats_compute(const dg_graph *g, const dg_stats_opts *o, dg_stats *s, dg_error *err);
void dg_stats_destroy(dg_stats *s);

/* The statistics as one JSON object on one line: documents, document_dates, encodings (documents by
 * encoding or format), entities, relations, types, kinds, top_pagerank, top_degree,
 * communities (member ids), entity_documents. */
dg_err dg_stats_write_json(const dg_stats *s, FILE *f, dg_error *err);
/* The statistics as text: counts, the documents with their dates, the documents by
 * encoding, the two top lists, the
 * communities (member labels), the documents of each entity. */
dg_err dg_stats_write_text(const dg_stats *s, FILE *f, dg_error *err);

#endif
