/* Phase timings (see docgraph/timings.h): a small table of named wall-clock sums. The
 * table belongs to the caller's thread; nothing here is shared or global. */
#include "docgraph/timings.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

double dg_clock(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

size_t dg_peak_kb(void) {
  struct rusage ru;
  return getrusage(RUSAGE_SELF, &ru) == 0 && ru.ru_maxrss > 0 ? (size_t)ru.ru_maxrss : 0;
}

void dg_timings_add(dg_timings *t, const char *name, double seconds) {
  if (t) dg_timings_add_peak(t, name, seconds, dg_peak_kb());
}

void dg_timings_add_peak(dg_timings *t, const char *name, double seconds, size_t peak_kb) {
  if (!t) return;
  size_t i = 0;
  while (i < t->n && strcmp(t->v[i].name, name)) i++;
  if (i == t->n) {
    if (t->n == DG_TIMINGS_MAX) return;
    snprintf(t->v[i].name, sizeof t->v[i].name, "%s", name);
    t->n++;
  }
  t->v[i].seconds += seconds;
  t->v[i].times++;
  t->v[i].peak_kb = peak_kb;
}

void dg_timings_mark(dg_timings *t, const char *name, double *since) {
  if (!t) return;
  double now = dg_clock();
  dg_timings_add(t, name, now - *since);
  *since = now;
}
