/* End to end: the docgraph binary on fixture documents, with assertions on the files it
 * writes (mentions, values, edges), their validity (xmllint, dot), determinism, and the
 * behaviour on bad input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#define BIN DG_TEST_BIN
#define FIX DG_TEST_FIXTURES

static char out_[64];

static const char *tmpdir(void) { return tu_tmpdir(out_, "e2e"); }

static char *file_in(const char *dir, const char *name) {
  char p[600];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  char *s = tu_slurp(p);
  ck_assert_msg(s != NULL, "%s was not written", p);
  return s;
}

/* The mention line for id, or NULL. */
static const char *line_with(const char *jsonl, const char *needle) { return strstr(jsonl, needle); }

START_TEST(test_run_fixtures) {
  const char *dir = tmpdir();
  char cmd[1200], *err;
  snprintf(cmd, sizeof cmd, "'%s' run -j2 '%s' -o '%s' 2>&1", BIN, FIX, dir);
  int rc = tu_sh(cmd, &err);
  ck_assert_msg(rc == 0, "exit %d: %s", rc, err);
  /* the bad byte is a warning with path and line, and the batch went on */
  ck_assert_msg(strstr(err, "bad_utf8.txt:1: invalid UTF-8") != NULL, "%s", err);
  ck_assert_msg(strstr(err, "docgraph: time:") == NULL, "timings without -v: %s", err);
  free(err);
  const char *files[] = {"graph.svg", "graph.dot", "graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "edges.csv", "mentions.jsonl"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) free(file_in(dir, files[i]));

  char *m = file_in(dir, "mentions.jsonl");
  /* entities from every fixture, and the Mekong countries of the Japanese notice */
  ck_assert_ptr_nonnull(line_with(m, "\"id\":\"country:KHM\""));
  ck_assert_ptr_nonnull(line_with(m, "\"id\":\"country:FJI\""));
  ck_assert_ptr_nonnull(line_with(m, "\"id\":\"country:IDN\""));
  /* an amount, normalized: 約1,500億円 */
  const char *a = line_with(m, "\"id\":\"amount:JPY:150000000000\"");
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_nonnull(strstr(a, "\"value\":150000000000,\"currency\":\"JPY\",\"qualifier\":\"approx\""));
  ck_assert_ptr_nonnull(strstr(a, "\"text\":\"約1,500億円\""));
  /* an amount tied to what it funds: its id is qualified by the owner's */
  ck_assert_ptr_nonnull(line_with(m, "\"id\":\"amount:USD:25000000@program:pacific-resilience-facility\""));
  /* the date line of the notice */
  ck_assert_ptr_nonnull(line_with(m, "\"date\":\"2024-03-04\""));
  /* traps: no India from インド太平洋, no Thailand from タイトル */
  ck_assert_ptr_null(line_with(m, "\"id\":\"country:IND\""));
  ck_assert_ptr_null(line_with(m, "\"text\":\"タイ\",\"start\":653")); /* never inside タイトル */
  /* full-width ＡＳＥＡＮ points at its original bytes */
  const char *fw = line_with(m, "\"text\":\"ＡＳＥＡＮ\"");
  ck_assert_ptr_nonnull(fw);
  free(m);

  char *edges = file_in(dir, "edges.csv");
  ck_assert_ptr_nonnull(strstr(edges, "Source,Target,Type,kind,Weight"));
  ck_assert_ptr_nonnull(strstr(edges, "country:KHM,country:LAO,Undirected,co_occurs,"));
  free(edges);
  char *nodes = file_in(dir, "nodes.csv");
  ck_assert_ptr_nonnull(strstr(nodes, "Id,Label,type"));
  ck_assert_ptr_nonnull(strstr(nodes, "country:KHM,カンボジア,country,Cambodia,"));
  free(nodes);

  /* valid XML and DOT */
  snprintf(cmd, sizeof cmd, "xmllint --noout '%s/graph.graphml' '%s/graph.svg' 2>&1", dir, dir);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(cmd, sizeof cmd, "dot -Tcanon '%s/graph.dot' > /dev/null 2>&1", dir);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  char *svg = file_in(dir, "graph.svg");
  ck_assert_ptr_nonnull(strstr(svg, "カンボジア")); /* Japanese labels as text */
  ck_assert_ptr_nonnull(strstr(svg, "IPAGothic"));
  free(svg);
  /* no temporary files left behind */
  snprintf(cmd, sizeof cmd, "ls -A '%s' | grep -c '^\\.'", dir);
  char *hidden;
  tu_sh(cmd, &hidden);
  ck_assert_int_eq(atoi(hidden), 0);
  free(hidden);
  tu_rmrf(dir);
}
END_TEST

/* Same input, same output, byte for byte: path order and thread count do not matter. */
START_TEST(test_deterministic) {
  char a[256], b[256], cmd[2000];
  snprintf(a, sizeof a, "%s", tmpdir());
  snprintf(b, sizeof b, "%s", tmpdir());
  snprintf(cmd, sizeof cmd, "'%s' run -q -j1 '%s/page.html' '%s/ja_notice.txt' '%s/en_brief.md' -o '%s'",
           BIN, FIX, FIX, FIX, a);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(cmd, sizeof cmd, "'%s' run -q -j3 '%s/en_brief.md' '%s/ja_notice.txt' '%s/page.html' -o '%s'",
           BIN, FIX, FIX, FIX, b);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  const char *files[] = {"graph.svg", "graph.png", "graph.dot", "graph.graphml", "graph.gexf",
                         "graph.json", "nodes.csv", "edges.csv", "mentions.jsonl", "timeline.svg",
                         "timeline.png", "funding.svg", "countries.svg", "report.html"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    snprintf(cmd, sizeof cmd, "cmp '%s/%s' '%s/%s'", a, files[i], b, files[i]);
    ck_assert_msg(tu_sh(cmd, NULL) == 0, "%s differs between runs", files[i]);
  }
  tu_rmrf(a);
  tu_rmrf(b);
}
END_TEST

/* The views, the report and the per-document diagrams of `run`, and `render`. */
START_TEST(test_views_and_report) {
  const char *dir = tmpdir();
  char cmd[2000], *out;
  snprintf(cmd, sizeof cmd, "'%s' run -q --per-doc -T svg,pdf '%s' -o '%s'", BIN, FIX, dir);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  /* every view in every format asked for, well-formed */
  snprintf(cmd, sizeof cmd, "cd '%s' && xmllint --noout graph.svg timeline.svg funding.svg countries.svg && "
           "head -c 5 funding.pdf && test ! -e graph.png", dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_str_eq(out, "%PDF-");
  free(out);
  /* timeline: the dated meetings (en_brief.md's unnamed one too), in order of their dates,
   * each a link to the report */
  char *tl = file_in(dir, "timeline.svg");
  ck_assert_ptr_nonnull(strstr(tl, "Meetings by date: 5"));
  const char *feb = strstr(tl, "2月10日"), *sep = strstr(tl, "9月1日"), *mar = strstr(tl, "3月3日");
  ck_assert(feb && sep && mar);
  ck_assert_ptr_nonnull(strstr(tl, "report.html#node=meeting:mekong-japan-fmm:5"));
  ck_assert_ptr_nonnull(strstr(tl, "開催地: ハノイ"));
  ck_assert_ptr_nonnull(strstr(tl, "参加: カンボジア、ラオス、ミャンマ")); /* wrapped */
  ck_assert_ptr_nonnull(strstr(tl, "ベトナム、上川"));
  free(tl);
  /* funding: the program with its amount and its total */
  char *fu = file_in(dir, "funding.svg");
  ck_assert_ptr_nonnull(strstr(fu, "太平洋強靱性ファシリティ"));
  ck_assert_ptr_nonnull(strstr(fu, "計 USD 25,000,000 (1)"));
  free(fu);
  /* countries: membership from the dictionaries, no other types */
  char *co = file_in(dir, "countries.svg");
  ck_assert_ptr_nonnull(strstr(co, "class=\"edge member_of\""));
  ck_assert_ptr_null(strstr(co, "class=\"node meeting\""));
  free(co);
  /* the graph files leave membership out unless --members */
  char *ed = file_in(dir, "edges.csv");
  ck_assert_ptr_null(strstr(ed, "member_of"));
  free(ed);
  /* the report: one file, the data and the four diagrams inline, nothing fetched */
  char *rep = file_in(dir, "report.html");
  ck_assert_ptr_nonnull(strstr(rep, "<script type=\"application/json\" id=\"dg-data\">{\"title\""));
  ck_assert_ptr_nonnull(strstr(rep, "data-view=\"timeline\""));
  ck_assert_ptr_nonnull(strstr(rep, "data-view=\"countries\""));
  ck_assert_ptr_nonnull(strstr(rep, "\"id\":\"meeting:mekong-japan-fmm:5\""));
  ck_assert_ptr_nonnull(strstr(rep, "\"text\":\"3月3日、ハノイにおいて第5回日メコン外相会議が開催され"));
  ck_assert_ptr_null(strstr(rep, "DOCGRAPH_"));
  ck_assert_ptr_null(strstr(rep, "src=\"http"));
  ck_assert_ptr_null(strstr(rep, "<?xml"));
  free(rep);
  /* one diagram per document */
  snprintf(cmd, sizeof cmd, "cd '%s/docs' && ls *.svg | wc -l && grep -c '第5回日メコン外相会議' *ja_notice.txt.svg", dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_int_eq(atoi(out), 6);
  free(out);
  /* render: a saved graph drawn again, with the same entities, and a view of documents */
  /* node statements: a tab, the quoted id, a tab (edge statements have " -- " after it) */
  snprintf(cmd, sizeof cmd, "'%s' render '%s/graph.graphml' -T dot | grep -cP '^\\t\"[a-z]+:[^\"]*\"\\t'", BIN, dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  int nodes_drawn = atoi(out);
  free(out);
  snprintf(cmd, sizeof cmd, "tail -n +2 '%s/nodes.csv' | wc -l", dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_int_eq(nodes_drawn, atoi(out));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' render -q -T svg --view timeline '%s' | grep -c '3月3日'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_int_ge(atoi(out), 1);
  free(out);
  /* community colours: the legend no longer lists types */
  snprintf(cmd, sizeof cmd, "'%s' graph -f svg --color community '%s/ja_notice.txt' | grep -c '>organization<'", BIN, FIX);
  tu_sh(cmd, &out);
  ck_assert_int_eq(atoi(out), 0);
  free(out);
  /* bad diagram options: one clear line */
  snprintf(cmd, sizeof cmd, "'%s' run -T gif '%s' -o '%s' 2>&1", BIN, FIX, dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 64);
  ck_assert_ptr_nonnull(strstr(out, "unknown diagram format 'gif'"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' render '%s/missing.graphml' -T svg 2>&1", BIN, dir);
  ck_assert_int_ne(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "missing.graphml"));
  free(out);
  tu_rmrf(dir);
}
END_TEST

/* run -v: a line for each phase (the documents, each data file, each view) and the total,
 * on stderr after the summary. */
START_TEST(test_run_timings) {
  const char *dir = tmpdir();
  char cmd[1200], *err;
  snprintf(cmd, sizeof cmd, "'%s' run -v -j1 --view all -T dot '%s/en_brief.md' -o '%s' 2>&1 >/dev/null",
           BIN, FIX, dir);
  ck_assert_int_eq(tu_sh(cmd, &err), 0);
  static const char *const lines[] = {
      "docgraph: time: documents read, extracted ", "docgraph: time: graph.graphml ",
      "docgraph: time: neo4j/import.cypher ", "docgraph: time: view all: drawn ",
      "docgraph: time: total "};
  const char *summary = strstr(err, "docgraph: 1 document read (");
  ck_assert_msg(summary != NULL, "%s", err);
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    const char *l = strstr(err, lines[i]);
    ck_assert_msg(l != NULL && l > summary, "no '%s' after the summary in: %s", lines[i], err);
    ck_assert_msg(strstr(l, " s") != NULL, "%s", l);
  }
  free(err);
}
END_TEST

START_TEST(test_extract_stdout) {
  char cmd[1200], *out;
  snprintf(cmd, sizeof cmd, "'%s' extract '%s/en_brief.md'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  size_t lines = 0;
  for (char *l = strtok(out, "\n"); l; l = strtok(NULL, "\n")) {
    lines++;
    ck_assert_msg(l[0] == '{' && l[strlen(l) - 1] == '}', "not one object a line: %s", l);
    ck_assert_ptr_nonnull(strstr(l, "\"doc\":"));
    ck_assert_ptr_nonnull(strstr(l, "\"line\":"));
  }
  ck_assert_uint_gt(lines, 5);
  free(out);
  /* stdin */
  snprintf(cmd, sizeof cmd, "printf 'ラオスとベトナム' | '%s' extract -", BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "\"doc\":\"-\",\"type\":\"country\",\"id\":\"country:LAO\""));
  free(out);
}
END_TEST

/* A page's publication date (its <meta>) gives the year a dateline leaves out; a date the
 * text itself gives at its top wins over it, and a page without one has no date (the day's
 * year unknown: no entity, doc/cues.c) but the dateline's meeting and place. */
typedef struct {
  const char *meta, *top, *want;
} page_date_row;

static const page_date_row page_dates[] = {
    {"<meta property='article:published_time' content='2022-02-17T09:30:00+07:00'>", "",
     "\"id\":\"date:2022-02-17\""},
    {"<meta name='date' content='2021-06-01'>", "<p>17 February 2019</p>",
     "\"id\":\"date:2019-02-17\""},
    {"", "", NULL},
};

START_TEST(test_page_date) {
  const page_date_row *r = &page_dates[_i];
  char path[1100], page[1024], cmd[1400], *out;
  snprintf(path, sizeof path, "%s/dated-%d.html", tmpdir(), _i);
  snprintf(page, sizeof page, "<html><head>%s<title>Retreat</title></head><body>%s<p>Apia "
           "[Samoa], February 17 (ANI): The Ocean Ministers Meeting opened here.</p></body></html>",
           r->meta, r->top);
  tu_write(path, page);
  snprintf(cmd, sizeof cmd, "'%s' extract '%s'", BIN, path);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  if (r->want)
    ck_assert_msg(strstr(out, r->want), "row %d: no %s in %s", _i, r->want, out);
  else
    ck_assert_msg(!strstr(out, "\"type\":\"date\"") && strstr(out, "place:apia"),
                  "row %d: a date, or no Apia, in %s", _i, out);
  free(out);
}
END_TEST

START_TEST(test_graph_stdout) {
  char cmd[1200], *out;
  snprintf(cmd, sizeof cmd, "'%s' graph -f json '%s/ja_notice.txt'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "\"directed\":false"));
  ck_assert_ptr_nonnull(strstr(out, "\"id\":\"country:VNM\""));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' graph -f graphml '%s/ja_notice.txt' | xmllint --noout -", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(cmd, sizeof cmd, "'%s' graph -f dot '%s/ja_notice.txt' | dot -Tcanon > /dev/null", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(cmd, sizeof cmd, "'%s' graph -f csv --types country '%s/ja_notice.txt'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_null(strstr(out, "amount:"));
  ck_assert_ptr_nonnull(strstr(out, "country:"));
  free(out);
}
END_TEST

/* --types region keeps the regions (メコン地域, インド太平洋) and nothing else; --types place
 * keeps the city and no region. */
START_TEST(test_types_region) {
  char cmd[1200], *out;
  snprintf(cmd, sizeof cmd, "'%s' graph -q -f nodes-csv --types region '%s/ja_notice.txt'", BIN,
           FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "\nregion:mekong,メコン地域,region,Mekong region,"));
  ck_assert_ptr_nonnull(strstr(out, "\nregion:indo-pacific,インド太平洋,region,Indo-Pacific,"));
  ck_assert_ptr_null(strstr(out, "place:"));
  ck_assert_ptr_null(strstr(out, "country:"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' graph -q -f nodes-csv --types place '%s/ja_notice.txt'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "\nplace:hanoi,ハノイ,place,Hanoi,"));
  ck_assert_ptr_null(strstr(out, "region:"));
  free(out);
}
END_TEST

/* -o to a pipe is written in place, not replaced by a file (as /dev/null must not be);
 * -o through a symbolic link replaces the file it points at and keeps the link. */
START_TEST(test_output_special) {
  const char *dir = tmpdir();
  char cmd[2400], *out;
  snprintf(cmd, sizeof cmd, "cd '%s' && mkfifo fifo && (timeout 20 cat fifo > got &) && "
           "'%s' graph -f csv -o fifo '%s/ja_notice.txt' && sleep 0.2 && test -p fifo && "
           "grep -c '^country:KHM,' got", dir, BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_str_ne(out, "0\n");
  free(out);
  snprintf(cmd, sizeof cmd, "cd '%s' && echo old > real.csv && ln -s real.csv link.csv && "
           "'%s' graph -f csv -o link.csv '%s/ja_notice.txt' && test -L link.csv && "
           "grep -c '^country:KHM,' real.csv", dir, BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_str_ne(out, "0\n");
  free(out);
  tu_rmrf(dir);
}
END_TEST

START_TEST(test_bad_input) {
  const char *dir = tmpdir();
  char cmd[1200], *err;
  /* A missing file: a clear error naming it, the rest still processed, exit 65. */
  snprintf(cmd, sizeof cmd, "'%s' run '%s/ja_notice.txt' /nonexistent/missing.txt -o '%s' 2>&1", BIN, FIX, dir);
  int rc = tu_sh(cmd, &err);
  ck_assert_int_eq(rc, 65);
  ck_assert_ptr_nonnull(strstr(err, "/nonexistent/missing.txt: No such file or directory"));
  free(err);
  char *m = file_in(dir, "mentions.jsonl");
  ck_assert_ptr_nonnull(strstr(m, "country:VNM"));
  free(m);
  /* Nothing to read at all: exit 66. */
  snprintf(cmd, sizeof cmd, "'%s' run /nonexistent -o '%s' 2>/dev/null", BIN, dir);
  ck_assert_int_eq(tu_sh(cmd, NULL), 66);
  /* Bad options: exit 64 with a message. */
  snprintf(cmd, sizeof cmd, "'%s' graph -f nope '%s' 2>&1", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &err), 64);
  ck_assert_ptr_nonnull(strstr(err, "unknown format 'nope'"));
  free(err);
  /* A broken user dictionary: file:line, exit 65. */
  char p[600];
  snprintf(p, sizeof p, "%s/user", dir);
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", p);
  ck_assert_int_eq(system(cmd), 0);
  snprintf(p, sizeof p, "%s/user/mine.tsv", dir);
  tu_write(p, "id\ttype\tlabel_ja\tlabel_en\taliases\tattrs\nprogram:x\tprogramme\tX\tX\t\t\n");
  snprintf(cmd, sizeof cmd, "'%s' extract --dict '%s/user' '%s/ja_notice.txt' 2>&1 >/dev/null", BIN, dir, FIX);
  ck_assert_int_eq(tu_sh(cmd, &err), 65);
  ck_assert_ptr_nonnull(strstr(err, "mine.tsv:2: unknown type \"programme\""));
  free(err);
  tu_rmrf(dir);
}
END_TEST

/* A user dictionary adds names the shipped ones lack. */
START_TEST(test_user_dict) {
  const char *dir = tmpdir();
  char p[600], cmd[1200], *out;
  snprintf(p, sizeof p, "%s/mine.tsv", dir);
  tu_write(p, "id\ttype\tlabel_ja\tlabel_en\taliases\tattrs\nprogram:mekong-vision\tprogram\tメコン・ビジョン\tMekong Vision\t\t\n");
  snprintf(cmd, sizeof cmd, "'%s' extract --dict '%s' '%s/ja_notice.txt'", BIN, dir, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "\"id\":\"program:mekong-vision\""));
  free(out);
  tu_rmrf(dir);
}
END_TEST

/* `docgraph` alone runs `docgraph run input -o output`. */
START_TEST(test_default_command) {
  const char *dir = tmpdir();
  char cmd[1200];
  snprintf(cmd, sizeof cmd, "mkdir '%s/input' && cp '%s/ja_notice.txt' '%s/input/' && cd '%s' && '%s'",
           dir, FIX, dir, dir, BIN);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  free(file_in(dir, "output/graph.svg"));
  free(file_in(dir, "output/mentions.jsonl"));
  tu_rmrf(dir);
}
END_TEST

START_TEST(test_dict_check_and_help) {
  char cmd[600], *out;
  snprintf(cmd, sizeof cmd, "'%s' dict check 2>&1", BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "0 problems"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' --help", BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "extract PATH"));
  ck_assert_ptr_nonnull(strstr(out, "graph PATH"));
  free(out);
}
END_TEST

START_TEST(test_stats_and_evidence) {
  char cmd[1200], *out;
  snprintf(cmd, sizeof cmd, "'%s' stats '%s'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "Top entities by PageRank"));
  ck_assert_ptr_nonnull(strstr(out, "Communities"));
  ck_assert_ptr_nonnull(strstr(out, "country:KHM  カンボジア (Cambodia):"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' stats --json '%s' | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); "
           "print(len(d[\"documents\"]), d[\"types\"][\"country\"] > 3, \"country:KHM\" in d[\"entity_documents\"])'",
           BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_str_eq(out, "6 True True\n");
  free(out);
  /* the sentences behind an entity, and behind a pair */
  snprintf(cmd, sizeof cmd, "'%s' evidence country:LAO '%s/ja_notice.txt'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "ja_notice.txt:7: [mention] 本会議には、カンボジア、ラオス"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' evidence Cambodia ラオス '%s/ja_notice.txt'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "[co_occurs]"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' evidence 第5回日メコン外相会議 place:hanoi '%s/ja_notice.txt'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "[held_in]"));
  free(out);
  /* names as a user types them: an alias in any case (the dictionary resolves it), an id
   * without its type */
  snprintf(cmd, sizeof cmd, "'%s' evidence 'south pacific forum' '%s/en_brief.md'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "en_brief.md:7: [mention] The Government of Japan and the Pacific Islands Forum met"));
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' graph -f nodes-csv --focus jica --radius 1 '%s'", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_ptr_nonnull(strstr(out, "\norg:jica,"));
  ck_assert_ptr_null(strstr(out, "place:suva"));
  free(out);
  /* a focus that names nothing: a clear error */
  snprintf(cmd, sizeof cmd, "'%s' graph -f csv --focus Atlantis '%s' 2>&1", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 66);
  ck_assert_ptr_nonnull(strstr(out, "no entity \"Atlantis\""));
  free(out);
  /* GEXF is well-formed */
  snprintf(cmd, sizeof cmd, "'%s' graph -f gexf '%s' | xmllint --noout -", BIN, FIX);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
}
END_TEST

/* A folder of mixed files as a researcher has them: a Shift_JIS notice (the fixture,
 * converted at test time), a PDF report (laid out at test time), an image, a spreadsheet.
 * The folder named twice counts once; the files docgraph does not read are skipped and
 * counted, named with -v; named on their own they are errors, exit 65 after the others. */
START_TEST(test_mixed_folder) {
  const char *dir = tmpdir();
  char cmd[2400], *out;
  snprintf(cmd, sizeof cmd,
           "iconv -f UTF-8 -t CP932 '%s/ja_notice.txt' > '%s/notice.txt' && printf '\\211PNG' > "
           "'%s/scan.png' && printf 'PK\\003\\004xl/workbook.xml' > '%s/data.xlsx' && "
           "'%s' '%s/tests/formats/report_ja.txt' '%s/report.pdf' '%s/report.md'",
           FIX, dir, dir, dir, DG_TEST_MAKE_PDF, DG_TEST_SOURCE, dir, dir);
  ck_assert_int_eq(tu_sh(cmd, NULL), 0);
  snprintf(cmd, sizeof cmd, "rm '%s/report.md' && '%s' stats '%s' '%s/./' 2>&1", dir, BIN, dir, dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_msg(strstr(out, "docgraph: 2 files skipped: 1 .xlsx, 1 .png (-v names them)"), "%.300s", out);
  ck_assert_msg(strstr(out, "2 documents, "), "%.300s", out);
  ck_assert_msg(strstr(out, "  Shift_JIS           1\n  PDF                 1\n"), "%.300s", out);
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' stats -v '%s' 2>&1 >/dev/null", BIN, dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_msg(strstr(out, "scan.png (not a format docgraph reads)"), "%.300s", out);
  ck_assert_msg(strstr(out, "/notice.txt: text, Shift_JIS"), "%.300s", out);
  ck_assert_msg(strstr(out, "/report.pdf: PDF, 2 pages"), "%.300s", out);
  free(out);
  snprintf(cmd, sizeof cmd, "cd '%s' && '%s' extract scan.png notice.txt 2>&1", dir, BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 65);
  ck_assert_msg(strstr(out, "docgraph: error: scan.png: unsupported format (PNG image); "
                            "supported: .txt"),
                "%.300s", out);
  ck_assert_msg(strstr(out, "\"id\":\"country:LAO\""), "%.300s", out);
  free(out);
  snprintf(cmd, sizeof cmd, "cd '%s' && '%s' evidence 日ASEAN統合基金 report.pdf", dir, BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_msg(strstr(out, "report.pdf:p1:12: [mention] 同会議の機会に"), "%.300s", out);
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' stats --encoding no-such-code '%s' 2>&1", BIN, dir);
  ck_assert_int_eq(tu_sh(cmd, &out), 64);
  ck_assert_msg(strstr(out, "--encoding: no such encoding 'no-such-code'"), "%.300s", out);
  free(out);
  tu_rmrf(dir);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("e2e");
  TCase *tc = tcase_create("e2e");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_run_fixtures);
  tcase_add_test(tc, test_deterministic);
  tcase_add_test(tc, test_views_and_report);
  tcase_add_test(tc, test_run_timings);
  tcase_add_test(tc, test_extract_stdout);
  tcase_add_test(tc, test_graph_stdout);
  tcase_add_loop_test(tc, test_page_date, 0, (int)(sizeof page_dates / sizeof *page_dates));
  tcase_add_test(tc, test_types_region);
  tcase_add_test(tc, test_output_special);
  tcase_add_test(tc, test_bad_input);
  tcase_add_test(tc, test_user_dict);
  tcase_add_test(tc, test_default_command);
  tcase_add_test(tc, test_dict_check_and_help);
  tcase_add_test(tc, test_stats_and_evidence);
  tcase_add_test(tc, test_mixed_folder);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
