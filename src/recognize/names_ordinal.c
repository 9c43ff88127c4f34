/* Ordinals before a name: 第13回 (第十三回), 13th, Tenth; and the rounds and phases of a
 * plan, 第七次, 第二期. An ordinal before a known series (a meeting
 * the dictionary lists) makes an instance of it with an id of its own
 * (meeting:asean-japan-summit:28) and the same labels whatever the language it was written
 * in: 第16回日メコン外相会議 and 16th Mekong-Japan Foreign Ministers' Meeting. A meeting's
 * head in lower case after the series' acronym is the instance's too (the FIPIC-3 summit,
 * the 3rd FIPIC summit).
 * Invariant: the series' mention gives way to the instance (it becomes DG_TYPE_STOP); the
 * English suffix of a label (st, nd, rd, th) comes from ordinal_suffixes.tsv. */
#include <stdio.h>
#include <string.h>

#include "recognize/names_int.h"
#include "recognize/number.h"

static const char DAI[] = "\xE7\xAC\xAC"; /* 第 */
static const char KAI[] = "\xE5\x9B\x9E"; /* 回 */
/* The counters of a Japanese ordinal: 回 (a meeting's), 次 and 期 (a plan's round and
 * phase). */
static const char *const JA_COUNTERS[] = {KAI, "\xE6\xAC\xA1", "\xE6\x9C\x9F"};

/* Up to four digits at t[*i, z): their value, *i moved past them, *nd their number. */
static int digits(const char *t, uint32_t *i, uint32_t z, int *nd) {
  int n = 0;
  *nd = 0;
  while (*i < z && dg_is_digit(t[*i]) && *nd < 4) n = n * 10 + (t[*i] - '0'), (*i)++, (*nd)++;
  return n;
}

/* 第 and a number in digits or kanji, then one of the first `ncounters` of JA_COUNTERS:
 * the number, or 0; *after: past the counter. */
/* What may link a count of meetings (5回目) to the meeting's name: 5回目となる, 5回目の. */
static const char *const COUNT_LINKS[] = {"\xE3\x81\xA8\xE3\x81\xAA\xE3\x82\x8B",
                                          "\xE3\x81\xAE"}; /* となる の */

/* A meeting's count, a number in digits or kanji, 回目 and a word of COUNT_LINKS at
 * t[a, z) (5回目となる, 五回目の: the fifth): the number, or 0; *after: past the link. */
static int ja_count_ordinal(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after) {
  static const char KAIME[] = "\xE5\x9B\x9E\xE7\x9B\xAE"; /* 回目 */
  int n = 0;
  size_t l = dg_field_number_at(c->r, c->t, z, a, 4, &n);
  uint32_t i = a + (uint32_t)l;
  if (!l || n <= 0 || i + 6 > z || memcmp(c->t + i, KAIME, 6) != 0) return 0;
  i += 6;
  for (size_t k = 0; k < sizeof COUNT_LINKS / sizeof *COUNT_LINKS; k++) {
    size_t ll = strlen(COUNT_LINKS[k]);
    if (i + ll <= z && memcmp(c->t + i, COUNT_LINKS[k], ll) == 0) {
      *after = i + (uint32_t)ll;
      return n;
    }
  }
  return 0;
}

static int ja_ordinal(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after,
                      size_t ncounters) {
  int n = 0;
  if (z - a >= 9 && memcmp(c->t + a, DAI, 3) != 0 && (n = ja_count_ordinal(c, a, z, after)))
    return n;
  if (z - a < 7 || memcmp(c->t + a, DAI, 3) != 0) return 0;
  size_t l = dg_field_number_at(c->r, c->t, z, a + 3, 4, &n);
  uint32_t i = a + 3 + (uint32_t)l;
  if (!l || n <= 0 || i + 3 > z) return 0;
  for (size_t k = 0; k < ncounters; k++)
    if (memcmp(c->t + i, JA_COUNTERS[k], 3) == 0) {
      *after = i + 3;
      return n;
    }
  return 0;
}

int dgn_ja_ordinal_at(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after) {
  return ja_ordinal(c, a, z, after, sizeof JA_COUNTERS / sizeof *JA_COUNTERS);
}

/* Is t[i, i + n) suffix s in capitals right before two words with no lower-case letter,
 * as a title written all in capitals has it (26TH ASEAN-JAPAN SUMMIT; not 26TH
 * ASEAN-Japan Summit)? */
static int caps_suffix(const dgn_ctx *c, const char *s, uint32_t i, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (!dg_is_lower(s[k]) || c->t[i + k] != s[k] - 'a' + 'A') return 0;
  uint32_t j = i + (uint32_t)n;
  if (j + 2 >= c->len || c->t[j] != ' ' || !dg_is_upper(c->t[j + 1])) return 0;
  int spaces = 0;
  for (j++; j < c->len && c->t[j] != '\n' && spaces < 2; j++) {
    if (dg_is_lower(c->t[j])) return 0;
    spaces += c->t[j] == ' ';
  }
  return 1;
}

/* The length of the ordinal suffix (ordinal_suffixes.tsv, as written: "th", and "TH" only
 * in a title in capitals: caps_suffix) at t[i, z), or 0. */
static uint32_t suffix_at(const dgn_ctx *c, uint32_t i, uint32_t z) {
  const dg_wordlist *l = &c->r->ordinal_suffixes;
  long w = dg_wordlist_at(l, c->t, z, i);
  if (w < 0 || (memcmp(l->w[w].s, c->t + i, l->w[w].len) != 0 &&
                !caps_suffix(c, l->w[w].s, i, l->w[w].len)))
    return 0;
  return l->w[w].len;
}

/* An ordinal written with a period, one to three digits before a space and a capital (the
 * 10. Summit): 1, the period's length, else 0. */
static uint32_t period_suffix(const dgn_ctx *c, uint32_t i, uint32_t z, int nd) {
  return nd <= 3 && i + 2 < z && c->t[i] == '.' && c->t[i + 1] == ' ' && dg_is_upper(c->t[i + 2]);
}

/* 13th, 1st (or 10.), followed by a space or the end: the number, or 0; *after: past the
 * space. */
static int en_number_ordinal(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after) {
  uint32_t i = a;
  int nd, n = digits(c->t, &i, z, &nd);
  uint32_t sl = nd ? suffix_at(c, i, z) : 0;
  if (nd && !sl) sl = period_suffix(c, i, z, nd);
  if (!sl || (i + sl != z && c->t[i + sl] != ' ')) return 0;
  *after = i + sl < z ? i + sl + 1 : i + sl;
  return n;
}

/* The tens of a compound ordinal at a: a number word of twenty to ninety
 * (number_words.tsv) and a hyphen (Forty-, Fifty-): its value, *unit where the ordinal
 * of the units starts; 0 when there is none. */
static int en_tens_before(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *unit) {
  long w = dg_wordlist_at(&c->r->number_words, c->t, z, a);
  if (w < 0) return 0;
  int v = (int)c->r->number_words.w[w].as.number_word.value;
  uint32_t e = a + c->r->number_words.w[w].len;
  if (v < 20 || v > 90 || v % 10 || e + 1 >= z || c->t[e] != '-') return 0;
  *unit = e + 1;
  return v;
}

/* Tenth, or Forty-Fifth (the tens as a number word and a hyphen, the units in
 * ordinals.tsv), followed by a space: the number, or 0; *after: past the space. */
static int en_word_ordinal(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after) {
  uint32_t u = a;
  int tens = en_tens_before(c, a, z, &u);
  long w = dg_wordlist_at(&c->r->ordinals, c->t, z, u);
  if (w < 0) return 0;
  int n = c->r->ordinals.w[w].as.ordinal.number;
  uint32_t e = u + c->r->ordinals.w[w].len;
  if (e >= z || c->t[e] != ' ' || (tens && n > 9)) return 0;
  *after = e + 1;
  return tens + n;
}

int dgn_ordinal_prefix(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after) {
  if (z - a > 6 && memcmp(c->t + a, DAI, 3) == 0) return ja_ordinal(c, a, z, after, 1);
  int n = ja_count_ordinal(c, a, z, after); /* 5回目となる: written 第5回 in an id */
  if (n) return n;
  n = en_number_ordinal(c, a, z, after);
  return n ? n : en_word_ordinal(c, a, z, after);
}

/* The English suffix of the ordinal n: the word of ordinal_suffixes.tsv that follows its
 * last two digits (11th), else its last digit (21st), else "". */
static const char *suffix_of(const dgn_ctx *c, int n) {
  const dg_wordlist *l = &c->r->ordinal_suffixes;
  int m100 = n % 100, m10 = n % 10;
  for (int pass = 0; pass < 2; pass++) {
    int last = pass ? m10 : m100;
    if (last >= 32) continue;
    for (size_t k = 0; k < l->n; k++)
      if ((l->w[k].as.ordinal_suffix.follows >> last) & 1) return l->w[k].s;
  }
  return "";
}

size_t dgn_ordinal_key(const dgn_ctx *c, uint32_t a, uint32_t z, char *out, size_t cap,
                       uint32_t *after) {
  int n = dgn_ordinal_prefix(c, a, z, after);
  if (n <= 0 || n > DGN_MAX_ORDINAL) return 0;
  uint32_t counted;
  int ja = memcmp(c->t + a, DAI, 3) == 0 || ja_count_ordinal(c, a, z, &counted) > 0;
  int l = ja ? snprintf(out, cap, "%s%d%s", DAI, n, KAI)
             : snprintf(out, cap, "%d%s ", n, suffix_of(c, n));
  return l > 0 && (size_t)l < cap ? (size_t)l : 0;
}

dg_err dgn_record_instance_of(dgn_ctx *c, int ord, uint32_t a, uint32_t z, long ent,
                              dg_error *err) {
  dg_doc *d = c->d;
  const dg_entity *se = dg_dict_entity(c->rz->dict, (size_t)ent);
  char id[512], label[600], label_en[600];
  snprintf(id, sizeof id, "%s:%d", se->id, ord);
  label_en[0] = '\0';
  if (*se->label_en)
    snprintf(label_en, sizeof label_en, "%d%s %s", ord, suffix_of(c, ord), se->label_en);
  if (*se->label_ja) snprintf(label, sizeof label, "第%d回%s", ord, se->label_ja);
  else if (*label_en) snprintf(label, sizeof label, "%s", label_en);
  else snprintf(label, sizeof label, "%.*s", (int)(z - a), c->t + a);
  const char *iid = dg_doc_strdup(d, id, strlen(id));
  const char *il = dg_doc_strdup(d, label, strlen(label));
  const char *ie = dg_doc_strdup(d, label_en, strlen(label_en));
  dg_mention *m = iid && il && ie ? dgn_add(c, se->type, a, z, iid, il, ie, -1, 0) : NULL;
  if (!m) return dg_error_set(err, DG_ENOMEM, "out of memory");
  m->series = (int32_t)ent + 1;
  return DG_OK;
}

dg_err dgn_record_instance(dgn_ctx *c, int ord, uint32_t a, uint32_t z, long known,
                           dg_error *err) {
  long ent = c->d->ments[known].entity;
  c->d->ments[known].type = DG_TYPE_STOP; /* the instance stands for the series here */
  return dgn_record_instance_of(c, ord, a, z, ent, err);
}

/* 第16回 or 第十六回 right before p: where 第 starts, or p. */
/* Where a count of meetings (5回目となる: ja_count_ordinal) that ends right before p
 * starts, or p. */
static uint32_t ja_count_ordinal_before(const dgn_ctx *c, uint32_t p) {
  static const char KAIME[] = "\xE5\x9B\x9E\xE7\x9B\xAE"; /* 回目 */
  for (size_t k = 0; k < sizeof COUNT_LINKS / sizeof *COUNT_LINKS; k++) {
    uint32_t ll = (uint32_t)strlen(COUNT_LINKS[k]);
    if (p < ll + 7 || memcmp(c->t + p - ll, COUNT_LINKS[k], ll) != 0 ||
        memcmp(c->t + p - ll - 6, KAIME, 6) != 0)
      continue;
    uint32_t q = p - ll - 6, after;
    for (int n = 0; q > 0 && n < 8; n++) {
      long w = dg_wordlist_before(&c->r->kanji_digits, c->t, q >= 3 ? q - 3 : 0, q);
      if (dg_is_digit(c->t[q - 1])) q--;
      else if (w >= 0) q -= c->r->kanji_digits.w[w].len;
      else break;
    }
    if (q < p - ll - 6 && ja_count_ordinal(c, q, p, &after) > 0 && after == p) return q;
  }
  return p;
}

uint32_t dgn_ja_ordinal_before(const dgn_ctx *c, uint32_t p) {
  const char *t = c->t;
  uint32_t counted = ja_count_ordinal_before(c, p);
  if (counted < p) return counted;
  if (p < 3 || memcmp(t + p - 3, KAI, 3) != 0) return p;
  uint32_t q = p - 3, after;
  for (int n = 0; q > 0 && n < 8; n++) {
    long k = dg_wordlist_before(&c->r->kanji_digits, t, q >= 3 ? q - 3 : 0, q);
    if (dg_is_digit(t[q - 1])) q--;
    else if (k >= 0) q -= c->r->kanji_digits.w[k].len;
    else break;
  }
  if (q >= p - 3 || q < 3 || memcmp(t + q - 3, DAI, 3) != 0) return p;
  return ja_ordinal(c, q - 3, p, &after, 1) > 0 && after == p ? q - 3 : p;
}

/* A person's possessive (personal_possessives.tsv) as the whole word before the space
 * that ends at q: "his first ASEAN summit" counts his summits, not the series'. */
static int personal_before(const dgn_ctx *c, uint32_t q) {
  const char *t = c->t;
  if (q < 2 || t[q - 1] != ' ') return 0;
  uint32_t s = q - 1;
  while (s > 0 && dg_is_ascii_alnum((unsigned char)t[s - 1])) s--;
  long w = dg_wordlist_at(&c->r->personal_possessives, t, q - 1, s);
  return w >= 0 && s + c->r->personal_possessives.w[w].len == q - 1;
}

/* "12th ", "second " or "10. " right before p, an ordinal of the name that ends at `end`:
 * where it starts, or p. */
static uint32_t en_ordinal_before(const dgn_ctx *c, uint32_t p, uint32_t end) {
  const char *t = c->t;
  if (p < 2 || t[p - 1] != ' ') return p;
  uint32_t q = p - 1, after;
  if (q > 1 && t[q - 1] == '.' && dg_is_digit(t[q - 2])) q--; /* the 10. Summit */
  while (q > 0 && (dg_is_ascii_alnum((unsigned char)t[q - 1]) || t[q - 1] == '-')) q--;
  if (q < p - 1 && dgn_ordinal_prefix(c, q, end, &after) > 0 && after == p)
    return personal_before(c, q) ? p : q;
  return p;
}

/* A series' acronym and its number, in the mention or right after it: COP28, COP 28,
 * COP-28, PALM10; up to 200 (APEC 2023 is a year). Returns the number, or 0; *z: where
 * the instance's name ends. */
static int acronym_number(const dgn_ctx *c, const dg_mention *m, uint32_t *z) {
  const char *t = c->t;
  uint32_t i = m->start, d;
  int n = 0;
  while (i < m->end && dg_is_upper(t[i])) i++;
  if (i - m->start < 2) return 0;
  if (i < c->len && (t[i] == ' ' || t[i] == '-')) i++;
  for (d = i; d < c->len && dg_is_digit(t[d]) && d - i < 3; d++) n = n * 10 + (t[d] - '0');
  if (d == i || dg_alnum_at(t, c->len, d) || n < 1 || n > 200 || (i < m->end && d != m->end))
    return 0;
  *z = d;
  return n;
}

/* An ordinal in digits past DGN_MAX_ORDINAL right before p, 第10000回 or "10000th ": where
 * its digits start, or p. (Ordinals up to four digits are read, or not, by the rules above.) */
static uint32_t big_ordinal_before(const dgn_ctx *c, uint32_t p) {
  const char *t = c->t;
  uint32_t z, q;
  int ja = p >= 3 && memcmp(t + p - 3, KAI, 3) == 0;
  if (ja) {
    z = p - 3;
  } else {
    if (p < 2 || t[p - 1] != ' ') return p;
    for (z = p - 1; z > 0 && dg_is_lower(t[z - 1]); z--) {}
    if (z == p - 1 || suffix_at(c, z, p - 1) != p - 1 - z) return p;
  }
  for (q = z; q > 0 && dg_is_digit(t[q - 1]); q--) {}
  if (z - q <= 4 || t[q] == '0') return p;
  if (ja && (q < 3 || memcmp(t + q - 3, DAI, 3) != 0)) return p;
  return q;
}

/* Count an ordinal too large for an instance before the meeting at p, for the warning. */
static void count_big_ordinal(dgn_ctx *c, uint32_t p) {
  uint32_t q = big_ordinal_before(c, p);
  if (q < p && !c->big_ordinals++) c->big_first = q;
}

/* Does a known name that ends at z go on into a longer name: a space, then two
 * Capitalized words or more, the last a head word (Bali Process | Consultation Mechanism)?
 * An ordinal before it counts the longer name's meetings, not the known one's (the first
 * Reef Process Consultation Mechanism); one word after it (12th ADMM-Plus Meeting) is no
 * longer name. */
static int goes_on_to_head(const dgn_ctx *c, uint32_t z) {
  const char *t = c->t;
  int words = 0;
  uint32_t last = z;
  while (z + 1 < c->len && t[z] == ' ' && dg_is_upper(t[z + 1]) && words < 6) {
    last = ++z;
    while (z < c->len && (dg_is_ascii_alnum((unsigned char)t[z]) || t[z] == '-')) z++;
    words++;
  }
  if (words < 2) return 0;
  long h = dg_wordlist_at(&c->r->heads, t, z, last);
  return h >= 0 && last + c->r->heads.w[h].len == z;
}

/* English: where a known meeting (a series) at p is owned by an ordinal session of it,
 * written "ORDINAL session|meeting|round of the" right before p (the eleventh session of
 * the "Central Asia plus Japan" Dialogue, as its capitalized form in a title is one name):
 * where the ordinal starts, or p. */
static uint32_t ordinal_session_before(const dgn_ctx *c, uint32_t p, uint32_t end) {
  static const char *const WORDS[] = {" session of the ", " meeting of the ", " round of the ",
                                      " Session of the ", " Meeting of the "};
  for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS; k++) {
    size_t n = strlen(WORDS[k]);
    uint32_t w = p - (uint32_t)n + 1; /* where the word starts */
    if (p < n + 1 || memcmp(c->t + p - n, WORDS[k], n)) continue;
    uint32_t q = en_ordinal_before(c, w, end);
    return q < w ? q : p;
  }
  return p;
}

/* English: the number of an ordinal meeting of a known meeting at p, written "ORDINAL
 * Meeting of the" right before it, or 0; *a: where the ordinal starts. A series counts its
 * meetings, so the Nth meeting of it is its Nth instance, as a heading names it:
 *   The Twenty-Seventh Meeting of the ASEAN Regional Forum -> the 27th ARF (arf:27)
 *   the 26th session of the Council -> 0 (a session is a name of its own) */
static int ordinal_meeting_of(const dgn_ctx *c, uint32_t p, uint32_t end, uint32_t *a) {
  static const char *const WORDS[] = {" Meeting of the ", " meeting of the "};
  for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS; k++) {
    size_t n = strlen(WORDS[k]);
    uint32_t w = p - (uint32_t)n + 1, after; /* where the word starts */
    if (p < n + 1 || memcmp(c->t + p - n, WORDS[k], n)) continue;
    uint32_t q = en_ordinal_before(c, w, end);
    int ord = q < w ? dgn_ordinal_prefix(c, q, end, &after) : 0;
    if (ord > 0 && ord <= DGN_MAX_ORDINAL && after == w) {
      *a = q;
      return ord;
    }
  }
  return 0;
}

/* The meeting series a group's name counts when an ordinal stands before the whole of it
 * (groups.tsv counted=ID): "the Forty-Fourth Pacific Islands Forum" is the 44th PIF
 * leaders' meeting, 第44回太平洋諸島フォーラム too; "the Forty-Fourth Pacific Islands Forum
 * Economic Ministers Meeting" is a longer name, and a group without counted= (the 10th ASEAN)
 * counts nothing. The series' index, or -1. */
long dgn_counted_series(dgn_ctx *c, uint32_t after, uint32_t z) {
  long g = dgn_mention_exact(c, after, z, 1u << DG_TYPE_GROUP);
  char id[128];
  if (g < 0 || c->d->ments[g].entity < 0) return -1;
  const dg_entity *e = dg_dict_entity(c->rz->dict, (size_t)c->d->ments[g].entity);
  if (!dg_entity_attr(e, "counted", id, sizeof id)) return -1;
  long s = dg_dict_find(c->rz->dict, id);
  return s >= 0 && dg_dict_entity(c->rz->dict, (size_t)s)->type == DG_TYPE_MEETING ? s : -1;
}

/* A group's name after an ordinal where the group counts a meeting series
 * (dgn_counted_series), unless the name goes on to a longer one: the instance, over the
 * ordinal and the name, the group kept inside it (the Fiftieth Pacific Islands Forum
 * Communique -> pif-leaders:50); near miss: a meeting over it
 * already (the 52nd Pacific Islands Forum Leaders Meeting). */
static dg_err counted_group(dgn_ctx *c, const dg_mention *m, dg_error *err) {
  uint32_t a = dgn_ja_ordinal_before(c, m->start), after;
  if (a == m->start && !goes_on_to_head(c, m->end)) a = en_ordinal_before(c, m->start, m->end);
  if (a == m->start) return DG_OK;
  int ord = dgn_ordinal_prefix(c, a, m->end, &after);
  long series = ord > 0 && ord <= DGN_MAX_ORDINAL && after == m->start
                    ? dgn_counted_series(c, m->start, m->end) : -1;
  if (series < 0 || dgn_overlaps(c, a, m->end, 1u << DG_TYPE_MEETING)) return DG_OK;
  return dgn_record_instance_of(c, ord, a, m->end, series, err);
}

/* A meeting's head in lower case right after a series' acronym that ends at z, maybe
 * two (the FIPIC-3 summit, the 2nd PALM summit meeting): where the last head ends, or z.
 * The short name and its head are one mention. */
static uint32_t lower_head_after(const dgn_ctx *c, uint32_t z) {
  const char *t = c->t;
  for (int k = 0; k < 2 && z + 1 < c->len && t[z] == ' ' && dg_is_lower(t[z + 1]); k++) {
    uint32_t e = z + 1;
    while (e < c->len && (dg_is_lower(t[e]) || t[e] == '-')) e++;
    if (!dgn_lower_meeting_head(c, z + 1, e)) break;
    z = e;
  }
  return z;
}

/* An ordinal at a before a series' acronym, mention k (its copy m), with a meeting's head
 * in lower case after it (the 3rd FIPIC summit): 1 and *e what recording the instance over
 * the three gave; 0 when no head follows. */
static int headed_instance(dgn_ctx *c, const dg_mention *m, long k, uint32_t a, dg_err *e,
                           dg_error *err) {
  uint32_t end = dgn_is_acronym(c->t, m->start, m->end) ? lower_head_after(c, m->end) : m->end;
  uint32_t after;
  int ord = end > m->end ? dgn_ordinal_prefix(c, a, m->end, &after) : 0;
  if (ord <= 0 || ord > DGN_MAX_ORDINAL || after != m->start) return 0;
  *e = dgn_record_instance(c, ord, a, end, k, err);
  return 1;
}

/* An ordinal right before a known meeting makes an instance of it: 第16回 + 日メコン外相会議,
 * "12th ADMM-Plus", "the second CA+JAD Summit", unless the known name goes on into a longer
 * one (goes_on_to_head); so does an ordinal session of it (ordinal_session_before: a name
 * of its own, as written, the series kept inside it) and a number after its acronym:
 * COP28. */
dg_err dgn_ordinal_instances(dgn_ctx *c, dg_error *err) {
  size_t n = c->d->nments;
  for (size_t i = 0; i < n; i++) {
    dg_mention m = c->d->ments[i]; /* a copy: recording may move the mentions */
    uint32_t z;
    if (m.type == DG_TYPE_GROUP && m.entity >= 0) {
      dg_err e = counted_group(c, &m, err);
      if (e != DG_OK) return e;
      continue;
    }
    if (m.type != DG_TYPE_MEETING || m.entity < 0) continue;
    uint32_t a = dgn_ja_ordinal_before(c, m.start);
    int session = 0, nth = 0;
    if (a == m.start && !goes_on_to_head(c, m.end)) {
      a = en_ordinal_before(c, m.start, m.end);
      if (a == m.start && (nth = ordinal_meeting_of(c, m.start, m.end, &a)) > 0) {
        dg_err e = dgn_record_instance(c, nth, a, m.end, (long)i, err);
        if (e != DG_OK) return e;
        continue;
      }
      if (a == m.start) session = (a = ordinal_session_before(c, m.start, m.end)) < m.start;
    }
    int num = a == m.start ? acronym_number(c, &m, &z) : 0;
    if (a == m.start && !num) count_big_ordinal(c, m.start);
    dg_err e = DG_OK;
    if (num > 0) z = lower_head_after(c, z);
    if (a < m.start && !session && headed_instance(c, &m, (long)i, a, &e, err)) {
      if (e != DG_OK) return e;
      continue;
    }
    if (a < m.start) e = dgn_record_name(c, DG_TYPE_MEETING, a, m.end, err);
    if (e == DG_OK && session && !dgn_add_entity(c, m.type, m.start, m.end, m.entity))
      e = dg_error_set(err, DG_ENOMEM, "out of memory"); /* the series stays, inside */
    else if (num > 0) e = dgn_record_instance(c, num, m.start, z, (long)i, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}
