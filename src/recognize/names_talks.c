/* Talks named by the document's title. A title line that names two sides joined by と and
 * ends with との and a meeting head word of heads.tsv (太平洋島嶼国の大使グループと山田補佐官
 * との面会: the talks of the ambassadors with the adviser) is the name of the meeting the
 * document reports: the whole line, a new meeting. The body then tells of it without a
 * name (…は、…と面会しました).
 * English readouts name them so too: Readout of A's Meeting with B (dgn_title_talks_en).
 * Invariant: only a line among the document's first two blocks, that opens its sentence,
 * holds a person, group, country or organization, and has と before its との (English: a
 * possessive before the head). */
#include <string.h>

#include "recognize/names_int.h"

#define TO_NO "\xE3\x81\xA8\xE3\x81\xAE" /* との */
#define TO "\xE3\x81\xA8"                /* と */

/* Where the line that opens at a ends (its newline, or e), spaces before it dropped. */
static uint32_t line_end(const char *t, uint32_t a, uint32_t e) {
  uint32_t z = a;
  while (z < e && t[z] != '\n') z++;
  while (z > a && t[z - 1] == ' ') z--;
  return z;
}

/* Is there a と in t[a, z) that is no part of a name (the first side's joiner)? */
static int joined_sides(dgn_ctx *c, uint32_t a, uint32_t z) {
  for (uint32_t p = a + 3; p + 3 <= z; p++)
    if (!memcmp(c->t + p, TO, 3) && !dgn_overlaps(c, p, p + 3, ANY_NAMED)) return 1;
  return 0;
}

/* Does sentence s open a line among the document's first two blocks (a title's line)? Its
 * span without the spaces at its end in [*a, *z). */
static int title_line(const char *t, const dg_sentence *s, uint32_t *a, uint32_t *z) {
  *a = s->start;
  if (s->block > 1 || (*a > 0 && t[*a - 1] != '\n')) return 0;
  *z = line_end(t, *a, s->end);
  return 1;
}

dg_err dgn_title_talks(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  const char *t = c->t;
  uint32_t a, z;
  if (!title_line(t, s, &a, &z)) return DG_OK;
  long h = dg_wordlist_before(&c->r->heads, t, a, z);
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_MEETING) return DG_OK;
  uint32_t hs = z - (uint32_t)c->r->heads.w[h].len;
  if (hs < a + 12 || memcmp(t + hs - 6, TO_NO, 6) != 0 || !joined_sides(c, a, hs - 6) ||
      !dgn_overlaps(c, a, hs, T(PERSON) | T(GROUP) | T(COUNTRY) | T(ORGANIZATION)) ||
      dgn_overlaps(c, a, z, T(MEETING)) || !dgn_name_fits(c, a, z))
    return DG_OK;
  return dgn_record_name(c, DG_TYPE_MEETING, a, z, err);
}

/* English: a readout's title names the talks it reports by whose they are and with whom:
 * [Readout of] POSSESSOR's Meeting with PARTY ... (talk_titles.tsv after "'s" or "’s";
 * readout_openers.tsv before the possessor). The name runs from the possessor's first word
 * to the line's end, or to a side occasion, " at ", " during " or " in " after the party
 * (... with A on the margins of the Summit: the Summit is another meeting). A person,
 * country, group or organization must stand after the head; no meeting may overlap. */
static uint32_t talks_end(dgn_ctx *c, uint32_t p, uint32_t z) {
  static const char *const CUTS[] = {" at ", " during ", " in ", ", "};
  const char *t = c->t;
  for (uint32_t q = p; q < z; q++) {
    if (t[q] == ' ' && dg_wordlist_at(&c->r->side_occasions, t, z, q + 1) >= 0) return q;
    for (size_t k = 0; k < sizeof CUTS / sizeof *CUTS; k++)
      if (dg_lit(t, z, q, CUTS[k]) && !dgn_overlaps(c, q, q + 1, ANY_NAMED)) return q;
  }
  return z;
}

dg_err dgn_title_talks_en(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  const char *t = c->t;
  uint32_t a, z;
  if (!title_line(t, s, &a, &z)) return DG_OK;
  long o = dg_wordlist_at(&c->r->readout_openers, t, z, a);
  if (o >= 0) {
    a += (uint32_t)c->r->readout_openers.w[o].len;
    while (a < z && t[a] == ' ') a++;
  }
  for (uint32_t p = a + 1; p + 2 < z; p++) {
    uint32_t q = dg_lit(t, z, p, "'s ") ? p + 3 : dg_lit(t, z, p, "\xE2\x80\x99s ") ? p + 5 : 0;
    long h = q ? dg_wordlist_at(&c->r->talk_titles, t, z, q) : -1;
    if (h < 0) continue;
    uint32_t after = q + (uint32_t)c->r->talk_titles.w[h].len;
    uint32_t e = talks_end(c, after, z);
    if (!dgn_overlaps(c, after, e, T(PERSON) | T(GROUP) | T(COUNTRY) | T(ORGANIZATION)) ||
        dgn_overlaps(c, a, e, T(MEETING)) || !dgn_name_fits(c, a, e))
      return DG_OK;
    return dgn_record_name(c, DG_TYPE_MEETING, a, e, err);
  }
  return DG_OK;
}

/* Talks named by the person met. 'PERSON TITLEと会談' and 'PERSON TITLEとの会談' (ボルド首相と会談
 * した; (1)ナム国防大臣との会談(於:…)) name the talks a report tells of by their counterpart
 * only: the span from the person to 会談, as written, is a new meeting. The person and a
 * title of titles.tsv (or the person's mention alone, its title inside) stand right before
 * と; katakana joined by ・ right before the person (a given name no list holds) are part of
 * the name. Under a title that names the talks (日・ベトナム首脳電話会談) the span is a
 * mention of those talks, no new meeting, and there a gloss in brackets and a country
 * joined by ・ may stand between the person and と (チン・ベトナム首相(H.E. ...)と), and a
 * word of talks_prefixes.tsv between と and 会談 (と電話会談). Talks with a list of people
 * (A副首相、B大臣、C次官と会談) are named by none of
 * them: a person within LIST_REACH bytes before the comma before the person makes none; nor
 * do side talks, after a word of side_occasions.tsv (本会合の機会に、…B次官補と会談). */
#define KAIDAN "\xE4\xBC\x9A\xE8\xAB\x87" /* 会談 */
#define LIST_REACH 60 /* bytes before the person and a comma another person met may end in */

/* Does a person end before the comma right before offset a, with only kanji, katakana and ・
 * (a title) between, within LIST_REACH bytes (A副首相、|B: an item of a list of people)? */
static int listed_person_before(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  const char *t = c->t;
  if (a < s->start + 3 || memcmp(t + a - 3, "\xE3\x80\x81", 3) != 0) return 0; /* 、 */
  uint32_t e = a - 3;
  for (uint32_t p = e; p > s->start && e - p <= LIST_REACH;) {
    if (dgn_mention_ending(c, p, T(PERSON)) >= 0) return 1;
    uint32_t q = p - 1;
    while (q > s->start && ((unsigned char)t[q] & 0xC0) == 0x80) q--;
    uint32_t cp = dg_cp_at(t, p, q);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && cp != DGN_CP_DOT) return 0;
    p = q;
  }
  return 0;
}

/* Does a word of side_occasions.tsv stand in sentence s before offset a (本会合の機会に、…
 * B次官補と会談: side talks)? */
static int side_occasion(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  for (uint32_t p = s->start; p < a; p++)
    if (dg_wordlist_at(&c->r->side_occasions, c->t, a, p) >= 0) return 1;
  return 0;
}

/* Past a word of talks_prefixes (電話, テレビ, 首脳) at k, or k. */
static uint32_t past_talks_prefix(dgn_ctx *c, uint32_t k, uint32_t end) {
  long w = dg_wordlist_at(&c->r->talks_prefixes, c->t, end, k);
  return w >= 0 ? k + (uint32_t)c->r->talks_prefixes.w[w].len : k;
}

/* The person the talks are named by, ending before と at `to`: right before it, or before
 * a title of titles.tsv; with `long_form` (under a title naming the talks) also before a
 * gloss in brackets ((H.E. Mr. ...)) and a country joined by ・ before the title
 * (ファム・ミン・チン・ベトナム首相(...)と); its index or -1. */
static long person_before_to(dgn_ctx *c, const dg_sentence *s, uint32_t to, int long_form) {
  const char *t = c->t;
  uint32_t e = to;
  if (long_form && e > s->start && (t[e - 1] == ')' || dg_cp_before(t, e) == 0xFF09)) {
    uint32_t q = e - (t[e - 1] == ')' ? 1 : 3);
    while (q > s->start && q + 200 > e && t[q] != '(' && dg_cp_at(t, e, q) != 0xFF08) q--;
    if (t[q] == '(' || dg_cp_at(t, e, q) == 0xFF08) e = q;
  }
  long p = dgn_mention_ending(c, e, T(PERSON));
  if (p >= 0) return p;
  long ti = dg_wordlist_before(&c->r->titles, t, s->start, e);
  if (ti < 0 || !(c->r->titles.w[ti].as.title.side & DG_SIDE_AFTER)) return -1;
  e -= (uint32_t)c->r->titles.w[ti].len;
  if ((p = dgn_mention_ending(c, e, T(PERSON))) >= 0) return p;
  long k = long_form ? dgn_mention_ending(c, e, T(COUNTRY)) : -1; /* チン・ベトナム首相 */
  uint32_t ka = k >= 0 ? c->d->ments[k].start : 0;
  if (k < 0 || ka < s->start + 3 || memcmp(t + ka - 3, DGN_DOT, 3)) return -1;
  return dgn_mention_ending(c, ka - 3, T(PERSON));
}

/* The document's talks: the first meeting its title block names, when that is talks
 * (its name ends with 会談: 日・ベトナム首脳電話会談); or -1. */
static long title_talks(const dgn_ctx *c) {
  const dg_doc *d = c->d;
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *m = &d->ments[k];
    if (m->type != DG_TYPE_MEETING || m->implicit) continue;
    if (m->sentence >= d->nsents || d->sents[m->sentence].block > 0) return -1;
    return m->end - m->start >= 6 && !memcmp(c->t + m->end - 6, KAIDAN, 6) ? (long)k : -1;
  }
  return -1;
}

static dg_err talks_at(dgn_ctx *c, const dg_sentence *s, uint32_t to, dg_error *err) {
  const char *t = c->t;
  long own = title_talks(c); /* the talks the title names: these may be they */
  if (own >= 0 && c->d->ments[own].sentence == (uint32_t)(s - c->d->sents)) own = -1;
  uint32_t k = to + 3;
  if (k + 3 <= s->end && !memcmp(t + k, "\xE3\x81\xAE", 3)) k += 3; /* の */
  if (own >= 0) k = past_talks_prefix(c, k, s->end);
  if (k + 6 > s->end || memcmp(t + k, KAIDAN, 6) != 0) return DG_OK;
  uint32_t z = k + 6;
  long p = person_before_to(c, s, to, own >= 0);
  if (p < 0) return DG_OK;
  uint32_t a = c->d->ments[p].start;
  if (a >= s->start + 6 && !memcmp(t + a - 3, DGN_DOT, 3)) { /* エマムアリ・ラフモン */
    uint32_t g = a - 3;
    while (g >= s->start + 3 && dgn_all_katakana(t + g - 3, 3)) g -= 3;
    while (g < a - 3 && !memcmp(t + g, DGN_DOT, 3)) g += 3;
    if (g < a - 3) a = g;
  }
  if (dgn_overlaps(c, a, z, T(MEETING) | T(PROGRAM) | T(ORGANIZATION))) return DG_OK;
  if (listed_person_before(c, s, a) || side_occasion(c, s, a)) return DG_OK;
  if (own >= 0) {
    dg_mention m = c->d->ments[own];
    return dgn_add(c, DG_TYPE_MEETING, a, z, m.id, m.label, m.label_en, m.entity, 1)
               ? DG_OK
               : dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return dgn_record_name(c, DG_TYPE_MEETING, a, z, err);
}

#define RA "\xE3\x82\x89" /* ら */
#define NO "\xE3\x81\xAE" /* の */

/* Where the party that owns the members' word ending at q starts: a group or country right
 * before, maybe with の, a count of countries (5カ国) and の between; or UINT32_MAX. */
static uint32_t party_before(dgn_ctx *c, const dg_sentence *s, uint32_t q) {
  const char *t = c->t;
  if (q >= s->start + 3 && !memcmp(t + q - 3, NO, 3)) q -= 3;
  long m = dgn_mention_ending(c, q, T(GROUP) | T(COUNTRY)); /* 中央アジア5カ国 */
  if (m >= 0) return c->d->ments[m].start;
  long u = dg_wordlist_before(&c->r->counters, t, s->start, q);
  if (u >= 0 && c->r->counters.w[u].len > 3) { /* カ国, not 国 alone */
    uint32_t n = q - (uint32_t)c->r->counters.w[u].len;
    while (n > s->start && dg_is_digit(t[n - 1])) n--;
    if (n < q - (uint32_t)c->r->counters.w[u].len) q = n;
    if (q >= s->start + 3 && !memcmp(t + q - 3, NO, 3)) q -= 3;
  }
  m = dgn_mention_ending(c, q, T(GROUP) | T(COUNTRY));
  return m >= 0 ? c->d->ments[m].start : UINT32_MAX;
}

/* An earlier meeting named by this rule with the members' word w before its と: its index,
 * or -1. */
static long earlier_party_talks(const dgn_ctx *c, const char *w, size_t n, uint32_t before) {
  for (size_t k = 0; k < c->d->nments; k++) {
    const dg_mention *m = &c->d->ments[k];
    if (m->type != DG_TYPE_MEETING || m->implicit || m->start >= before) continue;
    if (m->end - m->start < n + 9 || memcmp(c->t + m->end - 6, KAIDAN, 6)) continue;
    for (uint32_t p = m->start + (uint32_t)n; p + 9 <= m->end; p++)
      if (!memcmp(c->t + p, TO, 3) && !memcmp(c->t + p - n, w, n)) return (long)k;
  }
  return -1;
}

/* Talks named by a body met: 'PARTY[の][N カ国][の]MEMBERS[ら]と[の][PREFIX]会談'
 * (中央アジア5カ国の外相と会談, 太平洋島嶼国首脳と合同会談, A国代表団との会談): a group or country and a word of
 * party_members.tsv (外相, 首脳, 代表団) that makes it the people met name the talks a report
 * tells of: the span from the party to 会談 is a new meeting, the title's talks when a
 * title names talks, or the talks an earlier such span named with the same word (the five
 * ministers met again later in the text). Not side talks (side_occasions.tsv before). */
static dg_err party_talks_at(dgn_ctx *c, const dg_sentence *s, uint32_t to, dg_error *err) {
  const char *t = c->t;
  uint32_t k = to + 3, e = to;
  if (k + 3 <= s->end && !memcmp(t + k, NO, 3)) k += 3;
  k = past_talks_prefix(c, k, s->end);
  if (k + 6 > s->end || memcmp(t + k, KAIDAN, 6) != 0) return DG_OK;
  if (e >= s->start + 3 && !memcmp(t + e - 3, RA, 3)) e -= 3;
  long w = dg_wordlist_before(&c->r->party_members, t, s->start, e);
  if (w < 0) return DG_OK;
  size_t wn = c->r->party_members.w[w].len;
  uint32_t a = party_before(c, s, e - (uint32_t)wn), z = k + 6;
  const uint32_t OTHERS = T(MEETING) | T(PROGRAM) | T(ORGANIZATION) | T(PERSON);
  if (a == UINT32_MAX || dgn_overlaps(c, a, z, OTHERS) || side_occasion(c, s, a)) return DG_OK;
  long own = title_talks(c);
  if (own >= 0 && c->d->ments[own].sentence == (uint32_t)(s - c->d->sents)) own = -1;
  if (own < 0) own = earlier_party_talks(c, t + e - wn, wn, a);
  if (own < 0) return dgn_record_name(c, DG_TYPE_MEETING, a, z, err);
  dg_mention m = c->d->ments[own];
  return dgn_add(c, DG_TYPE_MEETING, a, z, m.id, m.label, m.label_en, m.entity, 1)
             ? DG_OK
             : dg_error_set(err, DG_ENOMEM, "out of memory");
}

dg_err dgn_person_talks(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  for (uint32_t p = s->start + 3; p + 9 <= s->end; p++)
    if (!memcmp(c->t + p, TO, 3)) {
      dg_err e = talks_at(c, s, p, err);
      if (e == DG_OK) e = party_talks_at(c, s, p, err);
      if (e != DG_OK) return e;
    }
  return DG_OK;
}
