/* Option parsing for the docgraph command line (see cli.h). Every option is one row of the
 * `options` table: its names, what kind of value it takes, where the value goes in
 * cli_opts and what is wrong with a bad one. getopt_long's tables are made from it, and
 * one function per kind of value checks and stores it. Parsing never exits: it returns
 * what it found and main decides. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef enum {
  V_FLAG,    /* no value: the field is set to 1 */
  V_STR,     /* the value as given */
  V_PUSH,    /* the value appended to a list (--dict: dicts, ndicts) */
  V_INT,     /* a whole number from min to max */
  V_COUNT,   /* a count (size_t, no sign) */
  V_NUMBER,  /* a number >= 0 */
  V_CHOICE,  /* one of choices[], stored as its index */
  V_HELP,
  V_VERSION
} value_kind;

typedef struct option_row {
  const char *name; /* long name, or NULL */
  int key;          /* short letter, or a number above 255 for long-only options */
  value_kind kind;
  size_t field;     /* offsetof(cli_opts, the field) */
  size_t set_field; /* offsetof(cli_opts, its _set flag), or 0 */
  long min, max;    /* V_INT */
  const char *bad;  /* what a bad value is told: "-j needs a number of threads from 1 to 256" */
  const char *const *choices; /* V_CHOICE, NULL-terminated */
} option_row;

#define F(x) offsetof(cli_opts, x)

static const char *const label_names[] = {"ja", "en", "both", NULL}; /* dg_label_mode order */
static const char *const color_names[] = {"type", "community", NULL}; /* dg_color_mode order */
static const char *const implicit_names[] = {"count", "ignore", NULL}; /* dg_implicit order */
static const char *const gexf_names[] = {"1.2draft", "1.3", NULL}; /* dg_gexf_version order */

static const option_row options[] = {
    {"output", 'o', V_STR, F(out), 0, 0, 0, NULL, NULL},
    {"format", 'f', V_STR, F(format), 0, 0, 0, NULL, NULL},
    {"threads", 'j', V_INT, F(threads), 0, 1, 256, "-j needs a number of threads from 1 to 256",
     NULL},
    {"quiet", 'q', V_FLAG, F(quiet), 0, 0, 0, NULL, NULL},
    {"help", 'h', V_HELP, 0, 0, 0, 0, NULL, NULL},
    {NULL, 'T', V_STR, F(formats), 0, 0, 0, NULL, NULL},
    {"dict", 256, V_PUSH, F(dicts), 0, 0, 0, NULL, NULL},
    {"dicts", 257, V_STR, F(dicts_dir), 0, 0, 0, NULL, NULL},
    {"mecab-dic", 258, V_STR, F(mecab_dic), 0, 0, 0, NULL, NULL},
    {"types", 259, V_STR, F(types), 0, 0, 0, NULL, NULL},
    {"min-weight", 260, V_NUMBER, F(min_weight), 0, 0, 0, "--min-weight needs a number >= 0", NULL},
    {"top", 261, V_COUNT, F(top), 0, 0, 0, "--top needs a count", NULL},
    {"drop-isolated", 262, V_FLAG, F(drop_isolated), 0, 0, 0, NULL, NULL},
    {"layout", 263, V_STR, F(layout), 0, 0, 0, NULL, NULL},
    {"label", 264, V_CHOICE, F(labels), 0, 0, 0, "--label takes ja, en or both", label_names},
    {"version", 265, V_VERSION, 0, 0, 0, 0, NULL, NULL},
    {"focus", 266, V_STR, F(focus), 0, 0, 0, NULL, NULL},
    {"radius", 267, V_INT, F(radius), 0, 1, 100, "--radius needs a number of steps from 1 to 100",
     NULL},
    {"fanout", 268, V_INT, F(fanout), F(fanout_set), 0, INT_MAX, "--fanout needs a count (0: all)",
     NULL},
    {"rank", 269, V_STR, F(rank), 0, 0, 0, NULL, NULL},
    {"kinds", 270, V_STR, F(kinds), 0, 0, 0, NULL, NULL},
    {"scope", 271, V_STR, F(scope), 0, 0, 0, NULL, NULL},
    {"members", 272, V_FLAG, F(members), 0, 0, 0, NULL, NULL},
    {"max-edges", 273, V_COUNT, F(max_edges), F(max_edges_set), 0, 0,
     "--max-edges needs a count (0: all)", NULL},
    {"json", 274, V_FLAG, F(json), 0, 0, 0, NULL, NULL},
    {"view", 275, V_STR, F(view), 0, 0, 0, NULL, NULL},
    {"color", 276, V_CHOICE, F(color), 0, 0, 0, "--color takes type or community", color_names},
    {"per-doc", 277, V_FLAG, F(per_doc), 0, 0, 0, NULL, NULL},
    {"implicit", 278, V_CHOICE, F(implicit), 0, 0, 0, "--implicit takes count or ignore",
     implicit_names},
    {"encoding", 279, V_STR, F(encoding), 0, 0, 0, NULL, NULL},
    {"verbose", 'v', V_FLAG, F(verbose), 0, 0, 0, NULL, NULL},
    {"since", 280, V_STR, F(since), 0, 0, 0, NULL, NULL},
    {"until", 281, V_STR, F(until), 0, 0, 0, NULL, NULL},
    {"doc-dates", 282, V_STR, F(doc_dates), 0, 0, 0, NULL, NULL},
    {"by", 283, V_STR, F(by), 0, 0, 0, NULL, NULL},
    {"gexf-version", 284, V_CHOICE, F(gexf_version), 0, 0, 0, "--gexf-version takes 1.2draft or 1.3",
     gexf_names},
    {"dynamic", 285, V_FLAG, F(dynamic), 0, 0, 0, NULL, NULL},
    {"csv-bom", 286, V_FLAG, F(csv_bom), 0, 0, 0, NULL, NULL},
    {"mixed", 287, V_FLAG, F(mixed), 0, 0, 0, NULL, NULL},
    {"strict", 288, V_FLAG, F(strict), 0, 0, 0, NULL, NULL},
    {"store", 292, V_STR, F(store), 0, 0, 0, NULL, NULL},
    {"no-store", 289, V_FLAG, F(no_store), 0, 0, 0, NULL, NULL},
    {"shard", 290, V_STR, F(shard), 0, 0, 0, NULL, NULL},
    {"partial", 291, V_FLAG, F(partial), 0, 0, 0, NULL, NULL},
    {"outputs", 293, V_STR, F(outputs), 0, 0, 0, NULL, NULL},
};
#define NOPTIONS (sizeof options / sizeof *options)

#define FIELD(o, off, type) ((type *)(void *)((char *)(o) + (off)))

/* ---- one function per kind of value: 0, or -1 for a bad value ---- */

/* -j 4: strtol's number as an int, from min to max ("" is 0, as strtol reads it) */
static int set_int(const option_row *r, const char *v, cli_opts *o) {
  char *end;
  errno = 0;
  int n = (int)strtol(v, &end, 10);
  *FIELD(o, r->field, int) = n;
  return errno || *end || n < r->min || n > r->max ? -1 : 0;
}

/* --top 20: a count without a sign */
static int set_count(const option_row *r, const char *v, cli_opts *o) {
  char *end;
  errno = 0;
  *FIELD(o, r->field, size_t) = (size_t)strtoul(v, &end, 10);
  return errno || *end || *v == '-' ? -1 : 0;
}

/* --min-weight 1.5: a number, not negative */
static int set_number(const option_row *r, const char *v, cli_opts *o) {
  char *end;
  errno = 0;
  double d = strtod(v, &end);
  *FIELD(o, r->field, double) = d;
  return errno || *end || d < 0 ? -1 : 0;
}

/* --label en: the index of the choice */
static int set_choice(const option_row *r, const char *v, cli_opts *o) {
  for (int i = 0; r->choices[i]; i++)
    if (!strcmp(v, r->choices[i])) {
      *FIELD(o, r->field, int) = i;
      return 0;
    }
  return -1;
}

/* --dict DIR, repeatable */
static int push(const char ***v, size_t *n, const char *s) {
  const char **p = realloc(*v, (*n + 1) * sizeof *p);
  if (!p) return -1;
  p[(*n)++] = s;
  *v = p;
  return 0;
}

/* Store the value of option r (v: its argument, or NULL). */
static cli_status apply(const option_row *r, const char *v, cli_opts *o, FILE *msgs) {
  int bad = 0;
  switch (r->kind) {
  case V_HELP: return CLI_HELP;
  case V_VERSION: return CLI_VERSION;
  case V_FLAG: *FIELD(o, r->field, int) = 1; break;
  case V_STR: *FIELD(o, r->field, const char *) = v; break;
  case V_PUSH:
    if (push(FIELD(o, r->field, const char **), &o->ndicts, v)) return CLI_NOMEM;
    break;
  case V_INT: bad = set_int(r, v, o); break;
  case V_COUNT: bad = set_count(r, v, o); break;
  case V_NUMBER: bad = set_number(r, v, o); break;
  case V_CHOICE: bad = set_choice(r, v, o); break;
  }
  if (bad) {
    fprintf(msgs, "docgraph: %s, not '%s'\n", r->bad, v);
    return CLI_BAD_USAGE;
  }
  if (r->set_field) *FIELD(o, r->set_field, int) = 1;
  return CLI_OK;
}

/* getopt_long's tables made from `options`: ":o:f:j:qhT:" and the long names. */
static void getopt_tables(char *shorts, struct option *longs) {
  size_t s = 0, l = 0;
  shorts[s++] = ':';
  for (size_t i = 0; i < NOPTIONS; i++) {
    const option_row *r = &options[i];
    int arg = r->kind != V_FLAG && r->kind != V_HELP && r->kind != V_VERSION;
    if (r->key < 256) {
      shorts[s++] = (char)r->key;
      if (arg) shorts[s++] = ':';
    }
    if (r->name)
      longs[l++] = (struct option){r->name, arg ? required_argument : no_argument, NULL, r->key};
  }
  shorts[s] = '\0';
  longs[l] = (struct option){NULL, 0, NULL, 0};
}

static const option_row *row_of(int key) {
  for (size_t i = 0; i < NOPTIONS; i++)
    if (options[i].key == key) return &options[i];
  return NULL;
}

/* "unknown option --sinse (did you mean --since?; see docgraph graph --help)" */
static void unknown_option(const char *arg, const cli_opts *o, FILE *msgs) {
  const char *names[NOPTIONS];
  size_t n = 0;
  for (size_t i = 0; i < NOPTIONS; i++)
    if (options[i].name) names[n++] = options[i].name;
  char word[64];
  const char *w = arg;
  while (*w == '-') w++;
  snprintf(word, sizeof word, "%.*s", (int)strcspn(w, "="), w);
  const char *near = arg[0] == '-' && arg[1] == '-' ? cli_nearest(word, names, n) : NULL;
  fprintf(msgs, "docgraph: unknown option %s (%s%s%ssee docgraph %s%s--help)\n", arg,
          near ? "did you mean --" : "", near ? near : "", near ? "?; " : "",
          o->command ? o->command : "", o->command ? " " : "");
}

/* Options of some commands only; the others take every option they can use and ignore
 * the rest (filters are the same everywhere). */
static const struct {
  const char *option, *commands; /* the commands, as said in the message */
} scoped[] = {
    {"store", "run and merge"}, {"no-store", "run"},          {"shard", "extract"},
    {"partial", "merge"},       {"outputs", "run and merge"}, {"per-doc", "run and merge"},
    {"json", "stats"},
};

/* Does option r apply to the command being parsed? Else one line says where it does. */
static int applies(const option_row *r, const cli_opts *o, FILE *msgs) {
  for (size_t k = 0; r->name && o->command && k < sizeof scoped / sizeof *scoped; k++) {
    if (strcmp(r->name, scoped[k].option) != 0) continue;
    const char *c = scoped[k].commands, *at = strstr(c, o->command);
    size_t n = strlen(o->command);
    if (at && (at == c || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' ')) return 1;
    fprintf(msgs, "docgraph: --%s applies to %s, not %s (see docgraph %s --help)\n", r->name,
            c, o->command, o->command);
    return 0;
  }
  return 1;
}

/* Option r and its value noted in o->rerun_key (dg_run_opts.rerun_key), unless it cannot
 * change what a run writes: -j (outputs are the same at any -j), -v, -q. */
static cli_status note_option(const option_row *r, const char *v, cli_opts *o) {
  if (r->field == F(threads) || r->field == F(verbose) || r->field == F(quiet)) return CLI_OK;
  const char *old = o->rerun_key ? o->rerun_key : "";
  char letter[2] = {(char)r->key, '\0'};
  size_t n = strlen(old) + (r->name ? strlen(r->name) : 1) + (v ? strlen(v) : 0) + 8;
  char *k = malloc(n);
  if (!k) return CLI_NOMEM;
  snprintf(k, n, "%s%s%s=%s\n", old, r->name ? "--" : "-", r->name ? r->name : letter, v ? v : "");
  free(o->rerun_key);
  o->rerun_key = k;
  return CLI_OK;
}

cli_status cli_parse(int argc, char **argv, cli_opts *o, FILE *msgs) {
  char shorts[2 * NOPTIONS + 2];
  struct option longs[NOPTIONS + 1];
  getopt_tables(shorts, longs);
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  o->threads = ncpu > 0 ? (int)(ncpu > 16 ? 16 : ncpu) : 1;
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
    const option_row *r = row_of(c);
    if (c == ':') {
      fprintf(msgs, "docgraph: option %s needs a value (see docgraph --help)\n", argv[optind - 1]);
      return CLI_BAD_USAGE;
    }
    if (!r) {
      unknown_option(argv[optind - 1], o, msgs);
      return CLI_BAD_USAGE;
    }
    if (!applies(r, o, msgs)) return CLI_BAD_USAGE;
    cli_status s = apply(r, optarg, o, msgs);
    if (s == CLI_OK) s = note_option(r, optarg, o);
    if (s != CLI_OK) return s;
  }
  for (int i = optind; i < argc; i++)
    if (push(&o->paths, &o->npaths, argv[i])) return CLI_NOMEM;
  if (!o->rerun_key && !(o->rerun_key = strdup(""))) return CLI_NOMEM;
  o->progress = !o->quiet && isatty(2);
  return CLI_OK;
}

void cli_opts_free(cli_opts *o) {
  free(o->paths);
  free(o->dicts);
  free(o->rerun_key);
  o->rerun_key = NULL;
  dg_renderer_free(o->renderer);
  o->renderer = NULL;
}
