/* A meeting's name written once with a gloss in parentheses inside it and once without it
 * (第6回ASEANプラス3(中日韓)エネルギー相会議, then 「第6回ASEANプラス3エネルギー相会議共同声明」)
 * names one meeting. Invariant: a meeting mention whose text is another meeting mention's
 * text less one parenthesised part strictly inside it (not at its end, where a gloss is the
 * name's acronym: gloss.c, names_coref.c) takes that mention's entity; nothing else
 * changes. */
#include <string.h>

#include "recognize/names_int.h"

#define GLOSS_MAX 30 /* bytes of a gloss between its parentheses */

/* Is the text of g the text of w with one "(...)" strictly inside w removed? */
static int without_gloss(const dgn_ctx *c, const dg_mention *w, const dg_mention *g) {
  const char *t = c->t;
  uint32_t nw = w->end - w->start, ng = g->end - g->start;
  if (nw <= ng + 2 || nw - ng - 2 > GLOSS_MAX) return 0;
  uint32_t p = 0; /* the common head */
  while (p < ng && t[w->start + p] == t[g->start + p]) p++;
  if (p == 0 || p >= ng || t[w->start + p] != '(') return 0;
  uint32_t q = w->start + p, close = q + 1;
  while (close < w->end && t[close] != ')' && t[close] != '(') close++;
  if (close + 1 >= w->end || t[close] != ')') return 0; /* no ')', or it ends the name */
  return close + 1 - q == nw - ng && !memcmp(t + close + 1, t + g->start + p, ng - p);
}

dg_err dgn_gloss_variants(dgn_ctx *c) {
  dg_doc *d = c->d;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *g = &d->ments[i];
    if (g->type != DG_TYPE_MEETING || g->implicit) continue;
    for (size_t k = 0; k < d->nments; k++) {
      const dg_mention *w = &d->ments[k];
      if (k == i || w->type != DG_TYPE_MEETING || w->implicit || !strcmp(w->id, g->id) ||
          !without_gloss(c, w, g))
        continue;
      g->id = w->id, g->label = w->label, g->label_en = w->label_en;
      g->entity = w->entity, g->series = w->series;
      break;
    }
  }
  return DG_OK;
}
