/* Provenance in the exports (see output/provenance.h): one table of fields, written by
 * every format in the same order. */
#include "output/provenance.h"

#include <stdlib.h>
#include <string.h>

static const char *f_version(const dg_provenance *p, char *b, size_t n) {
  (void)b, (void)n;
  return p->version;
}
static const char *f_dicts(const dg_provenance *p, char *b, size_t n) {
  (void)b, (void)n;
  return p->dicts;
}
static const char *f_options(const dg_provenance *p, char *b, size_t n) {
  (void)b, (void)n;
  return p->options;
}
static const char *f_documents(const dg_provenance *p, char *b, size_t n) {
  snprintf(b, n, "%zu", p->documents);
  return b;
}
static const char *f_dated(const dg_provenance *p, char *b, size_t n) {
  snprintf(b, n, "%zu", p->dated);
  return b;
}
static const char *f_from(const dg_provenance *p, char *b, size_t n) {
  (void)b, (void)n;
  return p->date_from;
}
static const char *f_to(const dg_provenance *p, char *b, size_t n) {
  (void)b, (void)n;
  return p->date_to;
}
static const char *f_period(const dg_provenance *p, char *b, size_t n) {
  (void)b, (void)n;
  return p->period;
}

const dg_prov_field dg_prov_fields[] = {
    {"docgraph_version", 0, f_version}, {"dictionaries", 0, f_dicts},
    {"options", 0, f_options},          {"documents", 1, f_documents},
    {"dated_documents", 1, f_dated},    {"date_from", 0, f_from},
    {"date_to", 0, f_to},               {"period", 0, f_period},
};
const size_t dg_prov_count = sizeof dg_prov_fields / sizeof *dg_prov_fields;

int dg_prov_find(const char *name) {
  for (size_t i = 0; i < dg_prov_count; i++)
    if (!strcmp(dg_prov_fields[i].name, name)) return (int)i;
  return -1;
}

/* Where field i's text goes in p, and its size (numbers: NULL). */
static char *field_buf(dg_provenance *p, int i, size_t *n) {
  char *const bufs[] = {NULL, p->dicts, p->options, NULL, NULL, p->date_from, p->date_to,
                        p->period};
  const size_t sizes[] = {0, sizeof p->dicts, sizeof p->options, 0, 0, sizeof p->date_from,
                          sizeof p->date_to, sizeof p->period};
  _Static_assert(sizeof sizes / sizeof *sizes == 8, "a buffer per field");
  *n = sizes[i];
  return bufs[i];
}

void dg_prov_set(dg_provenance *p, int i, const char *text) {
  size_t n;
  char *b = i >= 0 && (size_t)i < dg_prov_count ? field_buf(p, i, &n) : NULL;
  if (i == 0) p->version = text; /* the caller keeps it (dg_graph_put_provenance copies) */
  else if (i == 3) p->documents = (size_t)strtoul(text, NULL, 10);
  else if (i == 4) p->dated = (size_t)strtoul(text, NULL, 10);
  else if (b) snprintf(b, n, "%s", text);
}

void dg_prov_json(dg_json_obj *o, const dg_provenance *p) {
  char buf[32];
  for (size_t i = 0; i < dg_prov_count; i++) {
    const dg_prov_field *f = &dg_prov_fields[i];
    const char *v = f->text(p, buf, sizeof buf);
    if (f->number) dg_json_num(o, f->name, strtod(v, NULL));
    else dg_json_str(o, f->name, v);
  }
}

char *dg_prov_line(const dg_provenance *p, char *buf, size_t n) {
  int k = snprintf(buf, n, "docgraph %s; dictionaries %s; options %s; %zu document%s (%zu dated",
                   p->version, *p->dicts ? p->dicts : "unknown",
                   *p->options ? p->options : "(none given)", p->documents,
                   p->documents == 1 ? "" : "s", p->dated);
  if (k >= 0 && (size_t)k < n && *p->date_from)
    k += snprintf(buf + k, n - (size_t)k, ", %s to %s", p->date_from, p->date_to);
  if (k >= 0 && (size_t)k < n) k += snprintf(buf + k, n - (size_t)k, ")");
  if (k >= 0 && (size_t)k < n && *p->period)
    snprintf(buf + k, n - (size_t)k, "; period %s", p->period);
  return buf;
}
