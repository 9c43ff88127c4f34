/* The trie of a word list (see lex/wordtrie.h). Built once when the rules load: the words
 * sorted by their lead and folded bytes, then one node per distinct prefix, depth first,
 * each node's edges contiguous and sorted by byte (a node's first child is the next node).
 * Depth 0 of a word is its lead byte, depth d its byte d - 1. */
#define _GNU_SOURCE /* qsort_r */
#include "lex/wordtrie.h"

#include <stdlib.h>
#include <string.h>

static unsigned fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32u : c; }

typedef struct {
  const char *const *s;
  const uint32_t *len;
  const uint8_t *lead;
  int reverse;
  uint32_t *idx; /* the words, sorted */
  dg_wordtrie *t;
} builder;

/* The byte at depth d of word w: its lead, then its folded bytes in the trie's
 * direction. */
static unsigned byte_at(const builder *b, uint32_t w, uint32_t d) {
  uint32_t n = b->len[w];
  if (d == 0) return b->lead[w];
  d--;
  return fold((unsigned char)b->s[w][b->reverse ? n - 1 - d : d]);
}

static int by_bytes(const void *x, const void *y, void *arg) {
  const builder *sorting = arg;
  uint32_t a = *(const uint32_t *)x, c = *(const uint32_t *)y;
  uint32_t la = sorting->len[a] + 1, lc = sorting->len[c] + 1; /* with the lead */
  for (uint32_t d = 0; d < la && d < lc; d++) {
    unsigned p = byte_at(sorting, a, d), q = byte_at(sorting, c, d);
    if (p != q) return p < q ? -1 : 1;
  }
  if (la != lc) return la < lc ? -1 : 1;
  return a < c ? -1 : a > c;
}

/* The node of the words idx[lo, hi), which share their first `depth` bytes: its words
 * (those of exactly `depth` bytes, first in the sorted order), then a child per next
 * byte. Returns the node's number. */
static uint32_t build_node(builder *b, size_t lo, size_t hi, uint32_t depth) {
  dg_wordtrie *t = b->t;
  uint32_t me = (uint32_t)t->nnodes++;
  size_t k = lo;
  t->node[me].word0 = (uint32_t)t->nwords;
  while (k < hi && depth && b->len[b->idx[k]] + 1 == depth) t->words[t->nwords++] = b->idx[k++];
  t->node[me].nwords = (uint16_t)(k - lo);
  uint32_t ne = 0;
  for (size_t x = k; x < hi; x++)
    if (x == k || byte_at(b, b->idx[x], depth) != byte_at(b, b->idx[x - 1], depth)) ne++;
  uint32_t e0 = (uint32_t)t->nedges;
  t->node[me].edge0 = e0;
  t->node[me].nedges = (uint16_t)ne;
  t->node[me].byte1 = (uint8_t)(ne == 1 ? byte_at(b, b->idx[k], depth) : 0);
  t->nedges += ne;
  for (size_t x = k, e = e0; x < hi; e++) {
    size_t y = x;
    unsigned by = byte_at(b, b->idx[x], depth);
    while (y < hi && byte_at(b, b->idx[y], depth) == by) y++;
    t->edge_byte[e] = (uint8_t)by;
    t->edge_to[e] = build_node(b, x, y, depth + 1);
    x = y;
  }
  return me;
}

void dg_wordtrie_destroy(dg_wordtrie *t) {
  free(t->node);
  free(t->edge_byte);
  free(t->edge_to);
  free(t->words);
  memset(t, 0, sizeof *t);
}

int dg_wordtrie_build(dg_wordtrie *t, const char *const *s, const uint32_t *len,
                      const uint8_t *lead, size_t n, int reverse) {
  dg_wordtrie_destroy(t);
  size_t total = 1, nw = 0;
  for (size_t i = 0; i < n; i++) total += len[i] + 1, nw += len[i] > 0;
  builder b = {s, len, lead, reverse, malloc((nw ? nw : 1) * sizeof(uint32_t)), t};
  t->node = malloc(total * sizeof *t->node);
  t->edge_byte = malloc(total);
  t->edge_to = malloc(total * sizeof *t->edge_to);
  t->words = malloc((nw ? nw : 1) * sizeof *t->words);
  if (!b.idx || !t->node || !t->edge_byte || !t->edge_to || !t->words) {
    free(b.idx);
    dg_wordtrie_destroy(t);
    return -1;
  }
  nw = 0;
  for (size_t i = 0; i < n; i++)
    if (len[i]) b.idx[nw++] = (uint32_t)i;
  qsort_r(b.idx, nw, sizeof *b.idx, by_bytes, &b);
  build_node(&b, 0, nw, 0);
  const struct dg_wordtrie_node *root = &t->node[0];
  for (uint32_t e = root->edge0; e < root->edge0 + root->nedges; e++)
    t->root[t->edge_byte[e]] = t->edge_to[e];
  free(b.idx);
  return 0;
}

/* The child of node n for byte c, or 0: a node has few edges but the root's (a table);
 * the child of a node of one edge is the next node (nodes are numbered depth first). */
static inline uint32_t child(const dg_wordtrie *t, uint32_t n, unsigned c) {
  const struct dg_wordtrie_node *x = &t->node[n];
  if (x->nedges == 1) return x->byte1 == c ? n + 1 : 0;
  const uint8_t *b = t->edge_byte + x->edge0;
  for (uint32_t k = 0; k < x->nedges && b[k] <= c; k++)
    if (b[k] == c) return t->edge_to[x->edge0 + k];
  return 0;
}

/* The first word of node n (the first of equals), or -1. */
static inline long first_word(const dg_wordtrie *t, uint32_t n) {
  const struct dg_wordtrie_node *x = &t->node[n];
  return x->nwords ? (long)t->words[x->word0] : -1;
}

long dg_wordtrie_at(const dg_wordtrie *tr, const char *t, size_t len, size_t pos,
                    unsigned lead) {
  if (pos >= len || !tr->node) return -1;
  uint32_t n = tr->root[lead & 0xFF];
  long best = -1;
  for (size_t i = pos; n && i < len && tr->node[n].nedges; i++) {
    n = child(tr, n, fold((unsigned char)t[i]));
    long w = n ? first_word(tr, n) : -1;
    if (w >= 0) best = w;
  }
  return best;
}

long dg_wordtrie_before(const dg_wordtrie *tr, const char *t, size_t min, size_t pos,
                        unsigned lead) {
  if (pos <= min || !tr->node) return -1;
  uint32_t n = tr->root[lead & 0xFF];
  long best = -1;
  for (size_t i = pos; n && i > min && tr->node[n].nedges; i--) {
    n = child(tr, n, fold((unsigned char)t[i - 1]));
    long w = n ? first_word(tr, n) : -1;
    if (w >= 0) best = w;
  }
  return best;
}

long dg_wordtrie_find(const dg_wordtrie *tr, const char *s, size_t n, unsigned lead) {
  if (!n || !tr->node) return -1;
  uint32_t x = tr->root[lead & 0xFF];
  for (size_t i = 0; i < n && x; i++) x = child(tr, x, fold((unsigned char)s[i]));
  return x ? first_word(tr, x) : -1;
}
