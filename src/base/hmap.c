/* Open-addressing hash map with linear probing (see hmap.h). The table doubles when it
 * is half full, so probes stay short. FNV-1a hashing: simple and good enough for ids. */
#include "base/hmap.h"

#include <stdlib.h>
#include <string.h>

uint64_t dg_hash_bytes(const void *p, size_t n) {
  return dg_hash_more(1469598103934665603ULL, p, n);
}

uint64_t dg_hash_more(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

void dg_hmap_init(dg_hmap *m) { memset(m, 0, sizeof *m); }

void dg_hmap_destroy(dg_hmap *m) {
  free(m->keys);
  free(m->entries);
  free(m->slots);
  memset(m, 0, sizeof *m);
}

static size_t find_slot(const dg_hmap *m, const char *key, size_t klen, uint64_t h) {
  size_t mask = m->nslots - 1;
  size_t i = (size_t)h & mask;
  for (;;) {
    uint32_t s = m->slots[i];
    if (s == 0) return i;
    const struct dg_hmap_entry *e = &m->entries[s - 1];
    if (e->hash == h && e->klen == klen && memcmp(m->keys + e->key, key, klen) == 0) return i;
    i = (i + 1) & mask;
  }
}

uint32_t *dg_hmap_get(const dg_hmap *m, const char *key, size_t klen) {
  if (!m->nslots) return NULL;
  uint64_t h = dg_hash_bytes(key, klen);
  size_t i = find_slot(m, key, klen, h);
  return m->slots[i] ? &m->entries[m->slots[i] - 1].value : NULL;
}

static int rehash(dg_hmap *m, size_t nslots) {
  uint32_t *s = calloc(nslots, sizeof *s);
  if (!s) return -1;
  free(m->slots);
  m->slots = s;
  m->nslots = nslots;
  for (size_t k = 0; k < m->n; k++) {
    size_t i = (size_t)m->entries[k].hash & (nslots - 1);
    while (s[i]) i = (i + 1) & (nslots - 1);
    s[i] = (uint32_t)k + 1;
  }
  return 0;
}

const char *dg_hmap_key(const dg_hmap *m, size_t i, size_t *klen) {
  *klen = m->entries[i].klen;
  return m->keys + m->entries[i].key;
}

/* Room for klen + 1 more bytes of keys; 0 or -1. */
static int keys_room(dg_hmap *m, size_t klen) {
  if (m->nkeys + klen + 1 <= m->capkeys) return 0;
  size_t cap = m->capkeys ? m->capkeys : 256;
  while (cap < m->nkeys + klen + 1) cap *= 2;
  char *p = realloc(m->keys, cap);
  if (!p) return -1;
  m->keys = p;
  m->capkeys = cap;
  return 0;
}

int dg_hmap_put(dg_hmap *m, const char *key, size_t klen, uint32_t value, uint32_t **out) {
  if (klen >= UINT32_MAX) return -1;
  if ((m->n + 1) * 2 > m->nslots && rehash(m, m->nslots ? m->nslots * 2 : 64)) return -1;
  uint64_t h = dg_hash_bytes(key, klen);
  size_t i = find_slot(m, key, klen, h);
  if (m->slots[i]) {
    if (out) *out = &m->entries[m->slots[i] - 1].value;
    return 0;
  }
  if (m->n == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    void *p = realloc(m->entries, cap * sizeof *m->entries);
    if (!p) return -1;
    m->entries = p;
    m->cap = cap;
  }
  if (keys_room(m, klen)) return -1;
  memcpy(m->keys + m->nkeys, key, klen);
  m->keys[m->nkeys + klen] = '\0';
  struct dg_hmap_entry *e = &m->entries[m->n];
  e->key = m->nkeys;
  e->klen = (uint32_t)klen;
  e->hash = h;
  e->value = value;
  m->nkeys += klen + 1;
  m->slots[i] = (uint32_t)++m->n;
  if (out) *out = &e->value;
  return 1;
}
