/* People named by their family name alone, resolved by the office they held when the text
 * speaks: President Marcos or マルコス大統領 in a 2024 document is Ferdinand Marcos Jr.
 * (in office since 2022), in a 1975 one Ferdinand Marcos; 福田総理 in 2008 is 福田康夫.
 * The time is the dates of the mention's sentence, else the document's own date; the
 * offices are the `terms=` of people.tsv (true terms of heads of state and government).
 * Invariant: only a person no dictionary lists and no merge gave a full name (a minted
 * family name) changes, and only to the one listed person of that family name whose terms
 * meet the time; no time, no such person or two of them leave it as it is. */
#include <string.h>
#include <strings.h>

#include "docgraph/period.h"
#include "recognize/names_int.h"

enum { MAX_TERMS = 8 };

/* The days [first, last] (yyyymmdd) a mention's time spans. */
typedef struct {
  int32_t first, last;
} span;

/* Is the Latin name s[0, n) a whole word of label l (Marcos of Ferdinand Marcos Jr.)? */
static int latin_word_of(const char *l, const char *s, size_t n) {
  size_t ll = strlen(l);
  for (size_t i = 0; i + n <= ll; i++)
    if ((i == 0 || l[i - 1] == ' ') && (i + n == ll || l[i + n] == ' ') &&
        !strncasecmp(l + i, s, n))
      return 1;
  return 0;
}

/* Is the Japanese name s[0, n) the family name of label l: a part between ・ of a foreign
 * name (マルコス of フェルディナンド・マルコス・ジュニア), or the start of a Japanese one
 * (福田 of 福田康夫)? */
static int japanese_part_of(const char *l, const char *s, size_t n) {
  size_t ll = strlen(l);
  if (!strstr(l, DGN_DOT)) return n < ll && !memcmp(l, s, n);
  for (size_t i = 0; i + n <= ll; i++)
    if ((i == 0 || (i >= 3 && !memcmp(l + i - 3, DGN_DOT, 3))) &&
        (i + n == ll || !memcmp(l + i + n, DGN_DOT, 3)) && !memcmp(l + i, s, n))
      return 1;
  return 0;
}

/* Is the mention's text a family name alone: one Latin word, or Japanese without ・ or a
 * space? */
static int family_name_alone(const char *s, size_t n) {
  if (!n || memchr(s, ' ', n)) return 0;
  if (dgn_is_latin(s, n)) return 1;
  for (size_t i = 0; i + 3 <= n; i++)
    if (!memcmp(s + i, DGN_DOT, 3)) return 0;
  return 1;
}

/* Was listed person e in office at some day of sp? */
static int in_office(const dg_entity *e, span sp) {
  dg_term ts[MAX_TERMS];
  int n = dg_entity_terms(e, ts, MAX_TERMS);
  for (int i = 0; i < n && i < MAX_TERMS; i++)
    if (ts[i].from <= sp.last && (!ts[i].to || ts[i].to >= sp.first)) return 1;
  return 0;
}

/* The one listed person of family name s[0, n) in office at some day of the spans; -1
 * when none is, or two are. */
static long person_in_office(const dg_dict *dict, const char *s, size_t n, const span *sp,
                             size_t nsp) {
  long found = -1;
  int latin = dgn_is_latin(s, n);
  for (size_t i = 0; i < dg_dict_count(dict); i++) {
    const dg_entity *e = dg_dict_entity(dict, i);
    if (e->type != DG_TYPE_PERSON || e->replaced || !strstr(e->attrs, "terms=")) continue;
    if (latin ? !latin_word_of(e->label_en, s, n) : !japanese_part_of(e->label_ja, s, n))
      continue;
    int at = 0;
    for (size_t k = 0; k < nsp && !at; k++) at = in_office(e, sp[k]);
    if (!at) continue;
    if (found >= 0) return -1;
    found = (long)i;
  }
  return found;
}

/* The time mention m speaks of, into sp (at most max): the dates of its sentence, else the
 * document's date. Returns how many spans. */
static size_t time_of(const dg_doc *d, const dg_mention *m, span *sp, size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < d->nments && n < max; i++) {
    const dg_mention *x = &d->ments[i];
    if (x->type != DG_TYPE_DATE || m->sentence == UINT32_MAX || x->sentence != m->sentence)
      continue;
    span s = {dg_when_day(&x->when), dg_when_last_day(&x->when)};
    if (s.first) sp[n++] = s;
  }
  if (!n && dg_when_known(&d->date)) {
    span s = {dg_when_day(&d->date), dg_when_last_day(&d->date)};
    if (s.first) sp[n++] = s;
  }
  return n;
}

/* President Marcos (2024) -> Ferdinand Marcos Jr.: each minted family name alone becomes
 * the one listed person of that name in office at its time. */
dg_err dgn_people_in_office(dgn_ctx *c, dg_error *err) {
  (void)err;
  dg_doc *d = c->d;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *m = &d->ments[i];
    if (m->type != DG_TYPE_PERSON || m->entity >= 0) continue;
    const char *s = m->label;
    size_t n = strlen(s);
    span sp[16];
    size_t nsp;
    if (!family_name_alone(s, n) || !(nsp = time_of(d, m, sp, 16))) continue;
    long ent = person_in_office(c->rz->dict, s, n, sp, nsp);
    if (ent < 0) continue;
    dgn_take_entity(c, m, ent);
  }
  return DG_OK;
}
