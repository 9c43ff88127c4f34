/* The command line: exit statuses (sysexits: 64 usage, 65 bad data, 66 no input, 69
 * unavailable, 73 cannot create) for each kind of failure, with the one line that says
 * why; --help and --version print and exit 0 wherever they stand; --strict makes a
 * warning exit 65. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define BIN DG_TEST_BIN
#define FIX DG_TEST_FIXTURES

static const struct {
  const char *args; /* after the binary; FIX is replaced by the fixtures directory */
  int status;
  const char *out; /* in stdout and stderr together */
} cases[] = {
    {"--help", 0, "usage: docgraph [COMMAND] [OPTIONS] PATH..."},
    {"-h", 0, "exit status: 0 ok, 64 usage"},
    {"--help", 0, "person, place, region,\n"},
    {"graph -h", 0, "usage: docgraph"},
    {"graph -f csv -h --no-such-option", 0, "usage: docgraph"},
    {"--version", 0, "docgraph 0."},
    {"stats --version", 0, "docgraph 0."},
    {"--version", 0, "libraries: MeCab"},
    {"--version", 0, "\ndictionaries "},
    /* a command's own help, and "did you mean" */
    {"help graph", 0, "usage: docgraph graph PATH... -f FORMAT"},
    {"run --help", 0, "--by year|quarter|month"},
    {"evidence -h", 0, "person's surname. Exit status 66"},
    {"help grph", 64, "no command 'grph'; did you mean graph?"},
    {"grpah FIX", 64, "unknown command 'grpah'; did you mean graph?"},
    {"graph -f csv --sinse 2024 FIX", 64, "unknown option --sinse (did you mean --since?"},
    {"graph -f grapml FIX", 64, "unknown format 'grapml' (did you mean graphml?)"},
    {"graph -f csv --since 2024-13 FIX", 64, "--since takes a date: 2024, 2024-03 or 2024-03-15"},
    {"graph -f csv --since 2025 --until 2024 FIX", 64, "--since 2025 is after --until 2024"},
    {"graph -f neo4j FIX", 64, "-f neo4j writes three files: give their directory with -o DIR"},
    {"graph -f csv --by year FIX", 64, "--by writes a graph per period: use it with run"},
    {"run --by decade FIX", 64, "--by takes year, quarter or month, not 'decade'"},
    {"graph -f gexf --gexf-version 2 FIX", 64, "--gexf-version takes 1.2draft or 1.3"},
    /* options of some commands only */
    {"graph -f csv --store x.db FIX", 64, "--store applies to run and merge, not graph"},
    {"extract --outputs graphml FIX", 64, "--outputs applies to run and merge, not extract"},
    {"run --json FIX", 64, "--json applies to stats, not run"},
    {"merge --shard 1/2 FIX", 64, "--shard applies to extract, not merge"},
    {"run --outputs graphml,gephi FIX", 64, "unknown output 'gephi' in --outputs (graphml, gexf"},
    /* usage: 64 */
    {"graph --no-such-option -h", 64, "docgraph: unknown option --no-such-option"},
    {"graph -o", 64, "docgraph: option -o needs a value"},
    {"frobnicate", 64, "docgraph: unknown command 'frobnicate'"},
    {"graph FIX", 64, "docgraph: graph needs -f FORMAT"},
    {"graph -f csv", 64, "docgraph: graph needs at least one PATH"},
    {"graph -f csv -j 0 FIX", 64, "docgraph: -j needs a number of threads from 1 to 256, not '0'"},
    {"graph -f csv --radius 101 FIX", 64, "--radius needs a number of steps from 1 to 100"},
    {"graph -f csv --top -1 FIX", 64, "docgraph: --top needs a count, not '-1'"},
    {"graph -f csv --min-weight x FIX", 64, "docgraph: --min-weight needs a number >= 0"},
    {"graph -f svg --label fr FIX", 64, "docgraph: --label takes ja, en or both, not 'fr'"},
    {"graph -f csv --types country,planet FIX", 64, "unknown type 'planet' in --types"},
    {"graph -f csv --types continent FIX", 64, "place, region, amount"},
    {"graph -f csv --kinds visited FIX", 64, "unknown relation 'visited' in --kinds"},
    {"graph -f csv --rank fame FIX", 64, "--rank takes pagerank, degree or mentions"},
    {"graph -f csv --scope page FIX", 64, "--scope takes sentence, paragraph or block"},
    {"graph -f csv --implicit all FIX", 64, "--implicit takes count or ignore, not 'all'"},
    {"run -T gif FIX", 64, "unknown diagram format 'gif' in -T"},
    {"run --view map FIX", 64, "unknown view 'map' in --view"},
    {"render -T svg,png FIX", 64, "render writes one format"},
    {"evidence JICA", 64, "usage: docgraph evidence A [B] PATH..."},
    {"dict list", 64, "usage: docgraph dict check [DIR...]"},
    /* no input: 66 */
    {"extract /nonexistent/file.txt", 66,
     "docgraph: /nonexistent/file.txt: No such file or directory\n"
     "docgraph: no documents found in the given paths"},
    {"render /nonexistent/saved.graphml -T svg", 66, "/nonexistent/saved.graphml"},
    {"graph -f csv --focus Atlantis FIX/ja_notice.txt", 66, "no entity \"Atlantis\" in the graph"},
    /* evidence says so as --focus does */
    {"evidence Atlantis FIX/ja_notice.txt", 66, "no entity \"Atlantis\" in the documents"},
    {"graph -f csv --doc-dates /nonexistent/dates.tsv FIX", 66, "/nonexistent/dates.tsv"},
    /* bad data: 65 */
    {"render FIX/graphml/bad_malformed.graphml -T dot", 65, "bad_malformed.graphml:6:"},
    {"extract FIX/ja_notice.txt /nonexistent/missing.txt", 65,
     "/nonexistent/missing.txt: No such file or directory"},
    {"extract --dicts /nonexistent/dicts FIX/ja_notice.txt", 65,
     "/nonexistent/dicts: cannot open dictionary directory\n"
     "docgraph: dictionaries have 1 problem\n"},
    {"dict check /nonexistent/dicts", 65, "/nonexistent/dicts: cannot open dictionary directory"},
    /* --strict: a warning fails the command, even with -q, and only then */
    {"extract --strict -o /dev/null FIX/bad_utf8.txt", 65,
     "bad_utf8.txt:1: invalid UTF-8 (byte 0xFF at column 6); 2 bad bytes replaced by U+FFFD\n"
     "docgraph: 1 warning and --strict: exit 65\n"},
    {"graph -q --strict -f csv -o /dev/null FIX/bad_utf8.txt FIX/ja_notice.txt", 65,
     "docgraph: 1 warning and --strict: exit 65\n"},
    {"extract -o /dev/null FIX/bad_utf8.txt", 0, "bad_utf8.txt:1: invalid UTF-8"},
    {"stats --strict FIX/ja_notice.txt", 0, "Top entities by PageRank"},
    /* unavailable: 69 */
    {"extract --mecab-dic /nonexistent/ipadic FIX/ja_notice.txt", 69,
     "MeCab dictionary /nonexistent/ipadic has no sys.dic"},
    /* cannot create: 73 */
    {"extract -o /dev/null/m.jsonl FIX/ja_notice.txt", 73, "/dev/null/m.jsonl"},
    {"graph -f csv -o /dev/null/g.csv FIX/ja_notice.txt", 73, "/dev/null/g.csv"},
    {"run -T dot -o /dev/null/out FIX/ja_notice.txt", 73,
     "docgraph: /dev/null/out: cannot create directory: Not a directory"},
    /* fine */
    {"stats --top 3 FIX/ja_notice.txt", 0, "Top entities by PageRank:\n    #  pagerank"},
    {"dict check", 0, "; 0 problems\n"},
};

/* args with FIX replaced */
static void command(const char *args, char *cmd, size_t n) {
  size_t k = (size_t)snprintf(cmd, n, "'%s' ", BIN);
  for (const char *p = args; *p && k + 1 < n;) {
    if (!strncmp(p, "FIX", 3)) {
      k += (size_t)snprintf(cmd + k, n - k, "%s", FIX);
      p += 3;
    } else {
      cmd[k++] = *p++;
    }
  }
  snprintf(cmd + k, n - k, " 2>&1");
}

START_TEST(exit_status) {
  char cmd[2048], *out;
  command(cases[_i].args, cmd, sizeof cmd);
  int rc = tu_sh(cmd, &out);
  ck_assert_msg(rc == cases[_i].status, "%s: exit %d, not %d:\n%s", cases[_i].args, rc,
                cases[_i].status, out);
  ck_assert_msg(strstr(out, cases[_i].out) != NULL, "%s: no \"%s\" in:\n%s", cases[_i].args,
                cases[_i].out, out);
  free(out);
}
END_TEST

/* --strict fails the command, not its outputs: the graph is written whole all the same. */
START_TEST(strict_writes_outputs) {
  char cmd[1024], *out;
  snprintf(cmd, sizeof cmd, "d=$(mktemp -d) && '%s' graph --strict -q -f csv -o \"$d/e.csv\" "
           "'%s/bad_utf8.txt' '%s/ja_notice.txt'; rc=$?; grep -c . \"$d/e.csv\"; rm -rf \"$d\"; "
           "exit $rc", BIN, FIX, FIX);
  ck_assert_int_eq(tu_sh(cmd, &out), 65);
  ck_assert_msg(atoi(out) > 1, "edges written: %s", out);
  free(out);
}
END_TEST

/* Help goes to stdout, whole, and nothing to stderr. */
START_TEST(help_on_stdout) {
  char cmd[1024], *out;
  snprintf(cmd, sizeof cmd, "'%s' --help 2>/dev/null | tail -n 1", BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_str_eq(out, "full disk).\n");
  free(out);
  snprintf(cmd, sizeof cmd, "'%s' stats -h 2>&1 >/dev/null | wc -c", BIN);
  ck_assert_int_eq(tu_sh(cmd, &out), 0);
  ck_assert_str_eq(out, "0\n");
  free(out);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("cli");
  TCase *tc = tcase_create("cli");
  tcase_set_timeout(tc, 120);
  tcase_add_loop_test(tc, exit_status, 0, (int)(sizeof cases / sizeof *cases));
  tcase_add_test(tc, help_on_stdout);
  tcase_add_test(tc, strict_writes_outputs);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
