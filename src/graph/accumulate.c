/* Accumulating documents into the graph (see graph/graph_int.h): one vertex record per
 * entity id, one tie record per (ends, kind), and the sentences behind them, pooled so a
 * sentence cited many times is stored once. A document is merged and can be dropped: the
 * records keep counts and the first few sentences, never the document. Invariant: while a
 * document is being added, g->docs.n is its index (its path is pushed last). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/period.h"
#include "graph/graph_int.h"

/* An amount's value as an exact decimal in the graph's arena ("" for none); NULL when
 * memory runs out. */
static const char *decimal_text(dg_graph *g, int has, dg_decimal d) {
  char buf[64];
  return dg_arena_strdup(&g->arena, has ? dg_decimal_format(d, buf, sizeof buf) : "");
}

/* The value of a new vertex, its owner's id and its amounts kept in the graph's arena. */
static int keep_value(dg_graph *g, vacc *v, const dg_value *value) {
  int amount = v->type == DG_TYPE_AMOUNT && value;
  if (value) v->value = *value;
  if (value && value->owner && !(v->value.owner = dg_arena_strdup(&g->arena, value->owner)))
    return -1;
  v->amount = decimal_text(g, amount, amount ? value->amount : (dg_decimal){0, 0});
  v->amount_max =
      decimal_text(g, amount && value->has_range, amount ? value->amount_max : (dg_decimal){0, 0});
  return v->amount && v->amount_max ? 0 : -1;
}

long dg_graph_vertex_for(dg_graph *g, const char *id, const char *label, const char *label_en,
                         dg_type type, const dg_value *value) {
  uint32_t *slot;
  int r = dg_hmap_put(&g->vmap, id, strlen(id), (uint32_t)g->va.n, &slot);
  if (r < 0) return -1;
  if (r == 0) return (long)*slot;
  vacc v;
  memset(&v, 0, sizeof v);
  v.id = dg_arena_strdup(&g->arena, id);
  v.label = dg_arena_strdup(&g->arena, label ? label : "");
  v.label_en = dg_arena_strdup(&g->arena, label_en ? label_en : "");
  v.type = type;
  if (keep_value(g, &v, value)) return -1;
  v.last_doc = UINT32_MAX;
  v.last_unit = UINT32_MAX;
  v.ev = dg_graph_ev_empty();
  if (!v.id || !v.label || !v.label_en || DG_PUSH(g->va, v)) return -1;
  return (long)(g->va.n - 1);
}

/* ---- the sentences behind vertices and ties ---- */

int dg_graph_pool_text(dg_graph *g, uint32_t i, const char *where, const char *text) {
  sentpool *p = &g->pool;
  size_t wn = where ? strlen(where) : 0, tn = strlen(text);
  uint64_t at, tat;
  if (wn > UINT32_MAX || tn > UINT32_MAX ||
      dg_spool_append(g->texts, where ? where : "", wn, &at, NULL) != DG_OK ||
      dg_spool_append(g->texts, text, tn, &tat, NULL) != DG_OK)
    return -1;
  p->at.v[i] = at;
  p->wlens.v[i] = (uint32_t)wn;
  p->tlens.v[i] = (uint32_t)tn;
  return 0;
}

uint32_t dg_graph_pool_push(dg_graph *g, uint32_t doc, uint32_t line, uint32_t page,
                            const char *text, const char *where) {
  sentpool *p = &g->pool;
  if (p->at.n >= DG_EV_NONE || DG_PUSH(p->at, 0) || DG_PUSH(p->tlens, 0) ||
      DG_PUSH(p->wlens, 0) || DG_PUSH(p->docs, doc) || DG_PUSH(p->lines, line) ||
      DG_PUSH(p->pages, page))
    return DG_EV_NONE;
  uint32_t i = (uint32_t)p->at.n - 1;
  return dg_graph_pool_text(g, i, where, text) ? DG_EV_NONE : i;
}

/* Sentence s of d's text as evidence into tx (DG_EVIDENCE_TEXT_MAX + 1 bytes): on one
 * line, cut on a character boundary at DG_EVIDENCE_TEXT_MAX bytes. */
static const char *evidence_text(char *tx, const dg_result_sentence *st) {
  const char *text = st ? st->text : "";
  size_t n = st ? st->len : 0;
  if (n > DG_EVIDENCE_TEXT_MAX) {
    n = DG_EVIDENCE_TEXT_MAX;
    while (n && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
  }
  memcpy(tx, text, n);
  tx[n] = '\0';
  for (char *p = tx; *p; p++)
    if (*p == '\n' || *p == '\t' || *p == '\r') *p = ' ';
  return tx;
}

/* The pool index of sentence s of document d (doc), pooled when new; DG_EV_NONE when out
 * of memory. */
static uint32_t pooled_sentence(dg_graph *g, const dg_result *d, uint32_t doc, uint32_t s) {
  uint32_t key[2] = {doc, d->sent_base + s}; /* the document's index: a window's go on */
  uint32_t *slot;
  int r = dg_hmap_put(&g->pool.map, (const char *)key, sizeof key, (uint32_t)g->pool.at.n, &slot);
  if (r < 0) return DG_EV_NONE;
  if (r == 0) return *slot;
  const dg_result_sentence *st = s < d->nsents ? &d->sents[s] : NULL;
  char tx[DG_EVIDENCE_TEXT_MAX + 1];
  return dg_graph_pool_push(g, doc, st ? st->line : 0, st ? st->page : 0, evidence_text(tx, st),
                            NULL);
}

void dg_graph_fit(dg_graph *g) {
  DG_FIT(g->va);
  DG_FIT(g->ea);
  DG_FIT(g->evrecs);
  DG_FIT(g->pool.at);
  DG_FIT(g->pool.tlens);
  DG_FIT(g->pool.wlens);
  DG_FIT(g->pool.docs);
  DG_FIT(g->pool.lines);
  DG_FIT(g->pool.pages);
}

evlist dg_graph_ev_empty(void) {
  return (evlist){.head = DG_EV_NONE, .last_doc = UINT32_MAX};
}

int dg_graph_ev_push(dg_graph *g, uint32_t *head, uint32_t sent) {
  evrec r = {sent, DG_EV_NONE};
  if (g->evrecs.n >= DG_EV_NONE || DG_PUSH(g->evrecs, r)) return -1;
  uint32_t at = (uint32_t)g->evrecs.n - 1;
  if (*head == DG_EV_NONE) {
    *head = at;
  } else { /* the list's last record: at most DG_VERTEX_EVIDENCE steps */
    uint32_t last = *head;
    while (g->evrecs.v[last].next != DG_EV_NONE) last = g->evrecs.v[last].next;
    g->evrecs.v[last].next = at;
  }
  return 0;
}

uint32_t dg_graph_tie_evidence_count(const dg_graph *g, size_t i) {
  int64_t over = i < g->ec_over.n ? g->ec_over.v[i] : 0;
  return (uint32_t)((int64_t)g->ea.v[i].weight + over);
}

dg_evref dg_graph_evidence(const dg_graph *g, uint32_t ev, uint32_t k) {
  while (k-- && ev != DG_EV_NONE) ev = g->evrecs.v[ev].next;
  if (ev == DG_EV_NONE) return (dg_evref){.sent = DG_SENTENCE_NONE};
  uint32_t i = g->evrecs.v[ev].sent;
  const sentpool *p = &g->pool;
  return (dg_evref){.doc = p->docs.v[i], .line = p->lines.v[i], .sent = i, .page = p->pages.v[i]};
}

/* Count one more instance in sentence s of the current document; keep it while there is
 * room. */
static int ev_add(dg_graph *g, evlist *l, size_t cap, const dg_result *d, uint32_t s) {
  uint32_t doc = (uint32_t)g->docs.n;
  if (l->last_doc == doc && l->last_sent == d->sent_base + s) return 0;
  l->last_doc = doc;
  l->last_sent = d->sent_base + s;
  l->total++;
  if (l->n >= cap) return 0;
  uint32_t i = pooled_sentence(g, d, doc, s);
  if (i == DG_EV_NONE || dg_graph_ev_push(g, &l->head, i)) return -1;
  l->n++;
  return 0;
}

/* ---- ties ---- */

/* ev_add for tie e, whose last_doc is the current document: a sentence other than the one
 * of this document stated last counted, and kept while there is room. */
static int tie_ev_add(dg_graph *g, eacc *e, const dg_result *d, uint32_t s) {
  uint32_t sent = d->sent_base + s;
  if (e->ev_last_sent == sent) return 0;
  e->ev_last_sent = sent;
  e->ev_total++;
  if (e->nev >= DG_EDGE_EVIDENCE) return 0;
  uint32_t i = pooled_sentence(g, d, (uint32_t)g->docs.n, s);
  if (i == DG_EV_NONE || dg_graph_ev_push(g, &e->ev_head, i)) return -1;
  e->nev++;
  return 0;
}

/* The tie's first evidence: sentence s of d (its "path:line" made when asked), or (d NULL)
 * the `source` that states it ("dictionary:group:ASEAN"). */
static int tie_evidence(dg_graph *g, eacc *e, const dg_result *d, uint32_t s,
                        const char *source) {
  if (d) {
    if (tie_ev_add(g, e, d, s)) return -1;
    if (e->first == DG_EV_NONE &&
        (e->first = pooled_sentence(g, d, (uint32_t)g->docs.n, s)) == DG_EV_NONE)
      return -1;
  } else if (e->first == DG_EV_NONE && source) {
    e->first = dg_graph_pool_push(g, UINT32_MAX, 0, 0, "", source);
    if (e->first == DG_EV_NONE) return -1;
  }
  return 0;
}

int dg_graph_add_tie(dg_graph *g, uint32_t a, uint32_t b, dg_rel_kind kind, const dg_result *d,
                     uint32_t s, const char *source, const char *rule, int in_unit) {
  if (a == b) return 0;
  dg_graph_tie_ends(g, &a, &b, kind);
  int added;
  long k = dg_graph_tie_put(g, a, b, kind, &added);
  if (k < 0) return -1;
  eacc *e = &g->ea.v[k];
  if (dg_graph_tie_rule(g, e, rule)) return -1;
  e->weight++;
  e->unit_weight += in_unit != 0;
  if (e->last_doc != g->docs.n) {
    e->last_doc = (uint32_t)g->docs.n;
    e->ev_last_sent = DG_EV_NONE; /* no sentence of this document yet */
    e->documents++;
    if (d) e->first_day = dg_graph_earlier(e->first_day, dg_when_day(&d->date));
  }
  return tie_evidence(g, e, d, s, source);
}

/* ---- documents ---- */

/* What an amount or date mention stands for. */
static dg_value mention_value(const dg_mention *m) {
  dg_value v;
  memset(&v, 0, sizeof v);
  if (m->type == DG_TYPE_AMOUNT) {
    v.amount = m->value;
    v.amount_max = m->value_max;
    v.has_range = m->has_range;
    v.qualifier = m->qualifier;
    v.cumulative = m->cumulative;
    memcpy(v.currency, m->currency, sizeof v.currency);
  } else if (m->type == DG_TYPE_DATE) {
    v.when = m->when;
  }
  return v;
}

/* add_mentions with every amount's owner known (owner[], doc/pledge.c). */
static int vertices_of_mentions(dg_graph *g, const dg_result *d, const long *owner,
                                uint32_t doc, uint32_t *vof) {
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    dg_value val = mention_value(m);
    if (owner[i] >= 0) val.owner = d->ments[owner[i]].id;
    char idbuf[1024]; /* an amount's id qualified by its owner's (doc/pledge.c) */
    const char *id = dg_graph_id_owned(d->ments, (uint32_t)i, owner[i], idbuf, sizeof idbuf);
    long v = dg_graph_vertex_for(g, id, m->label, m->label_en, m->type, &val);
    if (v < 0) return -1;
    vof[i] = (uint32_t)v;
    vacc *va = &g->va.v[v];
    va->mentions++;
    if (m->sentence < d->nsents && ev_add(g, &va->ev, DG_VERTEX_EVIDENCE, d, m->sentence))
      return -1;
    if (va->last_doc != doc) {
      va->last_doc = doc;
      va->documents++;
      va->first_day = dg_graph_earlier(va->first_day, dg_when_day(&d->date));
      if (DG_PUSH(va->docs, doc)) return -1;
    }
  }
  return 0;
}

/* The vertex of every mention of d into vof[], counting its mentions, documents and the
 * sentences naming it. */
static int add_mentions(dg_graph *g, const dg_result *d, uint32_t *vof) {
  uint32_t doc = (uint32_t)g->docs.n;
  long *owner = malloc((d->nments + 1) * sizeof *owner);
  if (!owner || dg_amount_owners(d->ments, d->nments, d->rels, d->nrels, owner)) {
    free(owner);
    return -1;
  }
  int bad = vertices_of_mentions(g, d, owner, doc, vof);
  free(owner);
  return bad;
}

/* Co-occurrence: every pair of distinct entities of a unit (a sentence, a list item, a
 * table row) is tied once per unit. */
static int add_units(dg_graph *g, const dg_result *d, const uint32_t *vof) {
  DG_VEC(uint32_t) u = {0};
  int rc = 0;
  for (size_t k = 0; k < d->nunits && rc == 0; k++) {
    const dg_unit *un = &d->units[k];
    g->unit_seq++;
    u.n = 0;
    for (uint32_t x = 0; x < un->n && rc == 0; x++) {
      uint32_t v = vof[d->unit_ments[un->first + x]];
      vacc *va = &g->va.v[v];
      if (va->last_unit == g->unit_seq) continue;
      va->last_unit = g->unit_seq;
      va->units++;
      rc = DG_PUSH(u, v);
    }
    for (size_t x = 0; x < u.n && u.n >= 2 && rc == 0; x++)
      for (size_t y = x + 1; y < u.n && rc == 0; y++)
        rc = dg_graph_add_tie(g, u.v[x], u.v[y], DG_REL_CO_OCCURS, d, un->sentence, NULL,
                              "units", 1);
  }
  free(u.v);
  return rc;
}

/* Typed relations, and ties inherited from a heading or lead line. */
static int add_relations(dg_graph *g, const dg_result *d, const uint32_t *vof) {
  for (size_t k = 0; k < d->nrels; k++) {
    const dg_relation *r = &d->rels[k];
    if (dg_graph_add_tie(g, vof[r->from], vof[r->to], r->kind, d, r->sentence, NULL, r->rule, 0))
      return -1;
  }
  return 0;
}

dg_err dg_graph_add_result(dg_graph *g, const dg_result *d, dg_error *err) {
  return dg_graph_add_part(g, d, 1, err);
}

/* A window of a long document (or a whole one, `last` set): its mentions, units and
 * relations merged as the document's, whose index stays g->docs.n until its last window
 * pushes its path. */
dg_err dg_graph_add_part(dg_graph *g, const dg_result *d, int last, dg_error *err) {
  const char *path = dg_arena_strdup(&g->arena, d->path);
  uint32_t doc = (uint32_t)g->docs.n;
  uint32_t *vof = path ? malloc((d->nments + 1) * sizeof *vof) : NULL;
  int bad = !vof || add_mentions(g, d, vof) || add_units(g, d, vof) || add_relations(g, d, vof);
  free(vof);
  dg_hmap_destroy(&g->pool.map); /* its keys are this document's sentences */
  dg_hmap_init(&g->pool.map);
  uint32_t *dslot;
  dg_when none = {0};
  while (!bad && g->read_as.n < g->docs.n) bad = DG_PUSH(g->read_as, NULL);
  while (!bad && g->dates.n < g->docs.n) bad = DG_PUSH(g->dates, none);
  dg_err spooled = dg_spool_failed(g->texts, err);
  if (spooled != DG_OK) return spooled; /* the texts' file: its path and why */
  if (!bad && !last) return DG_OK;
  if (bad || DG_PUSH(g->docs, path) || dg_hmap_put(&g->docmap, path, strlen(path), doc, &dslot) < 0 ||
      DG_PUSH(g->read_as, dg_arena_strdup(&g->arena, d->read_as ? d->read_as : "UTF-8")) ||
      DG_PUSH(g->dates, d->date))
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory while building the graph", d->path);
  return DG_OK;
}

dg_err dg_graph_add_doc(dg_graph *g, const dg_doc *d, dg_error *err) {
  dg_result r;
  dg_err e = dg_result_of_doc(&r, d, err);
  if (e == DG_OK) e = dg_graph_add_result(g, &r, err);
  dg_result_free(&r);
  return e;
}

int dg_evref_where(const dg_graph *g, const dg_evref *r, char *buf, size_t n) {
  return dg_where(buf, n, dg_graph_document(g, r->doc), r->page, r->line);
}

/* member_of from the dictionary: each country named in a group's members= attribute
 * ("members=IDN,THA,...") and present in the graph is tied to the group. */
dg_err dg_graph_add_members(dg_graph *g, const dg_dict *dict, dg_error *err) {
  size_t n = g->va.n;
  for (size_t i = 0; i < n; i++) {
    const vacc *grp = &g->va.v[i];
    if (grp->type != DG_TYPE_GROUP) continue;
    long e = dg_dict_find(dict, grp->id);
    if (e < 0) continue;
    char buf[4096];
    const char *members =
        dg_entity_attr(dg_dict_entity(dict, (size_t)e), "members", buf, sizeof buf);
    if (!members) continue;
    char where[600];
    snprintf(where, sizeof where, "dictionary:%s", grp->id);
    for (char *p = buf; *p;) {
      char *comma = strchr(p, ',');
      if (comma) *comma = '\0';
      uint32_t *v = dg_hmap_get(&g->vmap, p, strlen(p));
      if (v && dg_graph_add_tie(g, *v, (uint32_t)i, DG_REL_MEMBER_OF, NULL, 0, where,
                                "dictionary", 0))
        return dg_error_set(err, DG_ENOMEM, "out of memory");
      if (!comma) break;
      p = comma + 1;
    }
  }
  return DG_OK;
}
