/* People named by their family name alone, resolved by the office they held when the text
 * speaks: President Marcos or マルコス大統領 in a 2024 document is Ferdinand Marcos Jr.
 * (in office since 2022), in a 1975 one Ferdinand Marcos; 福田総理 in 2008 is 福田康夫.
 * The time is the dates of the mention's sentence, else the document's own date; the
 * offices are the `terms=` of people.tsv (true terms of heads of state and government),
 * the office the title next to the name says (office_titles.tsv: 大統領, President).
 * Invariant: only a person no dictionary lists and no merge gave a full name (a minted
 * family name) changes, and only to the one listed person of that family name who held
 * the title's office at that time; a name without such a title (福田大使, Mr Tanaka), no
 * time, no such person or two of them leave it as it is. The same name elsewhere in the
 * document without a title (Marcos said) follows its titled mention. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/hmap.h"
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

/* Did listed person e hold `office` at some day of sp? */
static int in_office(const dg_entity *e, const char *office, span sp) {
  dg_term ts[MAX_TERMS];
  int n = dg_entity_terms(e, ts, MAX_TERMS);
  for (int i = 0; i < n && i < MAX_TERMS; i++)
    if (!strcmp(ts[i].office, office) && ts[i].from <= sp.last &&
        (!ts[i].to || ts[i].to >= sp.first))
      return 1;
  return 0;
}

/* The office the title beside mention m names: right after a Japanese name (マルコス大統領),
 * right before an English one and a space (President Marcos); NULL without one. */
static const char *office_of(const dgn_ctx *c, const dg_mention *m) {
  const dg_wordlist *l = &c->r->office_titles;
  long w;
  if (!dgn_is_latin(c->t + m->start, m->end - m->start)) {
    w = dg_wordlist_at(l, c->t, c->len, m->end);
    return w >= 0 && l->w[w].as.title.side == DG_SIDE_AFTER ? l->w[w].code : NULL;
  }
  if (m->start < 2 || c->t[m->start - 1] != ' ') return NULL;
  w = dg_wordlist_before(l, c->t, 0, m->start - 1);
  return w >= 0 && l->w[w].as.title.side == DG_SIDE_BEFORE ? l->w[w].code : NULL;
}

/* The one listed person of family name s[0, n) who held `office` at some day of the
 * spans; -1 when none did, or two did. */
static long person_in_office(const dg_dict *dict, const char *s, size_t n, const char *office,
                             const span *sp, size_t nsp) {
  long found = -1;
  int latin = dgn_is_latin(s, n);
  for (size_t i = 0; i < dg_dict_count(dict); i++) {
    const dg_entity *e = dg_dict_entity(dict, i);
    if (e->type != DG_TYPE_PERSON || e->replaced || !strstr(e->attrs, "terms=")) continue;
    if (latin ? !latin_word_of(e->label_en, s, n) : !japanese_part_of(e->label_ja, s, n))
      continue;
    int at = 0;
    for (size_t k = 0; k < nsp && !at; k++) at = in_office(e, office, sp[k]);
    if (!at) continue;
    if (found >= 0) return -1;
    found = (long)i;
  }
  return found;
}

/* The document's dates by sentence (then mention order): a mention's time is looked up,
 * not found by a pass over every mention. */
typedef struct {
  uint32_t sentence, i;
} dated;

typedef struct {
  dated *v;
  size_t n;
} date_index;

static int cmp_dated(const void *x, const void *y) {
  const dated *a = x, *b = y;
  if (a->sentence != b->sentence) return a->sentence < b->sentence ? -1 : 1;
  return (a->i > b->i) - (a->i < b->i);
}

/* -1 when memory runs out. */
static int index_dates(const dg_doc *d, date_index *di) {
  di->n = 0;
  di->v = malloc((d->nments + 1) * sizeof *di->v);
  if (!di->v) return -1;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_DATE && d->ments[i].sentence != UINT32_MAX)
      di->v[di->n++] = (dated){d->ments[i].sentence, (uint32_t)i};
  qsort(di->v, di->n, sizeof *di->v, cmp_dated);
  return 0;
}

/* The time mention m speaks of, into sp (at most max): the dates of its sentence, else the
 * document's date. Returns how many spans. */
static size_t time_of(const dg_doc *d, const date_index *di, const dg_mention *m, span *sp,
                      size_t max) {
  size_t n = 0, lo = 0, hi = di->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (di->v[mid].sentence < m->sentence) lo = mid + 1;
    else hi = mid;
  }
  for (size_t k = lo; m->sentence != UINT32_MAX && k < di->n && n < max &&
                      di->v[k].sentence == m->sentence; k++) {
    const dg_mention *x = &d->ments[di->v[k].i];
    span s = {dg_when_day(&x->when), dg_when_last_day(&x->when)};
    if (s.first) sp[n++] = s;
  }
  if (!n && dg_when_known(&d->date)) {
    span s = {dg_when_day(&d->date), dg_when_last_day(&d->date)};
    if (s.first) sp[n++] = s;
  }
  return n;
}

/* The listed person titled mention m is (-1: none): a minted family name alone, with an
 * office's title, held by one listed person of that name at its time. */
static long titled_person(dgn_ctx *c, const date_index *di, const dg_mention *m) {
  const char *s = m->label, *office;
  size_t n = strlen(s), nsp;
  span sp[16];
  if (m->type != DG_TYPE_PERSON || m->entity >= 0 || !family_name_alone(s, n) ||
      !(office = office_of(c, m)) || !(nsp = time_of(c->d, di, m, sp, 16)))
    return -1;
  return person_in_office(c->rz->dict, s, n, office, sp, nsp);
}

/* Each id's one listed person, from the titled mentions (who[k] >= 0): agreed[v] for the
 * id at value v of ids, -1 when two people are named. The untitled mentions of that id
 * take it (a lookup each: a pass over the mentions for each would be quadratic in a long
 * document). -1 when memory runs out. */
static int agree_by_id(const dg_doc *d, const long *who, dg_hmap *ids, long **agreed) {
  DG_VEC(long) v = {0};
  for (size_t k = 0; k < d->nments; k++) {
    if (who[k] < 0) continue;
    uint32_t *slot;
    int r = dg_hmap_put(ids, d->ments[k].id, strlen(d->ments[k].id), (uint32_t)v.n, &slot);
    if (r < 0 || (r == 1 && DG_PUSH(v, who[k]))) {
      free(v.v);
      return -1;
    }
    if (r == 0 && v.v[*slot] != who[k]) v.v[*slot] = -1;
  }
  *agreed = v.v;
  return 0;
}

/* President Marcos (2024) -> Ferdinand Marcos Jr.: each minted family name with an
 * office's title becomes the one listed person of that name holding it at its time, and so
 * does the same minted name elsewhere in the document (Marcos said) when its titled
 * mentions agree. */
dg_err dgn_people_in_office(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  long *who = malloc((d->nments + 1) * sizeof *who);
  if (!who) return dg_error_set(err, DG_ENOMEM, "out of memory");
  date_index di;
  if (index_dates(d, &di)) {
    free(who);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  for (size_t i = 0; i < d->nments; i++) who[i] = titled_person(c, &di, &d->ments[i]);
  free(di.v);
  dg_hmap ids;
  long *agreed = NULL;
  dg_hmap_init(&ids);
  if (agree_by_id(d, who, &ids, &agreed)) {
    dg_hmap_destroy(&ids);
    free(who);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  for (size_t i = 0; i < d->nments; i++) {
    const uint32_t *v = who[i] < 0 && d->ments[i].type == DG_TYPE_PERSON && d->ments[i].entity < 0
                            ? dg_hmap_get(&ids, d->ments[i].id, strlen(d->ments[i].id))
                            : NULL;
    if (v) who[i] = agreed[*v];
  }
  for (size_t i = 0; i < d->nments; i++)
    if (who[i] >= 0) dgn_take_entity(c, &d->ments[i], who[i]);
  dg_hmap_destroy(&ids);
  free(agreed);
  free(who);
  return DG_OK;
}
