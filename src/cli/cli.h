/* docgraph command line: option parsing and the commands. The commands only parse
 * options, call the library and print; all the work is in libdocgraph. */
#ifndef DG_CLI_H
#define DG_CLI_H

#include <stddef.h>

#include "docgraph/render.h"

/* sysexits.h values, spelled out so the meaning is visible where they are used. */
enum {
  EXIT_OK = 0,
  EXIT_USAGE = 64,     /* bad command line */
  EXIT_DATAERR = 65,   /* bad input data: a dictionary, or documents that failed */
  EXIT_NOINPUT = 66,   /* no input documents */
  EXIT_UNAVAILABLE = 69, /* MeCab or a dictionary is missing */
  EXIT_SOFTWARE = 70,  /* internal error */
  EXIT_CANTCREAT = 73, /* cannot write an output */
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
  dg_label_mode labels;   /* --label */
  double min_weight;      /* --min-weight */
  size_t top;             /* --top */
  int drop_isolated;      /* --drop-isolated */
  const char *focus;      /* --focus */
  int radius;             /* --radius */
  int fanout;             /* --fanout */
  int fanout_set;
  const char *rank;       /* --rank */
  const char *kinds;      /* --kinds */
  const char *scope;      /* --scope */
  int members;            /* --members */
  size_t max_edges;       /* --max-edges */
  int max_edges_set;
  int json;               /* --json (stats) */
  const char *formats;    /* -T: diagram formats (run: a list; render: one) */
  const char *view;       /* --view: run: a list of views; graph, render: one */
  dg_color_mode color;    /* --color */
  int per_doc;            /* --per-doc */
  dg_renderer *renderer;  /* one Graphviz context for every diagram of the command */
  int threads;            /* -j */
  int quiet;              /* -q */
  int progress;           /* stderr is a terminal */
} cli_opts;

/* Diagrams (diagrams.c). */
#include "docgraph/doc.h"
#include "docgraph/report.h"
#include "docgraph/views.h"
int cli_parse_formats(const char *list, const char **fmts, size_t *n, size_t max);
int cli_parse_views(const char *list, dg_view *views, size_t *n);
dg_render_opts cli_render_opts(const cli_opts *o, const dg_graph *g);
/* Draw view v of the built graph g into paths[i] in format fmts[i]; with svg, the SVG
 * also into memory (*svg malloc'd). */
int cli_draw(const cli_opts *o, const dg_graph *g, dg_view v, const char *const *paths,
             const char *const *fmts, size_t nf, char **svg, size_t *svg_len);
/* The document's own diagram into DIR/docs/NAME.FMT. */
int cli_draw_doc(const cli_opts *o, const dg_doc *d, const char *dir, const char *const *fmts,
                 size_t nf);
int cli_write_report(const char *path, const char *title, const char *data, size_t ndata,
                     const dg_report_view *views, size_t nviews);

/* Parse argv after the command word; prints the problem and returns EXIT_USAGE on error. */
int cli_parse(int argc, char **argv, cli_opts *o);
void cli_opts_free(cli_opts *o);
void cli_usage(FILE *f);

#endif
