/* The document and what the pipeline stages add to it.
 * A dg_doc holds three views of one file: `raw` (the bytes as read), `src` (the text as
 * written: raw for plain text, the extracted text for HTML/XML) and `text` (the normalized
 * text every stage matches on: full-width letters folded to ASCII, bad bytes replaced).
 * A file in another encoding than UTF-8 (Shift_JIS, UTF-16 ...) is decoded into `dec`
 * first, which plain text uses as src and markup is extracted from. A PDF or Word file's
 * `raw` is, once prepared, its text as laid out: a PDF's lines page by page (`line_pages`
 * says which page each line is on), a Word file's paragraphs and table rows a line each.
 * Invariant: every offset into `text` maps back through `map` to `src` and through
 * `src_map` to `raw`, so any span can be reported with the surface as written, the file
 * byte offsets and the line. Stages fill blocks, sentences, tokens and mentions in turn. */
#ifndef DOCGRAPH_DOC_H
#define DOCGRAPH_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/decimal.h"
#include "docgraph/error.h"
#include "docgraph/offmap.h"
#include "docgraph/types.h"
#include "docgraph/value.h"

typedef struct dg_span {
  uint32_t start, end; /* [start, end) in the normalized text */
} dg_span;

typedef struct dg_block {
  dg_block_kind kind;
  int depth;           /* heading level 1..6; list nesting 0..; 0 otherwise */
  uint32_t start, end; /* content, without the bullet or heading marker */
  uint32_t cell0, ncells; /* table rows: cells[cell0 .. cell0+ncells) */
  int32_t parent;         /* the heading or lead block this hangs under, or -1 */
} dg_block;

typedef struct dg_sentence {
  uint32_t start, end;
  uint32_t block;      /* non-decreasing: sentences are in text order, block by block */
} dg_sentence;

/* Coarse part of speech from MeCab's ipadic features. */
typedef enum dg_pos {
  DG_POS_OTHER = 0,
  DG_POS_NOUN,        /* 名詞,一般 and other nouns */
  DG_POS_NOUN_PROPER, /* 名詞,固有名詞 */
  DG_POS_NOUN_SAHEN,  /* 名詞,サ変接続 */
  DG_POS_NOUN_SUFFIX, /* 名詞,接尾 */
  DG_POS_NOUN_NUMBER, /* 名詞,数 */
  DG_POS_NOUN_NAI,    /* 名詞,ナイ形容詞語幹 / 形容動詞語幹 */
  DG_POS_NOUN_NONIND, /* 名詞,非自立 / 代名詞 */
  DG_POS_NOUN_ADV,    /* 名詞,副詞可能 (特別, 今後) */
  DG_POS_PREFIX,      /* 接頭詞 */
  DG_POS_VERB,
  DG_POS_ADJ,
  DG_POS_PARTICLE,
  DG_POS_AUX,
  DG_POS_SYMBOL,
  DG_POS_ADVERB,
  DG_POS_CONJ
} dg_pos;

typedef struct dg_token {
  uint32_t start, end;
  uint8_t pos;    /* dg_pos */
  uint8_t subpos; /* 1 when 固有名詞 is a place (地域), 2 person (人名), 3 organization */
  uint8_t unknown; /* not in MeCab's dictionary (a new name, most often) */
} dg_token;

typedef struct dg_mention {
  uint32_t start, end;         /* normalized text */
  uint32_t raw_start, raw_end; /* file bytes */
  uint32_t line, col;          /* 1-based, of raw_start (a PDF's: the line on its page) */
  uint32_t sentence;
  dg_type type;
  const char *id;       /* entity id: dictionary-owned or in the document's arena */
  const char *label;    /* display label (Japanese when there is one) */
  const char *label_en; /* English label, may be "" */
  int32_t entity;       /* dictionary entity index, or -1 when minted by a rule */
  uint8_t implicit;     /* 1 when inferred (日 in 日ASEAN, 我が国, 本会合) */
  int32_t series;       /* an instance of a listed series (第10回 + a known meeting): the
                           series' dictionary entity + 1; 0 for any other mention */
  uint8_t party;        /* 1 for a place that takes part as a party does: a territory
                           (kind=territory in the dictionary: New Caledonia, Guam) */
  uint8_t building;     /* 1 for a place that is a building (kind=building in the
                           dictionary: 迎賓館赤坂離宮, Keidanren Kaikan) */
  /* amounts and quantities */
  dg_decimal value, value_max; /* value_max.mant == 0 and has_range == 0: no range */
  uint8_t has_range;
  uint8_t qualifier; /* dg_qualifier */
  uint8_t cumulative; /* 1 for a running total (累計, cumulative: relate/amounts.c) */
  char currency[4];  /* ISO 4217 for amounts; "" for quantities */
  const char *unit;  /* quantities: the counter as written (人, 件, projects) */
  /* dates */
  dg_when when;
  uint32_t page; /* 1-based page of raw_start in a PDF; 0 for files without pages */
} dg_mention;

/* A unit of co-occurrence: the mentions ments_of_unit[first .. first+n) of the document
 * appear together (a sentence, a block or a paragraph with its items). */
typedef struct dg_unit {
  uint32_t first, n;  /* into dg_doc.unit_ments */
  uint32_t sentence;  /* the evidence: the unit's first sentence */
} dg_unit;

/* A relation between two mentions of a document, with the sentence that says so and the
 * rule that read it there (its provenance: "held_in", "meeting parenthesis", "amounts"). */
typedef struct dg_relation {
  dg_rel_kind kind;
  uint32_t from, to; /* mention indices */
  uint32_t sentence;
  const char *rule; /* a static name of the rule, never NULL */
} dg_relation;

typedef struct dg_doc dg_doc;
typedef struct dg_tokens dg_tokens;

struct dg_doc {
  char *path; /* as given; "-" for stdin */
  dg_format format;
  char *raw;
  size_t raw_len;
  char *src; /* == raw for plain text */
  size_t src_len;
  uint32_t *src_map; /* src offset -> raw offset (src_len+1 entries); NULL when src is raw */
  char *text;
  size_t len;
  dg_offmap map;   /* text offset -> src offset, as runs (dg_doc_src_offset reads it) */
  uint32_t *lines; /* raw offsets at which lines start */
  size_t nlines;
  dg_block *blocks;
  size_t nblocks;
  dg_span *cells;
  size_t ncells;
  dg_sentence *sents;
  size_t nsents;
  dg_tokens *tokens; /* its sentences' MeCab tokens, read through docgraph/tokens.h only */
  dg_mention *ments;
  size_t nments, ments_cap;
  dg_unit *units;     /* co-occurrence units (relate stage) */
  size_t nunits;
  uint32_t *unit_ments;
  size_t nunit_ments;
  dg_relation *rels;  /* typed relations and inherited co-occurrence (relate stage) */
  size_t nrels;
  dg_when date;       /* the document's own date (from its date line, else `issued`); year 0
                         when none */
  dg_when issued;     /* the date the --doc-dates table gives it (batch/job.c), else the
                         publication date the file's metadata gives (an HTML page's <meta>:
                         input/meta_date.c); year 0 when none */
  int in_windows;     /* a long document as loaded, to be read in windows (batch/windows.c):
                         it holds none of its bytes (its path, format, size and hash only) */
  int later_window;   /* a window after the first of a long document read in windows: it
                         has no head (title, dateline) of its own; 0 for every other
                         document */
  int date_settled;   /* its date is `issued`, found before it was read (a long document's
                         windows: the whole file's, batch/windows.c); 0: from its text */
  int date_line;      /* its date is the day it was issued: a date line's (dg_date_document
                         DG_DOC_DATE_LINE) or `issued`, not a date of its running text;
                         English today and yesterday count from it only then */
  struct dg_date_carry *dates_carry; /* a long document's window: what the dates of the
                         window before said, in, and this window's, out (recognize.c,
                         dg_date_resolve_on); NULL for every other document */
  char hash[17];      /* 64-bit FNV-1a of raw, hex; with a date given, of raw's hash and
                         that date */
  void *arena;        /* dg_arena for minted strings (opaque) */
  dg_diags diags;     /* warnings: bad bytes, skipped markup */
  /* the file's encoding (UTF-8, Shift_JIS, UTF-16LE ...) once prepared, NULL for PDF and
   * Word; a caller may set it before dg_source_prepare to force one (the string must then
   * outlive the document) */
  const char *encoding;
  char *dec;             /* the file decoded to UTF-8; NULL when raw is UTF-8 already */
  size_t dec_len;
  uint32_t *dec_map;     /* dec offset -> raw offset (dec_len+1 entries) */
  uint32_t *line_pages;  /* PDF: the page (from 1) of each line of `lines`; NULL otherwise */
  uint32_t npages;
  uint64_t size;         /* the file's bytes as read (raw_len before a PDF or Word file is
                          * laid out) */
  /* The last column counted (dg_doc_line_col): in a long line, the next count goes on
   * from there instead of from the line's start. A cache: only doc.c reads or writes it. */
  uint32_t col_at, col_chars;
  size_t col_line;
};

void dg_doc_init(dg_doc *d);
void dg_doc_destroy(dg_doc *d);

/* File positions of a normalized offset. */
uint32_t dg_doc_src_offset(const dg_doc *d, uint32_t text_off);
uint32_t dg_doc_raw_offset(const dg_doc *d, uint32_t text_off);
/* End offsets of a span [start, end) in src and raw: just past the last character the
 * span covers (not the markup that may follow it in an HTML file). */
uint32_t dg_doc_src_end(const dg_doc *d, uint32_t start, uint32_t end);
uint32_t dg_doc_raw_end(const dg_doc *d, uint32_t start, uint32_t end);
/* 1-based line and column (in characters) of a raw offset; in a PDF, the line on its page. */
void dg_doc_line_col(const dg_doc *d, uint32_t raw_off, uint32_t *line, uint32_t *col);
/* 1-based page of a raw offset in a PDF; 0 for files without pages. */
uint32_t dg_doc_page(const dg_doc *d, uint32_t raw_off);
/* Index of the sentence that contains `off`, or -1. */
long dg_doc_sentence_at(const dg_doc *d, uint32_t off);

/* Append a mention (copied); fills raw offsets and line from the span. Returns the new
 * mention or NULL when memory runs out. */
dg_mention *dg_doc_add_mention(dg_doc *d, const dg_mention *m);
/* The document done growing: its MeCab tokens let go (every sentence's none), relate
 * being the last stage that reads them, and the arrays the stages grew by doubling fitted
 * to what they hold, so a long document's result is not made beside room it no longer
 * needs. */
void dg_doc_settle(dg_doc *d);
/* Drop the dates that were cues for the relation rules and are no entities, with their
 * relations and their places in the units (doc/cues.c): days whose year the text never
 * gives (--02-17), a program's period (Vision 2030, Plan of Action (2019-2022)). */
dg_err dg_doc_drop_cues(dg_doc *d, dg_error *err);
/* Copy a string into the document's arena. */
const char *dg_doc_strdup(dg_doc *d, const char *s, size_t n);
/* Sort mentions by start, longest first, and drop exact duplicates. */
void dg_doc_sort_mentions(dg_doc *d);

/* The sentence as written (src bytes) and its line in the file. */
void dg_doc_sentence_text(const dg_doc *d, uint32_t sentence, const char **s, size_t *n,
                          uint32_t *line);
/* What a document was read as, for summaries: its encoding for text (UTF-8, Shift_JIS
 * ...), "PDF", "Word" or "OpenDocument" for the others. */
const char *dg_doc_read_as(const dg_doc *d);

/* Of a document's mentions and relations (a dg_doc's or a dg_result's; doc/pledge.c): the
 * mention that amount mention a is pledged by or to (the source of its amount tie, else
 * the one owner of the same value in the document), or -1. */
long dg_amount_owner(const dg_mention *ments, size_t nments, const dg_relation *rels,
                     size_t nrels, uint32_t a);
/* The id mention i goes into the graph and mentions.jsonl under: its id, or for an amount
 * with an owner its id qualified by the owner's, amount:USD:100000000@program:jaif (two
 * pledges of one value are two vertices). Returns buf (n bytes) or the mention's id. */
const char *dg_graph_id_of(const dg_mention *ments, size_t nments, const dg_relation *rels,
                           size_t nrels, uint32_t i, char *buf, size_t n);
/* dg_amount_owner of every mention into owner[0..nments), in time linear in the mentions
 * and relations (an id per mention of a document: ask this once, not per mention); -1
 * when memory runs out. */
int dg_amount_owners(const dg_mention *ments, size_t nments, const dg_relation *rels,
                     size_t nrels, long *owner);
/* dg_graph_id_of for mention i whose owner (dg_amount_owners) is known. */
const char *dg_graph_id_owned(const dg_mention *ments, uint32_t i, long owner, char *buf,
                              size_t n);

/* The page a sentence starts on (PDF), or 0. */
uint32_t dg_doc_sentence_page(const dg_doc *d, uint32_t sentence);

/* Where something is, as every evidence writes it: "path:line", or "path:pPAGE:line" for a
 * page of a PDF (report.pdf:p3:12, line 12 of page 3). Returns snprintf's count. */
int dg_where(char *buf, size_t n, const char *path, uint32_t page, uint32_t line);

#endif
