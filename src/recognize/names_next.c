/* The next meeting of a series, named apart from the series and from the document's own
 * meeting (Japanese): a word of next_meetings.tsv (次回), maybe の, then
 *  - a meeting's name (次回のX会合): the next meeting of that series;
 *  - a meeting's head alone (次回会合, 次回の会議): the next meeting of the document's own;
 * none before a name with its number (次回第20回総会: that meeting).
 * English, after "next" (a whole word): a meeting's name (the next Ocean Forum), a meeting's
 * head, " of " (maybe "the") and a name (the next meeting of the Council and Conference), a head alone
 * (the next Meeting: the own meeting's next), the article left out.
 * When the document's own meeting is the Nth instance of a dictionary series
 * (meeting:SERIES:N, names_ordinal.c) and the next one is of that series, it is instance
 * N+1 (the same node as that meeting's own documents); else its id is scoped to the
 * document (names_unnamed.c), so no two series or documents share a "next meeting". The
 * mention keeps the written surface.
 * Invariant: a series' name inside the next meeting gives way to it (DG_TYPE_STOP); no
 * mention is added over another name. */
#include <stdlib.h>
#include <string.h>

#include "recognize/names_int.h"

/* The document's own meeting: the first meeting mention in text order that is an instance
 * of a dictionary series, its number in *ord; -1 when there is none. */
static long own_instance(const dgn_ctx *c, int *ord) {
  long best = -1;
  for (size_t k = 0; k < c->d->nments; k++) {
    const dg_mention *m = &c->d->ments[k];
    if (m->type != DG_TYPE_MEETING || m->series <= 0 || !m->id) continue;
    if (best < 0 || m->start < c->d->ments[best].start) best = (long)k;
  }
  if (best < 0) return -1;
  const char *colon = strrchr(c->d->ments[best].id, ':');
  *ord = colon ? atoi(colon + 1) : 0;
  return *ord > 0 ? best : -1;
}

/* The end of a meeting's head of heads.tsv (会合, 会議) that ends the compound of name
 * tokens at q (会合, 南洋漁業大臣会議), or q: no name inside it. */
static uint32_t bare_head_end(dgn_ctx *c, uint32_t q) {
  uint32_t e = q, z = q;
  for (long k = dg_doc_token_at(c->d, q); k >= 0; k = dg_doc_token_after(c->d, k, q + 90)) {
    const dg_token *tk = dg_tok(c->d, (uint32_t)k);
    if (tk->start != e || !dgn_name_token(c, tk)) break;
    e = tk->end;
    for (uint32_t h = q; h < e; h++) {
      long w = dg_wordlist_at(&c->r->heads, c->t, e, h);
      if (w >= 0 && c->r->heads.w[w].as.head.type == DG_TYPE_MEETING &&
          h + c->r->heads.w[w].len == e)
        z = e;
    }
  }
  return z > q && !dgn_overlaps(c, q, z, ANY_NAMED) ? z : q;
}

/* Add the meeting [a, z): instance `ord` of the own series when `own` >= 0, else one of
 * the document's own, its id from the text. 0, or -1 without memory. */
static int add_meeting(dgn_ctx *c, long own, int ord, uint32_t a, uint32_t z, dg_error *err) {
  if (own >= 0) {
    long ent = (long)c->d->ments[own].series - 1;
    return dgn_record_instance_of(c, ord, a, z, ent, err) == DG_OK ? 0 : -1;
  }
  const char *id, *label, *stem = dgn_mint_id(c, DG_TYPE_MEETING, c->t + a, z - a);
  if (!stem || dgn_doc_scoped(c, stem, a, z, &id, &label)) return -1;
  return dgn_add(c, DG_TYPE_MEETING, a, z, id, label, label, -1, 0) ? 0 : -1;
}

/* 次回[の] at p (the word of next_meetings.tsv ending at q): the next meeting, if named or
 * a head alone follows. *z: where it ends (p when none). */
static int next_at(dgn_ctx *c, long own, int ord, uint32_t p, uint32_t q, uint32_t *z,
                   dg_error *err) {
  if (dg_lit(c->t, c->len, q, "\xE3\x81\xAE")) q += 3; /* の */
  *z = p;
  if (dg_lit(c->t, c->len, q, "\xE7\xAC\xAC")) return 0; /* 次回第20回総会: named by number */
  long m = dgn_mention_starting(c, q, 1u << DG_TYPE_MEETING);
  if (m >= 0) {
    dg_mention *sm = &c->d->ments[m];
    int same = own >= 0 && sm->series > 0 && sm->series == c->d->ments[own].series;
    same |= own >= 0 && sm->entity >= 0 && sm->entity + 1 == c->d->ments[own].series;
    *z = sm->end;
    sm->type = DG_TYPE_STOP; /* the series gives way to its next meeting */
    return add_meeting(c, same ? own : -1, ord + 1, p, *z, err);
  }
  uint32_t e = bare_head_end(c, q);
  if (e == q) return 0;
  *z = e;
  return add_meeting(c, own, ord + 1, p, e, err);
}

/* The end of the English meeting head (heads.tsv, any case, no plural) at q, or q. */
static uint32_t en_head_end(const dgn_ctx *c, uint32_t q) {
  uint32_t e = q;
  while (e < c->len && dg_is_ascii_alnum((unsigned char)c->t[e])) e++;
  long h = e > q ? dg_wordlist_find(&c->r->heads, c->t + q, e - q) : -1;
  return h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_MEETING && c->t[e - 1] != 's' ? e
                                                                                          : q;
}

/* English "next " at p, the name or head at q: as next_at. */
static int en_next_at(dgn_ctx *c, long own, int ord, uint32_t p, uint32_t q, uint32_t *z,
                      dg_error *err) {
  *z = p;
  long m = dgn_mention_starting(c, q, 1u << DG_TYPE_MEETING);
  uint32_t e = m < 0 ? en_head_end(c, q) : q;
  if (m < 0 && e > q && dg_lit(c->t, c->len, e, " of ")) {
    uint32_t n = e + 4 + (dg_lit(c->t, c->len, e + 4, "the ") ? 4 : 0);
    m = dgn_mention_starting(c, n, 1u << DG_TYPE_MEETING);
    if (m < 0) return 0; /* the next meeting of ministers: no name */
  }
  if (m >= 0) {
    dg_mention *sm = &c->d->ments[m];
    int same = own >= 0 && sm->entity >= 0 && sm->entity + 1 == c->d->ments[own].series;
    *z = sm->end;
    sm->type = DG_TYPE_STOP;
    return add_meeting(c, same ? own : -1, ord + 1, p, *z, err);
  }
  if (e == q || !dg_is_upper(c->t[q]) || dgn_overlaps(c, q, e, ANY_NAMED))
    return 0; /* a head alone in capitals (the next Meeting), not the next week */
  *z = e;
  return add_meeting(c, own, ord + 1, p, e, err);
}

/* Is the word of next_meetings.tsv at [p, e) a whole English word followed by a space (or
 * a Japanese one)? */
static int next_word(const dgn_ctx *c, uint32_t p, uint32_t e, int *latin) {
  *latin = dg_is_ascii_alnum((unsigned char)c->t[p]);
  if (!*latin) return 1;
  return (p == 0 || !dg_is_ascii_alnum((unsigned char)c->t[p - 1])) && e < c->len &&
         c->t[e] == ' ';
}

dg_err dgn_next_meetings(dgn_ctx *c, dg_error *err) {
  int ord = 0;
  long own = own_instance(c, &ord);
  const dg_wordlist *l = &c->r->next_meetings;
  for (uint32_t p = 0; (p = (uint32_t)dg_wordlist_next(l, c->t, c->len, p)) < c->len; p++) {
    uint32_t z = p;
    int bad = 0;
    long w = dg_wordlist_at(l, c->t, c->len, p);
    uint32_t e = w >= 0 ? p + (uint32_t)l->w[w].len : p;
    int latin = 0;
    if (w >= 0 && next_word(c, p, e, &latin) && !dgn_overlaps(c, p, e, ANY_NAMED))
      bad = latin ? en_next_at(c, own, ord, p, e + 1, &z, err) : next_at(c, own, ord, p, e, &z, err);
    if (bad) return dg_error_set(err, DG_ENOMEM, "out of memory");
    if (z > p) p = z - 1;
  }
  return DG_OK;
}
