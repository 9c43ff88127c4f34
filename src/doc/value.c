/* Typed values of amounts and dates (see docgraph/value.h). */
#include "docgraph/value.h"

#include <stdio.h>

int dg_when_known(const dg_when *w) { return w->year || w->month; }

char *dg_when_iso(const dg_when *w, int end, char *buf, size_t size) {
  int y = end ? w->year2 : w->year, m = end ? w->month2 : w->month, d = end ? w->day2 : w->day;
  if ((end && !y && !m && !d) || (!y && !m)) {
    buf[0] = '\0';
    return buf;
  }
  if (w->prec == DG_DATE_DECADE) snprintf(buf, size, "%04ds", y);
  else if (!y && m && d) snprintf(buf, size, "--%02d-%02d", m, d);
  else if (!y && m) snprintf(buf, size, "--%02d", m);
  else if (m && d) snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
  else if (m) snprintf(buf, size, "%04d-%02d", y, m);
  else snprintf(buf, size, "%04d", y);
  return buf;
}

char *dg_when_label(const dg_when *w, char *buf, size_t size) {
  char a[16], b[16];
  dg_when_iso(w, 0, a, sizeof a);
  dg_when_iso(w, 1, b, sizeof b);
  if (w->fiscal && b[0]) snprintf(buf, size, "FY%s/FY%s", a, b);
  else if (w->fiscal) snprintf(buf, size, "FY%s", a);
  else if (b[0]) snprintf(buf, size, "%s/%s", a, b);
  else snprintf(buf, size, "%s", a);
  return buf;
}
