/* One trie over all dictionaries; longest leftmost match; a match must start and end on a
 * word or token boundary (see docgraph/match.h).
 * The trie is built from the lowercased bytes of every surface and flattened into arrays
 * in depth-first order, so a node's first child is the next node and a walk down a long
 * surface reads the nodes in a row: a 256-entry table for the root, a node of one edge
 * holds its byte itself, sorted edge lists below it (a 256-entry table for a node of many
 * edges). A scan walks the trie from each character start that may begin a
 * surface (not inside an ASCII word; its first two characters in a hashed filter of the
 * surfaces' first two), collecting every surface that ends along the path, and keeps the
 * longest one that passes the boundary tests. The filter only skips walks that would find
 * nothing, so matches are those of a walk from every character. */
#include "docgraph/match.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/scan.h"
#include "base/utf8.h"
#include "docgraph/tokens.h"

typedef struct {
  uint32_t edge0, term0;
  uint16_t nedge, nterm;
  uint16_t dense; /* a node of more than DENSE_EDGES edges: 1 + its table in dtab, else 0 */
  uint8_t byte1;  /* a node of one edge: its byte (its child is the next node) */
} node_t;

/* A node with more edges than this gets a 256-entry table (a lookup instead of a binary
 * search: the first bytes of Japanese characters fan out widely), up to MAX_DENSE tables
 * (the nodes beyond keep the binary search). */
#define DENSE_EDGES 8
#define MAX_DENSE 0xFFFF
/* The start filter: bits over hashed pairs of first characters (128 KB, stays in cache). */
#define START_BITS 20

struct dg_matcher {
  const dg_dict *dict;
  uint32_t root[256]; /* child of the root for each byte; 0 = none */
  node_t *nodes;
  size_t nnodes;
  uint8_t *ebyte;
  uint32_t *etarget;
  size_t nedges;
  uint32_t *dtab;  /* 256 children (0: none) for each dense node */
  uint64_t *start; /* start filter: bit pair_bit(c1, c2) set when a surface begins with
                      characters c1 c2, bit pair_bit(c1, 0) when c1 alone is a surface;
                      a walk begins only where one is set (hash collisions only walk more) */
  uint32_t *terms; /* surface indices */
  size_t nterms;
  dg_surface *surfs; /* a private copy: scans never touch the dictionary's views */
  uint8_t *stype;    /* dg_type of each surface's entity */
  size_t nsurfs;
};

/* ---- build ---- */

typedef struct tnode {
  uint8_t *keys;
  struct tnode **kids;
  uint32_t nkids, cap;
  uint32_t *terms;
  uint32_t nterms, tcap;
} tnode;

static unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* The character at t[i] (n bytes, 1 to 4) as its folded bytes packed in one word. */
static uint32_t packed(const char *t, size_t i, size_t n) {
  uint32_t c = 0;
  for (size_t k = 0; k < n; k++) c = c << 8 | fold((unsigned char)t[i + k]);
  return c;
}

static uint32_t pair_bit(uint32_t c1, uint32_t c2) {
  return (c1 * 0x9E3779B1u ^ (c2 + 0x7F4A7C15u) * 0x85EBCA77u) >> (32 - START_BITS);
}

static int start_set(const uint64_t *b, uint32_t bit) { return (int)(b[bit >> 6] >> (bit & 63)) & 1; }

/* Mark surface s (len bytes) in the start filter: its first two characters, or its one. */
static void start_mark(uint64_t *b, const char *s, size_t len) {
  size_t n1 = (size_t)dg_utf8_len(s, s + len);
  if (n1 > len) n1 = len;
  uint32_t c2 = 0;
  if (n1 < len) {
    size_t n2 = (size_t)dg_utf8_len(s + n1, s + len);
    c2 = packed(s, n1, n1 + n2 > len ? len - n1 : n2);
  }
  uint32_t bit = pair_bit(packed(s, 0, n1), c2);
  b[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

static void tnode_free(tnode *n) {
  if (!n) return;
  for (uint32_t i = 0; i < n->nkids; i++) tnode_free(n->kids[i]);
  free(n->keys);
  free(n->kids);
  free(n->terms);
  free(n);
}

static tnode *tnode_child(tnode *n, uint8_t b) {
  uint32_t lo = 0, hi = n->nkids;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (n->keys[mid] < b) lo = mid + 1;
    else hi = mid;
  }
  if (lo < n->nkids && n->keys[lo] == b) return n->kids[lo];
  if (n->nkids == n->cap) {
    uint32_t cap = n->cap ? n->cap * 2 : 2;
    uint8_t *k = realloc(n->keys, cap);
    if (!k) return NULL;
    n->keys = k;
    tnode **c = realloc(n->kids, cap * sizeof *c);
    if (!c) return NULL;
    n->kids = c;
    n->cap = cap;
  }
  tnode *child = calloc(1, sizeof *child);
  if (!child) return NULL;
  memmove(n->keys + lo + 1, n->keys + lo, n->nkids - lo);
  memmove(n->kids + lo + 1, n->kids + lo, (n->nkids - lo) * sizeof *n->kids);
  n->keys[lo] = b;
  n->kids[lo] = child;
  n->nkids++;
  return child;
}

static int tnode_add_term(tnode *n, uint32_t s) {
  if (n->nterms == n->tcap) {
    uint32_t cap = n->tcap ? n->tcap * 2 : 1;
    uint32_t *t = realloc(n->terms, cap * sizeof *t);
    if (!t) return -1;
    n->terms = t;
    n->tcap = cap;
  }
  n->terms[n->nterms++] = s;
  return 0;
}

static int dense_tables(dg_matcher *m);

/* Number node t and those below it in depth-first order (its first child is the next
 * node); its edges take the next nkids slots. */
static void place(dg_matcher *m, const tnode *t) {
  uint32_t me = (uint32_t)m->nnodes++;
  node_t *n = &m->nodes[me];
  n->edge0 = (uint32_t)m->nedges;
  n->nedge = (uint16_t)t->nkids;
  n->term0 = (uint32_t)m->nterms;
  n->nterm = (uint16_t)t->nterms;
  n->byte1 = t->nkids == 1 ? t->keys[0] : 0;
  if (t->nterms) memcpy(m->terms + m->nterms, t->terms, t->nterms * sizeof *t->terms);
  m->nterms += t->nterms;
  m->nedges += t->nkids;
  for (uint32_t k = 0; k < t->nkids; k++) {
    m->ebyte[n->edge0 + k] = t->keys[k];
    m->etarget[n->edge0 + k] = (uint32_t)m->nnodes;
    place(m, t->kids[k]);
    n = &m->nodes[me];
  }
}

static int flatten(dg_matcher *m, tnode *root, size_t count_nodes, size_t count_terms) {
  m->nodes = calloc(count_nodes, sizeof *m->nodes);
  m->ebyte = malloc(count_nodes ? count_nodes : 1);
  m->etarget = malloc((count_nodes ? count_nodes : 1) * sizeof *m->etarget);
  m->terms = malloc((count_terms ? count_terms : 1) * sizeof *m->terms);
  if (!m->nodes || !m->ebyte || !m->etarget || !m->terms) return -1;
  m->nnodes = 0;
  place(m, root);
  return dense_tables(m);
}

/* A 256-entry table of children for each node of more than DENSE_EDGES edges. */
static int dense_tables(dg_matcher *m) {
  size_t nd = 0;
  for (size_t i = 0; i < m->nnodes; i++) nd += m->nodes[i].nedge > DENSE_EDGES;
  if (nd > MAX_DENSE) nd = MAX_DENSE;
  m->dtab = calloc(nd ? nd * 256 : 1, sizeof *m->dtab);
  if (!m->dtab) return -1;
  uint32_t k = 0;
  for (size_t i = 0; i < m->nnodes; i++) {
    node_t *n = &m->nodes[i];
    if (n->nedge <= DENSE_EDGES || k == nd) continue;
    n->dense = (uint16_t)++k;
    for (uint32_t e = 0; e < n->nedge; e++)
      m->dtab[(size_t)(k - 1) * 256 + m->ebyte[n->edge0 + e]] = m->etarget[n->edge0 + e];
  }
  const node_t *r = &m->nodes[0];
  for (uint32_t e = 0; e < r->nedge; e++) m->root[m->ebyte[r->edge0 + e]] = m->etarget[r->edge0 + e];
  return 0;
}

static void count(const tnode *n, size_t *nodes, size_t *terms) {
  (*nodes)++;
  *terms += n->nterms;
  for (uint32_t i = 0; i < n->nkids; i++) count(n->kids[i], nodes, terms);
}

dg_err dg_matcher_build(const dg_dict *d, dg_matcher **out, dg_error *err) {
  dg_matcher *m = calloc(1, sizeof *m);
  tnode *root = calloc(1, sizeof *root);
  if (!m || !root) goto oom;
  m->dict = d;
  size_t ns = dg_dict_surface_count(d);
  m->surfs = malloc((ns ? ns : 1) * sizeof *m->surfs);
  if (!m->surfs) goto oom;
  m->stype = malloc(ns ? ns : 1);
  if (!m->stype) goto oom;
  m->nsurfs = ns;
  for (size_t i = 0; i < ns; i++) {
    m->surfs[i] = *dg_dict_surface(d, i);
    m->stype[i] = (uint8_t)dg_dict_entity(d, m->surfs[i].entity)->type;
  }
  m->start = calloc((size_t)1 << (START_BITS - 6), sizeof *m->start);
  if (!m->start) goto oom;
  for (size_t i = 0; i < ns; i++) {
    const dg_surface *s = dg_dict_surface(d, i);
    if (s->len) start_mark(m->start, s->text, s->len);
    tnode *n = root;
    for (uint32_t k = 0; k < s->len && n; k++) n = tnode_child(n, fold((unsigned char)s->text[k]));
    if (!n || tnode_add_term(n, (uint32_t)i)) goto oom;
  }
  size_t nn = 0, nt = 0;
  count(root, &nn, &nt);
  if (flatten(m, root, nn, nt)) goto oom;
  tnode_free(root);
  *out = m;
  return DG_OK;
oom:
  tnode_free(root);
  dg_matcher_free(m);
  return dg_error_set(err, DG_ENOMEM, "out of memory while building the matcher");
}

void dg_matcher_free(dg_matcher *m) {
  if (!m) return;
  free(m->nodes);
  free(m->ebyte);
  free(m->etarget);
  free(m->dtab);
  free(m->start);
  free(m->terms);
  free(m->surfs);
  free(m->stype);
  free(m);
}

size_t dg_matcher_states(const dg_matcher *m) { return m->nnodes; }

/* ---- scan ---- */

static uint32_t step(const dg_matcher *m, uint32_t node, uint8_t b) {
  const node_t *n = &m->nodes[node];
  if (n->nedge == 1) return n->byte1 == b ? node + 1 : 0;
  if (n->dense) return m->dtab[(size_t)(n->dense - 1) * 256 + b];
  const uint8_t *k = m->ebyte + n->edge0;
  uint32_t lo = 0, hi = n->nedge;
  if (hi <= DENSE_EDGES) {
    for (uint32_t i = 0; i < hi; i++)
      if (k[i] == b) return m->etarget[n->edge0 + i];
    return 0;
  }
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (k[mid] < b) lo = mid + 1;
    else hi = mid;
  }
  return (lo < n->nedge && k[lo] == b) ? m->etarget[n->edge0 + lo] : 0;
}

/* Does a start right after a token's opening 省 (a province's head), MeCab having glued
 * it to the first character of the city after it (海南|省三|亜: the city 三亜)? */
static int after_glued_province(const dg_doc *doc, const char *t, size_t a) {
  long k = a >= 3 ? dg_doc_token_at(doc, (uint32_t)a) : -1;
  return k >= 0 && dg_tok(doc, (uint32_t)k)->start == a - 3 &&
         memcmp(t + a - 3, "\xE7\x9C\x81", 3) == 0; /* 省 */
}

static int accept(const dg_matcher *m, uint32_t si, const char *t, size_t len, size_t a,
                  size_t z, const dg_doc *doc, uint32_t types) {
  const dg_surface *s = &m->surfs[si];
  dg_type ty = (dg_type)m->stype[si];
  if (!((types >> ty) & 1) && !(ty == DG_TYPE_STOP && (types >> DG_TYPE_COUNT) & 1)) return 0;
  if ((s->flags & DG_SURF_CASE) && memcmp(t + a, s->text, s->len) != 0) return 0;
  unsigned char first = (unsigned char)s->text[0], last = (unsigned char)s->text[s->len - 1];
  if (dg_is_ascii_alnum(first) && a > 0 && dg_is_ascii_alnum((unsigned char)t[a - 1])) return 0;
  if (dg_is_ascii_alnum(last) && z < len && dg_is_ascii_alnum((unsigned char)t[z])) return 0;
  /* The recognizer checks compounds; a stop entry wins wherever its text is longest. */
  if ((s->flags & DG_SURF_COMPOUND) || ty == DG_TYPE_STOP) return 1;
  if (doc && dg_doc_has_tokens(doc)) {
    if (a > 0 && dg_is_japanese(dg_cp_before(t, a)) && dg_is_japanese(dg_cp_at(t, len, a)) &&
        !dg_doc_token_boundary(doc, (uint32_t)a) &&
        !(ty == DG_TYPE_PLACE && after_glued_province(doc, t, a)))
      return 0;
    if (z < len && dg_is_japanese(dg_cp_before(t, z)) && dg_is_japanese(dg_cp_at(t, len, z)) &&
        !dg_doc_token_boundary(doc, (uint32_t)z))
      return 0;
  }
  return 1;
}

#define MAX_PATH_TERMS 64

/* Whether a match may start at t[i], a character of adv bytes: not inside an ASCII word
 * (a match starting there would begin with a letter after a letter, which accept()
 * refuses), and the start filter has its first character, or its first two. */
static int may_start(const dg_matcher *m, const char *t, size_t len, size_t i, size_t adv,
                     size_t to) {
  if (i > 0 && dg_is_ascii_alnum((unsigned char)t[i]) && dg_is_ascii_alnum((unsigned char)t[i - 1]))
    return 0;
  if (adv > to - i) adv = to - i;
  uint32_t c1 = packed(t, i, adv);
  if (start_set(m->start, pair_bit(c1, 0))) return 1;
  size_t j = i + adv;
  if (j >= to) return 0;
  size_t n2 = (size_t)dg_utf8_len(t + j, t + len);
  if (n2 > to - j) n2 = to - j;
  return start_set(m->start, pair_bit(c1, packed(t, j, n2)));
}

/* Scan t[from, to) of a text of `len` bytes; matches never extend past `to`. */
static dg_err scan(const dg_matcher *m, const char *t, size_t len, size_t from, size_t to,
                   int skip_whole, uint32_t types, const dg_doc *doc, dg_match **out,
                   size_t *nout, dg_error *err) {
  DG_VEC(dg_match) v = {0};
  uint32_t hit_node[MAX_PATH_TERMS];
  size_t hit_end[MAX_PATH_TERMS];
  size_t i = from;
  while (i < to) {
    unsigned char c = (unsigned char)t[i];
    size_t adv = c < 0x80 ? 1 : (size_t)dg_utf8_len(t + i, t + len);
    uint32_t node = m->root[fold(c)];
    if (!node || (c & 0xC0) == 0x80 || !may_start(m, t, len, i, adv, to)) {
      i += adv;
      continue;
    }
    int nh = 0;
    size_t j = i + 1;
    for (;;) {
      if (m->nodes[node].nterm && nh < MAX_PATH_TERMS) {
        hit_node[nh] = node;
        hit_end[nh] = j;
        nh++;
      }
      if (j >= to) break;
      node = step(m, node, fold((unsigned char)t[j]));
      if (!node) break;
      j++;
    }
    int found = 0;
    for (int h = nh - 1; h >= 0 && !found; h--) {
      size_t z = hit_end[h];
      /* A match must end on a character boundary. */
      if (z < len && ((unsigned char)t[z] & 0xC0) == 0x80) continue;
      if (skip_whole && i == from && z == to) continue;
      const node_t *n = &m->nodes[hit_node[h]];
      for (uint32_t k = 0; k < n->nterm; k++) {
        uint32_t si = m->terms[n->term0 + k];
        const dg_surface *s = &m->surfs[si];
        if (!accept(m, si, t, len, i, z, doc, types)) continue;
        dg_match mt = {(uint32_t)i, (uint32_t)z, s->entity, si, s->flags};
        if (DG_PUSH(v, mt)) {
          free(v.v);
          return dg_error_set(err, DG_ENOMEM, "out of memory while matching");
        }
        i = z;
        found = 1;
        break;
      }
    }
    if (!found) i += adv;
  }
  *out = v.v;
  *nout = v.n;
  return DG_OK;
}

dg_err dg_matcher_scan(const dg_matcher *m, const dg_doc *doc, dg_match **out, size_t *n,
                       dg_error *err) {
  return scan(m, doc->text, doc->len, 0, doc->len, 0, DG_MATCH_ALL, doc, out, n, err);
}

dg_err dg_matcher_scan_range(const dg_matcher *m, const dg_doc *doc, uint32_t start,
                             uint32_t end, uint32_t types, dg_match **out, size_t *n,
                             dg_error *err) {
  if (end > doc->len) end = (uint32_t)doc->len;
  if (start > end) start = end;
  return scan(m, doc->text, doc->len, start, end, 1, types, doc, out, n, err);
}

dg_err dg_matcher_scan_text(const dg_matcher *m, const char *text, size_t len, dg_match **out,
                            size_t *n, dg_error *err) {
  return scan(m, text, len, 0, len, 0, DG_MATCH_ALL, NULL, out, n, err);
}
