/* A speech's title: a title block that names a meeting, a person and a word of
 * speech_words.tsv (挨拶, スピーチ, remarks) says that person spoke at the meeting, and so
 * took part in it.
 *   日・太平洋島嶼国首脳会合 山田総理挨拶 -> participates_in(山田, 首脳会合)
 *   Remarks by Prime Minister Sato Kenji at the Mekong-Japan Summit -> the same
 * Invariant: only a title block (a heading, or a short block that ends no sentence) is
 * read, and only when it names one person and at least one meeting. */
#include <stdint.h>
#include <string.h>

#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Does sentence s hold a word of speech_words.tsv (a Latin one whole)? */
static int has_speech_word(const dg_rel_ctx *c, uint32_t s) {
  const dg_sentence *se = &c->d->sents[s];
  for (uint32_t i = se->start; i < se->end; i++)
    if (dg_rel_whole_word(&c->r->speech_words, c->d->text, se->end, i)) return 1;
  return 0;
}

void dg_rel_speech_title(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  long person = -1;
  if (!dg_rel_title_block(c->d, c->d->sents[s].block) || !has_speech_word(c, s)) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_PERSON) continue;
    if (person >= 0 && strcmp(c->d->ments[person].id, m->id)) return; /* two people */
    person = (long)i;
  }
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && person >= 0; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING)
      dg_rel_add(c, kind, (uint32_t)person, i, s);
}
