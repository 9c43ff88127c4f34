/* Provenance in the exports (see output/provenance.h): one table of fields, written by
 * every format in the same order. */
#include "output/provenance.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define TEXT(f) offsetof(dg_provenance, f), sizeof((dg_provenance *)0)->f
#define COUNT(f) offsetof(dg_provenance, f), 0
const dg_prov_field dg_prov_fields[] = {
    {"docgraph_version", 0, TEXT(version)}, {"dictionaries", 0, TEXT(dicts)},
    {"options", 0, TEXT(options)},          {"documents", 1, COUNT(documents)},
    {"dated_documents", 1, COUNT(dated)},   {"date_from", 0, TEXT(date_from)},
    {"date_to", 0, TEXT(date_to)},          {"period", 0, TEXT(period)},
};
#undef TEXT
#undef COUNT
const size_t dg_prov_count = sizeof dg_prov_fields / sizeof *dg_prov_fields;

const char *dg_prov_text(const dg_prov_field *f, const dg_provenance *p, char *buf, size_t n) {
  const char *at = (const char *)p + f->offset;
  if (!f->number) return at;
  snprintf(buf, n, "%zu", *(const size_t *)(const void *)at);
  return buf;
}

int dg_prov_find(const char *name) {
  for (size_t i = 0; i < dg_prov_count; i++)
    if (!strcmp(dg_prov_fields[i].name, name)) return (int)i;
  return -1;
}

void dg_prov_set(dg_provenance *p, int i, const char *text) {
  if (i < 0 || (size_t)i >= dg_prov_count) return;
  const dg_prov_field *f = &dg_prov_fields[i];
  char *at = (char *)p + f->offset;
  if (f->number) *(size_t *)(void *)at = (size_t)strtoul(text, NULL, 10);
  else snprintf(at, f->size, "%s", text);
}

void dg_prov_json(dg_json_obj *o, const dg_provenance *p) {
  char buf[32];
  for (size_t i = 0; i < dg_prov_count; i++) {
    const dg_prov_field *f = &dg_prov_fields[i];
    const char *v = dg_prov_text(f, p, buf, sizeof buf);
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
