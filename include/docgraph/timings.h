/* Phase timings: how long each phase of a job took (wall clock) and the process's peak
 * resident memory when it ended, for the caller to show (`docgraph run -v` prints them).
 * The library fills the table and never prints it. A phase named again adds up (a sink
 * called for every document, each view), so the table holds each name once, in the order
 * the phases first ended. Phases on another thread (the data files with -j2) are added by
 * the thread that owns the table, after joining, so their sum can exceed the wall time. */
#ifndef DOCGRAPH_TIMINGS_H
#define DOCGRAPH_TIMINGS_H

#include <stddef.h>

#define DG_TIMINGS_MAX 48

typedef struct dg_phase {
  char name[48];
  double seconds; /* wall clock, summed over the times it ran */
  size_t times;   /* how many times it ran */
  size_t peak_kb; /* the process's peak resident memory when it last ended (KiB) */
} dg_phase;

typedef struct dg_timings {
  size_t n;
  dg_phase v[DG_TIMINGS_MAX]; /* past DG_TIMINGS_MAX names, new ones are dropped */
} dg_timings;

/* Seconds on a monotonic clock, for the differences passed to dg_timings_add. */
double dg_clock(void);

/* The process's peak resident memory so far, in KiB (0 when unknown). */
size_t dg_peak_kb(void);

/* seconds more for phase `name` of t (NULL: nothing), its peak memory now noted. */
void dg_timings_add(dg_timings *t, const char *name, double seconds);
/* The same for a phase that ended earlier (on another thread), with the peak it saw. */
void dg_timings_add_peak(dg_timings *t, const char *name, double seconds, size_t peak_kb);

/* The phase that began at *since ended now: its time added, *since set to now (so
 * consecutive phases chain). Nothing with t NULL. */
void dg_timings_mark(dg_timings *t, const char *name, double *since);

#endif
