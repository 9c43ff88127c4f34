/* The exports, byte for byte: GraphML, GEXF, CSV nodes and edges and node-link JSON of a
 * small graph put together by hand (its PageRank worked out by hand too), mentions as JSON
 * Lines from a document through the pipeline, numbers as every format writes them, and
 * text that needs escaping (quotes, markup, control characters) in each format, and output
 * files written whole or not at all. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docgraph/graphml_read.h"
#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"
#include "testutil.h"

/* JPN -co_occurs(2)- m1 -held_in(1)-> tokyo. Weighted PageRank (damping 0.85) of this
 * path: m1 = 0.135 / 0.2775 = 0.48648..., JPN = 0.05 + 0.85 * 2/3 * m1, tokyo = 0.05 +
 * 0.85 * 1/3 * m1. The meeting's label and the tie's sentence need escaping. */
static dg_graph *small_graph(void) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "country:JPN", DG_TYPE_COUNTRY, "日本", "Japan", NULL,
                                       3, 2, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "meeting:m1", DG_TYPE_MEETING,
                                       "Summit \"A\"\x01 <x>, & co", "", NULL, 1, 1, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "place:tokyo", DG_TYPE_PLACE, "東京", "Tokyo", NULL, 1,
                                       1, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_edge(g, "country:JPN", "meeting:m1", DG_REL_CO_OCCURS, 2, 0.5, 2,
                                     2, "a.txt:3", "He said \"yes\",\tthen\x02 left", &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_edge(g, "meeting:m1", "place:tokyo", DG_REL_HELD_IN, 1, 0, 1, 1,
                                     "a.txt:4", "Held in Tokyo, Japan", &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_edge_rule(g, "meeting:m1", "place:tokyo", DG_REL_HELD_IN,
                                          "held_in|meeting parenthesis", &err),
                   DG_OK);
  ck_assert_msg(dg_graph_build(g, NULL, &err) == DG_OK, "%s", err.msg);
  return g;
}

typedef dg_err writer_fn(const dg_graph *g, FILE *f, dg_error *err);

/* What a writer writes for g (malloc'd). */
static char *output(writer_fn *w, const dg_graph *g) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  ck_assert_ptr_nonnull(f);
  dg_error err = {0};
  ck_assert_msg(w(g, f, &err) == DG_OK, "%s", err.msg);
  ck_assert_int_eq(fclose(f), 0);
  return buf;
}

/* Is `line` one whole line of text (lines end with \n; CSV's \r is part of its line)? */
/* The writers with options, and the Neo4j files, as writer_fn. */
static dg_err gexf_13_mixed(const dg_graph *g, FILE *f, dg_error *err) {
  dg_write_opts o = {.gexf = DG_GEXF_1_3, .mixed = 1, .dynamic = 1};
  return dg_write_gexf_opts(g, &o, f, err);
}
static dg_err graphml_mixed(const dg_graph *g, FILE *f, dg_error *err) {
  dg_write_opts o = {.mixed = 1};
  return dg_write_graphml_opts(g, &o, f, err);
}

static int has_line(const char *text, const char *line) {
  size_t n = strlen(line);
  for (const char *p = text; (p = strstr(p, line)); p++)
    if ((p == text || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\0')) return 1;
  return 0;
}

static const struct {
  const char *format;
  writer_fn *w;
  const char *line;
} lines[] = {
    /* GraphML: typed keys, data in table order, escaped text, control characters cleaned */
    {"graphml", dg_write_graphml,
     "  <key id=\"v_pagerank\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>"},
    {"graphml", dg_write_graphml,
     "  <key id=\"e_directed\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>"},
    {"graphml", dg_write_graphml, "  <graph id=\"docgraph\" edgedefault=\"directed\">"},
    {"graphml", dg_write_graphml,
     "  <key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>"},
    {"graphml", dg_write_graphml,
     "  <key id=\"g_dictionaries\" for=\"graph\" attr.name=\"dictionaries\" attr.type=\"string\"/>"},
    {"graphml", dg_write_graphml, "    <data key=\"g_documents\">1</data>"},
    {"graphml", dg_write_graphml, "      <data key=\"v_name\">country:JPN</data>"},
    /* a co-occurrence is two opposite arcs, both reciprocal; a typed tie one arc */
    {"graphml", dg_write_graphml,
     "    <edge id=\"e0r\" source=\"meeting:m1\" target=\"country:JPN\">"},
    {"graphml", dg_write_graphml, "      <data key=\"e_reciprocal\">true</data>"},
    {"graphml", dg_write_graphml, "      <data key=\"e_reciprocal\">false</data>"},
    {"graphml", dg_write_graphml, "    <node id=\"country:JPN\">"},
    {"graphml", dg_write_graphml, "      <data key=\"v_mentions\">3</data>"},
    {"graphml", dg_write_graphml, "      <data key=\"v_pagerank\">0.4864864865</data>"},
    {"graphml", dg_write_graphml, "      <data key=\"v_pagerank\">0.3256756757</data>"},
    {"graphml", dg_write_graphml, "      <data key=\"v_betweenness\">1</data>"},
    {"graphml", dg_write_graphml,
     "      <data key=\"v_label\">Summit &quot;A&quot;  &lt;x&gt;, &amp; co</data>"},
    {"graphml", dg_write_graphml,
     "    <edge id=\"e1\" source=\"meeting:m1\" target=\"place:tokyo\">"},
    {"graphml", dg_write_graphml, "      <data key=\"e_kind\">held_in</data>"},
    {"graphml", dg_write_graphml, "      <data key=\"e_directed\">true</data>"},
    {"graphml", dg_write_graphml,
     "      <data key=\"e_evidence_text\">He said &quot;yes&quot;,\tthen  left</data>"},
    /* GEXF: id and label, ends, kind and weight are GEXF's own; the rest numbered */
    {"gexf", dg_write_gexf, "      <attribute id=\"6\" title=\"pagerank\" type=\"double\"/>"},
    {"gexf", dg_write_gexf, "      <attribute id=\"1\" title=\"directed\" type=\"boolean\"/>"},
    {"gexf", dg_write_gexf,
     "      <node id=\"meeting:m1\" label=\"Summit &quot;A&quot;  &lt;x&gt;, &amp; co\">"},
    {"gexf", dg_write_gexf, "          <attvalue for=\"2\" value=\"3\"/>"},
    {"gexf", dg_write_gexf,
     "      <edge id=\"e1\" source=\"meeting:m1\" target=\"place:tokyo\" type=\"directed\" "
     "label=\"held_in\" weight=\"1\">"},
    {"gexf", dg_write_gexf,
     "      <edge id=\"e0\" source=\"country:JPN\" target=\"meeting:m1\" type=\"mutual\" "
     "label=\"co_occurs\" weight=\"2\">"},
    {"gexf", dg_write_gexf, "  <graph defaultedgetype=\"directed\" mode=\"static\">"},
    {"gexf", dg_write_gexf, "    <creator>docgraph " DG_TEST_VERSION "</creator>"},
    {"gexf", dg_write_gexf,
     "          <attvalue for=\"6\" value=\"He said &quot;yes&quot;,&#9;then  left\"/>"},
    /* CSV: Gephi's columns first, CRLF, RFC 4180 quoting (control characters kept) */
    {"nodes.csv", dg_write_csv_nodes,
     "Id,Label,type,label_en,mentions,documents,degree,strength,pagerank,betweenness,"
     "community,amount,amount_max,currency,cumulative,amount_owner\r"},
    {"nodes.csv", dg_write_csv_nodes,
     "country:JPN,日本,country,Japan,3,2,1,2,0.3256756757,0,0,,,,false,\r"},
    {"nodes.csv", dg_write_csv_nodes,
     "meeting:m1,\"Summit \"\"A\"\"\x01 <x>, & co\",meeting,,1,1,2,3,0.4864864865,1,0,,,,false,\r"},
    {"edges.csv", dg_write_csv_edges,
     "Source,Target,Type,kind,Weight,jaccard,documents,evidence_count,evidence,evidence_text,"
     "rule\r"},
    {"edges.csv", dg_write_csv_edges,
     "meeting:m1,place:tokyo,Directed,held_in,1,0,1,1,a.txt:4,\"Held in Tokyo, Japan\","
     "held_in|meeting parenthesis\r"},
    {"edges.csv", dg_write_csv_edges,
     "country:JPN,meeting:m1,Undirected,co_occurs,2,0.5,2,2,a.txt:3,\"He said \"\"yes\"\",\tthen"
     "\x02 left\",\r"},
    /* node-link JSON: every attribute in table order, the multigraph key before the kind */
    {"json", dg_write_json,
     "{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":\"docgraph\","
     "\"docgraph_version\":\"" DG_TEST_VERSION "\",\"dictionaries\":\"\",\"options\":\"\","
     "\"documents\":1,\"dated_documents\":0,\"date_from\":\"\",\"date_to\":\"\",\"period\":\"\","
     "\"co_occurs\":\"two links, reciprocal\"},"},
    {"json", dg_write_json,
     "{\"id\":\"place:tokyo\",\"type\":\"place\",\"label\":\"東京\",\"label_en\":\"Tokyo\","
     "\"mentions\":1,\"documents\":1,\"degree\":1,\"strength\":1,\"pagerank\":0.1878378378,"
     "\"betweenness\":0,\"community\":0,"
     "\"amount\":\"\",\"amount_max\":\"\",\"currency\":\"\",\"cumulative\":false,\"amount_owner\":\"\"}"},
    {"json", dg_write_json,
     "{\"id\":\"meeting:m1\",\"type\":\"meeting\",\"label\":\"Summit \\\"A\\\"\\u0001 <x>, & co\","
     "\"label_en\":\"\",\"mentions\":1,\"documents\":1,\"degree\":2,\"strength\":3,"
     "\"pagerank\":0.4864864865,\"betweenness\":1,\"community\":0,"
     "\"amount\":\"\",\"amount_max\":\"\",\"currency\":\"\",\"cumulative\":false,\"amount_owner\":\"\"},"},
    {"json", dg_write_json,
     "{\"source\":\"meeting:m1\",\"target\":\"place:tokyo\",\"key\":\"held_in\","
     "\"kind\":\"held_in\",\"directed\":true,\"weight\":1,\"jaccard\":0,\"documents\":1,\"evidence_count\":1,"
     "\"evidence\":\"a.txt:4\",\"evidence_text\":\"Held in Tokyo, Japan\","
     "\"rule\":\"held_in|meeting parenthesis\",\"reciprocal\":false}"},
    {"json", dg_write_json,
     "{\"source\":\"country:JPN\",\"target\":\"meeting:m1\",\"key\":\"co_occurs\","
     "\"kind\":\"co_occurs\",\"directed\":false,\"weight\":2,\"jaccard\":0.5,\"documents\":2,"
     "\"evidence_count\":2,\"evidence\":\"a.txt:3\","
     "\"evidence_text\":\"He said \\\"yes\\\",\\tthen\\u0002 left\",\"rule\":\"\",\"reciprocal\":true},"},
    {"json", dg_write_json,
     "{\"source\":\"meeting:m1\",\"target\":\"country:JPN\",\"key\":\"co_occurs\","
     "\"kind\":\"co_occurs\",\"directed\":false,\"weight\":2,\"jaccard\":0.5,\"documents\":2,"
     "\"evidence_count\":2,\"evidence\":\"a.txt:3\","
     "\"evidence_text\":\"He said \\\"yes\\\",\\tthen\\u0002 left\",\"rule\":\"\",\"reciprocal\":true},"},
    {"json", dg_write_json, "]}"},
    /* Cytoscape.js: one element per tie, the id as value, the label as name */
    {"cytoscape", dg_write_cytoscape,
     "{\"data\":{\"id\":\"country:JPN\",\"value\":\"country:JPN\",\"type\":\"country\","
     "\"label\":\"日本\",\"name\":\"日本\",\"label_en\":\"Japan\",\"mentions\":3,\"documents\":2,"
     "\"degree\":1,\"strength\":2,\"pagerank\":0.3256756757,\"betweenness\":0,\"community\":0,"
     "\"amount\":\"\",\"amount_max\":\"\",\"currency\":\"\",\"cumulative\":false,\"amount_owner\":\"\"}},"},
    {"cytoscape", dg_write_cytoscape,
     "{\"data\":{\"id\":\"e1\",\"source\":\"meeting:m1\",\"target\":\"place:tokyo\","
     "\"key\":\"held_in\",\"kind\":\"held_in\",\"directed\":true,\"weight\":1,\"jaccard\":0,"
     "\"documents\":1,\"evidence_count\":1,\"evidence\":\"a.txt:4\","
     "\"evidence_text\":\"Held in Tokyo, Japan\",\"rule\":\"held_in|meeting parenthesis\"}}"},
    /* Neo4j: typed headers, a label per type, a relationship type per kind */
    {"neo4j nodes", dg_write_neo4j_nodes,
     "id:ID,:LABEL,type,label,label_en,mentions:int,documents:int,degree:int,strength:float,"
     "pagerank:float,betweenness:float,community:int,amount,amount_max,currency,"
     "cumulative:boolean,amount_owner"},
    {"neo4j nodes", dg_write_neo4j_nodes,
     "country:JPN,Entity;Country,country,日本,Japan,3,2,1,2,0.3256756757,0,0,,,,false,"},
    {"neo4j relationships", dg_write_neo4j_relationships,
     ":START_ID,:END_ID,:TYPE,kind,directed:boolean,weight:float,jaccard:float,documents:int,"
     "evidence_count:int,evidence,evidence_text,rule"},
    {"neo4j relationships", dg_write_neo4j_relationships,
     "meeting:m1,place:tokyo,HELD_IN,held_in,true,1,0,1,1,a.txt:4,\"Held in Tokyo, Japan\","
     "held_in|meeting parenthesis"},
    {"neo4j cypher", dg_write_neo4j_cypher, "CREATE (a)-[t:HELD_IN]->(b)"},
    {"neo4j cypher", dg_write_neo4j_cypher, "MATCH (e:Entity {type: 'country'}) SET e:Country;"},
    {"neo4j cypher", dg_write_neo4j_cypher, "    t.weight = toFloat(r.`weight:float`),"},
    /* --mixed, --gexf-version 1.3: one edge per tie, its direction its own */
    {"gexf 1.3 mixed", gexf_13_mixed,
     "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
     "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">"},
    {"gexf 1.3 mixed", gexf_13_mixed,
     "  <graph defaultedgetype=\"mixed\" mode=\"dynamic\" timeformat=\"date\">"},
    {"gexf 1.3 mixed", gexf_13_mixed,
     "      <edge id=\"e0\" source=\"country:JPN\" target=\"meeting:m1\" type=\"undirected\" "
     "label=\"co_occurs\" weight=\"2\">"},
    {"graphml mixed", graphml_mixed,
     "    <edge id=\"e0\" source=\"country:JPN\" target=\"meeting:m1\" directed=\"false\">"},
    {"graphml mixed", graphml_mixed,
     "    <edge id=\"e1\" source=\"meeting:m1\" target=\"place:tokyo\" directed=\"true\">"},
};

/* A co-occurrence is two arcs by default and one edge with --mixed; the GEXF default names
 * no 1.3 namespace (NetworkX 2.8 reads 1.2draft only). */
START_TEST(test_arcs_or_mixed) {
  dg_graph *g = small_graph();
  char *arcs = output(dg_write_graphml, g), *mixed = output(graphml_mixed, g);
  char *gexf = output(dg_write_gexf, g);
  ck_assert_ptr_nonnull(strstr(arcs, "<edge id=\"e0r\""));
  ck_assert_ptr_null(strstr(arcs, "<edge id=\"e1r\"")); /* a typed tie is one arc */
  ck_assert_ptr_null(strstr(mixed, "e0r"));
  ck_assert_ptr_null(strstr(mixed, "reciprocal"));
  ck_assert_ptr_null(strstr(gexf, "gexf.net/1.3"));
  ck_assert_ptr_null(strstr(gexf, "start="));
  free(arcs);
  free(mixed);
  free(gexf);
  dg_graph_free(g);
}
END_TEST

/* --dynamic: a node or a tie starts on the date of the first document naming it, whatever
 * the order the documents came in; an undated one has no start. */
START_TEST(test_gexf_dynamic) {
  static const struct {
    const char *name, *text;
    int y, m, d;
  } docs[] = {{"b.txt", "ラオスとタイの外相が会談した。", 2024, 5, 2},
              {"a.txt", "ラオスとベトナムの外相が会談した。", 2023, 1, 9},
              {"c.txt", "ミャンマーとタイの外相が会談した。", 0, 0, 0}};
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  for (size_t i = 0; i < 3; i++) {
    dg_doc *d = tu_doc(docs[i].name, docs[i].text);
    d->date = (dg_when){.year = docs[i].y, .month = docs[i].m, .day = docs[i].d, .prec = 3};
    ck_assert_int_eq(dg_graph_add_doc(g, d, &err), DG_OK);
    tu_doc_free(d);
  }
  ck_assert_int_eq(dg_graph_build(g, NULL, &err), DG_OK);
  dg_write_opts o = {.dynamic = 1};
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  ck_assert_int_eq(dg_write_gexf_opts(g, &o, f, &err), DG_OK);
  fclose(f);
  ck_assert_ptr_nonnull(strstr(buf, "mode=\"dynamic\" timeformat=\"date\""));
  ck_assert_ptr_nonnull(strstr(buf, "<node id=\"country:LAO\" label=\"ラオス\" start=\"2023-01-09\">"));
  ck_assert_ptr_nonnull(strstr(buf, "<node id=\"country:THA\" label=\"タイ\" start=\"2024-05-02\">"));
  ck_assert_ptr_nonnull(strstr(buf, "<node id=\"country:MMR\" label=\"ミャンマー\">"));
  ck_assert_ptr_nonnull(strstr(buf, "target=\"country:THA\" type=\"mutual\" label=\"co_occurs\" "
                                    "weight=\"1\" start=\"2024-05-02\">"));
  free(buf);
  dg_graph_free(g);
}
END_TEST

/* Small multiples: each panel's ids and the references to them get the panel's prefix. */
START_TEST(test_small_multiples) {
  const char *svg = "<?xml version=\"1.0\"?>\n<svg width=\"10pt\" viewBox=\"0 0 10 20\">"
                    "<g id=\"graph0\"><path clip-path=\"url(#c1)\"/><a xlink:href=\"#node1\"/>"
                    "</g></svg>\n";
  dg_panel p[2] = {{"2023: 1 documents", svg, strlen(svg)}, {"2024 <b>", svg, strlen(svg)}};
  char *buf = NULL;
  size_t n = 0;
  dg_error err = {0};
  FILE *f = open_memstream(&buf, &n);
  ck_assert_int_eq(dg_write_small_multiples(p, 2, f, &err), DG_OK);
  fclose(f);
  ck_assert_ptr_nonnull(strstr(buf, "<g id=\"p0-graph0\"><path clip-path=\"url(#p0-c1)\"/>"
                                    "<a xlink:href=\"#p0-node1\"/>"));
  ck_assert_ptr_nonnull(strstr(buf, "<g id=\"p1-graph0\">"));
  ck_assert_ptr_nonnull(strstr(buf, "viewBox=\"0 0 10 20\">"));
  ck_assert_ptr_nonnull(strstr(buf, ">2024 &lt;b></text>"));
  ck_assert_ptr_null(strstr(buf, "<?xml version=\"1.0\"?>\n<svg width")); /* prolog dropped */
  free(buf);
}
END_TEST

START_TEST(test_lines) {
  dg_graph *g = small_graph();
  char *out = output(lines[_i].w, g);
  ck_assert_msg(has_line(out, lines[_i].line), "%s has no line\n%s\nin\n%.3000s", lines[_i].format,
                lines[_i].line, out);
  free(out);
  dg_graph_free(g);
}
END_TEST

/* Every format has a line per element plus its frame, in the graph's order. */
START_TEST(test_counts_and_order) {
  dg_graph *g = small_graph();
  char *csv = output(dg_write_csv_nodes, g), *json = output(dg_write_json, g);
  size_t crlf = 0;
  for (const char *p = csv; (p = strstr(p, "\r\n")); p += 2) crlf++;
  ck_assert_uint_eq(crlf, 4); /* header and three nodes */
  const char *jpn = strstr(json, "\"id\":\"country:JPN\"");
  const char *m1 = strstr(json, "\"id\":\"meeting:m1\"");
  ck_assert_ptr_nonnull(jpn);
  ck_assert_ptr_nonnull(m1);
  ck_assert(jpn < m1); /* sorted by id */
  free(csv);
  free(json);
  dg_graph_free(g);
}
END_TEST

/* A stream that cannot be written: DG_EIO naming the format (and, for the writers on
 * stdio, the cause), and nothing printed (libxml2 would print its own I/O errors). */
static const struct {
  writer_fn *w;
  const char *msg;
} failing[] = {
    {dg_write_graphml, "write error in GraphML"}, {dg_write_gexf, "write error in GEXF"},
    {dg_write_json, "write error in JSON"},       {dg_write_csv_nodes, "write error in CSV nodes"},
    {dg_write_csv_edges, "write error in CSV edges"},
};

START_TEST(test_write_error) {
  dg_graph *g = small_graph();
  char path[] = "/tmp/dg-write-test-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  fflush(stderr);
  int saved = dup(2);
  dup2(fd, 2);
  FILE *f = fopen("/dev/null", "r"); /* open for reading: every write fails */
  ck_assert_ptr_nonnull(f);
  dg_error err = {0};
  dg_err r = failing[_i].w(g, f, &err);
  fclose(f);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  close(fd);
  char *printed = tu_slurp(path);
  unlink(path);
  ck_assert_int_eq(r, DG_EIO);
  ck_assert_msg(!strncmp(err.msg, failing[_i].msg, strlen(failing[_i].msg)), "%s", err.msg);
  ck_assert_msg(printed && !*printed, "printed: %s", printed);
  free(printed);
  dg_graph_free(g);
}
END_TEST

/* Byte c at each place of a 24-byte run of letters as a JSON string (plain words are
 * copied 8 bytes at a time: the byte must be found wherever it falls in one), against the
 * rules written out: the escapes, \\u00XX for other control characters and DEL, and a
 * byte from 0x80 alone, invalid UTF-8, as U+FFFD. */
START_TEST(test_json_byte_in_words) {
  unsigned char c = (unsigned char)_i;
  for (size_t at = 0; at < 24; at++) {
    char in[25] = "abcdefghijklmnopqrstuvwx", want[64], *got = NULL, esc[16];
    in[at] = (char)c;
    if (c == '"' || c == '\\') snprintf(esc, sizeof esc, "\\%c", c);
    else if (c == '\n' || c == '\r' || c == '\t') snprintf(esc, sizeof esc, "\\%c", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
    else if (c < 0x20 || c == 0x7F) snprintf(esc, sizeof esc, "\\u%04x", c);
    else if (c >= 0x80) snprintf(esc, sizeof esc, "\xEF\xBF\xBD");
    else snprintf(esc, sizeof esc, "%c", c);
    snprintf(want, sizeof want, "\"%.*s%s%s\"", (int)at, in, esc, in + at + 1);
    size_t n = 0;
    FILE *f = open_memstream(&got, &n);
    dg_json_string(f, in, 24);
    fclose(f);
    ck_assert_msg(!strcmp(got, want), "byte %02x at %zu: %s, not %s", c, at, got, want);
    free(got);
  }
}
END_TEST

/* ---- numbers ---- */

static const struct {
  double v;
  const char *text, *json;
} numbers[] = {
    {3, "3", "3"},
    {-2, "-2", "-2"},
    {-0.0, "0", "0"},
    {2.5, "2.5", "2.5"},
    {0.1234567891234, "0.1234567891", "0.1234567891"},
    {123456789012345, "123456789012345", "123456789012345"},
    {1e15, "1e+15", "1e+15"},
    {1e-7, "1e-07", "1e-07"},
    {INFINITY, "inf", "null"},
    {NAN, "nan", "null"},
    /* printf's "%.10g" without printf: rounding up into a new digit, style f's edges, a
     * tie at the tenth digit (left to printf, half to even), negatives */
    {9.99999999996, "10", "10"},
    {0.000999999999995, "0.001", "0.001"},
    {0.0001, "0.0001", "0.0001"},
    {0.00009999999999, "9.999999999e-05", "9.999999999e-05"},
    {999999999.5, "999999999.5", "999999999.5"},
    {999999999.99999, "1000000000", "1000000000"},
    {123456789.25, "123456789.2", "123456789.2"},
    {-0.3333333333333333, "-0.3333333333", "-0.3333333333"},
    {2.0 / 3, "0.6666666667", "0.6666666667"},
};

/* Numbers as "%.10g" writes them, whatever the value: ratios of small counts (Jaccard),
 * values spread over 22 orders of magnitude, either sign, the doubles next to powers of
 * ten and next to the points where the tenth digit rounds up. */
START_TEST(test_numbers_as_printf) {
  char got[32], want[32];
  size_t checked = 0;
  srand48(13);
  for (int k = 0; k < 400000; k++) {
    double v;
    if (k < 100000) v = (double)(1 + k % 997) / (double)(1 + k / 97);
    else if (k < 300000) v = (k % 2 ? -1 : 1) * pow(10, drand48() * 22 - 11);
    else {
      double p = pow(10, (k % 16) - 6) * ((k / 16) % 2 ? 1 : 9.9999999995);
      v = p;
      for (int step = 0; step < (k / 32) % 64; step++) v = nextafter(v, (k / 2048) % 2 ? 0 : 1e300);
    }
    if (v == floor(v)) continue;
    snprintf(want, sizeof want, "%.10g", v);
    ck_assert_msg(!strcmp(dg_number_text(v, got, sizeof got), want), "%.17g: %s, printf %s", v,
                  got, want);
    checked++;
  }
  ck_assert_uint_gt(checked, 390000);
}
END_TEST

START_TEST(test_numbers) {
  char b[32], *buf = NULL;
  size_t n = 0;
  ck_assert_str_eq(dg_number_text(numbers[_i].v, b, sizeof b), numbers[_i].text);
  FILE *f = open_memstream(&buf, &n);
  dg_json_number(f, numbers[_i].v);
  fclose(f);
  ck_assert_str_eq(buf, numbers[_i].json);
  free(buf);
}
END_TEST

/* Strings as JSON: Japanese copied, U+2028 and U+2029 escaped, invalid UTF-8 (a lone
 * lead, a cut sequence, overlong E0, a surrogate from ED) as U+FFFD, control characters
 * escaped. */
static const struct {
  const char *in, *json;
} strings[] = {
    {"日本 ASEAN", "\"日本 ASEAN\""},
    {"a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\xE2\x80\xAA", "\"a\\u2028b\\u2029c\xE2\x80\xAA\""},
    {"\xEF\xBF\xBD\xEE\x80\x80\xE1\x80\x80", "\"\xEF\xBF\xBD\xEE\x80\x80\xE1\x80\x80\""},
    {"x\xE3\x81", "\"x\xEF\xBF\xBD\xEF\xBF\xBD\""},
    {"\xE0\x80\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
    {"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
    {"\xE3\x41\x42", "\"\xEF\xBF\xBD" "AB\""},
    {"q\"\\\n\t\x01\x7F", "\"q\\\"\\\\\\n\\t\\u0001\\u007f\""},
};

START_TEST(test_json_strings) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  dg_json_string(f, strings[_i].in, strlen(strings[_i].in));
  fclose(f);
  ck_assert_str_eq(buf, strings[_i].json);
  free(buf);
}
END_TEST

/* ---- mentions ---- */

/* The line of the mention with this id (malloc'd), or NULL. */
static char *mention_line(const char *jsonl, const char *id) {
  char key[200];
  snprintf(key, sizeof key, "\"id\":\"%s\",", id);
  const char *p = strstr(jsonl, key);
  if (!p) return NULL;
  while (p > jsonl && p[-1] != '\n') p--;
  const char *e = strchr(p, '\n');
  return strndup(p, e ? (size_t)(e - p) : strlen(p));
}

static const struct {
  const char *id;
  const char *tail; /* how its line ends: the value members */
} mention_tails[] = {
    {"country:JPN", ",\"line\":1,\"col\":1,\"sentence\":0}"},
    {"amount:JPY:3000000000",
     ",\"value\":3000000000,\"currency\":\"JPY\",\"qualifier\":\"approx\"}"},
    {"amount:USD:10000000-20000000",
     ",\"value\":10000000,\"value_max\":20000000,\"currency\":\"USD\",\"qualifier\":\"approx\"}"},
    {"date:FY2025", ",\"date\":\"2025\",\"precision\":\"year\",\"fiscal\":true}"},
    {"date:2024-01-30/2024-02-01",
     ",\"date\":\"2024-01-30\",\"date_end\":\"2024-02-01\",\"precision\":\"day\"}"},
};

static const char *const mention_text =
    "日本は2025年度にベトナムへ約30億円を供与した。\n"
    "2024年1月30日から2月1日まで東京で会合を開いた。支援は1,000万～2,000万ドル規模。";

START_TEST(test_mentions) {
  dg_doc *d = tu_doc("m.txt", mention_text);
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  dg_error err = {0};
  ck_assert_int_eq(dg_write_mentions(d, f, &err), DG_OK);
  fclose(f);
  char *line = mention_line(buf, mention_tails[_i].id);
  ck_assert_msg(line, "no mention %s in\n%s", mention_tails[_i].id, buf);
  size_t ln = strlen(line), tn = strlen(mention_tails[_i].tail);
  ck_assert_msg(ln > tn && !strcmp(line + ln - tn, mention_tails[_i].tail), "%s", line);
  ck_assert_msg(!strncmp(line, "{\"doc\":\"m.txt\",\"type\":", 22), "%s", line);
  free(line);
  free(buf);
  tu_doc_free(d);
}
END_TEST

/* A whole line: where the mention is in the original bytes, and its text as written. */
START_TEST(test_mention_line) {
  dg_doc *d = tu_doc("m.txt", mention_text);
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  ck_assert_int_eq(dg_write_mentions(d, f, NULL), DG_OK);
  fclose(f);
  ck_assert_msg(has_line(buf, "{\"doc\":\"m.txt\",\"type\":\"place\",\"id\":\"place:tokyo\","
                              "\"label\":\"東京\",\"label_en\":\"Tokyo\",\"text\":\"東京\","
                              "\"start\":103,\"end\":109,\"line\":2,\"col\":19,\"sentence\":1}"),
                "%s", buf);
  size_t nl = 0;
  for (const char *p = buf; (p = strchr(p, '\n')); p++) nl++;
  ck_assert_uint_eq(nl, d->nments); /* a line a mention */
  free(buf);
  tu_doc_free(d);
}
END_TEST

/* A region is a type of its own in every format: the GraphML and GEXF type data, the JSON
 * node, the nodes CSV row and the mention line; the place beside it stays a place. */
static const struct {
  writer_fn *w;
  const char *line;
} region_lines[] = {
    {dg_write_graphml, "      <data key=\"v_type\">region</data>"},
    {dg_write_gexf, "          <attvalue for=\"0\" value=\"region\"/>"},
    {dg_write_csv_nodes, "region:indo-pacific,インド太平洋,region,Indo-Pacific,1,1,1,1,0.5,0,0,,,,false,\r"},
    {dg_write_csv_nodes, "place:tokyo,東京,place,Tokyo,1,1,1,1,0.5,0,0,,,,false,\r"},
};

/* An amount's node carries its value, currency, owner and whether it is a running total in
 * every export, so a client summing pledges can skip cumulative ones; GraphML read back
 * keeps the flag and the owner. */
static const struct {
  writer_fn *w;
  const char *line;
} amount_lines[] = {
    {dg_write_graphml, "      <data key=\"v_amount\">860000000</data>"},
    {dg_write_graphml, "      <data key=\"v_cumulative\">true</data>"},
    {dg_write_graphml, "      <data key=\"v_amount_owner\">program:fund</data>"},
    {dg_write_graphml, "  <key id=\"v_cumulative\" for=\"node\" attr.name=\"cumulative\" "
                       "attr.type=\"boolean\"/>"},
    {dg_write_csv_nodes, "amount:USD:860000000@program:fund,8億6000万ドル,amount,,1,1,1,1,0.5,0,0,"
                         "860000000,,USD,true,program:fund\r"},
    {dg_write_csv_nodes, "amount:USD:70000000,7000万ドル,amount,,1,1,1,1,0.5,0,0,"
                         "70000000,,USD,false,\r"},
};

static dg_graph *amount_graph(void) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  dg_value total = {.amount = {860000000, 0}, .cumulative = 1, .currency = "USD",
                    .owner = "program:fund"};
  dg_value first = {.amount = {70000000, 0}, .currency = "USD"};
  ck_assert_int_eq(dg_graph_put_vertex(g, "amount:USD:860000000@program:fund", DG_TYPE_AMOUNT,
                                       "8億6000万ドル", "", &total, 1, 1, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "amount:USD:70000000", DG_TYPE_AMOUNT, "7000万ドル", "",
                                       &first, 1, 1, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_edge(g, "amount:USD:70000000", "amount:USD:860000000@program:fund",
                                     DG_REL_CO_OCCURS, 1, 1, 1, 1, "f.txt:1", "x", &err),
                   DG_OK);
  ck_assert_msg(dg_graph_build(g, NULL, &err) == DG_OK, "%s", err.msg);
  return g;
}

START_TEST(test_amount_attributes) {
  dg_graph *g = amount_graph();
  for (size_t i = 0; i < sizeof amount_lines / sizeof *amount_lines; i++) {
    char *out = output(amount_lines[i].w, g);
    ck_assert_msg(has_line(out, amount_lines[i].line), "no line\n%s\nin\n%s",
                  amount_lines[i].line, out);
    free(out);
  }
  char *json = output(dg_write_json, g);
  ck_assert_ptr_nonnull(strstr(json, "\"amount\":\"860000000\",\"amount_max\":\"\","
                                     "\"currency\":\"USD\",\"cumulative\":true,"
                                     "\"amount_owner\":\"program:fund\""));
  free(json);
  char path[] = "/tmp/dg-amount-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  FILE *f = fdopen(fd, "w");
  dg_error err = {0};
  ck_assert_int_eq(dg_write_graphml(g, f, &err), DG_OK);
  fclose(f);
  dg_graph *back;
  ck_assert_int_eq(dg_graph_new(&back, &err), DG_OK);
  ck_assert_msg(dg_read_graphml(back, path, &err) == DG_OK, "%s", err.msg);
  ck_assert_int_eq(dg_graph_build(back, NULL, &err), DG_OK);
  unlink(path);
  int seen = 0;
  for (size_t i = 0; i < dg_graph_vertex_count(back); i++) {
    const dg_vertex *v = dg_graph_vertex(back, i);
    if (strcmp(v->id, "amount:USD:860000000@program:fund")) continue;
    ck_assert_int_eq(v->value.cumulative, 1);
    ck_assert_str_eq(v->value.owner, "program:fund");
    ck_assert_str_eq(v->amount, "860000000");
    seen = 1;
  }
  ck_assert(seen);
  dg_graph_free(back);
  dg_graph_free(g);
}
END_TEST

static dg_graph *region_graph(void) {
  dg_graph *g;
  dg_error err = {0};
  ck_assert_int_eq(dg_graph_new(&g, &err), DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "region:indo-pacific", DG_TYPE_REGION, "インド太平洋",
                                       "Indo-Pacific", NULL, 1, 1, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_vertex(g, "place:tokyo", DG_TYPE_PLACE, "東京", "Tokyo", NULL, 1,
                                       1, &err),
                   DG_OK);
  ck_assert_int_eq(dg_graph_put_edge(g, "place:tokyo", "region:indo-pacific", DG_REL_CO_OCCURS, 1,
                                     1, 1, 1, "r.txt:1", "Tokyo and the Indo-Pacific", &err),
                   DG_OK);
  ck_assert_msg(dg_graph_build(g, NULL, &err) == DG_OK, "%s", err.msg);
  return g;
}

START_TEST(test_region_type) {
  dg_graph *g = region_graph();
  for (size_t i = 0; i < sizeof region_lines / sizeof *region_lines; i++) {
    char *out = output(region_lines[i].w, g);
    ck_assert_msg(has_line(out, region_lines[i].line), "no line\n%s\nin\n%s",
                  region_lines[i].line, out);
    free(out);
  }
  char *json = output(dg_write_json, g);
  ck_assert_ptr_nonnull(strstr(json, "{\"id\":\"region:indo-pacific\",\"type\":\"region\","));
  ck_assert_ptr_nonnull(strstr(json, "{\"id\":\"place:tokyo\",\"type\":\"place\","));
  free(json);
  dg_graph_free(g);
  dg_doc *d = tu_doc("r.txt", "インド太平洋地域の課題を東京で議論した。");
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  ck_assert_int_eq(dg_write_mentions(d, f, NULL), DG_OK);
  fclose(f);
  ck_assert_msg(
      strstr(buf, "{\"doc\":\"r.txt\",\"type\":\"region\",\"id\":\"region:indo-pacific\","), "%s",
      buf);
  ck_assert_msg(strstr(buf, "\"type\":\"place\",\"id\":\"place:tokyo\","), "%s", buf);
  free(buf);
  tu_doc_free(d);
}
END_TEST

/* ---- output files ---- */

/* Written whole or not at all: nothing at the path until commit, no temporary left after
 * commit or abort; through a symbolic link the file it points at is replaced. */
START_TEST(test_outfile) {
  char dir[] = "/tmp/dg-outfile-XXXXXX", path[128], link[128], cmd[300];
  ck_assert_ptr_nonnull(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/graph.csv", dir);
  dg_outfile o;
  dg_error err = {0};
  ck_assert_int_eq(dg_outfile_open(&o, path, &err), DG_OK);
  fputs("a,b\r\n", o.f);
  ck_assert_int_eq(access(path, F_OK), -1); /* not there before commit */
  ck_assert_int_eq(dg_outfile_commit(&o, &err), DG_OK);
  char *text = tu_slurp(path);
  ck_assert_str_eq(text, "a,b\r\n");
  free(text);
  ck_assert_int_eq(dg_outfile_open(&o, path, &err), DG_OK); /* aborted: the old one stays */
  fputs("half", o.f);
  dg_outfile_abort(&o);
  text = tu_slurp(path);
  ck_assert_str_eq(text, "a,b\r\n");
  free(text);
  snprintf(link, sizeof link, "%s/link.csv", dir);
  ck_assert_int_eq(symlink(path, link), 0);
  ck_assert_int_eq(dg_outfile_open(&o, link, &err), DG_OK);
  fputs("c\r\n", o.f);
  ck_assert_int_eq(dg_outfile_commit(&o, &err), DG_OK);
  text = tu_slurp(path);
  ck_assert_str_eq(text, "c\r\n");
  free(text);
  snprintf(cmd, sizeof cmd, "ls -A '%s' | tr '\\n' ' '", dir);
  char *ls = NULL;
  ck_assert_int_eq(tu_sh(cmd, &ls), 0);
  ck_assert_str_eq(ls, "graph.csv link.csv "); /* no temporary left */
  free(ls);
  snprintf(path, sizeof path, "%s/no/such/dir/x.csv", dir);
  ck_assert_int_eq(dg_outfile_open(&o, path, &err), DG_EIO);
  char want[200];
  snprintf(want, sizeof want, "%s: cannot create: No such file or directory", path);
  ck_assert_str_eq(err.msg, want);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("write");
  TCase *tc = tcase_create("write");
  tcase_add_test(tc, test_arcs_or_mixed);
  tcase_add_test(tc, test_gexf_dynamic);
  tcase_add_test(tc, test_small_multiples);
  tcase_add_loop_test(tc, test_lines, 0, sizeof lines / sizeof *lines);
  tcase_add_test(tc, test_counts_and_order);
  tcase_add_loop_test(tc, test_write_error, 0, sizeof failing / sizeof *failing);
  tcase_add_loop_test(tc, test_numbers, 0, sizeof numbers / sizeof *numbers);
  tcase_add_test(tc, test_numbers_as_printf);
  tcase_add_loop_test(tc, test_json_strings, 0, sizeof strings / sizeof *strings);
  tcase_add_loop_test(tc, test_json_byte_in_words, 1, 256);
  tcase_add_loop_test(tc, test_mentions, 0, sizeof mention_tails / sizeof *mention_tails);
  tcase_add_test(tc, test_mention_line);
  tcase_add_test(tc, test_region_type);
  tcase_add_test(tc, test_amount_attributes);
  tcase_add_test(tc, test_outfile);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
