/* Table rows: in a row that names a meeting, a cell holding just a date gives the meeting
 * held_on that date, and a cell holding just a place gives it held_in that place; a cell
 * of places alone (a country and its city: インドネシア（ジャカルタ）, Jakarta, Indonesia)
 * gives its city.
 *   2月10日 | フィリピン | 日ASEANデジタル大臣会合
 *     -> held_on(会合, 02-10), held_in(会合, フィリピン)
 * A list item that opens with a date (a chronology's row: 1997年1月 第1回サミット 於:東京)
 * gives the one meeting it names that date.
 * Invariant: a cell counts only when its mentions fill at least half of it, so a date or
 * a country named in a remark column is no venue. */
#include <stdint.h>

#include "input/lines.h"
#include "relate/ties.h"

/* The mention a cell of sentence s stands for, or -1: its only mention, or of a cell that
 * names only places, the city (the first that is no country); *filled: the bytes its
 * mentions cover. *meeting takes the first meeting seen when it is still -1. */
static long only_in_cell(const dg_rel_ctx *c, uint32_t s, const dg_span *cell, long *meeting,
                         uint32_t *filled) {
  long only = -1, city = -1;
  int count = 0, places = 0;
  *filled = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->start < cell->start || m->end > cell->end) continue;
    if (m->type == DG_TYPE_MEETING && *meeting < 0) *meeting = (long)i;
    if (dg_rel_is_type(m, DG_REL_PLACES)) places++;
    if (m->type == DG_TYPE_PLACE && city < 0) city = (long)i;
    only = (long)i;
    count++;
    *filled += m->end - m->start;
  }
  if (count > 1 && places == count) return city;
  return count == 1 ? only : -1;
}

/* The ties of the part of a table row in sentence s (a row is one sentence unless its
 * text ends sentences inside). */
static void table_row(dg_rel_ctx *c, uint32_t s, const dg_block *b) {
  const dg_doc *d = c->d;
  long date = -1, place = -1, meeting = -1;
  for (uint32_t k = 0; k < b->ncells; k++) {
    const dg_span *cell = &d->cells[b->cell0 + k];
    uint32_t filled;
    long only = only_in_cell(c, s, cell, &meeting, &filled);
    if (only < 0 || filled * 2 < cell->end - cell->start) continue;
    const dg_mention *m = &d->ments[only];
    if (m->type == DG_TYPE_DATE && date < 0) date = only;
    else if (dg_rel_is_type(m, DG_REL_PLACES) && place < 0) place = only;
  }
  if (meeting < 0) return;
  if (date >= 0) dg_rel_add(c, DG_REL_HELD_ON, (uint32_t)meeting, (uint32_t)date, s);
  if (place >= 0) dg_rel_add(c, DG_REL_HELD_IN, (uint32_t)meeting, (uint32_t)place, s);
}

/* A chronology's row (a list item that opens with its date and ends no sentence:
 * input/structure.c's dated_item makes one of each line of "1997年1月 第1回サミット
 * 於:東京"): that date to the one meeting the item names, when it names one and its date
 * is the item's first words. An item that is a sentence is left to its verbs. */
static void chronology_row(dg_rel_ctx *c, uint32_t s, const dg_block *b) {
  const dg_doc *d = c->d;
  long date = -1, meeting = -1;
  if (dg_line_ends_sentence(d->text, b->start, b->end)) return; /* a sentence: its verbs tell */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i]) continue;
    if (date < 0 && m->type == DG_TYPE_DATE && m->start == b->start) date = (long)i;
    if (m->type != DG_TYPE_MEETING) continue;
    if (meeting >= 0) return; /* two meetings: whose date is not told */
    meeting = (long)i;
  }
  if (date >= 0 && meeting >= 0)
    dg_rel_add(c, DG_REL_HELD_ON, (uint32_t)meeting, (uint32_t)date, s);
}

void dg_rel_table_rows(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  for (size_t s = 0; s < d->nsents; s++) {
    const dg_block *b = &d->blocks[d->sents[s].block];
    if (b->kind == DG_BLOCK_TABLE_ROW && b->ncells >= 2) table_row(c, (uint32_t)s, b);
    else if (b->kind == DG_BLOCK_LIST_ITEM && d->sents[s].start == b->start)
      chronology_row(c, (uint32_t)s, b);
  }
}
