/* -v on run: where the time went, one line a phase on stderr, from the library's table
 * (docgraph/timings.h): its seconds, how many times it ran when more than once, and the
 * process's peak memory when it last ended. */
#include <stdio.h>

#include "cli.h"

void cli_timings_print(const dg_timings *t, double total) {
  for (size_t i = 0; i < t->n; i++) {
    const dg_phase *p = &t->v[i];
    char times[32] = "";
    if (p->times > 1) snprintf(times, sizeof times, " (%zu times)", p->times);
    fprintf(stderr, "docgraph: time: %-40s %8.3f s, peak %6.1f MB%s\n", p->name, p->seconds,
            (double)p->peak_kb / 1024, times);
  }
  fprintf(stderr, "docgraph: time: %-40s %8.3f s\n", "total", total);
}
