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

typedef struct dg_recognizer {
  const dg_dict *dict;
  const dg_matcher *matcher;
  const dg_rules *rules;
} dg_recognizer;

dg_err dg_recognize(const dg_recognizer *rz, dg_doc *d, dg_error *err);

/* The id and labels of an amount (exposed for tests and the merge step). */
void dg_amount_labels(const dg_rules *r, const char *currency, dg_decimal v, char *label_ja,
                      size_t nja, char *label_en, size_t nen);

#endif
