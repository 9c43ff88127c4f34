/* Two meetings a Japanese sentence opens together, joined by a word of list_joiners.tsv and
 * both held there (第6回A会議と第3回B会議が29日、Xで開かれ: held_in or held_on from that
 * sentence for each): what the sentences after it say of one of them without naming it
 * (会議にはC、D、Eが参加; 議長国FのG首相が演説) is said of both, up to the first sentence that
 * names one of the two alone; not in a document whose title joins two meetings (A及びBの結果:
 * context.c gives their ties to both). A meeting named after a group whose members the dictionary
 * lists (ASEANプラス3エネルギー相会議) takes from the other only that group, its member
 * countries, the groups whose members all are its members but those that joined late
 * (ASEAN, whose Timor-Leste joined in 2025), and people and bodies:
 * the other meeting's further parties (the EAS's Australia) stay its own.
 * Run after every other source of ties, over the participates_in and chaired_by ties
 * they made.
 * Invariant: only ties made before this source are read; every tie added is one made to
 * one meeting of the pair, given to the other with the same evidence sentence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

#include "docgraph/dict.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

#define MEMBERS_BUF 4096

/* The held_in and held_on ties made so far, by sentence (then in the order made), listed
 * when first asked for; `ok` 0 when memory ran out (every tie is then read). */
typedef struct {
  uint32_t sentence, r;
} held_tie;
typedef struct {
  DG_VEC(held_tie) v;
  int built, ok;
} held_index;

static int by_sentence(const void *x, const void *y) {
  const held_tie *a = x, *b = y;
  if (a->sentence != b->sentence) return a->sentence < b->sentence ? -1 : 1;
  return a->r < b->r ? -1 : a->r > b->r;
}

static void held_build(const dg_rel_ctx *c, held_index *h) {
  h->built = h->ok = 1;
  for (size_t r = 0; r < c->rels.n && h->ok; r++) {
    const dg_relation *x = &c->rels.v[r];
    held_tie t = {x->sentence, (uint32_t)r};
    if ((x->kind == DG_REL_HELD_IN || x->kind == DG_REL_HELD_ON) && DG_PUSH(h->v, t)) h->ok = 0;
  }
  if (h->ok && h->v.n) qsort(h->v.v, h->v.n, sizeof *h->v.v, by_sentence);
}

/* Is meeting mention m held by sentence s (a held_in or held_on tie read there)? */
static int held_there(const dg_rel_ctx *c, held_index *h, uint32_t s, const dg_mention *m) {
  if (!h->built) held_build(c, h);
  if (!h->ok) {
    for (size_t r = 0; r < c->rels.n; r++) {
      const dg_relation *x = &c->rels.v[r];
      if ((x->kind == DG_REL_HELD_IN || x->kind == DG_REL_HELD_ON) && x->sentence == s &&
          !strcmp(c->d->ments[x->from].id, m->id))
        return 1;
    }
    return 0;
  }
  size_t lo = 0, hi = h->v.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (h->v.v[mid].sentence < s) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < h->v.n && h->v.v[lo].sentence == s; lo++)
    if (!strcmp(c->d->ments[c->rels.v[h->v.v[lo].r].from].id, m->id)) return 1;
  return 0;
}

/* The first Japanese sentence that opens two meetings together (see above): its index,
 * the two mentions in *a and *b; or -1. */
static long joint_pair(const dg_rel_ctx *c, held_index *h, uint32_t *a, uint32_t *b) {
  const dg_doc *d = c->d;
  for (uint32_t s = 0; s < d->nsents; s++) {
    if (dg_rel_latin(c, s)) continue;
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *m = &d->ments[i];
      if (c->nested[i] || m->type != DG_TYPE_MEETING || m->implicit) continue;
      long w = dg_wordlist_at(&c->r->list_joiners, d->text, d->sents[s].end, m->end);
      if (w < 0) continue;
      uint32_t p = m->end + (uint32_t)c->r->list_joiners.w[w].len;
      for (uint32_t j = i + 1; j < c->sent_end[s]; j++) {
        const dg_mention *n = &d->ments[j];
        if (n->start != p || c->nested[j] || n->type != DG_TYPE_MEETING || n->implicit ||
            !strcmp(n->id, m->id) || !held_there(c, h, s, m) || !held_there(c, h, s, n))
          continue;
        *a = i, *b = j;
        return (long)s;
      }
    }
  }
  return -1;
}

/* The first sentence after s that names one of meetings a and b (not nested) without the
 * other, or the number of sentences. */
static uint32_t joint_end(const dg_rel_ctx *c, uint32_t s, const char *a, const char *b) {
  for (uint32_t k = s + 1; k < c->d->nsents; k++) {
    int na = 0, nb = 0;
    for (uint32_t i = c->sent_first[k]; i < c->sent_end[k]; i++) {
      const dg_mention *m = &c->d->ments[i];
      if (c->nested[i] || m->type != DG_TYPE_MEETING || m->implicit) continue;
      na |= !strcmp(m->id, a), nb |= !strcmp(m->id, b);
    }
    if (na != nb) return k;
  }
  return (uint32_t)c->d->nsents;
}

/* The members= attribute of the dictionary entity with id `id` into buf, or NULL. */
static const char *members_of(const dg_rel_ctx *c, const char *id, char *buf) {
  long e = c->dict ? dg_dict_find(c->dict, id) : -1;
  return e < 0 ? NULL : dg_entity_attr(dg_dict_entity(c->dict, (size_t)e), "members", buf,
                                       MEMBERS_BUF);
}

/* Is id one of the comma-separated ids of list? */
static int listed(const char *list, const char *id, size_t n) {
  for (const char *p = list; p && *p;) {
    const char *q = strchr(p, ',');
    size_t k = q ? (size_t)(q - p) : strlen(p);
    if (k == n && !strncmp(p, id, n)) return 1;
    p = q ? q + 1 : NULL;
  }
  return 0;
}

/* Is the member id (n bytes) one the group's joined= attribute says joined late
 * ("country:TLS:2025-10": Timor-Leste in ASEAN)? Such a member does not make the group more
 * than the members of another group. */
static int joined_late(const char *joined, const char *id, size_t n) {
  for (const char *p = joined; p && *p;) {
    if (!strncmp(p, id, n) && p[n] == ':') return 1;
    p = strchr(p, ',');
    p = p ? p + 1 : NULL;
  }
  return 0;
}

/* The group with listed members nested in meeting m's name (ASEANプラス3 in its name): its
 * members into buf and its id in *gid, or NULL. */
static const char *named_group(const dg_rel_ctx *c, uint32_t m, char *buf, const char **gid) {
  const dg_mention *x = &c->d->ments[m];
  for (uint32_t i = c->sent_first[x->sentence]; i < c->sent_end[x->sentence]; i++) {
    const dg_mention *g = &c->d->ments[i];
    if (i == m || g->type != DG_TYPE_GROUP || g->start < x->start || g->end > x->end) continue;
    const char *list = members_of(c, g->id, buf);
    if (list) return *gid = g->id, list;
  }
  return NULL;
}

/* May party p take part in meeting m, given m's group's members (list, of group gid;
 * NULL: any party may)? */
static int may_join(const dg_rel_ctx *c, const dg_mention *p, const char *list, const char *gid) {
  if (!list || p->type == DG_TYPE_PERSON || p->type == DG_TYPE_ORGANIZATION) return 1;
  if (!strcmp(p->id, gid)) return 1;
  if (p->type == DG_TYPE_COUNTRY) return listed(list, p->id, strlen(p->id));
  char buf[MEMBERS_BUF], late[MEMBERS_BUF];
  const char *own = p->type == DG_TYPE_GROUP ? members_of(c, p->id, buf) : NULL;
  if (!own || !*own) return 0;
  long e = dg_dict_find(c->dict, p->id);
  const char *joined = dg_entity_attr(dg_dict_entity(c->dict, (size_t)e), "joined", late,
                                      sizeof late);
  for (const char *q = own; q && *q;) { /* a group of members only (ASEAN in ASEAN+3) */
    const char *z = strchr(q, ',');
    size_t k = z ? (size_t)(z - q) : strlen(q);
    if (!listed(list, q, k) && !joined_late(joined, q, k)) return 0;
    q = z ? z + 1 : NULL;
  }
  return 1;
}

/* Give tie x, made to meeting `from` of the pair, to meeting `to` too. */
static void give(dg_rel_ctx *c, const dg_relation *x, const char *from, uint32_t to) {
  char buf[MEMBERS_BUF];
  const char *gid = NULL, *list = named_group(c, to, buf, &gid);
  if (x->kind == DG_REL_PARTICIPATES_IN && !strcmp(c->d->ments[x->to].id, from) &&
      may_join(c, &c->d->ments[x->from], list, gid))
    dg_rel_add(c, DG_REL_PARTICIPATES_IN, x->from, to, x->sentence);
  else if (x->kind == DG_REL_CHAIRED_BY && !strcmp(c->d->ments[x->from].id, from) &&
           may_join(c, &c->d->ments[x->to], list, gid))
    dg_rel_add(c, DG_REL_CHAIRED_BY, to, x->to, x->sentence);
}

void dg_rel_joint_openings(dg_rel_ctx *c) {
  uint32_t a = 0, b = 0;
  held_index h = {0};
  long s = c->main_pair < 0 ? joint_pair(c, &h, &a, &b) : -1; /* a title's pair: context.c */
  free(h.v.v);
  if (s < 0) return;
  const char *ia = c->d->ments[a].id, *ib = c->d->ments[b].id;
  uint32_t end = joint_end(c, (uint32_t)s, ia, ib);
  size_t n = c->rels.n;
  for (size_t r = 0; r < n && !c->oom; r++) {
    dg_relation x = c->rels.v[r];
    if (x.sentence <= (uint32_t)s || x.sentence >= end) continue;
    give(c, &x, ib, a);
    give(c, &x, ia, b);
  }
}
