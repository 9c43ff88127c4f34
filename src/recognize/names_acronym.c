/* Acronyms and short forms a document defines in parentheses after a name:
 * "Blue Ocean Security Facility (BOSF)" makes every later BOSF a mention of that name;
 * 首脳共同宣言(東京宣言) makes 東京宣言, here and later, the declaration's short form; and
 * (英名: Japan-ASEAN Initiative for ...: JAMAS) gives the name its English label; a short
 * name defined with a word of definitions.tsv (以下「海洋対話」という) is the name wherever it
 * is written; a new name that is a learned acronym and its head (the AYAD Programme) is the
 * name the acronym stands for. An
 * acronym glossed inside a name (Island States (SIS) Initiative) names that name, and
 * one nobody defines takes the kind of a known name it is coordinated with (WHO and
 * COVAX).
 * Invariant: an acronym the dictionary knows is left to the dictionary, and an acronym is
 * learned once, from its first definition; it names only whole words outside other names. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "recognize/names_int.h"

/* The new names (no dictionary entity) of a type inside [a, z), but mention `skip`, in the
 * order the index visits them (at most 16). */
typedef struct {
  uint32_t a, z;
  dg_type type;
  size_t skip, n;
  size_t out[16];
} inside_q;

static int q_inside(const dg_mention *m, size_t i, void *arg) {
  inside_q *q = arg;
  if (i != q->skip && m->type == q->type && m->start >= q->a && m->end <= q->z && m->entity < 0 &&
      q->n < sizeof q->out / sizeof *q->out)
    q->out[q->n++] = i;
  return 0;
}

/* Is m a place whose name ends with a word of buildings.tsv (ドンチャンパレスホテル)? */
static int building_name(const dgn_ctx *c, const dg_mention *m) {
  return m->type == DG_TYPE_PLACE &&
         dg_wordlist_before(&c->r->buildings, c->t, m->start, m->end) >= 0;
}

/* Fills q; a building inside the parenthesis after a place that is none is the venue
 * inside it (ビエンチャン(ドンチャンパレスホテル)), not the place's other name: left out. */
static void new_names_inside(dgn_ctx *c, size_t skip, dg_type type, uint32_t a, uint32_t z,
                             inside_q *q) {
  *q = (inside_q){.a = a, .z = z, .type = type, .skip = skip};
  dgn_visit(c, a, q_inside, q);
  if (type != DG_TYPE_PLACE || building_name(c, &c->d->ments[skip])) return;
  size_t n = 0;
  for (size_t k = 0; k < q->n; k++)
    if (!building_name(c, &c->d->ments[q->out[k]])) q->out[n++] = q->out[k];
  q->n = n;
}

/* Give mention o the id and labels of mention m (and its entity when `entity`). */
static void point_at(dg_mention *o, const dg_mention *m, int entity) {
  o->id = m->id;
  o->label = m->label;
  o->label_en = m->label_en;
  if (entity) o->entity = m->entity;
}

/* The document's mentions grouped by id, kept while the definitions are read (no mention
 * is added then): a short form's other occurrences are its group, found without comparing
 * every id of the document. Built on the first short form. */
#define NONE UINT32_MAX
typedef struct {
  dg_hmap ids;                /* id -> group */
  DG_VEC(uint32_t) first;     /* by group: a mention of it, or NONE */
  uint32_t *next, *prev, *of; /* by mention: the group's list, its group */
  size_t n;                   /* mentions grouped; 0 before the first short form */
} id_groups;

static void unlink_mention(id_groups *G, uint32_t k) {
  if (G->prev[k] != NONE) G->next[G->prev[k]] = G->next[k];
  else G->first.v[G->of[k]] = G->next[k];
  if (G->next[k] != NONE) G->prev[G->next[k]] = G->prev[k];
}

static void link_mention(id_groups *G, uint32_t k, uint32_t g) {
  G->of[k] = g;
  G->prev[k] = NONE;
  G->next[k] = G->first.v[g];
  if (G->next[k] != NONE) G->prev[G->next[k]] = k;
  G->first.v[g] = k;
}

/* Group every mention of d by id; -1 when memory runs out. */
static int group_ids(id_groups *G, const dg_doc *d) {
  dg_hmap_init(&G->ids);
  G->next = malloc((d->nments + 1) * sizeof *G->next);
  G->prev = malloc((d->nments + 1) * sizeof *G->prev);
  G->of = malloc((d->nments + 1) * sizeof *G->of);
  if (!G->next || !G->prev || !G->of) return -1;
  for (uint32_t k = 0; k < d->nments; k++) {
    uint32_t *g;
    int put = dg_hmap_put(&G->ids, d->ments[k].id, strlen(d->ments[k].id),
                          (uint32_t)G->first.n, &g);
    if (put < 0 || (put && DG_PUSH(G->first, NONE))) return -1;
    link_mention(G, k, *g);
  }
  G->n = d->nments;
  return 0;
}

static void free_groups(id_groups *G) {
  if (G->n) dg_hmap_destroy(&G->ids);
  free(G->first.v);
  free(G->next);
  free(G->prev);
  free(G->of);
}

/* point_at for mention k of the document, m its mention i: k joins i's group. */
static void repoint(id_groups *G, dg_doc *d, uint32_t k, size_t i, int entity) {
  point_at(&d->ments[k], &d->ments[i], entity);
  if (!G->n) return;
  unlink_mention(G, k);
  link_mention(G, k, G->of[i]);
}

/* A new name of the same kind that fills the whole parenthesis [q, close) after mention i
 * is its short form (首脳共同宣言(東京宣言)): it and its other occurrences in the document
 * point at i's entity. Returns 0, or -1 when memory runs out. */
static int repoint_short_name(dgn_ctx *c, id_groups *G, size_t i, uint32_t q, uint32_t close) {
  dg_doc *d = c->d;
  while (q < close && c->t[q] == ' ') q++;
  while (close > q && c->t[close - 1] == ' ') close--;
  long in = -1;
  inside_q iq;
  new_names_inside(c, i, d->ments[i].type, q, close, &iq);
  for (size_t k = 0; k < iq.n; k++)
    if (d->ments[iq.out[k]].start == q && d->ments[iq.out[k]].end == close) in = (long)iq.out[k];
  if (in < 0 || !strcmp(d->ments[in].id, d->ments[i].id)) return 0;
  if (!G->n && group_ids(G, d)) return -1;
  for (uint32_t k = G->first.v[G->of[in]], nx; k != NONE; k = nx) {
    nx = G->next[k];
    if (k != i) repoint(G, d, k, i, 1);
  }
  return 0;
}

/* The parenthesis right after mention m (after a closing 」, a possessive and spaces):
 * 「政府安全保障能力強化支援」(OSA), Export Finance Australia's (EFA) package. Returns 1
 * with [*q, *close) inside it. */
static int paren_after(const dgn_ctx *c, const dg_mention *m, uint32_t *q, uint32_t *close) {
  const char *t = c->t;
  uint32_t p = m->end;
  if (dg_cp_at(t, c->len, p) == DGN_CP_CLOSE) p += 3;
  if (dg_lit(t, c->len, p, "'s ")) p += 2;
  else if (dg_lit(t, c->len, p, "\xE2\x80\x99s ")) p += 4; /* ’s */
  while (p < c->len && t[p] == ' ') p++;
  if (p >= c->len || t[p] != '(') return 0;
  *q = p + 1;
  *close = *q;
  while (*close < c->len && t[*close] != ')' && *close - *q < 200 && t[*close] != '\n') (*close)++;
  return *close < c->len && t[*close] == ')';
}

/* The acronym is the whole parenthesis, or its last part after ':', ',' or ';'
 * (英名: Japan-ASEAN ... : JASMINE), spaces left out: 1 with [*a, *z). A date there is
 * none: the Work Plan (FY2019) is the plan of that year. */
static int acronym_in(dgn_ctx *c, uint32_t q, uint32_t close, uint32_t *a, uint32_t *z) {
  const char *t = c->t;
  *a = q;
  for (uint32_t k = q; k < close; k++)
    if (t[k] == ':' || t[k] == ',' || t[k] == ';') *a = k + 1;
  while (*a < close && t[*a] == ' ') (*a)++;
  *z = close;
  while (*z > *a && t[*z - 1] == ' ') (*z)--;
  return dgn_is_acronym(t, *a, *z) && dgn_mention_exact(c, *a, *z, 1u << DG_TYPE_DATE) < 0;
}

/* A name of the same kind inside the parenthesis is the same entity's other name (英名:
 * Japan-ASEAN Initiative for ...: JAMAS): it points at mention i's entity, and gives it its
 * English label when it has none. */
static void other_names_inside(dgn_ctx *c, id_groups *G, size_t i, uint32_t q, uint32_t close) {
  dg_doc *d = c->d;
  inside_q iq;
  new_names_inside(c, i, d->ments[i].type, q, close, &iq);
  for (size_t k = 0; k < iq.n; k++) {
    dg_mention *o = &d->ments[iq.out[k]];
    if (!*d->ments[i].label_en && !dgn_has_script(c->t + o->start, o->end - o->start, DG_SC_KANJI))
      d->ments[i].label_en = dg_doc_strdup(d, c->t + o->start, o->end - o->start);
    repoint(G, d, (uint32_t)iq.out[k], i, 0);
  }
}

typedef struct {
  const char *acr;
  uint32_t len;
  size_t ment; /* the defining mention */
} learned;

typedef DG_VEC(learned) learned_list;

static int is_learned(const learned_list *L, const char *s, size_t n) {
  for (size_t k = 0; k < L->n; k++)
    if (L->v[k].len == n && !memcmp(L->v[k].acr, s, n)) return 1;
  return 0;
}

/* The quote marks a defined short name stands in: 「」『』“” and ASCII double quotes. */
static uint32_t closing_quote(uint32_t open) {
  switch (open) {
  case DGN_CP_OPEN: return DGN_CP_CLOSE;
  case DGN_CP_OPEN_DB: return DGN_CP_CLOSE_DB;
  case 0x201C: return 0x201D;
  case '"': return '"';
  default: return 0;
  }
}

/* A definition in the parenthesis [q, close): a word of definitions.tsv, then commas,
 * colons and lower-case words (referred to as), then a quoted short name, then a few
 * more characters (という。): 1 with the name's [*a, *z), an English "the" left out. */
static int definition_in(const dgn_ctx *c, uint32_t q, uint32_t close, uint32_t *a, uint32_t *z) {
  const char *t = c->t;
  long w = dg_wordlist_at(&c->r->definitions, t, close, q);
  if (w < 0) return 0;
  uint32_t p = q + c->r->definitions.w[w].len, cp = 0;
  while (p < close && ((cp = dg_cp_at(t, c->len, p)) == ' ' || cp == ',' || cp == ':' ||
                       cp == 0x3001 || (cp >= 'a' && cp <= 'z')))
    p += cp < 0x80 ? 1 : 3;
  uint32_t shut = p < close ? closing_quote(cp) : 0;
  if (!shut) return 0;
  *a = p + (cp < 0x80 ? 1 : 3);
  for (*z = *a; *z < close && dg_cp_at(t, c->len, *z) != shut;)
    *z += (uint32_t)dg_utf8_len(t + *z, t + c->len);
  if (*z >= close || close - *z > 24) return 0;
  if (*z - *a > 4 && !strncasecmp(t + *a, "the ", 4)) *a += 4;
  return *z > *a;
}

/* A short name the parenthesis after mention i defines (日メコン海洋対話(以下「海洋対話」
 * という。)): the name there and wherever the document writes it is i's entity; a name
 * another rule gave it (a dictionary's series, ADMMプラス) points at i, and the text is
 * learned, so its occurrences no rule found name i too. */
static int define_short_name(dgn_ctx *c, id_groups *G, size_t i, uint32_t q, uint32_t close,
                             learned_list *L) {
  dg_doc *d = c->d;
  uint32_t a, z;
  if (!definition_in(c, q, close, &a, &z) || dg_wordlist_find(&c->r->coref, c->t + a, z - a) >= 0)
    return 0; /* 以下「本協議」: a back reference (names_coref.c) */
  for (size_t k = 0; k < d->nments; k++) {
    dg_mention *o = &d->ments[k];
    if (k != i && o->end - o->start == z - a && !memcmp(c->t + o->start, c->t + a, z - a) &&
        ((ANY_NAMED & ~T(PERSON)) >> o->type & 1))
      repoint(G, d, (uint32_t)k, i, 1), o->type = d->ments[i].type;
  }
  if (is_learned(L, c->t + a, z - a)) return 0;
  learned l = {c->t + a, z - a, i};
  return DG_PUSH(*L, l) ? -1 : 0;
}

/* May the new acronym t[a, z) after mention m be m's own: any for a body or a program, for
 * a country or a place only the initials of its English name (New Caledonia (KLMT) names
 * a movement of the territory, not the territory). */
static int own_acronym(const dgn_ctx *c, const dg_mention *m, uint32_t a, uint32_t z) {
  if (m->type != DG_TYPE_COUNTRY && m->type != DG_TYPE_PLACE) return 1;
  return dgn_initials_of(c->t + m->start, m->end - m->start, c->t, a, z) ||
         (m->label_en && dgn_initials_of(m->label_en, strlen(m->label_en), c->t, a, z));
}

/* Mention i and what follows it: a short form, other names, an acronym to learn. */
static int define_after(dgn_ctx *c, id_groups *G, size_t i, learned_list *L) {
  const dg_mention *m = &c->d->ments[i];
  uint32_t q, close, a, z;
  if (!((ANY_NAMED >> m->type) & 1) || m->type == DG_TYPE_PERSON || !paren_after(c, m, &q, &close))
    return 0;
  if (define_short_name(c, G, i, q, close, L) || repoint_short_name(c, G, i, q, close)) return -1;
  if (!acronym_in(c, q, close, &a, &z)) return 0;
  other_names_inside(c, G, i, q, close);
  /* a name the dictionary knows: its long form is an alias of it, nothing to learn */
  if (dgn_mention_exact(c, a, z, ANY_NAMED) >= 0 || is_learned(L, c->t + a, z - a) ||
      !own_acronym(c, m, a, z))
    return 0;
  learned l = {c->t + a, z - a, i};
  return DG_PUSH(*L, l) ? -1 : 0;
}

/* An acronym glossed inside a new name, "Small Island States (SIS) Resilience
 * Initiative", "Plan of Action (PoA) to ...", names that name: returns 1 with [*a, *z),
 * the first such parenthesis only. */
static int acronym_inside(const dgn_ctx *c, const dg_mention *m, uint32_t *a, uint32_t *z) {
  const char *t = c->t;
  for (uint32_t k = m->start; k + 1 < m->end; k++) {
    if (t[k] != '(') continue;
    *a = k + 1;
    *z = *a;
    while (*z < m->end && t[*z] != ')') (*z)++;
    return *z + 1 < m->end && dgn_is_acronym(t, *a, *z);
  }
  return 0;
}

/* Mention i, a new name with an acronym glossed inside: the acronym to learn. */
static int define_inside(dgn_ctx *c, size_t i, learned_list *L) {
  const dg_mention *m = &c->d->ments[i];
  uint32_t a, z;
  if (!((NAME_TYPES >> m->type) & 1) || m->entity >= 0 || !acronym_inside(c, m, &a, &z) ||
      dgn_mention_exact(c, a, z, ANY_NAMED) >= 0 || is_learned(L, c->t + a, z - a))
    return 0;
  learned l = {c->t + a, z - a, i};
  return DG_PUSH(*L, l) ? -1 : 0;
}

/* English: the acronym t[a, z) of a meeting numbered by its definition's name (the 14th
 * Health Ministers Meeting (HMM)) written after another ordinal (the 13th HMM): that other
 * meeting of the series, over the ordinal and the acronym, its id and label the
 * definition's name with that ordinal. 1 when added, 0 when the acronym is not so written,
 * -1 when memory runs out. */
static int other_instance(dgn_ctx *c, const dg_mention *def, uint32_t a, uint32_t z) {
  const char *t = c->t;
  uint32_t q = a - 1, after, rest;
  if (def->type != DG_TYPE_MEETING || a < 2 || t[a - 1] != ' ' ||
      dgn_has_script(t + def->start, def->end - def->start, DG_SC_KANJI))
    return 0;
  while (q > 0 && dg_is_ascii_alnum((unsigned char)t[q - 1])) q--;
  int n = q < a - 1 ? dgn_ordinal_prefix(c, q, z, &after) : 0;
  int own = dgn_ordinal_prefix(c, def->start, def->end, &rest);
  if (n <= 0 || after != a || own <= 0 || own == n) return 0;
  char key[32], name[DGN_MAX_NAME_BYTES + 40];
  size_t k = dgn_ordinal_key(c, q, z, key, sizeof key, &after);
  int len = snprintf(name, sizeof name, "%.*s%.*s", (int)k, key, (int)(def->end - rest), t + rest);
  if (!k || len <= 0 || (size_t)len >= sizeof name) return 0;
  const char *id = dgn_mint_id(c, DG_TYPE_MEETING, name, (size_t)len);
  const char *label = dg_doc_strdup(c->d, name, (size_t)len);
  return id && label && dgn_add(c, DG_TYPE_MEETING, q, z, id, label, label, -1, 0) ? 1 : -1;
}

/* Every occurrence of a learned acronym as a whole word outside other names names the
 * entity of its definition, or another meeting of its series (other_instance). */
static dg_err name_occurrences(dgn_ctx *c, const learned *l, dg_error *err) {
  const char *t = c->t, *p = t;
  const dg_mention def = c->d->ments[l->ment];
  while ((p = memmem(p, c->len - (size_t)(p - t), l->acr, l->len))) {
    uint32_t a = (uint32_t)(p - t), z = a + l->len;
    p += l->len;
    if (dg_alnum_at(t, c->len, a - 1) || dg_alnum_at(t, c->len, z)) continue;
    if (dgn_overlaps(c, a, z, ANY_NAMED)) continue;
    int other = other_instance(c, &def, a, z);
    if (other < 0) return dg_error_set(err, DG_ENOMEM, "out of memory");
    if (other) continue;
    if (!dgn_add(c, def.type, a, z, def.id, def.label, def.label_en, def.entity, 0))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

/* ---- acronyms coordinated with known names ---- */

/* The separators of a coordination, as written: WHO and COVAX, WHO, COVAX, Gavi. */
static const char *const COORD[] = {", ", " and ", " or ", ", and "};

/* An acronym no one defined at t[a, ...): capitals and digits only, 2 to 8 of them, whole
 * word, outside every mention; returns its end, or a. */
static uint32_t bare_acronym(dgn_ctx *c, uint32_t a) {
  uint32_t z = a;
  while (z < c->len && z - a <= 8 && (dg_is_upper(c->t[z]) || dg_is_digit(c->t[z]))) z++;
  if (z - a < 2 || z - a > 8 || dg_alnum_at(c->t, c->len, z) || dg_alnum_at(c->t, c->len, a - 1) ||
      !dgn_is_acronym(c->t, a, z) || dgn_is_stop(c, a, z) || dgn_overlaps(c, a, z, ~0u))
    return a;
  return z;
}

/* The acronym right after mention m and a separator (WHO and | COVAX): [*a, *z), or 0. */
static int acronym_after(dgn_ctx *c, const dg_mention *m, uint32_t *a, uint32_t *z) {
  for (size_t k = 0; k < sizeof COORD / sizeof *COORD; k++) {
    size_t l = strlen(COORD[k]);
    if (m->end + l < c->len && !memcmp(c->t + m->end, COORD[k], l)) {
      *a = m->end + (uint32_t)l;
      *z = bare_acronym(c, *a);
      if (*z > *a) return 1;
    }
  }
  return 0;
}

/* An acronym no one defined, coordinated with a known organization or program right
 * before it, is a name of that kind (including WHO and COVAX; WHO, COVAX, Gavi): it is
 * learned, so its other occurrences name it too. */
static dg_err coordinated(dgn_ctx *c, learned_list *L, dg_error *err) {
  for (size_t i = 0; i < c->d->nments; i++) {
    const dg_mention m = c->d->ments[i]; /* a copy: adding moves the mentions */
    uint32_t a, z;
    if ((m.type != DG_TYPE_ORGANIZATION && m.type != DG_TYPE_PROGRAM) ||
        !acronym_after(c, &m, &a, &z) || is_learned(L, c->t + a, z - a))
      continue;
    if (!dgn_add_minted(c, m.type, a, z)) return dg_error_set(err, DG_ENOMEM, "out of memory");
    learned l = {c->t + a, z - a, c->d->nments - 1};
    if (DG_PUSH(*L, l)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

/* A new name that is a learned acronym and a head word of its kind (the AYAD Programme,
 * after the Australian Youth Ambassadors for Development (AYAD) programme) is the name
 * the acronym stands for. */
static void acronym_and_head(dgn_ctx *c, const learned_list *L) {
  dg_doc *d = c->d;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *o = &d->ments[i];
    for (size_t k = 0; k < L->n && o->entity < 0 && !o->implicit; k++) {
      const learned *l = &L->v[k];
      const dg_mention *def = &d->ments[l->ment];
      uint32_t h = o->start + l->len + 1;
      if (def->type != o->type || h >= o->end || memcmp(c->t + o->start, l->acr, l->len) ||
          c->t[h - 1] != ' ')
        continue;
      long w = dg_wordlist_find(&c->r->heads, c->t + h, o->end - h);
      if (w >= 0 && c->r->heads.w[w].as.head.type == o->type) point_at(o, def, 1);
    }
  }
}

dg_err dgn_acronyms(dgn_ctx *c, dg_error *err) {
  learned_list L = {0};
  dg_err e = DG_OK;
  size_t n0 = c->d->nments;
  id_groups G = {0};
  for (size_t i = 0; i < n0 && e == DG_OK; i++)
    if (define_after(c, &G, i, &L) || define_inside(c, i, &L))
      e = dg_error_set(err, DG_ENOMEM, "out of memory");
  free_groups(&G);
  for (size_t k = 0; k < L.n && e == DG_OK; k++) e = name_occurrences(c, &L.v[k], err);
  if (e == DG_OK) acronym_and_head(c, &L);
  size_t l0 = L.n;
  if (e == DG_OK) e = coordinated(c, &L, err);
  for (size_t k = l0; k < L.n && e == DG_OK; k++) e = name_occurrences(c, &L.v[k], err);
  free(L.v);
  return e;
}
