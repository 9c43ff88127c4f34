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

/* A small list of words, longest first. Latin words match ignoring ASCII case. */
typedef struct dg_wordlist {
  dg_word *w;
  size_t n, cap;
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
