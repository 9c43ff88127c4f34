/* Bytes tested a word at a time (8 bytes of a uint64_t): exact tests, no false alarm and
 * none missed, for the writers' fast paths that copy runs needing no escape. */
#ifndef DG_BASE_SWAR_H
#define DG_BASE_SWAR_H

#include <stdint.h>
#include <string.h>

#define DG_SWAR_ONES 0x0101010101010101ULL
#define DG_SWAR_HIGHS 0x8080808080808080ULL
/* A zero byte in x; a byte below 0x20 (a control character) in x; byte b in x. */
#define DG_SWAR_HAS_ZERO(x) (((x) - DG_SWAR_ONES) & ~(x) & DG_SWAR_HIGHS)
#define DG_SWAR_HAS_CONTROL(x) (((x) - DG_SWAR_ONES * 0x20) & ~(x) & DG_SWAR_HIGHS)
#define DG_SWAR_HAS(x, b) DG_SWAR_HAS_ZERO((x) ^ (DG_SWAR_ONES * (unsigned char)(b)))

/* The 8 bytes at p as a word (any alignment). */
static inline uint64_t dg_swar_load(const char *p) {
  uint64_t x;
  memcpy(&x, p, sizeof x);
  return x;
}

#endif
