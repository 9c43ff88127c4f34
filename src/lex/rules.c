/* Loading rule word lists from the .tsv files of dicts/rules/ (see docgraph/rules.h).
 * Every list is small (tens to hundreds of words), so matching is a scan over the words
 * that share the first byte, longest first. */
#include "docgraph/rules.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "docgraph/date.h"
#include "docgraph/doc.h"
#include "docgraph/normalize.h"
#include "base/tsv.h"

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

int dg_rules_is_abbreviation(const dg_rules *r, const char *w, size_t n) {
  for (size_t i = 0; i < r->abbreviations.n; i++) {
    const dg_word *x = &r->abbreviations.w[i];
    if (x->len == n && memcmp(x->s, w, n) == 0) return 1; /* case matters: "No." vs "no." */
  }
  return 0;
}

static int index_words(dg_wordlist *l) {
  return group_words(l, 0, &l->byfirst, l->first) || group_words(l, 1, &l->bylast, l->last);
}

static int word_cmp(const void *a, const void *b) {
  const dg_word *x = a, *y = b;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  return strcmp(x->s, y->s);
}

static int add_word(dg_rules *r, dg_wordlist *l, const char *s, int32_t a, int32_t b,
                    const char *code) {
  dg_norm n;
  if (dg_normalize(s, strlen(s), &n, NULL) != DG_OK) return -1;
  char *copy = dg_arena_strndup(r->arena, n.text, n.len);
  uint32_t len = (uint32_t)n.len;
  dg_norm_destroy(&n);
  if (!copy) return -1;
  /* A later list replaces an earlier word with the same text. */
  long at = dg_wordlist_find(l, copy, len);
  if (at < 0 && l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 32;
    dg_word *p = realloc(l->w, cap * sizeof *p);
    if (!p) return -1;
    l->w = p;
    l->cap = cap;
  }
  dg_word *w = at >= 0 ? &l->w[at] : &l->w[l->n++];
  w->s = copy;
  w->len = len;
  w->a = a;
  w->b = b;
  w->code = code ? dg_arena_strdup(r->arena, code) : "";
  return 0;
}

static int parse_position(const char *s) {
  if (!strcmp(s, "before")) return DG_POS_BEFORE;
  if (!strcmp(s, "after")) return DG_POS_AFTER;
  if (!strcmp(s, "both")) return DG_POS_BEFORE | DG_POS_AFTER;
  return 0;
}

static int parse_qualifier(const char *s) {
  if (!strcmp(s, "approx")) return DG_QUAL_APPROX;
  if (!strcmp(s, "at_least")) return DG_QUAL_AT_LEAST;
  if (!strcmp(s, "more_than")) return DG_QUAL_MORE_THAN;
  if (!strcmp(s, "up_to")) return DG_QUAL_UP_TO;
  return -1;
}

static int parse_int(const char *s, long lo, long hi, int32_t *out) {
  char *e;
  errno = 0;
  long v = strtol(s, &e, 10);
  if (errno || e == s || *e || v < lo || v > hi) return -1;
  *out = (int32_t)v;
  return 0;
}

typedef enum { F_CURRENCY, F_SCALE, F_QUALIFIER, F_ERA, F_MONTH, F_ABBREV, F_COUNTER, F_KANJI, F_DAYWORD, F_HEAD, F_TITLE, F_COREF, F_PLACE, F_STOPWORD, F_ORDINAL, F_RELDATE, F_TRIGGER } file_kind;

static const struct {
  const char *file;
  file_kind kind;
  const char *cols[3];
} files[] = {
    {"currencies.tsv", F_CURRENCY, {"surface", "code", "position"}},
    {"scales.tsv", F_SCALE, {"surface", "power", NULL}},
    {"qualifiers.tsv", F_QUALIFIER, {"surface", "qualifier", "position"}},
    {"eras.tsv", F_ERA, {"era", "first_year", NULL}},
    {"months.tsv", F_MONTH, {"surface", "month", NULL}},
    {"abbreviations.tsv", F_ABBREV, {"abbreviation", NULL, NULL}},
    {"counters.tsv", F_COUNTER, {"surface", "unit_en", NULL}},
    {"kanji_numerals.tsv", F_KANJI, {"numeral", "value", "power"}},
    {"day_words.tsv", F_DAYWORD, {"word", NULL, NULL}},
    {"heads.tsv", F_HEAD, {"surface", "type", NULL}},
    {"titles.tsv", F_TITLE, {"surface", "position", NULL}},
    {"coref.tsv", F_COREF, {"surface", "type", "refers"}},
    {"place_triggers.tsv", F_PLACE, {"surface", "position", NULL}},
    {"name_stops.tsv", F_STOPWORD, {"word", NULL, NULL}},
    {"ordinals.tsv", F_ORDINAL, {"surface", "value", NULL}},
    {"triggers.tsv", F_TRIGGER, {"surface", "relation", NULL}},
    {"relative_dates.tsv", F_RELDATE, {"surface", "offset", "anchor"}},
};

static int load_file(dg_rules *r, const char *dir, size_t fi, dg_diags *problems) {
  char path[1024];
  snprintf(path, sizeof path, "%s/rules/%s", dir, files[fi].file);
  struct stat st;
  if (stat(path, &st) != 0) return 0; /* a directory need not have every list */
  dg_tsv t;
  dg_error e;
  if (dg_tsv_open(&t, path, &e) != DG_OK) {
    dg_diags_add(problems, "%s", e.msg);
    return 1;
  }
  int bad = 0;
  int col[3];
  for (int c = 0; c < 3; c++) {
    col[c] = files[fi].cols[c] ? dg_tsv_col(&t, files[fi].cols[c]) : -1;
    if (files[fi].cols[c] && col[c] < 0) {
      dg_diags_add(problems, "%s:1: missing column \"%s\"", path, files[fi].cols[c]);
      dg_tsv_close(&t);
      return 1;
    }
  }
  while (dg_tsv_next(&t)) {
    const char *w = dg_tsv_get(&t, col[0]);
    const char *v1 = dg_tsv_get(&t, col[1]);
    const char *v2 = dg_tsv_get(&t, col[2]);
    int32_t a = 0, b = 0;
    const char *code = NULL;
    dg_wordlist *l = NULL;
    const char *why = NULL;
    if (!*w) why = "empty word";
    switch (files[fi].kind) {
    case F_CURRENCY:
      l = &r->currencies;
      code = v1;
      a = parse_position(v2);
      if (strlen(v1) != 3) why = "currency code must be ISO 4217 (3 letters)";
      else if (!a) why = "position must be before, after or both";
      break;
    case F_SCALE:
      l = &r->scales;
      if (parse_int(v1, 1, 18, &a)) why = "power must be 1..18";
      break;
    case F_QUALIFIER:
      l = &r->qualifiers;
      a = parse_qualifier(v1);
      b = parse_position(v2);
      if (a < 0) why = "qualifier must be approx, at_least, more_than or up_to";
      else if (!b) why = "position must be before, after or both";
      code = v1;
      break;
    case F_ERA:
      l = &r->eras;
      if (parse_int(v1, 600, 3000, &a)) why = "first_year must be a year";
      break;
    case F_MONTH:
      l = &r->months;
      if (parse_int(v1, 1, 12, &a)) why = "month must be 1..12";
      break;
    case F_ABBREV:
      l = &r->abbreviations;
      if (w[strlen(w) - 1] != '.') why = "an abbreviation ends with '.'";
      break;
    case F_COUNTER:
      l = &r->counters;
      code = v1;
      break;
    case F_HEAD:
    case F_COREF: {
      l = files[fi].kind == F_HEAD ? &r->heads : &r->coref;
      dg_type ty;
      if (dg_type_parse(v1, &ty) || (ty != DG_TYPE_MEETING && ty != DG_TYPE_PROGRAM &&
                                     ty != DG_TYPE_ORGANIZATION &&
                                     (ty != DG_TYPE_PLACE || files[fi].kind != F_HEAD)))
        why = files[fi].kind == F_HEAD ? "type must be meeting, program, organization or place"
                                       : "type must be meeting, program or organization";
      else a = (int32_t)ty;
      if (files[fi].kind == F_COREF) {
        b = !strcmp(v2, "main") ? 1 : !strcmp(v2, "last") ? 2 : 0;
        if (!b) why = "refers must be main or last";
      }
      break;
    }
    case F_TITLE:
    case F_PLACE:
      l = files[fi].kind == F_TITLE ? &r->titles : &r->place_triggers;
      a = parse_position(v1);
      if (a != DG_POS_BEFORE && a != DG_POS_AFTER) why = "position must be before or after";
      break;
    case F_STOPWORD:
      l = &r->name_stops;
      break;
    case F_TRIGGER: {
      l = &r->triggers;
      dg_rel_kind k;
      if (dg_rel_kind_parse(v1, &k) || k == DG_REL_CO_OCCURS || k == DG_REL_MEMBER_OF ||
          k == DG_REL_AMOUNT)
        why = "relation must be held_in, held_on, participates_in, chaired_by, announced_at or "
              "adopted_at";
      else a = (int32_t)k;
      break;
    }
    case F_ORDINAL:
      l = &r->ordinals;
      if (parse_int(v1, 1, 1000, &a)) why = "value must be a number 1..1000";
      break;
    case F_RELDATE:
      l = &r->relative_dates;
      b = !strcmp(v2, "document") ? DG_ANCHOR_DOC : !strcmp(v2, "year") ? DG_ANCHOR_YEAR
          : !strcmp(v2, "month") ? DG_ANCHOR_MONTH : !strcmp(v2, "day") ? DG_ANCHOR_DAY : 0;
      if (parse_int(v1, -9, 9, &a)) why = "offset must be -9..9";
      else if (!b) why = "anchor must be document, year, month or day";
      break;
    case F_DAYWORD:
      l = &r->day_words;
      if (strlen(w) < 3 || strcmp(w + strlen(w) - 3, "日") != 0) why = "a day word ends with 日";
      break;
    case F_KANJI:
      l = &r->kanji_digits;
      if (parse_int(v1, 0, 9, &a) || parse_int(v2, 0, 4, &b)) why = "value 0..9 and power 0..4";
      break;
    }
    if (why) {
      dg_diags_add(problems, "%s:%zu: %s", path, t.line, why);
      bad = 1;
      continue;
    }
    if (add_word(r, l, w, a, b, code)) {
      dg_diags_add(problems, "%s:%zu: out of memory", path, t.line);
      bad = 1;
      break;
    }
  }
  dg_tsv_close(&t);
  return bad;
}

#define NLISTS 17

/* Every list of a dg_rules: the one place to add a list. */
static void all_lists(dg_rules *r, dg_wordlist *out[NLISTS]) {
  dg_wordlist *l[] = {&r->currencies, &r->scales,    &r->qualifiers,    &r->eras,
                            &r->months,     &r->abbreviations, &r->counters,  &r->kanji_digits,
                            &r->day_words,  &r->heads,     &r->titles,        &r->coref,
                            &r->place_triggers, &r->name_stops, &r->ordinals,
                            &r->relative_dates, &r->triggers};
  _Static_assert(sizeof l / sizeof *l == NLISTS, "NLISTS must count the lists above");
  memcpy(out, l, sizeof l);
}

dg_err dg_rules_load(dg_rules **out, const char *const *dirs, size_t ndirs, dg_diags *problems,
                     dg_error *err) {
  dg_rules *r = calloc(1, sizeof *r);
  if (!r) return dg_error_set(err, DG_ENOMEM, "out of memory");
  r->arena = malloc(sizeof(dg_arena));
  if (!r->arena) {
    free(r);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  dg_arena_init(r->arena);
  int bad = 0;
  for (size_t d = 0; d < ndirs; d++)
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) bad |= load_file(r, dirs[d], f, problems);
  dg_wordlist *lists[NLISTS];
  all_lists(r, lists);
  for (size_t i = 0; i < NLISTS; i++) {
    if (lists[i]->n) qsort(lists[i]->w, lists[i]->n, sizeof(dg_word), word_cmp);
    if (index_words(lists[i])) bad = 1;
  }
  *out = r;
  if (bad) return dg_error_set(err, DG_EDICT, "rule lists have problems");
  return DG_OK;
}

void dg_rules_free(dg_rules *r) {
  if (!r) return;
  dg_wordlist *lists[NLISTS];
  all_lists(r, lists);
  for (size_t i = 0; i < NLISTS; i++) {
    free(lists[i]->w);
    free(lists[i]->byfirst);
    free(lists[i]->bylast);
  }
  dg_arena_destroy(r->arena);
  free(r->arena);
  free(r);
}
