/* Sentences and MeCab tokens.
 * dg_mecab is the model: opened once, shared read-only by every thread. dg_tagger is one
 * worker's tagger and lattice over that model. Only sentences with kana or kanji are
 * tokenized, each alone, into the document's token store (docgraph/tokens.h): all at once
 * (DG_TOKENS_EAGER) or each the first time a reader asks for its tokens (DG_TOKENS_LAZY).
 * Who reads the tokens: the matcher (a boundary at a name's edge between two Japanese
 * characters), names_ja.c (a head at every token, group names, and the part of speech of
 * every token: a proper noun MeCab knows as an organization is one), names_people_ja.c
 * (titles, lists of people), names_place.c and names_people_merge.c (the tokens at an
 * offset), relate/clauses.c (the tokens before every comma), held.c and kinds.c (the parts
 * of speech of a clause). */
#ifndef DOCGRAPH_SEGMENT_H
#define DOCGRAPH_SEGMENT_H

#include "docgraph/doc.h"
#include "docgraph/tokens.h"

typedef struct dg_rules dg_rules;
typedef struct dg_mecab dg_mecab;
typedef struct dg_tagger dg_tagger;

/* Open the MeCab model. dicdir may be NULL: then $DOCGRAPH_MECAB_DIC, then the Debian
 * locations of ipadic-utf8 are tried. The error names the package to install. */
dg_err dg_mecab_open(dg_mecab **out, const char *dicdir, dg_error *err);
void dg_mecab_close(dg_mecab *m);
/* The dictionary directory in use. */
const char *dg_mecab_dicdir(const dg_mecab *m);

dg_err dg_tagger_new(dg_mecab *m, dg_tagger **out, dg_error *err);
void dg_tagger_free(dg_tagger *t);

/* The longest sentence: text that runs this many bytes without a sentence end (a page of
 * text with no full stop, a binary file read as text) is cut after its last space, comma
 * or 、 before the bound, with a warning, so MeCab and the rules see bounded input and the
 * text after it is still read. */
#define DG_MAX_SENTENCE_BYTES 4096

/* Split every block into sentences: 。!? and English . ! ? (not after the abbreviations
 * of dicts/rules/abbreviations.tsv, initials, or inside numbers); headings, table rows and
 * items without final punctuation are one sentence each. `rules` may be NULL. */
dg_err dg_segment_sentences(dg_doc *d, const dg_rules *rules, dg_error *err);

/* Set up the document's tokens with tagger t (docgraph/tokens.h, dg_tokens_open): every
 * sentence with Japanese tokenized now (DG_TOKENS_EAGER) or when first read (LAZY; t must
 * then stay the document's until dg_tokens_detach). */
dg_err dg_segment_tokens(dg_doc *d, dg_tagger *t, dg_tokens_mode mode, dg_error *err);

/* Tokenize one sentence s[0..len), offsets + base, into the tagger's own buffer: *toks
 * stays good until the tagger's next call (the token store copies it). */
dg_err dg_tagger_sentence(dg_tagger *t, const char *s, size_t len, uint32_t base,
                          const dg_token **toks, size_t *ntoks, dg_error *err);

/* Tokenize one string (for tests and tools): fills toks (caller frees) with offsets into s. */
dg_err dg_tagger_tokenize(dg_tagger *t, const char *s, size_t len, dg_token **toks,
                          size_t *ntoks, dg_error *err);

#endif
