/* The graph's insides, shared by the files of src/graph/ (see docgraph/graph.h): the
 * accumulators (vertex and tie records, grown as documents arrive or a graph file is read
 * back) and the built view derived from them (filtered, sorted, measured), so rebuilding
 * with other filters is cheap and never changes the accumulators.
 *   accumulate.c documents   put.c graph files   view.c dg_graph_build's filters
 *   metrics.c the measures   igraph_view.c the igraph graph   attrs.c the attribute table
 *   igraph_guard.c the contract with igraph   graph.c create, free, accessors
 *   tie_index.c finding a tie   tie_rules.c the interned rule lists of ties
 *   pagerank.c PageRank by power iteration   betweenness.c exact or sampled betweenness
 *   spill.c the tie records set aside while igraph measures */
#ifndef DG_GRAPH_GRAPH_INT_H
#define DG_GRAPH_GRAPH_INT_H

#include <stdint.h>
#include <stdio.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/hmap.h"
#include "base/spool.h"
#include "docgraph/graph_igraph.h"
#include "docgraph/result.h"
#include "graph/igraph_guard.h"

/* One sentence of a list: its index in the pool, and the next record of the list
 * (DG_EV_NONE after the last). Records of every list share one array (g->evrecs), so a
 * tie's few sentences cost 8 bytes each, not an allocation of their own. */
#define DG_EV_NONE UINT32_MAX
typedef struct {
  uint32_t sent, next;
} evrec;

/* The sentences behind a vertex or an edge: the first `cap` distinct ones (records from
 * head, n of them, the last found by walking: n is at most DG_VERTEX_EVIDENCE), and a
 * count of all. Consecutive instances from the same sentence count once. */
typedef struct {
  uint32_t head, n;
  uint32_t total;
  uint32_t last_doc, last_sent;
} evlist;

typedef struct {
  const char *id, *label, *label_en;
  dg_type type;
  uint32_t mentions, documents, units;
  uint32_t last_doc, last_unit;
  DG_VEC(uint32_t) docs;
  evlist ev;
  dg_value value;
  const char *amount, *amount_max; /* value's amounts as exact decimals, "" when none */
  int32_t first_day; /* the earliest date of its documents (yyyymmdd), 0 none */
} vacc;

/* A tie's accumulator, 48 bytes (1.4 million of them for 20,000 documents, 1.56 million
 * for one 100 MB file): its kind and its count of sentences kept in a byte each, its rules
 * a 16-bit index into the interned lists (tie_rules.c), its Jaccard computed when the view
 * is built unless a graph file gave one (g->jaccards), its evidence count its weight
 * unless a graph file gave another (g->ec_over). Its sentences are an evidence list as a
 * vertex's (evlist) whose document is the tie's last_doc: ev_last_sent is the sentence of
 * that document stated last, DG_EV_NONE while none is. */
typedef struct {
  uint32_t a, b; /* accumulator vertex indices; co_occurs: id(a) < id(b) */
  uint32_t weight, documents;
  uint32_t unit_weight; /* co_occurs: the units both are in (weight also counts ties a list
                           item or a table row inherits from its heading) */
  uint32_t last_doc;
  uint32_t first; /* its first evidence, in the pool (its "path:line" or source, and its
                     sentence), or DG_EV_NONE */
  int32_t first_day; /* the earliest date of its documents (yyyymmdd), 0 none */
  uint32_t ev_head, ev_total, ev_last_sent; /* as evlist's head, total and last_sent */
  uint16_t rule; /* the rules that made it: an index into g->rules (tie_rules.c), 0 none */
  uint8_t kind;  /* a dg_rel_kind */
  uint8_t nev;   /* the records from ev_head: at most DG_EDGE_EVIDENCE */
} eacc;
_Static_assert(sizeof(eacc) == 48, "a tie's accumulator stays within 48 bytes");
_Static_assert(DG_EDGE_EVIDENCE <= UINT8_MAX, "a tie's kept sentences are counted in a byte");
_Static_assert(DG_REL_COUNT <= UINT8_MAX, "a tie's kind is kept in a byte");

/* Sentences, each stored once however many vertices and edges cite it; also a tie's
 * evidence that is no sentence ("dictionary:group:ASEAN": text "", no map key). Their
 * bytes are in g->texts (base/spool.h), appended as each document is merged: in memory
 * up to DG_TEXTS_MEMORY bytes in all (a corpus of a few thousand documents: read back by
 * copies), beyond that in its temporary file, read back with pread. Entry i's "path:line" when the pool keeps one (wlens[i] bytes: a source, or a
 * graph file's evidence as written), then its text (tlens[i] bytes), from at[i]. A
 * sentence of a document has no stored "path:line": it is made from its document, page
 * and line when asked (dg_where), as it was made when the tie was first stated. */
#define DG_TEXTS_MEMORY (16u << 20)
typedef struct {
  dg_hmap map; /* (doc, sentence) -> pool index, for the document being added only:
                  emptied after each (no later document cites an earlier one's sentence) */
  DG_VEC(uint64_t) at;
  DG_VEC(uint32_t) tlens;
  DG_VEC(uint32_t) wlens;
  DG_VEC(uint32_t) docs;
  DG_VEC(uint32_t) lines;
  DG_VEC(uint32_t) pages; /* a PDF's page of each sentence, 0 otherwise */
} sentpool;

struct dg_graph {
  dg_arena arena;
  dg_hmap vmap;
  DG_VEC(uint32_t) tslots; /* the ties' index (tie_index.c): 1 + index in ea, 0 empty */
  DG_VEC(vacc) va;
  DG_VEC(eacc) ea;
  DG_VEC(double) jaccards; /* ea[i]'s Jaccard as a graph file gave it (< 0 or i beyond n:
                              computed from the units of its ends); empty for documents */
  DG_VEC(int64_t) ec_over; /* ea[i]'s evidence count less its weight, as a graph file gave
                              them (i beyond n: 0, the count is the weight); empty for
                              documents */
  DG_VEC(const char *) docs;
  DG_VEC(const char *) read_as; /* docs[i] was read as (UTF-8, PDF ...); NULL from a file */
  DG_VEC(dg_when) dates;        /* docs[i]'s date; none for a document a file names */
  dg_hmap docmap; /* path -> index, for documents named by graph files */
  sentpool pool;
  dg_spool *texts; /* the pool's bytes (shared by a snapshot, freed by the graph) */
  DG_VEC(evrec) evrecs; /* the records of every evidence list */
  DG_VEC(const char *) rules; /* distinct "|"-joined rule lists, [0] "" (tie_rules.c) */
  dg_hmap rulemap;            /* a list's text -> its index in rules */
  uint32_t unit_seq;
  /* built view */
  DG_VEC(dg_vertex) vs;
  DG_VEC(uint32_t) eorder; /* the view's edges: edge k is the tie of accumulator eorder[k],
                              made when asked for (dg_graph_edge), never held as dg_edges */
  DG_VEC(int32_t) vof;     /* accumulator vertex -> its view index, or -1 */
  igraph_t ig;
  int has_ig;
  int ig_due; /* built: the igraph graph is made by the first dg_graph_igraph call */
  /* provenance (provenance.c): the source as the job said, the filter of the last build */
  int has_dicts;
  uint64_t dicts;
  char source_opts[512];
  char period[16];
  dg_graph_filter built;
  char built_focus[256];
  int has_file_prov; /* read back from a file: its provenance stands */
  dg_provenance file_prov;
  size_t top_of;         /* the vertices the last build's top N chose from (0: none left) */
  uint32_t btw_sources;  /* the last measures' betweenness: sampled from this many sources
                           (0: exact, or not computed) */
  int snapshot; /* a snapshot (snapshot.c): owns only vs.v, eorder.v and vof.v */
  size_t spill_pairs; /* the ties are set aside while igraph measures a view of this many
                         pairs or more (spill.c; DG_SPILL_MIN_PAIRS, a test sets 0) */
  int threads; /* the measures may run on this many threads (dg_graph_set_threads) */
  int shared; /* a snapshot was taken, which reads the ties' arrays: none set aside */
  FILE *aside; /* the ties while set aside (dg_graph_set_aside), else NULL */
  size_t aside_bytes; /* set aside only from this size (DG_ASIDE_MIN_BYTES; a test sets 0) */
};

/* accumulate.c */
/* The accumulator vertex with this id, added (with these labels, type and value) when new;
 * -1 when memory runs out. */
long dg_graph_vertex_for(dg_graph *g, const char *id, const char *label, const char *label_en,
                         dg_type type, const dg_value *value);
/* tie_index.c */
/* A tie's ends as it is kept: a co-occurrence's swapped into id order. */
void dg_graph_tie_ends(const dg_graph *g, uint32_t *a, uint32_t *b, dg_rel_kind kind);
/* The accumulator of the tie (ends as dg_graph_tie_ends left them), or -1. */
long dg_graph_tie_find(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind);
/* Free the index while no tie is added (a build): the next find or put makes it again. */
void dg_graph_tie_index_drop(dg_graph *g);
/* The accumulator of the tie, added empty when new (*added = 1); -1 when memory runs out. */
long dg_graph_tie_put(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind, int *added);
/* Record one instance of a tie, stated in sentence s of d, or (d NULL) by `source`, made
 * by `rule` (NULL: none); `in_unit`: a co-occurrence unit both ends are in (counted for
 * Jaccard). 0, or -1 when memory runs out. */
int dg_graph_add_tie(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind, const dg_result *d,
                     uint32_t s, const char *source, const char *rule, int in_unit);
/* A new pool entry (not in the pool's map: a source, or a sentence of a graph file) with
 * its text and, when not NULL, the "path:line" or source kept for it; its index, or
 * DG_EV_NONE when memory runs out or the texts' file fails (dg_spool_failed says). */
uint32_t dg_graph_pool_push(dg_graph *g, uint32_t doc, uint32_t line, uint32_t page,
                            const char *text, const char *where);
/* Pool entry i's bytes appended anew: `where` (NULL: made from its document when asked)
 * then text; 0, or -1 when the texts' file fails. */
int dg_graph_pool_text(dg_graph *g, uint32_t i, const char *where, const char *text);
/* The accumulator's arrays (vertices, ties, evidence records, the pool) fitted to what
 * they hold: a build, which adds nothing to them, then has the room doubling left over. */
void dg_graph_fit(dg_graph *g);
/* Append pool entry `sent` to the evidence list from *head (a vertex's or a tie's: the
 * caller counts it); 0 or -1. */
int dg_graph_ev_push(dg_graph *g, uint32_t *head, uint32_t sent);
/* Tie i's evidence count: its weight, unless a graph file gave another (g->ec_over). */
uint32_t dg_graph_tie_evidence_count(const dg_graph *g, size_t i);
/* An empty list. */
evlist dg_graph_ev_empty(void);

/* view.c */
/* The tie of view edge k, and its ends and weight, read without making the edge. */
static inline const eacc *dg_view_tie(const dg_graph *g, size_t k) {
  return &g->ea.v[g->eorder.v[k]];
}
static inline uint32_t dg_view_source(const dg_graph *g, size_t k) {
  return (uint32_t)g->vof.v[dg_view_tie(g, k)->a];
}
static inline uint32_t dg_view_target(const dg_graph *g, size_t k) {
  return (uint32_t)g->vof.v[dg_view_tie(g, k)->b];
}
static inline double dg_view_weight(const dg_graph *g, size_t k) {
  return dg_view_tie(g, k)->weight;
}
/* Ask for view edge k's tie, for the ends' accumulators and the first evidence's pool
 * entry of edge k - DG_VIEW_AHEAD / 2 (whose tie was asked for before), and for that
 * evidence's text of edge k - 3 DG_VIEW_AHEAD / 4 (where the spool holds it), to be in the
 * cache: the view's edges are sorted by
 * their ends, the ties by when they were first seen, so walking the view reads ties all
 * over the accumulator (18 MB at 2,000 documents), a cache miss a tie. A writer going
 * through the edges in order calls this DG_VIEW_AHEAD edges before it makes each. */
#define DG_VIEW_AHEAD 16
/* Always inlined: GCC finds a function of prefetches alone pure and drops its calls. */
static inline __attribute__((always_inline)) void dg_view_ahead(const dg_graph *g, size_t k) {
  size_t n = g->eorder.n;
  if (k < n) __builtin_prefetch(dg_view_tie(g, k));
  if (k >= DG_VIEW_AHEAD / 2 && k - DG_VIEW_AHEAD / 2 < n) {
    const eacc *a = dg_view_tie(g, k - DG_VIEW_AHEAD / 2);
    __builtin_prefetch(&g->va.v[a->a].units);
    __builtin_prefetch(&g->va.v[a->b].units);
    const sentpool *p = &g->pool; /* its first evidence's entry (a prefetch never faults) */
    if (a->first < p->at.n) {
      __builtin_prefetch(&p->at.v[a->first]);
      __builtin_prefetch(&p->tlens.v[a->first]);
      __builtin_prefetch(&p->wlens.v[a->first]);
      __builtin_prefetch(&p->docs.v[a->first]);
      __builtin_prefetch(&p->lines.v[a->first]);
      __builtin_prefetch(&p->pages.v[a->first]);
    }
  }
  if (k >= DG_VIEW_AHEAD * 3 / 4 && k - DG_VIEW_AHEAD * 3 / 4 < n) {
    const eacc *a = dg_view_tie(g, k - DG_VIEW_AHEAD * 3 / 4); /* its entry asked for above */
    const sentpool *p = &g->pool;
    if (a->first < p->at.n && g->texts)
      dg_spool_ahead(g->texts, p->at.v[a->first] + p->wlens.v[a->first], p->tlens.v[a->first]);
  }
}

/* tie_rules.c */
/* Add `rule` to the rules of tie e, unless it is there already; 0, or -1 when memory runs
 * out or DG_TIE_RULES_MAX distinct lists are already interned. */
#define DG_TIE_RULES_MAX UINT16_MAX
int dg_graph_tie_rule(dg_graph *g, eacc *e, const char *rule);
/* The "|"-joined rules of a tie's index (e->rule), "" for none. */
const char *dg_graph_rule_text(const dg_graph *g, uint32_t rule);

/* provenance.c */
/* Remember the filter of a build, for the provenance. */
void dg_graph_note_filter(dg_graph *g, const dg_graph_filter *f);
/* The earlier of two days (yyyymmdd, 0 none) that are known. */
int32_t dg_graph_earlier(int32_t a, int32_t b);

/* metrics.c */
/* The simple graph behind the view: one pair per pair of vertices tied, weights summed,
 * pairs in the order of their first edge. */
typedef struct dg_pairs {
  DG_VEC(uint32_t) ends; /* pair p joins ends[2p] and ends[2p + 1] */
  DG_VEC(double) w;
} dg_pairs;

/* The measures of the view's vertices, in two steps so the caller may let go of the view's
 * edges between them: dg_graph_pairs resets every measure, finds the simple graph behind
 * the view into p (a pair tied three ways counts once) and sets degree and strength (0, or
 * -1 when memory runs out, p then empty); dg_graph_measure computes those of `need`
 * (DG_MEASURE_* bits: PageRank, betweenness, community; the others stay 0) on p, reading
 * the view's vertices only, and frees p. */
int dg_graph_pairs(dg_graph *g, dg_pairs *p);
dg_err dg_graph_measure(dg_graph *g, dg_pairs *p, dg_igraph_guard *gd, unsigned need,
                        dg_error *err);
/* The measures of `need` of the simple graph p on vertices vs[0..nv); *sources as
 * dg_graph_betweenness (0 when betweenness is not asked for). */
dg_err dg_graph_centrality(dg_vertex *vs, size_t nv, const dg_pairs *p, unsigned need,
                           uint32_t *sources, dg_igraph_guard *gd, dg_error *err);

/* pagerank.c */
/* Power iteration stops when the L1 change of an iteration is below the tolerance (the
 * error is then below about tolerance x d / (1 - d)), or after the cap. */
#define DG_PAGERANK_TOLERANCE 1e-13
#define DG_PAGERANK_MAX_ITERATIONS 1000
/* Significant bits kept of each value (about 12 decimal digits; the iteration is good to
 * about 13): rounding below the noise of the sums' order, so ties stay ties. */
#define DG_PAGERANK_BITS 40
/* PageRank of the simple graph p on nv vertices (igraph's weighted undirected model, see
 * pagerank.c) into out[0..nv), summing to 1; 0, or -1 when memory runs out. */
int dg_pagerank(const dg_pairs *p, size_t nv, double damping, double *out);

/* spill.c */
/* Set the ties' accumulators and evidence records aside in an unlinked temporary file
 * while the measures run, when together they take min_bytes or more: the file, or NULL
 * when nothing was set aside (small, or no file could be written: the arrays stay).
 * view.c does so for a view of DG_SPILL_MIN_PAIRS pairs or more (igraph's copies of the
 * graph then take about 140 bytes a pair, 14 MB or more). */
#define DG_SPILL_MIN_PAIRS 100000u
FILE *dg_graph_spill(dg_graph *g, size_t min_bytes);
/* Read back what dg_graph_spill set aside (nothing when f is NULL) and close f: 0, or -1
 * when memory runs out or the file cannot be read (the graph then has no ties left). */
int dg_graph_unspill(dg_graph *g, FILE *f);

/* brandes.c */
/* Brandes's walks from a list of sources over an undirected simple graph (the pairs
 * ends[0..2 npairs), a pair's ends two vertex indices; loops left out), the sum of every
 * vertex's dependencies, unscaled (each path counted from both ends). The sources are
 * split into dg_brandes_chunks(ns, npairs) chunks of consecutive sources: one while
 * sources x pairs stay below DG_BRANDES_SPLIT_WORK (igraph's sums exactly), else
 * DG_BRANDES_CHUNKS; each chunk summed in source order, the chunks in chunk order, so the
 * result is the same bits whatever `threads` is. dg_brandes_start starts threads - 1
 * threads (at most DG_BRANDES_MAX_THREADS, no more than chunks) taking chunks;
 * dg_brandes_finish takes those left on the caller's thread, joins, writes res[0..nv)
 * and frees b (DG_ENOMEM when a thread ran out of memory, or res is NULL). */
#define DG_BRANDES_SPLIT_WORK 4e6
#define DG_BRANDES_CHUNKS 16
#define DG_BRANDES_MAX_THREADS 16
typedef struct dg_brandes dg_brandes;
size_t dg_brandes_chunks(size_t sources, size_t pairs);
dg_err dg_brandes_start(dg_brandes **out, const uint32_t *ends, size_t npairs, size_t nv,
                        const uint32_t *sources, size_t ns, int threads, dg_error *err);
dg_err dg_brandes_finish(dg_brandes *b, double *res, dg_error *err);

/* betweenness.c */
/* Exact betweenness while vertices x edges of the simple graph stay within this work;
 * above, sampled from about WORK / edges sources (at least MIN_SOURCES), drawn with SEED. */
#define DG_BETWEENNESS_WORK 1e8
#define DG_BETWEENNESS_MIN_SOURCES 100
#define DG_BETWEENNESS_SEED 42
/* How many sources betweenness is sampled from on a simple graph of this size within this
 * work (DG_BETWEENNESS_WORK); 0: exact. */
uint32_t dg_betweenness_sources(size_t vertices, size_t edges, double budget);
/* Unweighted betweenness of the pairs ends[0..2 npairs) on nv vertices, exact or sampled
 * within `budget` (how many sources into *sources, 0 for exact), in two steps, so the
 * caller may do other work (igraph's included) while up to threads - 1 more threads walk:
 * dg_betweenness_start draws the sources (igraph's generator: inside gd's section) and
 * starts the walks (*b); dg_betweenness_finish walks what is left on
 * the caller's thread, waits, and writes the scaled values into res[0..nv). The values do
 * not depend on `threads` (brandes.c). Every started *b must be finished. */
dg_err dg_betweenness_start(dg_brandes **b, const uint32_t *ends, size_t npairs, size_t nv,
                            double budget, int threads, dg_igraph_guard *gd,
                            uint32_t *sources, dg_error *err);
dg_err dg_betweenness_finish(dg_brandes *b, size_t nv, uint32_t sources, double *res,
                             dg_error *err);

/* igraph_view.c */
/* g->ig: the view as an igraph multigraph with attributes (docgraph/graph_igraph.h). */
dg_err dg_graph_make_igraph(dg_graph *g, dg_igraph_guard *gd, dg_error *err);

#endif
