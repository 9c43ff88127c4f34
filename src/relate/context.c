/* The shared context of the relation rules (see relate/context.h): nested mentions,
 * sentence runs, the document's own meeting, trigger words, and the one way to add a tie.
 * Invariant: mentions are sorted by start (longest first) and sentences are in text order,
 * so the mentions of one sentence, or of one block, are one run of d->ments. */
#include "relate/context.h"

#include <stdlib.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "doc/heading_line.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

uint32_t dg_rel_past_paren(const char *t, uint32_t p, uint32_t e) {
  if (p >= e || t[p] != '(') return p;
  for (uint32_t q = p + 1; q < e && q - p < 80 && t[q] != '\n'; q++)
    if (t[q] == ')') return q + 1;
  return p;
}

void dg_rel_add_new(dg_rel_ctx *c, dg_rel_kind k, uint32_t from, uint32_t to, uint32_t s) {
  const dg_mention *m = c->d->ments;
  if (from == to || !strcmp(m[from].id, m[to].id)) return;
  if (k == DG_REL_HELD_ON && dg_rel_lasting_date(c, &m[to])) return; /* since 2019 */
  if (k == DG_REL_HELD_ON && m[to].type == DG_TYPE_DATE && !m[to].when.year)
    return; /* on August 1 of no known year: a vertex every document's August 1 would share */
  dg_relation x = {k, from, to, s, c->rule ? c->rule : ""};
  if (c->rels.n && s < c->rels.v[c->rels.n - 1].sentence) c->rels_unordered = 1;
  if (DG_PUSH(c->rels, x)) c->oom = 1;
}

/* The first relation of c->rels (in order of sentence) stated by sentence s or a later one. */
static size_t ties_from(const dg_rel_ctx *c, uint32_t s) {
  size_t lo = 0, hi = c->rels.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->rels.v[mid].sentence < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

void dg_rel_sentence_ties(const dg_rel_ctx *c, uint32_t s, size_t *lo, size_t *hi) {
  if (c->rels_unordered) {
    *lo = 0, *hi = c->rels.n;
    return;
  }
  *lo = ties_from(c, s);
  *hi = s == UINT32_MAX ? c->rels.n : ties_from(c, s + 1);
}

void dg_rel_add(dg_rel_ctx *c, dg_rel_kind k, uint32_t from, uint32_t to, uint32_t s) {
  const dg_mention *m = c->d->ments;
  for (size_t i = c->rels.n; i-- > 0;) { /* the same tie twice from one sentence counts once */
    const dg_relation *x = &c->rels.v[i];
    if (x->sentence != s) break;
    if (x->kind == k && !strcmp(m[x->from].id, m[from].id) && !strcmp(m[x->to].id, m[to].id))
      return;
  }
  dg_rel_add_new(c, k, from, to, s);
}

/* Mentions nested in a longer one (ASEAN in 日ASEAN首脳会議): one pass over the mentions
 * sorted by start (longest first), keeping the furthest end seen among earlier, longer
 * spans. */
static void mark_nested(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  uint32_t far = 0, far_start = 0;
  int any = 0;
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    c->nested[i] = any && m->end <= far && !(m->start == far_start && m->end == far);
    if (!any || m->end > far) {
      far = m->end;
      far_start = m->start;
      any = 1;
    }
  }
}

void dg_rel_mention_runs(const dg_doc *d, int by_block, uint32_t *first, uint32_t *end) {
  for (size_t k = 0; k < d->nments; k++) {
    uint32_t s = d->ments[k].sentence;
    if (s >= d->nsents) continue;
    uint32_t x = by_block ? d->sents[s].block : s;
    if (end[x] == 0) first[x] = (uint32_t)k;
    end[x] = (uint32_t)k + 1;
  }
}

int dg_rel_title_block(const dg_doc *d, size_t b) {
  const dg_block *bl = &d->blocks[b];
  if (bl->kind == DG_BLOCK_HEADING) return 1;
  if (bl->kind == DG_BLOCK_TABLE_ROW || bl->end - bl->start > 300) return 0;
  uint32_t e = bl->end;
  while (e > bl->start && (d->text[e - 1] == ' ' || d->text[e - 1] == '\n')) e--;
  uint32_t cp = e > bl->start ? dg_cp_before(d->text, e) : 0;
  return !(cp == 0x3002 || cp == '.' || cp == '!' || cp == '?' || cp == ';');
}

/* How many title blocks open the document (at most six). */
static size_t title_blocks(const dg_doc *d) {
  size_t nb = 0;
  while (nb < d->nblocks && nb < 6 && dg_rel_title_block(d, nb)) nb++;
  return nb;
}

/* The meeting the document is about: the first one its title names (第2回日メコン防災閣僚
 * 会合の結果; a name nested in the title's statement counts: 第5回外相会議共同議長声明).
 * The title is the run of title blocks that opens the document (at most six), or -1. */
static long main_meeting(const dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  size_t nb = title_blocks(d);
  for (size_t k = 0; k < d->nments; k++) {
    const dg_mention *m = &d->ments[k];
    if (m->sentence >= d->nsents || d->sents[m->sentence].block >= nb) break;
    if (m->type == DG_TYPE_MEETING && !m->implicit) return (long)k;
  }
  return -1;
}

/* The meeting the title joins to main meeting mm by one word of list_joiners.tsv right
 * after it (第1回A会合及び第7回B会合の結果について: B), not nested, of another id, or -1. */
static long main_pair(const dg_rel_ctx *c, long mm) {
  if (mm < 0) return -1;
  const dg_doc *d = c->d;
  const dg_mention *m = &d->ments[mm];
  if (m->sentence >= d->nsents) return -1;
  long w = dg_wordlist_at(&c->r->list_joiners, d->text, d->sents[m->sentence].end, m->end);
  if (w < 0) return -1;
  uint32_t p = m->end + (uint32_t)c->r->list_joiners.w[w].len;
  for (uint32_t i = c->sent_first[m->sentence]; i < c->sent_end[m->sentence]; i++) {
    const dg_mention *x = &d->ments[i];
    if (x->start == p && !c->nested[i] && x->type == DG_TYPE_MEETING && !x->implicit &&
        strcmp(x->id, m->id))
      return (long)i;
  }
  return -1;
}

int dg_rel_opens_sentence(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t a = c->d->sents[s].start, z = c->d->ments[i].start;
  uint32_t after = dg_rel_dateline_end(c, s); /* its agency's parenthesis too */
  if (after > a && after <= z) a = after;
  for (uint32_t j = c->sent_first[s]; j < i; j++) {
    const dg_mention *m = &c->d->ments[j];
    if (c->nested[j] || m->end <= a) continue;
    if (!dg_rel_is_type(m, DG_REL_PLACES) && m->type != DG_TYPE_DATE) return 0;
    if (m->end > a) a = m->end;
  }
  while (a < z && !dg_is_ascii_alnum((unsigned char)t[a])) a++;
  if (a + 4 <= z && (dg_lit(t, z, a, "the ") || dg_lit(t, z, a, "The "))) a += 4;
  uint32_t w = a; /* one word in lower case: the fifth, the annual */
  while (w < z && dg_is_lower(t[w])) w++;
  if (w > a && w + 1 == z && t[w] == ' ') a = z;
  return a == z;
}

/* Is meeting i the subject of the holding verb of sentence s: in English the name the
 * sentence opens with (dg_rel_opens_sentence), in Japanese a name its role word marks as the
 * topic or subject (第3回外相会議が東京で開催された; not 会議の成果が, 会議に出席した). */
static int holds_as_subject(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  if (dg_rel_latin(c, s)) return dg_rel_opens_sentence(c, s, i);
  uint8_t part = dg_rel_part(c, &c->d->ments[i]);
  return part == DG_PART_TOPIC || part == DG_PART_SUBJECT;
}

/* English: the meeting named right after offset p (one space), maybe after "the" or
 * "their" and one word in lower case the name leaves out (maybe hyphenated: the
 * first-ever Meeting), or -1. */
static long meeting_object(const dg_rel_ctx *c, uint32_t s, uint32_t p) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (!dg_lit(t, e, p, " ")) return -1;
  p++;
  if (dg_lit(t, e, p, "the ")) p += 4;
  else if (dg_lit(t, e, p, "their ")) p += 6; /* A and B held their first Summit */
  uint32_t w = p; /* one word in lower case the name leaves out: their ninth Consultations */
  while (w < e && (dg_is_lower(t[w]) || (t[w] == '-' && w > p && w + 1 < e && dg_is_lower(t[w + 1]))))
    w++;
  w = w > p && dg_lit(t, e, w, " ") ? w + 1 : p;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && !m->implicit &&
        (m->start == p || m->start == w))
      return (long)i;
  }
  return -1;
}

long dg_rel_held_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  if (!dg_rel_latin(c, s) || g->kind != DG_REL_HELD_ON) return -1;
  return meeting_object(c, s, g->end);
}

/* English: the meeting a chairing word g of sentence s takes as its object (Minister A
 * co-chaired the ASEAN-Japan Ministerial Meeting in Bangkok), or -1: a release that opens
 * by saying who chaired a meeting is about it. (Not a verb of attending: "The President
 * will attend the Summit" opens a release about his trip.) */
static long chaired_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  if (!dg_rel_latin(c, s) || g->kind != DG_REL_CHAIRED_BY) return -1;
  return meeting_object(c, s, g->end);
}

/* Japanese: is meeting x the scene of what follows: a role word of the scene (には), or a
 * bare に right after its name or its closing quote (「第5回X会合」に、Yが出席)? */
static int ja_scene(const dg_rel_ctx *c, const dg_mention *x) {
  uint8_t part = dg_rel_part(c, x);
  const char *t = c->d->text;
  uint32_t p = x->end;
  if (part) return part == DG_PART_SCENE;
  if (dg_cp_at(t, c->d->len, p) == 0x300D || dg_cp_at(t, c->d->len, p) == 0x300F) p += 3; /* 」』 */
  return dg_lit(t, c->d->len, p, "\xE3\x81\xAB"); /* に */
}

/* Does a holding verb (a held_on trigger) of clause k end before offset `at` (リマで開催さ
 * れた「X会合」: the sentence says the meeting was held)? */
static int held_before(const dg_rel_ctx *c, uint32_t k, uint32_t at) {
  for (size_t x = 0; x < c->trigs.n; x++)
    if (c->trigs.v[x].kind == DG_REL_HELD_ON && c->trigs.v[x].clause == k &&
        c->trigs.v[x].end <= at)
      return 1;
  return 0;
}

/* Japanese: the only meeting sentence s names, when a holding verb before it says it was
 * held (see held_before) and it is the scene of the sentence's first verb of taking part,
 * before it in its clause (環境省は、リマで開催された「第5回X会合」に、Y副大臣が出席した
 * と発表した: a release that opens by reporting the meeting and who attended is about it;
 * see ja_scene; not タイはX会合に出席した, which reports Thailand's part only), or -1. */
static long only_attended(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long one = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->type != DG_TYPE_MEETING) continue;
    if (one >= 0 || x->implicit || x->end > g->start || !dg_rel_in_clause(c, i, g->clause) ||
        !ja_scene(c, x) || !held_before(c, g->clause, x->start))
      return -1;
    one = (long)i;
  }
  return one;
}

/* Japanese: the meeting that opens sentence s as the scene or topic of its first verb of
 * taking part, in that verb's clause (第3回外相会議には、5か国が出席した: a lead that says
 * who attends is about that meeting), else the only meeting it names as that verb's scene
 * (see only_attended), or -1. c->trigs holds the sentence's triggers. */
static long attended_opening(const dg_rel_ctx *c, uint32_t s) {
  const dg_rel_trigger *g = NULL;
  uint32_t i = c->sent_first[s];
  for (size_t x = 0; x < c->trigs.n && !g; x++)
    if (c->trigs.v[x].kind == DG_REL_PARTICIPATES_IN) g = &c->trigs.v[x];
  if (!g || dg_rel_latin(c, s) || i >= c->sent_end[s]) return -1;
  const dg_mention *x = &c->d->ments[i];
  uint8_t part = dg_rel_part(c, x);
  if (x->type != DG_TYPE_MEETING || x->implicit || x->start != c->d->sents[s].start ||
      x->end > g->start || !dg_rel_in_clause(c, i, g->clause) ||
      (part != DG_PART_SCENE && part != DG_PART_TOPIC))
    return only_attended(c, s, g);
  return (long)i;
}

/* Is meeting i what holding verb g of sentence s holds as its object or purpose: in
 * Japanese the object before it (防衛省は、東京で「第3回X会合」を開催する) or the name its
 * attributive form modifies (ホテルで開催した「X会合」で演説し), in English a
 * meeting after "for the" later in its clause (Ministers met on 9 May in Lima for the
 * Twenty-third Consultations)? */
static int held_for(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t i) {
  const dg_mention *x = &c->d->ments[i];
  if (!dg_rel_latin(c, s))
    return (x->end <= g->start && dg_rel_part(c, x) == DG_PART_OBJECT) ||
           dg_rel_held_after_verb(c, g, i);
  return x->start >= g->end + 8 && dg_lit_before(c->d->text, x->start, "for the ");
}

/* The meeting holding verb g of sentence s holds in its clause: as its subject (see
 * holds_as_subject) or, in English, as its object (see dg_rel_held_object); else as its
 * object or purpose (see held_for); or -1. */
static long held_by(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g) {
  long other = -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (!dg_rel_in_clause(c, i, g->clause) || x->type != DG_TYPE_MEETING || x->implicit) continue;
    if ((x->end <= g->start && holds_as_subject(c, s, i)) ||
        dg_rel_held_object(c, s, g) == (long)i)
      return (long)i;
    if (other < 0 && held_for(c, s, g, i)) other = (long)i;
  }
  return other;
}

/* The meeting English or Japanese sentence s holds by its first holding verb (a held_on
 * trigger) that holds one (防衛省主催、第4回X会合が…開催された: not 主催, whose clause names
 * none, but 開催), in the verb's clause: as its subject (see holds_as_subject: Venue / City
 * / Date // The tenth Ministers Meeting was held at ...: the Meeting; not "Ministers
 * recalled the Meeting held in ..."), in English as its object (India and Japan held the
 * sixth meeting of the Forum: see dg_rel_held_object), else as its object or purpose
 * (「X会合」を開催する; met ... for the 23rd Consultations: see held_by); else, in
 * Japanese, the one it opens with as the scene of a verb of taking part (see
 * attended_opening); else, in English, the one its chairing verb takes as object (see
 * chaired_object); or -1. Leaves c->trigs empty. */
static long opening_meeting(dg_rel_ctx *c, uint32_t s) {
  long m = -1;
  dg_rel_find_triggers(c, s);
  for (size_t x = 0; x < c->trigs.n && m < 0; x++)
    if (c->trigs.v[x].kind == DG_REL_HELD_ON) m = held_by(c, s, &c->trigs.v[x]);
  if (m < 0) m = attended_opening(c, s);
  for (size_t x = 0; x < c->trigs.n && m < 0; x++) m = chaired_object(c, s, &c->trigs.v[x]);
  c->trigs.n = 0;
  return m;
}

/* Is English sentence s a short line of a release's head that ends with a full stop (a
 * venue line: Forum Secretariat, Suva.): the whole of its block, at most 60 bytes? The
 * body's first sentence comes after it. */
static int head_line(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  const dg_block *b = &d->blocks[d->sents[s].block];
  return dg_rel_latin(c, s) && b->end - b->start <= 60 &&
         (s + 1 >= d->nsents || d->sents[s + 1].block != d->sents[s].block);
}

/* Does English sentence s name no meeting at all, when the next one may open with the
 * meeting it holds (Ministers praised the plan while attending a meeting in Apia. The 4th
 * Ocean Ministers' Meeting took place ...: a news lead that names its meeting second)? */
static int lead_before_meeting(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  if (!dg_rel_latin(c, s) || s + 1 >= d->nsents) return 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (d->ments[i].type == DG_TYPE_MEETING) return 0;
  return 1;
}

/* Japanese: when lead sentence s names no meeting, the meeting the next sentence holds or
 * attends (see opening_meeting) and opens with (交流網を発足させます。第1回交流会議には、
 * タイが参加します: a release that announces something before naming its meeting), or -1.
 * Near miss: the next sentence names it after who attends. */
static long ja_next_opening(dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  if (dg_rel_latin(c, s) || s + 1 >= d->nsents) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (d->ments[i].type == DG_TYPE_MEETING) return -1;
  long m = opening_meeting(c, s + 1);
  return m >= 0 && d->ments[m].start == d->sents[s + 1].start ? m : -1;
}

/* When the title names no meeting: the meeting the body's first sentence holds or opens
 * with (see opening_meeting), after the short lines of its head (see head_line); when
 * that sentence holds none, the one it opens with as its subject (see subject_meeting),
 * or whose results it reports (see reported_meeting), or after a dateline the one it
 * names as the scene of what it tells (see dateline_scene) or as its only meeting (see
 * dateline_lead), or with no dateline the one it names after a word of a trip's purpose
 * (see undated_lead) or after " at the " (see undated_scene); when that sentence names no
 * meeting, in Japanese the one the next sentence opens with (see ja_next_opening), in
 * English the one the next sentence holds as its subject (see lead_before_meeting) or,
 * after a dateline's lead, opens with as its scene (see scene_opening) or names as the
 * scene of what it tells (see undated_scene); or -1. A release that opens by holding a
 * meeting is about it, as one whose title names it is. */
/* The meeting English sentence s opens with as its subject, whatever its verb (KUALA
 * LUMPUR: The 16th Ocean Meeting has reinforced ...: see dg_rel_opens_sentence), or -1. */
static long subject_meeting(const dg_rel_ctx *c, uint32_t s) {
  if (!dg_rel_latin(c, s)) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    return !m->implicit && dg_rel_opens_sentence(c, s, i) ? (long)i : -1;
  }
  return -1;
}

/* Past the words that open English sentence s before its scene: "At the ", "During the ",
 * or one capitalized word and " at the " (Ministers at the 22nd Forum celebrated ...); 0
 * when none does. */
static uint32_t past_scene_words(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t a = c->d->sents[s].start, e = c->d->sents[s].end;
  if (dg_lit(t, e, a, "At the ")) return a + 7;
  if (dg_lit(t, e, a, "During the ")) return a + 11;
  if (!dg_is_upper(t[a])) return 0;
  uint32_t q = a + 1;
  while (q < e && dg_is_lower(t[q])) q++;
  return q > a + 1 && dg_lit(t, e, q, " at the ") ? q + 8 : 0;
}

/* The meeting English sentence s opens with as its scene, "At the" (or "During the", or a
 * subject word and "at the": see past_scene_words) and maybe a quote mark before it (At the
 * "4th Mekong-Lancang Foreign Ministers' Meeting," the ministers decided ...), or -1. */
static long scene_opening(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t a = dg_rel_latin(c, s) ? past_scene_words(c, s) : 0;
  if (!a) return -1;
  if (a < c->d->len && t[a] == '"') a++;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING)
      return c->d->ments[i].start == a && !c->d->ments[i].implicit ? (long)i : -1;
  return -1;
}

/* The one meeting English sentence s names, after its dateline, as where what it tells
 * took place: "at the" right before it (SUVA, 3 May 2021 – Officials reaffirmed their
 * commitment at the 28th Ocean Dialogue held online today), or -1. */
static long dateline_scene(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t after = dg_rel_dateline_end(c, s);
  long m = -1;
  if (!after) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->type != DG_TYPE_MEETING || x->start < after) continue;
    if (m >= 0 || x->implicit || x->start < after + 7 || !dg_lit_before(t, x->start, " at the "))
      return -1;
    m = (long)i;
  }
  return m;
}

/* The one meeting English sentence s names from offset `after` on, not a back reference
 * nor the occasion of what it tells (see dateline_lead, undated_lead), or -1. */
static long lone_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t after) {
  long m = -1;
  if (!dg_rel_latin(c, s)) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->type != DG_TYPE_MEETING || x->start < after) continue;
    if (m >= 0 || x->implicit) return -1;
    m = (long)i;
  }
  return m >= 0 && dg_rel_after_side_occasion(c, &c->d->ments[m]) ? -1 : m;
}

/* The one meeting English sentence s names after its dateline, whatever its words
 * (TOKYO, Dec 17 — The Prime Minister will join his counterparts in the X Summit today: a
 * news report's lead names the meeting it reports on), or -1; -1 too when the sentence
 * names another meeting, or this one only by a back reference or as the occasion of what
 * it tells (signed the Agreement on the sidelines of the X Meeting: side_occasions.tsv). */
static long dateline_lead(const dg_rel_ctx *c, uint32_t s) {
  uint32_t after = dg_rel_dateline_end(c, s);
  return after ? lone_meeting(c, s, after) : -1;
}


/* The one meeting English lead sentence s names with no dateline before it, as what a stay
 * is for: a word of trip_purposes.tsv and a space right before it (Ministers will arrive in
 * Apia next week for the 5th Ocean Council, which Samoa is hosting), or -1. Near misses:
 * a lead that welcomes the meeting, meets to prepare it, or supports its hosting. */
static long undated_lead(const dg_rel_ctx *c, uint32_t s) {
  long m = lone_meeting(c, s, c->d->sents[s].start);
  uint32_t a = m >= 0 ? c->d->ments[m].start : 0;
  if (a < 2 || c->d->text[a - 1] != ' ') return -1;
  long w = dg_wordlist_before(&c->r->trip_purposes, c->d->text, c->d->sents[s].start, a - 1);
  uint32_t b = w >= 0 ? a - 1 - c->r->trip_purposes.w[w].len : 0;
  return w >= 0 && b > 0 && c->d->text[b - 1] == ' ' ? m : -1;
}

/* The one meeting English lead sentence s names with no dateline before it (or the
 * sentence after a wire's lead that names none), as the scene of what it tells: " at the "
 * or " at an " right before it (Leaders signed the Reef Charter at the 5th Reef Summit held
 * in Apia; asked them to join at an annual gathering in Apia), or -1. Near misses: a
 * meeting the lead names otherwise (ahead of the 5th Reef Summit), or where an outcome it
 * welcomes came from: an adopted_at or announced_at trigger before " at the " (welcomed
 * the Plan adopted at the 5th Summit). */
static long undated_scene(const dg_rel_ctx *c, uint32_t s) {
  long m = lone_meeting(c, s, c->d->sents[s].start);
  uint32_t a = m >= 0 ? c->d->ments[m].start : 0, lo = c->d->sents[s].start;
  uint32_t n = a < lo + 9 ? 0 : dg_lit_before(c->d->text, a, " at the ") ? 8
                              : dg_lit_before(c->d->text, a, " at an ") ? 7 : 0;
  if (!n) return -1;
  long w = dg_wordlist_before(&c->r->triggers, c->d->text, lo, a - n);
  dg_rel_kind k = w >= 0 ? c->r->triggers.w[w].as.trigger.kind : DG_REL_HELD_IN;
  return k == DG_REL_ADOPTED_AT || k == DG_REL_ANNOUNCED_AT ? -1 : m;
}

/* Japanese: the first meeting sentence s names, maybe in quotes, right before の and a
 * word of result_words.tsv (Aが出席した「第3回X会合」の結果等をお知らせします: a lead that
 * reports a meeting's results is about it), or -1. */
static long reported_meeting(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  if (dg_rel_latin(c, s)) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING || m->implicit) continue;
    uint32_t p = m->end;
    if (dg_cp_at(t, e, p) == 0x300D || dg_cp_at(t, e, p) == 0x300F) p += 3; /* 」』 */
    if (dg_lit(t, e, p, "\xE3\x81\xAE") && dg_wordlist_at(&c->r->result_words, t, e, p + 3) >= 0)
      return (long)i; /* の */
  }
  return -1;
}

/* Japanese: the one meeting lead sentence s names, right before a word of attend_after.tsv
 * (王外相は4日、ハノイで第7回X外相会合に出席した: a news lead that someone attended it
 * reports on it), or -1; -1 too when the sentence names another meeting. Not the main
 * meeting (a country's attendance may be all the lead says): only what the report says was
 * announced there (c->attended). */
static long attended_meeting(const dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  uint32_t e = c->d->sents[s].end;
  long m = -1;
  if (dg_rel_latin(c, s)) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || x->type != DG_TYPE_MEETING) continue;
    uint32_t p = x->end;
    if (dg_cp_at(t, e, p) == 0x300D || dg_cp_at(t, e, p) == 0x300F) p += 3; /* 」』 */
    if (m >= 0 || x->implicit || dg_wordlist_at(&c->r->attend_after, t, e, p) < 0) return -1;
    m = (long)i;
  }
  return m;
}

long dg_rel_quoted_during(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  const char *t = d->text;
  uint32_t a = d->sents[s].start, e = d->sents[s].end;
  if (!dg_rel_latin(c, s) || !(t[a] == '"' || dg_lit(t, e, a, "\xE2\x80\x9C"))) return -1;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &d->ments[i];
    if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
    if (m->implicit || !dg_lit_before(t, m->start, " during the ")) return -1;
    for (uint32_t p = a; p + 6 < m->start; p++)
      if (dg_lit(t, m->start, p, " said ")) return (long)i;
    return -1;
  }
  return -1;
}

static long body_meeting(dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  size_t nb = title_blocks(d);
  uint32_t s = 0;
  while (s < d->nsents && d->sents[s].block < nb) s++;
  if (s >= d->nsents) return -1;
  long m = opening_meeting(c, s);
  for (int k = 0; m < 0 && k < 2 && head_line(c, s) && s + 1 < d->nsents; k++)
    m = opening_meeting(c, ++s);
  if (m < 0) m = subject_meeting(c, s);
  if (m < 0) m = reported_meeting(c, s);
  if (m < 0) m = dateline_scene(c, s);
  if (m < 0) m = dateline_lead(c, s);
  if (m < 0) m = undated_lead(c, s);
  if (m < 0) m = undated_scene(c, s);
  if (m < 0 && s > 0 && dg_rel_dateline_end(c, s - 1)) m = scene_opening(c, s); /* its line */
  if (m < 0) m = ja_next_opening(c, s);
  if (m < 0 && lead_before_meeting(c, s)) {
    m = opening_meeting(c, s + 1);
    if (m >= 0 && !dg_rel_opens_sentence(c, s + 1, (uint32_t)m)) m = -1;
    if (m < 0 && dg_rel_dateline_end(c, s)) m = scene_opening(c, s + 1); /* a wire's lead */
    if (m < 0 && dg_rel_dateline_end(c, s)) m = dg_rel_quoted_during(c, s + 1);
    if (m < 0 && dg_rel_dateline_end(c, s)) m = undated_scene(c, s + 1);
    if (m >= 0) c->lead_sent = (long)s;
  }
  return m;
}

/* A document that names no meeting but speaks of one (the meeting, 本会合: the document's
 * unnamed meeting, recognize/names_unnamed.c) is about that one: its first mention, or -1.
 * Every implicit meeting of such a document is that one. */
static long unnamed_meeting(const dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  for (size_t k = 0; k < d->nments; k++)
    if (d->ments[k].type == DG_TYPE_MEETING && !d->ments[k].implicit) return -1;
  for (size_t k = 0; k < d->nments; k++)
    if (d->ments[k].type == DG_TYPE_MEETING) return (long)k;
  return -1;
}

/* The document's own meeting, or, for sentence s under a heading line after it that
 * names a meeting alone (1.日メコン経済大臣会合 / ・第1回会議: see doc/heading_line.h), that
 * meeting. */
static long own_or_heading(const dg_rel_ctx *c, uint32_t s) {
  uint32_t from = c->main_meeting >= 0 ? c->d->ments[c->main_meeting].end : 0;
  long h = dg_heading_meeting(c->d, c->d->nments, from, c->d->sents[s].start);
  return h >= 0 ? h : c->main_meeting;
}

/* The meeting of the section sentence s stands in (see context.h): its title line's, when
 * that line is only the meeting's name, else its heading line's (see own_or_heading),
 * else the document's own. */
long dg_rel_section_meeting(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  uint32_t b = d->sents[s].block;
  long k = (long)s;
  while (k > 0 && d->sents[k - 1].block == b) k--;
  while (k > 0 && !dg_rel_title_block(d, d->sents[k - 1].block)) k--;
  if (k == 0 || c->main_meeting < 0 ||
      d->sents[k - 1].block <= d->sents[d->ments[c->main_meeting].sentence].block)
    return own_or_heading(c, s);
  const dg_block *hb = &d->blocks[d->sents[k - 1].block];
  uint32_t e = hb->end;
  while (e > hb->start && (d->text[e - 1] == ' ' || d->text[e - 1] == '\n')) e--;
  for (uint32_t i = c->sent_first[k - 1]; i < c->sent_end[k - 1]; i++) {
    const dg_mention *m = &d->ments[i];
    if (!c->nested[i] && m->type == DG_TYPE_MEETING && !m->implicit)
      return (e - hb->start) - (m->end - m->start) <= 6 ? (long)i : own_or_heading(c, s);
  }
  return own_or_heading(c, s);
}

/* The first sentence after the title's that names one of the main meeting and its pair
 * as its only meeting (not nested), or the number of sentences. */
static uint32_t pair_end(const dg_rel_ctx *c) {
  const dg_doc *d = c->d;
  if (c->main_pair < 0) return (uint32_t)d->nsents;
  const char *a = d->ments[c->main_meeting].id, *b = d->ments[c->main_pair].id;
  for (uint32_t k = d->ments[c->main_meeting].sentence + 1; k < d->nsents; k++) {
    int own = 0, other = 0;
    for (uint32_t i = c->sent_first[k]; i < c->sent_end[k]; i++) {
      const dg_mention *m = &d->ments[i];
      if (c->nested[i] || m->type != DG_TYPE_MEETING) continue;
      if (!strcmp(m->id, a)) own |= 1;
      else if (!strcmp(m->id, b)) own |= 2;
      else other = 1;
    }
    if ((own == 1 || own == 2) && !other) return k;
  }
  return (uint32_t)d->nsents;
}

long dg_rel_section_pair(const dg_rel_ctx *c, uint32_t s) {
  if (c->main_pair < 0 || dg_rel_section_meeting(c, s) != c->main_meeting) return -1;
  const dg_sentence *se = &c->d->sents[s];
  size_t bw = dg_wordlist_next(&c->r->both_meetings, c->d->text, se->end, se->start);
  if (bw < se->end) return c->main_pair; /* 両会議ともに: both, whatever came between */
  return s <= c->pair_end ? c->main_pair : -1; /* one named alone before s: no longer both */
}

dg_err dg_rel_ctx_init(dg_rel_ctx *c, const dg_rules *r, dg_doc *d, dg_error *err) {
  memset(c, 0, sizeof *c);
  c->r = r;
  c->d = d;
  c->main_meeting = -1;
  c->main_pair = -1;
  c->lead_sent = -1;
  c->speakers = -2;
  c->venue_sent = -1;
  c->nested = calloc(d->nments + 1, 1);
  c->venue = calloc(d->nments + 1, 1);
  c->sent_first = calloc(d->nsents + 1, sizeof *c->sent_first);
  c->sent_end = calloc(d->nsents + 1, sizeof *c->sent_end);
  c->sent_clause = calloc(d->nsents + 1, sizeof *c->sent_clause);
  c->ment_clause = calloc(d->nments + 1, sizeof *c->ment_clause);
  if (!c->nested || !c->venue || !c->sent_first || !c->sent_end || !c->sent_clause || !c->ment_clause) {
    dg_rel_ctx_destroy(c);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  }
  mark_nested(c);
  dg_rel_mention_runs(d, 0, c->sent_first, c->sent_end);
  c->main_meeting = main_meeting(c);
  c->main_pair = main_pair(c, c->main_meeting);
  c->pair_end = pair_end(c);
  if (dg_rel_clauses(c)) {
    dg_rel_ctx_destroy(c);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  }
  if (c->main_meeting < 0) c->main_meeting = body_meeting(c); /* c->oom: dg_relate says so */
  if (c->main_meeting < 0) c->main_meeting = unnamed_meeting(c);
  size_t nb = title_blocks(d);
  uint32_t lead = 0;
  while (lead < d->nsents && d->sents[lead].block < nb) lead++;
  c->attended = lead < d->nsents ? attended_meeting(c, lead) : -1;
  return DG_OK;
}

void dg_rel_ctx_destroy(dg_rel_ctx *c) {
  free(c->rels.v);
  free(c->trigs.v);
  free(c->nested);
  free(c->venue);
  free(c->sent_first);
  free(c->sent_end);
  free(c->sent_clause);
  free(c->ment_clause);
  free(c->clauses.v);
  dg_hmap_destroy(&c->held_on);
  dg_hmap_destroy(&c->group_tails);
  memset(c, 0, sizeof *c);
}

long dg_rel_nearest(const dg_rel_ctx *c, uint32_t s, uint32_t types, uint32_t at, long except) {
  long best = -1;
  uint32_t bd = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
    const dg_mention *m = &c->d->ments[i];
    if ((long)i == except || c->nested[i] || !dg_rel_is_type(m, types)) continue;
    uint32_t dd = dg_rel_dist(m, at);
    if (best < 0 || dd < bd) best = (long)i, bd = dd;
  }
  return best;
}

size_t dg_rel_meetings(const dg_rel_ctx *c, uint32_t s, uint32_t *out, size_t max,
                       int fallback) {
  size_t n = 0;
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && n < max; i++)
    if (!c->nested[i] && c->d->ments[i].type == DG_TYPE_MEETING) out[n++] = i;
  if (!n && fallback && c->main_meeting >= 0) out[n++] = (uint32_t)c->main_meeting;
  return n;
}

uint32_t dg_rel_nearest_of(const dg_rel_ctx *c, const uint32_t *ms, size_t n, uint32_t at) {
  const dg_mention *m = c->d->ments;
  uint32_t best = ms[0];
  for (size_t x = 1; x < n; x++)
    if (dg_rel_dist(&m[ms[x]], at) < dg_rel_dist(&m[best], at)) best = ms[x];
  return best;
}

long dg_rel_mention_at(const dg_rel_ctx *c, uint32_t s, uint32_t at, int ending,
                       int (*fits)(const dg_mention *m)) {
  for (uint32_t k = c->sent_first[s]; k < c->sent_end[s]; k++) {
    const dg_mention *m = &c->d->ments[k];
    if ((ending ? m->end : m->start) == at && !c->nested[k] && fits(m)) return (long)k;
  }
  return -1;
}


/* A verb of conduct_verbs.tsv right after a meeting's name (日伊首脳会談を行いました), or
 * after its name and 等 (首脳会談等を行いました: it and more), at i: it holds that meeting as
 * を開催 does (held_on, participates_in); its end, or 0. */
static uint32_t conduct_trigger(dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const dg_sentence *se = &c->d->sents[s];
  long w = dg_wordlist_at(&c->r->conduct_verbs, c->d->text, se->end, i);
  uint32_t named = i >= 3 && dg_lit_before(c->d->text, i, "\xE7\xAD\x89") ? i - 3 : i; /* 等 */
  if (w < 0 || (dg_rel_mention_at(c, s, i, 1, dg_rel_is_meeting) < 0 &&
                dg_rel_mention_at(c, s, named, 1, dg_rel_is_meeting) < 0))
    return 0;
  uint32_t e = i + c->r->conduct_verbs.w[w].len;
  dg_rel_trigger g = {DG_REL_HELD_ON, i, e, dg_rel_clause_at(c, s, i)};
  if (DG_PUSH(c->trigs, g)) c->oom = 1;
  g.kind = DG_REL_PARTICIPATES_IN;
  if (DG_PUSH(c->trigs, g)) c->oom = 1;
  return e;
}

/* Is the word t[q, z) an article of name_joiners.tsv, in any case of its first letter? */
static int article_word(const dg_rel_ctx *c, const char *t, uint32_t q, uint32_t z) {
  char buf[8];
  if (z - q >= sizeof buf) return 0;
  memcpy(buf, t + q, z - q);
  buf[0] = (char)(dg_is_upper(buf[0]) ? buf[0] - 'A' + 'a' : buf[0]);
  const dg_wordlist *l = &c->r->name_joiners;
  long k = dg_wordlist_find(l, buf, z - q);
  return k >= 0 && (l->w[k].as.joiner.roles & DG_JOIN_ARTICLE) && l->w[k].len == z - q;
}

/* English: is the trigger at i a verb of noun_verbs.tsv read as a noun: an article before it,
 * maybe with up to three words between, none plural, closing a clause or of auxiliaries.tsv
 * (The ASEAN defence meet came amid ...)? Near misses: The two leaders meet today (a plural
 * before it); The Prime Minister will meet them (an auxiliary). */
static int noun_reading(const dg_rel_ctx *c, uint32_t s, uint32_t i) {
  const char *t = c->d->text;
  uint32_t a = c->d->sents[s].start, p = i;
  if (!dg_rel_whole_word(&c->r->noun_verbs, t, c->d->sents[s].end, i)) return 0;
  for (int words = 0; words < 4; words++) {
    if (p <= a + 1 || t[p - 1] != ' ') return 0;
    uint32_t z = p - 1, q = z;
    while (q > a && t[q - 1] != ' ') q--;
    if (q == z) return 0;
    if (article_word(c, t, q, z)) return 1;
    if (t[z - 1] == 's' || dg_wordlist_find(&c->r->auxiliaries, t + q, z - q) >= 0 ||
        !(dg_is_ascii_alnum((unsigned char)t[z - 1]) || t[z - 1] == '-'))
      return 0;
    p = q;
  }
  return 0;
}

void dg_rel_find_triggers(dg_rel_ctx *c, uint32_t s) {
  const char *t = c->d->text;
  const dg_sentence *se = &c->d->sents[s];
  c->trigs.n = 0;
  c->venue_sent = -1;
  /* The places where no word of either list starts are passed in one go (a step below
     stops at every byte that begins a word); nt, nc: the next ones, once looked for. */
  const dg_wordlist *tl = &c->r->triggers, *cl = &c->r->conduct_verbs;
  int skip = !tl->starts_inside && !cl->starts_inside;
  size_t nt = 0, nc = 0;
  for (uint32_t i = se->start; i < se->end;) {
    if (skip) {
      if (nt < i) nt = dg_wordlist_next(tl, t, se->end, i);
      if (nc < i) nc = dg_wordlist_next(cl, t, se->end, i);
      if ((i = (uint32_t)(nt < nc ? nt : nc)) >= se->end) break;
    }
    long w = dg_wordlist_at(&c->r->triggers, t, se->end, i);
    unsigned char ch = (unsigned char)t[i];
    uint32_t step = ch < 0x80 ? 1 : (uint32_t)dg_utf8_len(t + i, t + se->end);
    uint32_t conducted = w < 0 ? conduct_trigger(c, s, i) : 0;
    if (w < 0) {
      i = conducted ? conducted : i + step;
      continue;
    }
    const dg_word *word = &c->r->triggers.w[w];
    uint32_t e = i + word->len;
    int latin = (unsigned char)word->s[0] < 0x80;
    if (latin && ((i > se->start && dg_is_ascii_alnum((unsigned char)t[i - 1])) ||
                  (e < se->end && dg_is_ascii_alnum((unsigned char)t[e])))) {
      i += step; /* "held" inside "upheld": not a trigger */
      continue;
    }
    if (latin && noun_reading(c, s, i)) { /* the defence meet came */
      i = e;
      continue;
    }
    dg_rel_trigger g = {(uint32_t)word->as.trigger.kind, i, e, dg_rel_clause_at(c, s, i)};
    if (DG_PUSH(c->trigs, g)) c->oom = 1;
    for (g.kind = 0; g.kind < DG_REL_COUNT; g.kind++)
      if (((word->as.trigger.also >> g.kind) & 1) && DG_PUSH(c->trigs, g)) c->oom = 1;
    i = e;
  }
}

int dg_rel_has_trigger(const dg_rel_ctx *c, dg_rel_kind k) {
  for (size_t i = 0; i < c->trigs.n; i++)
    if (c->trigs.v[i].kind == k) return 1;
  return 0;
}
