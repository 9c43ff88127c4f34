/* GraphML read back (dg_read_graphml): docgraph's own files round-trip to the same graph
 * and the same bytes; NetworkX, Gephi and Cytoscape files load; keys are mapped by
 * attr.name with their defaults; bad files fail with "path:line: what" and print nothing;
 * nothing is fetched and no entity expanded; amounts and dates get their typed values back
 * from their ids. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docgraph/graphml_read.h"
#include "docgraph/write.h"
#include "testutil.h"

#define FIX DG_TEST_FIXTURES "/graphml/"

static long vid(const dg_graph *g, const char *id) {
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++)
    if (!strcmp(dg_graph_vertex(g, i)->id, id)) return (long)i;
  return -1;
}

static const dg_vertex *vertex(const dg_graph *g, const char *id) {
  long i = vid(g, id);
  ck_assert_msg(i >= 0, "no vertex %s", id);
  return dg_graph_vertex(g, (size_t)i);
}

/* The edge of this kind from a to b (either way for co_occurs), or NULL; valid until the
 * next call. */
static const dg_edge *edge(const dg_graph *g, const char *a, const char *b, dg_rel_kind k) {
  static dg_edge found;
  long x = vid(g, a), y = vid(g, b);
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    found = dg_graph_edge(g, i);
    if (found.kind != k) continue;
    if ((long)found.source == x && (long)found.target == y) return &found;
    if (k == DG_REL_CO_OCCURS && (long)found.source == y && (long)found.target == x)
      return &found;
  }
  return NULL;
}

/* A fresh temporary file name (the file exists, empty). */
static void tmp_name(char *path, size_t n) {
  snprintf(path, n, "/tmp/dg-graphml-test-XXXXXX");
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  close(fd);
}

static void write_graphml(const dg_graph *g, const char *path) {
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  dg_error err;
  ck_assert_msg(dg_write_graphml(g, f, &err) == DG_OK, "%s", err.msg);
  ck_assert_int_eq(fclose(f), 0);
}

/* Read a file into a new graph (built when the read succeeds); *out is NULL on failure. */
static dg_err load(const char *path, dg_graph **out, dg_error *err) {
  dg_graph *g;
  ck_assert_int_eq(dg_graph_new(&g, err), DG_OK);
  dg_err r = dg_read_graphml(g, path, err);
  if (r == DG_OK) ck_assert_msg(dg_graph_build(g, NULL, err) == DG_OK, "%s", err->msg);
  if (r != DG_OK) {
    dg_graph_free(g); /* a failed read leaves a graph that frees cleanly */
    g = NULL;
  }
  *out = g;
  return r;
}

/* Load GraphML text from a temporary file; the file's name in path. */
static dg_err load_text(const char *xml, char *path, size_t n, dg_graph **out, dg_error *err) {
  tmp_name(path, n);
  tu_write(path, xml);
  dg_err r = load(path, out, err);
  unlink(path);
  return r;
}

static dg_graph *load_ok(const char *path) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_msg(load(path, &g, &err) == DG_OK, "%s", err.msg);
  return g;
}

static dg_graph *load_text_ok(const char *xml) {
  char path[64];
  dg_graph *g;
  dg_error err = {0};
  ck_assert_msg(load_text(xml, path, sizeof path, &g, &err) == DG_OK, "%s", err.msg);
  return g;
}

/* ---- docgraph's own GraphML ---- */

static const char *const docs[] = {
    "インドネシアとタイが会合に参加した。インドネシアとベトナムも協議した。\n\nタイは歓迎した。",
    "Indonesia and Thailand signed the agreement. Cambodia observed.",
    "令和6年1月30日、東京において第13回日ASEAN防衛当局次官級会合を開催した。",
    "JAIFに1億ドルを拠出した（2023年3月）。ベトナムとタイが歓迎した。",
};

START_TEST(test_round_trip) {
  dg_graph *g1;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g1, &err), DG_OK);
  for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
    char name[32];
    snprintf(name, sizeof name, "doc%zu.txt", i);
    dg_doc *d = tu_doc(name, docs[i]);
    ck_assert_int_eq(dg_graph_add_doc(g1, d, &err), DG_OK);
    tu_doc_free(d);
  }
  ck_assert_msg(dg_graph_build(g1, NULL, &err) == DG_OK, "%s", err.msg);
  /* the sample holds what a round trip must carry: typed ties, labels in two languages */
  int typed = 0;
  for (size_t i = 0; i < dg_graph_edge_count(g1); i++) typed += dg_graph_edge(g1, i).kind != DG_REL_CO_OCCURS;
  ck_assert_int_gt(typed, 0);
  ck_assert_int_ge(vid(g1, "country:IDN"), 0);
  ck_assert_int_ge(vid(g1, "place:tokyo"), 0);

  char first[64], second[64];
  tmp_name(first, sizeof first);
  tmp_name(second, sizeof second);
  write_graphml(g1, first);
  dg_graph *g2 = load_ok(first);

  ck_assert_uint_eq(dg_graph_vertex_count(g2), dg_graph_vertex_count(g1));
  int typed_values = 0;
  for (size_t i = 0; i < dg_graph_vertex_count(g1); i++) {
    const dg_vertex *a = dg_graph_vertex(g1, i), *b = dg_graph_vertex(g2, i);
    ck_assert_str_eq(b->id, a->id);
    ck_assert_int_eq(b->type, a->type);
    ck_assert_str_eq(b->label, a->label);
    ck_assert_str_eq(b->label_en, a->label_en);
    ck_assert_uint_eq(b->mentions, a->mentions);
    ck_assert_uint_eq(b->documents, a->documents);
    /* metrics are recomputed from the same ties */
    ck_assert(b->degree == a->degree);
    ck_assert_double_eq_tol(b->pagerank, a->pagerank, 1e-12);
    /* values come back from the ids (all but the qualifier, which no id carries) */
    char x[64], y[64];
    ck_assert_str_eq(dg_decimal_format(b->value.amount, x, sizeof x),
                     dg_decimal_format(a->value.amount, y, sizeof y));
    ck_assert_str_eq(b->value.currency, a->value.currency);
    const dg_when *wa = &a->value.when, *wb = &b->value.when;
    ck_assert_msg(wa->year == wb->year && wa->month == wb->month && wa->day == wb->day &&
                      wa->year2 == wb->year2 && wa->month2 == wb->month2 &&
                      wa->day2 == wb->day2 && wa->prec == wb->prec && wa->fiscal == wb->fiscal,
                  "%s: the date read back differs", a->id);
    typed_values += a->type == DG_TYPE_AMOUNT || a->type == DG_TYPE_DATE;
  }
  ck_assert_int_ge(typed_values, 3);
  ck_assert_uint_eq(dg_graph_edge_count(g2), dg_graph_edge_count(g1));
  for (size_t i = 0; i < dg_graph_edge_count(g1); i++) {
    const dg_edge a = dg_graph_edge(g1, i), bv = dg_graph_edge(g2, i), *b = &bv;
    ck_assert_str_eq(dg_graph_vertex(g2, b->source)->id, dg_graph_vertex(g1, a.source)->id);
    ck_assert_str_eq(dg_graph_vertex(g2, b->target)->id, dg_graph_vertex(g1, a.target)->id);
    ck_assert_int_eq(b->kind, a.kind);
    ck_assert(b->weight == a.weight);
    ck_assert_double_eq_tol(b->jaccard, a.jaccard, 1e-9);
    ck_assert_uint_eq(b->documents, a.documents);
    ck_assert_uint_eq(b->evidence_count, a.evidence_count);
    const char *where = tu_where(g1, a.first);
    ck_assert_str_eq(tu_where(g2, b->first), where);
    ck_assert_str_eq(tu_sentence(g2, b->first), tu_sentence(g1, a.first));
    /* the evidence names a document of the read graph, as `evidence` needs */
    ck_assert_uint_eq(b->nev, 1);
    const char *doc = dg_graph_document(g2, dg_graph_evidence(g2, b->ev, 0).doc);
    ck_assert_int_eq(strncmp(where, doc, strlen(doc)), 0);
    ck_assert_int_eq(where[strlen(doc)], ':');
  }
  ck_assert_uint_gt(dg_graph_document_count(g2), 1);

  /* a fixed point: the graph read back writes the same bytes */
  write_graphml(g2, second);
  char *x = tu_slurp(first), *y = tu_slurp(second);
  ck_assert_ptr_nonnull(x);
  ck_assert_ptr_nonnull(y);
  ck_assert_uint_gt(strlen(x), 1000);
  ck_assert_msg(strcmp(x, y) == 0, "the GraphML written again differs from the first");
  free(x);
  free(y);
  unlink(first);
  unlink(second);
  dg_graph_free(g1);
  dg_graph_free(g2);
}
END_TEST

/* ---- other tools ---- */

START_TEST(test_networkx) {
  dg_graph *g = load_ok(FIX "networkx.graphml");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 5);
  ck_assert_uint_eq(dg_graph_edge_count(g), 4);
  const dg_vertex *jpn = vertex(g, "country:JPN");
  ck_assert_int_eq(jpn->type, DG_TYPE_COUNTRY);
  ck_assert_str_eq(jpn->label, "日本");
  ck_assert_str_eq(jpn->label_en, "Japan");
  ck_assert_uint_eq(jpn->mentions, 3);
  ck_assert_uint_eq(jpn->documents, 2);
  /* no type data: the id's prefix; no documents: 1 */
  const dg_vertex *vnm = vertex(g, "country:VNM");
  ck_assert_int_eq(vnm->type, DG_TYPE_COUNTRY);
  ck_assert_uint_eq(vnm->mentions, 4);
  ck_assert_uint_eq(vnm->documents, 1);
  ck_assert_str_eq(vnm->label_en, "");
  /* an id without a prefix, typed by its type attribute */
  ck_assert_int_eq(vertex(g, "Hanoi")->type, DG_TYPE_PLACE);
  ck_assert_str_eq(vertex(g, "Hanoi")->label, "ハノイ");
  /* no label: the id; no mentions: 1 */
  ck_assert_str_eq(vertex(g, "amount:USD:25000000")->label, "amount:USD:25000000");
  ck_assert_uint_eq(vertex(g, "meeting:mekong-japan-fmm:5")->mentions, 1);

  const dg_edge *e = edge(g, "country:JPN", "country:VNM", DG_REL_CO_OCCURS); /* no kind */
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 3.0); /* "3.0" */
  ck_assert_uint_eq(e->evidence_count, 3);
  ck_assert_str_eq(tu_where(g, e->first), "notice.txt:4");
  e = edge(g, "meeting:mekong-japan-fmm:5", "Hanoi", DG_REL_HELD_IN); /* source -> target */
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 1.0);
  ck_assert_ptr_null(edge(g, "Hanoi", "meeting:mekong-japan-fmm:5", DG_REL_HELD_IN));
  e = edge(g, "country:JPN", "meeting:mekong-japan-fmm:5", DG_REL_PARTICIPATES_IN);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 3.0); /* 2.5, rounded */
  e = edge(g, "country:VNM", "amount:USD:25000000", DG_REL_CO_OCCURS);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 1.0); /* no weight: 1 */
  ck_assert_uint_eq(e->documents, 1);
  ck_assert_str_eq(tu_where(g, e->first), "");
  ck_assert_double_eq(e->jaccard, 0);
  dg_graph_free(g);
}
END_TEST

START_TEST(test_gephi) {
  dg_graph *g = load_ok(FIX "gephi.graphml");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 4);
  ck_assert_uint_eq(dg_graph_edge_count(g), 3);
  /* types from the ids, labels from `label`; layout and colour data are left out */
  ck_assert_int_eq(vertex(g, "country:THA")->type, DG_TYPE_COUNTRY);
  ck_assert_str_eq(vertex(g, "country:THA")->label, "Thailand");
  ck_assert_int_eq(vertex(g, "group:ASEAN")->type, DG_TYPE_GROUP);
  ck_assert_int_eq(vertex(g, "place:phnom-penh")->type, DG_TYPE_PLACE);
  ck_assert_str_eq(vertex(g, "place:phnom-penh")->label, "Phnom Penh");
  const dg_edge *e = edge(g, "country:KHM", "place:phnom-penh", DG_REL_CO_OCCURS);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 4.0);
  e = edge(g, "country:THA", "group:ASEAN", DG_REL_CO_OCCURS);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 2.0);
  /* metrics from the ties read: ASEAN has two neighbours */
  ck_assert(vertex(g, "group:ASEAN")->degree == 2.0);
  dg_graph_free(g);
}
END_TEST

START_TEST(test_cytoscape) {
  dg_graph *g = load_ok(FIX "cytoscape.graphml");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 2);
  ck_assert_uint_eq(dg_graph_edge_count(g), 1);
  /* `name` before `shared name`; the type attribute in any case */
  ck_assert_str_eq(vertex(g, "128")->label, "JICA");
  ck_assert_int_eq(vertex(g, "128")->type, DG_TYPE_ORGANIZATION);
  ck_assert_str_eq(vertex(g, "130")->label, "Laos");
  ck_assert_int_eq(vertex(g, "130")->type, DG_TYPE_COUNTRY);
  ck_assert_ptr_nonnull(edge(g, "128", "130", DG_REL_CO_OCCURS));
  dg_graph_free(g);
}
END_TEST

/* The same graph through python-igraph 0.10 and NetworkX 2.8 (read_graphml, write_graphml):
 * igraph numbers the nodes n0, n1, ... and keeps the entity ids in an `id` attribute; both
 * keep no direction in an undirected graph and wrote held_on from the date to the meeting.
 * Read back, each writes the very bytes docgraph's own file does. */
START_TEST(test_tool_round_trips) {
  static const char *const files[] = {"docgraph_small.graphml", "igraph_roundtrip.graphml",
                                      "networkx_roundtrip.graphml"};
  char *bytes[3];
  for (int i = 0; i < 3; i++) {
    char path[512], out[64];
    snprintf(path, sizeof path, "%s%s", FIX, files[i]);
    dg_graph *g = load_ok(path);
    ck_assert_uint_eq(dg_graph_vertex_count(g), 5);
    ck_assert_int_lt(vid(g, "n4"), 0);
    ck_assert_str_eq(vertex(g, "place:tokyo")->label, "東京");
    const char *m = "meeting:asean-japan-defense-vice-ministers:13";
    const dg_edge *e = edge(g, m, "date:2024-01-30", DG_REL_HELD_ON);
    ck_assert_msg(e != NULL, "%s: no held_on from the meeting to the date", files[i]);
    ck_assert_ptr_null(edge(g, "date:2024-01-30", m, DG_REL_HELD_ON));
    ck_assert_str_eq(tu_where(g, e->first), "small.txt:1");
    ck_assert_ptr_nonnull(edge(g, m, "place:tokyo", DG_REL_HELD_IN));
    tmp_name(out, sizeof out);
    write_graphml(g, out);
    bytes[i] = tu_slurp(out);
    ck_assert_ptr_nonnull(bytes[i]);
    unlink(out);
    dg_graph_free(g);
  }
  ck_assert_msg(!strcmp(bytes[0], bytes[1]), "igraph's file reads to another graph");
  ck_assert_msg(!strcmp(bytes[0], bytes[2]), "NetworkX's file reads to another graph");
  for (int i = 0; i < 3; i++) free(bytes[i]);
}
END_TEST

/* A typed tie the wrong way round for its kind is turned; one that fits neither way stays. */
START_TEST(test_typed_direction) {
  dg_graph *g = load_text_ok(
      "<graphml>\n"
      "<key id=\"k\" for=\"edge\" attr.name=\"kind\"/>\n"
      "<graph edgedefault=\"undirected\">\n"
      "<node id=\"meeting:m\"/><node id=\"place:p\"/><node id=\"place:q\"/><node id=\"country:JPN\"/>\n"
      "<edge source=\"place:p\" target=\"meeting:m\"><data key=\"k\">held_in</data></edge>\n"
      "<edge source=\"meeting:m\" target=\"country:JPN\"><data key=\"k\">participates_in</data></edge>\n"
      "<edge source=\"place:q\" target=\"place:p\"><data key=\"k\">held_in</data></edge>\n"
      "<edge source=\"meeting:m\" target=\"place:p\"><data key=\"k\">held_in</data></edge>\n"
      "</graph>\n"
      "</graphml>\n");
  ck_assert_uint_eq(dg_graph_edge_count(g), 3); /* the last is the first one again */
  ck_assert_ptr_nonnull(edge(g, "meeting:m", "place:p", DG_REL_HELD_IN));
  ck_assert_ptr_null(edge(g, "place:p", "meeting:m", DG_REL_HELD_IN));
  ck_assert_ptr_nonnull(edge(g, "country:JPN", "meeting:m", DG_REL_PARTICIPATES_IN));
  ck_assert_ptr_nonnull(edge(g, "place:q", "place:p", DG_REL_HELD_IN));
  dg_graph_free(g);
}
END_TEST

/* Data go by their key's attr.name, not its id; defaults of keys apply; numbers as int,
 * long, float or double; booleans as words or digits. */
START_TEST(test_keys_and_values) {
  dg_graph *g = load_text_ok(
      "<?xml version=\"1.0\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "<key id=\"type\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "<key id=\"label\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>place</default></key>\n"
      "<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"double\"><default>7</default></key>\n"
      "<key id=\"doc\" for=\"all\" attr.name=\"documents\" attr.type=\"int\"><default>2</default></key>\n"
      "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"float\"/>\n"
      "<key id=\"dir\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>\n"
      "<key id=\"ec\" for=\"edge\" attr.name=\"evidence_count\" attr.type=\"long\"/>\n"
      "<key id=\"j\" for=\"edge\" attr.name=\"jaccard\" attr.type=\"double\"/>\n"
      "<graph edgedefault=\"undirected\">\n"
      "<node id=\"a\"><data key=\"type\">Alpha</data><data key=\"m\">3.0</data></node>\n"
      "<node id=\"b\"><data key=\"label\">Person</data><data key=\"m\">1e2</data>"
      "<data key=\"doc\"> 4 </data></node>\n"
      "<node id=\"country:JPN\"><data key=\"label\"></data></node>\n"
      "<edge source=\"a\" target=\"b\"><data key=\"w\">2.5</data><data key=\"dir\">true</data>"
      "<data key=\"j\">0.25</data></edge>\n"
      "<edge source=\"a\" target=\"country:JPN\"><data key=\"w\">0.2</data>"
      "<data key=\"dir\">0</data><data key=\"ec\">5</data><data key=\"doc\">3</data></edge>\n"
      "</graph>\n"
      "</graphml>\n");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 3);
  const dg_vertex *a = vertex(g, "a"), *b = vertex(g, "b"), *j = vertex(g, "country:JPN");
  ck_assert_int_eq(a->type, DG_TYPE_PLACE); /* the default of the key named "type" */
  ck_assert_str_eq(a->label, "Alpha");      /* data of the key whose id is "type" */
  ck_assert_uint_eq(a->mentions, 3);
  ck_assert_uint_eq(a->documents, 2); /* default */
  ck_assert_int_eq(b->type, DG_TYPE_PERSON);
  ck_assert_str_eq(b->label, "b");
  ck_assert_uint_eq(b->mentions, 100);
  ck_assert_uint_eq(b->documents, 4);
  ck_assert_int_eq(j->type, DG_TYPE_COUNTRY); /* empty type: the id's prefix */
  ck_assert_uint_eq(j->mentions, 7);
  const dg_edge *e = edge(g, "a", "b", DG_REL_CO_OCCURS);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 3.0);
  ck_assert_double_eq_tol(e->jaccard, 0.25, 1e-12);
  ck_assert_uint_eq(e->documents, 2); /* default of the key for all */
  ck_assert_uint_eq(e->evidence_count, 3); /* the weight */
  e = edge(g, "a", "country:JPN", DG_REL_CO_OCCURS);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 1.0); /* a light tie keeps weight 1 */
  ck_assert_uint_eq(e->evidence_count, 5);
  ck_assert_uint_eq(e->documents, 3);
  dg_graph_free(g);
}
END_TEST

/* Edges may come before their nodes; they still go in in file order, so of two identical
 * ties the first stands. */
START_TEST(test_edges_before_nodes) {
  dg_graph *g = load_text_ok(
      "<graphml>\n"
      "<key id=\"k\" for=\"edge\" attr.name=\"kind\"/><key id=\"w\" for=\"edge\" attr.name=\"weight\"/>\n"
      "<graph edgedefault=\"directed\">\n"
      "<edge source=\"meeting:m\" target=\"place:p\"><data key=\"k\">held_in</data><data key=\"w\">2</data></edge>\n"
      "<node id=\"meeting:m\"/>\n"
      "<node id=\"place:p\"/>\n"
      "<edge source=\"meeting:m\" target=\"place:p\"><data key=\"k\">held_in</data><data key=\"w\">9</data></edge>\n"
      "<edge source=\"place:p\" target=\"meeting:m\"><data key=\"w\">4</data></edge>\n"
      "</graph>\n"
      "</graphml>\n");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 2);
  ck_assert_uint_eq(dg_graph_edge_count(g), 2);
  const dg_edge *e = edge(g, "meeting:m", "place:p", DG_REL_HELD_IN);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 2.0);
  e = edge(g, "meeting:m", "place:p", DG_REL_CO_OCCURS);
  ck_assert_ptr_nonnull(e);
  ck_assert(e->weight == 4.0);
  dg_graph_free(g);
}
END_TEST

/* The first <graph> is read, later ones are not; other vocabularies (yEd) pass. */
START_TEST(test_first_graph_only) {
  dg_graph *g = load_text_ok(
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
      "<key id=\"d0\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
      "<graph id=\"G1\"><node id=\"place:a\"><data key=\"d0\"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel>"
      "</y:ShapeNode></data></node><y:Extra/></graph>\n"
      "<graph id=\"G2\"><node id=\"place:b\"/><node id=\"untyped\"/></graph>\n"
      "</graphml>\n");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 1);
  ck_assert_str_eq(dg_graph_vertex(g, 0)->id, "place:a");
  ck_assert_str_eq(dg_graph_vertex(g, 0)->label, "place:a");
  dg_graph_free(g);
}
END_TEST

/* A DOCTYPE naming the GraphML 1.0 DTD (as old tools write): read, the DTD not fetched. */
START_TEST(test_doctype_dtd) {
  dg_graph *g = load_ok(FIX "doctype_dtd.graphml");
  ck_assert_uint_eq(dg_graph_vertex_count(g), 1);
  ck_assert_str_eq(vertex(g, "country:JPN")->label, "Japan");
  dg_graph_free(g);
}
END_TEST

/* ---- values read back from ids ---- */

/* What an amount's or a date's id says, read back as the vertex's typed value. */
static const struct {
  const char *id, *type; /* type: the node's `type` data, or NULL for the id's prefix */
  const char *amount, *amount_max, *currency;
  int has_range;
  int32_t y, m, d, y2, m2, d2;
  dg_date_prec prec;
  int fiscal;
} id_values[] = {
    {"amount:JPY:40000000000", NULL, "40000000000", "0", "JPY", 0, 0, 0, 0, 0, 0, 0,
     DG_DATE_NONE, 0},
    {"amount:USD:1000000-2000000", NULL, "1000000", "2000000", "USD", 1, 0, 0, 0, 0, 0, 0,
     DG_DATE_NONE, 0},
    {"amount:EUR:2.25", NULL, "2.25", "0", "EUR", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
    /* no currency and value, no number: no value */
    {"amount:usd", NULL, "0", "0", "", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
    {"amount:YEN:abc", NULL, "0", "0", "", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
    {"date:2024-01-30", NULL, "0", "0", "", 0, 2024, 1, 30, 0, 0, 0, DG_DATE_DAY, 0},
    {"date:2024-01", NULL, "0", "0", "", 0, 2024, 1, 0, 0, 0, 0, DG_DATE_MONTH, 0},
    {"date:2024", NULL, "0", "0", "", 0, 2024, 0, 0, 0, 0, 0, DG_DATE_YEAR, 0},
    {"date:2020s", NULL, "0", "0", "", 0, 2020, 0, 0, 0, 0, 0, DG_DATE_DECADE, 0},
    {"date:--01-30", NULL, "0", "0", "", 0, 0, 1, 30, 0, 0, 0, DG_DATE_DAY, 0},
    {"date:FY2025", NULL, "0", "0", "", 0, 2025, 0, 0, 0, 0, 0, DG_DATE_YEAR, 1},
    {"date:2023-10-27/2023-10-29", NULL, "0", "0", "", 0, 2023, 10, 27, 2023, 10, 29, DG_DATE_DAY,
     0},
    {"date:2023-10/2024-03", NULL, "0", "0", "", 0, 2023, 10, 0, 2024, 3, 0, DG_DATE_MONTH, 0},
    {"date:FY2025/FY2027", NULL, "0", "0", "", 0, 2025, 0, 0, 2027, 0, 0, DG_DATE_YEAR, 1},
    {"date:soon", NULL, "0", "0", "", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
    {"country:JPN", NULL, "0", "0", "", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
    /* an amount whose id carries no value; a place whose id looks like an amount */
    {"x1", "amount", "0", "0", "", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
    {"amount:JPY:5", "place", "0", "0", "", 0, 0, 0, 0, 0, 0, 0, DG_DATE_NONE, 0},
};

START_TEST(test_values_from_ids) {
  char xml[1200];
  const char *type = id_values[_i].type;
  snprintf(xml, sizeof xml,
           "<graphml>\n<key id=\"t\" for=\"node\" attr.name=\"type\"/>\n<graph>\n"
           "<node id=\"%s\">%s%s%s</node>\n</graph>\n</graphml>\n",
           id_values[_i].id, type ? "<data key=\"t\">" : "", type ? type : "",
           type ? "</data>" : "");
  dg_graph *g = load_text_ok(xml);
  const dg_vertex *v = vertex(g, id_values[_i].id);
  const dg_value *val = &v->value;
  char b[64];
  ck_assert_str_eq(dg_decimal_format(val->amount, b, sizeof b), id_values[_i].amount);
  ck_assert_str_eq(dg_decimal_format(val->amount_max, b, sizeof b), id_values[_i].amount_max);
  ck_assert_str_eq(val->currency, id_values[_i].currency);
  ck_assert_int_eq(val->has_range, id_values[_i].has_range);
  ck_assert_int_eq(val->qualifier, 0);
  const dg_when *w = &val->when;
  ck_assert_int_eq(w->year, id_values[_i].y);
  ck_assert_int_eq(w->month, id_values[_i].m);
  ck_assert_int_eq(w->day, id_values[_i].d);
  ck_assert_int_eq(w->year2, id_values[_i].y2);
  ck_assert_int_eq(w->month2, id_values[_i].m2);
  ck_assert_int_eq(w->day2, id_values[_i].d2);
  ck_assert_int_eq(w->prec, id_values[_i].prec);
  ck_assert_int_eq(w->fiscal, id_values[_i].fiscal);
  /* and the label the views print for it is the id's own */
  if (w->prec) {
    char label[64];
    ck_assert_str_eq(dg_when_label(w, label, sizeof label), id_values[_i].id + 5);
  }
  dg_graph_free(g);
}
END_TEST

/* ---- errors ---- */

typedef struct {
  const char *file; /* fixture, or NULL for text */
  const char *text;
  long line;
  const char *what; /* in the message */
} bad_case;

#define HEAD                                                                               \
  "<graphml>\n"                                                                            \
  "<key id=\"t\" for=\"node\" attr.name=\"type\"/><key id=\"m\" for=\"node\" attr.name=\"mentions\"/>" \
  "<key id=\"w\" for=\"edge\" attr.name=\"weight\"/><key id=\"d\" for=\"edge\" attr.name=\"directed\"/>" \
  "<key id=\"j\" for=\"edge\" attr.name=\"jaccard\"/><key id=\"n\" for=\"edge\" attr.name=\"documents\"/>" \
  "<key id=\"i\" for=\"node\" attr.name=\"id\"/>\n" \
  "<graph>\n"                                                                              \
  "<node id=\"place:a\"/><node id=\"place:b\"/>\n"
#define TAIL "\n</graph>\n</graphml>\n"
#define EDGE(data) "<edge source=\"place:a\" target=\"place:b\">" data "</edge>"

static const bad_case bad[] = {
    {"bad_malformed.graphml", NULL, 6, "Opening and ending tag mismatch"},
    {"bad_unknown_node.graphml", NULL, 6, "no node \"country:ATL\""},
    {"bad_type.graphml", NULL, 6, "type \"city\" is not a docgraph type"},
    {"bad_kind.graphml", NULL, 8, "unknown kind \"no_such_kind\""},
    {"not_graphml.gexf", NULL, 3, "not a GraphML file: the root element is <gexf>"},
    {"xxe_entity.graphml", NULL, 5, "declares entity \"xxe\""},
    {"doctype_system.graphml", NULL, 7, "Entity 'leak' not defined"},
    {"../ja_notice.txt", NULL, 1, "not a GraphML file"},
    {NULL, HEAD "<node id=\"untyped\"/>" TAIL, 5, "node \"untyped\" has no type"},
    {NULL, HEAD "<node id=\"place:c\"><data key=\"m\">2.5</data></node>" TAIL, 5, "mentions \"2.5\""},
    {NULL, HEAD EDGE("<data key=\"w\">-1</data>") TAIL, 5, "weight \"-1\""},
    {NULL, HEAD EDGE("<data key=\"w\">heavy</data>") TAIL, 5, "weight \"heavy\""},
    {NULL, HEAD EDGE("<data key=\"w\">0x10</data>") TAIL, 5, "weight \"0x10\""},
    {NULL, HEAD EDGE("<data key=\"d\">yes</data>") TAIL, 5, "directed \"yes\""},
    {NULL, HEAD EDGE("<data key=\"j\">NaN</data>") TAIL, 5, "jaccard \"NaN\""},
    {NULL, HEAD EDGE("<data key=\"n\">5000000000</data>") TAIL, 5, "documents \"5000000000\""},
    {NULL, HEAD "<node id=\"place:c\"><data key=\"zz\">1</data></node>" TAIL, 5, "key \"zz\""},
    {NULL, HEAD "<node><data key=\"t\">place</data></node>" TAIL, 5, "<node> without an id"},
    {NULL, HEAD "<node id=\"place:a\"/>" TAIL, 5, "node \"place:a\" is declared twice"},
    {NULL, HEAD "<node id=\"n1\"><data key=\"i\">place:b</data></node>" TAIL, 5,
     "node \"n1\": id \"place:b\" is given to another node too"},
    {NULL, HEAD "<edge source=\"place:a\"/>" TAIL, 5, "<edge> without a target"},
    {NULL, HEAD "<node id=\"place:c\"><graph/></node>" TAIL, 5, "nested graph"},
    {NULL, HEAD "<node id=\"place:c\"><port name=\"p\"/></node>" TAIL, 5, "ports"},
    {NULL, HEAD "<hyperedge><endpoint node=\"place:a\"/></hyperedge>" TAIL, 5, "hyperedges"},
    {NULL, HEAD "<node id=\"place:c\">&x;</node>" TAIL, 5, "Entity 'x' not defined"},
    {NULL, "<graphml>\n<key id=\"k\" for=\"node\"/>\n<key id=\"k\" for=\"all\"/>\n<graph/></graphml>\n", 3,
     "key \"k\" is declared twice"},
    {NULL, "<?xml version=\"1.0\"?>\n<graphml>\n<key id=\"k\"/>\n</graphml>\n", 2, "<graphml> holds no <graph>"},
    {NULL, "\n\n", 1, "the file is empty"},
};

START_TEST(test_errors) {
  enum { N = sizeof bad / sizeof *bad };
  static dg_err rc[N];
  static dg_error err[N];
  static char path[N][512];
  /* stdout and stderr into a file while reading: the library prints nothing */
  char out[64];
  tmp_name(out, sizeof out);
  fflush(stdout);
  fflush(stderr);
  int so = dup(1), se = dup(2);
  FILE *capture = fopen(out, "wb");
  ck_assert_ptr_nonnull(capture);
  dup2(fileno(capture), 1);
  dup2(fileno(capture), 2);
  for (int i = 0; i < N; i++) {
    dg_graph *g;
    if (bad[i].file) {
      snprintf(path[i], sizeof path[i], "%s%s", FIX, bad[i].file);
      rc[i] = load(path[i], &g, &err[i]);
    } else {
      rc[i] = load_text(bad[i].text, path[i], sizeof path[i], &g, &err[i]);
    }
    dg_graph_free(g);
  }
  fflush(stdout);
  fflush(stderr);
  dup2(so, 1);
  dup2(se, 2);
  close(so);
  close(se);
  fclose(capture);
  struct stat st;
  ck_assert_int_eq(stat(out, &st), 0);
  char *printed = tu_slurp(out);
  ck_assert_msg(st.st_size == 0, "dg_read_graphml printed: %s", printed);
  free(printed);
  unlink(out);
  for (int i = 0; i < N; i++) {
    char prefix[600];
    snprintf(prefix, sizeof prefix, "%s:%ld: ", path[i], bad[i].line);
    ck_assert_msg(rc[i] == DG_EINPUT, "case %d (%s): %s", i, bad[i].what, dg_err_name(rc[i]));
    ck_assert_int_eq(err[i].code, DG_EINPUT);
    ck_assert_msg(!strncmp(err[i].msg, prefix, strlen(prefix)), "case %d: \"%s\" does not start with \"%s\"",
                  i, err[i].msg, prefix);
    ck_assert_msg(strstr(err[i].msg, bad[i].what), "case %d: \"%s\" does not say \"%s\"", i,
                  err[i].msg, bad[i].what);
    ck_assert_ptr_null(strchr(err[i].msg, '\n'));
  }
}
END_TEST

START_TEST(test_missing_file) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(load(FIX "no-such-file.graphml", &g, &err), DG_EIO);
  ck_assert_ptr_null(g);
  ck_assert_str_eq(err.msg, FIX "no-such-file.graphml: No such file or directory");
  ck_assert_int_eq(load(FIX, &g, &err), DG_EIO);
  ck_assert_str_eq(err.msg, FIX ": Is a directory");
}
END_TEST

/* Lines past 65535 (where libxml2's tree keeps none) are still reported. */
START_TEST(test_line_past_65535) {
  char path[64];
  tmp_name(path, sizeof path);
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  fputs("<graphml>\n<graph>\n", f);
  for (int i = 0; i < 70000; i++) fprintf(f, "  <node id=\"place:p%d\"/>\n", i); /* lines 3..70002 */
  fputs("  <node id=\"untyped\"/>\n</graph>\n</graphml>\n", f);
  ck_assert_int_eq(fclose(f), 0);
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(load(path, &g, &err), DG_EINPUT);
  char prefix[128];
  snprintf(prefix, sizeof prefix, "%s:70003: node \"untyped\"", path);
  ck_assert_msg(!strncmp(err.msg, prefix, strlen(prefix)), "%s", err.msg);
  unlink(path);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("graphml_read");
  TCase *tc = tcase_create("graphml_read");
  tcase_add_test(tc, test_round_trip);
  tcase_add_test(tc, test_networkx);
  tcase_add_test(tc, test_gephi);
  tcase_add_test(tc, test_cytoscape);
  tcase_add_test(tc, test_tool_round_trips);
  tcase_add_test(tc, test_typed_direction);
  tcase_add_test(tc, test_keys_and_values);
  tcase_add_test(tc, test_edges_before_nodes);
  tcase_add_test(tc, test_first_graph_only);
  tcase_add_test(tc, test_doctype_dtd);
  tcase_add_loop_test(tc, test_values_from_ids, 0, sizeof id_values / sizeof *id_values);
  tcase_add_test(tc, test_errors);
  tcase_add_test(tc, test_missing_file);
  tcase_add_test(tc, test_line_past_65535);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
