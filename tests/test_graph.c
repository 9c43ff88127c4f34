/* The graph: vertices merged across documents, co-occurrence weights per sentence,
 * Jaccard, filters (exact vertex sets), metrics (PageRank sums to 1, dense community ids),
 * igraph attributes, snapshots of the view, and the contract with igraph: an igraph error
 * is a dg_err, and no igraph setting of the process is left changed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/graph_igraph.h"
#include "docgraph/snapshot.h"
#include "docgraph/write.h"
#include "graph/graph_int.h"
#include "testutil.h"

static long vid(const dg_graph *g, const char *id) {
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++)
    if (!strcmp(dg_graph_vertex(g, i)->id, id)) return (long)i;
  return -1;
}

/* The edge between a and b, either way, or NULL; valid until the next call. */
static const dg_edge *edge(const dg_graph *g, const char *a, const char *b) {
  static dg_edge found;
  long x = vid(g, a), y = vid(g, b);
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    found = dg_graph_edge(g, i);
    if (((long)found.source == x && (long)found.target == y) ||
        ((long)found.source == y && (long)found.target == x))
      return &found;
  }
  return NULL;
}

static dg_graph *graph_of(const char *const *texts, size_t n, const dg_graph_filter *f) {
  dg_graph *g;
  dg_error err;
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < n; i++) {
    char name[32];
    snprintf(name, sizeof name, "doc%zu.txt", i);
    dg_doc *d = tu_doc(name, texts[i]);
    ck_assert_int_eq(dg_graph_add_doc(g, d, &err), DG_OK);
    tu_doc_free(d);
  }
  ck_assert_msg(dg_graph_build(g, f, &err) == DG_OK, "%s", err.msg);
  return g;
}

static const char *const docs[] = {
    "インドネシアとタイが会合に参加した。インドネシアとベトナムも協議した。\n\nタイは歓迎した。",
    "Indonesia and Thailand signed the agreement. Cambodia observed.",
};

START_TEST(test_cooccurrence) {
  dg_graph *g = graph_of(docs, 2, NULL);
  ck_assert_uint_eq(dg_graph_document_count(g), 2);
  long idn = vid(g, "country:IDN");
  ck_assert_int_ge(idn, 0);
  const dg_vertex *v = dg_graph_vertex(g, (size_t)idn);
  ck_assert_uint_eq(v->mentions, 3);
  ck_assert_uint_eq(v->documents, 2);
  const dg_edge *e = edge(g, "country:IDN", "country:THA");
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 2.0); /* one sentence in each document */
  ck_assert_uint_eq(e->documents, 2);
  ck_assert_str_eq(dg_rel_kind_name(e->kind), "co_occurs");
  ck_assert_ptr_nonnull(strstr(tu_where(g, e->first), "doc0.txt:1"));
  /* IDN in 3 sentences, THA in 3, together in 2: Jaccard 2 / (3 + 3 - 2) */
  ck_assert_double_eq_tol(e->jaccard, 0.5, 1e-9);
  /* Thailand and Viet Nam never share a sentence */
  ck_assert_ptr_null(edge(g, "country:THA", "country:VNM"));
  ck_assert_ptr_nonnull(edge(g, "country:IDN", "country:VNM"));
  /* Cambodia is in its own sentence */
  ck_assert_ptr_null(edge(g, "country:KHM", "country:IDN"));
  dg_graph_free(g);
}
END_TEST

START_TEST(test_sorted_and_metrics) {
  dg_graph *g = graph_of(docs, 2, NULL);
  size_t nv = dg_graph_vertex_count(g);
  double pr = 0;
  int32_t maxc = -1;
  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    if (i) ck_assert_int_lt(strcmp(dg_graph_vertex(g, i - 1)->id, v->id), 0);
    pr += v->pagerank;
    ck_assert_int_ge(v->community, 0);
    if (v->community > maxc) maxc = v->community;
  }
  ck_assert_double_eq_tol(pr, 1.0, 1e-6);
  /* community ids are dense: every id below the maximum is used */
  for (int32_t c = 0; c <= maxc; c++) {
    int used = 0;
    for (size_t i = 0; i < nv; i++) used |= dg_graph_vertex(g, i)->community == c;
    ck_assert_msg(used, "community %d unused", c);
  }
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge e = dg_graph_edge(g, i);
    ck_assert_uint_lt(e.source, e.target);
  }
  long idn = vid(g, "country:IDN");
  ck_assert(dg_graph_vertex(g, (size_t)idn)->degree == 2.0); /* THA, VNM */
  /* igraph holds the same, with attributes */
  const igraph_t *ig = dg_graph_igraph(g);
  ck_assert_int_eq(igraph_vcount(ig), (igraph_integer_t)nv);
  ck_assert_int_eq(igraph_ecount(ig), (igraph_integer_t)dg_graph_edge_count(g));
  ck_assert_str_eq(VAS(ig, "id", idn), "country:IDN");
  ck_assert_str_eq(VAS(ig, "type", idn), "country");
  ck_assert(VAN(ig, "mentions", idn) == 3.0);
  ck_assert_str_eq(EAS(ig, "kind", 0), "co_occurs");
  dg_graph_free(g);
}
END_TEST

/* The igraph graph is made when first asked for after a build: the same one until the
 * next build, then the new view's; none after a build that failed. */
START_TEST(test_igraph_on_demand) {
  dg_graph *g = graph_of(docs, 2, NULL);
  const igraph_t *ig = dg_graph_igraph(g);
  ck_assert_ptr_nonnull(ig);
  ck_assert_ptr_eq(dg_graph_igraph(g), ig);
  ck_assert_int_eq(igraph_ecount(ig), (igraph_integer_t)dg_graph_edge_count(g));
  size_t all = dg_graph_edge_count(g);
  dg_graph_filter f = {.types = 1u << DG_TYPE_COUNTRY, .min_weight = 2, .drop_isolated = 1};
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  ck_assert_uint_lt(dg_graph_edge_count(g), all);
  ig = dg_graph_igraph(g);
  ck_assert_int_eq(igraph_ecount(ig), (igraph_integer_t)dg_graph_edge_count(g));
  ck_assert_int_eq(igraph_vcount(ig), (igraph_integer_t)dg_graph_vertex_count(g));
  ck_assert_str_eq(VAS(ig, "id", 0), dg_graph_vertex(g, 0)->id);
  dg_graph_filter none = {.focus = "country:XXX"};
  ck_assert_int_eq(dg_graph_build(g, &none, &err), DG_ENOTFOUND);
  ck_assert_ptr_null(dg_graph_igraph(g));
  dg_graph_free(g);
}
END_TEST

START_TEST(test_filters) {
  dg_graph_filter f = {.types = 1u << DG_TYPE_COUNTRY, .min_weight = 2, .drop_isolated = 1};
  dg_graph *g = graph_of(docs, 2, &f);
  /* only the IDN–THA edge has weight 2; everything else is dropped or isolated */
  ck_assert_uint_eq(dg_graph_edge_count(g), 1);
  ck_assert_uint_eq(dg_graph_vertex_count(g), 2);
  ck_assert_int_ge(vid(g, "country:IDN"), 0);
  ck_assert_int_ge(vid(g, "country:THA"), 0);
  dg_graph_filter top = {.top = 1, .rank = DG_RANK_MENTIONS};
  ck_assert_int_eq(dg_graph_build(g, &top, NULL), DG_OK);
  ck_assert_uint_eq(dg_graph_vertex_count(g), 1);
  ck_assert_str_eq(dg_graph_vertex(g, 0)->id, "country:IDN"); /* most mentions, then degree */
  top.rank = DG_RANK_DEGREE;
  ck_assert_int_eq(dg_graph_build(g, &top, NULL), DG_OK);
  ck_assert_str_eq(dg_graph_vertex(g, 0)->id, "country:IDN");
  dg_graph_free(g);
}
END_TEST

/* Amounts become vertices with their normalized id, dates too; quantities are left out by
 * default. */
START_TEST(test_value_vertices) {
  const char *t[] = {"JAIFに1億ドルを拠出した（2023年3月）。参加者は5,000人。"};
  dg_graph *g = graph_of(t, 1, NULL);
  ck_assert_int_ge(vid(g, "amount:USD:100000000@program:jaif"), 0);
  ck_assert_int_ge(vid(g, "date:2023-03"), 0);
  ck_assert_int_eq(vid(g, "quantity:people:5000"), -1);
  ck_assert_ptr_nonnull(edge(g, "program:jaif", "amount:USD:100000000@program:jaif"));
  dg_graph_free(g);
}
END_TEST

/* Two pledges of one value are two vertices, each named after its owner; an amount no tie
 * reaches takes the one owner its value has in the document, and none when it has two. */
START_TEST(test_pledges) {
  const char *two_docs[] = {"JAIFに1億ドルを拠出した。\n", "日本はAHAセンターに1億ドルの追加支援を行う。\n"};
  dg_graph *g = graph_of(two_docs, 2, NULL);
  ck_assert_int_ge(vid(g, "amount:USD:100000000@program:jaif"), 0);
  ck_assert_int_ge(vid(g, "amount:USD:100000000@org:aha-centre"), 0);
  ck_assert_int_eq(vid(g, "amount:USD:100000000"), -1);
  ck_assert_ptr_null(edge(g, "org:aha-centre", "amount:USD:100000000@program:jaif"));
  dg_graph_free(g);
  const char *again[] = {"JAIFに1億ドルを拠出した。\n\nこの1億ドルは防災に使われる。\n"};
  g = graph_of(again, 1, NULL);
  long v = vid(g, "amount:USD:100000000@program:jaif");
  ck_assert_int_ge(v, 0);
  ck_assert_uint_eq(dg_graph_vertex(g, (size_t)v)->mentions, 2);
  ck_assert_int_eq(vid(g, "amount:USD:100000000"), -1);
  dg_graph_free(g);
  const char *two_owners[] = {"JAIFに1億ドルを拠出した。\n\n日本はAHAセンターに1億ドルの追加支援を行う。\n\n"
                              "合計の1億ドルは大きい。\n"};
  g = graph_of(two_owners, 1, NULL);
  ck_assert_int_ge(vid(g, "amount:USD:100000000@program:jaif"), 0);
  ck_assert_int_ge(vid(g, "amount:USD:100000000@org:aha-centre"), 0);
  ck_assert_int_ge(vid(g, "amount:USD:100000000"), 0); /* whose? the text does not say */
  dg_graph_free(g);
}
END_TEST

/* Every mention's owner at once (dg_amount_owners) is the owner dg_amount_owner gives it
 * alone. Each row: the mentions ('a' an amount, 'o' anything else, then its id), the ties
 * ("kind from to": 'A' an amount tie, 'x' another kind) and the owners expected, by
 * mention ('-' none). */
START_TEST(test_amount_owners) {
  static const struct {
    const char *what;
    const char *ments[6];
    const char *rels[6];
    const char *want;
  } rows[] = {
      {"the first tie that reaches an amount is its owner",
       {"a v1", "o p", "o q"}, {"A 1 0", "A 2 0"}, "1--"},
      {"an amount no tie reaches takes its value's one owner (the last tie's source)",
       {"a v1", "o p", "a v1", "o p", "a v1"}, {"A 1 0", "A 3 2"}, "1-3-3"},
      {"a value tied to owners with two ids has none",
       {"a v1", "o p", "a v1", "o q", "a v1"}, {"A 1 0", "A 3 2"}, "1-3--"},
      {"ties of other kinds and other values do not count",
       {"a v1", "o p", "a v2"}, {"x 1 2", "A 1 0"}, "1--"},
      {"a mention that is no amount has no owner, tied or not",
       {"o m", "o p"}, {"A 1 0"}, "--"},
      {"no ties, no owners", {"a v1", "a v1"}, {NULL}, "--"},
  };
  for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
    dg_mention m[6] = {0};
    dg_relation rel[6] = {0};
    char ids[6][8];
    size_t nm = 0, nr = 0;
    for (; nm < 6 && rows[r].ments[nm]; nm++) {
      m[nm].type = rows[r].ments[nm][0] == 'a' ? DG_TYPE_AMOUNT : DG_TYPE_PROGRAM;
      snprintf(ids[nm], sizeof ids[nm], "%s", rows[r].ments[nm] + 2);
      m[nm].id = ids[nm];
    }
    for (; nr < 6 && rows[r].rels[nr]; nr++) {
      unsigned from, to;
      ck_assert_int_eq(sscanf(rows[r].rels[nr] + 2, "%u %u", &from, &to), 2);
      rel[nr].kind = rows[r].rels[nr][0] == 'A' ? DG_REL_AMOUNT : DG_REL_HELD_IN;
      rel[nr].from = from, rel[nr].to = to;
    }
    long owner[6];
    ck_assert_int_eq(dg_amount_owners(m, nm, rel, nr, owner), 0);
    for (size_t i = 0; i < nm; i++) {
      char w = rows[r].want[i];
      ck_assert_msg(owner[i] == (w == '-' ? -1 : w - '0'), "%s: mention %zu owned by %ld",
                    rows[r].what, i, owner[i]);
      ck_assert_int_eq(owner[i], dg_amount_owner(m, nm, rel, nr, (uint32_t)i));
    }
  }
}
END_TEST

/* Typed ties keep their direction; a pair tied two ways counts once in degree. */
START_TEST(test_typed_edges) {
  const char *t[] = {"令和6年1月30日、東京において第13回日ASEAN防衛当局次官級会合を開催した。"};
  dg_graph *g = graph_of(t, 1, NULL);
  long m = vid(g, "meeting:asean-japan-defense-vice-ministers:13"), tk = vid(g, "place:tokyo");
  ck_assert_int_ge(m, 0);
  ck_assert_int_ge(tk, 0);
  int held_in = 0, co = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge e = dg_graph_edge(g, i);
    if (e.kind == DG_REL_HELD_IN && (long)e.source == m && (long)e.target == tk) held_in++;
    if (e.kind == DG_REL_CO_OCCURS && ((long)e.source == m || (long)e.target == m) &&
        ((long)e.source == tk || (long)e.target == tk))
      co++;
  }
  ck_assert_int_eq(held_in, 1);
  ck_assert_int_eq(co, 1);
  /* 日本, ASEAN, 東京, the date: four neighbours, though 東京 is tied twice */
  ck_assert(dg_graph_vertex(g, (size_t)m)->degree == 4.0);
  dg_edge e = {.kind = DG_REL_CO_OCCURS};
  for (size_t i = 0; i < dg_graph_edge_count(g); i++)
    if (dg_graph_edge(g, i).kind == DG_REL_HELD_IN) e = dg_graph_edge(g, i);
  ck_assert_int_eq(e.kind, DG_REL_HELD_IN);
  ck_assert_ptr_nonnull(strstr(tu_sentence(g, e.first), "東京において"));
  ck_assert_str_eq(tu_where(g, e.first), "doc0.txt:1");
  /* only typed kinds */
  dg_graph_filter f = {.kinds = 1u << DG_REL_HELD_IN};
  ck_assert_int_eq(dg_graph_build(g, &f, NULL), DG_OK);
  ck_assert_uint_eq(dg_graph_edge_count(g), 1);
  dg_graph_free(g);
}
END_TEST

/* A focus keeps what lies within the radius, at most `fanout` new neighbours a step. */
START_TEST(test_focus) {
  const char *t[] = {"ラオスとタイが会談した。タイとベトナムが会談した。ベトナムとカンボジアが会談した。"};
  dg_graph_filter f = {.focus = "country:LAO", .radius = 1};
  dg_graph *g = graph_of(t, 1, &f);
  ck_assert_uint_eq(dg_graph_vertex_count(g), 2); /* Laos, Thailand */
  f.radius = 2;
  ck_assert_int_eq(dg_graph_build(g, &f, NULL), DG_OK);
  ck_assert_uint_eq(dg_graph_vertex_count(g), 3);
  ck_assert_int_ge(vid(g, "country:VNM"), 0);
  ck_assert_int_lt(vid(g, "country:KHM"), 0);
  f.focus = "Thailand"; /* a label will do */
  f.radius = 1;
  f.fanout = 1;
  ck_assert_int_eq(dg_graph_build(g, &f, NULL), DG_OK);
  ck_assert_uint_eq(dg_graph_vertex_count(g), 2);
  f.focus = "Atlantis";
  dg_error err;
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_ENOTFOUND);
  ck_assert_ptr_nonnull(strstr(err.msg, "Atlantis"));
  dg_graph_free(g);
}
END_TEST

/* member_of from the dictionary's groups, between entities of the graph. */
START_TEST(test_members) {
  const char *t[] = {"ASEANとインドネシアとカザフスタン。"};
  dg_graph *g;
  dg_error err;
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  dg_doc *d = tu_doc("m.txt", t[0]);
  ck_assert_int_eq(dg_graph_add_doc(g, d, &err), DG_OK);
  tu_doc_free(d);
  ck_assert_int_eq(dg_graph_add_members(g, dg_pipeline_dict(tu_pipeline()), &err), DG_OK);
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  int idn = 0, kaz = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge e = dg_graph_edge(g, i);
    if (e.kind != DG_REL_MEMBER_OF) continue;
    const char *a = dg_graph_vertex(g, e.source)->id, *b = dg_graph_vertex(g, e.target)->id;
    idn += !strcmp(a, "country:IDN") && !strcmp(b, "group:ASEAN");
    kaz += !strcmp(a, "country:KAZ");
  }
  ck_assert_int_eq(idn, 1);
  ck_assert_int_eq(kaz, 0);
  dg_graph_free(g);
}
END_TEST

/* Evidence lists of many ties grow side by side: each keeps its own first sentences in
 * document order (DG_EDGE_EVIDENCE of them, DG_VERTEX_EVIDENCE for an entity), its count of
 * all, and the sentence of its first evidence as evidence_text, across documents. */
START_TEST(test_evidence_lists_interleaved) {
  char text[2][2048];
  for (int d = 0; d < 2; d++) {
    size_t n = 0;
    for (int k = 1; k <= 12; k++)
      n += (size_t)snprintf(text[d] + n, sizeof text[d] - n,
                            "日本とベトナムとタイは第%d回会合を開いた。\n", d * 12 + k);
  }
  const char *const texts[] = {text[0], text[1]};
  dg_graph *g = graph_of(texts, 2, NULL);
  const char *const others[] = {"country:VNM", "country:THA"};
  for (int o = 0; o < 2; o++) {
    const dg_edge *e = edge(g, "country:JPN", others[o]);
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->nev, DG_EDGE_EVIDENCE);
    ck_assert_uint_eq(e->ev_total, 24);
    ck_assert_str_eq(tu_where(g, e->first), "doc0.txt:1");
    ck_assert_str_eq(tu_sentence(g, e->first), "日本とベトナムとタイは第1回会合を開いた。");
    for (uint32_t k = 0; k < e->nev; k++) {
      dg_evref r = dg_graph_evidence(g, e->ev, k);
      char want[128];
      snprintf(want, sizeof want, "日本とベトナムとタイは第%u回会合を開いた。", k + 1);
      ck_assert_str_eq(tu_sentence(g, r.sent), want);
      ck_assert_uint_eq(r.line, k + 1);
      ck_assert_str_eq(dg_graph_document(g, r.doc), "doc0.txt");
    }
  }
  const dg_vertex *v = dg_graph_vertex(g, (size_t)vid(g, "country:VNM"));
  ck_assert_uint_eq(v->nev, DG_VERTEX_EVIDENCE);
  ck_assert_uint_eq(v->ev_total, 24);
  dg_evref last = dg_graph_evidence(g, v->ev, DG_VERTEX_EVIDENCE - 1);
  ck_assert_str_eq(dg_graph_document(g, last.doc), "doc1.txt");
  ck_assert_uint_eq(last.line, DG_VERTEX_EVIDENCE - 12);
  ck_assert_str_eq(tu_sentence(g, last.sent), "日本とベトナムとタイは第20回会合を開いた。");
  dg_graph_free(g);
}
END_TEST

/* A tie's record keeps its document's last sentence in place of an evidence list's own
 * document: a tie stated by a source (no sentence) between two documents does not make
 * the next document's first sentence look like the one stated last (both documents' first
 * sentences are counted and kept); its evidence count is its weight. */
START_TEST(test_tie_source_between_documents) {
  dg_graph *g;
  dg_error err;
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (int k = 0; k < 2; k++) {
    dg_doc *d = tu_doc(k ? "b.txt" : "a.txt", "日本とタイ。");
    ck_assert_int_eq(dg_graph_add_doc(g, d, &err), DG_OK);
    tu_doc_free(d);
    uint32_t *a = dg_hmap_get(&g->vmap, "country:JPN", strlen("country:JPN"));
    uint32_t *b = dg_hmap_get(&g->vmap, "country:THA", strlen("country:THA"));
    ck_assert(a && b);
    if (!k)
      ck_assert_int_eq(dg_graph_add_tie(g, *a, *b, DG_REL_CO_OCCURS, NULL, 0, "dictionary:x",
                                        "dictionary", 0),
                       0);
  }
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  const dg_edge *e = edge(g, "country:JPN", "country:THA");
  ck_assert_ptr_nonnull(e);
  ck_assert_uint_eq(e->ev_total, 2);
  ck_assert_uint_eq(e->nev, 2);
  ck_assert_uint_eq(e->documents, 2);
  ck_assert_uint_eq((uint32_t)e->weight, 3);
  ck_assert_uint_eq(e->evidence_count, 3);
  ck_assert_str_eq(dg_graph_document(g, dg_graph_evidence(g, e->ev, 1).doc), "b.txt");
  dg_graph_free(g);
}
END_TEST

/* A tie holds its rules as a 16-bit index: DG_TIE_RULES_MAX distinct lists are kept, one
 * more is refused (an error, never another list's index). */
START_TEST(test_tie_rules_bounded) {
  dg_graph *g;
  dg_error err;
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  enum { NV = 400 };
  for (int i = 0; i < NV; i++) {
    char id[32];
    snprintf(id, sizeof id, "country:X%03d", i);
    ck_assert_int_eq(dg_graph_vertex_for(g, id, id, id, DG_TYPE_COUNTRY, NULL), i);
  }
  uint32_t made = 0;
  for (uint32_t a = 0; a < NV && made <= DG_TIE_RULES_MAX; a++)
    for (uint32_t b = a + 1; b < NV && made <= DG_TIE_RULES_MAX; b++, made++) {
      char rule[32];
      snprintf(rule, sizeof rule, "r%u", made);
      int want = made < DG_TIE_RULES_MAX ? 0 : -1;
      ck_assert_int_eq(dg_graph_add_tie(g, a, b, DG_REL_CO_OCCURS, NULL, 0, NULL, rule, 0), want);
    }
  ck_assert_uint_eq(made, DG_TIE_RULES_MAX + 1);
  ck_assert_str_eq(dg_graph_rule_text(g, g->ea.v[0].rule), "r0");
  ck_assert_str_eq(dg_graph_rule_text(g, g->ea.v[DG_TIE_RULES_MAX - 1].rule), "r65534");
  dg_graph_free(g);
}
END_TEST

/* Ties a list item inherits from its lead line weigh in, but Jaccard counts shared units
 * only, so it stays within [0, 1]; every entity and tie keeps its sentences. */
START_TEST(test_inherited_jaccard_and_evidence) {
  static const char *const lead[] = {
      "日本はASEANとの協力として次を実施する。\n- ASEANの連結性支援\n- ASEANの防災協力\n"};
  dg_graph *g = graph_of(lead, 1, NULL);
  const dg_edge *e = edge(g, "country:JPN", "group:ASEAN");
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight > 1.0);
  ck_assert_msg(e->jaccard > 0 && e->jaccard <= 1.0, "jaccard %g", e->jaccard);
  ck_assert_uint_ge(e->nev, 1);
  ck_assert_uint_eq(dg_graph_evidence(g, e->ev, 0).line, 1);
  const char *first = tu_sentence(g, dg_graph_evidence(g, e->ev, 0).sent);
  ck_assert_ptr_nonnull(strstr(first, "日本はASEANとの協力"));
  ck_assert_str_eq(tu_sentence(g, e->first), tu_sentence(g, dg_graph_evidence(g, e->ev, 0).sent));
  long asean = vid(g, "group:ASEAN");
  const dg_vertex *v = dg_graph_vertex(g, (size_t)asean);
  ck_assert_uint_eq(v->ev_total, 3); /* three sentences name it */
  ck_assert_uint_eq(v->nev, 3);
  for (uint32_t k = 0; k < 3; k++) { /* in document order, each its own line */
    dg_evref r = dg_graph_evidence(g, v->ev, k);
    ck_assert_uint_eq(r.line, k + 1);
    ck_assert_str_eq(dg_graph_document(g, r.doc), "doc0.txt");
  }
  dg_graph_free(g);
}
END_TEST

/* ---- filters, on a graph put together by hand ---- */

/* JPN -3- THA -1- VNM -2- LAO -1- KHM (co_occurs); THA member_of ASEAN; JPN
 * participates_in m1 (2); m1 held_in tokyo, held_on a date; a quantity tied to JPN. */
static dg_graph *hand_graph(void) {
  static const struct {
    const char *id;
    dg_type type;
    uint32_t mentions;
  } vs[] = {
      {"country:JPN", DG_TYPE_COUNTRY, 4},    {"country:THA", DG_TYPE_COUNTRY, 2},
      {"country:VNM", DG_TYPE_COUNTRY, 1},    {"country:LAO", DG_TYPE_COUNTRY, 1},
      {"country:KHM", DG_TYPE_COUNTRY, 1},    {"group:ASEAN", DG_TYPE_GROUP, 1},
      {"meeting:m1", DG_TYPE_MEETING, 5},     {"place:tokyo", DG_TYPE_PLACE, 1},
      {"date:2024-01-30", DG_TYPE_DATE, 1},   {"quantity:people:5", DG_TYPE_QUANTITY, 1},
  };
  static const struct {
    const char *a, *b;
    dg_rel_kind kind;
    uint32_t weight;
  } es[] = {
      {"country:JPN", "country:THA", DG_REL_CO_OCCURS, 3},
      {"country:THA", "country:VNM", DG_REL_CO_OCCURS, 1},
      {"country:VNM", "country:LAO", DG_REL_CO_OCCURS, 2},
      {"country:LAO", "country:KHM", DG_REL_CO_OCCURS, 1},
      {"meeting:m1", "place:tokyo", DG_REL_HELD_IN, 1},
      {"meeting:m1", "date:2024-01-30", DG_REL_HELD_ON, 1},
      {"country:JPN", "meeting:m1", DG_REL_PARTICIPATES_IN, 2},
      {"country:THA", "group:ASEAN", DG_REL_MEMBER_OF, 1},
      {"quantity:people:5", "country:JPN", DG_REL_CO_OCCURS, 1},
  };
  dg_graph *g;
  dg_error err;
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
    ck_assert_int_eq(dg_graph_put_vertex(g, vs[i].id, vs[i].type, vs[i].id, "", NULL,
                                         vs[i].mentions, 1, &err),
                     DG_OK);
  for (size_t i = 0; i < sizeof es / sizeof *es; i++)
    ck_assert_int_eq(dg_graph_put_edge(g, es[i].a, es[i].b, es[i].kind, es[i].weight, 0, 1,
                                       es[i].weight, "d.txt:1", "s", &err),
                     DG_OK);
  return g;
}

/* The built vertices' ids, space-separated. */
static const char *ids_of(const dg_graph *g, char *buf, size_t n) {
  buf[0] = '\0';
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    size_t k = strlen(buf);
    snprintf(buf + k, n - k, "%s%s", i ? " " : "", dg_graph_vertex(g, i)->id);
  }
  return buf;
}

#define T(x) (1u << DG_TYPE_##x)
#define K(x) (1u << DG_REL_##x)
static const struct {
  const char *name;
  dg_graph_filter f;
  size_t edges;
  const char *ids;
} filter_cases[] = {
    {"default: all but quantities", {0}, 8,
     "country:JPN country:KHM country:LAO country:THA country:VNM date:2024-01-30 group:ASEAN "
     "meeting:m1 place:tokyo"},
    {"types", {.types = T(COUNTRY) | T(MEETING)}, 5,
     "country:JPN country:KHM country:LAO country:THA country:VNM meeting:m1"},
    {"types with quantity", {.types = T(QUANTITY) | T(COUNTRY)}, 5,
     "country:JPN country:KHM country:LAO country:THA country:VNM quantity:people:5"},
    {"kinds keep vertices", {.kinds = K(HELD_IN) | K(HELD_ON)}, 2,
     "country:JPN country:KHM country:LAO country:THA country:VNM date:2024-01-30 group:ASEAN "
     "meeting:m1 place:tokyo"},
    {"kinds and isolated", {.kinds = K(HELD_IN) | K(HELD_ON), .drop_isolated = 1}, 2,
     "date:2024-01-30 meeting:m1 place:tokyo"},
    {"min_weight and isolated", {.min_weight = 2, .drop_isolated = 1}, 3,
     "country:JPN country:LAO country:THA country:VNM meeting:m1"},
    {"focus radius 1", {.focus = "country:JPN", .radius = 1}, 2,
     "country:JPN country:THA meeting:m1"},
    {"focus radius 0 is 1", {.focus = "country:JPN"}, 2, "country:JPN country:THA meeting:m1"},
    {"focus radius 2", {.focus = "country:JPN", .radius = 2}, 6,
     "country:JPN country:THA country:VNM date:2024-01-30 group:ASEAN meeting:m1 place:tokyo"},
    /* typed ties first: JPN takes m1, m1 takes the date (held_on sorts before held_in) */
    {"focus fanout 1", {.focus = "country:JPN", .radius = 2, .fanout = 1}, 2,
     "country:JPN date:2024-01-30 meeting:m1"},
    {"focus on a meeting", {.focus = "meeting:m1", .radius = 1}, 3,
     "country:JPN date:2024-01-30 meeting:m1 place:tokyo"},
    /* degree 3: THA, m1; then JPN, VNM, LAO have 2, JPN the most mentions */
    {"top 3 by degree", {.top = 3, .rank = DG_RANK_DEGREE}, 2,
     "country:JPN country:THA meeting:m1"},
    {"top 2 by mentions", {.top = 2, .rank = DG_RANK_MENTIONS}, 1, "country:JPN meeting:m1"},
    {"top after focus", {.focus = "country:LAO", .radius = 2, .top = 1, .rank = DG_RANK_MENTIONS},
     0, "country:THA"},
    {"top larger than the graph", {.types = T(GROUP), .top = 5}, 0, "group:ASEAN"},
};
#undef T
#undef K

START_TEST(test_filter_table) {
  dg_graph *g = hand_graph();
  dg_error err = {0};
  char buf[600];
  ck_assert_msg(dg_graph_build(g, &filter_cases[_i].f, &err) == DG_OK, "%s: %s",
                filter_cases[_i].name, err.msg);
  ck_assert_msg(!strcmp(ids_of(g, buf, sizeof buf), filter_cases[_i].ids), "%s: %s",
                filter_cases[_i].name, buf);
  ck_assert_msg(dg_graph_edge_count(g) == filter_cases[_i].edges, "%s: %zu edges",
                filter_cases[_i].name, dg_graph_edge_count(g));
  dg_graph_free(g);
}
END_TEST

/* The degree and strength of the hand graph: a pair counts once in degree, every edge's
 * weight in strength. */
START_TEST(test_degree_strength) {
  dg_graph *g = hand_graph();
  ck_assert_int_eq(dg_graph_build(g, NULL, NULL), DG_OK);
  const dg_vertex *jpn = dg_graph_vertex(g, (size_t)vid(g, "country:JPN"));
  ck_assert(jpn->degree == 2.0);   /* THA, m1 (the quantity is filtered out) */
  ck_assert(jpn->strength == 5.0); /* 3 + 2 */
  const dg_vertex *m1 = dg_graph_vertex(g, (size_t)vid(g, "meeting:m1"));
  ck_assert(m1->degree == 3.0);
  ck_assert_int_eq(dg_rank_parse("degree", &(dg_rank){0}), 0);
  dg_rank r = DG_RANK_PAGERANK;
  ck_assert_int_eq(dg_rank_parse("mentions", &r), 0);
  ck_assert_int_eq(r, DG_RANK_MENTIONS);
  ck_assert_int_eq(dg_rank_parse("Mentions", &r), -1);
  dg_graph_free(g);
}
END_TEST

/* ---- the contract with igraph ---- */

/* An igraph error through docgraph's metrics: Louvain refuses negative weights. The
 * process goes on, the error is a dg_err with igraph's own message, and igraph's stack of
 * temporaries is empty. */
START_TEST(test_igraph_error_is_dg_err) {
  dg_vertex vs[2];
  memset(vs, 0, sizeof vs);
  uint32_t ends[2] = {0, 1};
  double w[1] = {-1};
  dg_pairs p = {.ends = {ends, 2, 2}, .w = {w, 1, 1}};
  dg_igraph_guard gd;
  dg_error err = {0};
  dg_igraph_enter(&gd);
  uint32_t sources;
  dg_err r = dg_graph_centrality(vs, 2, &p, DG_MEASURE_ALL, &sources, &gd, &err);
  dg_igraph_leave(&gd);
  ck_assert_int_eq(r, DG_EGRAPH);
  ck_assert_int_eq(err.code, DG_EGRAPH);
  ck_assert_str_eq(err.msg, "igraph failed while finding communities: weights must be positive");
  ck_assert_int_eq(IGRAPH_FINALLY_STACK_SIZE(), 0);
  /* the message is forgotten once reported: a later failure reports its own */
  ck_assert_str_eq(gd.msg, "");
}
END_TEST

static int test_errors_seen;
static void test_error_handler(const char *reason, const char *file, int line,
                               igraph_error_t code) {
  (void)reason, (void)file, (void)line, (void)code;
  test_errors_seen++;
  IGRAPH_FINALLY_FREE();
}
static void test_warning_handler(const char *reason, const char *file, int line) {
  (void)reason, (void)file, (void)line;
}

/* What the process had before dg_graph_build and dg_graph_free is there after: error and
 * warning handlers, attribute table (none), and the default generator, which goes on with
 * the very numbers it would have drawn. */
START_TEST(test_igraph_settings_restored) {
  igraph_set_error_handler(test_error_handler);
  igraph_set_warning_handler(test_warning_handler);
  igraph_set_attribute_table(NULL);
  igraph_rng_t *rng = igraph_rng_default();
  void *state = rng->state;
  igraph_rng_seed(rng, 7);
  igraph_integer_t expect = igraph_rng_get_integer(rng, 0, 1000000);
  igraph_rng_seed(rng, 7);

  dg_graph *g = graph_of(docs, 2, NULL); /* communities draw on a generator */
  ck_assert_int_gt(dg_graph_vertex_count(g), 2);
  ck_assert_ptr_eq(igraph_rng_default()->state, state);
  ck_assert_int_eq(igraph_rng_get_integer(igraph_rng_default(), 0, 1000000), expect);
  ck_assert_ptr_eq(igraph_set_attribute_table(NULL), NULL);
  ck_assert_ptr_eq(igraph_set_error_handler(test_error_handler), test_error_handler);
  ck_assert_ptr_eq(igraph_set_warning_handler(test_warning_handler), test_warning_handler);
  /* the attributes stay readable without the table; made on this first call, which
     leaves the process's settings as it found them too */
  const igraph_t *ig = dg_graph_igraph(g);
  ck_assert_ptr_nonnull(ig);
  ck_assert_ptr_eq(igraph_set_attribute_table(NULL), NULL);
  ck_assert_ptr_eq(igraph_set_error_handler(test_error_handler), test_error_handler);
  ck_assert_str_eq(EAS(ig, "evidence_text", 0), tu_sentence(g, dg_graph_edge(g, 0).first));
  dg_graph_free(g); /* igraph_destroy needs the table: the guard sets it for the call */
  ck_assert_ptr_eq(igraph_set_attribute_table(NULL), NULL);
  ck_assert_ptr_eq(igraph_set_error_handler(test_error_handler), test_error_handler);
  ck_assert_int_eq(test_errors_seen, 0);
}
END_TEST

/* dg_graph_find, as --focus and evidence name entities: an id, a label in any case, an id
 * without its type, and a person's surname (Japanese: the label's start; English: a whole
 * word), the most mentioned person when several share it; a part of a word is no name. */
static const struct {
  const char *name, *id;
} finds[] = {
    {"person:ishiba-shigeru", "person:ishiba-shigeru"}, {"石破茂", "person:ishiba-shigeru"},
    {"石破", "person:ishiba-shigeru"},   {"Ishiba", "person:ishiba-shigeru"},
    {"ISHIBA", "person:ishiba-shigeru"}, {"中村", "person:nakamura-b"},
    {"laos", "country:LAO"},             {"ラオス", "country:LAO"},
    {"Ishi", NULL},                      {"石破茂茂", NULL}, {"Shigeru Ishib", NULL},
};

START_TEST(test_find_names) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "person:ishiba-shigeru", DG_TYPE_PERSON, "石破茂",
                                       "Shigeru Ishiba", NULL, 3, 1, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "person:nakamura-a", DG_TYPE_PERSON, "中村一郎", "",
                                       NULL, 1, 1, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "person:nakamura-b", DG_TYPE_PERSON, "中村二郎", "",
                                       NULL, 5, 1, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "country:LAO", DG_TYPE_COUNTRY, "ラオス", "Laos", NULL,
                                       1, 1, &err), DG_OK);
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  long v = dg_graph_find(g, finds[_i].name);
  if (!finds[_i].id) ck_assert_msg(v < 0, "%s found", finds[_i].name);
  else ck_assert_str_eq(v >= 0 ? dg_graph_vertex(g, (size_t)v)->id : "(none)", finds[_i].id);
  dg_graph_free(g);
}
END_TEST

/* g's GraphML, in memory. */
static char *graphml_of(const dg_graph *g) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  dg_error err;
  ck_assert_int_eq(dg_write_graphml(g, f, &err), DG_OK);
  fclose(f);
  return buf;
}

/* The accessors that read an edge without making it agree with the edge made, and the
 * edges leaving a vertex are the run dg_graph_edges_from names: on the whole view and on a
 * narrower one built after it (whose vertex indices differ). */
static void check_accessors(const dg_graph *g) {
  size_t ne = dg_graph_edge_count(g), nv = dg_graph_vertex_count(g), seen = 0;
  ck_assert_uint_gt(ne, 0);
  for (size_t i = 0; i < ne; i++) {
    dg_edge e = dg_graph_edge(g, i);
    uint32_t s = UINT32_MAX, t = UINT32_MAX;
    ck_assert_int_eq(dg_graph_edge_ends(g, i, &s, &t), e.kind);
    ck_assert_uint_eq(s, e.source);
    ck_assert_uint_eq(t, e.target);
    ck_assert(dg_graph_edge_weight(g, i) == e.weight);
  }
  for (size_t v = 0; v < nv; v++) {
    size_t first = SIZE_MAX, n = dg_graph_edges_from(g, v, &first);
    ck_assert_uint_le(first + n, ne);
    for (size_t i = 0; i < ne; i++) {
      uint32_t s;
      dg_graph_edge_ends(g, i, &s, NULL);
      ck_assert_int_eq(s == v, i >= first && i < first + n);
    }
    seen += n;
  }
  ck_assert_uint_eq(seen, ne);
}

START_TEST(test_edge_accessors) {
  dg_graph *g = graph_of(docs, 2, NULL);
  check_accessors(g);
  size_t all = dg_graph_vertex_count(g);
  dg_graph_filter f = {.top = 3};
  ck_assert_int_eq(dg_graph_build(g, &f, NULL), DG_OK);
  ck_assert_uint_lt(dg_graph_vertex_count(g), all);
  check_accessors(g);
  dg_graph_free(g);
}
END_TEST

/* A snapshot keeps the view it was taken of, and its provenance, after the graph is built
 * again with another filter; the graph is unchanged by it; freeing both frees all. */
START_TEST(test_snapshot) {
  dg_graph *g = graph_of(docs, 2, NULL);
  char *before = graphml_of(g);
  dg_graph *s;
  dg_error err;
  ck_assert_int_eq(dg_graph_snapshot(g, &s, &err), DG_OK);
  dg_graph_filter f = {.top = 2};
  ck_assert_int_eq(dg_graph_build(g, &f, &err), DG_OK);
  char *rebuilt = graphml_of(g), *snap = graphml_of(s);
  ck_assert_str_ne(rebuilt, before);
  ck_assert_str_eq(snap, before);
  ck_assert_ptr_null(dg_graph_igraph(s));
  dg_graph_free(s);
  char *after = graphml_of(g);
  ck_assert_str_eq(after, rebuilt);
  free(after);
  free(before);
  free(rebuilt);
  free(snap);
  dg_graph_free(g);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("graph");
  TCase *tc = tcase_create("graph");
  tcase_add_test(tc, test_cooccurrence);
  tcase_add_test(tc, test_inherited_jaccard_and_evidence);
  tcase_add_test(tc, test_sorted_and_metrics);
  tcase_add_test(tc, test_filters);
  tcase_add_test(tc, test_igraph_on_demand);
  tcase_add_test(tc, test_value_vertices);
  tcase_add_test(tc, test_pledges);
  tcase_add_test(tc, test_amount_owners);
  tcase_add_test(tc, test_typed_edges);
  tcase_add_test(tc, test_focus);
  tcase_add_test(tc, test_members);
  tcase_add_loop_test(tc, test_filter_table, 0, sizeof filter_cases / sizeof *filter_cases);
  tcase_add_test(tc, test_degree_strength);
  tcase_add_test(tc, test_igraph_error_is_dg_err);
  tcase_add_test(tc, test_igraph_settings_restored);
  tcase_add_test(tc, test_snapshot);
  tcase_add_test(tc, test_edge_accessors);
  tcase_add_test(tc, test_evidence_lists_interleaved);
  tcase_add_test(tc, test_tie_source_between_documents);
  tcase_add_test(tc, test_tie_rules_bounded);
  tcase_add_loop_test(tc, test_find_names, 0, (int)(sizeof finds / sizeof *finds));
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
