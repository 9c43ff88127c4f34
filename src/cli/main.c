/* docgraph: the command-line tool. main reads the command word, parses the options, makes
 * the one Graphviz context of a command that draws, and runs the command from the table;
 * `docgraph` alone runs `docgraph run input -o output` when input/ exists. */
#include <inttypes.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "docgraph/pipeline.h"
#include "docgraph/version.h"

typedef struct command {
  const char *name;
  int (*run)(cli_opts *o);
  int draws; /* needs a renderer */
} command;

static const command commands[] = {
    {"run", cmd_run, 1},     {"extract", cmd_extract, 0},   {"graph", cmd_graph, 1},
    {"render", cmd_render, 1}, {"stats", cmd_stats, 0}, {"evidence", cmd_evidence, 0},
    {"dict", cmd_dict, 0},   {"merge", cmd_merge, 1}};

static const command *find_command(const char *name) {
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    if (!strcmp(commands[i].name, name)) return &commands[i];
  return NULL;
}

/* --version: docgraph's version, the fingerprint of the dictionaries it would load (the
 * shipped ones and any --dict layers) and the libraries it runs on. */
static int print_version(const cli_opts *o) {
  char libs[256];
  printf("docgraph %s\n", DG_CLI_VERSION);
  printf("sources %s\n", dg_source_id());
  const char *shipped = o && o->dicts_dir ? o->dicts_dir : dg_default_dicts_dir();
  const char *dirs[64];
  size_t n = 0;
  if (shipped) dirs[n++] = shipped;
  for (size_t i = 0; o && shipped && i < o->ndicts && n < 64; i++) dirs[n++] = o->dicts[i];
  uint64_t fp;
  dg_error err = {0};
  if (n && dg_dicts_fingerprint(dirs, n, &fp, &err) == DG_OK)
    printf("dictionaries %016" PRIx64 " (%s%s)\n", fp, shipped, n > 1 ? " and --dict layers" : "");
  else
    printf("dictionaries not found (set DOCGRAPH_DICTS or pass --dicts DIR)\n");
  printf("libraries: %s\n", dg_library_versions(libs, sizeof libs));
  return EXIT_OK;
}

/* -h: the help of the command being parsed, or the whole usage. */
static int print_help(const cli_opts *o) {
  if (!o || !o->command || cli_usage_command(stdout, o->command)) cli_usage(stdout);
  return EXIT_OK;
}

/* The exit status of a parse that stops the program (help, version, a bad option), or -1
 * to go on. */
static int after_parse(cli_status s, const cli_opts *o) {
  switch (s) {
  case CLI_OK: return -1;
  case CLI_HELP: return print_help(o);
  case CLI_VERSION: return print_version(o);
  case CLI_BAD_USAGE: return EXIT_USAGE;
  case CLI_NOMEM: return EXIT_SOFTWARE;
  }
  return EXIT_SOFTWARE;
}

/* Run command c with the options parsed: its renderer first when it draws. */
static int run_command(const command *c, cli_opts *o) {
  dg_error err = {0};
  dg_err r;
  if (c->draws && (r = dg_renderer_new(&o->renderer, &err)) != DG_OK) return cli_fail(r, &err);
  return c->run(o);
}

/* `docgraph` alone: run input -o output, when there is an input/ folder. */
static int default_command(char **argv, cli_opts *o) {
  struct stat st;
  if (stat("input", &st) != 0 || !S_ISDIR(st.st_mode)) {
    cli_usage(stderr);
    return EXIT_USAGE;
  }
  o->command = "run";
  int rc = after_parse(cli_parse(1, argv, o, stderr), o);
  if (rc >= 0) return rc;
  o->paths = malloc(sizeof *o->paths);
  if (!o->paths) return EXIT_SOFTWARE;
  o->paths[0] = "input";
  o->npaths = 1;
  o->out = "output";
  return run_command(find_command("run"), o);
}

/* `docgraph help [CMD]`: that command's help, or the whole usage. */
static int help_command(int argc, char **argv) {
  if (argc < 2) return print_help(NULL);
  if (cli_usage_command(stdout, argv[1]) == 0) return EXIT_OK;
  const char *near = cli_nearest(argv[1], cli_command_names, cli_ncommand_names);
  return cli_usage_error("no command '%s'%s%s%s (commands: run, extract, merge, graph, render, "
                         "stats, evidence, dict)", argv[1], near ? "; did you mean " : "",
                         near ? near : "", near ? "?" : "");
}

static int named_command(int argc, char **argv, cli_opts *o) {
  if (!strcmp(argv[0], "help")) return help_command(argc, argv);
  const command *c = find_command(argv[0]);
  if (!c) {
    const char *near = cli_nearest(argv[0], cli_command_names, cli_ncommand_names);
    return cli_usage_error("unknown command '%s'%s%s%s (commands: run, extract, merge, graph, "
                           "render, stats, evidence, dict, help; see docgraph --help)",
                           argv[0], near ? "; did you mean " : "", near ? near : "",
                           near ? "?" : "");
  }
  o->command = argv[0];
  int rc = after_parse(cli_parse(argc, argv, o, stderr), o);
  if (rc >= 0) return rc;
  return run_command(c, o);
}

/* Blocks of a megabyte and more mapped on their own, always. glibc's default starts mapping
 * at 128 KiB but raises that bound (up to 32 MB) each time a mapped block is freed; from
 * then on a long document's window arrays and the graph's growing arrays are carved from
 * the heap, and the room they leave when freed or moved stays resident: 36 MB of free heap
 * at the peak of `run` on a 100 MB file (bench/RESULTS.md, eighth round). Mapped, a freed
 * block goes back to the system at once and a growing array is moved by remapping. */
static void map_large_blocks(void) {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

int main(int argc, char **argv) {
  map_large_blocks();
  const char *cmd = argc > 1 ? argv[1] : NULL;
  if (cmd && (!strcmp(cmd, "-h") || !strcmp(cmd, "--help"))) return after_parse(CLI_HELP, NULL);
  if (cmd && !strcmp(cmd, "--version")) return after_parse(CLI_VERSION, NULL);
  cli_opts o = {0};
  int rc = cmd ? named_command(argc - 1, argv + 1, &o) : default_command(argv, &o);
  rc = cli_strict(&o, rc);
  cli_opts_free(&o);
  return rc;
}
