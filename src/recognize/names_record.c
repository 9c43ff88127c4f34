/* Adding the names the rules find: a mention of a dictionary entity, or of a new entity
 * whose id is minted from the name's text (meeting:第5回日メコン外相会議,
 * program:tokyo-declaration), and recording a name found by its head word, which decides
 * between a new name, an instance of a known series and a known name written with a gloss.
 * Invariant: a new name never changes the dictionary's entities; a shorter name of the same
 * kind inside it gives way (its type becomes DG_TYPE_STOP, dropped when the driver tidies);
 * a name over DGN_MAX_NAME_BYTES is none, with one warning per document (dgn_warn_bounds,
 * which also tells of ordinals past DGN_MAX_ORDINAL). */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/latin.h"
#include "recognize/names_int.h"

int dgn_name_fits(dgn_ctx *c, uint32_t a, uint32_t z) {
  if (z - a <= DGN_MAX_NAME_BYTES) return 1;
  if (!c->long_names++) c->long_first = a;
  return 0;
}

/* The line of text offset `at`, for a warning. */
static uint32_t line_of(const dgn_ctx *c, uint32_t at) {
  uint32_t line, col;
  dg_doc_line_col(c->d, dg_doc_raw_offset(c->d, at), &line, &col);
  return line;
}

void dgn_warn_bounds(const dgn_ctx *c) {
  if (c->long_names)
    dg_diags_add(&c->d->diags, "%s:%u: name longer than %d bytes: not taken as a name (%zu such)",
                 c->d->path, line_of(c, c->long_first), DGN_MAX_NAME_BYTES, c->long_names);
  if (c->big_ordinals)
    dg_diags_add(&c->d->diags,
                 "%s:%u: ordinal over %d before a known series: not taken as an instance of it, "
                 "named as written (%zu such)",
                 c->d->path, line_of(c, c->big_first), DGN_MAX_ORDINAL, c->big_ordinals);
}

dg_mention *dgn_add(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z, const char *id,
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

dg_mention *dgn_add_entity(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z, long ent) {
  const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)ent);
  return dgn_add(c, type, a, z, e->id, *e->label_ja ? e->label_ja : e->label_en, e->label_en,
                 (int32_t)ent, 0);
}

/* One character of a minted id: ASCII lower-cased, a Latin letter with marks as its ASCII
 * base (Hélène as helene, Communiqué as communique: base/latin.h), a space or a hyphen as
 * one '-' (none after another: "U.S. - Pacific" as "U.S.-Pacific"), quote marks and
 * apostrophes dropped (Leaders' Meeting as Leaders Meeting, Minister's as Ministers'),
 * commas and semicolons dropped (A, B and C as a-b-and-c: an id is no list), anything else
 * as it is. */
static void mint_char(dg_buf *b, uint32_t cp, const char *s, size_t l) {
  const char *base;
  if (cp == ' ' || cp == '-') {
    if (b->len && b->data[b->len - 1] != '-' && b->data[b->len - 1] != ':') dg_buf_addc(b, '-');
  } else if (cp == '"' || cp == '\'' || cp == ',' || cp == ';' || cp == 0x2019 || cp == DGN_CP_OPEN || cp == DGN_CP_CLOSE ||
             cp == DGN_CP_OPEN_DB || cp == DGN_CP_CLOSE_DB) {
    /* dropped */
  } else if (cp < 0x80) {
    dg_buf_addc(b, (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp));
  } else if ((base = dg_latin_base(cp))) {
    dg_buf_adds(b, base);
  } else {
    dg_buf_add(b, s, l);
  }
}

/* Text s[0, n) into an id as mint_char writes it. */
static void mint_text(dg_buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int l = dg_utf8_decode(s + i, s + n, &cp);
    if (!l) l = 1;
    mint_char(b, cp, s + i, (size_t)l);
    i += (size_t)l;
  }
}

/* Is t[a, z) written as an acronym (EU, U.S., G7: two capitals or more, no small letter)
 * or in two words or more (European Union, Viet Nam), not a one-word name or adjective
 * (Mekong, Australian, Kazakh), which stays as written? */
static int spelled_variant(const char *t, uint32_t a, uint32_t z) {
  int caps = 0, space = 0;
  for (uint32_t i = a; i < z; i++) {
    if (t[i] >= 'a' && t[i] <= 'z') caps = -100;
    caps += t[i] >= 'A' && t[i] <= 'Z';
    space |= t[i] == ' ';
  }
  return caps >= 2 || space;
}

/* An English name's text s[0, n), part of the document's, into an id as mint_text writes
 * it, but a country, group or organization the dictionary knows inside it, written as an
 * acronym or in several words (spelled_variant), as its English label: the 18th
 * EU-Central Asia Ministerial Meeting and the 18th European Union-Central Asia
 * ministerial meeting make one id; and a gloss in parentheses inside it left out (see
 * inner_gloss): the Fifth MLC (MLC) Meeting is the Fifth MLC Meeting. Other text as
 * mint_text. */
/* The end of a gloss in parentheses inside an English name that starts at p, " (" … ")"
 * with the name going on after it (Cooperation (MLC) Foreign, ASEAN-India (10+1) Leaders'):
 * the offset of the space after ')', or 0. */
static uint32_t inner_gloss(const char *t, uint32_t p, uint32_t z) {
  if (p + 2 >= z || t[p] != ' ' || t[p + 1] != '(') return 0;
  for (uint32_t q = p + 2; q + 1 < z && q - p < 24; q++) {
    if (t[q] == '(') return 0;
    if (t[q] == ')') return t[q + 1] == ' ' && q > p + 2 ? q + 1 : 0;
  }
  return 0;
}

static void mint_span(dgn_ctx *c, dg_buf *b, const char *s, size_t n) {
  if (s < c->t || s + n > c->t + c->d->len || !dgn_is_latin(s, n)) {
    mint_text(b, s, n);
    return;
  }
  uint32_t p = (uint32_t)(s - c->t), z = p + (uint32_t)n, from = p;
  for (; p < z; p++) {
    uint32_t g = inner_gloss(c->t, p, z); /* one id with or without its acronym */
    if (g) {
      mint_text(b, c->t + from, p - from);
      from = p = g;
      continue;
    }
    if (p > from && dg_is_ascii_alnum((unsigned char)c->t[p - 1])) continue;
    long k = dgn_mention_starting(c, p, T(COUNTRY) | T(GROUP) | T(ORGANIZATION));
    const dg_mention *m = k >= 0 ? &c->d->ments[k] : NULL;
    if (!m || m->entity < 0 || m->end > z || !*m->label_en ||
        !spelled_variant(c->t, m->start, m->end))
      continue;
    mint_text(b, c->t + from, p - from);
    mint_text(b, m->label_en, strlen(m->label_en));
    from = p = m->end;
    p--;
  }
  mint_text(b, c->t + from, z - from);
}

/* The id of a new name: its type (org: for organizations, as in the dictionary), ':' and
 * its text as mint_char writes it (program:tokyo-declaration), the ordinal it starts with
 * written as `ord` (ordlen bytes, replacing the text's first `skip` bytes) so that 5th,
 * Fifth and fifth make one id, and the known names inside an English one as their labels
 * (mint_span). */
static const char *mint_id(dgn_ctx *c, dg_type type, const char *ord, size_t ordlen,
                           size_t skip, const char *s, size_t n) {
  dg_buf b;
  dg_buf_init(&b);
  dg_buf_adds(&b, type == DG_TYPE_ORGANIZATION ? "org" : dg_type_name(type));
  dg_buf_addc(&b, ':');
  mint_text(&b, ord, ordlen);
  mint_span(c, &b, s + skip, n - skip);
  const char *id = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_destroy(&b);
  return id;
}

const char *dgn_mint_id(dgn_ctx *c, dg_type type, const char *s, size_t n) {
  return mint_id(c, type, "", 0, 0, s, n);
}

/* A new meeting's words after its ordinal, t[a, z), written as "<words> of the <body>": a
 * head word of a meeting (heads.tsv) before " of the ", a name in capitals after it that
 * runs to z with no other " of ", " on " or " for " (Foreign Ministers' Meeting of the
 * Mekong-Ganga Cooperation): the offset of " of the "; else 0 (Meeting of the Parties on
 * Climate: another tail). */
static uint32_t body_after_of(const dgn_ctx *c, uint32_t a, uint32_t z) {
  static const char *const TAILS[] = {" of ", " on ", " for "};
  const char *t = c->t;
  uint32_t p = a;
  while (p + 8 < z && memcmp(t + p, " of the ", 8)) p++;
  if (p + 8 >= z || !(t[p + 8] >= 'A' && t[p + 8] <= 'Z')) return 0;
  long h = dg_wordlist_before(&c->r->heads, t, a, p);
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_MEETING) return 0;
  for (uint32_t q = p + 8; q < z; q++)
    for (size_t k = 0; k < sizeof TAILS / sizeof *TAILS; k++)
      if (dg_lit(t, z, q, TAILS[k])) return 0;
  return p;
}

/* The id of a new meeting named with its ordinal `ord` and its body after "of the" (see
 * body_after_of, " of the " at p): the body's words before the meeting's, as the other
 * order writes them (12th Foreign Ministers' Meeting of the Mekong-Ganga Cooperation and
 * Twelfth Mekong-Ganga Cooperation Foreign Ministers' Meeting make one id). */
static const char *mint_body_first(dgn_ctx *c, const char *ord, size_t ordlen, uint32_t after,
                                   uint32_t p, uint32_t z) {
  dg_buf b;
  dg_buf_init(&b);
  dg_buf_adds(&b, "meeting:");
  mint_text(&b, ord, ordlen);
  mint_text(&b, " ", 1);
  mint_span(c, &b, c->t + p + 8, z - p - 8);
  mint_text(&b, " ", 1);
  mint_span(c, &b, c->t + after, p - after);
  const char *id = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_destroy(&b);
  return id;
}

/* The id of a new name at t[a, z): a meeting's or a program's ordinal written one way
 * (dgn_ordinal_key); a numbered meeting of a body named after "of the" as the body's
 * (mint_body_first). */
static const char *mint_id_at(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  char ord[32];
  uint32_t after = a;
  size_t ol = type == DG_TYPE_MEETING || type == DG_TYPE_PROGRAM
                  ? dgn_ordinal_key(c, a, z, ord, sizeof ord, &after)
                  : 0;
  if (!ol) after = a;
  uint32_t of = ol && type == DG_TYPE_MEETING ? body_after_of(c, after, z) : 0;
  if (of) return mint_body_first(c, ord, ol, after, of, z);
  return mint_id(c, type, ord, ol, after - a, c->t + a, z - a);
}

int dgn_is_year_at(const char *s) {
  for (int i = 0; i < 4; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0');
}

/* The 2019 Forum Economic Ministers Meeting: that year's session of a series the dictionary
 * lists (entity ent), an instance of its own (meeting:forum-economic-ministers-meeting@2019)
 * as an ordinal makes one (names_ordinal.c), labelled with the year; t[a, a + 4) is the
 * year. */
static dg_mention *year_instance(dgn_ctx *c, uint32_t a, uint32_t z, long ent) {
  const dg_entity *se = dg_dict_entity(c->rz->dict, (size_t)ent);
  const char *y = c->t + a;
  char id[512], label[600], label_en[600];
  snprintf(id, sizeof id, "%s@%.4s", se->id, y);
  label_en[0] = '\0';
  if (*se->label_en) snprintf(label_en, sizeof label_en, "%.4s %s", y, se->label_en);
  if (*se->label_ja) snprintf(label, sizeof label, "%.4s\xE5\xB9\xB4%s", y, se->label_ja);
  else if (*label_en) snprintf(label, sizeof label, "%s", label_en);
  else snprintf(label, sizeof label, "%.*s", (int)(z - a), y);
  const char *iid = dg_doc_strdup(c->d, id, strlen(id));
  const char *il = dg_doc_strdup(c->d, label, strlen(label));
  const char *ie = dg_doc_strdup(c->d, label_en, strlen(label_en));
  dg_mention *m = iid && il && ie ? dgn_add(c, se->type, a, z, iid, il, ie, -1, 0) : NULL;
  if (m) m->series = (int32_t)ent + 1;
  return m;
}

/* A name the dictionary knows may be found by a rule where the dictionary match gave way
 * to a longer one around it (「中央アジア+日本」対話 inside the name of its declaration): it
 * keeps its entity; a meeting the dictionary knows after a year (the 2019 Forum Economic
 * Ministers Meeting) is that year's instance of it (year_instance). An
 * English name is its own English label. */
dg_mention *dgn_add_minted(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  const char *s = c->t + a;
  size_t n = z - a;
  long ent = dg_dict_find_surface(c->rz->dict, s, n);
  if (ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == type)
    return dgn_add_entity(c, type, a, z, ent);
  if (type == DG_TYPE_MEETING && n > 5 && s[4] == ' ' && dgn_is_year_at(s)) {
    /* the 2019 Forum Economic Ministers Meeting: the year's session of a series the
       dictionary knows, which the title names without it */
    ent = dg_dict_find_surface(c->rz->dict, s + 5, n - 5);
    if (ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == type)
      return year_instance(c, a, z, ent);
  }
  const char *id = mint_id_at(c, type, a, z);
  const char *label = dg_doc_strdup(c->d, s, n);
  if (!id || !label) return NULL;
  return dgn_add(c, type, a, z, id, label, dgn_is_latin(s, n) ? label : "", -1, 0);
}

void dgn_take_entity(dgn_ctx *c, dg_mention *m, long ent) {
  const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)ent);
  m->id = e->id;
  m->label = *e->label_ja ? e->label_ja : e->label_en;
  m->label_en = e->label_en;
  m->entity = (int32_t)ent;
}

int dgn_rename(dgn_ctx *c, dg_mention *m, const char *s, size_t n) {
  long ent = dg_dict_find_surface(c->rz->dict, s, n);
  if (ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == m->type) {
    dgn_take_entity(c, m, ent);
    return 0;
  }
  const char *id = mint_id(c, m->type, "", 0, 0, s, n);
  const char *label = dg_doc_strdup(c->d, s, n);
  if (!id || !label) return -1;
  m->id = id;
  m->label = label;
  m->label_en = dgn_is_latin(s, n) ? label : "";
  m->entity = -1;
  return 0;
}

/* ---- recording a name found by its head word ---- */

typedef struct {
  uint32_t a, z;
  dg_type type;
} span_q;

/* Is [a, z) a known name already, or inside a known name of its own kind (Regional Forum
 * in ASEAN Regional Forum), or inside a value or person? A meeting inside a program's name
 * (Joint Statement of the 23rd ASEAN-Japan Summit) is a name of its own. */
static int q_covered(const dg_mention *m, size_t i, void *arg) {
  const span_q *q = arg;
  (void)i;
  if (!((ANY_NAMED >> m->type) & 1) || m->start > q->a || q->z > m->end) return 0;
  return (m->start == q->a && m->end == q->z) || m->type == q->type ||
         !((NAME_TYPES >> m->type) & 1);
}

/* Inside a new name, a dictionary name of the same kind, a place or region (Tokyo in Tokyo
 * Declaration, Indo-Pacific in Indo-Pacific Strategy) and a year (2025年日本国際博覧会協会)
 * give way to it; countries and groups stay (日ASEAN...会合 is ASEAN's). */
static int q_give_way(const dg_mention *m, size_t i, void *arg) {
  const span_q *q = arg;
  (void)i;
  int area = m->type == DG_TYPE_PLACE || m->type == DG_TYPE_REGION;
  if ((m->type == q->type || area || m->type == DG_TYPE_DATE) &&
      q->a <= m->start && m->end <= q->z && !(m->start == q->a && m->end == q->z))
    ((dg_mention *)m)->type = DG_TYPE_STOP; /* dropped when the list is tidied */
  return 0;
}

static void give_way(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  span_q q = {a, z, type};
  dgn_visit(c, a, q_give_way, &q);
}

/* The dictionary entity of this type that t[a, z) names once its parentheses are left out
 * (CA+JAD(カジャッド)東京イニシアティブ is CA+JAD東京イニシアティブ; Pacific Islands Forum
 * (PIF) Leaders Meeting, one space kept, is Pacific Islands Forum Leaders Meeting), or -1. */
static long known_without_gloss(const dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  if (!memchr(c->t + a, '(', z - a)) return -1;
  char buf[DGN_MAX_NAME_BYTES + 1];
  size_t bl = 0;
  int depth = 0;
  for (uint32_t i = a; i < z && bl < DGN_MAX_NAME_BYTES; i++) {
    if (c->t[i] == '(') depth++;
    else if (c->t[i] == ')' && depth) depth--;
    else if (!depth && !(c->t[i] == ' ' && bl && buf[bl - 1] == ' ')) buf[bl++] = c->t[i];
  }
  long ent = dg_dict_find_surface(c->rz->dict, buf, bl);
  return ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == type ? ent : -1;
}

typedef struct {
  const char *id;  /* the acronym's entity */
  uint32_t a, open; /* its long form lies in [a, open), at most a head word before open */
  long found;
} long_form_q;

static int q_long_form(const dg_mention *m, size_t i, void *arg) {
  long_form_q *q = arg;
  if (m->start < q->a || m->end > q->open || m->end + 9 < q->open || strcmp(m->id, q->id))
    return 0;
  q->found = (long)i;
  return 1;
}

/* The dictionary entity of this type that t[a, z) names once a name glossed with its
 * acronym gives way to the acronym (アジア太平洋経済協力会議(APEC)首脳会議 is APEC首脳会議,
 * 東南アジア諸国連合(ASEAN)関連首脳会議 ASEAN関連首脳会議): the long form is a mention of the
 * acronym's entity ending at the parenthesis or a head word (会議, up to 3 characters)
 * before it; or -1. */
static long known_by_gloss(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  const char *p = memchr(c->t + a, '(', z - a);
  const char *q = p ? memchr(p, ')', (size_t)(c->t + z - p)) : NULL;
  if (!q) return -1;
  uint32_t open = (uint32_t)(p - c->t), close = (uint32_t)(q - c->t);
  long acr = dgn_mention_exact(c, open + 1, close, ANY_NAMED & ~T(PERSON));
  if (acr < 0 || !dgn_is_acronym(c->t, open + 1, close)) return -1;
  long_form_q lq = {c->d->ments[acr].id, a, open, -1};
  if (!dgn_visit(c, a, q_long_form, &lq)) return -1;
  char buf[DGN_MAX_NAME_BYTES + 1];
  size_t n1 = c->d->ments[lq.found].start - a, n2 = close - open - 1, n3 = z - close - 1;
  if (n1 + n2 + n3 > DGN_MAX_NAME_BYTES) return -1;
  memcpy(buf, c->t + a, n1);
  memcpy(buf + n1, c->t + open + 1, n2);
  memcpy(buf + n1 + n2, c->t + close + 1, n3);
  long ent = dg_dict_find_surface(c->rz->dict, buf, n1 + n2 + n3);
  return ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == type ? ent : -1;
}

/* The dictionary entity of this type that an acronym glossed inside t[a, z) names: the
 * Central Asia Regional Economic Cooperation (CAREC) Program is CAREC's; or -1. */
static long known_gloss(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  const char *p = memchr(c->t + a, '(', z - a);
  const char *q = p ? memchr(p, ')', (size_t)(c->t + z - p)) : NULL;
  /* only the head word follows: (CAREC) Program, not (EAS) Foreign Ministers' Meeting */
  if (!q || q + 2 >= c->t + z || q[1] != ' ' || memchr(q + 2, ' ', (size_t)(c->t + z - q - 2)) ||
      !dgn_is_latin(c->t + a, z - a))
    return -1;
  long m = dgn_mention_exact(c, (uint32_t)(p + 1 - c->t), (uint32_t)(q - c->t), 1u << type);
  return m >= 0 ? c->d->ments[m].entity : -1;
}

/* A name [a, z) of `type` is, in this order (a body's name counted by 第N回 being a
 * meeting, its session): nothing new when a known name covers it; an
 * instance of a known series when the rest is an ordinal (第13回 + 日ASEAN防衛当局次官級会合);
 * a known name written with a gloss, or with a name and its acronym where the dictionary has
 * the acronym, or glossed with a known acronym of its kind; else a
 * new name. Names inside it give way. */
/* Where the head of English name t[a, z) ends: before its topic (" on …") or its members
 * (" of …": Council of Ministers) and an acronym glossed before that (Joint Working Group
 * (JWG) on Tourism: after Group). */
static uint32_t en_head_end(const char *t, uint32_t a, uint32_t z) {
  uint32_t e = z;
  for (uint32_t k = a; k + 4 <= z; k++)
    if (!memcmp(t + k, " on ", 4) || !memcmp(t + k, " of ", 4)) {
      e = k;
      break;
    }
  if (e > a && t[e - 1] == ')') {
    uint32_t o = e - 1;
    while (o > a && t[o] != '(') o--;
    if (o > a + 1 && t[o - 1] == ' ') e = o - 1;
  }
  return e;
}

/* Is t[a, z) a body's name counted by 第N回 (第3回…運営委員会: its third session), or in
 * English by an ordinal before a name whose head (before its topic or members: see
 * en_head_end) is a word of session_bodies.tsv (the 3rd Joint Committee, the 1st Joint
 * Working Group on Tourism, the 23rd Council of Ministers; the First Pacific Reef Bank
 * stays a bank)? */
static int numbered_session(const dgn_ctx *c, dg_type type, uint32_t a, uint32_t z) {
  uint32_t after;
  if (type != DG_TYPE_ORGANIZATION || z - a <= 3) return 0;
  if (memcmp(c->t + a, "\xE7\xAC\xAC", 3) != 0) {
    uint32_t e = en_head_end(c->t, a, z), w = e;
    while (w > a && c->t[w - 1] != ' ') w--;
    if (w == a || dg_wordlist_find(&c->r->session_bodies, c->t + w, e - w) < 0) return 0;
  }
  return dgn_ordinal_prefix(c, a, z, &after) > 0;
}

dg_err dgn_record_name(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z, dg_error *err) {
  const dg_doc *d = c->d;
  if (!dgn_name_fits(c, a, z)) return DG_OK;
  if (numbered_session(c, type, a, z)) type = DG_TYPE_MEETING;
  span_q cq = {a, z, type};
  if (dgn_visit(c, a, q_covered, &cq)) return DG_OK;
  uint32_t after = a;
  int ord = dgn_ordinal_prefix(c, a, z, &after);
  long known = dgn_mention_ending(c, z, NAME_TYPES);
  if (ord > 0 && known >= 0 && d->ments[known].start == after && d->ments[known].entity >= 0)
    return dgn_record_instance(c, ord, a, z, known, err);
  long ent = known_without_gloss(c, type, a, z);
  long series = ord > 0 && ent < 0 ? known_without_gloss(c, type, after, z) : -1;
  if (ord > 0 && type == DG_TYPE_MEETING && series < 0) series = dgn_counted_series(c, after, z);
  if (series >= 0) give_way(c, type, a, z);
  if (series >= 0) /* the 54th Pacific Islands Forum (PIF) Leaders Meeting: the 54th of it */
    return dgn_record_instance_of(c, ord, a, z, series, err);
  if (ent < 0) ent = known_by_gloss(c, type, a, z);
  if (ent < 0) ent = known_gloss(c, type, a, z);
  give_way(c, type, a, z);
  dg_mention *m = ent >= 0 ? dgn_add_entity(c, type, a, z, ent) : dgn_add_minted(c, type, a, z);
  return m ? DG_OK : dg_error_set(err, DG_ENOMEM, "out of memory");
}
