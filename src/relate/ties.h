/* The rules that tie the names of a document, one function each (private to src/relate/).
 *
 * Two tables drive dg_relate. dg_rel_kinds (kinds.c) holds the typed relations a sentence
 * states, tried in turn on every sentence after its trigger words are found. dg_rel_sources
 * (relate.c) holds the sources of ties over the whole document, run in turn: the sentences
 * (through dg_rel_kinds), amounts, table rows and what list items inherit from their lead.
 * Every rule is reachable through these tables, so a test can run one rule alone. */
#ifndef DG_RELATE_TIES_H
#define DG_RELATE_TIES_H

#include "docgraph/relate.h"
#include "relate/context.h"

/* A typed relation stated by one sentence: adds ties of `kind` (the table row's) read
 * from sentence s, whose trigger words are in c->trigs. */
typedef void (*dg_rel_kind_fn)(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

typedef struct dg_rel_kind_rule {
  const char *name; /* for tests: "held_in", "meeting parenthesis", ... */
  dg_rel_kind kind;
  dg_rel_kind_fn fn;
} dg_rel_kind_rule;

extern const dg_rel_kind_rule dg_rel_kinds[];
extern const size_t dg_rel_nkinds;

/* Rows of dg_rel_kinds in files of their own: where and when a meeting was held (held.c),
 * a meeting's parenthesis of dates and places (parenthesis.c), the places, dates and
 * members after an English meeting name (apposition.c). */
void dg_rel_held_in(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Japanese: is meeting mention i the one right after holding verb g, only the verb's
 * ending between, in its clause or after an attributive form and a comma (…で開催された
 * 第16回首脳会議, 開催される、第7回首脳会議) (held.c)? */
int dg_rel_held_after_verb(const dg_rel_ctx *c, const dg_rel_trigger *g, uint32_t i);
void dg_rel_held_on(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
void dg_rel_meeting_parenthesis(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
void dg_rel_meeting_apposition(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* A sentence that opens with its date and a comma: the date of the meetings it holds or
 * attends (dated.c). */
void dg_rel_dated_sentence(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* The date after the meeting an English chairing verb takes as its object (will co-chair
 * the Summit on 26 November) is that meeting's (chaired_date.c). */
void dg_rel_chaired_date(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

/* The meeting the clause k of sentence s speaks of, for a trigger at offset `at` (kinds.c):
 * a meeting of the clause, not one it only follows (に続いて) nor, in Japanese, one that
 * only owns a name (会議の成果), the nearest to `at` (English: after it first, attended the
 * Summit); else the topic, scene or subject of a clause before it (同会議では、…が出席した);
 * else, when the sentence names no meeting, the document's own. The mention or -1. */
long dg_rel_clause_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t at);
/* Every meeting the clause k speaks of, as above (at most DG_REL_MAXM into out): those of
 * the clause, else the topic before it, else the document's own. Returns how many. */
size_t dg_rel_clause_meetings(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t at,
                              uint32_t *out);
/* Japanese: does token tk of sentence se end a word of list_joiners.tsv longer than itself
 * (A外相を含む10か国の外相: A is listed with them, not the agent of a verb of its own; Aを含
 * む、: the names after the comma go on with the list) (kinds.c)? */
int dg_rel_joins_list(const dg_rel_ctx *c, const dg_sentence *se, const dg_token *tk);
/* The names listed right before mention i of sentence s, of its type, with only joiners
 * of list_joiners.tsv between (「A」、「B」が: A for B), nearest first, at most max into
 * out (lists.c). Returns how many. */
size_t dg_rel_list_before(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t *out,
                          size_t max);
/* The names listed right after mention i of sentence s, as above, nearest first (adopted
 * the A, the B and the C: B and C for A). */
size_t dg_rel_list_after(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t *out,
                         size_t max);
/* The speaker (speaker.c) when clause k of Japanese sentence s has a first-person word
 * before offset `before` as its subject, topic or partner (私が, 私と一緒に), or a clause
 * before it has one as its topic (私は、…し、): the person who introduced himself last
 * before s (山田太郎です。), or -1; *part (if given) says which. */
long dg_rel_speaker_in(const dg_rel_ctx *c, uint32_t s, uint32_t k, uint32_t before,
                       uint8_t *part);
/* The speaker (speaker.c) when Japanese trigger g of sentence s is followed, maybe after
 * して or を, by a humble verb of humble_verbs.tsv (参加してまいりました, 出席いたしました,
 * 出席をさせていただきました), whose subject is the speaker even when the text drops it; or
 * -1. */
long dg_rel_humble_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* The speaker (speaker.c) when Japanese attending trigger g of sentence s ends a clause of
 * purpose (ため、) whose verb's subject is a first-person word right after it (会議に出席
 * するため、私が出張する); or -1. */
long dg_rel_purpose_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* The speaker (speaker.c) a label line names before Japanese trigger g of sentence s: the
 * nearest line before it that is only a person in brackets ((山田総理)), unless a label of
 * no person ((記者)) is nearer; or -1. */
long dg_rel_label_speaker(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* participates_in (speaker.c): the speaker, when Japanese sentence s has a meeting as its
 * scene or topic (会合においては、本会議では) and a first-person word after it as a subject
 * or topic (私の方から, 私からは, 私は). */
void dg_rel_scene_speaker(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* The subject of a verb of scene_verbs.tsv in an English sentence whose one scene is a
 * meeting takes part in it (At the M, A and B agreed; A discussed X at the M:
 * scene_actors.c). */
void dg_rel_scene_actors(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Who a Japanese sentence opening with 冒頭、 (opening_words.tsv) names first spoke at the
 * meeting named before the word, else the section's (opening_speaker.c). */
void dg_rel_opening_speaker(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* An English sentence that opens "In his speech," (speech_words.tsv after a possessive,
 * maybe "to the M"): the person the comma leads to spoke at the M, or at the section's
 * meeting when the sentence names none (opening_speaker.c). */
void dg_rel_speech_opener(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Is mention i of English sentence s an agent of a participle that is no trigger word (a
 * report prepared by the UNDP, the World Bank and the ADB) (agents.c)? Such a name does
 * what the participle says, not what the clause's verb does. */
int dg_rel_agent_of_other(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Is actor i of sentence s left out by a word of exclusion_words.tsv (except Myanmar,
 * ミャンマーを除く) (excluded.c)? It takes no part. */
int dg_rel_excluded(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Is mention i of English sentence s in its closing attribution: after the sentence's last
 * comma, in a tail that opens with a capital, holds a word of report_verbs.tsv and no
 * trigger word (..., Kazinform cites the ministry; ..., Minister X said yesterday)? */
int dg_rel_reporter(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Does a meeting word of heads.tsv that is part of no name stand in [a, end) of English
 * sentence s, not as the one word after a bare article (the AMAF+3 meeting, the expert
 * workshops; not "the Forum", which may be the document's own, nor "the formal session"
 * (meeting_parts.tsv), nor a word before a noun of meeting_roles.tsv: Forum Observers)
 * (held.c)? Returns 0 for
 * none, else bits: 1 for a word in the singular (meeting), 2 for one ending in s
 * (meetings, Talks). */
int dg_rel_unnamed_meeting(const dg_rel_ctx *c, uint32_t s, uint32_t a, uint32_t end);
/* Is t[a, z) a meeting head of heads.tsv, in any case: 1 as listed (Dialogue, Talks), 2
 * with an s after it (meetings); 0 not one (held.c)? */
int dg_rel_meeting_word(const dg_rel_ctx *c, uint32_t a, uint32_t z);
/* The partner of a meeting (partner.c): a name joined to the meeting's by との or "with"
 * (メローニ首相との日伊首脳会談) takes part in it. */
void dg_rel_meeting_partner(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* English: does t[a, z) part two names of one list: commas, spaces, "and", "the" only
 * (Fiji, Tonga and the Cook Islands) (kinds.c)? */
int dg_rel_en_list_gap(const char *t, uint32_t a, uint32_t z);
/* participates_in from a news lead: Foreign Ministers of A, B and C ... (lead.c). */
void dg_rel_lead_parties(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Talks named by the person met (talks.c): the person inside the name of meeting g of
 * sentence s when it is such talks (B首相と会談, B大臣との会談), else -1. */
long dg_rel_talks_counterpart(const dg_rel_ctx *c, uint32_t s, uint32_t g);
/* The country joined by ・ right after the counterpart cp of talks (チン・ベトナム首相と会談:
 * ベトナム), which takes part with its person (talks.c); or -1. */
long dg_rel_talks_country(const dg_rel_ctx *c, uint32_t s, uint32_t cp);
/* participates_in: the topic or speaker of the talks' sentence (A理事長は、…B首相と会談し
 * た; A副大臣から、), else the topic of the sentence before (A理事長は、) when the sentence
 * names no other person (続いて、…B大統領と会談を行いました) (talks.c). */
void dg_rel_talks_visitor(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* held_in: the place visited before talks in one sentence (X州を訪問し、…B大統領と会談)
 * (talks.c). */
void dg_rel_talks_visit(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* A speech's title (speech.c): the one person a title block names with a meeting and a
 * word of speech_words.tsv (首脳会合 山田総理挨拶) takes part in the meeting. */
void dg_rel_speech_title(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* A heading of participants (headed.c): the actors of a block under a title block that is
 * only a word of participant_headings.tsv (出席国, Participants) take part in the meeting
 * of its section. */
void dg_rel_participant_heading(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* A heading of a date or venue word (日程, 場所) over a line with one date or one or two
 * places: the section's meeting was held then and there (headed.c). */
void dg_rel_field_heading(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Programs listed after a sentence whose adopting or announcing verb acts on a pointer
 * word (以下の事項が承認された) are adopted or announced there (listed.c). */
void dg_rel_listed_programs(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Is block b a title block whose text (without spaces, a colon at its end, brackets 【】
 * [] around it) is one word of `list` (headed.c)? */
int dg_rel_heading_is(const dg_rel_ctx *c, uint32_t b, const dg_wordlist *list);
/* Past the list number opening the line at a (4 内容, 4.内容: one or two digits, a full stop
 * or a space, then a Japanese word) up to z: where the line's words start, or a (headed.c). */
uint32_t dg_rel_past_list_number(const char *t, uint32_t a, uint32_t z);
/* Is t[a, z), without spaces, a colon at its end, a number before it (3. or 1 and a space)
 * and brackets around it (【】 []), one word of `list`, maybe followed by 等, or such words
 * joined by ・ (参加国・オブザーバー; 日時・場所) (headed.c)? */
int dg_rel_heading_text_is(const dg_rel_ctx *c, uint32_t a, uint32_t z, const dg_wordlist *list);
/* Is t[a, z), between two names of a line, only joiners (list_joiners.tsv), fillers
 * (list_fillers.tsv: 等, オブザーバー), brackets, spaces, commas, semicolons and full stops
 * (。 or .: a Latin comma is no whole word after a name, so it is taken here) (headed.c)? */
int dg_rel_filler_gap(const dg_rel_ctx *c, uint32_t a, uint32_t z);
/* A list of who takes part that runs on over lines (list_lines.c): a line of names, maybe
 * after a party's label (ASEAN諸国:), right after a line that ends with a list of names
 * taking part, takes part where that list does. */
void dg_rel_list_lines(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* The meetings mention j takes part in by ties read from sentence s, which the sentences
 * after it have not yet passed (ties are read in sentence order), into ms (at most
 * DG_REL_MAXM, each once, the last tie's first); how many (list_lines.c). */
size_t dg_rel_meetings_of(const dg_rel_ctx *c, uint32_t j, uint32_t s, uint32_t *ms);
/* A footnote that lists a group's members (footnotes.c): a line opening with the note mark
 * of a marked group (ASEAN10か国(※) ... / ※ A、B、C) takes part wherever the group does by
 * the ties read from the sentence that marks it. */
void dg_rel_footnote_members(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

/* participates_in: the actors a count of parties stands for, listed right after it in
 * English (The 12 nations are--A, B, …) or before it with の in Japanese (A、…、Eの5カ国の
 * 外相と会談), as many as it counts, take part in the meeting the sentence names there
 * (counted.c). */
void dg_rel_counted_parties(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* The meeting holding verb g holds (held.c): Japanese, the meeting right after the verb
 * (ジャカルタで開催された第16回首脳会議), else the nearest before it in its clause that is
 * its topic, subject or object (会議が開催され, 会合を開催), else the sentence's topic
 * before it, else the sentence's one meeting with no role word before it (本日、X会合、
 * …、ここバガンにて開催されました); English, the nearest before it in its clause (The Forum was held), else the
 * first after it (met in Manado for the Meeting); never one it follows. When the sentence
 * names no meeting, the document's own; none when a word of other_occasions.tsv says the
 * verb holds another occasion (last met, 次回会合は), when the verb is in a relative clause of
 * a meeting it follows, or when the meeting belongs to one before it (see
 * dg_rel_meeting_owner). The mention or -1. */
long dg_rel_held_meeting(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* Japanese: when trigger g is a gathering verb (one word both held_in and participates_in
 * in triggers.tsv: に集まり, に勢ぞろい), the meeting the first holding verb of a later
 * clause holds, with those listed with it (外相がハノイに集まり、…第5回会合が開催された: the
 * fifth meeting is where they gathered and what they attend) (held.c). How many into out
 * (at most DG_REL_MAXM); 0 when g is no gathering or no later clause holds a meeting. */
size_t dg_rel_gathered_for(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                           uint32_t *out);
/* Does a word of other_occasions.tsv make verb g speak of another occasion than a meeting
 * (a press briefing held on; the cocktail reception hosted by)? */
int dg_rel_other_occasion(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* English: the meeting that meeting m belongs to, written before it with "of (the)"
 * between (the Seventh Meeting (SOM) of the Dialogue), its mention; -2 when that is a
 * meeting word part of no name; -1 when m belongs to none (held.c). */
long dg_rel_meeting_owner(const dg_rel_ctx *c, uint32_t s, const dg_mention *m);
/* Is mention i of sentence s a venue named by a held_in trigger, or the place a holding
 * verb's clause names with で (held.c)? */
int dg_rel_is_venue(dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Is mention i of sentence s a place where a meeting is held (held.c): a venue, a place in
 * a meeting's parenthesis or in the run after its English name, or the country a venue
 * lies in (インドネシアの首都ジャカルタで)? Such a place takes no part in the meeting. */
int dg_rel_hosts_meeting(dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Does English sentence s say that actor i met someone apart from meeting mention m
 * (co-chaired the M; had bilateral meetings with A; and met B: A and B take no part in
 * the M), see met_apart.c? */
int dg_rel_met_apart(const dg_rel_ctx *c, uint32_t s, uint32_t i, uint32_t m);
/* The meetings English trigger g of sentence s speaks of, when it is a verb of talks whose
 * meetings ms[0..nm) are all named after "on the margins of" (side talks): the section's
 * or document's own meeting, in ms[0]; else ms as they were (met_apart.c). Returns how
 * many. */
/* Does a word of side_occasions.tsv end right before mention m, maybe with "the " between
 * (on the margins of the UN General Assembly: an occasion, no party; met_apart.c)? */
int dg_rel_after_side_occasion(const dg_rel_ctx *c, const dg_mention *m);
/* Where that word of side_occasions.tsv starts, or -1 (none; met_apart.c). */
long dg_rel_side_occasion_start(const dg_rel_ctx *c, const dg_mention *m);
size_t dg_rel_side_talks(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                         uint32_t *ms, size_t nm);
/* The meeting held on the sidelines of meeting mention m of English sentence s (S was
 * held on the sidelines of the M): the last meeting named before the side word in m's
 * clause, or the section's or document's own when the sentence names none before it;
 * -1 when no holding verb stands right before the word (side_subject.c). */
long dg_rel_side_subject(const dg_rel_ctx *c, uint32_t s, uint32_t m);
/* Meetings ms[0..nm) with each one held beside (dg_rel_side_subject) put as its subject,
 * no two the same. Returns how many. */
size_t dg_rel_side_subjects(const dg_rel_ctx *c, uint32_t s, uint32_t *ms, size_t nm);
/* held_in: the places the sentence's held_in ties give a meeting held beside another go to
 * the subject too (side_subject.c). */
void dg_rel_side_venue(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* Keeps of the meetings ms[0..nm) that English trigger g of sentence s speaks of those its
 * parties attend: not one named after a word of margin_words.tsv (on the sidelines of
 * the M), nor, for a verb of future_hosts.tsv (to host, to be hosted), one other than the
 * document's or section's own (background.c). Returns how many are left. */
size_t dg_rel_attended_only(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                            uint32_t *ms, size_t nm);
/* Is English trigger g of sentence s a verb of future_hosts.tsv (to host, will be hosted)
 * and meeting mention m not the document's or section's own: a meeting still to come that
 * its host does not attend by that verb (background.c)? */
int dg_rel_hosts_ahead(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t m);
/* Does mention i of English sentence s stand inside a sidelines phrase after trigger g
 * (gathered on the sidelines of meetings involving the ASEAN), no comma between
 * (background.c)? */
int dg_rel_in_side_phrase(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                          uint32_t i);
/* Is mention i inside the parenthesis of dates and places of a meeting (parenthesis.c)? */
int dg_rel_in_meeting_paren(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Is mention i a place of the run after an English meeting name (apposition.c)? */
int dg_rel_in_meeting_run(dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Does the run after English meeting name m of sentence s name a place (the Summit in
 * Hanoi) (apposition.c)? */
int dg_rel_run_place(dg_rel_ctx *c, uint32_t s, uint32_t m);

/* The city named right after country p as its capital or city (the Kazakh capital,
 * Astana; the Samoan capital of Apia; カザフスタンの首都アスタナ: city_of.c), else p. */
long dg_rel_city_of(const dg_rel_ctx *c, uint32_t s, long p);

/* English: the meeting whose name mention i of sentence s glosses in parentheses right
 * after it (the 32nd Meeting of the Coastal Forum (CF): the Meeting), or -1 (gloss.c). */
long dg_rel_gloss_of(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* participates_in: who signs a meeting's outcome takes part (signed by A and B; A and B
 * signed X at the Summit) (signers.c). */
void dg_rel_signers(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* attending.c: said A during the X; A, who is in P to attend X and Y */
void dg_rel_attending(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

/* English: where the chairs listed after chairing trigger g of sentence s end, when those
 * who attend follow them (co-chaired by A of X and B of Y, C of Z and D attended: C's
 * start), else the sentence's end (chair_list.c). */
uint32_t dg_rel_chair_list_end(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g);
/* English: the countries in the titles of the chairs of meeting m listed after g, up to
 * end, take part in it (co-chaired by A, Minister of Myanmar and B: Myanmar; chair_list.c). */
void dg_rel_chair_countries(dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g, uint32_t m,
                            uint32_t end);

/* Japanese: the countries and groups inside meeting name m before its による take part in
 * it (中国とASEANの外相による特別会合: named_parties.c). */
void dg_rel_named_parties(dg_rel_ctx *c, uint32_t s, uint32_t m);

/* Where an enumerator of a list item (1), (1), ①: enumerators.c) that ends at z starts, not
 * before lo; z when none ends there. */
uint32_t dg_rel_enumerator_before(const char *t, uint32_t lo, uint32_t z);

/* English: where the mark of a list item in running text ((b) , ii) , (3) : enumerators.c)
 * that ends right before z, with its space, starts, not before lo; z when none ends there. */
uint32_t dg_rel_item_mark_before(const char *t, uint32_t lo, uint32_t z);

/* Japanese: is actor i the object of what the participants named by trigger g as a noun
 * do (会合参加者は…A総理を表敬: participant_nouns.c)? It takes no part then. */
int dg_rel_object_of_participants(const dg_rel_ctx *c, uint32_t s, const dg_rel_trigger *g,
                                  uint32_t i);

/* The length of the word of `list` at t[i], up to n, when it stands whole (a Latin one not
 * inside a longer word), else 0 (amounts.c). */
size_t dg_rel_whole_word(const dg_wordlist *list, const char *t, size_t n, size_t i);
/* Is program m a text, not a fund: does its label hold a word of documents.tsv (a Latin
 * one as a whole word) (amounts.c)? */
int dg_rel_is_document(const dg_rel_ctx *c, const dg_mention *m);
/* A meeting's text named with it and no verb: the Joint Statement of the Summit, 首脳会議の
 * 共同声明 (statement.c). */
void dg_rel_statement_of(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

/* Has the meeting of mention `from` a tie of this kind already, from sentence s (any
 * sentence when s < 0) (hosts.c)? With s, only while the sentences are read: sentence s's
 * ties are then the last ones (as dg_rel_add assumes), and only they are looked at. */
int dg_rel_has_tie(const dg_rel_ctx *c, dg_rel_kind kind, uint32_t from, long s);
/* The country or place before an English hosting verb as the venue (hosts.c). */
void dg_rel_host_venue(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* The place a venue word names (開催地はX, the venue of the X was Y) (venue_words.c). */
void dg_rel_venue_words(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);
/* The date a date word names (開催日：X, [年月日] X) (venue_words.c). */
void dg_rel_date_words(dg_rel_ctx *c, uint32_t s, dg_rel_kind kind);

/* A source of ties over the whole document; its name is the provenance of its ties. */
typedef void (*dg_rel_source_fn)(dg_rel_ctx *c);

typedef struct dg_rel_source {
  const char *name; /* "sentences", "amounts", "table rows", "inherit" */
  dg_rel_source_fn fn;
} dg_rel_source;

extern const dg_rel_source dg_rel_sources[];
extern const size_t dg_rel_nsources;

/* Every row of dg_rel_kinds on every sentence (kinds.c). */
void dg_rel_sentences(dg_rel_ctx *c);
/* An amount to the program or meeting it funds (amounts.c). */
void dg_rel_amounts(dg_rel_ctx *c);
/* A table row's date and place cells to the row's meeting (tables.c). */
void dg_rel_table_rows(dg_rel_ctx *c);
/* A series named without its ordinal and dated (本年秋の日ASEAN防衛担当大臣会合) is the
 * document's one instance of it held within that date (series.c). */
void dg_rel_series_instances(dg_rel_ctx *c);
/* Does mention i open English sentence s as its subject: only "the" and one word in lower
 * case (the fifth), spaces and dashes before it, after a dateline if any (SUVA, 5 May
 * 2019 — The Meeting ...; HANOI, 4 March (XNA): The Meeting ...) (context.c)? */
int dg_rel_opens_sentence(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* A dateline's place and date to the document's own meeting (dateline.c). */
void dg_rel_dateline(dg_rel_ctx *c);
/* The place and date lines under a title that names the document's own meeting
 * (title_venue.c). */
void dg_rel_title_venue(dg_rel_ctx *c);
/* The place and date of an outcome text's closing line (Done at Vientiane, on 22 July
 * 2016) to the document's own meeting (closing.c). */
void dg_rel_closing_line(dg_rel_ctx *c);
/* The country a participant is stated with takes part too: the country whose own body
 * takes part (the Ministry of Foreign Affairs of X, X政府), the country written with の
 * before a person who takes part (Xの朴外相) (participant_country.c). */
void dg_rel_participant_countries(dg_rel_ctx *c);
/* Two meetings a Japanese sentence opens together (AとBが…で開かれ): the ties the
 * sentences after it give one of them are the other's too, within the members of a group
 * its name holds (joint_opening.c). */
void dg_rel_joint_openings(dg_rel_ctx *c);
/* Is mention i the date of a dateline that opens sentence s (TOKYO, 5 March 2026 —)? */
int dg_rel_dateline_date(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Where the text after the dateline that opens sentence s starts (after "SUVA, 3 March
 * 2026 — " or "HANOI, 4 March (XNA): "), or 0 when none does. */
uint32_t dg_rel_dateline_end(const dg_rel_ctx *c, uint32_t s);
/* Is mention i of sentence s the news agency of its dateline: an organization alone in
 * parentheses after the opening place or date, a dash or colon after it (Vientiane (VNA) -
 * ...; HANOI, 4 March (XNA): ...)? It reports; it takes no part. */
int dg_rel_wire_source(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* Is mention i of sentence s the credit of a picture: right after a word of
 * credit_words.tsv that opens a parenthesis or a line ((Photo: VNA))? It takes no part. */
int dg_rel_credit(const dg_rel_ctx *c, uint32_t s, uint32_t i);
/* A list item or table row to the names of the line it hangs under (inherit.c). */
void dg_rel_inherit(dg_rel_ctx *c);

/* Keep in ms[0, n) (mention indices, in text order) the mentions of the first
 * DG_MAX_UNIT_ENTITIES entities named, and with first_only only the first mention of each
 * (unit_bound.c). Returns the new count (n itself under the bound), or -1 when memory runs
 * out; *over is 1 when entities were left out. */
long dg_rel_bound_unit(const dg_doc *d, uint32_t *ms, size_t n, int first_only, int *over);
/* Count a unit or item cut to the bound, whose first mention is `mention`. */
void dg_rel_bound_note(dg_rel_bound_count *bc, const dg_doc *d, uint32_t mention);
/* One warning for the units or items counted in bc: what names too many ("a sentence"). */
void dg_rel_bound_warn(dg_doc *d, const dg_rel_bound_count *bc, const char *what);

/* Fill d->units and d->unit_ments with the co-occurrence units of the scope (units.c). */
dg_err dg_rel_units(dg_rel_ctx *c, dg_scope scope, dg_error *err);

#endif
