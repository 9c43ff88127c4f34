/* docgraph, the command-line tool: option parsing, the commands, and what they print.
 * The commands only parse options, call libdocgraph and print; every decision about what
 * is computed or written is the library's. Exit statuses come from the library's dg_err
 * codes through one table (cli_exit), never from the text of a message. */
#ifndef DG_CLI_H
#define DG_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "docgraph/diagram_policy.h"
#include "docgraph/graph.h"
#include "docgraph/job.h"
#include "docgraph/views.h"
#include "docgraph/write.h"

/* sysexits.h values, spelled out so the meaning is visible where they are used. */
enum {
  EXIT_OK = 0,
  EXIT_USAGE = 64,       /* bad command line */
  EXIT_DATAERR = 65,     /* bad input data: a dictionary, or documents that failed */
  EXIT_NOINPUT = 66,     /* no input documents */
  EXIT_UNAVAILABLE = 69, /* MeCab or a dictionary is missing */
  EXIT_SOFTWARE = 70,    /* internal error */
  EXIT_CANTCREAT = 73,   /* cannot write an output */
};

typedef struct cli_opts {
  const char *command;
  const char **paths;
  size_t npaths;
  const char *out;        /* -o */
  const char *format;     /* -f */
  const char **dicts;     /* --dict, repeatable */
  size_t ndicts;
  const char *dicts_dir;  /* --dicts: replaces the shipped dictionaries */
  const char *mecab_dic;  /* --mecab-dic */
  const char *layout;     /* --layout */
  const char *types;      /* --types country,group,... */
  int labels;             /* --label: a dg_label_mode */
  double min_weight;      /* --min-weight */
  size_t top;             /* --top */
  int drop_isolated;      /* --drop-isolated */
  const char *focus;      /* --focus; once the pipeline is open, as its dictionaries resolve it */
  int radius;             /* --radius */
  int fanout;             /* --fanout */
  int fanout_set;
  const char *rank;       /* --rank */
  const char *kinds;      /* --kinds */
  const char *scope;      /* --scope */
  int implicit;           /* --implicit: a dg_implicit */
  int members;            /* --members */
  size_t max_edges;       /* --max-edges */
  int max_edges_set;
  int json;               /* --json (stats) */
  const char *formats;    /* -T: diagram formats (run: a list; render: one) */
  const char *view;       /* --view: run: a list of views; graph, render: one */
  int color;              /* --color: a dg_color_mode */
  int per_doc;            /* --per-doc */
  dg_renderer *renderer;  /* one Graphviz context for every diagram of the command */
  int threads;            /* -j */
  int quiet;              /* -q */
  int progress;           /* stderr is a terminal */
  const char *encoding;   /* --encoding: the one every text file is read in */
  int verbose;            /* -v: each document read and each file skipped, named */
  const char *since;      /* --since DATE */
  const char *until;      /* --until DATE */
  const char *doc_dates;  /* --doc-dates FILE.tsv */
  const char *by;         /* --by year|quarter|month (run) */
  int gexf_version;       /* --gexf-version: 0 1.2draft, 1 1.3 */
  int dynamic;            /* --dynamic: GEXF with the documents' dates as time */
  int csv_bom;            /* --csv-bom */
  int mixed;              /* --mixed: GraphML and GEXF as mixed graphs */
  const char *help_for;   /* -h after a command: that command's help */
  const char *store;      /* --store FILE: the corpus store (run) */
  int no_store;           /* --no-store (run) */
  const char *shard;      /* --shard I/N (extract) */
  int partial;            /* --partial (merge) */
  const char *outputs;    /* --outputs LIST: the files run and merge write (default all) */
  int strict;             /* --strict: a warning makes the exit status 65 */
  size_t warnings;        /* the warnings reported so far (printed or not) */
  char *rerun_key;        /* every option given but -j, -v, -q, as "--name=value" lines */
} cli_opts;

/* ---- options (options.c, usage.c) ---- */

/* What parsing the command line found. */
typedef enum cli_status {
  CLI_OK = 0,
  CLI_HELP,      /* -h: print the usage, exit 0 */
  CLI_VERSION,   /* --version: print the version, exit 0 */
  CLI_BAD_USAGE, /* a bad option: the problem is printed on `msgs` */
  CLI_NOMEM
} cli_status;

/* Parse argv (argv[0]: the command word) into o; problems are printed on msgs. */
cli_status cli_parse(int argc, char **argv, cli_opts *o, FILE *msgs);
void cli_opts_free(cli_opts *o);
void cli_usage(FILE *f);
/* The help of one command (its synopsis, options and examples); -1 when there is none. */
int cli_usage_command(FILE *f, const char *name);
/* The command words, for "did you mean". */
extern const char *const cli_command_names[];
extern const size_t cli_ncommand_names;

/* ---- option values (lists.c): each prints its problem and returns EXIT_USAGE ---- */

int cli_parse_formats(const char *list, const char **fmts, size_t *n, size_t max);
int cli_parse_views(const char *list, dg_view *views, size_t *n);
int cli_parse_view(const char *name, dg_view *v);
/* --outputs graphml,csv: the mask of dg_run_opts.outputs (0 for none given: all). */
int cli_parse_outputs(const char *list, unsigned *mask);
/* The graph filter the options ask for (its focus as typed). */
int cli_filter(const cli_opts *o, dg_graph_filter *f);
/* Whether the user chose any filter (then the `all` view draws what it keeps). */
int cli_has_filters(const cli_opts *o);
/* How the options ask diagrams to be drawn. */
dg_diagram_opts cli_diagram_opts(const cli_opts *o);
/* How the options ask data files to be written. */
dg_write_opts cli_write_opts(const cli_opts *o);
/* The choice nearest to a mistyped word (a few letters off), or NULL. */
const char *cli_nearest(const char *word, const char *const *choices, size_t n);
/* Whether output to `out` (NULL or "-": stdout) would land on a terminal. */
int cli_to_terminal(const char *out);

/* ---- the jobs of the commands (job.c) ---- */

/* The exit status of a library error. */
int cli_exit(dg_err e);
/* The exit status of a command that returned rc: with --strict, EXIT_DATAERR (and a line
 * saying why) for a command that succeeded with warnings. */
int cli_strict(const cli_opts *o, int rc);
/* Print err's message and return its exit status. */
int cli_fail(dg_err r, const dg_error *err);
/* Print "docgraph: MSG" and return EXIT_USAGE. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Counts by name, in order of first appearance: what documents were read as (UTF-8,
 * Shift_JIS, PDF ...), the extensions of skipped files. Names past the 16th are counted
 * as `other`. */
typedef struct cli_tally {
  char name[16][32];
  size_t count[16];
  size_t n, other;
} cli_tally;

/* ---- progress on a terminal (progress.c) ---- */

typedef struct cli_progress {
  int on;         /* stderr is a terminal and -q not given */
  int drawn;      /* the line is on the screen */
  double started; /* when the command started (monotonic seconds) */
  double reading; /* when the first document was asked for */
  double last;    /* when the line was last drawn */
} cli_progress;

/* Start the clock; draw only when `on`. */
void cli_progress_start(cli_progress *p, int on);
/* Seconds since cli_progress_start. */
double cli_progress_elapsed(const cli_progress *p);
/* Draw g (at most four times a second). */
void cli_progress_update(cli_progress *p, const dg_job_progress *g);
/* Erase the line, before another message or at the end. */
void cli_progress_clear(cli_progress *p);
/* The line for g after `elapsed` seconds: "docgraph: 120/2000 documents, 5.2/9.6 MB,
 * 31.0 docs/s, 1.30 MB/s, ETA 0:07". */
void cli_progress_text(const dg_job_progress *g, double elapsed, char *buf, size_t n);
/* What a summary line adds on a terminal (else ""): `mid` ", 3 skipped", before the counts
 * of the graph, and `end` " in 3.2 s", the time since the command started. Off a terminal
 * the summary stays the same from run to run. */
void cli_progress_tails(const cli_progress *p, const dg_job_counts *c, char *mid, char *end,
                        size_t n);

/* -v: the time and peak memory of each phase of a job, one line each on stderr, then the
 * whole command's time (timings.c). */
void cli_timings_print(const dg_timings *t, double total);

/* A command's documents, pipeline and graph. */
typedef struct cli_job {
  cli_opts *o;
  cli_tally read_as;      /* the documents read, by encoding or format */
  cli_tally skipped;      /* the files skipped in directories, by extension */
  dg_job_log log;         /* prints on stderr */
  dg_job_input in;        /* o's paths; a command may narrow them */
  dg_pipeline *p;
  dg_graph *g;
  dg_job_counts counts;
  dg_doc_dates *dates;    /* --doc-dates, loaded */
  cli_progress progress;  /* the line on a terminal, and the command's clock */
  size_t mentions, rels;  /* in the documents read (extract's summary) */
} cli_job;

void cli_job_init(cli_job *j, cli_opts *o);
/* "4 UTF-8, 1 Shift_JIS": a tally's counts, largest first, into buf. */
const char *cli_tally_text(const cli_tally *t, char *buf, size_t n);
/* --since, --until and --doc-dates into the job's input (the table loaded); an exit
 * status (cli_job_open calls it). */
int cli_job_dates(cli_job *j);
/* The pipeline of o's dictionaries and scope; o->focus resolved through it. */
int cli_job_open(cli_job *j);
/* cli_job_open, then the graph of the documents (with membership when `members`). */
int cli_job_graph(cli_job *j, int members);
/* Build the graph with filter f (and o->focus as resolved). */
int cli_job_build(cli_job *j, const dg_graph_filter *f);
/* Free the job; rc, or EXIT_DATAERR when rc is EXIT_OK and documents failed. */
int cli_job_end(cli_job *j, int rc);
/* The pipeline options of o (--scope parsed). */
int cli_pipeline_opts(const cli_opts *o, dg_pipeline_opts *po);

/* ---- the commands (commands.c, queries.c) ---- */

int cmd_run(cli_opts *o);
int cmd_extract(cli_opts *o);
int cmd_graph(cli_opts *o);
int cmd_render(cli_opts *o);
int cmd_stats(cli_opts *o);
int cmd_evidence(cli_opts *o);
int cmd_dict(cli_opts *o);
int cmd_merge(cli_opts *o);

#endif
