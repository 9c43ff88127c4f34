/* A body attended is its meeting: "will travel to the Cook Islands to attend the Pacific
 * Islands Forum from 29 August", 「国連総会に出席」. A group or organization whose name ends
 * in a word of meeting_bodies.tsv (Forum, Assembly, フォーラム, 総会) and that a word of
 * attend_before.tsv or attend_after.tsv makes the object of attending stands there for the
 * body's meeting, so the sentence's place, dates and participants tie to a meeting rather
 * than to the body. The mention becomes a meeting named as the body is in English (its
 * Japanese name as the label where it has one): meeting:pacific-islands-forum, one node
 * whichever language the documents are in. A body "held" (the Committee on Plastic
 * Pollution, held from 4 to 6 June) is its session likewise, whatever its name, and a name
 * no dictionary lists that is held becomes a meeting of the same name.
 * A body whose name ends in a word of session_bodies.tsv (Council) and is followed by " of "
 * and a day (the Foreign Affairs Council of 22 June 2015) names its session that day: a
 * meeting too.
 * Invariant: only the mentions attended, held or so dated change, and only their type, id and
 * labels; the body's other mentions stay the body's (its members, its secretariat). */
#include <string.h>

#include "base/scan.h"
#include "recognize/names_int.h"

/* Does a word of attend_before.tsv end right before m (one space, "the " between)? */
static int attended_after_verb(const dgn_ctx *c, const dg_mention *m) {
  size_t p = m->start;
  if (p >= 4 && dg_lit_before(c->t, p, "the ")) p -= 4;
  if (p < 2 || c->t[p - 1] != ' ') return 0;
  p--;
  const dg_wordlist *l = &c->r->attend_before;
  for (size_t min = 0;;) { /* the longest word ending at p that starts a word, else a shorter */
    long w = dg_wordlist_before(l, c->t, min, p);
    if (w < 0) return 0;
    size_t a = p - l->w[w].len;
    if (a == 0 || !dg_is_ascii_alnum((unsigned char)c->t[a - 1])) return 1;
    min = a + 1;
  }
}

/* Where m ends, past an acronym in parentheses right after it (太平洋諸島フォーラム(PIF)). */
static size_t end_past_gloss(const dgn_ctx *c, const dg_mention *m) {
  size_t e = m->end;
  if (e < c->len && c->t[e] == '(') {
    const char *close = memchr(c->t + e, ')', c->len - e < 24 ? c->len - e : 24);
    if (close) e = (size_t)(close - c->t) + 1;
  }
  return e;
}

/* Does a word of attend_after.tsv follow m, right after it or after an acronym in
 * parentheses (国連総会に出席, 太平洋諸島フォーラム(PIF)に出席)? */
static int attended_before_verb(const dgn_ctx *c, const dg_mention *m) {
  return dg_wordlist_at(&c->r->attend_after, c->t, c->len, end_past_gloss(c, m)) >= 0;
}

/* Does the name end in a word of meeting_bodies.tsv: an English word as a whole word of
 * the English name, a Japanese one at the end of the Japanese name? */
static int meets(const dgn_ctx *c, const dg_entity *e) {
  const dg_wordlist *l = &c->r->meeting_bodies;
  for (size_t k = 0; k < l->n; k++) {
    const dg_word *w = &l->w[k];
    int latin = (unsigned char)w->s[0] < 0x80;
    const char *name = latin ? e->label_en : e->label_ja;
    size_t n = strlen(name);
    if (n < w->len || memcmp(name + n - w->len, w->s, w->len) != 0) continue;
    if (!latin || n == w->len || name[n - w->len - 1] == ' ') return 1;
  }
  return 0;
}

/* Mention m, of body e, as the body's meeting; 0, or -1 when memory runs out. */
static int as_meeting(dgn_ctx *c, dg_mention *m, const dg_entity *e) {
  const char *name = *e->label_en ? e->label_en : e->label_ja;
  m->type = DG_TYPE_MEETING;
  if (dgn_rename(c, m, name, strlen(name))) return -1;
  if (m->entity < 0 && *e->label_ja) m->label = e->label_ja, m->label_en = e->label_en;
  return 0;
}

/* The same body's acronym in parentheses right after m (太平洋諸島フォーラム(PIF)), or -1. */
static long gloss_of(dgn_ctx *c, const dg_mention *m) {
  if (m->end >= c->len || c->t[m->end] != '(') return -1;
  long k = dgn_mention_starting(c, m->end + 1, T(GROUP) | T(ORGANIZATION));
  if (k < 0) return -1;
  const dg_mention *g = &c->d->ments[k];
  return g->entity == m->entity && g->end < c->len && c->t[g->end] == ')' ? k : -1;
}

/* Is m held: ", held" or " held" and a preposition after it (the Committee on Plastic
 * Pollution, held from 4 to 6 June), or a word of held_after.tsv (委員会が開催され)? A body
 * held is its session, whatever its name. */
static int held_after(const dgn_ctx *c, const dg_mention *m) {
  static const char *const held[] = {" held in ", " held on ", " held at ", " held from ",
                                     " held over ", " held between "};
  uint32_t p = m->end < c->len && c->t[m->end] == ',' ? m->end + 1 : m->end;
  for (size_t k = 0; k < sizeof held / sizeof *held; k++)
    if (dg_lit(c->t, c->len, p, held[k])) return 1;
  return dg_wordlist_at(&c->r->held_after, c->t, c->len, end_past_gloss(c, m)) >= 0 &&
         dgn_ja_ordinal_before(c, m->start) == m->start; /* 第82回|国会: the session's name */
}

/* A name no dictionary lists, held (see held_after): a meeting of the same name. */
static int minted_held(dgn_ctx *c, dg_mention *m) {
  m->type = DG_TYPE_MEETING;
  return dgn_rename(c, m, c->t + m->start, m->end - m->start);
}

/* English: is m a body named by a word of session_bodies.tsv as its last word, followed
 * by " of " and a date with its day (the Foreign Affairs Council of 22 June 2015: the
 * Council's session that day)? */
static int dated_session(dgn_ctx *c, const dg_mention *m) {
  const dg_wordlist *l = &c->r->session_bodies;
  uint32_t a = m->end;
  while (a > m->start && c->t[a - 1] != ' ') a--;
  if (dg_wordlist_find(l, c->t + a, m->end - a) < 0 || !dg_lit(c->t, c->len, m->end, " of "))
    return 0;
  long d = dgn_mention_starting(c, m->end + 4, T(DATE));
  return d >= 0 && c->d->ments[d].when.prec == DG_DATE_DAY;
}

/* Mention m as the session of the body it names (see dated_session), named as the body
 * is in English; 0, or -1 when memory runs out. */
static int as_session(dgn_ctx *c, dg_mention *m) {
  const char *name = m->label_en && *m->label_en ? m->label_en : m->label;
  m->type = DG_TYPE_MEETING;
  return dgn_rename(c, m, name, strlen(name));
}

dg_err dgn_attended_bodies(dgn_ctx *c, dg_error *err) {
  for (size_t i = 0; i < c->d->nments; i++) {
    dg_mention *m = &c->d->ments[i];
    if ((m->type == DG_TYPE_GROUP || m->type == DG_TYPE_ORGANIZATION) && !m->implicit &&
        dated_session(c, m) && as_session(c, m))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    if ((m->type != DG_TYPE_GROUP && m->type != DG_TYPE_ORGANIZATION) || m->implicit) continue;
    int held = held_after(c, m);
    if (m->entity < 0) {
      if (held && minted_held(c, m)) return dg_error_set(err, DG_ENOMEM, "out of memory");
      continue;
    }
    const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)m->entity);
    if (!held && (!meets(c, e) || !(attended_after_verb(c, m) || attended_before_verb(c, m))))
      continue;
    long g = gloss_of(c, m);
    if (as_meeting(c, m, e) || (g >= 0 && as_meeting(c, &c->d->ments[g], e)))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}
