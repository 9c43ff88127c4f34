/* What follows a meeting's English name with no verb of holding: its place, its date and
 * its members, joined by the words of meeting_links.tsv.
 *   the 11th ASEAN-U.S. Summit in Jakarta, Indonesia, on 6 September 2023
 *     -> held_in(Summit, Jakarta), held_on(Summit, 2023-09-06)
 *   the Trilateral Meeting among the Philippines, Indonesia and Malaysia
 *     -> participates_in(Philippines, Meeting), ... for each
 * The chair named right after the name is passed over (the Meeting under the chairmanship
 * of Jane Doe in Apia: Apia). Only the first place of the run is the venue: a country right after its city (Jakarta,
 * Indonesia) is where the city is; a place no dictionary knows before a known one (in
 * Nusa Dua, Bali) leaves the known one the venue. The run stops at the first word that is no link and no
 * name. A run after the last meeting of a list is every member's (travel to the A Summit
 * and the B Summit during 3-5 May, in Busan: both; see dg_rel_list_before). Japanese puts these before the name: a date with の (昨年11月の首脳会談: here), a
 * place with での (held_in triggers, held.c); or in a parenthesis after it (parenthesis.c);
 * or joins a place to it with の and 開催 (対話の東京開催, 日本開催のサミット: here). */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* The mention of sentence s (not nested) that starts at q, or -1. */
static long mention_at(const dg_rel_ctx *c, uint32_t s, uint32_t q) {
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].start == q) return (long)i;
  return -1;
}

/* Past the link words at p (up to three: ", held in the"): the DG_LINK_* bits of the last
 * that gives something, or `keep` when none does ("and", "the"); *p moves past them. */
static uint8_t link_at(const dg_rel_ctx *c, uint32_t end, uint32_t *p, uint8_t keep) {
  const char *t = c->d->text;
  for (int n = 0; n < 3; n++) {
    while (*p < end && t[*p] == ' ') (*p)++;
    long w = dg_wordlist_at(&c->r->meeting_links, t, end, *p);
    if (w < 0) break;
    const dg_word *wd = &c->r->meeting_links.w[w];
    uint32_t e = *p + wd->len;
    if (dg_is_ascii_alnum((unsigned char)wd->s[wd->len - 1]) && e < end &&
        dg_is_ascii_alnum((unsigned char)t[e]))
      break; /* "in" of "India" */
    *p = e;
    if (wd->as.meeting_link.gives != DG_LINK_SAME) keep = wd->as.meeting_link.gives;
  }
  while (*p < end && t[*p] == ' ') (*p)++;
  return keep;
}

/* Is date x a year alone and meeting m the object of a chairing verb right before it,
 * maybe after "the" (Peru is set to chair the Forum in 2027: the chair's term, no day the
 * Forum meets)? */
static int chair_term(const dg_rel_ctx *c, uint32_t m, const dg_mention *x) {
  const char *t = c->d->text;
  uint32_t a = c->d->ments[m].start;
  if (x->when.prec != DG_DATE_YEAR || x->when.year2) return 0;
  if (a >= 4 && dg_lit_before(t, a, "the ")) a -= 4;
  if (a < 1 || t[a - 1] != ' ') return 0;
  for (size_t k = 0; k < c->trigs.n; k++)
    if (c->trigs.v[k].kind == DG_REL_CHAIRED_BY && c->trigs.v[k].end == a - 1) return 1;
  return 0;
}

/* Tie mention x, named after meeting m through a link that gives `gives` (or, probe set,
 * only look); *place is set once a place is named. Returns 0 when x is nothing the link
 * can give. */
static int tie_linked(dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t x, uint8_t gives,
                      int *place, int probe) {
  const dg_mention *mx = &c->d->ments[x];
  dg_rel_kind k;
  if (mx->type == DG_TYPE_DATE && (gives & DG_LINK_DATE)) k = DG_REL_HELD_ON;
  else if (dg_rel_is_type(mx, DG_REL_PLACES) && (gives & DG_LINK_PLACE)) k = DG_REL_HELD_IN;
  else if (dg_rel_is_type(mx, DG_REL_ACTORS) && (gives & DG_LINK_MEMBERS))
    k = DG_REL_PARTICIPATES_IN;
  else return 0;
  if (probe) return 1;
  if (k == DG_REL_PARTICIPATES_IN) dg_rel_add(c, k, x, m, s);
  else if (k == DG_REL_HELD_ON && !chair_term(c, m, mx))
    dg_rel_add(c, k, m, x, s);
  else if (k == DG_REL_HELD_IN && !*place) /* in the Korean city of Busan: Busan */
    dg_rel_add(c, k, m, (uint32_t)dg_rel_city_of(c, s, x), s);
  *place |= k == DG_REL_HELD_IN;
  return 1;
}

/* Is mention g a meeting's short name: a meeting written in capitals, digits and - + &
 * only (PALM, AMM-2, ASEAN+3), whatever its id (the 9th Japan Pacific Island Leaders
 * Meeting (PALM): the series' short name after an instance's full one)? */
static int short_meeting(const dg_rel_ctx *c, const dg_mention *g) {
  if (g->type != DG_TYPE_MEETING) return 0;
  for (uint32_t i = g->start; i < g->end; i++) {
    unsigned char b = (unsigned char)c->d->text[i];
    if (!(b >= 'A' && b <= 'Z') && !dg_is_digit(b) && !strchr("-+&", b)) return 0;
  }
  return 1;
}

/* Past the meeting's own short name glossed in parentheses right after its name at p,
 * " (AMF)", or p: the run goes on after it. */
static uint32_t past_gloss(const dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t p) {
  const char *t = c->d->text;
  if (p + 2 >= c->d->sents[s].end || t[p] != ' ' || t[p + 1] != '(') return p;
  long g = mention_at(c, s, p + 2);
  if (g < 0 || (strcmp(c->d->ments[g].id, c->d->ments[m].id) &&
                !short_meeting(c, &c->d->ments[g])))
    return p;
  uint32_t z = c->d->ments[g].end;
  return z < c->d->sents[s].end && t[z] == ')' ? z + 1 : p;
}

/* Past a place no dictionary knows, named before the known place it lies in (in Nusa Dua,
 * Bali): up to three capitalized words, a comma and a space, when a place or country
 * mention starts there; else p. */
static uint32_t past_unknown_place(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = p;
  for (int w = 0; w < 3 && q < e && t[q] >= 'A' && t[q] <= 'Z'; w++) {
    while (q < e && (dg_is_ascii_alnum((unsigned char)t[q]) || t[q] == '-')) q++;
    if (q + 2 <= e && t[q] == ',' && t[q + 1] == ' ') {
      long x = mention_at(c, s, q + 2);
      return x >= 0 && dg_rel_is_type(&c->d->ments[x], DG_REL_PLACES) ? q + 2 : p;
    }
    if (q < e && t[q] == ' ') q++;
  }
  return p;
}

/* Past the chair named right after the meeting's name at p, " under the chairmanship of"
 * (or co-chairmanship), titles maybe, and a person (the Meeting under the chairmanship of
 * Foreign Minister Jane Doe in Apia on 12 June: the run goes on to Apia); else p. */
static uint32_t past_chair(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  static const char *const OPEN[] = {" under the chairmanship of ", " under the co-chairmanship of "};
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, q = p;
  for (size_t k = 0; k < sizeof OPEN / sizeof *OPEN && q == p; k++)
    if (dg_lit(t, e, p, OPEN[k])) q = p + (uint32_t)strlen(OPEN[k]);
  for (uint32_t z = q; q > p && z < e && z - q < 80; z++) {
    long x = mention_at(c, s, z);
    if (x >= 0) return c->d->ments[x].type == DG_TYPE_PERSON ? c->d->ments[x].end : p;
    if (!dg_is_ascii_alnum((unsigned char)t[z]) && t[z] != ' ' && t[z] != '-') return p;
  }
  return p;
}

/* Past the partner named right after the meeting `m` a chair verb takes as its object, at
 * p: " with", titles maybe (their countries too), and a person (Jane Doe co-chaired the
 * Ocean Meeting with Foreign Minister of Laos John Roe in Busan on 1 May: the run goes on to
 * Busan); else p. Near miss: a meeting no one chairs (the Meeting with John Roe: p). */
static uint32_t past_cochair(const dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t p) {
  static const char *const VERBS[] = {"co-chaired the ", "chaired the ", "co-chaired "};
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, a = c->d->ments[m].start, q = p + 6;
  int chaired = 0;
  for (size_t k = 0; k < sizeof VERBS / sizeof *VERBS; k++)
    chaired |= a >= strlen(VERBS[k]) && dg_lit_before(t, a, VERBS[k]);
  if (!chaired || !dg_lit(t, e, p, " with ")) return p;
  for (uint32_t z = q; z < e && z - q < 80; z++) {
    long x = mention_at(c, s, z);
    if (x >= 0 && c->d->ments[x].type == DG_TYPE_PERSON) return c->d->ments[x].end;
    if (x >= 0 && c->d->ments[x].type == DG_TYPE_COUNTRY) z = c->d->ments[x].end - 1;
    else if (x >= 0 || (!dg_is_ascii_alnum((unsigned char)t[z]) && t[z] != ' ' && t[z] != '-'))
      return p;
  }
  return p;
}

/* A date no dictionary dated (no year in the text: the Meeting scheduled for July in Tokyo;
 * the Forum last year (Astana) in a text of no date) at p, a month (maybe after a word of
 * month_modifiers.tsv: this November) or a word of relative_dates.tsv: where it ends, or p.
 * The run goes on past it as past a date. */
static uint32_t past_undated(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  size_t w = dg_rel_whole_word(&c->r->months, t, e, p);
  if (!w) w = dg_rel_whole_word(&c->r->relative_dates, t, e, p);
  size_t m = w ? 0 : dg_rel_whole_word(&c->r->month_modifiers, t, e, p); /* this November */
  size_t n = m && p + m + 1 < e && t[p + m] == ' '
                 ? dg_rel_whole_word(&c->r->months, t, e, p + m + 1)
                 : 0;
  if (n) w = m + 1 + n;
  return w && mention_at(c, s, p) < 0 ? p + (uint32_t)w : p;
}

/* A date named in words in lower case right after the meeting's name, no link between (the
 * Forum last year, the Summit next month in Tokyo): when the meeting was or will be held, as
 * if "in" stood before it; a date in figures there is left to the name (the Summit 2019).
 * The link it gives when the mention (or the undated words) at p is such a date, else 0. */
static uint8_t relative_date(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  long x = mention_at(c, s, p);
  int date = x >= 0 ? c->d->ments[x].type == DG_TYPE_DATE : past_undated(c, s, p) != p;
  return date && dg_is_lower(c->d->text[p]) ? DG_LINK_PLACE | DG_LINK_DATE : 0;
}

/* A city named after a comma at p in a meeting's run, as its venue (the Special Summit,
 * Sydney on 18 March; the Meeting on 13 October, Jakarta, Indonesia): a place mention
 * that is no country or region starts at p, ", " before it, and either a date came
 * right before the comma (after_date) or " on " or ", " and a date follow the city.
 * Near miss: the Summit, Japan and ASEAN agreed (a country: no venue so named). */
static int comma_city(const dg_rel_ctx *c, uint32_t s, uint32_t p, int after_date) {
  const char *t = c->d->text;
  long x = mention_at(c, s, p);
  if (x < 0 || c->d->ments[x].type != DG_TYPE_PLACE || p < c->d->sents[s].start + 2 ||
      !dg_lit_before(t, p, ", "))
    return 0;
  if (after_date) return 1;
  uint32_t z = c->d->ments[x].end, e = c->d->sents[s].end;
  if (dg_lit(t, e, z, " on ")) z += 4;
  else if (dg_lit(t, e, z, ", ")) z += 2;
  else return 0;
  x = mention_at(c, s, z);
  return x >= 0 && c->d->ments[x].type == DG_TYPE_DATE;
}

#define RUN_NAMES 6     /* most names of a run of places and dates */
#define MEMBER_NAMES 30 /* most names of a run that lists members only (drew A, B, ... and N) */

/* Past a meeting word of heads.tsv written after an English meeting's name that stops
 * before it (the FIPIC-4 summit in Suva: the name is FIPIC-4; see dg_rel_meeting_word), at
 * p, one space before it and a space or punctuation after: where the word ends; else p. */
static uint32_t past_head(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end, z = p + 1;
  if (z >= e || t[p] != ' ' || !dg_is_ascii_alnum((unsigned char)t[z]) || mention_at(c, s, z) >= 0)
    return p;
  while (z < e && dg_is_ascii_alnum((unsigned char)t[z])) z++;
  return dg_rel_meeting_word(c, p + 1, z) == 1 ? z : p;
}

/* The run of places, dates and members after meeting `after`, up to RUN_NAMES names, or
 * MEMBER_NAMES while its link gives members only: tied to meeting m (after itself, or one
 * listed before it), or with probe >= 0 only looked at. Returns 1 when mention `probe` is a
 * place of the run. */
static int run_after(dg_rel_ctx *c, uint32_t s, uint32_t m, uint32_t after, long probe) {
  const dg_sentence *se = &c->d->sents[s];
  uint32_t p = past_head(c, s, c->d->ments[after].end);
  p = past_chair(c, s, past_gloss(c, s, after, p));
  p = past_cochair(c, s, after, p);
  uint8_t gives = 0;
  int place = 0;
  for (int n = 0; n < RUN_NAMES || (gives == DG_LINK_MEMBERS && n < MEMBER_NAMES); n++) {
    gives = link_at(c, se->end, &p, gives);
    if (n == 0 && !gives) gives = relative_date(c, s, p);
    if (!place && (gives == (n ? DG_LINK_DATE : 0)) && comma_city(c, s, p, n > 0))
      gives |= DG_LINK_PLACE; /* the Summit, Sydney on 18 March */
    uint32_t q = gives & DG_LINK_DATE ? past_undated(c, s, p) : p;
    if (q != p) { /* scheduled for July in Tokyo: on to Tokyo */
      p = q;
      continue;
    }
    if (gives & DG_LINK_PLACE && !place && mention_at(c, s, p) < 0)
      p = past_unknown_place(c, s, p);
    long x = gives ? mention_at(c, s, p) : -1;
    if (x < 0 || !tie_linked(c, s, m, (uint32_t)x, gives, &place, probe >= 0)) return 0;
    if (x == probe) return dg_rel_is_type(&c->d->ments[x], DG_REL_PLACES);
    p = c->d->ments[x].end;
    if (c->d->ments[x].type == DG_TYPE_DATE) gives &= (uint8_t)~DG_LINK_MEMBERS;
  }
  return 0;
}

/* The run after meeting m, tied to m or only looked at (see run_after). */
static int meeting_run(dg_rel_ctx *c, uint32_t s, uint32_t m, long probe) {
  return run_after(c, s, m, m, probe);
}

int dg_rel_run_place(dg_rel_ctx *c, uint32_t s, uint32_t m) {
  for (uint32_t i = m + 1; i < c->sent_end[s]; i++)
    if (!c->nested[i] && dg_rel_is_type(&c->d->ments[i], DG_REL_PLACES) &&
        meeting_run(c, s, m, (long)i))
      return 1;
  return 0;
}

int dg_rel_in_meeting_run(dg_rel_ctx *c, uint32_t s, uint32_t i) {
  if (!dg_rel_latin(c, s)) return 0;
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s] && k < i; k++)
    if (!c->nested[k] && c->d->ments[k].type == DG_TYPE_MEETING &&
        meeting_run(c, s, k, (long)i))
      return 1;
  return 0;
}

/* Japanese: a date joined to the meeting right after it by the role word of (の) is when
 * that meeting is held (昨年11月の首脳会談, 本年秋の大臣会合). */
static void dated_meetings(dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *dt = &c->d->ments[i];
    if (c->nested[i] || dt->type != DG_TYPE_DATE) continue;
    long w = dg_wordlist_at(&c->r->roles, t, c->d->sents[s].end, dt->end);
    if (w < 0 || c->r->roles.w[w].as.role.part != DG_PART_OF) continue;
    long m = mention_at(c, s, dt->end + c->r->roles.w[w].len);
    if (m >= 0 && c->d->ments[m].type == DG_TYPE_MEETING)
      dg_rel_add(c, DG_REL_HELD_ON, (uint32_t)m, i, s);
  }
}

/* Japanese: a place written right before a word of place_held.tsv (東京開催) is where the
 * meeting joined to it by の is held, the meeting before it or after it:
 *   観光大臣特別対話の東京開催を発表した -> held_in(対話, 東京)
 *   日本開催のG20サミットに向けて -> held_in(サミット, 日本)
 * Near miss: a place the word does not follow (東京での開催: で開催 is held.c's). */
static void held_there(dg_rel_ctx *c, uint32_t s) {
  static const char NO[] = "\xE3\x81\xAE"; /* の */
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start, e = c->d->sents[s].end;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *p = &c->d->ments[i];
    long w = c->nested[i] || !dg_rel_is_type(p, DG_REL_PLACES)
                 ? -1
                 : dg_wordlist_at(&c->r->place_held, t, e, p->end);
    if (w < 0) continue;
    uint32_t z = p->end + (uint32_t)c->r->place_held.w[w].len;
    long m = p->start >= lo + 3 && dg_lit_before(t, p->start, NO)
                 ? dg_rel_mention_at(c, s, p->start - 3, 1, dg_rel_is_meeting)
                 : -1;
    if (m < 0 && dg_lit(t, e, z, NO)) m = dg_rel_mention_at(c, s, z + 3, 0, dg_rel_is_meeting);
    if (m >= 0) dg_rel_add(c, DG_REL_HELD_IN, (uint32_t)m, i, s);
  }
}

static long actor_ending(const dg_rel_ctx *c, uint32_t s, uint32_t z);

/* The owner of a members' tail that starts at offset z: the actor ending there, or, after
 * その (its) and a word of list_joiners.tsv, the actor the list names before it (ASEAN及び
 * その加盟10カ国: ASEAN); or -1. */
static long members_owner(const dg_rel_ctx *c, uint32_t s, uint32_t z) {
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start;
  if (z < lo + 6 || !dg_lit_before(t, z, "その")) return actor_ending(c, s, z);
  long j = dg_wordlist_before(&c->r->list_joiners, t, lo, z - 6);
  return j >= 0 ? actor_ending(c, s, z - 6 - (uint32_t)c->r->list_joiners.w[j].len) : -1;
}

/* The actor of sentence s whose name ends at offset z, maybe with its members' tail after
 * it (ASEAN加盟国: member_words.tsv; ASEAN加盟10か国: 加盟 and a quantity; see
 * members_owner), or -1. */
static long actor_ending(const dg_rel_ctx *c, uint32_t s, uint32_t z) {
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start;
  long w = dg_wordlist_before(&c->r->member_words, t, lo, z);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->end != z) continue;
    if (m->type == DG_TYPE_QUANTITY && m->start >= lo + 6 && dg_lit_before(t, m->start, "加盟"))
      return members_owner(c, s, m->start - 6);
    if (dg_rel_is_type(m, DG_REL_ACTORS)) return (long)i;
  }
  return w >= 0 ? members_owner(c, s, z - (uint32_t)c->r->member_words.w[w].len) : -1;
}

/* Where a parenthesis that closes right before z opens, or z when none does: ASCII or
 * full-width. */
static uint32_t paren_open_before(const char *t, uint32_t lo, uint32_t z, uint32_t at) {
  if (at >= lo + 1 && dg_lit_before(t, at, "(")) return at - 1;
  if (at >= lo + 3 && dg_lit_before(t, at, "\xEF\xBC\x88")) return at - 3; /* （ */
  return z;
}

/* The party of a による ending at z, every actor of it tied to meeting m: an actor
 * (actor_ending), maybe followed by a gloss in parentheses that is another actor
 * (日本政府(内閣府): both), or followed by a word of party_members.tsv, right after it
 * (日本政府) or after its の and a run of kanji and katakana before the word
 * (ASEAN加盟10か国の防災担当部局, タイの外相). Where the party starts, or -1. */
static long party_by(dg_rel_ctx *c, uint32_t s, uint32_t z, uint32_t m) {
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start;
  uint32_t cl = dg_lit_before(t, z, ")") ? 1 : dg_lit_before(t, z, "\xEF\xBC\x89") ? 3 : 0;
  if (cl && z >= lo + cl) {
    long g = actor_ending(c, s, z - cl);
    uint32_t o = g >= 0 ? paren_open_before(t, lo, z, c->d->ments[g].start) : z;
    if (o == z) return -1;
    dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)g, m, s);
    z = o;
  }
  long a = actor_ending(c, s, z);
  if (a >= 0) return a;
  long w = dg_wordlist_before(&c->r->party_members, t, lo, z);
  if (w < 0) return -1;
  uint32_t q = z - (uint32_t)c->r->party_members.w[w].len;
  if ((a = actor_ending(c, s, q)) >= 0) return a;
  for (int n = 0; n < 12 && q > lo; n++) { /* the run of nouns before the word */
    uint32_t cp = dg_cp_before(t, q);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA) break;
    q = (uint32_t)dg_utf8_prev(t, q);
  }
  return q >= lo + 3 && dg_lit_before(t, q, "\xE3\x81\xAE") ? actor_ending(c, s, q - 3) : -1; /* の */
}

/* Where a note mark in parentheses that closes right before z opens ((注), (注1), (※)),
 * or z when there is none. */
static uint32_t past_note(const char *t, uint32_t lo, uint32_t z) {
  if (z < lo + 5 || !dg_lit_before(t, z, ")")) return z;
  for (uint32_t o = z - 1; o-- > lo && z - o <= 8;)
    if (t[o] == '(')
      return dg_lit(t, z, o + 1, "注") || dg_lit(t, z, o + 1, "※") ? o : z;
  return z;
}

/* Japanese: the parties listed right before a word of party_joins.tsv (による, との間で)
 * that stands right before meeting m, or before the quote that opens its name (…による
 * 「第1回X会合」: the quoted name is the meeting itself), take part in it (日本とASEAN加盟
 * 10か国による第2回会合: Japan and ASEAN; 日本とASEANとの間で、第5回会合が開催), maybe
 * with a note mark before the word (see past_note), each joined to the next by one word of
 * list_joiners.tsv (party_by: a party's gloss and its members' word). */
static void parties_by(dg_rel_ctx *c, uint32_t s, uint32_t m) {
  const char *t = c->d->text;
  uint32_t lo = c->d->sents[s].start, z = c->d->ments[m].start;
  if (z >= lo + 3 && dg_lit_before(t, z, "\xE3\x80\x8C")) z -= 3; /* 「 */
  long jw = dg_wordlist_before(&c->r->party_joins, t, lo, z);
  if (jw < 0) return;
  z = past_note(t, lo, z - (uint32_t)c->r->party_joins.w[jw].len);
  for (long a = party_by(c, s, z, m); a >= 0;) {
    dg_rel_add(c, DG_REL_PARTICIPATES_IN, (uint32_t)a, m, s);
    uint32_t q = c->d->ments[a].start;
    long w = dg_wordlist_before(&c->r->list_joiners, t, lo, q);
    a = w >= 0 ? party_by(c, s, q - (uint32_t)c->r->list_joiners.w[w].len, m) : -1;
  }
}

/* meeting apposition (a row of dg_rel_kinds): the run after every English meeting name
 * that belongs to no meeting before it (the Meeting of the Dialogue in Lima: the Meeting's
 * run, see dg_rel_meeting_owner); the date before a Japanese one, and the parties before
 * its による. */
void dg_rel_meeting_apposition(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  (void)kind; /* gives held_in, held_on and participates_in */
  if (!dg_rel_latin(c, s)) {
    dated_meetings(c, s);
    held_there(c, s);
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
      if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING) {
        parties_by(c, s, i);
        dg_rel_named_parties(c, s, i);
      }
    return;
  }
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    if (c->nested[i] || c->d->ments[i].type != DG_TYPE_MEETING) continue;
    if (dg_rel_meeting_owner(c, s, &c->d->ments[i]) == -1) meeting_run(c, s, i, -1);
    uint32_t ls[DG_REL_MAXM]; /* the A Summit and the B Summit in Busan: both */
    size_t n = dg_rel_list_before(c, s, i, ls, DG_REL_MAXM);
    for (size_t k = 0; k < n; k++) run_after(c, s, ls[k], i, -1);
  }
}
