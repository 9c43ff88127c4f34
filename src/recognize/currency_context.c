/* The currency of a bare sign: "$" and "dollars" are the currency of the country a document
 * speaks for (an Australian release means Australian dollars), unless the text writes the
 * currency out (US$, A$, USD, Australian dollars). The document's country comes from the
 * signals of currency_signals.tsv: issuing bodies and web domains anywhere in the text (3),
 * datelines (3; also CANBERRA. alone on its line, or ending a sender's line: DEPARTMENT OF ...
 * CANBERRA), currencies written out with a number (2: a text that writes US$ means the
 * US dollar by a later $), a giving verb between a country's name and a bare sign (3: New
 * Zealand will provide $1 billion; Australia's commitment of $5 million: a country that
 * gives dollars in its own words gives its own), and words next to a country's name (1: Australian
 * Government, Government of Singapore). Each distinct signal counts once for its country, however often
 * it is written; the country with 3 or more and more than any other is the document's, and
 * country_currencies.tsv says which of its currency words become its currency. With no
 * such country a sign keeps its code in currencies.tsv ($ is the US dollar). */
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/amount.h"
#include "recognize/wordscan.h"

enum { DECIDES = 3, MAX_SEEN = 128 };

/* What each kind of signal weighs (DG_SIGNAL_*). */
static const int weights[] = {[DG_SIGNAL_TEXT] = 3, [DG_SIGNAL_DATELINE] = 3,
                               [DG_SIGNAL_AMOUNT] = 2, [DG_SIGNAL_GIVER] = 3,
                               [DG_SIGNAL_COUNTRY] = 1};

/* The distinct signals found so far: a word of currency_signals.tsv and its country. */
typedef struct {
  const dg_rules *r;
  const char *t;
  size_t len;
  struct {
    long word;
    char iso2[3];
  } seen[MAX_SEEN];
  size_t n;
  int by_start; /* the amounts are in order of their start: found by binary search */
} signals;

/* Count word k for country iso2, once. */
static void count(signals *s, long k, const char *iso2) {
  for (size_t i = 0; i < s->n; i++)
    if (s->seen[i].word == k && !strcmp(s->seen[i].iso2, iso2)) return;
  if (s->n == MAX_SEEN) return;
  s->seen[s->n].word = k;
  memcpy(s->seen[s->n].iso2, iso2, 3);
  s->n++;
}

static const dg_word *signal_word(const signals *s, long k) {
  return &s->r->currency_signals.w[k];
}

/* Does a word of n bytes at i stand alone: no letter or digit before it, and none after it
 * (nor ".au" after .gov: a domain goes on)? */
static int stands_alone(const char *t, size_t len, size_t i, size_t n) {
  size_t e = i + n;
  if (i > 0 && dg_is_ascii_alnum((unsigned char)t[i - 1]) && dg_is_ascii_alnum((unsigned char)t[i]))
    return 0;
  if (dg_alnum_at(t, len, e) && dg_is_ascii_alnum((unsigned char)t[e - 1])) return 0;
  return !(e + 1 < len && t[e] == '.' && dg_is_ascii_alnum((unsigned char)t[e + 1]));
}

/* CANBERRA, SINGAPORE 4 JULY 2023: a dateline word at i, which begins its line, written in
 * capitals as listed, then a comma, a dash, a date (a digit or a capital) or the end of the
 * line. */
static int line_dateline_at(const signals *s, const dg_word *w, size_t i) {
  const char *t = s->t;
  size_t e = i + w->len;
  if ((i > 0 && t[i - 1] != '\n') || memcmp(t + i, w->s, w->len) != 0) return 0;
  if (e >= s->len || t[e] == '\n' || t[e] == ',' || t[e] == ':') return 1;
  if (t[e] != ' ' || e + 1 >= s->len) return 0;
  char c = t[e + 1];
  return dg_is_digit(c) || dg_is_upper(c) || c == '-' || dg_lit(t, s->len, e + 1, "—") ||
         dg_lit(t, s->len, e + 1, "–");
}

/* Does the line end at e, or after a full stop there? */
static int line_ends_at(const signals *s, size_t e) {
  if (e < s->len && s->t[e] == '.') e++;
  return e >= s->len || s->t[e] == '\n';
}

/* An older release's sender: a dateline word in capitals as listed that ends its line (a
 * full stop may follow), the line either that word alone (CANBERRA.) or a line with no
 * small letter that begins with a word of dateline_senders.tsv (DEPARTMENT OF EXTERNAL
 * AFFAIRS CANBERRA). Not a headline ending in a capital (TALKS IN CANBERRA). */
static int sender_dateline_at(const signals *s, const dg_word *w, size_t i) {
  const char *t = s->t;
  if (memcmp(t + i, w->s, w->len) != 0 || !line_ends_at(s, i + w->len)) return 0;
  size_t b = i;
  while (b > 0 && t[b - 1] != '\n') b--;
  if (b == i) return 1;
  if (t[i - 1] != ' ' || dg_wordlist_at(&s->r->dateline_senders, t, s->len, b) < 0) return 0;
  for (size_t k = b; k < i; k++)
    if (dg_is_lower(t[k])) return 0;
  return 1;
}

static int dateline_at(const signals *s, const dg_word *w, size_t i) {
  return line_dateline_at(s, w, i) || sender_dateline_at(s, w, i);
}

/* Issuing bodies, web domains and datelines: the words of the text. */
static void text_signals(signals *s) {
  const dg_wordlist *l = &s->r->currency_signals;
  for (size_t i = 0; (i = dg_wordlist_next(l, s->t, s->len, i)) < s->len; i++) {
    long k = dg_wordlist_at(l, s->t, s->len, i);
    if (k < 0) continue;
    const dg_word *w = signal_word(s, k);
    int where = w->as.currency_signal.where;
    if ((where == DG_SIGNAL_TEXT && stands_alone(s->t, s->len, i, w->len)) ||
        (where == DG_SIGNAL_DATELINE && dateline_at(s, w, i)))
      count(s, k, w->as.currency_signal.country);
  }
}

/* US$, A$, AUD: the currencies written out with a number. */
static void amount_signals(signals *s, const dg_amount *as, size_t na) {
  for (size_t i = 0; i < na; i++) {
    if (as[i].is_quantity || as[i].cur_end <= as[i].cur_start) continue;
    long k = dg_wordlist_find(&s->r->currency_signals, s->t + as[i].cur_start,
                              as[i].cur_end - as[i].cur_start);
    if (k >= 0 && signal_word(s, k)->as.currency_signal.where == DG_SIGNAL_AMOUNT)
      count(s, k, signal_word(s, k)->as.currency_signal.country);
  }
}

/* A country word at i (ending a word) or -1. */
static long country_word_at(const signals *s, size_t i) {
  long k = dg_wordlist_at(&s->r->currency_signals, s->t, s->len, i);
  if (k < 0 || signal_word(s, k)->as.currency_signal.where != DG_SIGNAL_COUNTRY) return -1;
  return stands_alone(s->t, s->len, i, signal_word(s, k)->len) ? k : -1;
}

/* Past what joins a country's name at e to the word after it (a space, or 's: Australia's
 * aid), or 0 when neither does. */
static size_t past_name_glue(const signals *s, size_t e) {
  static const char *const glue[] = {" ", "'s ", "\xE2\x80\x99s "};
  for (size_t g = 0; g < sizeof glue / sizeof *glue; g++)
    if (dg_lit(s->t, s->len, e, glue[g])) return e + strlen(glue[g]);
  return 0;
}

/* Australian Government, Australia's aid: a country word after the name that ends at e. */
static long word_after(const signals *s, size_t e) {
  size_t p = past_name_glue(s, e);
  return p ? country_word_at(s, p) : -1;
}

/* Government of Singapore, MINISTRY OF FOREIGN AFFAIRS SINGAPORE: a country word before the
 * name that starts at b. */
static long word_before(const signals *s, size_t b) {
  static const char *const glue[] = {" of ", " "};
  for (size_t g = 0; g < sizeof glue / sizeof *glue; g++) {
    size_t n = strlen(glue[g]);
    if (!dg_lit_before(s->t, b, glue[g])) continue;
    long k = dg_wordlist_before(&s->r->currency_signals, s->t, 0, b - n);
    if (k < 0) continue;
    size_t wl = signal_word(s, k)->len;
    if (signal_word(s, k)->as.currency_signal.where == DG_SIGNAL_COUNTRY &&
        stands_alone(s->t, s->len, b - n - wl, wl))
      return k;
  }
  return -1;
}

/* The first of the amounts that may start at p: by binary search when they are in order
 * of their start, else the first. */
static size_t first_amount(const signals *s, const dg_amount *as, size_t na, size_t p) {
  size_t lo = 0, hi = s->by_start ? na : 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (as[mid].start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* New Zealand will provide $1 billion: a giving verb (a giver signal) right after the
 * country's name that ends at e, or its possessive and a giving noun (Australia's
 * commitment of), and after it (up to two words in lower case between: an additional, a
 * further; or "a" or "an" and a giving noun: announced an investment of) an amount
 * whose currency is a bare sign standing first ($, not US$: one no signal writes out);
 * the signal or -1. */
static long giver_after(const signals *s, size_t e, const dg_amount *as, size_t na) {
  if (!(e = past_name_glue(s, e))) return -1;
  long k = dg_wordlist_at(&s->r->currency_signals, s->t, s->len, e);
  if (k < 0 || signal_word(s, k)->as.currency_signal.where != DG_SIGNAL_GIVER) return -1;
  size_t p = e + signal_word(s, k)->len;
  if (!dg_lit(s->t, s->len, p, " ")) return -1;
  size_t from = p + 1; /* an amount may open with the small words: at least $350 million */
  size_t art = dg_lit(s->t, s->len, p, " an ")  ? p + 3
               : dg_lit(s->t, s->len, p, " a ") ? p + 2
                                                 : 0;
  if (art && giver_after(s, art, as, na) >= 0) return k; /* announced an investment of $4 */
  for (int w = 0; w < 2; w++) { /* a further, an additional: small words before the sum */
    size_t q = p + 1;
    while (q < s->len && s->t[q] >= 'a' && s->t[q] <= 'z') q++;
    if (q == p + 1 || !dg_lit(s->t, s->len, q, " ")) break;
    p = q;
  }
  for (size_t i = first_amount(s, as, na, from); i < na; i++)
    if (s->by_start && as[i].start > p + 1) break;
    else if (!as[i].is_quantity && as[i].start >= from && as[i].start <= p + 1 &&
             as[i].cur_start == p + 1 && as[i].cur_end > as[i].cur_start &&
             dg_wordlist_find(&s->r->currency_signals, s->t + as[i].cur_start,
                              as[i].cur_end - as[i].cur_start) < 0)
      return k;
  return -1;
}

/* The country the text names most often (cs), 3 times or more and more often than any
 * other, into iso2 (else ""): the one a page about its own work speaks for. */
static void most_named(const dg_country_at *cs, size_t nc, char iso2[3]) {
  uint32_t n[26 * 26] = {0}; /* by the code's two letters: one pass, however long the text */
  size_t best = 0, second = 0, at = 0;
  iso2[0] = '\0';
  for (size_t i = 0; i < nc; i++) {
    unsigned a = (unsigned char)cs[i].iso2[0] - 'A', b = (unsigned char)cs[i].iso2[1] - 'A';
    if (a < 26 && b < 26) n[a * 26 + b]++;
  }
  for (size_t k = 0; k < 26 * 26; k++) {
    if (n[k] > best) second = best, best = n[k], at = k;
    else if (n[k] > second) second = n[k];
  }
  if (best < 3 || best == second) return;
  iso2[0] = (char)('A' + at / 26), iso2[1] = (char)('A' + at % 26), iso2[2] = '\0';
}

/* Past a space and one word in lower case after e (The Prime Minister also announced: the
 * end of "also"); e when there is none. */
static size_t past_small_word(const signals *s, size_t e) {
  size_t q = e + 1;
  if (e >= s->len || s->t[e] != ' ') return e;
  while (q < s->len && s->t[q] >= 'a' && s->t[q] <= 'z') q++;
  return q > e + 1 && q < s->len && s->t[q] == ' ' ? q : e;
}

/* The Minister for Foreign Affairs announced a $222.5 million second phase: a government's
 * title or word of currency_signals.tsv (a country signal) after "the" with no country's
 * name, maybe one word in lower case, then a giving verb and a bare sign as giver_after
 * reads them: the page's own government gives in its own currency. A giver signal for the
 * country the text names most (see most_named). */
static void title_signals(signals *s, const dg_country_at *cs, size_t nc, const dg_amount *as,
                          size_t na) {
  char iso2[3];
  most_named(cs, nc, iso2);
  if (!*iso2) return;
  const dg_wordlist *l = &s->r->currency_signals;
  for (size_t i = 0; (i = dg_wordlist_next(l, s->t, s->len, i)) < s->len; i++) {
    long k = country_word_at(s, i);
    if (k < 0 || !(dg_lit_before(s->t, i, "the ") || dg_lit_before(s->t, i, "The "))) continue;
    size_t e = i + signal_word(s, k)->len;
    long g = giver_after(s, e, as, na);
    if (g < 0 && past_small_word(s, e) != e) g = giver_after(s, past_small_word(s, e), as, na);
    if (g >= 0) count(s, g, iso2);
  }
}

/* The words next to every country's name. */
static void country_signals(signals *s, const dg_country_at *cs, size_t nc, const dg_amount *as,
                            size_t na) {
  for (size_t i = 0; i < nc; i++) {
    long a = word_after(s, cs[i].end), b = word_before(s, cs[i].start);
    long g = giver_after(s, cs[i].end, as, na);
    if (a >= 0) count(s, a, cs[i].iso2);
    if (b >= 0) count(s, b, cs[i].iso2);
    if (g >= 0) count(s, g, cs[i].iso2);
  }
}

/* The country with DECIDES or more and more than any other, into iso2 (else ""). */
static void decide(const signals *s, char iso2[3]) {
  int best = 0, second = 0;
  iso2[0] = '\0';
  for (size_t i = 0; i < s->n; i++) {
    int sum = 0, first = 1;
    for (size_t j = 0; j < s->n; j++) {
      if (strcmp(s->seen[j].iso2, s->seen[i].iso2)) continue;
      if (j < i) first = 0;
      sum += weights[signal_word(s, s->seen[j].word)->as.currency_signal.where];
    }
    if (!first) continue; /* each country once */
    if (sum > best)
      second = best, best = sum, memcpy(iso2, s->seen[i].iso2, 3);
    else if (sum > second)
      second = sum;
  }
  if (best < DECIDES || best == second) iso2[0] = '\0';
}

void dg_amount_doc_country(const dg_rules *r, const char *t, size_t len, const dg_country_at *cs,
                           size_t nc, const dg_amount *as, size_t na, char iso2[3]) {
  signals s = {.r = r, .t = t, .len = len, .by_start = 1};
  for (size_t i = 1; i < na; i++)
    if (as[i].start < as[i - 1].start) s.by_start = 0;
  text_signals(&s);
  amount_signals(&s, as, na);
  country_signals(&s, cs, nc, as, na);
  title_signals(&s, cs, nc, as, na);
  decide(&s, iso2);
}

/* Is t[a..b) one of the |-separated signs? */
static int is_sign(const char *signs, const char *t, size_t a, size_t b) {
  for (const char *p = signs; *p;) {
    size_t l = strcspn(p, "|");
    if (l == b - a && !memcmp(p, t + a, l)) return 1;
    p += l + (p[l] == '|');
  }
  return 0;
}

void dg_amount_localize(const dg_rules *r, const char *t, const char *iso2, dg_amount *as,
                        size_t n) {
  long c = *iso2 ? dg_wordlist_find(&r->country_currencies, iso2, strlen(iso2)) : -1;
  if (c < 0) return;
  const dg_word *w = &r->country_currencies.w[c];
  for (size_t i = 0; i < n; i++)
    if (!as[i].is_quantity && as[i].cur_end > as[i].cur_start &&
        is_sign(w->code, t, as[i].cur_start, as[i].cur_end))
      memcpy(as[i].currency, w->as.country_currency.currency, 4);
}

int dg_amount_may_localize(const dg_rules *r, const char *t, const dg_amount *as, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (as[i].is_quantity || as[i].cur_end <= as[i].cur_start) continue;
    for (size_t k = 0; k < r->country_currencies.n; k++)
      if (is_sign(r->country_currencies.w[k].code, t, as[i].cur_start, as[i].cur_end)) return 1;
  }
  return 0;
}
