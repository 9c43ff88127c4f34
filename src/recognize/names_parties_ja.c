/* Japanese meetings named by their parties joined by と, and by whom they bring together:
 * 日本とASEANの外相による特別会合, 日本とASEAN=東南アジア諸国連合による特別首脳会議. A
 * generic compound before a meeting's head (特別会合) names nothing alone; the parties
 * before it, then の and the members (外相, 首脳) and による, or による alone, make it a name
 * that starts at the first party.
 * Invariant: the parties are two known countries or groups at least, joined by と or ・,
 * each maybe glossed by another known one after = or in parentheses (ASEAN=東南アジア諸国
 * 連合, 東南アジア諸国連合(ASEAN)), and no name-like word runs on before the first.
 * A head alone is named by whom it brings together when they are written as people, a run
 * of nouns ending in a word of party_members.tsv and ら, before による (加盟国外相らによる協議:
 * the session of the members' foreign ministers); without ら (外相による協議) it names none. */
#include <string.h>

#include "recognize/names_int.h"

#define MAX_MEMBER_TOKENS 3

/* Does the UTF-8 literal lit end at z? */
static int lit_ends(const dgn_ctx *c, uint32_t z, const char *lit) {
  size_t n = strlen(lit);
  return z >= n && memcmp(c->t + z - n, lit, n) == 0;
}

/* One party ending at z: a known country or group, maybe glossed in parentheses after it
 * (東南アジア諸国連合(ASEAN)) or glossing another before = (ASEAN=東南アジア諸国連合).
 * Where it starts, or z when none ends there. */
static uint32_t party_ending(dgn_ctx *c, uint32_t z) {
  uint32_t q = z;
  if (lit_ends(c, q, ")")) {
    long g = dgn_mention_ending(c, q - 1, T(COUNTRY) | T(GROUP));
    if (g < 0 || !lit_ends(c, c->d->ments[g].start, "(")) return z;
    q = c->d->ments[g].start - 1;
  }
  long m = dgn_mention_ending(c, q, T(COUNTRY) | T(GROUP));
  if (m < 0) return z;
  q = c->d->ments[m].start;
  if (lit_ends(c, q, "=") || lit_ends(c, q, "\xEF\xBC\x9D")) { /* = or ＝ */
    uint32_t e = lit_ends(c, q, "=") ? q - 1 : q - 3;
    long g = dgn_mention_ending(c, e, T(COUNTRY) | T(GROUP));
    if (g >= 0) q = c->d->ments[g].start;
  }
  return q;
}

/* The parties ending at z, two at least, joined by と or ・: where they start, or z. */
static uint32_t parties_ending(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  uint32_t a = party_ending(c, z);
  int n = a < z;
  while (n && a > s->start + 3) {
    uint32_t j = a - 3; /* と and ・ are three bytes each */
    if (!lit_ends(c, a, "\xE3\x81\xA8") && !lit_ends(c, a, "\xE3\x83\xBB")) break; /* と ・ */
    uint32_t b = party_ending(c, j);
    if (b == j) break;
    a = b;
    n++;
  }
  long k = a > s->start ? dg_doc_token_at(c->d, a - 1) : -1;
  if (n < 2 || (k >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, k)->end == a &&
                dgn_name_token(c, dg_tok(c->d, k))))
    return z;
  return a;
}

/* Where the members' nouns that end at z start: up to MAX_MEMBER_TOKENS tokens of a name,
 * none a stop word nor inside a name or value (外相, 首脳, 加盟国外相); z when there are none;
 * *n: how many. */
static uint32_t member_nouns(dgn_ctx *c, const dg_sentence *s, uint32_t z, int *n) {
  uint32_t q = z;
  long j = dg_doc_token_at(c->d, z - 1);
  for (*n = 0; j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->end == q &&
               *n < MAX_MEMBER_TOKENS;
       j--, (*n)++) {
    const dg_token *tk = dg_tok(c->d, j);
    if (!dgn_name_token(c, tk) || dgn_is_stop(c, tk->start, tk->end) ||
        dgn_overlaps(c, tk->start, tk->end, ANY_NAMED | VALUES))
      break;
    q = tk->start;
  }
  return q;
}

/* The members before による at z, after の: up to MAX_MEMBER_TOKENS nouns, no name (外相,
 * 首脳, 閣僚); where the の before them starts, or z when there are none. */
static uint32_t members_ending(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  int n;
  uint32_t q = member_nouns(c, s, z, &n);
  return n && q < z && lit_ends(c, q, "\xE3\x81\xAE") ? q - 3 : z; /* の */
}

/* 日本とASEANの外相による|特別会合: where a meeting's name that starts its compound at a
 * starts, the parties (and members) before による taken in; a when they are not there. */
uint32_t dgn_ja_parties_by(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  static const char by[] = "\xE3\x81\xAB\xE3\x82\x88\xE3\x82\x8B"; /* による */
  if (a < s->start + 9 || !lit_ends(c, a, by)) return a;
  uint32_t z = a - 9, p = parties_ending(c, s, z);
  if (p == z) {
    uint32_t m = members_ending(c, s, z);
    if (m == z || (p = parties_ending(c, s, m)) == m) return a;
  }
  return p;
}

/* 加盟国外相らによる|協議: where a head alone at a starts its name, the members before らによる
 * taken in (up to MAX_MEMBER_TOKENS nouns, no name, the last of party_members.tsv); a when
 * they are not there. */
uint32_t dgn_ja_members_by(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  static const char by[] = "\xE3\x82\x89\xE3\x81\xAB\xE3\x82\x88\xE3\x82\x8B"; /* らによる */
  if (a < s->start + 12 || !lit_ends(c, a, by)) return a;
  uint32_t z = a - 12;
  if (dg_wordlist_before(&c->r->party_members, c->t, s->start, z) < 0) return a;
  int n;
  uint32_t q = member_nouns(c, s, z, &n);
  long w = dg_wordlist_before(&c->r->party_members, c->t, q, z);
  return n && w >= 0 ? q : a; /* the word is all of the members' last tokens or within them */
}
