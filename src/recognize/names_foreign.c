/* Another country's body named by its generic name: in 「ミャンマー：…外務省高官が出席」,
 * 「ミャンマーの外務省」 and "Myanmar's Ministry of Foreign Affairs" the ministry is
 * Myanmar's, not the Japanese ministry the dictionary files under 外務省. Such a mention
 * becomes the body of that country: the dictionary's when it lists the name as the
 * country would be written with it (ミャンマー外務省, Ministry of Foreign Affairs of
 * Myanmar: org:mofa-myanmar), else a name minted from that text (org:ラオス外務省), the
 * node a researcher finds when a document writes the country's name in full.
 * Invariant: only a ministry the dictionary gives to another country (kind=ministry,
 * country=), written without a country or an acronym, changes; a name no dictionary lists
 * changes only to a listed body. The country is the one named right before it with の or
 * 's, or the country a line opens with before a colon (a list of participants) when no
 * other country stands between. */
#include <stdio.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "recognize/names_int.h"

static const char NO[] = "\xE3\x81\xAE"; /* の */

/* The country named right before m with の or 's (’s), or -1. */
static long possessor(dgn_ctx *c, const dg_mention *m) {
  uint32_t a = m->start;
  if (a >= 3 && dg_lit_before(c->t, a, NO)) return dgn_mention_ending(c, a - 3, T(COUNTRY));
  if (a >= 3 && dg_lit_before(c->t, a, "'s ")) return dgn_mention_ending(c, a - 3, T(COUNTRY));
  if (a >= 5 && dg_lit_before(c->t, a, "\xE2\x80\x99s "))
    return dgn_mention_ending(c, a - 5, T(COUNTRY));
  return -1;
}

/* The country a line opens with before a colon (・ミャンマー:, Myanmar:) when m is after
 * the colon and no other country stands between; else -1. Only spaces and list marks
 * (・, -, *) may come before the country. */
static long line_topic(dgn_ctx *c, const dg_mention *m) {
  uint32_t a = m->start;
  while (a > 0 && c->t[a - 1] != '\n') a--;
  while (a < m->start) {
    uint32_t cp = dg_cp_at(c->t, c->len, a);
    if (cp != ' ' && cp != '\t' && cp != '-' && cp != '*' && cp != DGN_CP_DOT &&
        cp != 0x3000 && cp != 0x2022)
      break;
    a += (uint32_t)dg_utf8_len(c->t + a, c->t + c->len);
  }
  long k = dgn_mention_starting(c, a, T(COUNTRY));
  if (k < 0) return -1;
  uint32_t colon = c->d->ments[k].end;
  if (colon >= m->start || c->t[colon] != ':' ||
      dgn_overlaps(c, colon + 1, m->start, T(COUNTRY)))
    return -1;
  return k;
}

/* The country of a listed body, as its country= attribute names it, or "". */
static const char *body_country(const dg_entity *e, char *buf, size_t n) {
  const char *v = dg_entity_attr(e, "country", buf, n);
  return v ? v : "";
}

/* Is m a ministry the dictionary lists, written by a generic name (no country in it, no
 * acronym): 外務省, not 日本外務省 or MOFA? */
static int generic_ministry(dgn_ctx *c, const dg_mention *m) {
  if (m->entity < 0 || dgn_overlaps(c, m->start, m->end, T(COUNTRY)) ||
      dgn_is_acronym(c->t, m->start, m->end))
    return 0;
  char kind[32];
  const char *k = dg_entity_attr(dg_dict_entity(c->rz->dict, (size_t)m->entity), "kind", kind,
                                 sizeof kind);
  return k && !strcmp(k, "ministry");
}

/* Mention m, a body of country `ent`'s: written as the country would write it (Japanese:
 * the country's name before it; English: "of" and the country after it). 0, or -1 when
 * memory runs out. */
static int of_country(dgn_ctx *c, dg_mention *m, const dg_entity *country) {
  const char *s = c->t + m->start;
  size_t n = m->end - m->start;
  int latin = dgn_is_latin(s, n);
  const char *cl = latin ? country->label_en : country->label_ja;
  if (!*cl) return 0;
  char name[DGN_MAX_NAME_BYTES + 64];
  int w = latin ? snprintf(name, sizeof name, "%.*s of %s", (int)n, s, cl)
                : snprintf(name, sizeof name, "%s%.*s", cl, (int)n, s);
  if (w < 0 || (size_t)w >= sizeof name) return 0;
  if (m->entity < 0) { /* a name no dictionary lists: only to a listed body */
    long ent = dg_dict_find_surface(c->rz->dict, name, (size_t)w);
    if (ent >= 0 && dg_dict_entity(c->rz->dict, (size_t)ent)->type == m->type)
      dgn_take_entity(c, m, ent);
    return 0;
  }
  return dgn_rename(c, m, name, (size_t)w);
}

/* 外務省 in 「ミャンマー：…外務省高官」: Myanmar's ministry. */
dg_err dgn_foreign_orgs(dgn_ctx *c, dg_error *err) {
  const dg_dict *dict = c->rz->dict;
  for (size_t i = 0; i < c->d->nments; i++) {
    dg_mention *m = &c->d->ments[i];
    if (m->type != DG_TYPE_ORGANIZATION || m->implicit) continue;
    int listed = generic_ministry(c, m);
    if (!listed && (m->entity >= 0 || !dgn_is_latin(c->t + m->start, m->end - m->start)))
      continue;
    long k = possessor(c, m);
    if (k < 0) k = line_topic(c, m);
    if (k < 0 || c->d->ments[k].entity < 0) continue;
    const dg_entity *country = dg_dict_entity(dict, (size_t)c->d->ments[k].entity);
    char own[64];
    if (listed && !strcmp(body_country(dg_dict_entity(dict, (size_t)m->entity), own, sizeof own),
                          country->id))
      continue; /* 日本：外務省 is Japan's */
    if (of_country(c, m, country)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}
