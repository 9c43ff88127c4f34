/* A release's label (release_labels.tsv: MEDIA RELEASE, Press Statement) heads its first
 * line beside the minister's title and name, in capitals like a name, so the people rules
 * take it for one (MEDIA RELEASE | MINISTER FOR FOREIGN AFFAIRS ...). A person whose whole
 * text is such a label gives way.
 * Invariant: only a person mention is dropped (its type becomes DG_TYPE_STOP, gone when
 * the driver tidies), and only one that is a label, whole, in any case. */
#include "recognize/names_int.h"

dg_err dgn_release_labels(dgn_ctx *c, dg_error *err) {
  (void)err;
  for (size_t i = 0; i < c->d->nments; i++) {
    dg_mention *m = &c->d->ments[i];
    if (m->type == DG_TYPE_PERSON &&
        dg_wordlist_find(&c->r->release_labels, c->t + m->start, m->end - m->start) >= 0)
      m->type = DG_TYPE_STOP;
  }
  return DG_OK;
}
