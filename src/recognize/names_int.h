/* Inside the name rules (names.c, the driver, and names_*.c, one file per rule family):
 * the context every family gets, the index of the mentions found so far, and the text and
 * mention helpers the families share. Shared names carry the prefix dgn_.
 *
 * Invariant: a family reads the document's text, tokens and mentions through the context
 * and only adds mentions (dgn_add, dgn_add_minted, dgn_record_name); the few that change
 * a mention in place (a dictionary name giving way to a longer one, a short form pointing
 * at its long form, a body attended standing for its meeting) change its type to
 * DG_TYPE_STOP or DG_TYPE_MEETING, or its id and labels, never its span. */
#ifndef DG_RECOGNIZE_NAMES_INT_H
#define DG_RECOGNIZE_NAMES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/scan.h"
#include "base/utf8.h"
#include "lex/rules_lists.h"
#include "recognize/names.h"
#include "docgraph/tokens.h"

#define DGN_MAX_NAME_TOKENS 14 /* tokens of a Japanese name before its head word */
#define DGN_MAX_NAME_BYTES 240 /* a name found by rule: longer is no name (a warning) */
#define DGN_MAX_ORDINAL 9999   /* an instance of a series: a larger ordinal makes none (a warning) */
#define DGN_MAX_EN_WORDS 14 /* words of an English name on either side of its head */
#define DGN_PERSON_REF_SENTENCES 2 /* he, 同大臣: their person named this many sentences back at most */
#define DGN_IT_REF_SENTENCES 1     /* "it" (a meeting): its meeting named this many sentences back at most */

#define DGN_DOT "\xE3\x83\xBB" /* ・, as text */
enum {
  DGN_CP_DOT = 0x30FB,      /* ・ */
  DGN_CP_OPEN = 0x300C,     /* 「 */
  DGN_CP_CLOSE = 0x300D,    /* 」 */
  DGN_CP_OPEN_DB = 0x300E,  /* 『 */
  DGN_CP_CLOSE_DB = 0x300F, /* 』 */
  DGN_CP_FULL_STOP = 0x3002 /* 。 */
};

/* Sets of mention types, as bits. */
#define T(x) (1u << DG_TYPE_##x)
#define NAME_TYPES (T(MEETING) | T(PROGRAM) | T(ORGANIZATION))
#define PLACE_LIKE (T(COUNTRY) | T(GROUP) | T(PLACE) | T(REGION))
#define ANY_NAMED                                                                              \
  (T(COUNTRY) | T(GROUP) | T(ORGANIZATION) | T(PROGRAM) | T(MEETING) | T(PERSON) | T(PLACE) |    \
   T(REGION))
#define VALUES (T(AMOUNT) | T(DATE) | T(QUANTITY))

/* The mentions by sentence (names_index.c): a chain of mention indices per sentence. */
typedef struct {
  uint32_t *head, *tail; /* per sentence (and one last group for none): first, last mention */
  uint32_t *next;        /* per mention: the next of its sentence */
  size_t ngroups, cap;   /* cap: room in next */
  size_t built;          /* mentions [0, built) are linked */
} dgn_index;

typedef struct dgn_ctx {
  const dg_recognizer *rz;
  const dg_rules *r;
  dg_doc *d;
  const char *t; /* d->text */
  size_t len;
  dgn_index ix;
  int oom; /* the index could not be built: report DG_ENOMEM at the end */
  size_t long_names;   /* names over DGN_MAX_NAME_BYTES left out (dgn_name_fits) */
  uint32_t long_first; /* where the first of them starts */
  size_t big_ordinals; /* ordinals over DGN_MAX_ORDINAL before a known series */
  uint32_t big_first;  /* where the first of them starts */
} dgn_ctx;

/* A word of English text: t[a, z). */
typedef struct {
  uint32_t a, z;
} dgn_word;

/* ---- the mention index (names_index.c) ---- */

/* Call f on the mentions that may lie in text offset `at`'s sentence, in the order they
 * were added; stops and returns 1 when f returns nonzero, else returns 0. */
typedef int (*dgn_visit_fn)(const dg_mention *m, size_t i, void *arg);
int dgn_visit(dgn_ctx *c, uint32_t at, dgn_visit_fn f, void *arg);
/* Forget the index: the mentions moved (sorted, or stops dropped). */
void dgn_index_free(dgn_index *ix);
/* Index of a mention of a type in `types` (bits) with exactly this span, or -1. */
long dgn_mention_exact(dgn_ctx *c, uint32_t a, uint32_t z, uint32_t types);
/* Index of the longest mention of a type in `types` that ends at z, or -1. */
long dgn_mention_ending(dgn_ctx *c, uint32_t z, uint32_t types);
/* Index of the longest mention of a type in `types` that starts at a, or -1. */
long dgn_mention_starting(dgn_ctx *c, uint32_t a, uint32_t types);
/* Does a mention of a type in `types` overlap [a, z)? */
int dgn_overlaps(dgn_ctx *c, uint32_t a, uint32_t z, uint32_t types);

/* ---- text (names_text.c) ---- */

/* Is s[0, n) all katakana (with ー and ・), and not empty? */
int dgn_all_katakana(const char *s, size_t n);
/* Is the token all katakana? */
int dgn_katakana_token(const dgn_ctx *c, const dg_token *k);
/* Did the source have a space right before text offset `at` that normalizing left out
 * between two Japanese characters (日メコン首脳会合 安倍総理挨拶)? */
int dgn_spaced_in_source(const dgn_ctx *c, uint32_t at);
/* Has s[0, n) a character of script sc? */
int dgn_has_script(const char *s, size_t n, dg_script sc);
/* Has s[0, n) no kanji, katakana or hiragana? */
int dgn_is_latin(const char *s, size_t n);
/* Is t[a, z) a meeting's head word of heads.tsv written in lower case (meeting, summit,
 * talks; names_text.c)? */
int dgn_lower_meeting_head(const dgn_ctx *c, uint32_t a, uint32_t z);
/* Is t[a, z) a word that never begins or belongs to a name (name_stops.tsv)? */
int dgn_is_stop(const dgn_ctx *c, uint32_t a, uint32_t z);
/* May token k be part of a Japanese name that ends in a head word? */
int dgn_name_token(const dgn_ctx *c, const dg_token *k);
/* Split t[a, z) into English words (letters and digits, with '-', '.' and '\'' inside, and
 * '&' alone); returns how many, at most max. */
size_t dgn_en_words(const char *t, uint32_t a, uint32_t z, dgn_word *out, size_t max);
/* Do the capitals of t[a, z) start, in order, words of name[0, n) (letters after a space or
 * a hyphen start words, any case): Papua New Guinea (PNG), of ASEAN Member States (AMS)? */
int dgn_initials_of(const char *name, size_t n, const char *t, uint32_t a, uint32_t z);
/* Does s start with a year of four digits, 1900-2099? */
int dgn_is_year_at(const char *s);
/* Are w[x] and w[x+1] separated by spaces only? */
/* Is t[i] an upper-case letter: ASCII, or Latin with marks (Ángel, Đặng)? (i < z) */
int dgn_capital_at(const char *t, uint32_t i, uint32_t z);
int dgn_adjacent(const char *t, const dgn_word *w, size_t x);
/* Is the word, as written (case matters), in name_joiners.tsv with one of `roles`? */
int dgn_joiner(const dgn_ctx *c, const dgn_word *w, unsigned roles);
/* The same, the word as written, with a capital first letter or in capitals (of, Of, OF). */
int dgn_joiner_any_case(const dgn_ctx *c, const dgn_word *w, unsigned roles);
/* Is the word exactly a head word (heads.tsv)? */
int dgn_is_head_word(const dgn_ctx *c, const dgn_word *w, uint32_t end);
/* An acronym at t[a, z): 2 to 16 characters, at least two capitals, the first a capital,
 * no spaces (AZEC, ADMM-Plus, CA+JAD). */
int dgn_is_acronym(const char *t, uint32_t a, uint32_t z);
/* Is the word at t[a, z) an acronym the document defines in parentheses somewhere ((SIAC),
 * (AMF))? The acronyms family names it then. */
int dgn_defined_acronym(const dgn_ctx *c, uint32_t a, uint32_t z);

/* ---- adding mentions (names_record.c) ---- */

/* Is t[a, z) short enough to be a name (DGN_MAX_NAME_BYTES)? A longer one is counted for
 * the warning dgn_warn_bounds gives. */
int dgn_name_fits(dgn_ctx *c, uint32_t a, uint32_t z);
/* One warning for the names left out as too long and one for the ordinals past
 * DGN_MAX_ORDINAL, each at the first of them. */
void dgn_warn_bounds(const dgn_ctx *c);

dg_mention *dgn_add(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z, const char *id,
                    const char *label, const char *label_en, int32_t entity, int implicit);
/* Add a mention of the dictionary entity ent over [a, z). */
dg_mention *dgn_add_entity(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z, long ent);
/* The id of a new name of `type` written s[0, n) (program:tokyo-declaration: ASCII in
 * lower case, spaces as hyphens, quote marks dropped; no ordinal read). */
const char *dgn_mint_id(dgn_ctx *c, dg_type type, const char *s, size_t n);
/* Add t[a, z) as a name of `type`: the dictionary's entity when it knows the text as a
 * name of that type, else a new entity whose id is minted from the text. */
dg_mention *dgn_add_minted(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z);
/* Mention m becomes one of the dictionary entity ent (its id and labels). */
void dgn_take_entity(dgn_ctx *c, dg_mention *m, long ent);
/* Give mention m the name s[0, n) of its type instead of its own: the dictionary's entity
 * with that surface, else an id minted from s. 0, or -1 when memory runs out. */
int dgn_rename(dgn_ctx *c, dg_mention *m, const char *s, size_t n);
/* Record a name found by its head word (see names_record.c); returns DG_ENOMEM or DG_OK. */
dg_err dgn_record_name(dgn_ctx *c, dg_type type, uint32_t a, uint32_t z, dg_error *err);

/* ---- ordinals (names_ordinal.c) ---- */

/* The ordinal a name starts with (第13回, 13th, Tenth), or 0; *after: where the rest
 * begins. */
int dgn_ordinal_prefix(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after);
/* The ordinal a name at t[a, z) starts with, written one way whatever way the text writes
 * it (5th for 5th, Fifth and fifth; 第5回 for 第五回), into out (cap bytes): its length, or 0
 * when the name starts with none; *after: where the rest of the name starts. */
size_t dgn_ordinal_key(const dgn_ctx *c, uint32_t a, uint32_t z, char *out, size_t cap,
                       uint32_t *after);
/* A Japanese ordinal at t[a, z): 第 and a number in digits or kanji, then 回, 次 or 期
 * (第13回, 第一回, 第七次, 第二期): the number, or 0; *after: past the counter. */
int dgn_ja_ordinal_at(const dgn_ctx *c, uint32_t a, uint32_t z, uint32_t *after);
/* Where a 第N回 (第16回, 第十六回) that ends right before p starts, or p. */
uint32_t dgn_ja_ordinal_before(const dgn_ctx *c, uint32_t p);
/* Add the `ord`th instance over [a, z) of the series named by mention `known` inside it
 * (第13回 + 日ASEAN防衛当局次官級会合), which gives way to it. */
dg_err dgn_record_instance(dgn_ctx *c, int ord, uint32_t a, uint32_t z, long known,
                           dg_error *err);
/* The same for the series of dictionary entity `ent`, named inside [a, z) with no mention
 * of its own (the 54th Pacific Islands Forum (PIF) Leaders Meeting: names_record.c). */
dg_err dgn_record_instance_of(dgn_ctx *c, int ord, uint32_t a, uint32_t z, long ent,
                              dg_error *err);

/* ---- the rule families, run by the driver (names.c) in this order ---- */

dg_err dgn_ja_people(dgn_ctx *c, dg_error *err);       /* names_people_ja.c */
dg_err dgn_vn_people(dgn_ctx *c, dg_error *err);       /* names_people_vn.c */
dg_err dgn_en_people(dgn_ctx *c, dg_error *err);       /* names_people_en.c */
dg_err dgn_en_caps_people(dgn_ctx *c, dg_error *err);  /* names_people_en.c */
dg_err dgn_release_labels(dgn_ctx *c, dg_error *err);  /* names_labels.c */
dg_err dgn_spaced_names(dgn_ctx *c, dg_error *err);    /* names_spaced.c */
dg_err dgn_possessive_countries(dgn_ctx *c, dg_error *err); /* names_possessive.c */
/* The meeting series a group's name at [after, z) counts after an ordinal (groups.tsv
 * counted=), or -1. */
long dgn_counted_series(dgn_ctx *c, uint32_t after, uint32_t z);
dg_err dgn_ordinal_instances(dgn_ctx *c, dg_error *err); /* names_ordinal.c */
dg_err dgn_reordered_meetings(dgn_ctx *c, dg_error *err); /* names_reordered.c */
dg_err dgn_ja_heads(dgn_ctx *c, dg_error *err);        /* names_ja.c */
dg_err dgn_ja_quoted(dgn_ctx *c, dg_error *err);       /* names_quoted.c */
dg_err dgn_party_meetings(dgn_ctx *c, dg_error *err);  /* names_parties.c */
uint32_t dgn_ja_parties_by(dgn_ctx *c, const dg_sentence *s, uint32_t a); /* names_parties_ja.c */
/* 加盟国外相らによる|協議: where a head alone at a starts its name (names_parties_ja.c). */
uint32_t dgn_ja_members_by(dgn_ctx *c, const dg_sentence *s, uint32_t a);
dg_err dgn_en_heads(dgn_ctx *c, dg_error *err);        /* names_en.c */
dg_err dgn_acronyms(dgn_ctx *c, dg_error *err);        /* names_acronym.c */
dg_err dgn_partnered_meetings(dgn_ctx *c, dg_error *err); /* names_partnered.c */
dg_err dgn_merge_people(dgn_ctx *c, dg_error *err);    /* names_people_merge.c */
dg_err dgn_people_in_office(dgn_ctx *c, dg_error *err); /* names_people_office.c */
dg_err dgn_foreign_orgs(dgn_ctx *c, dg_error *err);     /* names_foreign.c */
dg_err dgn_short_forms(dgn_ctx *c, dg_error *err);      /* names_short.c */
dg_err dgn_attended_bodies(dgn_ctx *c, dg_error *err);  /* names_bodies.c */
dg_err dgn_places(dgn_ctx *c, dg_error *err);          /* names_place.c */
dg_err dgn_outcome_documents(dgn_ctx *c, dg_error *err); /* names_outcome.c */
dg_err dgn_described_outcomes(dgn_ctx *c, dg_error *err); /* names_outcome_described.c */
dg_err dgn_described_meetings(dgn_ctx *c, dg_error *err); /* names_described.c */
dg_err dgn_next_meetings(dgn_ctx *c, dg_error *err);      /* names_next.c, run by it */
dg_err dgn_coreference(dgn_ctx *c, dg_error *err);     /* names_coref.c */
dg_err dgn_gloss_variants(dgn_ctx *c);                /* names_gloss_variant.c */

/* The document's unnamed meeting (names_unnamed.c), made at its first reference. */
typedef struct {
  const char *id, *label; /* NULL until made */
  int latin;              /* the label is English: it is its English label too */
} dgn_unnamed;
/* Add an implicit mention over [a, z) of the document's unnamed meeting, made first if
 * need be; 0, or -1 when memory runs out. */
int dgn_unnamed_meeting(dgn_ctx *c, dgn_unnamed *u, uint32_t a, uint32_t z);
/* English: the first phrase before offset `before` that introduces a meeting in words: an
 * indefinite article, up to three words in lower case and a meeting's head word in lower
 * case, maybe "on", "of", "with" or "between" and capitalized words (a ministerial meeting
 * on Afghanistan): *a, *z without the article; 1, or 0 when there is none or it overlaps
 * a name. */
int dgn_descriptive_meeting(dgn_ctx *c, uint32_t before, uint32_t *a, uint32_t *z);
/* A meeting stated only by its verb in a document that names none: 'A and B met in PLACE[,
 * PLACE] [within the framework of / under / as part of NAME]', two or more people or
 * countries before the verb, the last just before it, and a framework or a date in its
 * sentence; its span from 'met' on, 1; else 0. */
int dgn_verb_meeting(dgn_ctx *c, uint32_t *a, uint32_t *z);
/* A generic second name of the one meeting a document names, before its name: 'X attends
 * a regional ministerial meeting in PLACE ... the Y Forum meeting': the words after the
 * article, up to the head, at least one word before it (*a, *z), and the named meeting's
 * first mention (*named), 1; else 0. */
int dgn_attended_meeting(dgn_ctx *c, uint32_t *a, uint32_t *z, size_t *named);
/* The id and label of an entity of the document's own (names_unnamed.c): "<stem>@<the
 * document's key>" and t[a, z) with the file's name after it; 0, or -1 without memory. */
int dgn_doc_scoped(dgn_ctx *c, const char *stem, uint32_t a, uint32_t z, const char **id,
                   const char **label);

/* A ministry of a country that names them 部 ending at z (商務部 in 王明華商務部部長), or its
 * words before a title that opens with 部 at z (外交 of 王明華外交部長): where they start,
 * or z (names_bu.c). */
uint32_t dgn_bu_ministry_start(dgn_ctx *c, const dg_sentence *s, uint32_t z);
/* The ministries named 部 of a sentence that names such a country (names_bu.c; run by
 * dgn_ja_heads). */
dg_err dgn_bu_ministries(dgn_ctx *c, const dg_sentence *s, dg_error *err);

/* Where a run of two or more countries' one-character abbreviations (countries.tsv abbr1:
 * 日中韓) that ends at z starts, not before min; or z (names_ja.c). */
uint32_t dgn_abbreviations_start(dgn_ctx *c, uint32_t min, uint32_t z);

/* Add a person over [a, z) unless another name overlaps it or it is there already
 * (names_people_ja.c). */
dg_err dgn_add_person(dgn_ctx *c, uint32_t a, uint32_t z, dg_error *err);
/* A title line naming two sides and ending with との and a meeting head (AとBとの面会): the
 * meeting the document reports (names_talks.c). */
dg_err dgn_title_talks(dgn_ctx *c, const dg_sentence *s, dg_error *err);
/* A readout's title: [Readout of] A's Meeting with B (names_talks.c). */
dg_err dgn_title_talks_en(dgn_ctx *c, const dg_sentence *s, dg_error *err);
dg_err dgn_person_talks(dgn_ctx *c, const dg_sentence *s, dg_error *err);
/* Two meetings named by one coordinated head: A及びBのHEADにそれぞれ (names_coordinated.c). */
dg_err dgn_coordinated_meetings(dgn_ctx *c, const dg_sentence *s, dg_error *err);
/* Bの会議: the last meeting named before whose name starts with B (names_coordinated.c). */
dg_err dgn_party_meeting_refs(dgn_ctx *c, const dg_sentence *s, dg_error *err);

#endif
