/* The date a web page's metadata says it was published (see meta_date.c). */
#ifndef DOCGRAPH_INPUT_META_DATE_H
#define DOCGRAPH_INPUT_META_DATE_H

#include "docgraph/value.h"

/* The attributes of one <meta> (or any element with itemprop="datePublished"): name,
 * property, itemprop, content and datetime, NULL when absent. */
typedef struct {
  const char *name, *property, *itemprop, *content, *datetime;
} dg_meta_attrs;

/* When *out holds no date yet and the element says when the page was published
 * (article:published_time, DC.date.issued, citation_publication_date, itemprop
 * datePublished, ...) with an ISO date (2024-03-15, 2024/03/15, 2024-03-15T09:00+09:00):
 * that day into *out, and 1; else 0 and *out as it was. */
int dg_meta_date_take(const dg_meta_attrs *a, dg_when *out);

#endif
