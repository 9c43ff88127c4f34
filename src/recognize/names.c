/* Names no dictionary lists, found by rule (see names.h): the driver, which runs the rule
 * families of names_*.c from one table.
 *
 * Invariant: every mention added here either names a new entity with an id minted from
 * its normalized text (meeting:第5回日メコン外相会議), or points at an entity the document
 * already names (an acronym it defined, a person's short name, 本会合); it never changes
 * the dictionary's entities. All word lists come from dicts/rules/.
 *
 * Order matters and is fixed: people first (a name by head word never swallows a person:
 * Commandant SATO Hiroshi of the Japan Coast Guard) but a release's label taken for one
 * (MEDIA RELEASE, dropped with what gave way), then dictionary names written with a
 * space inside (before the ordinals, which make their instances), countries whose plural
 * name lost its s before an apostrophe s (Solomon Island's), then dictionary meetings
 * written with their group moved out (ASEAN's 44th summit), then names by head word (they may
 * contain dictionary names, which give way), then acronyms defined after a name, short
 * names of people, a body attended as its meeting, places, a meeting's outcome documents
 * named only by their kind (a Joint Statement), then by a description (approved the annual
 * work plan for 2027), and back references, each seeing the mentions added before it.
 * Between phases the driver drops what gave way and sorts the mentions; the party rule's
 * meetings are sorted in before the English head-word rule, which reads a sentence's
 * mentions in text order. */
#include "recognize/names.h"

#include "recognize/names_int.h"

/* What the driver does after a family: nothing, drop the mentions that gave way to longer
 * names (end of the head-word phase), sort the mentions (references need them sorted,
 * and the stage hands them on sorted), or both (a next meeting over its series). */
enum { AFTER_NOTHING, AFTER_TIDY, AFTER_SORT, AFTER_BOTH };

typedef dg_err family_fn(dgn_ctx *c, dg_error *err);

static const struct {
  const char *name;
  family_fn *run;
  int after;
} families[DG_NAMES_NFAMILIES] = {
    [DG_NAMES_JA_PEOPLE] = {"ja_people", dgn_ja_people, AFTER_NOTHING},
    [DG_NAMES_VN_PEOPLE] = {"vn_people", dgn_vn_people, AFTER_NOTHING},
    [DG_NAMES_EN_PEOPLE] = {"en_people", dgn_en_people, AFTER_NOTHING},
    [DG_NAMES_CAPS_PEOPLE] = {"caps_people", dgn_en_caps_people, AFTER_NOTHING},
    [DG_NAMES_LABELS] = {"labels", dgn_release_labels, AFTER_NOTHING},
    [DG_NAMES_SPACED] = {"spaced", dgn_spaced_names, AFTER_NOTHING},
    [DG_NAMES_POSSESSIVES] = {"possessives", dgn_possessive_countries, AFTER_NOTHING},
    [DG_NAMES_ORDINALS] = {"ordinals", dgn_ordinal_instances, AFTER_NOTHING},
    [DG_NAMES_REORDERED] = {"reordered", dgn_reordered_meetings, AFTER_NOTHING},
    [DG_NAMES_JA_HEADS] = {"ja_heads", dgn_ja_heads, AFTER_NOTHING},
    [DG_NAMES_JA_QUOTED] = {"ja_quoted", dgn_ja_quoted, AFTER_NOTHING},
    [DG_NAMES_EN_PARTIES] = {"en_parties", dgn_party_meetings, AFTER_SORT},
    [DG_NAMES_EN_HEADS] = {"en_heads", dgn_en_heads, AFTER_TIDY},
    [DG_NAMES_ACRONYMS] = {"acronyms", dgn_acronyms, AFTER_NOTHING},
    [DG_NAMES_PARTNERED] = {"partnered", dgn_partnered_meetings, AFTER_TIDY},
    [DG_NAMES_MERGE_PEOPLE] = {"merge_people", dgn_merge_people, AFTER_NOTHING},
    [DG_NAMES_OFFICE_PEOPLE] = {"office_people", dgn_people_in_office, AFTER_NOTHING},
    [DG_NAMES_FOREIGN_ORGS] = {"foreign_orgs", dgn_foreign_orgs, AFTER_NOTHING},
    [DG_NAMES_SHORT_FORMS] = {"short_forms", dgn_short_forms, AFTER_NOTHING},
    [DG_NAMES_BODIES] = {"bodies", dgn_attended_bodies, AFTER_NOTHING},
    [DG_NAMES_PLACES] = {"places", dgn_places, AFTER_SORT},
    [DG_NAMES_OUTCOME] = {"outcome", dgn_outcome_documents, AFTER_SORT},
    [DG_NAMES_OUTCOME_DESCRIBED] = {"outcome_described", dgn_described_outcomes, AFTER_SORT},
    [DG_NAMES_DESCRIBED] = {"described", dgn_described_meetings, AFTER_BOTH},
    [DG_NAMES_COREF] = {"coref", dgn_coreference, AFTER_SORT},
};

const char *dg_names_family_name(dg_names_family f) {
  return (unsigned)f < DG_NAMES_NFAMILIES ? families[f].name : "";
}

/* Drop the mentions that gave way to longer names (marked as stops). */
static void tidy(dg_doc *d) {
  size_t o = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type != DG_TYPE_STOP) d->ments[o++] = d->ments[i];
  d->nments = o;
}

dg_err dg_names_run(const dg_recognizer *rz, dg_doc *d, unsigned want, dg_error *err) {
  dgn_ctx c = {.rz = rz, .r = rz->rules, .d = d, .t = d->text, .len = d->len};
  dg_err e = DG_OK;
  for (size_t f = 0; f < DG_NAMES_NFAMILIES && e == DG_OK; f++) {
    if ((want >> f) & 1) e = families[f].run(&c, err);
    if (e != DG_OK || families[f].after == AFTER_NOTHING) continue;
    if (families[f].after != AFTER_SORT) tidy(d);
    if (families[f].after != AFTER_TIDY) dg_doc_sort_mentions(d);
    dgn_index_free(&c.ix); /* the mentions moved */
  }
  dgn_index_free(&c.ix);
  dgn_warn_bounds(&c);
  if (e == DG_OK && c.oom) e = dg_error_set(err, DG_ENOMEM, "out of memory");
  return e;
}

dg_err dg_names_find(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  return dg_names_run(rz, d, DG_NAMES_ALL, err);
}
