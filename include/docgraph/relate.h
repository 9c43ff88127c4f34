/* Relations: how the names of a document are tied, each with the sentence that says so and
 * the rule that read it there (dg_relation.rule, the `rule` of every edge).
 *
 * Co-occurrence comes in units (--scope): a sentence (default), a block, or a paragraph
 * with the list items and table rows under it; besides, every list item and table row is
 * tied to the entities of the heading or lead line it hangs under. Implicit mentions (the
 * 日 of 日ASEAN, 本会合) take part unless --implicit ignore.
 * Typed relations are read clause by clause: a sentence is cut into clauses (Japanese at a
 * comma after a predicate, English at which, while, ;) and each name plays a part in its
 * clause, read from the word next to it (は topic, に続いて after, under owner:
 * dicts/rules/roles.tsv). Trigger words (dicts/rules/triggers.tsv) tie the names of their
 * clause: a holding verb holds one meeting (the one its verb ending modifies, else its
 * topic, subject or object, never one it follows), whose dates and venue are the clause's
 * (東京において第13回…会合を開催; The Forum was held in Manila on 5 May); the actors of a
 * clause of taking part take part in the meeting it speaks of; a chair, a program announced
 * or adopted likewise. Without a verb: a meeting's parenthesis (…首脳会議（2024年10月10日、
 * ビエンチャン）), the run after an English meeting name (the Summit in Jakarta on 6 May;
 * the Meeting among A, B and C), a date before a Japanese one (昨年11月の首脳会談), table rows
 * (a date cell and a place cell give the row's meeting held_on and held_in). Amounts go to
 * the program their clause gives the money to or through, else a meeting of the clause, the
 * programs just before, the lead line, a body that provides it, the section title. Where a
 * clause about a meeting names none (議長は…が務め), the meeting the document's title names
 * is meant. Each rule is one function in src/relate/, run from the tables of
 * relate/ties.h. */
#ifndef DOCGRAPH_RELATE_H
#define DOCGRAPH_RELATE_H

#include "docgraph/doc.h"
#include "docgraph/rules.h"

/* The most entities a unit of co-occurrence ties (and a list item with the line it hangs
 * under): past them, a unit's other entities co-occur with nothing there, with a warning;
 * their mentions are kept. */
#define DG_MAX_UNIT_ENTITIES 256

typedef enum dg_scope { DG_SCOPE_SENTENCE = 0, DG_SCOPE_PARAGRAPH, DG_SCOPE_BLOCK } dg_scope;

/* "sentence", "paragraph", "block"; returns 0 on success. */
int dg_scope_parse(const char *name, dg_scope *out);

/* Whether implicit mentions (日 in 日ASEAN, 我が国, 本会合: marked `implicit` in the
 * mentions) count for co-occurrence, and so for centrality. Counting is the default: 日ASEAN
 * does say that Japan is a party, and a Japanese text often names its own country only as
 * 我が国; ignoring them keeps a country that is in every compound name from ranking first
 * for that alone. Typed relations read from the text are kept either way. */
typedef enum dg_implicit { DG_IMPLICIT_COUNT = 0, DG_IMPLICIT_IGNORE } dg_implicit;

typedef struct dg_relate_opts {
  dg_scope scope;
  dg_implicit implicit;
  const struct dg_dict *dict; /* the entities' attributes (a group's members), or NULL */
} dg_relate_opts;

/* Fill d->units, d->unit_ments and d->rels from d's mentions and blocks. */
dg_err dg_relate(const dg_rules *r, const dg_relate_opts *o, dg_doc *d, dg_error *err);

#endif
