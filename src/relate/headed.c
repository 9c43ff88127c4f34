/* Field headings: a title block that is only a word naming a field of a meeting (出席国,
 * 参加者, Participants: participant_headings.tsv), maybe in brackets (【出席者】) or with a
 * colon, labels the blocks that hang under it, as the same word followed by a colon labels
 * the rest of its line (参加国：A、B, read by the trigger words of kinds.c).
 * participates_in: every actor of a block under a heading of participants (a country,
 * group, organization or person, not nested in a longer name, not an ambassador's post,
 * not an organization inside a person's title: 文化庁長官)
 * takes part in the meeting of the heading's section: the one the nearest title block
 * before the heading names (1.第3回日メコン防災閣僚会合 ... (3)出席国), else the
 * document's own.
 *   第3回日メコン防災閣僚会合の結果 / (2)出席国 / タイ、ベトナム及び日本
 *     -> participates_in(タイ, 会合), participates_in(ベトナム, 会合), (日本, 会合)
 * held_on, held_in: likewise a heading that is only a date word or a venue word (日程, 場所:
 * date_words.tsv, venue_words.tsv) over a line with one date, or with one or two places
 * (マニラ(フィリピン)), gives the section's meeting that date or those places.
 *   (2)日程 / 2024年5月2日(木)10時から12時まで -> held_on(会合, 2024-05-02)
 * A heading word may be followed by a word of heading_suffixes.tsv (参加国等, 出席者予定者),
 * and a heading of participants may join words
 * of participant_heading_parts.tsv to it with ・ (参加国・オブザーバー・国際機関等). Rows under
 * labels in brackets ((ASEAN), (オブザーバー)) that follow its list hang under it too.
 * Invariant: only blocks whose parent (input/structure.c) is the heading are read, and only
 * those that list names (a list item, a table row, a paragraph that ends no sentence, or,
 * under participants, one that is only names, joiners and fillers of list_fillers.tsv even
 * when it ends with 。 or .), never prose that merely follows it. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "relate/ties.h"

/* Is t[a, z) one word of `list` (ASCII case ignored)? */
static int whole_text_is(const dg_wordlist *list, const char *t, uint32_t a, uint32_t z) {
  long w = a < z ? dg_wordlist_at(list, t, z, a) : -1;
  return w >= 0 && a + list->w[w].len == z;
}

/* Is t[a, z) one word of `list`, or (with `parts`) such words joined by ・ of which the
 * first is one of `list` and the others of `list` or of `parts` (参加国・オブザーバー・国際機関);
 * with `any_first`, one of `list` anywhere among them (日時・場所 for a venue's heading)? */
static int joined_heading(const dg_wordlist *list, const dg_wordlist *parts, int any_first,
                          const char *t, uint32_t a, uint32_t z) {
  if (!parts) return whole_text_is(list, t, a, z);
  uint32_t at = a;
  int own = 0;
  for (;;) { /* ・ found as bytes: in UTF-8 they only ever start a character */
    const char *dot = at < z ? memmem(t + at, z - at, "\xE3\x83\xBB", 3) : NULL;
    uint32_t q = dot ? (uint32_t)(dot - t) : z;
    int in = whole_text_is(list, t, at, q);
    if (!in && ((at == a && !any_first) || !whole_text_is(parts, t, at, q))) return 0;
    own |= in;
    if (!dot) return own;
    at = q + 3;
  }
}

/* Is t[a, z) a heading of `list` (joined_heading), maybe followed by a word of
 * heading_suffixes.tsv (参加国等: the countries and others; 出席者予定者, 出席者(予定): those
 * expected)? */
static int heading_word(const dg_rel_ctx *c, const dg_wordlist *list, const dg_wordlist *parts,
                        int any_first, const char *t, uint32_t a, uint32_t z) {
  if (joined_heading(list, parts, any_first, t, a, z)) return 1;
  long w = dg_wordlist_before(&c->r->heading_suffixes, t, a + 1, z);
  return w >= 0 &&
         joined_heading(list, parts, any_first, t, a, z - c->r->heading_suffixes.w[w].len);
}

/* The words a heading of `list` may join to its first with ・: parts of a heading of
 * participants (参加国・オブザーバー), the venue's word after a date's and the date's after a
 * venue's (日時・場所: one heading of both fields); NULL for other lists. */
static const dg_wordlist *heading_parts(const dg_rel_ctx *c, const dg_wordlist *list) {
  if (list == &c->r->participant_headings) return &c->r->participant_heading_parts;
  if (list == &c->r->date_words) return &c->r->venue_words;
  if (list == &c->r->venue_words) return &c->r->date_words;
  return NULL;
}

uint32_t dg_rel_past_list_number(const char *t, uint32_t a, uint32_t z) {
  uint32_t n = a;
  while (n < z && n - a < 2 && t[n] >= '0' && t[n] <= '9') n++;
  return n > a && n + 1 < z && (t[n] == '.' || t[n] == ' ') && (unsigned char)t[n + 1] >= 0x80
             ? n + 1
             : a;
}

/* Is block b a title block whose text is a heading of `list` (dg_rel_heading_text_is)? */
int dg_rel_heading_is(const dg_rel_ctx *c, uint32_t b, const dg_wordlist *list) {
  const dg_block *bl = &c->d->blocks[b];
  return dg_rel_title_block(c->d, b) && dg_rel_heading_text_is(c, bl->start, bl->end, list);
}

int dg_rel_heading_text_is(const dg_rel_ctx *c, uint32_t a, uint32_t z, const dg_wordlist *list) {
  const char *t = c->d->text;
  while (a < z && (t[a] == ' ' || t[a] == '\n')) a++;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\n' || t[z - 1] == ':')) z--;
  a = dg_rel_past_list_number(t, a, z); /* 3.参加国, 1 日時・場所 */
  if (z > a && t[a] == '[' && t[z - 1] == ']') a++, z--;
  if (z - a >= 6 && dg_cp_at(t, z, a) == 0x3010 && dg_cp_before(t, z) == 0x3011)
    a += 3, z -= 3; /* 【 】 */
  int any_first = list != &c->r->participant_headings; /* 日時・場所 heads a venue too */
  return heading_word(c, list, heading_parts(c, list), any_first, t, a, z);
}

/* Does block b list names rather than tell: a list item, a table row, or a paragraph
 * whose text ends no sentence (タイ、ベトナム及び日本)? */
static int lists_names(const dg_doc *d, uint32_t b) {
  const dg_block *bl = &d->blocks[b];
  if (bl->kind == DG_BLOCK_LIST_ITEM || bl->kind == DG_BLOCK_TABLE_ROW) return 1;
  if (bl->kind != DG_BLOCK_PARAGRAPH) return 0;
  uint32_t e = bl->end;
  while (e > bl->start && (d->text[e - 1] == ' ' || d->text[e - 1] == '\n')) e--;
  uint32_t cp = e > bl->start ? dg_cp_before(d->text, e) : 0;
  return cp && cp != 0x3002 && cp != '.' && cp != '!' && cp != '?';
}

/* Is block b a title block of two lines, a heading of participants and a label that ends
 * with a colon (3 出席者 / 日本側: — an item the structure ran on into the label of the first
 * of its lists)? */
static int labelled_heading(const dg_rel_ctx *c, uint32_t b) {
  const char *t = c->d->text;
  uint32_t a = c->d->blocks[b].start, z = c->d->blocks[b].end;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\n')) z--;
  const char *nl = memchr(t + a, '\n', z - a);
  if (!nl || !dg_rel_title_block(c->d, b) || memchr(nl + 1, '\n', (size_t)(t + z - nl - 1)))
    return 0;
  uint32_t cp = dg_cp_before(t, z);
  return (cp == ':' || cp == 0xFF1A) && (uint32_t)(t + z - nl) > 4 &&
         dg_rel_heading_text_is(c, a, (uint32_t)(nl - t), &c->r->participant_headings);
}

/* Is block b a heading of `list` (see dg_rel_heading_is), or of participants with the
 * label of its first list (see labelled_heading)? */
static int heading_of(const dg_rel_ctx *c, uint32_t b, const dg_wordlist *list) {
  return dg_rel_heading_is(c, b, list) ||
         (list == &c->r->participant_headings && labelled_heading(c, b));
}

/* The heading of `list` block b hangs under (see heading_of): its parent, else the label
 * line right before it when that is one (3.参加国等: then the list, a numbered line of its
 * own that the structure does not make a parent); -1 when none. */
static long heading_over(const dg_rel_ctx *c, uint32_t b, const dg_wordlist *list) {
  int32_t p = c->d->blocks[b].parent;
  if (p >= 0 && heading_of(c, (uint32_t)p, list)) return p;
  if (b > 0 && (int32_t)b - 1 != p && heading_of(c, b - 1, list)) return (long)b - 1;
  return -1;
}

int dg_rel_filler_gap(const dg_rel_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->d->text;
  while (a < z) {
    uint32_t cp = dg_cp_at(t, z, a);
    size_t n = 0;
    if (cp == ' ' || cp == '\n' || cp == '(' || cp == ')' || cp == 0x3002 || cp == '.' ||
        cp == ',' || cp == ';')
      n = (size_t)dg_utf8_len(t + a, t + z);
    else if (!(n = dg_rel_whole_word(&c->r->list_joiners, t, z, a)))
      n = dg_rel_whole_word(&c->r->list_fillers, t, z, a);
    if (!n) return 0;
    a += (uint32_t)n;
  }
  return 1;
}

/* Is the paragraph of sentence s only names (at least two, not nested) with filler gaps
 * between them, even when it ends with 。 or . (ASEAN諸国(タイ、ラオス)、日本、中国。; Fiji,
 * Samoa and Tonga.)? */
static int names_only(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  uint32_t b = d->sents[s].block, at = d->blocks[b].start, n = 0;
  if (d->blocks[b].kind != DG_BLOCK_PARAGRAPH) return 0;
  while (s > 0 && d->sents[s - 1].block == b) s--;
  for (; s < d->nsents && d->sents[s].block == b; s++)
    for (uint32_t i = c->sent_first[s]; i < c->sent_end[s]; i++) {
      const dg_mention *x = &d->ments[i];
      if (c->nested[i] || x->start < at) continue;
      if (!dg_rel_filler_gap(c, at, x->start)) return 0;
      at = x->end, n++;
    }
  return n >= 2 && dg_rel_filler_gap(c, at, d->blocks[b].end);
}

/* Does block b open with a note mark (※, *, ＊): a footnote that glosses a name
 * (※TEMM : Tripartite Environment Ministers Meeting の略称), no section's title? */
static int note_block(const dg_doc *d, uint32_t b) {
  uint32_t a = d->blocks[b].start, z = d->blocks[b].end;
  while (a < z && (d->text[a] == ' ' || d->text[a] == '\n')) a++;
  uint32_t cp = a < z ? dg_cp_at(d->text, z, a) : 0;
  return cp == 0x203B || cp == '*' || cp == 0xFF0A;
}

/* Is meeting m one held beside another (side_events.tsv: 首脳夕食会, 署名式)? */
static int side_event(const dg_rel_ctx *c, const dg_mention *m) {
  return dg_wordlist_before(&c->r->side_events, c->d->text, m->start, m->end) >= 0;
}

/* The meeting of the section sentence s stands in: the first meeting (not nested, not
 * implicit) of the nearest title block before s that names one (a footnote is none:
 * note_block), passing over the side events of a programme's lines (10:15 署名式) to the
 * meeting they are beside, else the document's own, else the nearest side event, else -1. */
static long section_meeting(const dg_rel_ctx *c, uint32_t s) {
  const dg_doc *d = c->d;
  long side = -1;
  for (uint32_t k = s; k-- > 0;) {
    if (!dg_rel_title_block(d, d->sents[k].block) || note_block(d, d->sents[k].block)) continue;
    for (uint32_t i = c->sent_first[k]; i < c->sent_end[k]; i++) {
      const dg_mention *m = &d->ments[i];
      if (c->nested[i] || m->type != DG_TYPE_MEETING || m->implicit) continue;
      if (!side_event(c, m)) return (long)i;
      if (side < 0) side = (long)i;
    }
  }
  return c->main_meeting >= 0 ? c->main_meeting : side;
}

/* Does paragraph b go on the list of names of paragraph b - 1 under heading p: both list
 * names, and b hangs under what p hangs under (the structure hangs only the first
 * paragraph after a numbered heading under it: 4.主な出席者 / 日本 … / 中国 … / 韓国 …)? */
static int list_goes_on(const dg_doc *d, uint32_t b, long p) {
  return b > (uint32_t)p + 1 && d->blocks[b].kind == DG_BLOCK_PARAGRAPH &&
         d->blocks[b - 1].kind == DG_BLOCK_PARAGRAPH && lists_names(d, b - 1) &&
         (d->blocks[b].parent < 0 || d->blocks[b].parent == d->blocks[p].parent);
}

/* Is block b a title block that is only a label in brackets ((ASEAN), (オブザーバー)): a
 * sub-heading of a list? */
static int label_block(const dg_rel_ctx *c, int32_t b) {
  if (b < 0 || !dg_rel_title_block(c->d, (size_t)b)) return 0;
  const char *t = c->d->text;
  uint32_t a = c->d->blocks[b].start, z = c->d->blocks[b].end;
  while (a < z && (t[a] == ' ' || t[a] == '\n')) a++;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\n')) z--;
  return z - a > 2 && t[a] == '(' && t[z - 1] == ')' && !memchr(t + a + 1, '(', z - a - 2);
}

/* The heading of participants an item hangs under through labels in brackets: its parent
 * is a label (the rows after (ASEAN)), and the blocks before that label back to an item of
 * the heading are only labels and items under labels (at most 60 back); -1 when none.
 *   4.参加国・オブザーバー・国際機関等: / ・日本: A / (ASEAN) / ・ラオス: B  -> B's heading */
static long label_heading(const dg_rel_ctx *c, uint32_t b, const dg_wordlist *list) {
  int32_t q = c->d->blocks[b].parent;
  if (!label_block(c, q)) return -1;
  for (uint32_t k = (uint32_t)q, n = 0; k-- > 0 && n < 60; n++) {
    long p = heading_over(c, k, list);
    if (p >= 0) return p;
    if (!label_block(c, (int32_t)k) && !label_block(c, c->d->blocks[k].parent)) return -1;
  }
  return -1;
}

/* The heading of participants block b hangs under, or that of the run of name lists it
 * ends (list_goes_on; at most 12 back), or that of the labels it hangs under
 * (label_heading); -1 when none. */
static long participants_heading_over(const dg_rel_ctx *c, uint32_t b) {
  const dg_wordlist *list = &c->r->participant_headings;
  long p = heading_over(c, b, list);
  if (p < 0) p = label_heading(c, b, list);
  if (p >= 0) return p;
  for (uint32_t k = b, n = 0; p < 0 && k > 1 && n < 12; n++) {
    p = heading_over(c, --k, list);
    if (p < 0 && (c->d->blocks[k].kind != DG_BLOCK_PARAGRAPH || !lists_names(c->d, k))) break;
  }
  if (p < 0) return -1;
  for (uint32_t k = b; k > (uint32_t)p + 1; k--)
    if (!list_goes_on(c->d, k, p) && heading_over(c, k, list) != p) return -1;
  return p;
}

/* The heading block of participants sentence s hangs under, its first sentence in *hs;
 * -1 when its block hangs under none or lists no names. */
static long participants_heading(const dg_rel_ctx *c, uint32_t s, uint32_t *hs) {
  const dg_doc *d = c->d;
  long p = participants_heading_over(c, d->sents[s].block);
  if (p < 0 || !(lists_names(d, d->sents[s].block) || names_only(c, s))) return -1;
  uint32_t k = s;
  while (k > 0 && d->sents[k - 1].block >= (uint32_t)p) k--;
  *hs = k;
  return d->sents[k].block == (uint32_t)p ? p : -1;
}

void dg_rel_participant_heading(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  uint32_t hs;
  if (participants_heading(c, s, &hs) < 0) return;
  long m = section_meeting(c, hs);
  for (uint32_t i = c->sent_first[s]; i < c->sent_end[s] && m >= 0; i++) {
    const dg_mention *x = &c->d->ments[i];
    if (c->nested[i] || !dg_rel_is_actor(x) ||
        dg_rel_part(c, x) == DG_PART_POST || dg_rel_body_in_title(c, i))
      continue;
    dg_rel_add(c, kind, i, (uint32_t)m, s);
  }
}

/* Is block b one heading of both fields, a date's and a venue's (日時・場所)? */
static int both_fields(const dg_rel_ctx *c, uint32_t b) {
  return dg_rel_heading_is(c, b, &c->r->date_words) && dg_rel_heading_is(c, b, &c->r->venue_words);
}

/* The one date (places 0) or the one or two places (places 1) of the block right after a
 * heading of `list` (or the second after one of both fields, the first listing names:
 * 日時・場所 / DATE / PLACE), when sentence s opens it, into out (a schedule of several items or
 * dates gives none); how many, 0 when none or more. *hs: the heading's first sentence. */
static size_t field_values(const dg_rel_ctx *c, uint32_t s, const dg_wordlist *list, int places,
                           uint32_t *hs, uint32_t *out) {
  const dg_doc *d = c->d;
  uint32_t b = d->sents[s].block;
  long p = heading_over(c, b, list);
  if (p < 0 && b > 1 && both_fields(c, b - 2) && lists_names(d, b - 1)) p = (long)b - 2;
  int second = p >= 0 && b == (uint32_t)p + 2; /* 日時・場所 / DATE / PLACE */
  if (p < 0 || (b != (uint32_t)p + 1 && !second) || (s > 0 && d->sents[s - 1].block == b) ||
      !lists_names(d, b))
    return 0;
  size_t n = 0, max = places ? 2 : 1;
  for (uint32_t k = s; k < d->nsents && d->sents[k].block == b; k++)
    for (uint32_t i = c->sent_first[k]; i < c->sent_end[k]; i++) {
      const dg_mention *x = &d->ments[i];
      if (c->nested[i] || !(places ? dg_rel_is_type(x, DG_REL_PLACES) : x->type == DG_TYPE_DATE))
        continue;
      if (n == max) return 0;
      out[n++] = i;
    }
  *hs = s - 1;
  while (*hs > 0 && d->sents[*hs - 1].block >= (uint32_t)p) (*hs)--;
  return n;
}

void dg_rel_field_heading(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind) {
  (void)kind; /* held_on under a date word, held_in under a venue word */
  uint32_t v[2], hs;
  size_t n = field_values(c, s, &c->r->date_words, 0, &hs, v);
  long m = n ? section_meeting(c, hs) : -1;
  for (size_t k = 0; k < n && m >= 0; k++) dg_rel_add(c, DG_REL_HELD_ON, (uint32_t)m, v[k], s);
  n = field_values(c, s, &c->r->venue_words, 1, &hs, v);
  m = n ? section_meeting(c, hs) : -1;
  for (size_t k = 0; k < n && m >= 0; k++) dg_rel_add(c, DG_REL_HELD_IN, (uint32_t)m, v[k], s);
}
