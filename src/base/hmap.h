/* dg_hmap: an open-addressing hash map from byte strings to uint32 values.
 * Keys are copied into the map's own storage: one buffer for all of them, each key
 * followed by a '\0', so a key costs its bytes and no allocation of its own. Used for
 * entity ids, surfaces and edges. Iteration order is insertion order (`entries` is a
 * dense array; dg_hmap_key gives entry i's key), which keeps outputs independent of hash
 * values. */
#ifndef DG_HMAP_H
#define DG_HMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct dg_hmap {
  uint32_t *slots; /* index+1 into entries, 0 = empty */
  size_t nslots;
  struct dg_hmap_entry {
    uint64_t hash;
    size_t key; /* offset of the key in keys */
    uint32_t klen;
    uint32_t value;
  } *entries;
  size_t n, cap;
  char *keys; /* every key, '\0'-terminated, in insertion order */
  size_t nkeys, capkeys;
} dg_hmap;

uint64_t dg_hash_bytes(const void *p, size_t n);
/* FNV-1a going on from h over p[0..n): dg_hash_more(dg_hash_bytes(a), b) is the hash of a
 * and b one after the other (a file hashed a piece at a time). */
uint64_t dg_hash_more(uint64_t h, const void *p, size_t n);
void dg_hmap_init(dg_hmap *m);
void dg_hmap_destroy(dg_hmap *m);
/* Pointer to the value for key, or NULL. */
uint32_t *dg_hmap_get(const dg_hmap *m, const char *key, size_t klen);
/* Insert key with value unless present. *out gets the entry's value slot; returns 1 when
 * inserted, 0 when it was present, -1 when memory runs out. */
int dg_hmap_put(dg_hmap *m, const char *key, size_t klen, uint32_t value, uint32_t **out);
/* The key of entry i (< n, in insertion order), '\0'-terminated, its length in *klen;
 * valid until the next dg_hmap_put. */
const char *dg_hmap_key(const dg_hmap *m, size_t i, size_t *klen);

#endif
