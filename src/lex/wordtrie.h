/* dg_wordtrie: the index of a word list (lex/wordlist.h), a trie over the words' bytes
 * with ASCII letters folded to lower case, read forwards (words that start at a position)
 * or backwards (words that end at one), under a lead byte per word (the key of its first
 * or last character, which picks the group of words a lookup may find). A lookup walks
 * the text once, byte by byte, so it costs the length of the longest word that could
 * match, not the number of words.
 *
 * Invariant: a node lists the words whose lead and folded bytes spell its path, in list
 * order (smallest index first); the deepest node on the walk with a word holds the longest
 * match, and its first word the first of equals. */
#ifndef DG_LEX_WORDTRIE_H
#define DG_LEX_WORDTRIE_H

#include <stddef.h>
#include <stdint.h>

typedef struct dg_wordtrie {
  struct dg_wordtrie_node {
    uint32_t edge0, word0; /* its edges: edge[edge0 ..], its words: words[word0 ..] */
    uint16_t nedges, nwords;
    uint8_t byte1; /* a node of one edge: its byte (the child is the next node) */
  } *node;
  uint8_t *edge_byte; /* sorted per node */
  uint32_t *edge_to;
  uint32_t *words;
  uint32_t root[256]; /* the child of the root for a first byte, 0 for none */
  size_t nnodes, nedges, nwords;
} dg_wordtrie;

/* Build the trie of the words s[i][0, len[i]) under lead[i], i < n, read backwards when
 * `reverse`; words of no bytes are left out. Returns 0, or -1 when memory runs out (t is
 * then empty). Frees what t held before. */
int dg_wordtrie_build(dg_wordtrie *t, const char *const *s, const uint32_t *len,
                      const uint8_t *lead, size_t n, int reverse);
void dg_wordtrie_destroy(dg_wordtrie *t);

/* The longest word under `lead` that starts at t[pos] and ends by t[len] (the first of
 * equals), or -1. */
long dg_wordtrie_at(const dg_wordtrie *tr, const char *t, size_t len, size_t pos,
                    unsigned lead);
/* The longest word under `lead` that ends at t[pos] (exclusive) and starts at or after
 * `min`, in a trie built with `reverse`; or -1. */
long dg_wordtrie_before(const dg_wordtrie *tr, const char *t, size_t min, size_t pos,
                        unsigned lead);
/* The first word under `lead` that is s[0, n) exactly (ASCII case ignored), or -1. */
long dg_wordtrie_find(const dg_wordtrie *tr, const char *s, size_t n, unsigned lead);

#endif
