/* Recognition: mentions out of a segmented document.
 * Dictionary matches (stop entries dropped), Japan compounds (日ASEAN, 日・キルギス, 日米豪
 * with abbr1 abbreviations; 17日 and 本日 stay days), amounts, quantities and dates, each
 * with its entity id: dictionary ids as they are, minted ids for values
 * (amount:JPY:40000000000, date:2024-01-30, quantity:people:5000). Also finds the
 * document's own date (the first full date near the top) and dates the month-day mentions
 * with its year. */
#ifndef DOCGRAPH_RECOGNIZE_H
#define DOCGRAPH_RECOGNIZE_H

#include "docgraph/dict.h"
#include "docgraph/match.h"
#include "docgraph/rules.h"

/* The Japanese labels of the dictionary's people, for dg_person_prefix_of
 * (recognize/person_prefixes.c). */
typedef struct dg_person_prefixes dg_person_prefixes;

typedef struct dg_recognizer {
  const dg_dict *dict;
  const dg_matcher *matcher;
  const dg_rules *rules;
  const dg_person_prefixes *persons; /* of dict, or NULL: every entity is looked at */
} dg_recognizer;

/* Index the Japanese labels of dict's people (not replaced); free with
 * dg_person_prefixes_free. */
dg_err dg_person_prefixes_new(const dg_dict *dict, dg_person_prefixes **out, dg_error *err);
void dg_person_prefixes_free(dg_person_prefixes *p);
/* Is s[0, n) (n > 0, no NUL in it) the start of a longer indexed label? */
int dg_person_prefix_of(const dg_person_prefixes *p, const char *s, size_t n);

dg_err dg_recognize(const dg_recognizer *rz, dg_doc *d, dg_error *err);

/* The id and labels of an amount (exposed for tests and the merge step). */
void dg_amount_labels(const dg_rules *r, const char *currency, dg_decimal v, char *label_ja,
                      size_t nja, char *label_en, size_t nen);

#endif
