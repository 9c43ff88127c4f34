/* Time as a dimension of the graph: the date of each document, ranges of dates (--since,
 * --until), periods (--by year, quarter or month) and the table of document dates a user
 * gives (--doc-dates FILE.tsv). A document's date is a dg_when; for comparisons it is
 * the day it starts (a month or a year alone starts on its first day). Invariant: a
 * document without a date is in no range and no period. */
#ifndef DOCGRAPH_PERIOD_H
#define DOCGRAPH_PERIOD_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/error.h"
#include "docgraph/value.h"

/* The day a date starts as yyyymmdd (20240130; a month alone: its first day), or 0 when the
 * year is unknown. */
int32_t dg_when_day(const dg_when *w);
/* The last day of a date as yyyymmdd (a year alone: its 31 December; a range: its end's),
 * or 0 when the year is unknown. */
int32_t dg_when_last_day(const dg_when *w);
/* A yyyymmdd day as ISO 8601 (2024-01-30) into buf (11 bytes at least); "" for 0. */
char *dg_day_iso(int32_t day, char *buf, size_t n);

/* A date a user types: 2024, 2024-03 or 2024-03-15 (also with '/'). 0, or -1 when it is
 * not one. */
int dg_when_parse(const char *s, dg_when *out);

/* Which documents a job keeps: those whose date lies from `since` to `until` (each
 * inclusive, a year or a month meaning all its days); unset ends are open. A range with an
 * end set keeps no undated document. */
typedef struct dg_date_range {
  dg_when since, until;
} dg_date_range;

/* Whether the range has an end set at all. */
int dg_date_range_set(const dg_date_range *r);
/* Whether a document dated w is in range r (always, when r has no end set). */
int dg_date_range_keeps(const dg_date_range *r, const dg_when *w);

/* How documents are grouped into periods (--by). */
typedef enum dg_period_by { DG_BY_NONE = 0, DG_BY_YEAR, DG_BY_QUARTER, DG_BY_MONTH } dg_period_by;

/* "year", "quarter" or "month"; 0, or -1 for another name. */
int dg_period_by_parse(const char *name, dg_period_by *out);
const char *dg_period_by_name(dg_period_by by);
/* The period of a document dated w: its name ("2024", "2024-Q1", "2024-03") into buf and its
 * first day as the sort key (yyyymmdd). 0 when w has no year (no period). */
int32_t dg_period_of(const dg_when *w, dg_period_by by, char *buf, size_t n);

/* Dates a user gives for documents that carry none (--doc-dates): a TSV file, a line
 * `PATH<TAB>DATE` (DATE as dg_when_parse reads it); '#' starts a comment line. */
typedef struct dg_doc_dates dg_doc_dates;

/* Read the table; DG_EIO when the file cannot be read, DG_EINPUT (with path:line) for a line
 * that is not PATH<TAB>DATE. */
dg_err dg_doc_dates_load(const char *path, dg_doc_dates **out, dg_error *err);
void dg_doc_dates_free(dg_doc_dates *t);
/* The date the table gives the document at `path`: the row whose path is the document's,
 * or, failing that, the longest row path that ends the document's path after a '/'
 * (a.txt for input/a.txt). 1 with it in *out, or 0. */
int dg_doc_dates_find(const dg_doc_dates *t, const char *path, dg_when *out);

#endif
