/* Relations: how the names of a document are tied, each with the sentence that says so.
 *
 * Co-occurrence comes in units (--scope): a sentence (default), a block, or a paragraph
 * with the list items and table rows under it; besides, every list item and table row is
 * tied to the entities of the heading or lead line it hangs under. Typed relations come
 * from trigger words of dicts/rules/triggers.tsv between names of the right kinds in one
 * sentence (東京において第13回…会合を開催 gives held_in and held_on; 会合において…大臣が
 * 提示した「…イニシアティブ」 gives announced_at), from a meeting's parenthesis
 * (…首脳会議（2024年10月10日、ビエンチャン）), from table rows (a date cell and a place cell
 * give the row's meeting held_on and held_in) and, for amounts, from the nearest program or
 * meeting in the sentence, its block or the block it hangs under. Where a sentence about a
 * meeting names none (議長は…が務め), the meeting the document is about is meant.
 * Each rule is one function in src/relate/, run from the tables of relate/ties.h. */
#ifndef DOCGRAPH_RELATE_H
#define DOCGRAPH_RELATE_H

#include "docgraph/doc.h"
#include "docgraph/rules.h"

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
} dg_relate_opts;

/* Fill d->units, d->unit_ments and d->rels from d's mentions and blocks. */
dg_err dg_relate(const dg_rules *r, const dg_relate_opts *o, dg_doc *d, dg_error *err);

#endif
