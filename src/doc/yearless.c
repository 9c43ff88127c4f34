/* Days whose year the text never gives leave the document once its ties are read.
 *
 * "Phnom Penh, February 17 (ANI): ..." in a text with no year and no date line: the day
 * is a cue while the rules read the text (a date line, a table's date cell, the date of a
 * dated sentence), so recognition keeps it as a date mention (--02-17). But it is no
 * entity: date:--02-17 would be one node for every document's February 17, whatever its
 * year, tying unrelated meetings together through a day that may be years apart. So once
 * the relation rules are done (the pipeline's last step, dg_pipeline_doc), such a day is
 * dropped with its ties and its places in the co-occurrence units; a month alone whose
 * year is unknown is never a mention at all (recognize.c).
 * Invariant: afterwards no mention of the document is a date with year 0; every relation
 * and unit points at the mentions that remain, in their order as before; a unit left
 * empty is dropped. */
#include <stdlib.h>

#include "docgraph/doc.h"

static int yearless(const dg_mention *m) { return m->type == DG_TYPE_DATE && !m->when.year; }

/* The units again without the dropped mentions (to[i] == UINT32_MAX). */
static void compact_units(dg_doc *d, const uint32_t *to) {
  size_t nu = 0, nm = 0;
  for (size_t u = 0; u < d->nunits; u++) {
    dg_unit x = d->units[u];
    uint32_t first = (uint32_t)nm;
    for (uint32_t k = x.first; k < x.first + x.n; k++)
      if (to[d->unit_ments[k]] != UINT32_MAX) d->unit_ments[nm++] = to[d->unit_ments[k]];
    if (nm == first) continue;
    d->units[nu++] = (dg_unit){first, (uint32_t)nm - first, x.sentence};
  }
  d->nunits = nu;
  d->nunit_ments = nm;
}

dg_err dg_doc_drop_yearless(dg_doc *d, dg_error *err) {
  size_t n = 0;
  for (size_t i = 0; i < d->nments; i++) n += yearless(&d->ments[i]);
  if (!n) return DG_OK;
  uint32_t *to = malloc(d->nments * sizeof *to);
  if (!to) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  size_t o = 0;
  for (size_t i = 0; i < d->nments; i++) {
    if (yearless(&d->ments[i])) {
      to[i] = UINT32_MAX;
      continue;
    }
    to[i] = (uint32_t)o;
    d->ments[o++] = d->ments[i];
  }
  d->nments = o;
  size_t r = 0;
  for (size_t i = 0; i < d->nrels; i++) {
    dg_relation x = d->rels[i];
    if (to[x.from] == UINT32_MAX || to[x.to] == UINT32_MAX) continue;
    x.from = to[x.from];
    x.to = to[x.to];
    d->rels[r++] = x;
  }
  d->nrels = r;
  compact_units(d, to);
  free(to);
  return DG_OK;
}
