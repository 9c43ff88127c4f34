/* What every relation rule of one document shares (private to src/relate/).
 *
 * A dg_rel_ctx is built once per document by dg_rel_ctx_init: which mentions are nested in
 * a longer one, the run of mentions of each sentence, the meeting the document is about,
 * and the trigger words of the sentence being read. Rules only read the document and add
 * relations through dg_rel_add, which keeps one tie of a kind between two entities per
 * sentence. Invariant: c->rels lists relations in the order the rules ran, which is the
 * order of d->rels and so part of the output. */
#ifndef DG_RELATE_CONTEXT_H
#define DG_RELATE_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "docgraph/doc.h"
#include "docgraph/tokens.h"
#include "docgraph/rules.h"
#include "lex/wordlist.h"

/* A set of mention types as bits: DG_TYPESET(PLACE) | DG_TYPESET(COUNTRY). */
#define DG_TYPESET(x) (1u << DG_TYPE_##x)
/* Who takes part in a meeting, and where a meeting is held. */
#define DG_REL_ACTORS \
  (DG_TYPESET(COUNTRY) | DG_TYPESET(GROUP) | DG_TYPESET(ORGANIZATION) | DG_TYPESET(PERSON))
#define DG_REL_PLACES (DG_TYPESET(PLACE) | DG_TYPESET(COUNTRY))

/* Most meetings (or venues) one sentence is read for. */
#define DG_REL_MAXM 32

/* A trigger word of the current sentence: the relation it types, where it stands and its
 * clause. A word that types two relations (で開催: held_in+held_on) is two triggers. */
typedef struct dg_rel_trigger {
  uint32_t kind; /* dg_rel_kind */
  uint32_t start, end;
  uint32_t clause;
} dg_rel_trigger;

/* A clause: the part of a sentence ties are read in (clauses.c). */
typedef struct dg_rel_clause {
  uint32_t start, end;
  uint32_t sentence;
} dg_rel_clause;

/* Units or items over DG_MAX_UNIT_ENTITIES (unit_bound.c): how many, and the text offset
 * of the first, for the warning. */
typedef struct dg_rel_bound_count {
  size_t n;
  uint32_t first;
} dg_rel_bound_count;

typedef struct dg_rel_ctx {
  const dg_rules *r;
  dg_doc *d;
  uint8_t *nested;      /* per mention: inside a longer mention */
  uint32_t *sent_first; /* mentions of sentence s: [sent_first[s], sent_end[s]) */
  uint32_t *sent_end;
  long main_meeting; /* the meeting the document is about (its title's, else the one its
                        body opens by holding), or -1 */
  long main_pair;    /* the meeting the title joins to main_meeting by a list joiner (A及びBの
                        結果: B, reported with A), or -1 */
  uint32_t pair_end; /* the first sentence after the title that names one of the two as its
                        only meeting (the document goes on to one of them), or nsents */
  long attended;     /* Japanese: the one meeting the body's lead says someone attended
                        (…外相会合に出席した), or -1 (see attended_meeting) */
  long lead_sent;    /* the news lead whose unnamed "a meeting" is main_meeting, named by
                        the sentence after it (see body_meeting), or -1 */
  DG_VEC(dg_rel_clause) clauses; /* every sentence's, in text order */
  uint32_t *sent_clause;         /* clauses of sentence s: [sent_clause[s], sent_clause[s+1]) */
  uint32_t *ment_clause;         /* the clause of each mention */
  const char *rule;              /* the rule adding ties now: each relation's provenance */
  int ignore_implicit;           /* --implicit ignore: implicit mentions co-occur with none */
  const struct dg_dict *dict;    /* the entities' attributes (a group's members), or NULL */
  long speakers;                 /* the sentence naming the authors ("We, A and B, ..."), -1
                                    none, -2 not looked for yet (kinds.c) */
  DG_VEC(dg_relation) rels;
  int rels_unordered; /* a relation was added with a sentence before the last one's: the
                         relations are not in order of sentence (dg_rel_sentence_ties) */
  DG_VEC(dg_rel_trigger) trigs; /* of the sentence last given to dg_rel_find_triggers */
  uint8_t *venue;  /* per mention of sentence venue_sent: a venue of trigs (held.c) */
  long venue_sent; /* the sentence venue is marked for, or -1 (trigs changed) */
  dg_hmap held_on;  /* every held_on tie as its meeting's id, '\0', its date's id (kinds.c) */
  size_t held_on_n; /* relations [0, held_on_n) are in held_on */
  dg_hmap group_tails; /* last words of the groups and organizations named (kinds.c) */
  int group_tails_built;
  dg_rel_bound_count over_units; /* co-occurrence units cut to the bound (units.c) */
  dg_rel_bound_count over_items; /* list items tied to their lead within it (inherit.c) */
  int oom;
} dg_rel_ctx;

/* Build the shared context of d (after recognition); dg_rel_ctx_destroy frees it. */
dg_err dg_rel_ctx_init(dg_rel_ctx *c, const dg_rules *r, dg_doc *d, dg_error *err);
void dg_rel_ctx_destroy(dg_rel_ctx *c);

/* Add a relation from mention `from` to mention `to` stated by sentence s, made by the rule
 * c->rule; a tie between one entity and itself, the same tie again from the same
 * sentence, a held_on to a date that says how long something lasted
 * (dg_rel_lasting_date) or to a month and day of no known year (--08-01: the vertex
 * every document's 1 August shares, which would join meetings of different years), is
 * dropped. */
/* The meeting English sentence s names as the occasion of the quote it opens with
 * ("..." said the Minister during the Trade Dialogue held ...), or -1: the first meeting
 * it names, after "during the", "said" before it. After a dateline's lead that names no
 * meeting, the document's own (context.c body_meeting), and held at the dateline's place
 * when the dateline has no date (dateline.c). */
long dg_rel_quoted_during(const dg_rel_ctx *c, uint32_t s);
void dg_rel_add(dg_rel_ctx *c, dg_rel_kind k, uint32_t from, uint32_t to, uint32_t s);
/* The same without looking for the tie among the sentence's last relations, for a caller
 * that knows it is not there (inherit.c: one mention of each entity a side); a tie between
 * one entity and itself is still dropped. */
void dg_rel_add_new(dg_rel_ctx *c, dg_rel_kind k, uint32_t from, uint32_t to, uint32_t s);

/* The relations [*lo, *hi) of c->rels among which are all those stated by sentence s:
 * while every relation was added in order of sentence (no rels_unordered), exactly
 * those of s (binary search); else all of them. Callers still test each one's sentence. */
void dg_rel_sentence_ties(const dg_rel_ctx *c, uint32_t s, size_t *lo, size_t *hi);

/* Past the parenthesis at p of t[0, e) (up to 80 bytes, on one line), or p. */
uint32_t dg_rel_past_paren(const char *t, uint32_t p, uint32_t e);

/* The mentions of each sentence (by_block 0) or block (by_block 1) as runs of d->ments:
 * [first[x], end[x]), end[x] 0 when it has none. Both arrays hold one entry per sentence
 * or block and must be zeroed by the caller. */
void dg_rel_mention_runs(const dg_doc *d, int by_block, uint32_t *first, uint32_t *end);

static inline int dg_rel_is_type(const dg_mention *m, uint32_t types) {
  return (types >> m->type) & 1;
}

/* Is m an actor: a country, group, organization or person, or a territory (a place
 * that takes part as a country does: dg_mention.party)? */
static inline int dg_rel_is_actor(const dg_mention *m) {
  return dg_rel_is_type(m, DG_REL_ACTORS) || m->party;
}

static inline int dg_rel_is_meeting(const dg_mention *m) { return m->type == DG_TYPE_MEETING; }

/* Does a word of member_words.tsv follow mention m (EAS加盟国, the G20 member states): it
 * names the body's members, not a meeting they attend (bodies.c)? */
int dg_rel_membership(const dg_rel_ctx *c, const dg_mention *m);

/* Is mention i an organization that is part of a person's title (文化庁長官, the Foreign
 * Ministry spokesman: body_titles.tsv), no party of its own (bodies.c)? */
int dg_rel_body_in_title(const dg_rel_ctx *c, uint32_t i);

/* Is m a date that says how long something has lasted (since 2019, 2019年以来, 2010 until
 * 2020: lasting.c)? dg_rel_add ties no meeting to it as held_on. */
int dg_rel_lasting_date(const dg_rel_ctx *c, const dg_mention *m);

/* The mention of sentence s, not nested in a longer one, that starts (ending 0) or ends
 * (ending 1) at offset `at` and that `fits` accepts; -1 when none does. */
long dg_rel_mention_at(const dg_rel_ctx *c, uint32_t s, uint32_t at, int ending,
                       int (*fits)(const dg_mention *m));

/* Bytes between a mention and an offset (0 when the offset is inside it). */
static inline uint32_t dg_rel_dist(const dg_mention *a, uint32_t at) {
  return a->start > at ? a->start - at : at - a->end;
}

/* The mention of a type in `types` in sentence s nearest to offset `at` (the first of
 * equals), not nested and not `except`, or -1. */
long dg_rel_nearest(const dg_rel_ctx *c, uint32_t s, uint32_t types, uint32_t at, long except);

/* The meetings sentence s names (at most max, not nested), or, when it names none and
 * `fallback` is set, the meeting the document is about. Returns how many. */
size_t dg_rel_meetings(const dg_rel_ctx *c, uint32_t s, uint32_t *out, size_t max,
                       int fallback);

/* Of the mentions ms[0..n) (n > 0), the one nearest to offset `at` (the first of equals). */
uint32_t dg_rel_nearest_of(const dg_rel_ctx *c, const uint32_t *ms, size_t n, uint32_t at);

/* Is block b a title: a heading, or a short block that ends no sentence (a document's
 * title, its date line; a section's title in plain text: The Quad Vaccine Partnership)? */
int dg_rel_title_block(const dg_doc *d, size_t b);
/* The meeting a sentence of s's section that names none speaks of: the meeting (not
 * nested, not implicit) the nearest title block before s's block is, when that block is
 * only its name (with brackets or a number: at most 6 bytes more, so not (参考)X) and is
 * not part of the document's title (<日ASEAN対話> then its paragraphs); else the
 * document's own (main_meeting). */
long dg_rel_section_meeting(const dg_rel_ctx *c, uint32_t s);
/* The document's second meeting (main_pair) when sentence s's section speaks of the
 * document's own and no sentence between the title and s names one of the two as its only
 * meeting (1 第1回A会合の概要; A会合では…: the document has gone on to one of them) unless
 * s has a word of both_meetings.tsv (両会議ともに): a
 * sentence that names no meeting speaks of both (A及びBが開催された。山田大臣が出席した);
 * or -1. */
long dg_rel_section_pair(const dg_rel_ctx *c, uint32_t s);

/* Cut every sentence into clauses (clauses.c): c->clauses, c->sent_clause, c->ment_clause.
 * Returns -1 when memory runs out. */
int dg_rel_clauses(dg_rel_ctx *c);
/* The clause of sentence s that holds offset `off`. */
uint32_t dg_rel_clause_at(const dg_rel_ctx *c, uint32_t s, uint32_t off);
/* Is mention i in clause k and not nested in a longer name? */
static inline int dg_rel_in_clause(const dg_rel_ctx *c, uint32_t i, uint32_t k) {
  return c->ment_clause[i] == k && !c->nested[i];
}

/* The part mention m plays in its clause (DG_PART_* of lex/wordlist.h, 0 for none): read
 * from the role word right after a Japanese name (skipping a parenthesis and closing
 * quotes: 会合（結果概要）は) or right before an English one (skipping "the" and up to two
 * lower-case words: at the first ever Summit) (roles.c). */
uint8_t dg_rel_part(const dg_rel_ctx *c, const dg_mention *m);
/* English: does country or place m stand after a place and a comma as where that place is
 * (traveled to Apia, Samoa; in Bangkok, the Kingdom of Thailand), not as the next item of
 * a list (Fiji, New Caledonia, Niue and Palau) (roles.c)? */
int dg_rel_apposed_place(const dg_rel_ctx *c, const dg_mention *m);
/* English: the meeting a holding verb g (a held_on trigger) takes as its object, named
 * right after it, maybe after "the" (India and Japan held the sixth meeting of the Forum),
 * or -1. Who holds it so takes part in it (kinds.c). */
long dg_rel_held_object(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* Is sentence s English (no Japanese in it, so no MeCab tokens)? */
static inline int dg_rel_latin(const dg_rel_ctx *c, uint32_t s) {
  return !dg_sent_japanese(c->d, &c->d->sents[s]);
}

/* Fill c->trigs with the trigger words of sentence s (dicts/rules/triggers.tsv); a Latin
 * word must stand as a whole word. */
void dg_rel_find_triggers(dg_rel_ctx *c, uint32_t s);
/* Is a trigger of kind k in c->trigs? */
int dg_rel_has_trigger(const dg_rel_ctx *c, dg_rel_kind k);

#endif
