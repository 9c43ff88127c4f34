/* `docgraph run` as one library call: documents in, the output tree out.
 *   DIR/mentions.jsonl                 every mention, one JSON object a line
 *   DIR/graph.graphml graph.gexf graph.json nodes.csv edges.csv cytoscape.json
 *                                      the graph, as the filter keeps it
 *   DIR/neo4j/nodes.csv relationships.csv import.cypher   the same for Neo4j
 *   DIR/run.json                       provenance and the names of the data files
 *   DIR/graph-PERIOD.graphml .gexf .json .svg   with `by`: each period's graph (2024,
 *                                      2024-Q1, 2024-03) and its diagram; DIR/periods.svg
 *                                      the diagrams side by side (small multiples)
 *   DIR/graph.FMT, DIR/VIEW.FMT        each view's diagram in each format (`all` is graph.*,
 *                                      and always has graph.dot too, to lay out again)
 *   DIR/report.html                    the report, with the views' diagrams inline
 *   DIR/docs/NAME.FMT                  with per_doc: each document's own diagram (NAME: its
 *                                      path with '/' as '_')
 *   DIR/docgraph.db                    the corpus store (docgraph/store.h, docs/store.md):
 *                                      each document's result, reused by the next run
 * Files are written whole or not at all; the views are drawn in the order given. */
#ifndef DOCGRAPH_RUN_H
#define DOCGRAPH_RUN_H

#include "docgraph/diagram_policy.h"
#include "docgraph/job.h"
#include "docgraph/period.h"
#include "docgraph/views.h"
#include "docgraph/write.h"

#define DG_RUN_DIR "output"
#define DG_RUN_REPORT_TITLE "docgraph report"
#define DG_RUN_MAX_FORMATS 4 /* svg, png, pdf, dot */
#define DG_RUN_STORE "docgraph.db"

/* The files of the tree a run may leave out: dg_run_opts.outputs is a mask of 1 << these
 * (0: all but DG_OUT_STORE). The store, run.json and the diagrams (formats, views) are
 * always written. A file left out is removed from DIR when it is there from an earlier
 * run, so the tree never mixes runs. A period's graph files (with `by`) are those chosen
 * too. DG_OUT_STORE alone is the store and nothing else: the documents that changed are
 * processed into it, the ones it holds unchanged are not read back, no graph is built and
 * no other file of DIR is written or removed (they stay the last complete run's, and the
 * next complete run writes them all); with any other output it is DG_EUSAGE. */
typedef enum dg_run_output {
  DG_OUT_GRAPHML,   /* graph.graphml */
  DG_OUT_GEXF,      /* graph.gexf */
  DG_OUT_JSON,      /* graph.json */
  DG_OUT_CSV,       /* nodes.csv, edges.csv */
  DG_OUT_CYTOSCAPE, /* cytoscape.json */
  DG_OUT_NEO4J,     /* neo4j/ */
  DG_OUT_MENTIONS,  /* mentions.jsonl */
  DG_OUT_REPORT,    /* report.html */
  DG_OUT_STORE,     /* the store alone (docgraph.db) */
  DG_OUT_COUNT
} dg_run_output;

/* "graphml", "gexf", "json", "csv", "cytoscape", "neo4j", "mentions", "report", "store";
 * "?" out of range. */
const char *dg_run_output_name(dg_run_output o);
/* The output of a name of dg_run_output_name: 0, or -1 for none. */
int dg_run_output_parse(const char *name, dg_run_output *out);

typedef struct dg_run_opts {
  dg_pipeline_opts pipeline;  /* dictionaries, MeCab, co-occurrence scope */
  dg_job_input input;         /* paths, threads, log */
  const char *dir;            /* the output directory, made when missing (NULL: DG_RUN_DIR) */
  dg_graph_filter filter;     /* what the graph files keep; the focus as a user types it */
  int filter_all;             /* the `all` diagram shows what `filter` keeps, not the view's
                                 own selection (the user chose filters) */
  const dg_view *views;       /* the views to draw, in order, a repeat once (none: all four) */
  size_t nviews;
  const char *const *formats; /* diagram formats: svg, png, pdf, dot (none: svg and png) */
  size_t nformats;
  unsigned outputs;           /* the files written: a mask of 1 << dg_run_output (0: all
                                 but the store alone) */
  int per_doc;                /* also each document's own diagram in DIR/docs/ */
  dg_diagram_opts draw;       /* how to draw; its focus is the filter's */
  dg_write_opts write;        /* how the data files are written (GEXF version, BOM ...) */
  dg_period_by by;            /* a graph per period too (DG_BY_NONE: not) */
  const char *store;          /* the corpus store's file (NULL: DIR/docgraph.db) */
  int no_store;               /* keep no store: every document is processed */
  const char *const *parts;   /* merge: the documents are those of these stores (files, or
                                 directories of *.db files), input.paths unused */
  size_t nparts;
  int partial;                /* merge: parts that miss shards of their split are taken */
  /* the caller's words for every option that shapes the outputs (the CLI: its command line
   * but -j, -v, -q, and the environment variables that matter). With it, a run whose
   * documents, dictionaries, version and words are those of the last complete run over
   * the same store, and whose files are all there as that run left them, rewrites
   * nothing: it ends after listing the documents (dg_run_result.unchanged; batch/rerun.h).
   * NULL: every run writes the tree. */
  const char *rerun_key;
} dg_run_opts;

typedef struct dg_run_result {
  dg_job_counts docs;
  size_t entities, relations;             /* in the graph files */
  size_t drawn_entities, drawn_relations; /* in the `all` diagram (0 when not drawn) */
  size_t periods;                         /* graphs written per period (with `by`) */
  size_t undated;                         /* documents in no period (with `by`) */
  int unchanged; /* nothing changed since the last complete run: no file written, the
                    counts are that run's (every document reused) */
} dg_run_result;

/* Run the job: the pipeline opened, the documents read, every file of the tree written.
 * Documents that fail are counted in r->docs.failed and do not fail the run. DG_EUSAGE for
 * an unknown view or format, DG_EIO when an output cannot be written, DG_ENOTFOUND when
 * there are no documents or the focus names no entity, and the pipeline's errors. */
dg_err dg_run(const dg_run_opts *o, dg_run_result *r, dg_error *err);

/* Copy every document of the parts (files, or directories whose *.db files are taken) into
 * store s, and the shards they hold: DG_EINPUT for a part that is not a store made under
 * s's configuration, two parts with different contents under one path, or (unless
 * partial) shards of a split with one missing. */
dg_err dg_store_merge_parts(dg_store *s, const char *const *parts, size_t n, int partial,
                            dg_error *err);

#endif
