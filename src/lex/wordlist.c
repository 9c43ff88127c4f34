/* Word lists (see lex/wordlist.h). Every list is small (tens to hundreds of words), so a
 * lookup is a scan over the words that share the first (or last) character key, longest
 * first. */
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

/* The group key of the character at s: ASCII folded to lower case; for a multibyte
 * character a mix of its bytes, since UTF-8 lead bytes alone (E3 for all kana) would put
 * most Japanese words in one group. */
static unsigned char_key(const char *s, size_t avail) {
  unsigned char c0 = (unsigned char)s[0];
  if (c0 < 0x80 || avail < 2) return (unsigned)lower(c0);
  unsigned char c1 = (unsigned char)s[1], c2 = avail > 2 ? (unsigned char)s[2] : 0;
  return (c0 * 31u + c1 * 7u + c2) & 0xFF;
}

/* The key of the character that ends at s + n (n > 0). */
static unsigned last_char_key(const char *s, size_t n) {
  size_t i = n - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && n - i < 4) i--;
  return char_key(s + i, n - i);
}

long dg_wordlist_at(const dg_wordlist *l, const char *t, size_t len, size_t pos) {
  if (pos >= len || !l->byfirst) return -1;
  unsigned b = char_key(t + pos, len - pos);
  for (uint32_t k = l->first[b]; k < l->first[b + 1]; k++) /* longest first */
    if (word_eq(&l->w[l->byfirst[k]], t + pos, len - pos)) return (long)l->byfirst[k];
  return -1;
}

/* Group word indices by a folded byte (the first or the last of each word), keeping the
 * longest-first order within a group. */
static int group_words(const dg_wordlist *l, int use_last, uint32_t **out, uint32_t off[257]) {
  free(*out);
  *out = malloc((l->n ? l->n : 1) * sizeof **out);
  if (!*out) return -1;
  uint32_t count[256] = {0};
#define KEY(w) (use_last ? last_char_key((w)->s, (w)->len) : char_key((w)->s, (w)->len))
  for (size_t i = 0; i < l->n; i++) count[KEY(&l->w[i])]++;
  off[0] = 0;
  for (int b = 0; b < 256; b++) off[b + 1] = off[b] + count[b];
  uint32_t fill[256];
  for (int b = 0; b < 256; b++) fill[b] = off[b];
  for (size_t i = 0; i < l->n; i++) (*out)[fill[KEY(&l->w[i])]++] = (uint32_t)i;
#undef KEY
  return 0;
}

long dg_wordlist_before(const dg_wordlist *l, const char *t, size_t min, size_t pos) {
  if (pos <= min || !l->bylast) return -1;
  unsigned b = last_char_key(t + min, pos - min);
  for (uint32_t k = l->last[b]; k < l->last[b + 1]; k++) { /* longest first */
    const dg_word *w = &l->w[l->bylast[k]];
    if (w->len > pos - min) continue;
    if (word_eq(w, t + pos - w->len, w->len)) return (long)l->bylast[k];
  }
  return -1;
}

long dg_wordlist_find(const dg_wordlist *l, const char *s, size_t n) {
  for (size_t i = 0; i < l->n; i++)
    if (l->w[i].len == n && word_eq(&l->w[i], s, n)) return (long)i;
  return -1;
}

int dg_word_at(const dg_word *w, const char *t, size_t len, size_t pos) {
  return pos <= len && word_eq(w, t + pos, len - pos);
}

dg_word *dg_wordlist_put(dg_wordlist *l, const char *s, uint32_t len) {
  long at = dg_wordlist_find(l, s, len); /* a later list replaces the same word */
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

static int index_words(dg_wordlist *l) {
  return group_words(l, 0, &l->byfirst, l->first) || group_words(l, 1, &l->bylast, l->last);
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
  free(l->w);
  free(l->byfirst);
  free(l->bylast);
  memset(l, 0, sizeof *l);
}
