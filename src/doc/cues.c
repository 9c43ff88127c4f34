/* Dates that were cues for the rules but are no entities leave the document once its ties
 * are read (the pipeline's last step, dg_pipeline_doc), with their ties and their places in
 * the co-occurrence units. Each kind is one predicate of CUES:
 *
 * - a day whose year the text never gives ("Phnom Penh, February 17 (ANI): ..." in a text
 *   with no year and no date line). The day is a cue while the rules read the text (a date
 *   line, a table's date cell, the date of a dated sentence), so recognition keeps it as a
 *   date mention (--02-17). But date:--02-17 would be one node for every document's
 *   February 17, whatever its year, tying unrelated meetings together through a day that
 *   may be years apart. (A month alone whose year is unknown is never a mention at all:
 *   recognize.c.)
 * - a program's period: a year or a span of years inside a program's name (Strategic
 *   Vision 2030) or in parentheses right after it (the Plan of Action (2019-2022)). It says
 *   how long the plan runs, not when anything happened; as a vertex it would tie every
 *   text that names the plan, or any plan of the same years, to one date. The program
 *   keeps the years in its name or the text beside it. A meeting's year (the 2018 Special
 *   Summit) stays: it dates the meeting.
 *
 * Invariant: afterwards no mention of the document is a cue of CUES; every relation and
 * unit points at the mentions that remain, in their order as before; a unit left empty is
 * dropped. The mentions are sorted by start, longest first (recognize.c), when this runs. */
#include <stdlib.h>

#include "docgraph/doc.h"

/* What the scan knows of the mentions before the one asked about. */
typedef struct {
  uint32_t program_end; /* the furthest end of a program started so far, or 0 */
} cue_scan;

typedef int (*cue_fn)(const dg_doc *d, const dg_mention *m, const cue_scan *s);

/* --02-17: a day with no year. */
static int yearless_day(const dg_doc *d, const dg_mention *m, const cue_scan *s) {
  (void)d, (void)s;
  return m->type == DG_TYPE_DATE && !m->when.year;
}

/* A year or years (not a fiscal year: 年度 dates budgets) inside the program that reaches
 * furthest so far (it started before, being sorted first), or in parentheses right after
 * its end, one space allowed: Vision 2030, Plan of Action (2019-2022); near miss: a year
 * after a comma (the Plan of Action, 2019). */
static int program_period(const dg_doc *d, const dg_mention *m, const cue_scan *s) {
  if (m->type != DG_TYPE_DATE || m->when.prec != DG_DATE_YEAR || m->when.fiscal ||
      !s->program_end)
    return 0;
  if (s->program_end >= m->end) return 1;
  uint32_t e = s->program_end;
  if (e < m->start && d->text[e] == ' ') e++;
  return e + 1 == m->start && d->text[e] == '(' && m->end < d->len && d->text[m->end] == ')';
}

static const cue_fn CUES[] = {yearless_day, program_period};

/* Mark the cues of d in gone[] (1 each); returns how many. */
static size_t mark_cues(const dg_doc *d, uint8_t *gone) {
  cue_scan s = {0};
  size_t n = 0;
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    gone[i] = 0;
    for (size_t k = 0; k < sizeof CUES / sizeof *CUES && !gone[i]; k++) gone[i] = (uint8_t)CUES[k](d, m, &s);
    n += gone[i];
    if (m->type == DG_TYPE_PROGRAM && m->end > s.program_end) s.program_end = m->end;
  }
  return n;
}

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

/* Drop the mentions gone[] marks, with their relations and unit places. */
static void drop_marked(dg_doc *d, const uint8_t *gone, uint32_t *to) {
  size_t o = 0;
  for (size_t i = 0; i < d->nments; i++) {
    to[i] = gone[i] ? UINT32_MAX : (uint32_t)o;
    if (!gone[i]) d->ments[o++] = d->ments[i];
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
}

dg_err dg_doc_drop_cues(dg_doc *d, dg_error *err) {
  if (!d->nments) return DG_OK;
  uint8_t *gone = malloc(d->nments);
  if (!gone) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  if (!mark_cues(d, gone)) {
    free(gone);
    return DG_OK;
  }
  uint32_t *to = malloc(d->nments * sizeof *to);
  if (!to) {
    free(gone);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  }
  drop_marked(d, gone, to);
  free(to);
  free(gone);
  return DG_OK;
}
