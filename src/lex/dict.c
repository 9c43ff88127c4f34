/* Entity dictionaries (see docgraph/dict.h).
 * Invariant: every live surface (label, alias, abbreviation) belongs to exactly one live
 * entity; the surface map is keyed by the ASCII-lowercased normalized text, so "US" and
 * "us" count as the same surface when checking for collisions. A Japanese surface is
 * also found in the other spelling of its loanwords (rules/katakana_variants.tsv, read by
 * dg_dict_load_dir once its files are loaded: イニシアティブ and イニシアチブ); such a
 * variant never takes a surface any entity lists. */
#include "docgraph/dict.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "docgraph/normalize.h"
#include "base/hmap.h"
#include "base/tsv.h"
#include "base/utf8.h"

typedef struct {
  dg_entity e;
  int layer;
} entity_rec;

typedef struct {
  dg_surface s;
  int live;
} surface_rec;

/* add_surface's flag for a spelling variant (never handed out: dropped before storing). */
#define SURF_VARIANT 0x80

struct dg_dict {
  DG_VEC(entity_rec) ents;
  DG_VEC(surface_rec) surfs;
  dg_hmap ids;   /* id -> entity index */
  dg_hmap skeys; /* lowercased surface -> surface index */
  dg_arena arena;
  int layer;
  /* compact views handed out by dg_dict_surface */
  DG_VEC(dg_surface) view;
  int view_dirty;
};

static const char *const columns[] = {"id", "type", "label_ja", "label_en", "aliases", "attrs"};

dg_err dg_dict_new(dg_dict **out, dg_error *err) {
  dg_dict *d = calloc(1, sizeof *d);
  if (!d) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_hmap_init(&d->ids);
  dg_hmap_init(&d->skeys);
  dg_arena_init(&d->arena);
  *out = d;
  return DG_OK;
}

void dg_dict_free(dg_dict *d) {
  if (!d) return;
  free(d->ents.v);
  free(d->surfs.v);
  free(d->view.v);
  dg_hmap_destroy(&d->ids);
  dg_hmap_destroy(&d->skeys);
  dg_arena_destroy(&d->arena);
  free(d);
}

void dg_dict_new_layer(dg_dict *d) { d->layer++; }

size_t dg_dict_count(const dg_dict *d) { return d->ents.n; }

const dg_entity *dg_dict_entity(const dg_dict *d, size_t i) { return &d->ents.v[i].e; }

long dg_dict_find(const dg_dict *d, const char *id) {
  uint32_t *v = dg_hmap_get(&d->ids, id, strlen(id));
  return v ? (long)*v : -1;
}

static void lower_key(const char *s, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  out[n] = '\0';
}

/* The live surface record for s in any letter case, or NULL. */
static const surface_rec *surface_any_case(const dg_dict *d, const char *s, size_t n) {
  char key[512];
  if (n >= sizeof key) return NULL;
  lower_key(s, n, key);
  uint32_t *v = dg_hmap_get(&d->skeys, key, n);
  return v && d->surfs.v[*v].live ? &d->surfs.v[*v] : NULL;
}

long dg_dict_find_surface(const dg_dict *d, const char *s, size_t n) {
  const surface_rec *r = surface_any_case(d, s, n);
  if (!r || ((r->s.flags & DG_SURF_CASE) && memcmp(r->s.text, s, n) != 0)) return -1;
  return (long)r->s.entity;
}

const char *dg_dict_resolve(const dg_dict *d, const char *name) {
  long i = dg_dict_find(d, name);
  if (i >= 0) return d->ents.v[i].e.id;
  dg_norm nm;
  dg_error err = {0};
  if (dg_normalize(name, strlen(name), &nm, &err) != DG_OK) return NULL;
  const surface_rec *r = surface_any_case(d, nm.text, nm.len);
  dg_norm_destroy(&nm);
  return r ? d->ents.v[r->s.entity].e.id : NULL;
}

static int refresh_view(dg_dict *d) {
  if (!d->view_dirty) return 0;
  d->view.n = 0;
  for (size_t i = 0; i < d->surfs.n; i++)
    if (d->surfs.v[i].live && DG_PUSH(d->view, d->surfs.v[i].s)) return -1;
  d->view_dirty = 0;
  return 0;
}

size_t dg_dict_surface_count(const dg_dict *d) {
  refresh_view((dg_dict *)d);
  return d->view.n;
}

const dg_surface *dg_dict_surface(const dg_dict *d, size_t i) {
  refresh_view((dg_dict *)d);
  return &d->view.v[i];
}

const char *dg_entity_attr(const dg_entity *e, const char *key, char *buf, size_t size) {
  size_t kl = strlen(key);
  const char *p = e->attrs;
  while (p && *p) {
    const char *end = strchr(p, ';');
    if (!end) end = p + strlen(p);
    while (*p == ' ') p++;
    if ((size_t)(end - p) > kl && strncmp(p, key, kl) == 0 && p[kl] == '=') {
      size_t n = (size_t)(end - p - (ptrdiff_t)kl - 1);
      if (n >= size) n = size - 1;
      memcpy(buf, p + kl + 1, n);
      buf[n] = '\0';
      return buf;
    }
    p = *end ? end + 1 : end;
  }
  return NULL;
}

/* Surfaces with upper-case letters and no lower-case ones are acronyms: case matters. */
static int is_case_sensitive(const char *s, size_t n) {
  int upper = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') return 0;
    if (s[i] >= 'A' && s[i] <= 'Z') upper = 1;
  }
  return upper;
}

static int valid_id(const char *id) {
  const char *c = strchr(id, ':');
  if (!c || c == id || !c[1]) return 0;
  for (const char *p = id; *p; p++)
    if (*p == ' ' || *p == '\t' || *p == '"' || *p == '\\' || (unsigned char)*p < 0x20) return 0;
  return 1;
}

typedef struct {
  dg_dict *d;
  const char *file;
  size_t line;
  dg_diags *problems;
  int bad;
} load_ctx;

static void problem(load_ctx *c, const char *fmt, const char *a, const char *b, const char *x) {
  char msg[3000];
  snprintf(msg, sizeof msg, fmt, a, b, x);
  dg_diags_add(c->problems, "%s:%zu: %s", c->file, c->line, msg);
  c->bad = 1;
}

static int add_surface(load_ctx *c, uint32_t ent, const char *raw, size_t rawlen, uint8_t flags) {
  dg_dict *d = c->d;
  int variant = (flags & SURF_VARIANT) != 0;
  flags &= (uint8_t)~SURF_VARIANT;
  while (rawlen && (*raw == ' ')) raw++, rawlen--;
  while (rawlen && raw[rawlen - 1] == ' ') rawlen--;
  if (!rawlen) return 0;
  dg_norm n;
  if (dg_normalize(raw, rawlen, &n, NULL) != DG_OK) return -1;
  if (n.nbad) {
    dg_norm_destroy(&n);
    problem(c, "invalid UTF-8 in a surface of %s%s%s", d->ents.v[ent].e.id, "", "");
    return 0;
  }
  if (n.len >= 512) {
    dg_norm_destroy(&n);
    problem(c, "surface longer than 511 bytes in %s%s%s", d->ents.v[ent].e.id, "", "");
    return 0;
  }
  char key[512];
  lower_key(n.text, n.len, key);
  if (is_case_sensitive(n.text, n.len)) flags |= DG_SURF_CASE;
  uint32_t *slot;
  int ins = dg_hmap_put(&d->skeys, key, n.len, (uint32_t)d->surfs.n, &slot);
  if (ins < 0) {
    dg_norm_destroy(&n);
    return -1;
  }
  if (ins == 0 && variant) { /* a spelling variant never takes a listed surface */
    dg_norm_destroy(&n);
    return 0;
  }
  if (ins == 0) {
    surface_rec *old = &d->surfs.v[*slot];
    const entity_rec *owner = &d->ents.v[old->s.entity];
    if (old->live && old->s.entity != ent) {
      if (owner->layer == d->ents.v[ent].layer && !owner->e.replaced) {
        char where[1100];
        snprintf(where, sizeof where, "%s:%u", owner->e.file, owner->e.line);
        char sf[520];
        snprintf(sf, sizeof sf, "%.*s", (int)n.len, n.text);
        char both[1100];
        snprintf(both, sizeof both, "%s, %s", owner->e.id, d->ents.v[ent].e.id);
        problem(c, "duplicate alias \"%s\" (%s; first at %s)", sf, both, where);
        dg_norm_destroy(&n);
        return 0;
      }
      old->live = 0; /* a later layer takes the surface over */
    } else if (old->live) {
      /* The same entity lists a surface twice (e.g. label repeated as alias): keep one,
       * but an abbreviation never downgrades a full surface. */
      old->s.flags &= (uint8_t)(flags | ~DG_SURF_COMPOUND);
      dg_norm_destroy(&n);
      return 0;
    }
  }
  surface_rec r = {.live = 1};
  r.s.text = dg_arena_strndup(&d->arena, n.text, n.len);
  r.s.len = (uint32_t)n.len;
  r.s.entity = ent;
  r.s.flags = flags;
  dg_norm_destroy(&n);
  if (!r.s.text) return -1;
  if (ins == 0) *slot = (uint32_t)d->surfs.n;
  if (DG_PUSH(d->surfs, r)) return -1;
  d->view_dirty = 1;
  return 0;
}

/* May a dictionary entry have type t? Values (amounts, dates, quantities) come from rules. */
static int dict_type(dg_type t) {
  return t != DG_TYPE_AMOUNT && t != DG_TYPE_DATE && t != DG_TYPE_QUANTITY;
}

/* "country, group, ..., region, stop": the types an entry may have, for the message of a
 * bad one; made from the type names, so a new type is listed without an edit here. */
static const char *dict_types(char *buf, size_t size) {
  size_t o = 0;
  buf[0] = '\0';
  for (int t = 0; t < DG_TYPE_COUNT && o < size; t++)
    if (dict_type((dg_type)t))
      o += (size_t)snprintf(buf + o, size - o, "%s%s", o ? ", " : "", dg_type_name((dg_type)t));
  return buf;
}

/* Is every field of the row valid UTF-8 without control characters? Labels and attributes
 * reach every output as they are written, so a bad byte there is the dictionary's problem,
 * reported with its column, not something to repair. */
static int fields_are_text(load_ctx *c, const dg_tsv *t) {
  for (size_t i = 0; i < t->nfield; i++) {
    const char *f = t->field[i], *end = f + strlen(f);
    for (const char *p = f; p < end;) {
      uint32_t cp;
      int l = dg_utf8_decode(p, end, &cp);
      if (l == 0 || dg_is_control(cp)) {
        char at[64];
        snprintf(at, sizeof at, "byte %zu of column %s", (size_t)(p - f) + 1, columns[i]);
        problem(c, "%s (%s)%s", l ? "control character" : "invalid UTF-8", at, "");
        return 0;
      }
      p += l;
    }
  }
  return 1;
}

/* A day written YYYY-MM-DD at s[0, n) as yyyymmdd, or 0 when it is not one. */
static int32_t iso_day(const char *s, size_t n) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return 0;
  int32_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (i == 4 || i == 7) continue;
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  int m = v / 100 % 100, d = v % 100;
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? v : 0;
}

/* One term OFFICE:FROM/TO at s[0, n) into *t; 0, or -1 when it is not one. */
static int parse_term(const char *s, size_t n, dg_term *t) {
  const char *colon = memchr(s, ':', n), *slash = memchr(s, '/', n);
  if (!colon || !slash || slash < colon || colon == s ||
      (size_t)(colon - s) >= sizeof t->office)
    return -1;
  memcpy(t->office, s, (size_t)(colon - s));
  t->office[colon - s] = '\0';
  t->from = iso_day(colon + 1, (size_t)(slash - colon - 1));
  size_t rest = n - (size_t)(slash + 1 - s);
  t->to = rest ? iso_day(slash + 1, rest) : 0;
  return t->from && (t->to || !rest) && (!t->to || t->to >= t->from) ? 0 : -1;
}

int dg_entity_terms(const dg_entity *e, dg_term *out, size_t max) {
  char buf[1024];
  const char *v = dg_entity_attr(e, "terms", buf, sizeof buf);
  if (!v) return 0;
  int n = 0;
  for (const char *p = v;;) {
    size_t l = strcspn(p, ",");
    dg_term t;
    if (parse_term(p, l, &t)) return -1;
    if ((size_t)n < max) out[n] = t;
    n++;
    if (!p[l]) break;
    p += l + 1;
  }
  return n;
}

/* Are the attributes key=value items separated by ';', each key of a-z, 0-9 and '_'? An
 * item without '=' continues the value before it (a note may hold a ';'), so only a first
 * item without one, or a bad key, is a problem: "foo", "=x", "Kind=x". */
static int attrs_ok(load_ctx *c, const char *id, const char *attrs) {
  for (const char *p = attrs; *p;) {
    size_t n = strcspn(p, ";");
    const char *eq = memchr(p, '=', n);
    int key_ok = eq && eq > p;
    for (const char *k = p; eq && k < eq; k++)
      key_ok &= (*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || *k == '_';
    if ((eq || p == attrs) && !key_ok) {
      char item[200];
      snprintf(item, sizeof item, "%.*s", (int)(n < 150 ? n : 150), p);
      problem(c, "bad attribute \"%s\" of %s (expected key=value;key=value, keys of a-z, 0-9 "
              "and _)%s", item, id, "");
      return 0;
    }
    p += n + (p[n] == ';');
  }
  return 1;
}

static int load_record(load_ctx *c, dg_tsv *t) {
  dg_dict *d = c->d;
  if (t->nfield != 6 || t->too_many) {
    char got[32];
    snprintf(got, sizeof got, "%zu", t->too_many ? (size_t)DG_TSV_MAX_FIELDS : t->nfield);
    problem(c, "expected 6 tab-separated columns, found %s%s%s", got, "", "");
    return 0;
  }
  if (!fields_are_text(c, t)) return 0;
  const char *id = t->field[0], *type = t->field[1];
  dg_type ty;
  if (!valid_id(id)) {
    problem(c, "bad id \"%s\" (expected prefix:key without spaces)%s%s", id, "", "");
    return 0;
  }
  if (dg_type_parse(type, &ty) || !dict_type(ty)) {
    char types[256];
    problem(c, "unknown type \"%s\" for %s (one of: %s)", type, id,
            dict_types(types, sizeof types));
    return 0;
  }
  if (!*t->field[2] && !*t->field[3]) {
    problem(c, "%s has neither label_ja nor label_en%s%s", id, "", "");
    return 0;
  }
  if (!attrs_ok(c, id, t->field[5])) return 0;
  dg_entity probe = {.attrs = t->field[5]};
  if (dg_entity_terms(&probe, NULL, 0) < 0) {
    problem(c, "bad terms of %s (expected terms=OFFICE:YYYY-MM-DD/YYYY-MM-DD, the end empty "
            "while in office, terms separated by ',')%s%s", id, "", "");
    return 0;
  }
  uint32_t *slot;
  int ins = dg_hmap_put(&d->ids, id, strlen(id), (uint32_t)d->ents.n, &slot);
  if (ins < 0) return -1;
  if (ins == 0) {
    entity_rec *old = &d->ents.v[*slot];
    if (old->layer == d->layer) {
      char where[1100];
      snprintf(where, sizeof where, "%s:%u", old->e.file, old->e.line);
      problem(c, "duplicate id %s (first at %s)%s", id, where, "");
      return 0;
    }
    old->e.replaced = 1;
    for (size_t i = 0; i < d->surfs.n; i++)
      if (d->surfs.v[i].s.entity == *slot) d->surfs.v[i].live = 0;
    d->view_dirty = 1;
    *slot = (uint32_t)d->ents.n;
  }
  entity_rec r = {.layer = d->layer};
  r.e.id = dg_arena_strdup(&d->arena, id);
  r.e.type = ty;
  r.e.label_ja = dg_arena_strdup(&d->arena, t->field[2]);
  r.e.label_en = dg_arena_strdup(&d->arena, t->field[3]);
  r.e.attrs = dg_arena_strdup(&d->arena, t->field[5]);
  r.e.file = dg_arena_strdup(&d->arena, c->file);
  r.e.line = (uint32_t)c->line;
  if (!r.e.id || !r.e.label_ja || !r.e.label_en || !r.e.attrs || !r.e.file) return -1;
  uint32_t ent = (uint32_t)d->ents.n;
  if (DG_PUSH(d->ents, r)) return -1;
  if (add_surface(c, ent, t->field[2], strlen(t->field[2]), 0)) return -1;
  if (add_surface(c, ent, t->field[3], strlen(t->field[3]), 0)) return -1;
  for (const char *p = t->field[4]; *p;) {
    const char *bar = strchr(p, '|');
    size_t n = bar ? (size_t)(bar - p) : strlen(p);
    if (add_surface(c, ent, p, n, 0)) return -1;
    p += n + (bar ? 1 : 0);
  }
  char abbr[64];
  if (dg_entity_attr(&d->ents.v[ent].e, "abbr1", abbr, sizeof abbr)) {
    for (char *p = abbr; *p;) {
      char *comma = strchr(p, ',');
      size_t n = comma ? (size_t)(comma - p) : strlen(p);
      if (add_surface(c, ent, p, n, DG_SURF_COMPOUND)) return -1;
      p += n + (comma ? 1 : 0);
    }
  }
  return 0;
}

dg_err dg_dict_load_file(dg_dict *d, const char *path, dg_diags *problems, dg_error *err) {
  dg_tsv t;
  dg_error e;
  if (dg_tsv_open(&t, path, &e) != DG_OK) {
    dg_diags_add(problems, "%s", e.msg);
    return dg_error_set(err, DG_EDICT, "%s", e.msg);
  }
  load_ctx c = {.d = d, .file = path, .line = t.line, .problems = problems};
  int hdr_ok = t.nheader == 6;
  for (size_t i = 0; hdr_ok && i < 6; i++) hdr_ok = strcmp(t.header[i], columns[i]) == 0;
  if (!hdr_ok) {
    problem(&c, "header must be: id, type, label_ja, label_en, aliases, attrs (tab-separated)%s%s%s",
            "", "", "");
    dg_tsv_close(&t);
    return dg_error_set(err, DG_EDICT, "%s: bad header", path);
  }
  int oom = 0;
  while (dg_tsv_next(&t)) {
    c.line = t.line;
    if (load_record(&c, &t)) {
      oom = 1;
      break;
    }
  }
  dg_tsv_close(&t);
  if (oom) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", path);
  if (c.bad) return dg_error_set(err, DG_EDICT, "%s: dictionary has problems", path);
  return DG_OK;
}

/* Surface s with every `from` in it written `to`, into out (cap bytes): its length, or 0
 * when s holds no `from` or the variant does not fit. */
static size_t respelled(const dg_surface *s, const char *from, const char *to, char *out,
                        size_t cap) {
  size_t fl = strlen(from), tl = strlen(to), o = 0, hits = 0;
  for (size_t i = 0; i < s->len;) {
    int here = i + fl <= s->len && !memcmp(s->text + i, from, fl);
    const char *src = here ? to : s->text + i;
    size_t n = here ? tl : 1;
    if (o + n >= cap) return 0;
    memcpy(out + o, src, n);
    o += n, i += here ? fl : 1, hits += (size_t)here;
  }
  return hits ? o : 0;
}

/* Every live surface's katakana spelling variants (dir/rules/katakana_variants.tsv: from,
 * to; no file, none), each pair applied alone, where no surface has the variant's text.
 * 0, or -1 without memory. */
static int add_variants(dg_dict *d, const char *dir, dg_diags *problems) {
  char path[1024];
  snprintf(path, sizeof path, "%s/rules/katakana_variants.tsv", dir);
  dg_tsv t;
  dg_error e;
  if (dg_tsv_open(&t, path, &e) != DG_OK) return 0;
  load_ctx c = {.d = d, .file = path, .problems = problems};
  int from = dg_tsv_col(&t, "from"), to = dg_tsv_col(&t, "to"), oom = 0;
  size_t n0 = d->surfs.n;
  char buf[512];
  while (!oom && from >= 0 && to >= 0 && dg_tsv_next(&t)) {
    const char *f = dg_tsv_get(&t, from), *v = dg_tsv_get(&t, to);
    for (size_t i = 0; i < n0 && *f && !oom; i++) {
      const surface_rec *r = &d->surfs.v[i];
      size_t n = r->live ? respelled(&r->s, f, v, buf, sizeof buf) : 0;
      if (n) oom = add_surface(&c, r->s.entity, buf, n, (uint8_t)(r->s.flags | SURF_VARIANT));
    }
  }
  dg_tsv_close(&t);
  return oom ? -1 : 0;
}

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

dg_err dg_dict_load_dir(dg_dict *d, const char *dir, dg_diags *problems, dg_error *err) {
  DIR *dh = opendir(dir);
  if (!dh) {
    dg_diags_add(problems, "%s: cannot open dictionary directory", dir);
    return dg_error_set(err, DG_EDICT, "%s: cannot open dictionary directory", dir);
  }
  DG_VEC(char *) names = {0};
  struct dirent *de;
  while ((de = readdir(dh))) {
    size_t l = strlen(de->d_name);
    if (l > 4 && strcmp(de->d_name + l - 4, ".tsv") == 0 && de->d_name[0] != '.') {
      char *n = strdup(de->d_name);
      if (!n || DG_PUSH(names, n)) {
        free(n);
        break;
      }
    }
  }
  closedir(dh);
  if (names.n) qsort(names.v, names.n, sizeof *names.v, name_cmp);
  dg_err worst = DG_OK;
  for (size_t i = 0; i < names.n; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, names.v[i]);
    dg_error e;
    dg_err r = dg_dict_load_file(d, path, problems, &e);
    if (r != DG_OK && worst != DG_ENOMEM) worst = r;
    free(names.v[i]);
  }
  free(names.v);
  if (worst != DG_ENOMEM && add_variants(d, dir, problems)) worst = DG_ENOMEM;
  if (worst == DG_ENOMEM) return dg_error_set(err, worst, "%s: out of memory", dir);
  if (worst != DG_OK) return dg_error_set(err, worst, "%s: dictionaries have problems", dir);
  return DG_OK;
}

uint64_t dg_dict_fingerprint(const dg_dict *d) {
  uint64_t h = 1469598103934665603ULL;
#define MIX(p, n)                                                                          \
  do {                                                                                     \
    h ^= dg_hash_bytes((p), (n));                                                          \
    h *= 1099511628211ULL;                                                                 \
  } while (0)
  for (size_t i = 0; i < d->ents.n; i++) {
    const dg_entity *e = &d->ents.v[i].e;
    if (e->replaced) continue;
    MIX(e->id, strlen(e->id));
    MIX(e->label_ja, strlen(e->label_ja));
    MIX(e->label_en, strlen(e->label_en));
    MIX(e->attrs, strlen(e->attrs));
    MIX(&e->type, sizeof e->type);
  }
  for (size_t i = 0; i < d->surfs.n; i++) {
    const surface_rec *s = &d->surfs.v[i];
    if (!s->live) continue;
    MIX(s->s.text, s->s.len);
    MIX(&s->s.flags, 1);
  }
#undef MIX
  return h;
}
