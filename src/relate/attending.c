/* Attendance a release states around a person with no trigger word of its own clause:
 *   "...," said Trade Minister A during the X Dialogue.      -> participates_in(A, X)
 *   "...," said A, who is in Suva to attend the X Meeting and the Y Dialogue.
 *       -> participates_in(A, X), participates_in(A, Y), held_in(X, Suva), held_in(Y, Suva)
 * A person named elsewhere in the document with a possessive country before a title
 * (Chile's Trade Minister A) takes part with that country.
 * Invariant: the person is named right after "said" (maybe past a title, no comma between)
 * and the meeting right after "during" (maybe "the"); or the person ends right before
 * ", who is in" (was in, will be in), a place, " to attend" and the meetings after it. */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "relate/ties.h"

/* The country that owns a title before person p anywhere in the document: a country
 * mention, a possessive, then words in capitals only (a title) up to a mention of the same
 * person (Chile's Trade Minister Ana Ruiz); -1 when none. */
static long possessive_country(const dg_rel_ctx *c, uint32_t p) {
  const dg_doc *d = c->d;
  const char *t = d->text, *id = d->ments[p].id;
  for (uint32_t i = 0; i + 1 < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_COUNTRY) continue;
    size_t n = dg_possessive_at(t, d->len, m->end);
    if (!n) continue;
    uint32_t q = m->end + (uint32_t)n;
    for (uint32_t k = i + 1; k < d->nments && d->ments[k].start < q + 60; k++) {
      const dg_mention *x = &d->ments[k];
      if (c->nested[k] || x->start < q) continue;
      if (x->type != DG_TYPE_PERSON || strcmp(x->id, id)) break;
      int ok = q < x->start && t[q] == ' ';
      for (uint32_t z = q; ok && z < x->start; z++) /* capitalised words, spaces */
        ok = t[z] == ' ' ? 1 : z > q && t[z - 1] == ' ' ? dg_is_upper(t[z]) : dg_is_ascii_alnum((unsigned char)t[z]) || t[z] == '-';
      if (ok) return (long)i;
      break;
    }
  }
  return -1;
}

static void attend(dg_rel_ctx *c, uint32_t s, uint32_t p, uint32_t m, int with_country) {
  dg_rel_add(c, DG_REL_PARTICIPATES_IN, p, m, s);
  long k = with_country ? possessive_country(c, p) : -1;
  if (k >= 0) dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)k, m, s);
}

/* "said A during the X": A takes part in X. */
static void said_during(dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_PERSON || !dg_lit(t, se->end, m->end, " during "))
      continue;
    int said = 0;
    for (uint32_t q = m->start; q > se->start && m->start - q < 60; q--) {
      if (t[q - 1] == ',' || t[q - 1] == '.' || t[q - 1] == ';') break;
      if (dg_lit_before(t, q, "said ") && (q == se->start + 5 || !dg_is_ascii_alnum((unsigned char)t[q - 6]))) {
        said = 1;
        break;
      }
    }
    uint32_t q = m->end + 8;
    if (dg_lit(t, se->end, q, "the ")) q += 4;
    long x = said ? dg_rel_mention_at(c, s, q, 0, dg_rel_is_meeting) : -1;
    if (x >= 0) attend(c, s, i, (uint32_t)x, 1);
  }
}

/* "A, who is in P to attend X, Y and Z": A takes part in each, each is held in P. */
static void in_place_to_attend(dg_rel_ctx *c, uint32_t s) {
  static const char *const be[] = {", who is in ", ", who was in ", ", who will be in "};
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_PERSON) continue;
    uint32_t q = 0;
    for (size_t k = 0; k < sizeof be / sizeof *be && !q; k++)
      if (dg_lit(t, se->end, m->end, be[k])) q = m->end + (uint32_t)strlen(be[k]);
    if (!q) continue;
    long pl = -1;
    for (uint32_t k = i + 1; k < c->sent_end[s] && pl < 0; k++)
      if (!c->nested[k] && c->d->ments[k].start == q &&
          (c->d->ments[k].type == DG_TYPE_PLACE || c->d->ments[k].type == DG_TYPE_COUNTRY))
        pl = (long)k;
    if (pl < 0) continue;
    uint32_t z = c->d->ments[pl].end;
    if (dg_lit(t, se->end, z, ", ")) { /* Suva, Fiji */
      for (uint32_t k = (uint32_t)pl + 1; k < c->sent_end[s]; k++)
        if (!c->nested[k] && c->d->ments[k].start == z + 2 && c->d->ments[k].type == DG_TYPE_COUNTRY)
          z = c->d->ments[k].end;
    }
    if (!dg_lit(t, se->end, z, " to attend ")) continue;
    for (uint32_t k = (uint32_t)pl + 1; k < c->sent_end[s]; k++) {
      const dg_mention *x = &c->d->ments[k];
      if (c->nested[k] || x->start < z) continue;
      if (x->type != DG_TYPE_MEETING) break; /* the list of meetings ends */
      attend(c, s, i, k, 1);
      dg_rel_add(c, DG_REL_HELD_IN, k, (uint32_t)pl, s);
    }
  }
}

void dg_rel_attending(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  (void)kind;
  if (!dg_rel_latin(c, s)) return;
  said_during(c, s);
  in_place_to_attend(c, s);
}
