#define _GNU_SOURCE /* memmem */
/* Names no dictionary lists, found by rule (see names.h).
 *
 * Invariant: every mention added here either names a new entity with an id minted from
 * its normalized text (meeting:第5回日メコン外相会議), or points at an entity the document
 * already names (an acronym it defined, a person's short name, 本会合); it never changes
 * the dictionary's entities. All word lists come from dicts/rules/.
 *
 * Order matters and is fixed: names by head word (they may contain dictionary names),
 * then acronyms defined after a name, then people, places and back references, each
 * seeing the mentions added before it. */
#include "recognize/names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/rules_lists.h"
#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"

#define MAX_NAME_TOKENS 14
#define MAX_NAME_BYTES 240
#define MAX_EN_WORDS 14

static const char DOT[] = "\xE3\x83\xBB"; /* ・ */

/* Mentions by sentence, so a question about a span looks at its own sentence only. The
 * mentions added since the last build are looked at one by one until there are enough of
 * them to build again. */
typedef struct {
  uint32_t *idx;   /* mention indices grouped by sentence */
  uint32_t *first; /* group of sentence s: idx[first[s] .. first[s+1]); last group: none */
  size_t ngroups;
  size_t built;    /* mentions indexed */
} mindex;

typedef struct {
  const dg_recognizer *rz;
  dg_doc *d;
  const char *t;
  size_t len;
  mindex ix;
  int oom;
} ctx;

static void ix_free(mindex *ix) {
  free(ix->idx);
  free(ix->first);
  memset(ix, 0, sizeof *ix);
}

static void ix_build(ctx *c) {
  dg_doc *d = c->d;
  mindex *ix = &c->ix;
  ix_free(ix);
  ix->ngroups = d->nsents + 1;
  ix->first = calloc(ix->ngroups + 1, sizeof *ix->first);
  ix->idx = malloc((d->nments ? d->nments : 1) * sizeof *ix->idx);
  if (!ix->first || !ix->idx) {
    ix_free(ix);
    c->oom = 1;
    return;
  }
  for (size_t i = 0; i < d->nments; i++) {
    uint32_t s = d->ments[i].sentence;
    ix->first[(s < d->nsents ? s : d->nsents) + 1]++;
  }
  for (size_t g = 0; g < ix->ngroups; g++) ix->first[g + 1] += ix->first[g];
  uint32_t *fill = malloc(ix->ngroups * sizeof *fill);
  if (!fill) {
    ix_free(ix);
    c->oom = 1;
    return;
  }
  memcpy(fill, ix->first, ix->ngroups * sizeof *fill);
  for (size_t i = 0; i < d->nments; i++) {
    uint32_t s = d->ments[i].sentence;
    ix->idx[fill[s < d->nsents ? s : d->nsents]++] = (uint32_t)i;
  }
  free(fill);
  ix->built = d->nments;
}

/* Call f on every mention that may overlap text offset `at`'s sentence; stops when f
 * returns nonzero and returns that value. */
typedef int (*visit_fn)(const dg_mention *m, size_t i, void *arg);
static int visit(ctx *c, uint32_t at, visit_fn f, void *arg) {
  dg_doc *d = c->d;
  if (!c->ix.first || d->nments - c->ix.built > 64) ix_build(c);
  if (!c->ix.first) { /* out of memory: look at everything */
    for (size_t i = 0; i < d->nments; i++)
      if (f(&d->ments[i], i, arg)) return 1;
    return 0;
  }
  long s = dg_doc_sentence_at(d, at);
  size_t g = s < 0 ? d->nsents : (size_t)s;
  for (uint32_t k = c->ix.first[g]; k < c->ix.first[g + 1]; k++) {
    uint32_t i = c->ix.idx[k];
    if (i < d->nments && f(&d->ments[i], i, arg)) return 1;
  }
  for (size_t i = c->ix.built; i < d->nments; i++)
    if (f(&d->ments[i], i, arg)) return 1;
  return 0;
}

/* ---- small text helpers ---- */


/* Is the span all katakana (with ー and ・)? */
static int all_katakana(const char *s, size_t n) {
  size_t i = 0;
  if (!n) return 0;
  while (i < n) {
    uint32_t cp;
    int l = dg_utf8_decode(s + i, s + n, &cp);
    if (!l) return 0;
    if (dg_script_of(cp) != DG_SC_KATAKANA && cp != 0x30FB) return 0;
    i += (size_t)l;
  }
  return 1;
}

static int has_script(const char *s, size_t n, dg_script sc) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int l = dg_utf8_decode(s + i, s + n, &cp);
    if (!l) l = 1;
    else if (dg_script_of(cp) == sc) return 1;
    i += (size_t)l;
  }
  return 0;
}

/* The id key of a name: ASCII lower-cased, spaces as '-', quote marks dropped
 * (program:tokyo-declaration, meeting:第5回日メコン外相会議). */
static const char *mint_id(ctx *c, dg_type type, const char *s, size_t n) {
  dg_buf b;
  dg_buf_init(&b);
  /* the dictionary's prefixes: org:, not organization: */
  dg_buf_adds(&b, type == DG_TYPE_ORGANIZATION ? "org" : dg_type_name(type));
  dg_buf_addc(&b, ':');
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int l = dg_utf8_decode(s + i, s + n, &cp);
    if (!l) l = 1;
    if (cp == ' ') {
      if (b.len && b.data[b.len - 1] != '-' && b.data[b.len - 1] != ':') dg_buf_addc(&b, '-');
    } else if (cp == '"' || cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F)
      ; /* drop */
    else if (cp < 0x80) dg_buf_addc(&b, (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp));
    else dg_buf_add(&b, s + i, (size_t)l);
    i += (size_t)l;
  }
  const char *id = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_destroy(&b);
  return id;
}

static dg_mention *add(ctx *c, dg_type type, uint32_t a, uint32_t z, const char *id,
                       const char *label, const char *label_en, int32_t entity, int implicit) {
  dg_mention m;
  memset(&m, 0, sizeof m);
  m.start = a;
  m.end = z;
  m.type = type;
  m.id = id;
  m.label = label;
  m.label_en = label_en ? label_en : "";
  m.entity = entity;
  m.implicit = (uint8_t)implicit;
  return dg_doc_add_mention(c->d, &m);
}

static dg_mention *add_minted(ctx *c, dg_type type, uint32_t a, uint32_t z) {
  const char *s = c->t + a;
  size_t n = z - a;
  /* A name the dictionary knows, found by a rule where the dictionary match gave way to a
   * longer one around it (「中央アジア+日本」対話 inside the name of its declaration). */
  long ent = dg_dict_find_surface(c->rz->dict, s, n);
  if (ent >= 0) {
    const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)ent);
    if (e->type == type)
      return add(c, type, a, z, e->id, *e->label_ja ? e->label_ja : e->label_en, e->label_en,
                 (int32_t)ent, 0);
  }
  const char *id = mint_id(c, type, s, n);
  const char *label = dg_doc_strdup(c->d, s, n);
  if (!id || !label) return NULL;
  /* An English name is its own English label. */
  int latin = !has_script(s, n, DG_SC_KANJI) && !has_script(s, n, DG_SC_KATAKANA) &&
              !has_script(s, n, DG_SC_HIRAGANA);
  return add(c, type, a, z, id, label, latin ? label : "", -1, 0);
}

/* ---- looking up the mentions found so far ---- */

typedef struct {
  uint32_t a, z, types;
  long best;
  const dg_doc *d;
} query;

static int q_exact(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  if (m->start == q->a && m->end == q->z && ((q->types >> m->type) & 1)) {
    q->best = (long)i;
    return 1;
  }
  return 0;
}

static int q_ending(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  if (m->end == q->z && ((q->types >> m->type) & 1) &&
      (q->best < 0 || m->start < q->d->ments[q->best].start))
    q->best = (long)i;
  return 0;
}

static int q_starting(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  if (m->start == q->a && ((q->types >> m->type) & 1) &&
      (q->best < 0 || m->end > q->d->ments[q->best].end))
    q->best = (long)i;
  return 0;
}

static int q_overlap(const dg_mention *m, size_t i, void *arg) {
  query *q = arg;
  (void)i;
  return m->start < q->z && q->a < m->end && ((q->types >> m->type) & 1);
}

/* Index of a mention of a type in `types` (bits) with exactly this span, or -1. */
static long mention_exact(ctx *c, uint32_t a, uint32_t z, uint32_t types) {
  query q = {a, z, types, -1, c->d};
  visit(c, a, q_exact, &q);
  return q.best;
}

/* Index of a mention of a type in `types` that ends at z (the longest), or -1. */
static long mention_ending(ctx *c, uint32_t z, uint32_t types) {
  query q = {0, z, types, -1, c->d};
  visit(c, z ? z - 1 : 0, q_ending, &q);
  return q.best;
}

/* Index of a mention of a type in `types` that starts at a (the longest), or -1. */
static long mention_starting(ctx *c, uint32_t a, uint32_t types) {
  query q = {a, 0, types, -1, c->d};
  visit(c, a, q_starting, &q);
  return q.best;
}

/* Does a mention of a type in `types` overlap [a, z)? */
static int overlaps(ctx *c, uint32_t a, uint32_t z, uint32_t types) {
  query q = {a, z, types, -1, c->d};
  return visit(c, a, q_overlap, &q);
}

#define T(x) (1u << DG_TYPE_##x)
#define NAME_TYPES (T(MEETING) | T(PROGRAM) | T(ORGANIZATION))
#define PLACE_LIKE (T(COUNTRY) | T(GROUP) | T(PLACE))
#define ANY_NAMED (T(COUNTRY) | T(GROUP) | T(ORGANIZATION) | T(PROGRAM) | T(MEETING) | T(PERSON) | T(PLACE))
#define VALUES (T(AMOUNT) | T(DATE) | T(QUANTITY))

/* ---- Japanese names by head word ---- */

static int is_stop(const ctx *c, uint32_t a, uint32_t z) {
  return dg_wordlist_find(&c->rz->rules->name_stops, c->t + a, z - a) >= 0;
}

/* May token k be part of a name that ends in a head word? */
static int name_token(const ctx *c, const dg_token *k) {
  /* MeCab calls runs of ASCII punctuation nouns; a name has none but + & - . */
  for (uint32_t i = k->start; i < k->end; i++) {
    char ch = c->t[i];
    if ((unsigned char)ch < 0x80 && !dg_is_ascii_alnum((unsigned char)ch) && ch != '+' &&
        ch != '&' && ch != '-' && ch != '.')
      return 0;
  }
  switch (k->pos) {
  case DG_POS_NOUN:
  case DG_POS_NOUN_PROPER:
  case DG_POS_NOUN_SAHEN:
  case DG_POS_NOUN_SUFFIX:
  case DG_POS_NOUN_NUMBER:
  case DG_POS_NOUN_NAI: /* 形容動詞語幹: 強靱化, 包括的, 特別 */
  case DG_POS_NOUN_ADV: /* 副詞可能: 特別; time words (今後, 現在) are name stops */
  case DG_POS_PREFIX:
    return 1;
  case DG_POS_SYMBOL: {
    /* ・ + & - join parts of a name; Latin letters and digits MeCab calls symbols too */
    uint32_t cp = dg_cp_at(c->t, c->len, k->start);
    return cp == 0x30FB || cp == '+' || cp == '&' || cp == '-' || cp == '.' ||
           dg_is_ascii_alnum((int)cp);
  }
  default:
    return 0;
  }
}

/* The start of a quoted segment 「...」 that ends right before `end`, or end. */
static uint32_t quote_start(const ctx *c, uint32_t end) {
  if (end < 3) return end;
  uint32_t close = dg_cp_before(c->t, end);
  uint32_t open = close == 0x300D ? 0x300C : close == 0x300F ? 0x300E : 0;
  if (!open) return end;
  size_t i = dg_utf8_prev(c->t, end);
  size_t lim = end > MAX_NAME_BYTES ? end - MAX_NAME_BYTES : 0;
  while (i > lim) {
    i = dg_utf8_prev(c->t, i);
    uint32_t cp = dg_cp_at(c->t, c->len, i);
    if (cp == open) return (uint32_t)i;
    if (cp == 0x3002 || cp == '\n' || cp == '(' || cp == ')') break; /* 。 */
  }
  return end;
}

/* Is there something name-like in [a, z): a known name, Latin letters, katakana, a proper
 * noun, a number? Generic compounds (閣僚会合, 防災計画) have none. */
static int name_like(ctx *c, uint32_t a, uint32_t z, const dg_sentence *s) {
  if (z <= a) return 0;
  if (overlaps(c, a, z, ANY_NAMED)) return 1;
  const char *p = c->t + a;
  size_t n = z - a;
  for (size_t i = 0; i < n; i++)
    if (dg_is_ascii_alnum((unsigned char)p[i])) return 1;
  if (has_script(p, n, DG_SC_KATAKANA)) return 1;
  if (dg_cp_at(c->t, c->len, a) == 0x300C || dg_cp_at(c->t, c->len, a) == 0x300E) return 1;
  for (uint32_t k = s->tok0; k < s->tok0 + s->ntok; k++) {
    const dg_token *tk = &c->d->toks[k];
    if (tk->start >= a && tk->end <= z &&
        ((tk->pos == DG_POS_NOUN_PROPER && tk->subpos != 0) || tk->unknown))
      return 1;
  }
  return 0;
}

/* The ordinal of a name that starts with 第N回 or "Nth", or 0; sets *after to its end. */
static int ordinal_prefix(const ctx *c, uint32_t a, uint32_t z, uint32_t *after) {
  const char *t = c->t;
  static const char DAI[] = "\xE7\xAC\xAC", KAI[] = "\xE5\x9B\x9E"; /* 第, 回 */
  if (z - a > 6 && memcmp(t + a, DAI, 3) == 0) {
    uint32_t i = a + 3;
    int n = 0, nd = 0;
    while (i < z && dg_is_digit(t[i]) && nd < 4) n = n * 10 + (t[i] - '0'), i++, nd++;
    if (nd && i + 3 <= z && memcmp(t + i, KAI, 3) == 0) {
      *after = i + 3;
      return n;
    }
    return 0;
  }
  /* 13th, 1st, 2nd, 3rd */
  uint32_t i = a;
  int n = 0, nd = 0;
  while (i < z && dg_is_digit(t[i]) && nd < 4) n = n * 10 + (t[i] - '0'), i++, nd++;
  if (nd && i + 2 <= z &&
      (!strncmp(t + i, "th", 2) || !strncmp(t + i, "st", 2) || !strncmp(t + i, "nd", 2) ||
       !strncmp(t + i, "rd", 2)) &&
      (i + 2 == z || t[i + 2] == ' ')) {
    *after = i + 2 < z ? i + 3 : i + 2;
    return n;
  }
  long w = dg_wordlist_at(&c->rz->rules->ordinals, t, z, a);
  if (w >= 0) {
    uint32_t e = a + c->rz->rules->ordinals.w[w].len;
    if (e < z && t[e] == ' ') {
      *after = e + 1;
      return c->rz->rules->ordinals.w[w].as.ordinal.number;
    }
  }
  return 0;
}

/* Record a name [a, z) of `type`: an instance of a dictionary name when the rest is only an
 * ordinal (第13回 + 日ASEAN防衛当局次官級会合), a new entity otherwise. A dictionary name of
 * the same type inside it gives way to the longer name. */
typedef struct {
  uint32_t a, z;
  dg_type type;
} covered_q;

static int q_covered(const dg_mention *m, size_t i, void *arg) {
  const covered_q *q = arg;
  (void)i;
  if (!((ANY_NAMED >> m->type) & 1) || m->start > q->a || q->z > m->end) return 0;
  return (m->start == q->a && m->end == q->z) || m->type == q->type ||
         !((NAME_TYPES >> m->type) & 1);
}

/* Inside a new name, a dictionary name of the same kind, a place (Tokyo in Tokyo
 * Declaration) and a year (2025年日本国際博覧会協会) give way to it; countries and groups
 * stay (日ASEAN...会合 is ASEAN's). */
static int q_give_way(const dg_mention *m, size_t i, void *arg) {
  const covered_q *q = arg;
  (void)i;
  if ((m->type == q->type || (m->type == DG_TYPE_PLACE && q->type != DG_TYPE_PLACE) ||
       m->type == DG_TYPE_DATE) &&
      q->a <= m->start && m->end <= q->z && !(m->start == q->a && m->end == q->z))
    ((dg_mention *)m)->type = DG_TYPE_STOP; /* dropped when the list is tidied */
  return 0;
}

static dg_err record_name(ctx *c, dg_type type, uint32_t a, uint32_t z, dg_error *err) {
  dg_doc *d = c->d;
  if (z - a > MAX_NAME_BYTES) return DG_OK;
  /* The same span as a known name, or inside a known name of its own kind (Regional
   * Forum in ASEAN Regional Forum): nothing new. A meeting inside a program's name (Joint
   * Statement of the 23rd ASEAN-Japan Summit) is a name of its own. */
  covered_q cq = {a, z, type};
  if (visit(c, a, q_covered, &cq)) return DG_OK;
  uint32_t after = a;
  int ord = ordinal_prefix(c, a, z, &after);
  long known = mention_ending(c, z, T(MEETING) | T(PROGRAM) | T(ORGANIZATION));
  if (ord > 0 && known >= 0 && d->ments[known].start == after && d->ments[known].entity >= 0) {
    const dg_mention *k = &d->ments[known];
    char id[512], label[600], label_en[600];
    snprintf(id, sizeof id, "%s:%d", k->id, ord);
    /* the same labels whatever the language of the document: 第16回日メコン外相会議 and
     * 16th Mekong-Japan Foreign Ministers' Meeting, however it was written */
    const dg_entity *se = dg_dict_entity(c->rz->dict, (size_t)k->entity);
    if (*k->label_en) {
      static const char *const sfx[] = {"th", "st", "nd", "rd"};
      int m10 = ord % 10, m100 = ord % 100;
      const char *s = (m100 >= 11 && m100 <= 13) || m10 > 3 ? sfx[0] : sfx[m10];
      snprintf(label_en, sizeof label_en, "%d%s %s", ord, s, k->label_en);
    } else {
      label_en[0] = '\0';
    }
    if (*se->label_ja) snprintf(label, sizeof label, "第%d回%s", ord, se->label_ja);
    else if (*label_en) snprintf(label, sizeof label, "%s", label_en);
    else snprintf(label, sizeof label, "%.*s%s", (int)(after - a), c->t + a, k->label);
    dg_type kt = k->type;
    d->ments[known].type = DG_TYPE_STOP; /* the instance stands for the series here */
    const char *iid = dg_doc_strdup(d, id, strlen(id));
    const char *il = dg_doc_strdup(d, label, strlen(label));
    const char *ie = dg_doc_strdup(d, label_en, strlen(label_en));
    if (!iid || !il || !ie || !add(c, kt, a, z, iid, il, ie, -1, 0))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    return DG_OK;
  }
  /* A dictionary name once its parenthesis is left out (CA+JAD(カジャッド)東京イニシアティブ
   * is CA+JAD東京イニシアティブ): that entity. */
  if (memchr(c->t + a, '(', z - a)) {
    char buf[MAX_NAME_BYTES + 1];
    size_t bl = 0;
    int depth = 0;
    for (uint32_t i = a; i < z && bl < MAX_NAME_BYTES; i++) {
      if (c->t[i] == '(') depth++;
      else if (c->t[i] == ')' && depth) depth--;
      else if (!depth) buf[bl++] = c->t[i];
    }
    long ent = dg_dict_find_surface(c->rz->dict, buf, bl);
    if (ent >= 0) {
      const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)ent);
      if (e->type == type) {
        covered_q gq0 = {a, z, type};
        visit(c, a, q_give_way, &gq0);
        if (!add(c, type, a, z, e->id, *e->label_ja ? e->label_ja : e->label_en, e->label_en,
                 (int32_t)ent, 0))
          return dg_error_set(err, DG_ENOMEM, "out of memory");
        return DG_OK;
      }
    }
  }
  /* A dictionary name of the same kind inside the new, longer one gives way to it. */
  covered_q gq = {a, z, type};
  visit(c, a, q_give_way, &gq);
  if (!add_minted(c, type, a, z)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* An ordinal right before a known meeting makes an instance of it: 第16回 + 日メコン外相会議,
 * "12th ADMM-Plus", "the second CA+JAD Summit". */
static dg_err ordinal_instances(ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  const char *t = c->t;
  size_t n = d->nments;
  for (size_t i = 0; i < n; i++) {
    dg_mention m = d->ments[i];
    if (m.type != DG_TYPE_MEETING || m.entity < 0) continue;
    uint32_t a = m.start;
    /* 第N回 */
    uint32_t p = a;
    static const char KAI[] = "\xE5\x9B\x9E", DAI[] = "\xE7\xAC\xAC";
    if (p >= 3 && memcmp(t + p - 3, KAI, 3) == 0) {
      uint32_t q = p - 3;
      while (q > 0 && dg_is_digit(t[q - 1]) && p - 3 - q < 4) q--;
      if (q < p - 3 && q >= 3 && memcmp(t + q - 3, DAI, 3) == 0) a = q - 3;
    } else if (p >= 2 && t[p - 1] == ' ') {
      /* an English ordinal word or number before a space */
      uint32_t q = p - 1;
      while (q > 0 && (dg_is_ascii_alnum((unsigned char)t[q - 1]) || t[q - 1] == '-')) q--;
      uint32_t after;
      if (q < p - 1 && ordinal_prefix(c, q, m.end, &after) > 0 && after == p) a = q;
    }
    if (a == m.start) continue;
    dg_err e = record_name(c, DG_TYPE_MEETING, a, m.end, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}

static int acronym(const char *t, uint32_t a, uint32_t z);

/* Japanese: a head word, extended left over the noun compound before it. */
static dg_err ja_heads(ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  const dg_rules *r = c->rz->rules;
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    uint32_t k = s.tok0, kend = s.tok0 + s.ntok;
    while (k < kend) {
      const dg_token *tk = &d->toks[k];
      long h = dg_wordlist_at(&r->heads, c->t, s.end, tk->start);
      uint32_t hend, hstart = tk->start;
      if (h >= 0) {
        hend = tk->start + r->heads.w[h].len;
      } else {
        /* MeCab may know a whole name as one word that ends in a head (外務省, a new
         * ルアンパバーン・アクションプラン): the token then holds both the head and part of
         * the name. Only for proper or unknown words: 当局 and 都市 are ordinary words. */
        h = dg_wordlist_before(&r->heads, c->t, tk->start, tk->end);
        hend = tk->end;
        if (h >= 0 && (r->heads.w[h].as.head.type == DG_TYPE_PLACE ||
                       !(tk->pos == DG_POS_NOUN_PROPER || tk->unknown)))
          h = -1;
        if (h >= 0) hstart = tk->end - r->heads.w[h].len;
      }
      if (h < 0 || (unsigned char)c->t[tk->start] < 0x80) {
        k++;
        continue;
      }
      uint32_t hk = k; /* last token of the head */
      while (hk + 1 < kend && d->toks[hk].end < hend) hk++;
      if (d->toks[hk].end != hend) { /* the head word ends inside a token */
        k++;
        continue;
      }
      dg_type type = r->heads.w[h].as.head.type;
      /* The compound must end with the head: 会議所, 会合参加者 are something else, and
       * カンボジア計画省 is a ministry (省 is a head of its own), not a plan. */
      if (type != DG_TYPE_PLACE && hk + 1 < kend && d->toks[hk + 1].start == hend &&
          (unsigned char)c->t[hend] >= 0x80) { /* 西ジャワ州ブカシ: a place within a place */
        const dg_token *nx = &d->toks[hk + 1];
        if (nx->pos == DG_POS_NOUN || nx->pos == DG_POS_NOUN_SAHEN ||
            nx->pos == DG_POS_NOUN_PROPER || dg_wordlist_at(&r->heads, c->t, s.end, nx->start) >= 0) {
          k = hk + 1;
          continue;
        }
      }
      /* Extend left: nouns, prefixes, joiners, a quoted segment. */
      uint32_t a = tk->start;
      int unit_of_org = 0;
      long j = (long)k - 1;
      int ntok = 0;
      while (j >= (long)s.tok0 && ntok < MAX_NAME_TOKENS) {
        const dg_token *pk = &d->toks[j];
        if (pk->end != a) break; /* a gap: a space or line break inside the sentence */
        uint32_t q = quote_start(c, a);
        if (q < a) { /* 「中央アジア+日本」対話 */
          a = q;
          while (j >= (long)s.tok0 && d->toks[j].start >= q) j--;
          ntok++;
          continue;
        }
        /* a person; for an organization's name, an organization named before it (外務省|
         * 国際協力局 are two names, but JICA産業人材育成協力イニシアティブ is one) */
        if (overlaps(c, pk->start, pk->end,
                     T(PERSON) | (type == DG_TYPE_ORGANIZATION ? T(ORGANIZATION) : 0))) {
          /* a unit of a known organization is a name even when its words are plain
           * (外務省|国際協力局) */
          unit_of_org = type == DG_TYPE_ORGANIZATION &&
                        overlaps(c, pk->start, pk->end, T(ORGANIZATION));
          break;
        }
        /* a name and its acronym or reading before the head:
         * アジア・ゼロエミッション共同体(AZEC)首脳会合, CA+JAD(カジャッド)東京イニシアティブ */
        if (c->t[a - 1] == ')') {
          uint32_t open = a - 1;
          while (open > s.start && c->t[open] != '(' && a - open < 40) open--;
          int gloss = c->t[open] == '(' && (acronym(c->t, open + 1, a - 1) ||
                                            all_katakana(c->t + open + 1, a - 1 - open - 1));
          long before = gloss ? mention_ending(c, open, ANY_NAMED & ~T(PERSON)) : -1;
          if (before >= 0) {
            a = d->ments[before].start;
            while (j >= (long)s.tok0 && d->toks[j].start >= a) j--;
            ntok++;
            continue;
          }
        }
        int in_place = overlaps(c, pk->start, pk->end, T(COUNTRY) | T(GROUP));
        if (!in_place && (!name_token(c, pk) || is_stop(c, pk->start, pk->end))) break;
        if (overlaps(c, pk->start, pk->end, VALUES)) {
          /* a year may begin an official name (2025年日本国際博覧会協会); other dates and
           * amounts end it */
          long dm = mention_ending(c, pk->end, T(DATE));
          if (dm >= 0 && d->ments[dm].when.prec == DG_DATE_YEAR && ntok > 0 &&
              d->ments[dm].end - d->ments[dm].start <= 7 && c->t[d->ments[dm].start] >= '0' &&
              c->t[d->ments[dm].start] <= '9') {
            a = d->ments[dm].start;
            while (j >= (long)s.tok0 && d->toks[j].start >= a) j--;
          }
          break;
        }
        a = pk->start;
        j--;
        ntok++;
      }
      /* An armed force or ministry of a country: インドネシアの海軍, フィリピンの沿岸警備隊. */
      if (type == DG_TYPE_ORGANIZATION && a == hstart && a >= 3 &&
          memcmp(c->t + a - 3, "\xE3\x81\xAE", 3) == 0 /* の */) {
        long cm = mention_ending(c, a - 3, T(COUNTRY));
        if (cm >= 0 && hend - hstart >= 6) {
          dg_err e = record_name(c, type, d->ments[cm].start, hend, err);
          if (e != DG_OK) return e;
          k = hk + 1;
          continue;
        }
      }
      /* Official names join two compounds with に係る, に関する, のための, における
       * (食料安全保障に係るASEAN首脳宣言): go on over the compound before the connector. */
      if (a < hstart && ntok > 0) {
        static const char *const conn[] = {"に係る", "に関する", "のための", "における"};
        for (size_t q = 0; q < sizeof conn / sizeof *conn; q++) {
          size_t cl = strlen(conn[q]);
          if (a < s.start + cl || memcmp(c->t + a - cl, conn[q], cl) != 0) continue;
          uint32_t b = a - (uint32_t)cl;
          long jj = dg_doc_token_at(d, b - 1);
          uint32_t a2 = b;
          int n2 = 0;
          while (jj >= (long)s.tok0 && d->toks[jj].end == a2 && n2 < 6) {
            const dg_token *pk = &d->toks[jj];
            if (!(name_token(c, pk) || overlaps(c, pk->start, pk->end, T(COUNTRY) | T(GROUP))) ||
                is_stop(c, pk->start, pk->end) || overlaps(c, pk->start, pk->end, VALUES | T(PERSON)))
              break;
            a2 = pk->start;
            jj--;
            n2++;
          }
          if (n2 > 0) a = a2;
          break;
        }
      }
      /* Joiners never begin a name. */
      while (a < hstart && (dg_cp_at(c->t, c->len, a) == 0x30FB || c->t[a] == '-' ||
                            c->t[a] == '+' || c->t[a] == '&'))
        a += dg_cp_at(c->t, c->len, a) == 0x30FB ? 3 : 1;
      /* a version right after the head: イニシアティブ2.0 */
      {
        uint32_t v = hend;
        while (v < s.end && (dg_is_digit(c->t[v]) || (c->t[v] == '.' && v + 1 < s.end && dg_is_digit(c->t[v + 1]))))
          v++;
        if (v > hend && (memchr(c->t + hend, '.', v - hend) || v - hend == 4) &&
            !overlaps(c, hend, v, VALUES) && !(v < s.end && (unsigned char)c->t[v] >= 0x80 &&
                                                 dg_wordlist_at(&r->counters, c->t, s.end, v) >= 0))
          hend = v;
      }
      /* 横浜市 is the dictionary's 横浜 already; 17州 and 全34州 are counts */
      int place_ok = type != DG_TYPE_PLACE ||
                     (mention_exact(c, a, hstart, PLACE_LIKE) < 0 &&
                      (has_script(c->t + a, hstart - a, DG_SC_KATAKANA) ||
                       overlaps(c, a, hstart, PLACE_LIKE)) &&
                      !overlaps(c, a, hstart, VALUES));
      if (a < hstart && place_ok && (unit_of_org || name_like(c, a, hstart, &s))) {
        dg_err e = record_name(c, type, a, hend, err);
        if (e != DG_OK) return e;
      }
      k = hk + 1;
    }
  }
  return DG_OK;
}

/* Quoted names: 「防衛協力強化のための日ASEAN大臣イニシアティブ：ジャスミン（...）」 names a
 * program even with particles inside, when what is quoted (up to ： or （) ends in a head. */
static dg_err ja_quoted(ctx *c, dg_error *err) {
  const char *t = c->t;
  const dg_rules *r = c->rz->rules;
  for (size_t i = 0; i + 3 <= c->len; i++) {
    uint32_t cp = dg_cp_at(t, c->len, i);
    if (cp != 0x300C && cp != 0x300E) continue;
    uint32_t close = cp == 0x300C ? 0x300D : 0x300F;
    size_t a = i + 3, j = a, cut = 0;
    int nested = 0;
    while (j < c->len && j - a < MAX_NAME_BYTES) {
      uint32_t x = dg_cp_at(t, c->len, j);
      if (x == close || x == 0x3002 || x == '\n') break;
      /* another quote opens inside: the inner one is looked at on its own */
      if (x == 0x300C || x == 0x300E) {
        nested = 1;
        break;
      }
      if (!cut && (x == ':' || x == '(')) cut = j;
      j += (size_t)dg_utf8_len(t + j, t + c->len);
    }
    if (nested) continue;
    if (j >= c->len || dg_cp_at(t, c->len, j) != close) continue;
    size_t z = cut ? cut : j;
    while (z > a && t[z - 1] == ' ') z--;
    long best = -1;
    size_t hs = 0;
    /* the longest head word that ends the quoted text */
    for (size_t k = 0; k < r->heads.n; k++) {
      const dg_word *w = &r->heads.w[k];
      if (w->len <= z - a && (unsigned char)w->s[0] >= 0x80 &&
          memcmp(t + z - w->len, w->s, w->len) == 0 && (best < 0 || w->len > r->heads.w[best].len)) {
        best = (long)k;
        hs = z - w->len;
      }
    }
    if (best < 0 || hs == a) continue;
    dg_err e = record_name(c, r->heads.w[best].as.head.type, (uint32_t)a, (uint32_t)z, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}

/* ---- English names ---- */

typedef struct {
  uint32_t a, z;
} word_t;

/* A word that can be part of an English name: Capitalized, ALLCAPS, a number or ordinal,
 * a hyphenated compound of those (ASEAN-Japan, Indo-Pacific). */
static int en_name_word(const char *s, size_t n) {
  if (!n) return 0;
  if (dg_is_upper(s[0])) return 1;
  if (dg_is_digit(s[0])) return 1;
  return 0;
}

/* Split a sentence into ASCII words (letters, digits, '-', '.', '\'' inside). */
static size_t en_words(const char *t, uint32_t a, uint32_t z, word_t *out, size_t max) {
  size_t n = 0;
  uint32_t i = a;
  while (i < z && n < max) {
    while (i < z && !(dg_is_ascii_alnum((unsigned char)t[i]) || t[i] == '&')) i++;
    if (i >= z) break;
    uint32_t s = i;
    if (t[i] == '&') {
      i++;
    } else {
      while (i < z && (dg_is_ascii_alnum((unsigned char)t[i]) ||
                       ((t[i] == '-' || t[i] == '.' || t[i] == '\'') && i + 1 < z &&
                        dg_is_ascii_alnum((unsigned char)t[i + 1]))))
        i++;
      /* a plural possessive keeps its apostrophe: Ministers' Meeting */
      if (i < z && t[i] == '\'' && i > s && t[i - 1] == 's' && (i + 1 == z || t[i + 1] == ' ')) i++;
    }
    out[n].a = s;
    out[n].z = i;
    n++;
  }
  return n;
}

/* Are words[x] and words[x+1] separated by spaces only? */
static int adjacent(const char *t, const word_t *w, size_t x) {
  for (uint32_t i = w[x].z; i < w[x + 1].a; i++)
    if (t[i] != ' ') return 0;
  return 1;
}

static int word_is(const ctx *c, const word_t *w, const char *s) {
  size_t n = strlen(s);
  return w->z - w->a == n && memcmp(c->t + w->a, s, n) == 0;
}

static int is_head_word(const ctx *c, const word_t *w, uint32_t end) {
  long h = dg_wordlist_at(&c->rz->rules->heads, c->t, end, w->a);
  return h >= 0 && w->a + c->rz->rules->heads.w[h].len == w->z;
}

/* A capitalized word that may be part of a name (not a stop word such as "The"). */
static int cap_word(ctx *c, const word_t *w) {
  return en_name_word(c->t + w->a, w->z - w->a) && !is_stop(c, w->a, w->z) &&
         !overlaps(c, w->a, w->z, T(PERSON));
}

/* 23rd, 1st: a number with an ordinal suffix. */
static int is_ordinal_word(const ctx *c, const word_t *w) {
  uint32_t after;
  return ordinal_prefix(c, w->a, w->z, &after) > 0;
}

/* Left of the head: capitalized words, joined by "of", "for", "on", "and", "&", "plus",
 * "de" or by "of the", "on the", "for the" — never across another head word
 * (Joint Statement | of the 23rd ASEAN-Japan Summit are two names). */
static size_t extend_left(ctx *c, const word_t *w, size_t x, uint32_t end) {
  size_t first = x;
  while (first > 0 && x - first < MAX_EN_WORDS && adjacent(c->t, w, first - 1)) {
    const word_t *p = &w[first - 1];
    if (cap_word(c, p)) {
      first--;
      continue;
    }
    static const char *const joiners[] = {"of", "for", "on", "and", "&", "plus", "de"};
    size_t q; /* the word before the joiner(s) */
    int ok = 0;
    if (word_is(c, p, "the")) {
      if (first >= 3 && adjacent(c->t, w, first - 2) && adjacent(c->t, w, first - 3) &&
          (word_is(c, &w[first - 2], "of") || word_is(c, &w[first - 2], "on") ||
           word_is(c, &w[first - 2], "for"))) {
        q = first - 3;
        ok = 1;
      }
    } else {
      for (size_t k = 0; k < sizeof joiners / sizeof *joiners; k++)
        if (word_is(c, p, joiners[k])) ok = 1;
      if (ok) {
        ok = first >= 2 && adjacent(c->t, w, first - 2);
        q = first - 2;
      }
    }
    if (!ok || !cap_word(c, &w[q]) || is_head_word(c, &w[q], end)) break;
    first = q;
  }
  return first;
}

/* Right of the head: "of ..." or "for ..." (and "on ..." after a program head: Declaration
 * on ...), optionally "the", then capitalized words, joined inside by "and", "&", "of",
 * "for" or "in" (Treaty of Amity and Cooperation in Southeast Asia). */
static size_t extend_right(ctx *c, const word_t *w, size_t n, size_t hx, dg_type type,
                           uint32_t end) {
  size_t last = hx;
  if (!(last + 2 < n && adjacent(c->t, w, last) && adjacent(c->t, w, last + 1))) return last;
  const word_t *cn = &w[last + 1];
  if (!(word_is(c, cn, "of") || word_is(c, cn, "for") ||
        (type == DG_TYPE_PROGRAM && word_is(c, cn, "on"))))
    return last;
  size_t y = last + 2;
  if (word_is(c, &w[y], "the")) {
    if (y + 1 >= n || !adjacent(c->t, w, y)) return last;
    y++;
  }
  if (!cap_word(c, &w[y]) || (dg_is_digit(c->t[w[y].a]) && !is_ordinal_word(c, &w[y])) ||
      is_head_word(c, &w[y], end))
    return last;
  last = y;
  while (last + 1 < n && last - hx < MAX_EN_WORDS && adjacent(c->t, w, last)) {
    const word_t *nx = &w[last + 1];
    if (cap_word(c, nx) && (!dg_is_digit(c->t[nx->a]) || is_ordinal_word(c, nx))) {
      last++;
      continue;
    }
    /* inner joiners: and, &, of, for, in, on, to, optionally followed by "the" */
    if ((word_is(c, nx, "and") || word_is(c, nx, "&") || word_is(c, nx, "of") ||
         word_is(c, nx, "for") || word_is(c, nx, "in") || word_is(c, nx, "on") ||
         word_is(c, nx, "to")) &&
        last + 2 < n && adjacent(c->t, w, last + 1)) {
      size_t y2 = last + 2;
      if (!word_is(c, nx, "and") && !word_is(c, nx, "&") && word_is(c, &w[y2], "the") &&
          y2 + 1 < n && adjacent(c->t, w, y2))
        y2++;
      if (cap_word(c, &w[y2]) && !dg_is_digit(c->t[w[y2].a])) {
        last = y2;
        continue;
      }
    }
    break;
  }
  return last;
}

static dg_err en_heads(ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  const dg_rules *r = c->rz->rules;
  word_t *w = malloc(512 * sizeof *w);
  if (!w) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err e = DG_OK;
  for (size_t si = 0; si < d->nsents && e == DG_OK; si++) {
    const dg_sentence s = d->sents[si];
    size_t n = en_words(c->t, s.start, s.end, w, 512);
    for (size_t x = 0; x < n && e == DG_OK; x++) {
      if (!dg_is_upper(c->t[w[x].a])) continue;
      long h = dg_wordlist_at(&r->heads, c->t, s.end, w[x].a);
      if (h < 0) continue;
      uint32_t hend = w[x].a + r->heads.w[h].len;
      /* the head must end a word ("Fund", not "Fundamental") */
      size_t hx = x;
      while (hx < n && w[hx].z < hend) hx++;
      if (hx >= n || w[hx].z != hend) continue;
      dg_type type = r->heads.w[h].as.head.type;
      /* "Coast Guard Cooperation Forum": the name goes on; its last head decides */
      if (hx + 1 < n && adjacent(c->t, w, hx) && cap_word(c, &w[hx + 1]) &&
          !dg_is_digit(c->t[w[hx + 1].a]))
        continue;
      size_t first = extend_left(c, w, x, s.end);
      size_t last = extend_right(c, w, n, hx, type, s.end);
      /* a version or year right after the name: Action Agenda 2.0, Master Plan 2025 */
      if (last + 1 < n && adjacent(c->t, w, last) && dg_is_digit(c->t[w[last + 1].a]) &&
          (memchr(c->t + w[last + 1].a, '.', w[last + 1].z - w[last + 1].a) ||
           (w[last + 1].z - w[last + 1].a == 4 && c->t[w[last + 1].a] <= '2')) &&
          !overlaps(c, w[last + 1].a, w[last + 1].z, VALUES))
        last++;
      if (first == x && last == hx) continue; /* a head word alone is no name */
      /* A section number ("2.1 Japan-ASEAN Integration Fund") is not part of the name. */
      while (first < x && dg_is_digit(c->t[w[first].a]) &&
             memchr(c->t + w[first].a, '.', w[first].z - w[first].a))
        first++;
      uint32_t a = w[first].a, z = w[last].z;
      /* Two plain words (Master Plan, Economic Partnership) are too generic to be a name:
       * a name has a known name, an acronym or a number in it, or three words or more. */
      size_t nw = last - first + 1;
      int strong = overlaps(c, a, z, ANY_NAMED);
      for (size_t q = first; q <= last && !strong; q++) {
        const char *ws = c->t + w[q].a;
        size_t wl = w[q].z - w[q].a;
        int caps = 0;
        for (size_t k = 0; k < wl; k++) caps += dg_is_upper(ws[k]) || dg_is_digit(ws[k]);
        if (caps >= 2) strong = 1;
      }
      if (strong || nw >= 3) e = record_name(c, type, a, z, err);
      x = hx;
    }
  }
  free(w);
  return e;
}

/* ---- acronyms defined in the document: "Name (ACRONYM)" ---- */

/* An acronym at t[a, z): 2 to 12 characters, at least two capitals, no spaces. */
static int acronym(const char *t, uint32_t a, uint32_t z) {
  if (z - a < 2 || z - a > 16) return 0;
  int caps = 0;
  for (uint32_t i = a; i < z; i++) {
    char ch = t[i];
    if (dg_is_upper(ch)) caps++;
    else if (!(dg_is_lower(ch) || dg_is_digit(ch) || ch == '-' || ch == '+' || ch == '&' || ch == '.'))
      return 0;
  }
  return caps >= 2 && dg_is_upper(t[a]);
}

/* The new names (no dictionary entity) of a type inside [a, z), but mention `skip`. */
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

static size_t new_names_inside(ctx *c, size_t skip, dg_type type, uint32_t a, uint32_t z, inside_q *q) {
  *q = (inside_q){.a = a, .z = z, .type = type, .skip = skip};
  visit(c, a, q_inside, q);
  return q->n;
}

/* A new name of the same kind that fills the whole parenthesis after a name is its short
 * form (首脳共同宣言(東京宣言)): it and its other occurrences in the document point at the
 * long name's entity. */
static void repoint_short_name(ctx *c, size_t i, uint32_t q, uint32_t close) {
  dg_doc *d = c->d;
  const char *t = c->t;
  while (q < close && t[q] == ' ') q++;
  while (close > q && t[close - 1] == ' ') close--;
  long in = -1;
  inside_q iq;
  new_names_inside(c, i, d->ments[i].type, q, close, &iq);
  for (size_t k = 0; k < iq.n; k++)
    if (d->ments[iq.out[k]].start == q && d->ments[iq.out[k]].end == close) in = (long)iq.out[k];
  if (in < 0 || !strcmp(d->ments[in].id, d->ments[i].id)) return;
  const char *old = d->ments[in].id;
  for (size_t k = 0; k < d->nments; k++) {
    dg_mention *o = &d->ments[k];
    if (k == i || strcmp(o->id, old)) continue;
    o->id = d->ments[i].id;
    o->label = d->ments[i].label;
    o->label_en = d->ments[i].label_en;
    o->entity = d->ments[i].entity;
  }
}

typedef struct {
  const char *acr;
  uint32_t len;
  long ment; /* the defining mention */
} learned;

static dg_err acronyms(ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  const char *t = c->t;
  DG_VEC(learned) L = {0};
  size_t n0 = d->nments;
  for (size_t i = 0; i < n0; i++) {
    const dg_mention *m = &d->ments[i];
    if (!((ANY_NAMED >> m->type) & 1) || m->type == DG_TYPE_PERSON) continue;
    uint32_t p = m->end;
    /* 」 between the name and its parenthesis: 「政府安全保障能力強化支援」(OSA) */
    if (dg_cp_at(t, c->len, p) == 0x300D) p += 3;
    while (p < c->len && t[p] == ' ') p++;
    if (p >= c->len || t[p] != '(') continue;
    uint32_t q = p + 1, close = q;
    while (close < c->len && t[close] != ')' && close - q < 200 && t[close] != '\n') close++;
    if (close >= c->len || t[close] != ')') continue;
    repoint_short_name(c, i, q, close);
    m = &d->ments[i];
    /* The acronym is the whole parenthesis, or its last part after ':' or ','
     * (英名: Japan-ASEAN ... : JASMINE). */
    uint32_t a = q;
    for (uint32_t k = q; k < close; k++)
      if (t[k] == ':' || t[k] == ',' || t[k] == ';') a = k + 1;
    while (a < close && t[a] == ' ') a++;
    uint32_t z = close;
    while (z > a && t[z - 1] == ' ') z--;
    if (!acronym(t, a, z)) continue;
    /* A name of the same kind inside the parenthesis is the same entity's other name
     * (英名: Japan-ASEAN Initiative for ...: JAMAS): it points at the entity, and gives it
     * its English label when it has none. */
    inside_q iq;
    new_names_inside(c, i, m->type, q, close, &iq);
    for (size_t k = 0; k < iq.n; k++) {
      dg_mention *o = &d->ments[iq.out[k]];
      if (!*d->ments[i].label_en && !has_script(t + o->start, o->end - o->start, DG_SC_KANJI))
        d->ments[i].label_en = dg_doc_strdup(d, t + o->start, o->end - o->start);
      o->id = d->ments[i].id;
      o->label = d->ments[i].label;
      o->label_en = d->ments[i].label_en;
    }
    m = &d->ments[i];
    /* Already a name the dictionary knows? Then the long form is an alias of it instead:
     * nothing to learn, the acronym is found by the dictionary. */
    if (mention_exact(c, a, z, ANY_NAMED) >= 0) continue;
    int seen = 0; /* defined before (a long document may define it again) */
    for (size_t k = 0; k < L.n && !seen; k++) seen = L.v[k].len == z - a && !memcmp(L.v[k].acr, t + a, z - a);
    if (seen) continue;
    learned l = {t + a, z - a, (long)i};
    if (DG_PUSH(L, l)) {
      free(L.v);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
  }
  /* Every later occurrence of a learned acronym, as a whole word, names the entity. */
  dg_err e = DG_OK;
  for (size_t k = 0; k < L.n && e == DG_OK; k++) {
    const learned *l = &L.v[k];
    const dg_mention def = d->ments[l->ment];
    const char *p = t;
    while ((p = memmem(p, c->len - (size_t)(p - t), l->acr, l->len))) {
      uint32_t a = (uint32_t)(p - t), z = a + l->len;
      p += l->len;
      if ((a > 0 && dg_is_ascii_alnum((unsigned char)t[a - 1])) ||
          (z < c->len && dg_is_ascii_alnum((unsigned char)t[z])))
        continue;
      if (overlaps(c, a, z, ANY_NAMED)) continue;
      if (!add(c, def.type, a, z, def.id, def.label, def.label_en, def.entity, 0)) {
        e = dg_error_set(err, DG_ENOMEM, "out of memory");
        break;
      }
    }
  }
  free(L.v);
  return e;
}

/* ---- people ---- */

/* 1: a name for sure (MeCab's 人名, or a new katakana word); 2: maybe (a kanji word MeCab
 * does not know, as rare surnames are); 0: not a name. */
static int person_token(const ctx *c, const dg_token *k) {
  const char *s = c->t + k->start;
  size_t n = k->end - k->start;
  if (k->pos == DG_POS_NOUN_PROPER && k->subpos == 2) return 1;
  if (all_katakana(s, n) && n >= 6 && (k->unknown || k->pos == DG_POS_NOUN_PROPER)) return 1;
  if (k->unknown && n <= 9 && has_script(s, n, DG_SC_KANJI) && !has_script(s, n, DG_SC_HIRAGANA))
    return 2;
  return 0;
}

static dg_err add_person(ctx *c, uint32_t a, uint32_t z, dg_error *err) {
  if (z <= a || z - a > 60) return DG_OK;
  if (overlaps(c, a, z, ANY_NAMED & ~T(PERSON))) return DG_OK;
  if (mention_exact(c, a, z, T(PERSON)) >= 0) return DG_OK;
  if (!add_minted(c, DG_TYPE_PERSON, a, z)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

static dg_err ja_people(ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  const dg_rules *r = c->rz->rules;
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    for (uint32_t k = s.tok0 + 1; k < s.tok0 + s.ntok; k++) {
      const dg_token *tk = &d->toks[k];
      long ti = dg_wordlist_at(&r->titles, c->t, s.end, tk->start);
      if (ti < 0 || r->titles.w[ti].as.title.side != DG_SIDE_AFTER || (unsigned char)c->t[tk->start] < 0x80)
        continue;
      uint32_t tend = tk->start + r->titles.w[ti].len;
      if (!dg_doc_token_boundary(d, tend)) continue;
      /* Between the name and the title there may be a country or an organization, joined
       * by ・ or not, and 駐 (トカエフ・カザフスタン大統領, 中村総合外交政策局審議官,
       * 植田駐カンボジア日本国特命全権大使); with nothing before it, the title is a country's
       * or an organization's (カザフスタン大統領) and names no one. */
      uint32_t z = tk->start;
      static const char CHU[] = "\xE9\xA7\x90"; /* 駐 */
      for (int hop = 0; hop < 4; hop++) {
        long cm = mention_ending(c, z, PLACE_LIKE | T(ORGANIZATION));
        if (cm >= 0 && d->ments[cm].start < z) {
          z = d->ments[cm].start;
          continue;
        }
        if (hop > 0 && z >= 3 && memcmp(c->t + z - 3, CHU, 3) == 0) {
          z -= 3;
          continue;
        }
        /* an organization's compound name no dictionary lists: nouns ending in an
         * organization head (ジェーン・ホワイト|外務貿易省|次官) */
        long oh = dg_wordlist_before(&r->heads, c->t, s.start, z);
        if (oh >= 0 && r->heads.w[oh].as.head.type == DG_TYPE_ORGANIZATION) {
          long q = dg_doc_token_at(d, z - 1);
          uint32_t a2 = z;
          while (q >= (long)s.tok0 && d->toks[q].end == a2 && name_token(c, &d->toks[q]) &&
                 !all_katakana(c->t + d->toks[q].start, d->toks[q].end - d->toks[q].start) &&
                 d->toks[q].pos != DG_POS_NOUN_PROPER)
            a2 = d->toks[q--].start;
          if (a2 < z && a2 < z - r->heads.w[oh].len) {
            z = a2;
            continue;
          }
        }
        if (hop > 0 && z >= 3 && memcmp(c->t + z - 3, DOT, 3) == 0) z -= 3;
        break;
      }
      long j = (long)k - 1;
      while (j >= (long)s.tok0 && d->toks[j].start >= z) j--;
      /* MeCab may read a new name and the country after it as one word
       * (トカエフ・カザフスタン): then the name is the katakana before the country. */
      if (!dg_doc_token_boundary(d, z)) {
        uint32_t a = z;
        while (a > s.start) {
          size_t p = dg_utf8_prev(c->t, a);
          uint32_t cp = dg_cp_at(c->t, c->len, p);
          if (dg_script_of(cp) != DG_SC_KATAKANA && cp != 0x30FB) break;
          a = (uint32_t)p;
        }
        while (a < z && dg_cp_at(c->t, c->len, a) == 0x30FB) a += 3;
        if (z - a >= 6) {
          dg_err e = add_person(c, a, z, err);
          if (e != DG_OK) return e;
        }
        while (k + 1 < s.tok0 + s.ntok && d->toks[k + 1].start < tend) k++;
        continue;
      }
      /* A katakana name of parts joined by ・, some of them ordinary words (ジェーン・ホワイト):
       * the whole run is a name when a part is a known first or family name or a new word. */
      if (j >= (long)s.tok0 && d->toks[j].end == z &&
          all_katakana(c->t + d->toks[j].start, d->toks[j].end - d->toks[j].start)) {
        long q = j;
        int personal = 0, parts = 0;
        uint32_t a2 = z;
        while (q >= (long)s.tok0 && d->toks[q].end == a2 &&
               all_katakana(c->t + d->toks[q].start, d->toks[q].end - d->toks[q].start) &&
               !overlaps(c, d->toks[q].start, d->toks[q].end, ANY_NAMED & ~T(PERSON))) {
          const dg_token *pk = &d->toks[q];
          int dot = dg_cp_at(c->t, c->len, pk->start) == 0x30FB;
          if (!dot) {
            parts++;
            if ((pk->pos == DG_POS_NOUN_PROPER && pk->subpos == 2) || pk->unknown) personal = 1;
          }
          a2 = pk->start;
          q--;
        }
        while (a2 < z && dg_cp_at(c->t, c->len, a2) == 0x30FB) a2 += 3;
        if (personal && parts >= 2 && a2 < z) {
          dg_err e = add_person(c, a2, z, err);
          if (e != DG_OK) return e;
          while (k + 1 < s.tok0 + s.ntok && d->toks[k + 1].start < tend) k++;
          continue;
        }
      }
      /* The name: person-like tokens right before, joined by ・. */
      uint32_t a = z;
      int kanji_only = 1, ntok = 0, strong = 0;
      while (j >= (long)s.tok0 && ntok < 4) {
        const dg_token *pk = &d->toks[j];
        if (pk->end != a) break;
        int pt = person_token(c, pk);
        if (!pt) {
          if (dg_cp_at(c->t, c->len, pk->start) == 0x30FB && j > (long)s.tok0 &&
              all_katakana(c->t + d->toks[j - 1].start, d->toks[j - 1].end - d->toks[j - 1].start)) {
            a = pk->start;
            j--;
            continue;
          }
          break;
        }
        if (is_stop(c, pk->start, pk->end) || overlaps(c, pk->start, pk->end, ANY_NAMED)) break;
        /* MeCab may cut a new katakana name in two (ラフ|モン): take the whole run */
        if (all_katakana(c->t + pk->start, pk->end - pk->start)) {
          while (j > (long)s.tok0 && d->toks[j - 1].end == d->toks[j].start &&
                 dg_cp_at(c->t, c->len, d->toks[j - 1].start) != 0x30FB &&
                 all_katakana(c->t + d->toks[j - 1].start, d->toks[j - 1].end - d->toks[j - 1].start))
            j--;
          pk = &d->toks[j];
          pt = 1;
        }
        if (pt == 1) strong = 1;
        if (has_script(c->t + pk->start, pk->end - pk->start, DG_SC_KATAKANA)) kanji_only = 0;
        a = pk->start;
        j--;
        ntok++;
      }
      (void)kanji_only;
      if (a < z && (strong || ntok == 1)) {
        dg_err e = add_person(c, a, z, err);
        if (e != DG_OK) return e;
      }
      /* the rest of the title is no title of its own (内閣|総理|大臣) */
      while (k + 1 < s.tok0 + s.ntok && d->toks[k + 1].start < tend) k++;
    }
  }
  return DG_OK;
}

static dg_err en_people(ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  const dg_rules *r = c->rz->rules;
  word_t w[256];
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    size_t n = en_words(c->t, s.start, s.end, w, 256);
    for (size_t x = 0; x < n; x++) {
      if (!dg_is_upper(c->t[w[x].a])) continue;
      long ti = dg_wordlist_at(&r->titles, c->t, s.end, w[x].a);
      if (ti < 0 || r->titles.w[ti].as.title.side != DG_SIDE_BEFORE) continue;
      uint32_t tend = w[x].a + r->titles.w[ti].len;
      size_t y = x; /* the title's last word; "Dr." ends one past its word */
      while (y + 1 < n && w[y + 1].a < tend) y++;
      if (w[y].z != tend && !(c->t[tend - 1] == '.' && w[y].z + 1 == tend)) continue;
      /* More titles may follow (Defence Minister Dato' Seri Ahmad Rizal Hamzah). */
      for (int more = 0; more < 3 && y + 1 < n && adjacent(c->t, w, y); more++) {
        long t2 = dg_wordlist_at(&r->titles, c->t, s.end, w[y + 1].a);
        if (t2 < 0 || r->titles.w[t2].as.title.side != DG_SIDE_BEFORE) break;
        uint32_t e2 = w[y + 1].a + r->titles.w[t2].len;
        size_t y2 = y + 1;
        while (y2 + 1 < n && w[y2 + 1].a < e2) y2++;
        if (y2 >= n || (w[y2].z != e2 && w[y2].z + 1 != e2)) break;
        y = y2;
      }
      /* The name: 1 to 4 capitalized words right after the title. */
      size_t f = y + 1, l = f;
      int gap_ok = f < n;
      for (uint32_t g = tend; f < n && g < w[f].a; g++) gap_ok &= c->t[g] == ' ';
      while (gap_ok && l < n && l - f < 4 && (l == f || adjacent(c->t, w, l - 1)) &&
             dg_is_upper(c->t[w[l].a]) && dg_wordlist_at(&r->titles, c->t, s.end, w[l].a) < 0)
        l++;
      if (l == f) continue;
      uint32_t a = w[f].a, z = w[l - 1].z;
      /* "President of the Philippines", "Prime Minister Japan ..." are not names */
      if (overlaps(c, a, z, ANY_NAMED & ~T(PERSON))) continue;
      dg_err e = add_person(c, a, z, err);
      if (e != DG_OK) return e;
      x = l - 1;
    }
  }
  return DG_OK;
}

/* Japanese names in English government texts: family name in capitals, then the given
 * name (KISHIDA Fumio, FUKUDA Takeo). Known acronyms are dictionary names and stay out. */
static dg_err en_caps_names(ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  word_t w[256];
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    size_t n = en_words(c->t, s.start, s.end, w, 256);
    for (size_t x = 0; x + 1 < n; x++) {
      const char *a = c->t + w[x].a, *b = c->t + w[x + 1].a;
      size_t al = w[x].z - w[x].a, bl = w[x + 1].z - w[x + 1].a;
      if (al < 3 || bl < 3 || !adjacent(c->t, w, x)) continue;
      int caps = 1;
      for (size_t k = 0; k < al; k++) caps &= dg_is_upper(a[k]);
      if (!caps || !dg_is_upper(b[0])) continue;
      int lower_rest = 1;
      for (size_t k = 1; k < bl; k++) lower_rest &= dg_is_lower(b[k]);
      if (!lower_rest || is_stop(c, w[x + 1].a, w[x + 1].z) ||
          is_head_word(c, &w[x + 1], s.end) ||
          overlaps(c, w[x].a, w[x + 1].z, ANY_NAMED | VALUES))
        continue;
      dg_err e = add_person(c, w[x].a, w[x + 1].z, err);
      if (e != DG_OK) return e;
      x++;
    }
  }
  return DG_OK;
}

/* Short mentions of a person merge into the full name given elsewhere in the document:
 * 高市 -> 高市早苗, Marcos -> Ferdinand Marcos. */
static void merge_people(ctx *c) {
  dg_doc *d = c->d;
  size_t np = 0;
  for (size_t i = 0; i < d->nments; i++) np += d->ments[i].type == DG_TYPE_PERSON;
  if (np < 2) return;
  uint32_t *pi = malloc(np * sizeof *pi);
  if (!pi) return;
  np = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == DG_TYPE_PERSON) pi[np++] = (uint32_t)i;
  for (size_t x = 0; x < np; x++) {
    dg_mention *m = &d->ments[pi[x]];
    if (m->entity >= 0) continue;
    size_t ml = strlen(m->label);
    int latin = !has_script(m->label, ml, DG_SC_KANJI) && !has_script(m->label, ml, DG_SC_KATAKANA);
    const dg_mention *best = NULL;
    for (size_t y = 0; y < np; y++) {
      const dg_mention *o = &d->ments[pi[y]];
      size_t ol = strlen(o->label);
      if (o == m || ol <= ml) continue;
      int same = 0;
      if (latin) {
        /* a word of the longer name */
        const char *p = o->label;
        while ((p = strstr(p, m->label))) {
          int left = p == o->label || p[-1] == ' ';
          int right = p[ml] == '\0' || p[ml] == ' ';
          if (left && right) {
            same = 1;
            break;
          }
          p += ml;
        }
      } else {
        /* a prefix (surname) or, for katakana names, the last part after ・ */
        same = strncmp(o->label, m->label, ml) == 0 ||
               (ol > ml + 3 && strcmp(o->label + ol - ml, m->label) == 0 &&
                memcmp(o->label + ol - ml - 3, DOT, 3) == 0);
      }
      if (same && (!best || strlen(best->label) < ol)) best = o;
    }
    if (best) {
      m->id = best->id;
      m->label = best->label;
      m->label_en = best->label_en;
    }
  }
  free(pi);
}

/* ---- places by trigger ---- */

static dg_err places(ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  const dg_rules *r = c->rz->rules;
  const char *t = c->t;
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    for (uint32_t i = s.start; i < s.end;) {
      long p = dg_wordlist_at(&r->place_triggers, t, s.end, i);
      uint32_t step = (uint32_t)dg_utf8_len(t + i, t + s.end);
      if (p < 0) {
        i += step;
        continue;
      }
      const dg_word *w = &r->place_triggers.w[p];
      if (w->as.place_trigger.side == DG_SIDE_AFTER && (unsigned char)w->s[0] >= 0x80) {
        /* the token(s) right before: a proper noun or katakana word */
        if (mention_ending(c, i, PLACE_LIKE | T(ORGANIZATION)) >= 0) {
          i += w->len;
          continue;
        }
        long k = dg_doc_token_at(d, i - 1);
        uint32_t a = i;
        while (k >= (long)s.tok0 && d->toks[k].end == a) {
          const dg_token *tk = &d->toks[k];
          int ok = (tk->pos == DG_POS_NOUN_PROPER && tk->subpos == 1) ||
                   (tk->unknown && all_katakana(t + tk->start, tk->end - tk->start) &&
                    tk->end - tk->start >= 6);
          if (!ok) break;
          a = tk->start;
          k--;
        }
        if (a < i && !overlaps(c, a, i, ANY_NAMED | VALUES) &&
            !(a >= 3 && dg_is_japanese(dg_cp_before(t, a)) && !dg_doc_token_boundary(d, a))) {
          if (!add_minted(c, DG_TYPE_PLACE, a, i)) return dg_error_set(err, DG_ENOMEM, "out of memory");
        }
      } else if (w->as.place_trigger.side == DG_SIDE_BEFORE && (i == 0 || !dg_is_ascii_alnum((unsigned char)t[i - 1]))) {
        uint32_t a = i + w->len;
        if (a < s.end && t[a] == ' ') a++;
        if (a < s.end && dg_is_upper(t[a]) && mention_starting(c, a, PLACE_LIKE | T(ORGANIZATION)) < 0) {
          word_t ws[4];
          size_t n = en_words(t, a, s.end, ws, 4);
          size_t l = 0;
          while (l < n && (l == 0 || adjacent(t, ws, l - 1)) && dg_is_upper(t[ws[l].a]) &&
                 !is_stop(c, ws[l].a, ws[l].z))
            l++;
          if (l && ws[0].a == a && !overlaps(c, a, ws[l - 1].z, ANY_NAMED | VALUES)) {
            if (!add_minted(c, DG_TYPE_PLACE, a, ws[l - 1].z))
              return dg_error_set(err, DG_ENOMEM, "out of memory");
          }
        }
      }
      i += w->len;
    }
  }
  return DG_OK;
}

/* ---- back references: 本会合, 同イニシアティブ ---- */

typedef struct {
  uint32_t a, z;
  uint32_t word; /* index in the coref list */
  const char *head;
  size_t hl;
} corefer;

/* Does the label name the head noun of a reference (対話 for 本対話)? */
static int has_head(const dg_mention *m, const corefer *r) {
  return r->head && memmem(m->label, strlen(m->label), r->head, r->hl) != NULL;
}

static dg_err coreference(ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  const dg_rules *r = c->rz->rules;
  const char *t = c->t;
  DG_VEC(corefer) refs = {0};
  for (size_t i = 0; i < c->len;) {
    unsigned char ch = (unsigned char)t[i];
    long w = ch >= 0x80 ? dg_wordlist_at(&r->coref, t, c->len, i) : -1;
    if (w < 0) {
      i += ch < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + c->len);
      continue;
    }
    corefer rf = {(uint32_t)i, (uint32_t)i + r->coref.w[w].len, (uint32_t)w, NULL, 0};
    i = rf.z;
    if (!dg_doc_token_boundary(d, rf.a) || !dg_doc_token_boundary(d, rf.z)) continue;
    if (overlaps(c, rf.a, rf.z, ANY_NAMED)) continue;
    /* The head noun of the reference (会合 in 本会合): antecedents named with it first. */
    for (size_t k = 0; k < r->heads.n; k++) {
      const dg_word *h = &r->heads.w[k];
      if (h->len < rf.z - rf.a && h->len > rf.hl && memcmp(t + rf.z - h->len, h->s, h->len) == 0) {
        rf.head = h->s;
        rf.hl = h->len;
      }
    }
    if (DG_PUSH(refs, rf)) {
      free(refs.v);
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
  }
  /* One sweep over the mentions (sorted by start) and the references (in text order):
   * for each reference, the nearest earlier name of its type, preferring one named with
   * its head noun; "main" references take the first such name of the document instead. */
  dg_err e = DG_OK;
  size_t nm = d->nments, k = 0;
  for (size_t x = 0; x < refs.n && e == DG_OK; x++) {
    const corefer *rf = &refs.v[x];
    dg_type want = r->coref.w[rf->word].as.coref.type;
    int main_ref = r->coref.w[rf->word].as.coref.refers == DG_REFERS_MAIN;
    const dg_mention *ante = NULL;
    if (main_ref) {
      for (int pass = 0; pass < 2 && !ante; pass++)
        for (size_t i = 0; i < nm && !ante; i++) {
          const dg_mention *m = &d->ments[i];
          if (m->type == want && !m->implicit && (pass || has_head(m, rf))) ante = m;
        }
    } else {
      while (k < nm && d->ments[k].start < rf->a) k++;
      for (int pass = 0; pass < 2 && !ante; pass++)
        for (size_t i = k; i-- > 0 && !ante;) {
          const dg_mention *m = &d->ments[i];
          if (m->type == want && !m->implicit && m->end <= rf->a && (pass || has_head(m, rf)))
            ante = m;
        }
    }
    if (!ante) continue;
    dg_mention copy = *ante;
    if (!add(c, want, rf->a, rf->z, copy.id, copy.label, copy.label_en, copy.entity, 1))
      e = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  free(refs.v);
  return e;
}

/* Drop the mentions that gave way to longer names (marked as stops). */
static void tidy(dg_doc *d) {
  size_t o = 0;
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type != DG_TYPE_STOP) d->ments[o++] = d->ments[i];
  d->nments = o;
}

dg_err dg_names_find(const dg_recognizer *rz, dg_doc *d, dg_error *err) {
  ctx c = {.rz = rz, .d = d, .t = d->text, .len = d->len};
  /* People first: a name by head word never swallows a person (Commandant SATO Hiroshi of
   * the Japan Coast Guard). */
  dg_err e = ja_people(&c, err);
  if (e == DG_OK) e = en_people(&c, err);
  if (e == DG_OK) e = en_caps_names(&c, err);
  if (e == DG_OK) e = ordinal_instances(&c, err);
  if (e == DG_OK) e = ja_heads(&c, err);
  if (e == DG_OK) e = ja_quoted(&c, err);
  if (e == DG_OK) e = en_heads(&c, err);
  tidy(d);
  ix_free(&c.ix); /* the mentions moved */
  if (e == DG_OK) e = acronyms(&c, err);
  if (e == DG_OK) merge_people(&c);
  if (e == DG_OK) e = places(&c, err);
  if (e == DG_OK) {
    dg_doc_sort_mentions(d);
    ix_free(&c.ix);
    e = coreference(&c, err);
    dg_doc_sort_mentions(d); /* the references went to the end of the list */
  }
  ix_free(&c.ix);
  if (e == DG_OK && c.oom) e = dg_error_set(err, DG_ENOMEM, "out of memory");
  return e;
}
