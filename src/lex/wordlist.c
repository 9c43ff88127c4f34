/* Word lists (see lex/wordlist.h). A lookup walks the list's trie (lex/wordtrie.h) under
 * the key of the text's character there and takes the longest word whose bytes match
 * (ASCII case ignored). The key groups the words as the lists were first grouped: the key
 * of a word of one two-byte character (£, ¥) differs from the text's where more text
 * follows, so such a word is found only at the end of the text, and lookups keep that
 * answer. */
#include "lex/wordlist.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int word_eq(const dg_word *w, const char *t, size_t avail) {
  if (w->len > avail) return 0;
  for (uint32_t i = 0; i < w->len; i++) {
    unsigned char a = (unsigned char)w->s[i], b = (unsigned char)t[i];
    if (a == b) continue;
    if (a < 0x80 && b < 0x80 && lower(a) == lower(b)) continue;
    return 0;
  }
  return 1;
}

/* The first word equal to s[0..n), by a pass over the list (before it is indexed). */
static long find_linear(const dg_wordlist *l, const char *s, size_t n) {
  for (size_t i = 0; i < l->n; i++)
    if (l->w[i].len == n && word_eq(&l->w[i], s, n)) return (long)i;
  return -1;
}

/* Can a word equal to s[0, n) have another key than s (a two-byte character, then a
 * letter written in the other case: the key mixes the letter as written)? */
static int key_may_differ(const char *s, size_t n) {
  unsigned char c0 = (unsigned char)s[0], c2 = n > 2 ? (unsigned char)s[2] : 0;
  return c0 >= 0xC0 && c0 < 0xE0 && lower(c2) >= 'a' && lower(c2) <= 'z';
}

long dg_wordlist_find(const dg_wordlist *l, const char *s, size_t n) {
  if (!l->fkey || !n || key_may_differ(s, n)) return find_linear(l, s, n);
  return dg_wordtrie_find(&l->fwd, s, n, dg_wordlist_key(s, n));
}

int dg_word_at(const dg_word *w, const char *t, size_t len, size_t pos) {
  return pos <= len && word_eq(w, t + pos, len - pos);
}

/* Forget the index (the words change). */
static void drop_index(dg_wordlist *l) {
  dg_wordtrie_destroy(&l->fwd);
  dg_wordtrie_destroy(&l->back);
  free(l->fkey);
  free(l->bkey);
  free(l->by_first);
  free(l->by_last);
  l->fkey = l->bkey = NULL;
  l->by_first = l->by_last = NULL;
  memset(l->first_keys, 0, sizeof l->first_keys);
  memset(l->last_keys, 0, sizeof l->last_keys);
  memset(l->one_char_keys, 0, sizeof l->one_char_keys);
  memset(l->first_bytes, 0, sizeof l->first_bytes);
  memset(l->first_pairs, 0, sizeof l->first_pairs);
  l->starts_inside = 0;
}

dg_word *dg_wordlist_put(dg_wordlist *l, const char *s, uint32_t len) {
  drop_index(l);
  long at = find_linear(l, s, len); /* a later list replaces the same word */
  if (at >= 0) {
    dg_word *w = &l->w[at];
    memset(&w->as, 0, sizeof w->as);
    w->code = "";
    return w;
  }
  if (dg_vec_grow((void **)&l->w, &l->cap, l->n + 1, sizeof *l->w)) return NULL;
  dg_word *w = &l->w[l->n++];
  memset(w, 0, sizeof *w);
  w->s = s;
  w->len = len;
  w->code = "";
  return w;
}

/* A byte the bitmap clears cannot begin a word (a word matches byte for byte, ASCII case
 * aside), so dg_wordlist_at there is -1 without being asked. */
size_t dg_wordlist_next(const dg_wordlist *l, const char *t, size_t len, size_t pos) {
  for (; pos < len; pos++) {
    unsigned char c = (unsigned char)t[pos];
    if (((l->first_bytes[c >> 6] >> (c & 63)) & 1) && dg_wordlist_at(l, t, len, pos) >= 0)
      return pos;
  }
  return len;
}

/* The group of byte b in g (by_first or by_last); none before the list is indexed. */
static const uint32_t *group(const uint32_t *g, unsigned char b, size_t *n) {
  if (!g) {
    *n = 0;
    return NULL;
  }
  unsigned k = (unsigned)lower(b);
  *n = g[k + 1] - g[k];
  return g + 257 + g[k];
}

const uint32_t *dg_wordlist_starting(const dg_wordlist *l, unsigned char b, size_t *n) {
  return group(l->by_first, b, n);
}

const uint32_t *dg_wordlist_ending(const dg_wordlist *l, unsigned char b, size_t *n) {
  return group(l->by_last, b, n);
}

/* The group of word w: its folded first (last) byte, or 256 for a word of no bytes (it
 * goes in every group). */
static unsigned group_of(const dg_word *w, int last) {
  return w->len ? (unsigned)lower((unsigned char)w->s[last ? w->len - 1 : 0]) : 256;
}

/* The words grouped by their folded first (last) byte, each group in list order: counted,
 * then placed, a pass over the words each. */
static uint32_t *group_by(const dg_wordlist *l, int last) {
  size_t total = 0;
  uint32_t at[257] = {0};
  for (size_t i = 0; i < l->n; i++) {
    unsigned b = group_of(&l->w[i], last);
    total += b < 256 ? 1 : 256;
    for (unsigned x = b < 256 ? b : 0; x < (b < 256 ? b + 1 : 256); x++) at[x + 1]++;
  }
  uint32_t *g = malloc((257 + total) * sizeof *g);
  if (!g) return NULL;
  for (unsigned b = 0; b < 256; b++) at[b + 1] += at[b];
  memcpy(g, at, sizeof at);
  for (size_t i = 0; i < l->n; i++) {
    unsigned b = group_of(&l->w[i], last);
    for (unsigned x = b < 256 ? b : 0; x < (b < 256 ? b + 1 : 256); x++)
      g[257 + at[x]++] = (uint32_t)i;
  }
  return g;
}

static void set_bit(uint64_t *bits, unsigned b) { bits[b >> 6] |= (uint64_t)1 << (b & 63); }

/* A word's keys and its first pair (see dg_wordlist_may_start) in the list's bitmaps. */
static void mark_word(dg_wordlist *l, const char *s, uint32_t len, unsigned fkey,
                      unsigned bkey) {
  unsigned char c0 = (unsigned char)s[0];
  set_bit(l->first_keys, fkey);
  set_bit(l->last_keys, bkey);
  set_bit(l->first_bytes, c0);
  if (lower(c0) != c0) set_bit(l->first_bytes, (unsigned)lower(c0));
  if (c0 >= 'a' && c0 <= 'z') set_bit(l->first_bytes, c0 - 32u);
  if (((unsigned char)s[0] & 0xC0) == 0x80) l->starts_inside = 1;
  size_t n1 = dg_wordlist_lead_len((unsigned char)s[0]);
  if (len <= n1) set_bit(l->one_char_keys, fkey);
  else set_bit(l->first_pairs, dg_wordlist_pair(fkey, (unsigned char)s[n1]));
}

/* The tries of the words and the keys of their first and last characters. */
static int index_words(dg_wordlist *l) {
  size_t n = l->n ? l->n : 1;
  const char **s = malloc(n * sizeof *s);
  uint32_t *len = malloc(n * sizeof *len);
  l->fkey = malloc(n);
  l->bkey = malloc(n);
  int bad = !s || !len || !l->fkey || !l->bkey;
  for (size_t i = 0; i < l->n && !bad; i++) {
    s[i] = l->w[i].s;
    len[i] = l->w[i].len;
    l->fkey[i] = (uint8_t)dg_wordlist_key(s[i], len[i]);
    l->bkey[i] = (uint8_t)(len[i] ? dg_wordlist_last_key(s[i], len[i]) : 0);
    if (len[i]) mark_word(l, s[i], len[i], l->fkey[i], l->bkey[i]); /* else in no trie */
  }
  bad = bad || dg_wordtrie_build(&l->fwd, s, len, l->fkey, l->n, 0) ||
        dg_wordtrie_build(&l->back, s, len, l->bkey, l->n, 1) ||
        !(l->by_first = group_by(l, 0)) || !(l->by_last = group_by(l, 1));
  free(s);
  free(len);
  if (bad) drop_index(l);
  return bad ? -1 : 0;
}

static int word_cmp(const void *a, const void *b) {
  const dg_word *x = a, *y = b;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  return strcmp(x->s, y->s);
}

int dg_wordlist_index(dg_wordlist *l) {
  if (l->n) qsort(l->w, l->n, sizeof *l->w, word_cmp);
  return index_words(l);
}

void dg_wordlist_destroy(dg_wordlist *l) {
  drop_index(l);
  free(l->w);
  memset(l, 0, sizeof *l);
}
