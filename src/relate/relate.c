/* Relations between the names of one document (see docgraph/relate.h).
 *
 * Invariant: every relation joins two mentions of the document and points at one sentence
 * of it (its evidence); units list mention indices only. Mentions nested inside a longer
 * name (ASEAN in 日ASEAN首脳会議) take part in co-occurrence but not in typed relations:
 * they are part of a name, not actors of the sentence. */
#include "docgraph/relate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lex/rules_lists.h"
#include "base/buf.h"
#include "base/utf8.h"

int dg_scope_parse(const char *name, dg_scope *out) {
  if (!strcmp(name, "sentence")) *out = DG_SCOPE_SENTENCE;
  else if (!strcmp(name, "paragraph")) *out = DG_SCOPE_PARAGRAPH;
  else if (!strcmp(name, "block")) *out = DG_SCOPE_BLOCK;
  else return -1;
  return 0;
}

#define T(x) (1u << DG_TYPE_##x)
#define ACTORS (T(COUNTRY) | T(GROUP) | T(ORGANIZATION) | T(PERSON))
#define PLACES (T(PLACE) | T(COUNTRY))

typedef struct {
  uint32_t kind; /* dg_rel_kind */
  uint32_t start, end;
} trig;

typedef struct {
  const dg_rules *r;
  dg_doc *d;
  uint8_t *nested;      /* per mention: inside a longer mention */
  uint32_t *sent_first; /* mentions of sentence s: [sent_first[s], sent_end[s]) */
  uint32_t *sent_end;
  long main_meeting;    /* the meeting the document is about, or -1 */
  DG_VEC(dg_relation) rels;
  DG_VEC(trig) trigs;
  int oom;
} ctx;

static void rel(ctx *c, dg_rel_kind k, uint32_t from, uint32_t to, uint32_t sentence) {
  if (from == to || !strcmp(c->d->ments[from].id, c->d->ments[to].id)) return;
  for (size_t i = c->rels.n; i-- > 0;) { /* the same tie twice from one sentence counts once */
    const dg_relation *x = &c->rels.v[i];
    if (x->sentence != sentence) break;
    if (x->kind == k && !strcmp(c->d->ments[x->from].id, c->d->ments[from].id) &&
        !strcmp(c->d->ments[x->to].id, c->d->ments[to].id))
      return;
  }
  dg_relation x = {k, from, to, sentence};
  if (DG_PUSH(c->rels, x)) c->oom = 1;
}

static int is_type(const dg_mention *m, uint32_t types) { return (types >> m->type) & 1; }

/* Mentions nested in a longer one: one pass over the mentions sorted by start (longest
 * first), keeping the furthest end seen among earlier, longer spans. */
static void mark_nested(ctx *c) {
  const dg_doc *d = c->d;
  uint32_t far = 0, far_start = 0;
  int any = 0;
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    c->nested[i] = any && m->end <= far && !(m->start == far_start && m->end == far);
    if (!any || m->end > far) {
      far = m->end;
      far_start = m->start;
      any = 1;
    }
  }
}

/* Trigger words of one sentence. */
static void find_triggers(ctx *c, const dg_sentence *s) {
  const char *t = c->d->text;
  c->trigs.n = 0;
  for (uint32_t i = s->start; i < s->end;) {
    long w = dg_wordlist_at(&c->r->triggers, t, s->end, i);
    unsigned char ch = (unsigned char)t[i];
    uint32_t step = ch < 0x80 ? 1 : (uint32_t)dg_utf8_len(t + i, t + s->end);
    if (w < 0) {
      i += step;
      continue;
    }
    const dg_word *word = &c->r->triggers.w[w];
    uint32_t e = i + word->len;
    int latin = (unsigned char)word->s[0] < 0x80;
    if (latin && ((i > s->start && dg_is_ascii_alnum((unsigned char)t[i - 1])) ||
                  (e < s->end && dg_is_ascii_alnum((unsigned char)t[e])))) {
      i += step;
      continue;
    }
    trig g = {(uint32_t)word->as.trigger.kind, i, e};
    if (DG_PUSH(c->trigs, g)) c->oom = 1;
    i = e;
  }
}

static int has_trigger(const ctx *c, dg_rel_kind k) {
  for (size_t i = 0; i < c->trigs.n; i++)
    if (c->trigs.v[i].kind == k) return 1;
  return 0;
}

static uint32_t dist(const dg_mention *a, uint32_t at) {
  return a->start > at ? a->start - at : at - a->end;
}

/* The mention of a type in `types` in sentence s nearest to offset `at`, or -1. */
static long nearest(const ctx *c, uint32_t s, uint32_t types, uint32_t at, long except) {
  long best = -1;
  uint32_t bd = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if ((long)i == except || c->nested[i] || !is_type(m, types)) continue;
    uint32_t dd = dist(m, at);
    if (best < 0 || dd < bd) best = (long)i, bd = dd;
  }
  return best;
}

/* The meetings a sentence speaks of: those it names, or the document's own meeting. */
static size_t meetings_of(const ctx *c, uint32_t s, uint32_t *out, size_t max, int fallback) {
  size_t n = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && n < max; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING) out[n++] = i;
  if (!n && fallback && c->main_meeting >= 0) out[n++] = (uint32_t)c->main_meeting;
  return n;
}

#define MAXM 32

static void sentence_relations(ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  find_triggers(c, &d->sents[s]);
  uint32_t ms[MAXM];
  int held = has_trigger(c, DG_REL_HELD_ON) || has_trigger(c, DG_REL_HELD_IN);
  uint32_t place_used[MAXM];
  size_t nplace = 0;

  /* held_in: a place right before において / で開催, or right after "held in" */
  for (size_t k = 0; k < c->trigs.n; k++) {
    const trig *g = &c->trigs.v[k];
    if (g->kind != DG_REL_HELD_IN) continue;
    int latin = (unsigned char)t[g->start] < 0x80;
    long p = -1;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *m = &d->ments[i];
      if (c->nested[i] || !is_type(m, PLACES)) continue;
      uint32_t gap_a = latin ? g->end : m->end, gap_z = latin ? m->start : g->start;
      if (gap_a > gap_z) continue;
      int ok = 1;
      for (uint32_t q = gap_a; q < gap_z; q++) ok &= t[q] == ' ';
      if (ok && gap_z - gap_a <= 1) p = (long)i;
    }
    if (p < 0) continue;
    size_t nm = meetings_of(c, s, ms, MAXM, 0);
    long best = -1;
    for (size_t x = 0; x < nm; x++)
      if (best < 0 || dist(&d->ments[ms[x]], g->start) < dist(&d->ments[best], g->start))
        best = (long)ms[x];
    if (best < 0 && has_trigger(c, DG_REL_HELD_ON)) best = c->main_meeting;
    if (best >= 0) rel(c, DG_REL_HELD_IN, (uint32_t)best, (uint32_t)p, s);
    if (nplace < MAXM) place_used[nplace++] = (uint32_t)p;
  }

  /* held_on: in a sentence that holds a meeting, each date goes to the meeting it
   * introduces: the nearest one after it (令和5年11月にインドネシアで開催された第8回…会合),
   * else the nearest before it (the meeting held on 30 January) */
  if (held) {
    size_t nm = meetings_of(c, s, ms, MAXM, 0);
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && nm; i++) {
      const dg_mention *dt = &d->ments[i];
      if (c->nested[i] || dt->type != DG_TYPE_DATE) continue;
      long after = -1, before = -1;
      for (size_t x = 0; x < nm; x++) {
        const dg_mention *m = &d->ments[ms[x]];
        if (m->start >= dt->end) {
          if (after < 0 || m->start < d->ments[after].start) after = ms[x];
        } else if (m->end <= dt->start) {
          if (before < 0 || m->end > d->ments[before].end) before = ms[x];
        }
      }
      long m = after >= 0 ? after : before;
      if (m >= 0) rel(c, DG_REL_HELD_ON, (uint32_t)m, i, s);
    }
  }

  /* participates_in: the actors of a sentence about taking part */
  if (has_trigger(c, DG_REL_PARTICIPATES_IN)) {
    size_t nm = meetings_of(c, s, ms, MAXM, 1);
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *m = &d->ments[i];
      if (c->nested[i] || !is_type(m, ACTORS)) continue;
      int is_place = 0;
      for (size_t q = 0; q < nplace; q++) is_place |= place_used[q] == i;
      if (is_place) continue;
      for (size_t x = 0; x < nm; x++) rel(c, DG_REL_PARTICIPATES_IN, i, ms[x], s);
    }
  }

  /* chaired_by: in Japanese the chair is named just before 議長 (高市総理大臣の議長の下) or
   * after it (議長は芹澤防衛審議官が務め); in English after "chaired by" */
  for (size_t k = 0; k < c->trigs.n; k++) {
    const trig *g = &c->trigs.v[k];
    if (g->kind != DG_REL_CHAIRED_BY) continue;
    int latin = (unsigned char)t[g->start] < 0x80;
    long p = -1;
    for (int pass = 0; pass < 2 && p < 0; pass++) {
      uint32_t types = pass ? T(COUNTRY) : T(PERSON);
      long before = -1, after = -1;
      for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
        const dg_mention *m = &d->ments[i];
        if (c->nested[i] || !is_type(m, types)) continue;
        if (m->end <= g->start && g->start - m->end <= 30) before = (long)i;
        if (m->start >= g->end && m->start - g->end <= 40 && after < 0) after = (long)i;
      }
      p = latin ? (after >= 0 ? after : before) : (before >= 0 ? before : after);
    }
    if (p < 0) continue;
    size_t nm = meetings_of(c, s, ms, MAXM, 1);
    for (size_t x = 0; x < nm; x++) rel(c, DG_REL_CHAIRED_BY, ms[x], (uint32_t)p, s);
  }

  /* announced_at / adopted_at: programs of the sentence at its meeting */
  for (int kind = DG_REL_ANNOUNCED_AT; kind <= DG_REL_ADOPTED_AT; kind++) {
    if (!has_trigger(c, (dg_rel_kind)kind)) continue;
    size_t nm = meetings_of(c, s, ms, MAXM, 1);
    if (!nm) continue;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      if (c->nested[i] || d->ments[i].type != DG_TYPE_PROGRAM) continue;
      /* the program the verb acts on stands close to it (提示した「…」, 「…」を採択): a
       * program mentioned elsewhere in a long sentence is not what was announced */
      int close = 0;
      for (size_t k = 0; k < c->trigs.n && !close; k++)
        close = c->trigs.v[k].kind == (uint32_t)kind &&
                dist(&d->ments[i], c->trigs.v[k].start) <= 45;
      if (!close) continue;
      long best = ms[0];
      for (size_t x = 1; x < nm; x++)
        if (dist(&d->ments[ms[x]], d->ments[i].start) < dist(&d->ments[best], d->ments[i].start))
          best = ms[x];
      rel(c, (dg_rel_kind)kind, i, (uint32_t)best, s);
    }
  }

  /* A meeting's parenthesis: …首脳会議（2024年10月10日、ビエンチャン） */
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    uint32_t p = m->end;
    while (p < d->len && t[p] == ' ') p++;
    if (p >= d->len || t[p] != '(') continue;
    uint32_t close = p + 1;
    while (close < d->len && t[close] != ')' && close - p < 80 && t[close] != '\n') close++;
    if (close >= d->len || t[close] != ')') continue;
    /* only a parenthesis of dates and places, with separators between them: (日本が提案)
     * says nothing of where or when */
    int only = 1;
    for (uint32_t q = p + 1; q < close && only;) {
      int covered = 0;
      for (uint32_t k = c->sent_first[s]; k < c->sent_end[s] && !covered; k++) {
        const dg_mention *x = &d->ments[k];
        if (!c->nested[k] && (x->type == DG_TYPE_DATE || is_type(x, PLACES)) && x->start == q) {
          q = x->end;
          covered = 1;
        }
      }
      if (covered) continue;
      uint32_t cp = 0;
      int l = dg_utf8_decode(t + q, t + d->len, &cp);
      if (l == 0) l = 1;
      only = cp == ' ' || cp == ',' || cp == 0x3001 || cp == 0x30FB || cp == ';' || cp == '/';
      q += (uint32_t)l;
    }
    if (!only) continue;
    for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
      const dg_mention *x = &d->ments[k];
      if (x->start <= p || x->end > close || c->nested[k]) continue;
      if (x->type == DG_TYPE_DATE) rel(c, DG_REL_HELD_ON, i, k, s);
      else if (is_type(x, PLACES)) rel(c, DG_REL_HELD_IN, i, k, s);
    }
  }
}

/* The last mention of a type in `types` in block b before offset `before`, or -1. */
static long last_in_block(const ctx *c, uint32_t b, uint32_t types, uint32_t before) {
  const dg_doc *d = c->d;
  long best = -1;
  /* sentences come in text order, block by block: the first of block b by bisection */
  size_t lo = 0, hi = d->nsents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->sents[mid].block < b) lo = mid + 1;
    else hi = mid;
  }
  for (size_t s = lo; s < d->nsents && d->sents[s].block == b; s++) {
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (!c->nested[i] && is_type(&d->ments[i], types) && d->ments[i].start < before)
        best = (long)i;
  }
  return best;
}

/* amount: an amount belongs to the nearest program (or meeting) of its sentence, else of
 * the sentences before it in its block, else of the block it hangs under. */
static void amounts(ctx *c) {
  const dg_doc *d = c->d;
  for (size_t s = 0; s < d->nsents; s++)
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *a = &d->ments[i];
      if (a->type != DG_TYPE_AMOUNT) continue;
      uint32_t b = d->sents[s].block;
      /* An amount in parentheses closing the sentence (…包括的な人的交流プログラム（400億円）)
       * prices what the sentence is about: under a heading or lead line, that line's
       * program, not one named on the way (日本語パートナーズ等を通じた). */
      long p = -1;
      const char *t = d->text;
      uint32_t q = a->end;
      if (q < d->len && t[q] == ')' && a->start > 0 && t[a->start - 1] == '(') {
        q++;
        while (q < d->sents[s].end && (t[q] == ' ' || (unsigned char)t[q] >= 0x80) &&
               !dg_is_ascii_alnum((unsigned char)t[q]) && q - a->end < 8)
          q += (uint32_t)dg_utf8_len(t + q, t + d->len);
        if (q >= d->sents[s].end && b < d->nblocks && d->blocks[b].parent >= 0)
          p = last_in_block(c, (uint32_t)d->blocks[b].parent, T(PROGRAM), UINT32_MAX);
      }
      if (p < 0) p = nearest(c, (uint32_t)s, T(PROGRAM), a->start, -1);
      if (p < 0) p = nearest(c, (uint32_t)s, T(MEETING), a->start, -1);
      if (p < 0) p = last_in_block(c, b, T(PROGRAM), a->start);
      if (p < 0 && b < d->nblocks && d->blocks[b].parent >= 0) {
        uint32_t pb = (uint32_t)d->blocks[b].parent;
        p = last_in_block(c, pb, T(PROGRAM), UINT32_MAX);
        if (p < 0) p = last_in_block(c, pb, T(MEETING), UINT32_MAX);
      }
      if (p >= 0) rel(c, DG_REL_AMOUNT, (uint32_t)p, i, (uint32_t)s);
    }
}

/* Table rows: a date cell and a place cell give the row's meeting held_on and held_in. */
static void table_rows(ctx *c) {
  const dg_doc *d = c->d;
  for (size_t s = 0; s < d->nsents; s++) {
    const dg_block *b = &d->blocks[d->sents[s].block];
    if (b->kind != DG_BLOCK_TABLE_ROW || b->ncells < 2) continue;
    long date = -1, place = -1, meeting = -1;
    for (uint32_t k = 0; k < b->ncells; k++) {
      const dg_span *cell = &d->cells[b->cell0 + k];
      long only = -1;
      int count = 0;
      for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
        const dg_mention *m = &d->ments[i];
        if (c->nested[i] || m->start < cell->start || m->end > cell->end) continue;
        if (m->type == DG_TYPE_MEETING && meeting < 0) meeting = (long)i;
        only = (long)i;
        count++;
      }
      if (count != 1) continue;
      const dg_mention *m = &d->ments[only];
      /* the mention must be most of the cell: a date column, not a date in a remark */
      if ((m->end - m->start) * 2 < cell->end - cell->start) continue;
      if (m->type == DG_TYPE_DATE && date < 0) date = only;
      else if (is_type(m, PLACES) && place < 0) place = only;
    }
    if (meeting < 0) continue;
    if (date >= 0) rel(c, DG_REL_HELD_ON, (uint32_t)meeting, (uint32_t)date, (uint32_t)s);
    if (place >= 0) rel(c, DG_REL_HELD_IN, (uint32_t)meeting, (uint32_t)place, (uint32_t)s);
  }
}

/* A list item or table row is tied to the names of the heading or lead line it hangs
 * under (a bullet under "JAIFへの1億ドルの拠出" belongs to JAIF). */
static void inherit(ctx *c) {
  const dg_doc *d = c->d;
  /* the first sentence and the mention range of each block */
  uint32_t *bfirst = malloc((d->nblocks + 1) * sizeof *bfirst);
  uint32_t *bend = malloc((d->nblocks + 1) * sizeof *bend);
  uint32_t *bsent = malloc((d->nblocks + 1) * sizeof *bsent);
  if (!bfirst || !bend || !bsent) {
    free(bfirst), free(bend), free(bsent);
    c->oom = 1;
    return;
  }
  for (size_t b = 0; b < d->nblocks; b++) bfirst[b] = bend[b] = 0, bsent[b] = UINT32_MAX;
  for (size_t s = d->nsents; s-- > 0;) bsent[d->sents[s].block] = (uint32_t)s;
  /* mentions are in text order, so each block's mentions are one run */
  for (size_t k = 0; k < d->nments; k++) {
    uint32_t s = d->ments[k].sentence;
    if (s >= d->nsents) continue;
    uint32_t b = d->sents[s].block;
    if (bend[b] == 0) bfirst[b] = (uint32_t)k;
    bend[b] = (uint32_t)k + 1;
  }
  for (size_t b = 0; b < d->nblocks; b++) {
    const dg_block *bl = &d->blocks[b];
    if ((bl->kind != DG_BLOCK_LIST_ITEM && bl->kind != DG_BLOCK_TABLE_ROW) || bl->parent < 0 ||
        bsent[b] == UINT32_MAX)
      continue;
    uint32_t p = (uint32_t)bl->parent;
    if (bsent[p] == UINT32_MAX) continue;
    for (uint32_t i = bfirst[b]; i < bend[b]; i++) {
      if (c->nested[i] || d->ments[i].type == DG_TYPE_QUANTITY) continue;
      for (uint32_t k = bfirst[p]; k < bend[p]; k++) {
        if (c->nested[k] || d->ments[k].type == DG_TYPE_QUANTITY) continue;
        rel(c, DG_REL_CO_OCCURS, k, i, bsent[b]);
      }
    }
  }
  free(bfirst);
  free(bend);
  free(bsent);
}

/* Units of co-occurrence for the scope. */
static dg_err units(ctx *c, dg_scope scope, dg_error *err) {
  dg_doc *d = c->d;
  uint32_t *unit_of = malloc((d->nblocks + 1) * sizeof *unit_of);
  if (!unit_of) return dg_error_set(err, DG_ENOMEM, "out of memory");
  for (size_t b = 0; b < d->nblocks; b++) {
    const dg_block *bl = &d->blocks[b];
    unit_of[b] = (uint32_t)b;
    if (scope == DG_SCOPE_PARAGRAPH &&
        (bl->kind == DG_BLOCK_LIST_ITEM || bl->kind == DG_BLOCK_TABLE_ROW) && bl->parent >= 0 &&
        (d->blocks[bl->parent].kind == DG_BLOCK_PARAGRAPH ||
         d->blocks[bl->parent].kind == DG_BLOCK_LIST_ITEM))
      unit_of[b] = unit_of[bl->parent];
  }
  DG_VEC(dg_unit) U = {0};
  DG_VEC(uint32_t) M = {0};
  long cur = -1;
  for (size_t s = 0; s < d->nsents; s++) {
    long key = scope == DG_SCOPE_SENTENCE ? (long)s : (long)unit_of[d->sents[s].block];
    /* paragraph units gather blocks that need not be adjacent in sentence order only
     * through their parent; a new key starts a new unit */
    if (key != cur) {
      dg_unit u = {(uint32_t)M.n, 0, (uint32_t)s};
      if (DG_PUSH(U, u)) goto oom;
      cur = key;
    }
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (d->ments[i].type != DG_TYPE_QUANTITY && DG_PUSH(M, i)) goto oom;
    U.v[U.n - 1].n = (uint32_t)M.n - U.v[U.n - 1].first;
  }
  free(unit_of);
  free(d->units);
  free(d->unit_ments);
  d->units = U.v;
  d->nunits = U.n;
  d->unit_ments = M.v;
  d->nunit_ments = M.n;
  return DG_OK;
oom:
  free(unit_of);
  free(U.v);
  free(M.v);
  return dg_error_set(err, DG_ENOMEM, "out of memory");
}

dg_err dg_relate(const dg_rules *r, const dg_relate_opts *o, dg_doc *d, dg_error *err) {
  dg_relate_opts def = {0};
  if (!o) o = &def;
  ctx c = {.r = r, .d = d, .main_meeting = -1};
  c.nested = calloc(d->nments + 1, 1);
  c.sent_first = calloc(d->nsents + 1, sizeof *c.sent_first);
  c.sent_end = calloc(d->nsents + 1, sizeof *c.sent_end);
  if (!c.nested || !c.sent_first || !c.sent_end) {
    free(c.nested);
    free(c.sent_first);
    free(c.sent_end);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  }
  mark_nested(&c);
  /* Mentions are sorted by start and sentences by position, so each sentence's mentions
   * are one run of the list. */
  for (size_t k = 0; k < d->nments; k++) {
    uint32_t s = d->ments[k].sentence;
    if (s >= d->nsents) continue;
    if (c.sent_end[s] == 0) c.sent_first[s] = (uint32_t)k;
    c.sent_end[s] = (uint32_t)k + 1;
  }
  /* The meeting the document is about: the first one named in its opening blocks. */
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *m = &d->ments[k];
    if (m->type != DG_TYPE_MEETING || m->implicit || c.nested[k]) continue;
    if (m->sentence < d->nsents && d->sents[m->sentence].block < 3) c.main_meeting = (long)k;
    break;
  }
  for (size_t s = 0; s < d->nsents && !c.oom; s++) sentence_relations(&c, (uint32_t)s);
  if (!c.oom) amounts(&c);
  if (!c.oom) table_rows(&c);
  if (!c.oom) inherit(&c);
  dg_err e = c.oom ? dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path) : DG_OK;
  if (e == DG_OK) e = units(&c, o->scope, err);
  if (e == DG_OK) {
    free(d->rels);
    d->rels = c.rels.v;
    d->nrels = c.rels.n;
    c.rels.v = NULL;
  }
  free(c.rels.v);
  free(c.trigs.v);
  free(c.nested);
  free(c.sent_first);
  free(c.sent_end);
  return e;
}
