/* Word lists: the small lists of words the rules decide with (currencies, head words,
 * titles, trigger words ...), loaded from dicts/rules/ (see lex/rules_lists.h).
 * Invariant: words are normalized like document text and kept longest first, and each
 * list is indexed by two tries (its words forwards and backwards), so a lookup at a
 * position reads the text once, whatever the number of words. A word matches where the
 * key of its first (last) character is the text's (see wordlist.c). Latin words match
 * ignoring ASCII case. Each word carries a typed payload: the view of `as` named after its
 * list. */
#ifndef DG_LEX_WORDLIST_H
#define DG_LEX_WORDLIST_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/types.h"
#include "lex/wordtrie.h"

/* Which side of a value or name a word stands on (currencies, qualifiers, titles,
 * place triggers): bits, so a currency may go on both sides. */
enum { DG_SIDE_BEFORE = 1, DG_SIDE_AFTER = 2 };

/* Whom a back reference (本会合, 同会合, 前回会合) means: the name the document is about, the
 * nearest before it, or the nearest before it that is not the one the document is about. */
enum { DG_REFERS_MAIN = 1, DG_REFERS_LAST = 2, DG_REFERS_PREVIOUS = 3 };

/* The part a name plays in its clause, from the word next to it (roles.tsv): the topic
 * (東京会合は), the subject (が) or object (を) of the verb, a partner (とともに, with), the
 * scene where something happens (において, at), what money goes through or to (under, を通じ),
 * the owner of what follows (の, of), an event it only follows (に続いて, following), the
 * agent of a passive (by), the members of a gathering (among), where (で, for a place), the
 * frame or channel something goes through (under, を通じて), the host of a diplomatic post
 * (インドネシア大使: an ambassador to Indonesia), a framework something is only in line
 * with (in line with, に沿って). */
enum {
  DG_PART_TOPIC = 1,
  DG_PART_SUBJECT,
  DG_PART_OBJECT,
  DG_PART_WITH,
  DG_PART_SCENE,
  DG_PART_OWNER,
  DG_PART_OF,
  DG_PART_AFTER,
  DG_PART_AGENT,
  DG_PART_AMONG,
  DG_PART_VENUE,
  DG_PART_FRAME,
  DG_PART_POST,
  DG_PART_GUIDE
};

/* What a word after a meeting's name introduces (meeting_links.tsv): bits. */
enum { DG_LINK_PLACE = 1, DG_LINK_DATE = 2, DG_LINK_MEMBERS = 4, DG_LINK_SAME = 8 };

/* How the letters of a Latin word may be written in the text: as listed only (FY), also with
 * a capital first letter (in, In), or also with a capital starting each word (fiscal year,
 * Fiscal year, Fiscal Year). */
enum { DG_CASE_EXACT = 1, DG_CASE_CAPITAL, DG_CASE_TITLE };

/* How a range separator stands between the two ends: adjacent (10〜20), with a space on
 * each side (2020 to 2022), either, or spaced and only after a `between` word (between 10
 * and 20). Bits, so BOTH is ADJACENT | SPACED. */
enum { DG_SPACING_ADJACENT = 1, DG_SPACING_SPACED = 2, DG_SPACING_BOTH = 3, DG_SPACING_BETWEEN = 4 };

/* What a word around a range does (range_words.tsv; the change of amount_ranges.tsv). */
enum { DG_RANGE_BETWEEN = 1, DG_RANGE_FROM, DG_RANGE_TO };

/* What a word of totals.tsv says of the sum after it: a total (総額), a level reached
 * (increase to), a count head (案件, projects) or a link between (worth, "("). */
enum { DG_TOTAL_NONE = 0, DG_TOTAL_TOTAL, DG_TOTAL_LEVEL, DG_TOTAL_COUNT, DG_TOTAL_LINK };

/* What a word before a number keeps from being read (number_prefixes.tsv): bits. */
enum { DG_BLOCKS_AMOUNTS = 1, DG_BLOCKS_DATES = 2 };

typedef struct dg_word {
  const char *s; /* normalized, NUL-terminated */
  uint32_t len;
  const char *code; /* currency code, qualifier name, English unit, or "" */
  union {
    struct { uint8_t side; } currency;                  /* DG_SIDE_* bits */
    struct { int32_t power; } scale;                    /* 10^power */
    struct { dg_qualifier qualifier; uint8_t side; } qualifier;
    struct { int32_t first_year; } era;                 /* Gregorian year of its year 1 */
    struct { int32_t month; } month;                    /* 1..12 */
    struct { int32_t digit, power; } numeral;           /* 五: digit 5; 百: power 2 */
    struct { dg_type type; } head;                      /* what a name ending in it is */
    struct { uint8_t side; } title;                     /* where the name stands */
    struct { dg_type type; uint8_t refers; } coref;     /* DG_REFERS_*; type DG_TYPE_COUNT:
                                                           a prefix (同, 本) before a head */
    struct { uint8_t side; } place_trigger;             /* where the place stands */
    struct { int32_t number; } ordinal;                 /* third: 3 */
    struct { uint32_t follows; } ordinal_suffix;        /* bit n: numbers ending in n */
    struct { uint16_t roles; } joiner;                  /* DG_JOIN_* bits (rules_lists.h) */
    struct { uint32_t types; } connector;               /* bit 1 << dg_type: names it extends */
    struct { dg_rel_kind kind; uint32_t also; } trigger; /* the relation it types, and bits
                                                            (1 << kind) of more it types */
    struct { uint8_t part, side; } role;                /* DG_PART_*, DG_SIDE_* of the name */
    struct { uint8_t comma; } clause_break;             /* only after a comma; 2: relative */
    struct { uint8_t gives; } meeting_link;             /* DG_LINK_* bits */
    struct { int32_t offset; uint8_t anchor; } relative; /* dg_date_anchor and offset */
    struct { uint8_t letters; } date_preposition;       /* DG_CASE_* */
    struct { uint8_t letters, side; } date_bound;        /* DG_CASE_*, DG_SIDE_* */
    struct { uint8_t letters, glued; } fiscal_year;      /* glued: FY2024 as well as FY 2024 */
    struct { uint8_t spacing, change; } amount_range;    /* DG_SPACING_*, DG_RANGE_FROM/TO */
    struct { uint8_t dates, years; } date_range;         /* DG_SPACING_* or 0, for each use */
    struct { uint8_t english, japanese; } day_range;     /* DG_SPACING_* or 0, for each use */
    struct { uint8_t role; } range_word;                 /* DG_RANGE_* */
    struct { uint8_t role; } total;                      /* DG_TOTAL_* */
    struct { uint8_t blocks; } number_prefix;            /* DG_BLOCKS_* bits */
    struct { char country[3]; uint8_t where; } currency_signal; /* ISO alpha-2 or "*" */
    struct { int32_t value; } number_word;               /* twenty: 20; thousand: 1000 */
    struct { char currency[4]; } country_currency;       /* ISO 4217 */
  } as;
} dg_word;

typedef struct dg_wordlist {
  /* bit k: some word's first (last) character has key k: most lookups end here, on one
     cache line, before the tries are touched (set by dg_wordlist_index) */
  uint64_t first_keys[4], last_keys[4];
  /* of the words that start with a key: bit k when one has no byte after its first
     character; else the byte after it (ASCII folded), hashed with k (dg_wordlist_pair) */
  uint64_t one_char_keys[4], first_pairs[16];
  /* bit b: some word's first byte is b (an ASCII letter in both cases): where it is clear,
     no word starts (dg_wordlist_next skips such bytes) */
  uint64_t first_bytes[4];
  uint8_t starts_inside; /* a word starts with a UTF-8 continuation byte (none should) */
  dg_word *w;
  size_t n, cap;
  dg_wordtrie fwd, back; /* the words read forwards and backwards (lex/wordtrie.h) */
  uint8_t *fkey, *bkey;  /* per word: the key of its first and of its last character */
  /* the words by their first byte, ASCII letters folded: those of byte b are
     by_first[257 + by_first[b] .. 257 + by_first[b + 1]), in list order (a word of no
     bytes in every group) */
  uint32_t *by_first;
  uint32_t *by_last; /* the same by their last byte */
} dg_wordlist;

/* The group key of the character at s (avail > 0 bytes left): ASCII folded to lower case;
 * for a multibyte character a mix of its bytes, since UTF-8 lead bytes alone (E3 for all
 * kana) would put most Japanese words in one group. */
static inline unsigned dg_wordlist_key(const char *s, size_t avail) {
  unsigned char c0 = (unsigned char)s[0];
  if (c0 < 0x80 || avail < 2) return (c0 >= 'A' && c0 <= 'Z') ? c0 + 32u : c0;
  unsigned char c1 = (unsigned char)s[1], c2 = avail > 2 ? (unsigned char)s[2] : 0;
  return (c0 * 31u + c1 * 7u + c2) & 0xFF;
}

/* The key of the character that ends at s + n (n > 0). */
static inline unsigned dg_wordlist_last_key(const char *s, size_t n) {
  size_t i = n - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80 && n - i < 4) i--;
  return dg_wordlist_key(s + i, n - i);
}

static inline int dg_wordlist_has_key(const uint64_t keys[4], unsigned k) {
  return (int)(keys[k >> 6] >> (k & 63)) & 1;
}

/* The bytes of the character that starts with byte c, from c alone (1 for a stray byte). */
static inline size_t dg_wordlist_lead_len(unsigned char c) {
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The bit of first_pairs for key k and the byte b after the first character. */
static inline unsigned dg_wordlist_pair(unsigned k, unsigned char b) {
  unsigned f = (b >= 'A' && b <= 'Z') ? b + 32u : b;
  return ((k * 0x9E3779B1u) ^ (f * 0x85EBCA77u)) >> 22; /* 10 bits */
}

/* Can a word of key k start at t[pos]: one of one character, or one whose byte after its
 * first character is the text's there? (A word that matches has the text's bytes, so its
 * first character has the text's length.) */
static inline int dg_wordlist_may_start(const dg_wordlist *l, unsigned k, const char *t,
                                        size_t len, size_t pos) {
  if (!dg_wordlist_has_key(l->first_keys, k)) return 0;
  if (dg_wordlist_has_key(l->one_char_keys, k)) return 1;
  size_t at = pos + dg_wordlist_lead_len((unsigned char)t[pos]);
  if (at >= len) return 0;
  unsigned bit = dg_wordlist_pair(k, (unsigned char)t[at]);
  return (int)(l->first_pairs[bit >> 6] >> (bit & 63)) & 1;
}

/* Index of the longest word that starts at t[pos], or -1. Inline: called about ten times
 * a byte of text, and most calls end at the first character or the byte after it. */
static inline long dg_wordlist_at(const dg_wordlist *l, const char *t, size_t len, size_t pos) {
  if (pos >= len) return -1;
  if (((unsigned char)t[pos] & 0xC0) == 0x80 && !l->starts_inside) return -1; /* a byte
      inside a character: a fifth of the lookups, from loops that go byte by byte */
  unsigned k = dg_wordlist_key(t + pos, len - pos);
  return dg_wordlist_may_start(l, k, t, len, pos) ? dg_wordtrie_at(&l->fwd, t, len, pos, k) : -1;
}

/* May a word of l begin with byte c (0 only for an indexed list none of whose words does)? */
static inline int dg_wordlist_may_begin(const dg_wordlist *l, unsigned char c) {
  return !l->by_first || ((l->first_bytes[c >> 6] >> (c & 63)) & 1);
}

/* The first position p in [pos, len) where a word starts (dg_wordlist_at(l, t, len, p) >=
 * 0), or len when there is none: one pass over the text for the loops that would look a
 * word up at every byte of a sentence and skip the places where none is. */
size_t dg_wordlist_next(const dg_wordlist *l, const char *t, size_t len, size_t pos);

/* Index of the longest word that ends at t[pos] (exclusive) and starts at or after `min`. */
static inline long dg_wordlist_before(const dg_wordlist *l, const char *t, size_t min,
                                      size_t pos) {
  if (pos <= min) return -1;
  unsigned k = dg_wordlist_last_key(t + min, pos - min);
  return dg_wordlist_has_key(l->last_keys, k) ? dg_wordtrie_before(&l->back, t, min, pos, k)
                                              : -1;
}
/* Index of the word equal to s[0..n), or -1. */
long dg_wordlist_find(const dg_wordlist *l, const char *s, size_t n);
/* Does t[pos..) start with word w (ASCII case ignored)? */
int dg_word_at(const dg_word *w, const char *t, size_t len, size_t pos);
/* The indices of the words that may be at a byte b (the only ones dg_word_at can find
 * there), in list order; sets *n to their number (0 before the list is indexed). */
const uint32_t *dg_wordlist_starting(const dg_wordlist *l, unsigned char b, size_t *n);
/* The indices of the words that may end on a byte b (their last byte is b, ASCII case
 * aside), in list order; sets *n to their number (0 before the list is indexed). */
const uint32_t *dg_wordlist_ending(const dg_wordlist *l, unsigned char b, size_t *n);

/* Add (or, for a word already there, replace) a word whose text `s` is already normalized
 * and owned by the caller; returns the word to fill the payload of, or NULL when memory
 * runs out. Call dg_wordlist_index once every word is in. */
dg_word *dg_wordlist_put(dg_wordlist *l, const char *s, uint32_t len);
/* Sort longest first and build the lookup index; returns 0, or -1 when memory runs out. */
int dg_wordlist_index(dg_wordlist *l);
void dg_wordlist_destroy(dg_wordlist *l);

#endif
