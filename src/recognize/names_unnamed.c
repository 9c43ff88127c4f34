/* The document's unnamed meeting: when a back reference to a meeting (本会合, 同会議, the
 * meeting, this Summit) finds no meeting named before it, the document speaks of a meeting
 * it never names, or names in words no rule reads as a name. The reference then stands for
 * one meeting of the document's own: its id is scoped to the document (meeting:unnamed@ and
 * the document's content hash, else a hash of its path), so the unnamed meetings of two
 * documents never merge, while a document read again, or in another shard, gives the same
 * id. Its label is the first such reference as written and the file's name after it
 * (本会合 (report.txt)), so a diagram tells them apart.
 *
 * An English document that introduces its meeting in words (held a ministerial meeting on
 * Afghanistan; an informal dialogue of ministers) before the first such reference names it
 * so: that phrase, without its article, is the unnamed meeting's first mention and label
 * (dgn_descriptive_meeting).
 *
 * Invariant: one unnamed meeting a document at most; every reference without an antecedent
 * (but "it" and 前回, which only ever point at a name) becomes an implicit mention of it,
 * and none of its mentions is ever an antecedent of another (implicit mentions never are). */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "recognize/names_int.h"

/* The file name at the end of a path (the path itself when it has no '/'). */
static const char *base_name(const char *path) {
  const char *s = path ? strrchr(path, '/') : NULL;
  return s ? s + 1 : path ? path : "-";
}

/* The document's key: its content hash, else a hash of its path (a document made from a
 * string has none). */
static void doc_key(const dg_doc *d, char out[17]) {
  if (d->hash[0]) {
    memcpy(out, d->hash, 17);
    return;
  }
  const char *p = d->path ? d->path : "-";
  snprintf(out, 17, "%016llx", (unsigned long long)dg_hash_bytes(p, strlen(p)));
}

int dgn_doc_scoped(dgn_ctx *c, const char *stem, uint32_t a, uint32_t z, const char **id,
                   const char **label) {
  char key[17];
  dg_buf b;
  doc_key(c->d, key);
  dg_buf_init(&b);
  dg_buf_printf(&b, "%s@%s", stem, key);
  *id = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_clear(&b);
  dg_buf_add(&b, c->t + a, z - a);
  dg_buf_printf(&b, " (%s)", base_name(c->d->path));
  *label = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_destroy(&b);
  return *id && *label ? 0 : -1;
}

/* The end of the Latin word that starts at p (letters, digits, hyphens), up to e. */
static uint32_t word_end(const char *t, uint32_t p, uint32_t e) {
  while (p < e && (dg_is_ascii_alnum((unsigned char)t[p]) || t[p] == '-')) p++;
  return p;
}

/* Past " on ", " of ", " with " or " between " and the capitalized words after it (up to
 * four, "and" between) at p, up to e; p when none follows. */
static uint32_t past_topic(const char *t, uint32_t p, uint32_t e) {
  static const char *const LINKS[] = {" on ", " of ", " with ", " between "};
  uint32_t q = p, last = p;
  for (size_t k = 0; k < sizeof LINKS / sizeof *LINKS && q == p; k++)
    if (dg_lit(t, e, p, LINKS[k])) q = p + (uint32_t)strlen(LINKS[k]);
  for (int w = 0; q > p && w < 4 && q < e && dg_is_upper(t[q]); w++) {
    last = word_end(t, q, e);
    q = last;
    if (dg_lit(t, e, q, " and ") && q + 5 < e && dg_is_upper(t[q + 5])) q += 5;
    else if (q < e && t[q] == ' ' && q + 1 < e && dg_is_upper(t[q + 1])) q++;
    else break;
  }
  return last;
}

/* "the GROUP meeting", "the so-called GROUP summit" at p (" the "): a known group and a
 * meeting word of heads.tsv in lower case right after it (the group's meeting, written as
 * a description): 1, and [*a, *z) the group and the meeting words. */
static int group_meeting_at(dgn_ctx *c, uint32_t p, uint32_t before, uint32_t *a, uint32_t *z) {
  const char *t = c->t;
  if (!dg_lit(t, before, p, " the ")) return 0;
  uint32_t q = p + 5;
  if (dg_lit(t, before, q, "so-called ")) q += 10;
  long g = dgn_mention_starting(c, q, T(GROUP));
  if (g < 0) return 0;
  uint32_t e = c->d->ments[g].end;
  if (e + 1 >= before || t[e] != ' ' || !dg_is_lower(t[e + 1])) return 0;
  uint32_t h = word_end(t, e + 1, before);
  if (!dgn_lower_meeting_head(c, e + 1, h)) return 0;
  while (h + 1 < before && t[h] == ' ' && dgn_lower_meeting_head(c, h + 1, word_end(t, h + 1, before)))
    h = word_end(t, h + 1, before); /* ministerial meeting */
  *a = q;
  *z = h;
  return !dgn_overlaps(c, q, h, NAME_TYPES);
}

int dgn_descriptive_meeting(dgn_ctx *c, uint32_t before, uint32_t *a, uint32_t *z) {
  const char *t = c->t;
  for (uint32_t p = 0; p + 3 < before; p++) {
    if (group_meeting_at(c, p, before, a, z)) return 1;
    uint32_t q = dg_lit(t, before, p, " a ") ? p + 3 : dg_lit(t, before, p, " an ") ? p + 4 : 0;
    for (int w = 0; q && w < 4 && q < before && dg_is_lower(t[q]); w++) {
      uint32_t e = word_end(t, q, before);
      if (e == q) break;
      if (dgn_lower_meeting_head(c, q, e)) {
        while (e + 1 < before && t[e] == ' ' && dgn_lower_meeting_head(c, e + 1, word_end(t, e + 1, before)))
          e = word_end(t, e + 1, before); /* ministerial meeting */
        *a = p + (t[p + 2] == ' ' ? 3 : 4);
        *z = past_topic(t, e, before);
        return !dgn_overlaps(c, *a, *z, NAME_TYPES);
      }
      if (e >= before || t[e] != ' ') break;
      q = e + 1;
    }
  }
  return 0;
}

int dgn_unnamed_meeting(dgn_ctx *c, dgn_unnamed *u, uint32_t a, uint32_t z) {
  if (!u->id) {
    if (dgn_doc_scoped(c, "meeting:unnamed", a, z, &u->id, &u->label)) return -1;
    u->latin = dgn_is_latin(c->t + a, z - a);
  }
  return dgn_add(c, DG_TYPE_MEETING, a, z, u->id, u->label, u->latin ? u->label : "", -1, 1)
             ? 0
             : -1;
}

/* The mention of one of the types (a bit set of 1u << dg_type) that starts at a, or NULL. */
static const dg_mention *mention_at(const dgn_ctx *c, uint32_t a, uint32_t types) {
  for (size_t k = 0; k < c->d->nments; k++) {
    const dg_mention *m = &c->d->ments[k];
    if (m->start == a && !m->implicit && (types >> m->type & 1u)) return m;
  }
  return NULL;
}

int dgn_verb_meeting(dgn_ctx *c, uint32_t *a, uint32_t *z) {
  static const char *const FRAMES[] = {" within the framework of the ", " within the framework of ",
                                       " under the ", " as part of the "};
  const uint32_t PLACES = 1u << DG_TYPE_PLACE | 1u << DG_TYPE_COUNTRY;
  const uint32_t PARTIES = 1u << DG_TYPE_PERSON | 1u << DG_TYPE_COUNTRY;
  const uint32_t FRAMED = 1u << DG_TYPE_PROGRAM | 1u << DG_TYPE_GROUP | 1u << DG_TYPE_ORGANIZATION;
  const char *t = c->t;
  const dg_doc *d = c->d;
  for (size_t k = 0; k < d->nments; k++) /* a document that names a meeting: not this one */
    if (d->ments[k].type == DG_TYPE_MEETING && !d->ments[k].implicit) return 0;
  for (uint32_t p = 1; p + 8 < c->len; p++) {
    if (!dg_lit(t, (uint32_t)c->len, p, " met in ")) continue;
    const dg_mention *pl = mention_at(c, p + 8, PLACES);
    if (!pl) continue;
    /* the parties: two or more people or countries before the verb in its sentence, the
     * last of them ending just before it (the Minister and her counterparts of A and B met) */
    int parties = 0, last = 0;
    for (size_t k = 0; k < d->nments; k++) {
      const dg_mention *m = &d->ments[k];
      if (m->sentence != pl->sentence || m->end > p || m->implicit || !(PARTIES >> m->type & 1u))
        continue;
      parties++;
      if (m->end == p) last = 1;
    }
    if (parties < 2 || !last) continue;
    uint32_t e = pl->end;
    const dg_mention *more;
    while (e + 2 < c->len && t[e] == ',' && t[e + 1] == ' ' && (more = mention_at(c, e + 2, PLACES)))
      e = more->end; /* met in Hue, Vietnam */
    int framed = 0, dated = 0;
    for (size_t f = 0; f < sizeof FRAMES / sizeof *FRAMES && !framed; f++) {
      const dg_mention *fr;
      if (dg_lit(t, (uint32_t)c->len, e, FRAMES[f]) &&
          (fr = mention_at(c, e + (uint32_t)strlen(FRAMES[f]), FRAMED))) {
        e = fr->end;
        framed = 1;
      }
    }
    /* an occasion: a framework it is held under, or a date in its sentence (a bare 'A and
     * B met in Suva' may be a talk of two, no meeting the document is about) */
    for (size_t k = 0; k < d->nments && !framed && !dated; k++)
      dated = d->ments[k].sentence == pl->sentence && d->ments[k].type == DG_TYPE_DATE;
    if (!framed && !dated) continue;
    *a = p + 1;
    *z = e;
    return 1;
  }
  return 0;
}

int dgn_attended_meeting(dgn_ctx *c, uint32_t *a, uint32_t *z, size_t *named) {
  static const char *const VERBS[] = {" attends a ", " attend a ", " attending a "};
  const char *t = c->t;
  const dg_doc *d = c->d;
  long first = -1;
  for (size_t k = 0; k < d->nments; k++) { /* one meeting named in the document: the first */
    const dg_mention *m = &d->ments[k];
    if (m->type != DG_TYPE_MEETING || m->implicit) continue;
    if (first < 0) first = (long)k;
    else if (strcmp(m->id, d->ments[first].id)) return 0;
  }
  if (first < 0) return 0;
  uint32_t before = d->ments[first].start;
  for (uint32_t p = 0; p + 4 < before; p++) {
    uint32_t q = 0;
    for (size_t v = 0; v < sizeof VERBS / sizeof *VERBS && !q; v++)
      if (dg_lit(t, before, p, VERBS[v])) q = p + (uint32_t)strlen(VERBS[v]);
    if (!q) continue;
    uint32_t s = q;
    for (int w = 0; w < 4 && q < before && dg_is_lower(t[q]); w++) {
      uint32_t e = word_end(t, q, before);
      if (e == q) break;
      if (dgn_lower_meeting_head(c, q, e) &&
          !(e + 1 < before && t[e] == ' ' &&
            dgn_lower_meeting_head(c, e + 1, word_end(t, e + 1, before)))) {
        if (w == 0 || dgn_overlaps(c, s, e, NAME_TYPES)) break; /* a meeting, its kind told */
        *a = s;
        *z = e;
        *named = (size_t)first;
        return 1;
      }
      if (e >= before || t[e] != ' ') break;
      q = e + 1;
    }
  }
  return 0;
}
