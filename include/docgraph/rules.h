/* Rule word lists: the data the recognizers decide with, loaded from dicts/rules/.
 * Currencies, scale words, qualifiers, era names, month names, abbreviations that do not
 * end a sentence, and the other lists of later rules. Each file is a TSV with a header row;
 * its columns are documented in dicts/rules/README.md. Words are normalized like document
 * text, so a list may be written with full-width characters. Lists from several
 * directories are merged; nothing here is compiled into the code. */
#ifndef DOCGRAPH_RULES_H
#define DOCGRAPH_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/error.h"

typedef struct dg_word {
  const char *s; /* normalized, NUL-terminated */
  uint32_t len;
  int32_t a, b;   /* payloads: see each list */
  const char *code; /* payload string: currency code, qualifier name, English unit ... */
} dg_word;

/* A small list of words, longest first. Latin words match ignoring ASCII case. An index
 * by first byte (ASCII letters folded) keeps lookups to the few words that can match. */
typedef struct dg_wordlist {
  dg_word *w;
  size_t n, cap;
  uint32_t *byfirst;     /* word indices grouped by first byte, longest first in a group */
  uint32_t first[257];   /* group of byte b: byfirst[first[b] .. first[b+1]) */
  uint32_t *bylast;      /* the same, grouped by last byte (for words ending at a point) */
  uint32_t last[257];
} dg_wordlist;

/* Index of the longest word that starts at t[pos], or -1. */
long dg_wordlist_at(const dg_wordlist *l, const char *t, size_t len, size_t pos);
/* Index of the longest word that ends at t[pos] (exclusive) and starts at or after `min`. */
long dg_wordlist_before(const dg_wordlist *l, const char *t, size_t min, size_t pos);
/* Index of the word equal to s[0..n), or -1. */
long dg_wordlist_find(const dg_wordlist *l, const char *s, size_t n);

/* Positions for currencies and qualifiers. */
enum { DG_POS_BEFORE = 1, DG_POS_AFTER = 2 };

typedef struct dg_rules {
  dg_wordlist currencies;    /* code = ISO 4217; a = DG_POS_BEFORE|DG_POS_AFTER */
  dg_wordlist scales;        /* a = power of ten */
  dg_wordlist qualifiers;    /* a = dg_qualifier; b = DG_POS_BEFORE|DG_POS_AFTER */
  dg_wordlist eras;          /* a = Gregorian year of the era's first year */
  dg_wordlist months;        /* a = month 1..12 */
  dg_wordlist abbreviations; /* words ending in '.' that do not end a sentence */
  dg_wordlist counters;      /* quantity units: code = English unit */
  dg_wordlist kanji_digits;  /* a = digit value, b = power of ten for 十百千 */
  dg_wordlist day_words;     /* words ending in 日 that are days, not Japan (本日, 来日) */
  dg_wordlist heads;         /* name head words: a = dg_type (meeting, program, organization, place) */
  dg_wordlist titles;        /* person titles: a = DG_POS_AFTER (Japanese) or DG_POS_BEFORE */
  dg_wordlist coref;         /* back references (本会合): a = dg_type, b = 1 main, 2 last */
  dg_wordlist place_triggers;/* において, held in: a = DG_POS_AFTER or DG_POS_BEFORE the place */
  dg_wordlist name_stops;    /* words that never begin or belong to a head-word name */
  dg_wordlist ordinals;      /* English ordinal words: a = the number */
  dg_wordlist triggers;      /* words that type relations: a = dg_rel_kind */
  dg_wordlist relative_dates;/* 昨年, 翌年, 同月, 翌, last year: a = offset, b = dg_date_anchor */
  void *arena;
} dg_rules;

/* Load rules from DIR/rules/ for each directory in order (later ones add to earlier).
 * Problems are reported as file:line in `problems`; returns DG_EDICT when there were any. */
dg_err dg_rules_load(dg_rules **out, const char *const *dirs, size_t ndirs, dg_diags *problems,
                     dg_error *err);
void dg_rules_free(dg_rules *r);

/* Is w[0..n) (with its final '.') an abbreviation such as "Mr." or "No."? */
int dg_rules_is_abbreviation(const dg_rules *r, const char *w, size_t n);

#endif
