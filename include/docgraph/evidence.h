/* Evidence: the sentences of a document that name an entity, or that tie two, each with
 * the kind of tie it shows. What `docgraph evidence` prints. */
#ifndef DOCGRAPH_EVIDENCE_H
#define DOCGRAPH_EVIDENCE_H

#include <stddef.h>

#include "docgraph/doc.h"

/* One piece of evidence in a document: a sentence, and the tie it shows (DG_REL_COUNT
 * for a sentence that only mentions the entity). */
typedef struct dg_evidence {
  dg_rel_kind kind;
  uint32_t sentence;
} dg_evidence;

/* Does a mention name the entity given as an id, a label (ASCII case ignored) or an id
 * without its type (jpn for country:JPN)? */
int dg_mention_is(const dg_mention *m, const char *id_or_label);

/* The evidence in d (after dg_relate) for entity a alone (every sentence naming it) or for
 * the ties of a and b (co-occurring units, typed relations either way), in text order,
 * each sentence and kind once. The caller frees *out. */
dg_err dg_doc_evidence(const dg_doc *d, const char *a, const char *b, dg_evidence **out,
                       size_t *n, dg_error *err);

#endif
