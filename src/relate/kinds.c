/* Typed relations a sentence states with a trigger word (dicts/rules/triggers.tsv), one
 * rule a kind, and the table that runs them on every sentence.
 * Invariant: a rule ties only mentions of its own sentence (or the document's own
 * meeting, for a sentence that names none) and never a mention nested in a longer name:
 * ASEAN in 日ASEAN首脳会議 is part of a name, not an actor of the sentence. */
#include <stdint.h>

#include "relate/ties.h"

/* The venue a held_in trigger names: a place right before it in Japanese (東京において,
 * バンコクで開催) or right after it in English (held in Vientiane), with at most one
 * space between; the last such place of the sentence, or -1. */
static long venue(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  const char *t = c->d->text;
  int latin = (unsigned char)t[g->start] < 0x80;
  long p = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_type(m, DG_REL_PLACES)) continue;
    uint32_t gap_a = latin ? g->end : m->end, gap_z = latin ? m->start : g->start;
    if (gap_a > gap_z) continue;
    int ok = 1;
    for (uint32_t q = gap_a; q < gap_z; q++) ok &= t[q] == ' ';
    if (ok && gap_z - gap_a <= 1) p = (long)i;
  }
  return p;
}

/* held_in: the meeting nearest a held_in trigger to the venue it names; in a sentence
 * that names no meeting but holds one (…において開催), the document's own meeting.
 *   大阪において第4回日メコン経済対話を開催した -> held_in(対話, 大阪)
 *   The Third Mekong Water Forum was held in Phnom Penh -> held_in(Forum, Phnom Penh) */
static void held_in(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  uint32_t ms[DG_REL_MAXM];
  size_t nm = dg_rel_meetings(c, s, ms, DG_REL_MAXM, 0);
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    long p = g->kind == kind ? venue(c, s, g) : -1;
    long m = nm ? (long)dg_rel_nearest_of(c, ms, nm, g->start) : -1;
    if (m < 0 && dg_rel_has_trigger(c, DG_REL_HELD_ON)) m = c->main_meeting;
    if (p >= 0 && m >= 0) dg_rel_add(c, kind, (uint32_t)m, (uint32_t)p, s);
  }
}

/* Of the meetings ms[0..n), the one a date introduces: the nearest that starts after it,
 * else the nearest that ends before it, or -1. */
static long meeting_of_date(const dg_rel_ctx *c, const uint32_t *ms, size_t n,
                            const dg_mention *dt) {
  const dg_mention *m = c->d->ments;
  long after = -1, before = -1;
  for (size_t x = 0; x < n; x++) {
    const dg_mention *e = &m[ms[x]];
    if (e->start >= dt->end) {
      if (after < 0 || e->start < m[after].start) after = ms[x];
    } else if (e->end <= dt->start) {
      if (before < 0 || e->end > m[before].end) before = ms[x];
    }
  }
  return after >= 0 ? after : before;
}

/* held_on: in a sentence that holds a meeting (a held_on or held_in trigger), each date to
 * the meeting it introduces (meeting_of_date).
 *   2022年6月にハノイで開催された第2回日メコン保健会合 -> held_on(会合, 2022-06)
 *   the ministers' meeting held on 4 March 2024 -> held_on(meeting, 2024-03-04) */
static void held_on(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_has_trigger(c, DG_REL_HELD_ON) && !dg_rel_has_trigger(c, DG_REL_HELD_IN)) return;
  uint32_t ms[DG_REL_MAXM];
  size_t nm = dg_rel_meetings(c, s, ms, DG_REL_MAXM, 0);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && nm; i++) {
    const dg_mention *dt = &c->d->ments[i];
    if (c->nested[i] || dt->type != DG_TYPE_DATE) continue;
    long m = meeting_of_date(c, ms, nm, dt);
    if (m >= 0) dg_rel_add(c, kind, (uint32_t)m, i, s);
  }
}

/* The venues of sentence s (see venue), at most DG_REL_MAXM. */
static size_t venues(const dg_rel_ctx *c, uint32_t s, uint32_t *out) {
  size_t n = 0;
  for (size_t k = 0; k < c->trigs.n; k++) {
    const dg_rel_trigger *g = &c->trigs.v[k];
    if (g->kind != DG_REL_HELD_IN) continue;
    long p = venue(c, s, g);
    if (p >= 0 && n < DG_REL_MAXM) out[n++] = (uint32_t)p;
  }
  return n;
}

/* participates_in: in a sentence about taking part, every actor (country, group,
 * organization, person) that is not the venue to every meeting the sentence names, or to
 * the document's own.
 *   第5回日メコン農業対話にはカンボジア及びタイが参加した
 *     -> participates_in(カンボジア, 対話), participates_in(タイ, 対話)
 *   Laos attended the Mekong-Japan Water Forum -> participates_in(Laos, Forum) */
static void participates_in(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_has_trigger(c, kind)) return;
  uint32_t ms[DG_REL_MAXM], vs[DG_REL_MAXM];
  size_t nv = venues(c, s, vs);
  size_t nm = dg_rel_meetings(c, s, ms, DG_REL_MAXM, 1);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    if (c->nested[i] || !dg_rel_is_type(&c->d->ments[i], DG_REL_ACTORS)) continue;
    int is_venue = 0;
    for (size_t q = 0; q < nv; q++) is_venue |= vs[q] == i;
    if (is_venue) continue;
    for (size_t x = 0; x < nm; x++) dg_rel_add(c, kind, i, ms[x], s);
  }
}

/* The chair a chaired_by trigger names: a person, else a country, standing just before it
 * (at most 30 bytes) or just after it (at most 40). Japanese names the chair first
 * (鈴木外務大臣の議長の下), else after (議長は山田審議官が務め); English after first
 * (chaired by Minister Sato). Returns the mention or -1. */
static long chair(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  int latin = (unsigned char)c->d->text[g->start] < 0x80;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t types = pass ? DG_TYPESET(COUNTRY) : DG_TYPESET(PERSON);
    long before = -1, after = -1;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *m = &c->d->ments[i];
      if (c->nested[i] || !dg_rel_is_type(m, types)) continue;
      if (m->end <= g->start && g->start - m->end <= 30) before = (long)i;
      if (m->start >= g->end && m->start - g->end <= 40 && after < 0) after = (long)i;
    }
    long p = latin ? (after >= 0 ? after : before) : (before >= 0 ? before : after);
    if (p >= 0) return p;
  }
  return -1;
}

/* chaired_by: every meeting of the sentence (or the document's own) to the chair a
 * chaired_by trigger names (see chair).
 *   第6回日メコン対話は鈴木外務大臣の議長の下で行われた -> chaired_by(対話, 鈴木) */
static void chaired_by(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  uint32_t ms[DG_REL_MAXM];
  size_t nm = dg_rel_meetings(c, s, ms, DG_REL_MAXM, 1);
  for (size_t k = 0; k < c->trigs.n; k++) {
    long p = c->trigs.v[k].kind == kind ? chair(c, s, &c->trigs.v[k]) : -1;
    for (size_t x = 0; x < nm && p >= 0; x++) dg_rel_add(c, kind, ms[x], (uint32_t)p, s);
  }
}

/* Does a trigger of kind k stand within 45 bytes of mention m? The program a verb acts on
 * stands close to it (提示した「…」, 「…」を採択): a program named elsewhere in a long
 * sentence is not what was announced. */
static int near_trigger(const dg_rel_ctx *c, const dg_mention *m, dg_rel_kind k) {
  for (size_t i = 0; i < c->trigs.n; i++)
    if (c->trigs.v[i].kind == (uint32_t)k && dg_rel_dist(m, c->trigs.v[i].start) <= 45)
      return 1;
  return 0;
}

/* announced_at, adopted_at: each program near the verb (near_trigger) to the meeting of
 * the sentence nearest to it, or to the document's own.
 *   同会合において「日メコン水資源イニシアティブ」を発表した -> announced_at(イニシアティブ, 会合)
 *   「メコン防災行動計画」が第4回日メコン外相会議で採択された -> adopted_at(行動計画, 会議) */
static void program_at(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  if (!dg_rel_has_trigger(c, kind)) return;
  uint32_t ms[DG_REL_MAXM];
  size_t nm = dg_rel_meetings(c, s, ms, DG_REL_MAXM, 1);
  if (!nm) return;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_PROGRAM || !near_trigger(c, m, kind)) continue;
    dg_rel_add(c, kind, i, dg_rel_nearest_of(c, ms, nm, m->start), s);
  }
}

/* The typed relations of a sentence, tried in this order (the order of d->rels, which is
 * part of the output: append new rows at the end).
 * To add a relation kind:
 *   1. a value in dg_rel_kind (include/docgraph/types.h), its name in rel_names
 *      (src/doc/types.c) and its colour and line in kind_lines (src/draw/style.c);
 *   2. its trigger words in dicts/rules/triggers.tsv (row_trigger in src/lex/rules.c
 *      names the kinds a trigger may type in its error message);
 *   3. a rule here: a static function (c, s, kind) with a comment saying what it ties and
 *      an example sentence, adding ties with dg_rel_add; and a row below;
 *   4. rows in the ties table of tests/test_relate.c: sentences that must give the tie
 *      and near misses that must not (test_every_rule_has_rows insists).
 * A source of ties that is not one sentence (a table, a list) goes in dg_rel_sources. */
const dg_rel_kind_rule dg_rel_kinds[] = {
    {"held_in", DG_REL_HELD_IN, held_in},
    {"held_on", DG_REL_HELD_ON, held_on},
    {"participates_in", DG_REL_PARTICIPATES_IN, participates_in},
    {"chaired_by", DG_REL_CHAIRED_BY, chaired_by},
    {"announced_at", DG_REL_ANNOUNCED_AT, program_at},
    {"adopted_at", DG_REL_ADOPTED_AT, program_at},
    /* no trigger word: a meeting's parenthesis gives held_on and held_in */
    {"meeting parenthesis", DG_REL_HELD_ON, dg_rel_meeting_parenthesis},
};
const size_t dg_rel_nkinds = sizeof dg_rel_kinds / sizeof *dg_rel_kinds;

void dg_rel_sentences(dg_rel_ctx *c) {
  for (size_t s = 0; s < c->d->nsents && !c->oom; s++) {
    dg_rel_find_triggers(c, (uint32_t)s);
    for (size_t k = 0; k < dg_rel_nkinds; k++)
      dg_rel_kinds[k].fn(c, (uint32_t)s, dg_rel_kinds[k].kind);
  }
}
