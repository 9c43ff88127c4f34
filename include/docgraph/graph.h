/* The relationship graph: vertices are entities merged across documents by id, edges are
 * relations (co-occurrence and typed ties) with weights and evidence. Documents are added
 * one at a time and dropped, so memory grows with the graph, not with the corpus.
 * dg_graph_build applies filters, sorts vertices by id and edges by their ends (so the
 * output does not depend on the order in which documents were added), computes the
 * metrics and builds the igraph graph (docgraph/graph_igraph.h). An igraph failure comes
 * back as DG_EGRAPH with igraph's message; no igraph setting of the process (error and
 * warning handlers, attribute table, default random generator) is left changed. */
#ifndef DOCGRAPH_GRAPH_H
#define DOCGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/dict.h"
#include "docgraph/doc.h"
#include "docgraph/result.h"

/* A sentence behind an entity or a tie: document (dg_graph_document), line, and the
 * sentence's index in the graph (`sent`: its text as written, on one line, cut at
 * DG_EVIDENCE_TEXT_MAX bytes, is read back by dg_graph_sentence_text); in a PDF, the
 * page, and the line on that page. The graph holds each sentence once and each entity's
 * or tie's list of them as indices: dg_graph_evidence makes the k-th when asked. */
typedef struct dg_evref {
  uint32_t doc, line;
  uint32_t sent; /* the same sentence, the same index; DG_SENTENCE_NONE for none */
  uint32_t page; /* 1-based; 0 for documents without pages */
} dg_evref;
#define DG_SENTENCE_NONE UINT32_MAX

/* A caller's buffer for text read back from a graph (the graph keeps its sentences in a
 * temporary file, not in memory): grown as needed, reused across calls; free(b.s) when
 * done. Start it as {0}. */
typedef struct dg_textbuf {
  char *s;
  size_t cap;
} dg_textbuf;

#define DG_EVIDENCE_TEXT_MAX 400
#define DG_VERTEX_EVIDENCE 20 /* sentences kept per entity: the first ones */
#define DG_EDGE_EVIDENCE 10   /* sentences kept per tie */

typedef struct dg_vertex {
  const char *id;
  dg_type type;
  const char *label;
  const char *label_en;
  uint32_t mentions;
  uint32_t documents;
  uint32_t units;           /* co-occurrence units it appears in */
  const uint32_t *docs;     /* indices of the documents it appears in (dg_graph_document) */
  uint32_t ndocs;           /* how many docs has: `documents`, or 0 for a graph read back */
  double degree;            /* distinct neighbours */
  double strength;          /* sum of the weights of its edges */
  double pagerank, betweenness;
  int32_t community;        /* dense ids from 0, by first appearance in id order */
  uint32_t ev;              /* the first sentences naming it, in document order
                               (dg_graph_evidence) */
  uint32_t nev, ev_total;   /* kept, and in all */
  dg_value value;           /* amounts and dates: what the entity stands for */
  const char *amount, *amount_max; /* amounts: value.amount and, for a range, value.amount_max
                                      as exact decimals ("" when none) */
  int32_t first_day;        /* the earliest date of its documents, yyyymmdd (0: none dated) */
} dg_vertex;

typedef struct dg_edge {
  uint32_t source, target; /* vertex indices: co_occurs source id < target id; typed edges
                              read source -> target (meeting -> place for held_in) */
  dg_rel_kind kind;
  double weight;        /* units in which both appear, or times the tie is stated */
  double jaccard;       /* co_occurs: weight / units with either; 0 for typed edges */
  uint32_t documents;
  uint32_t evidence_count;
  uint32_t first;            /* its first evidence, a sentence of the graph (or the source
                                that states it: "dictionary:group:ASEAN"), read back by
                                dg_graph_sentence_where ("doc:line", "doc:pPAGE:line" in a
                                PDF: the `evidence` attribute) and dg_graph_sentence_text
                                (`evidence_text`); DG_SENTENCE_NONE for none */
  const char *rule;          /* the rules that made it, "|"-joined in order of first use
                                (held_in, amounts, units for co-occurrence, dictionary) */
  uint32_t ev;               /* the first distinct sentences stating it (dg_graph_evidence) */
  uint32_t nev, ev_total;    /* kept, and distinct sentences in all */
  int32_t first_day;         /* the earliest date of the documents stating it, yyyymmdd
                                (0: none dated) */
} dg_edge;

/* The measures a build computes (dg_graph_filter.measures); degree and strength always. */
enum {
  DG_MEASURE_PAGERANK = 1,
  DG_MEASURE_BETWEENNESS = 2,
  DG_MEASURE_COMMUNITY = 4,
  DG_MEASURE_ALL = 7
};

typedef enum dg_rank { DG_RANK_PAGERANK = 0, DG_RANK_DEGREE, DG_RANK_MENTIONS } dg_rank;
int dg_rank_parse(const char *name, dg_rank *out);
/* "pagerank", "degree", "mentions"; "?" out of range. */
const char *dg_rank_name(dg_rank r);

/* Which vertices and edges go into the built graph, applied in this order. */
typedef struct dg_graph_filter {
  uint32_t types;       /* bit (1 << dg_type) per type kept; 0 = every type but quantity */
  uint32_t kinds;       /* bit (1 << dg_rel_kind) per kind kept; 0 = every kind */
  double min_weight;    /* drop edges lighter than this (0: keep all) */
  const char *focus;    /* keep only what lies within `radius` of this id or label */
  int radius;           /* with focus; 0 is taken as 1 */
  int fanout;           /* with focus: at most this many new neighbours per entity and step,
                           typed ties first, then the heaviest (0: all) */
  size_t top;           /* keep the N vertices ranked highest (0: all) */
  dg_rank rank;         /* how `top` ranks */
  int drop_isolated;    /* drop vertices without edges */
  unsigned measures;    /* DG_MEASURE_* bits to compute, the others left 0 (0: all) */
} dg_graph_filter;

typedef struct dg_graph dg_graph;

dg_err dg_graph_new(dg_graph **out, dg_error *err);
void dg_graph_free(dg_graph *g);
/* How many threads a build may measure on (1 by default; below 1 taken as 1): betweenness
 * walks on them. The measures are the same bits whatever the number. */
void dg_graph_set_threads(dg_graph *g, int threads);

/* Merge one document: its entities, its co-occurrence units and its relations (run
 * dg_relate on it first). */
dg_err dg_graph_add_doc(dg_graph *g, const dg_doc *d, dg_error *err);
/* The same for a document's result (docgraph/result.h): dg_graph_add_doc is this on the
 * document's result, so a result read back from a store adds what its document did. */
dg_err dg_graph_add_result(dg_graph *g, const dg_result *r, dg_error *err);
/* One window of a long document read in windows (r's bases set, docgraph/result.h), merged
 * as part of one document: counted once, its date its windows'; `last` set on its last
 * window, which ends the document (dg_graph_add_result is this with last set). */
dg_err dg_graph_add_part(dg_graph *g, const dg_result *r, int last, dg_error *err);
/* member_of edges (country -> group) from the groups' members= attributes, between
 * vertices already in the graph. */
dg_err dg_graph_add_members(dg_graph *g, const dg_dict *dict, dg_error *err);
/* A vertex or a tie read back from a graph file (dg_read_graphml), with its counts as
 * given (value NULL for none); the tie's evidence is "doc:line" and its sentence (either may be NULL). Ends must
 * have been put before; DG_EINPUT for a tie whose end is unknown. */
dg_err dg_graph_put_vertex(dg_graph *g, const char *id, dg_type type, const char *label,
                           const char *label_en, const dg_value *value, uint32_t mentions,
                           uint32_t documents, dg_error *err);
dg_err dg_graph_put_edge(dg_graph *g, const char *source, const char *target, dg_rel_kind kind,
                         uint32_t weight, double jaccard, uint32_t documents,
                         uint32_t evidence_count, const char *evidence,
                         const char *evidence_text, dg_error *err);
/* The rules that made a tie put back (the `rule` a graph file gives it); the tie must have
 * been put first. */
dg_err dg_graph_put_edge_rule(dg_graph *g, const char *source, const char *target,
                              dg_rel_kind kind, const char *rule, dg_error *err);
size_t dg_graph_document_count(const dg_graph *g);
/* The path of document i, in the order documents were added. */
const char *dg_graph_document(const dg_graph *g, size_t i);
/* What document i was read as (dg_doc_read_as: UTF-8, Shift_JIS, PDF ...), or NULL for a
 * document a graph file names. */
const char *dg_graph_document_read_as(const dg_graph *g, size_t i);
/* The date of document i (its own, or the one a table of dates gave it: dg_doc.date when
 * it was added), or NULL for a document a graph file names. Year 0: undated. */
const dg_when *dg_graph_document_date(const dg_graph *g, size_t i);

/* Where a graph comes from, as every export writes it: docgraph's version, the fingerprint
 * of the dictionaries, the options that shaped it, its documents and their dates. */
typedef struct dg_provenance {
  char version[32];       /* docgraph's */
  char dicts[17];         /* the dictionaries' fingerprint (16 hex digits), "" unknown */
  char options[1024];     /* what shaped the graph, as `name=value` words: the job's (scope,
                             implicit, members, dates) then the last build's filter, then
                             betweenness=sampled betweenness_sources=K betweenness_seed=42
                             when betweenness was estimated (no word: exact) */
  size_t documents;       /* documents in the graph */
  size_t dated;           /* of them, with a date */
  char date_from[11], date_to[11]; /* the earliest and latest document date, "" none */
  char period[16];        /* a period's graph: its name (2024, 2024-Q1, 2024-03), else "" */
} dg_provenance;

/* Say where g comes from: the dictionaries' fingerprint (has_dicts 0: unknown), the job's
 * options ("scope=sentence implicit=count"; copied) and the period it holds (NULL: all). */
void dg_graph_set_source(dg_graph *g, int has_dicts, uint64_t dicts, const char *options,
                         const char *period);
/* The provenance a graph file gives (dg_read_graphml): from then on what
 * dg_graph_provenance says, with the filter of a later build added to its options. */
void dg_graph_put_provenance(dg_graph *g, const dg_provenance *p);
/* g's provenance, with the filter of its last build. */
void dg_graph_provenance(const dg_graph *g, dg_provenance *p);

/* Sentence k (< nev) of the list `ev` of a built vertex or edge of g (or of a snapshot of
 * it). */
dg_evref dg_graph_evidence(const dg_graph *g, uint32_t ev, uint32_t k);

/* The text of sentence `sent` (dg_evref.sent, dg_edge.first) into b: b->s, "" for
 * DG_SENTENCE_NONE, or NULL when it cannot be read back (err: DG_EIO with the path of the
 * temporary file, DG_ENOMEM). Safe from several threads at once, each with its own b. */
const char *dg_graph_sentence_text(const dg_graph *g, uint32_t sent, dg_textbuf *b,
                                   dg_error *err);
/* Where sentence `sent` is, as dg_evref_where writes it, or the source that states a tie
 * ("dictionary:group:ASEAN"), or a graph file's evidence as the file wrote it: into b as
 * dg_graph_sentence_text. */
const char *dg_graph_sentence_where(const dg_graph *g, uint32_t sent, dg_textbuf *b,
                                    dg_error *err);
/* DG_OK, or the first error met reading g's sentences back (into err): an output that read
 * them meanwhile (through dg_attr_get, which cannot fail) is incomplete. */
dg_err dg_graph_texts_failed(const dg_graph *g, dg_error *err);

/* Where an evidence is, as every output writes it: "doc:line", or "doc:pPAGE:line" in a
 * PDF (dg_where). */
int dg_evref_where(const dg_graph *g, const dg_evref *r, char *buf, size_t n);

/* Set g's ties (their records and evidence lists) aside in an unlinked temporary file
 * while nothing reads them (Graphviz laying out and rendering a diagram already made:
 * dg_render_opts.layout_hook), when they take DG_ASIDE_MIN_BYTES or more and no snapshot
 * shares them; nothing is done otherwise, or when the file cannot be written (they stay).
 * Until dg_graph_take_back, only g's vertices, documents and counts may be read. */
#define DG_ASIDE_MIN_BYTES (32u << 20)
dg_err dg_graph_set_aside(dg_graph *g, dg_error *err);
/* Whether g's ties are large enough for dg_graph_set_aside to set them aside (whether or
 * not a snapshot shares them now). */
int dg_graph_aside_worth(const dg_graph *g);
/* The ties set aside read back, byte for byte (DG_OK when none were): DG_EIO or DG_ENOMEM
 * when they cannot be (g then has no ties). */
dg_err dg_graph_take_back(dg_graph *g, dg_error *err);

/* Build the filtered, sorted graph with metrics. May be called again with other filters.
 * DG_ENOTFOUND when the focus names no entity. Betweenness is exact up to a size and
 * estimated from sampled sources above it (DG_BETWEENNESS_WORK in graph/graph_int.h); the
 * provenance then says betweenness=sampled. */
dg_err dg_graph_build(dg_graph *g, const dg_graph_filter *f, dg_error *err);

size_t dg_graph_vertex_count(const dg_graph *g);
/* How many vertices the last build's top N was chosen from, when it left some out, and
 * how it ranked them (rank may be NULL); else 0 (for a legend: "showing 60 of 7,028"). */
size_t dg_graph_top_of(const dg_graph *g, dg_rank *rank);
const dg_vertex *dg_graph_vertex(const dg_graph *g, size_t i);
size_t dg_graph_edge_count(const dg_graph *g);
/* Edge i of the built view, made from the graph's accumulators when asked (a view holds
 * 4 bytes an edge, not a dg_edge), so it is returned by value; its strings stay valid
 * until the graph is freed. */
dg_edge dg_graph_edge(const dg_graph *g, size_t i);
/* Edge i's kind, and its ends into source and target (view vertex indices; either may be
 * NULL), without making the whole edge: for passes that look only at these. */
dg_rel_kind dg_graph_edge_ends(const dg_graph *g, size_t i, uint32_t *source, uint32_t *target);
/* Edge i's weight, without making the whole edge. */
double dg_graph_edge_weight(const dg_graph *g, size_t i);
/* How many edges of the built view leave vertex v (its source); edges are sorted by source,
 * so they are edges *first to *first + n - 1. */
size_t dg_graph_edges_from(const dg_graph *g, size_t v, size_t *first);
/* Index of the built vertex with this id, label (ASCII case ignored) or id without its type
 * (jasmine for program:jasmine), else of the person this is the surname of (石破 for 石破茂,
 * Ishiba for Shigeru Ishiba; of several, the most mentioned), or -1. */
long dg_graph_find(const dg_graph *g, const char *id_or_label);

#endif
