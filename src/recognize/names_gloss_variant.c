/* A meeting's name written once with a gloss in parentheses inside it and once without it
 * (第6回ASEANプラス3(中日韓)エネルギー相会議, then 「第6回ASEANプラス3エネルギー相会議共同声明」)
 * names one meeting. Invariant: a meeting mention whose text is another meeting mention's
 * text less one parenthesised part strictly inside it (not at its end, where a gloss is the
 * name's acronym: gloss.c, names_coref.c) takes that mention's entity; nothing else
 * changes. Each glossed name's forms without a gloss go in a map once, so the pass is
 * linear in the mentions (a long document names thousands of meetings). */
#include <string.h>

#include "base/hmap.h"
#include "recognize/names_int.h"

#define GLOSS_MAX 30 /* bytes of a gloss between its parentheses */

/* Put into map the text of meeting mention i less each "(...)" strictly inside it (not at
 * its start or end, no "(" within, at most GLOSS_MAX bytes between), unless the map holds
 * that text already: the first mention written keeps it. 0, or -1 when memory runs out. */
static int put_forms(dgn_ctx *c, dg_hmap *map, uint32_t i) {
  const dg_mention *w = &c->d->ments[i];
  const char *t = c->t;
  char buf[DGN_MAX_NAME_BYTES];
  for (uint32_t q = w->start + 1; q < w->end; q++) {
    if (t[q] != '(') continue;
    uint32_t close = q + 1;
    while (close < w->end && t[close] != ')' && t[close] != '(') close++;
    if (close + 1 >= w->end || t[close] != ')' || close - q - 1 > GLOSS_MAX) continue;
    size_t n = (q - w->start) + (w->end - close - 1);
    if (n > sizeof buf) continue;
    memcpy(buf, t + w->start, q - w->start);
    memcpy(buf + (q - w->start), t + close + 1, w->end - close - 1);
    uint32_t *slot;
    if (dg_hmap_put(map, buf, n, i, &slot) < 0) return -1;
  }
  return 0;
}

static int glossable(const dg_mention *m) { return m->type == DG_TYPE_MEETING && !m->implicit; }

dg_err dgn_gloss_variants(dgn_ctx *c) {
  dg_doc *d = c->d;
  dg_hmap map;
  dg_hmap_init(&map);
  for (uint32_t k = 0; k < d->nments; k++)
    if (glossable(&d->ments[k]) && memchr(c->t + d->ments[k].start, '(',
                                          d->ments[k].end - d->ments[k].start) &&
        put_forms(c, &map, k) < 0) {
      c->oom = 1;
      break;
    }
  for (size_t i = 0; i < d->nments && map.n; i++) {
    dg_mention *g = &d->ments[i];
    if (!glossable(g)) continue;
    uint32_t *k = dg_hmap_get(&map, c->t + g->start, g->end - g->start);
    if (!k || *k == i || !strcmp(d->ments[*k].id, g->id)) continue;
    const dg_mention *w = &d->ments[*k];
    g->id = w->id, g->label = w->label, g->label_en = w->label_en;
    g->entity = w->entity, g->series = w->series;
  }
  dg_hmap_destroy(&map);
  return DG_OK;
}
