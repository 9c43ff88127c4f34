/* Sentence splitting (Japanese and English, abbreviations, bullets, table rows) and MeCab
 * tokens. Each row: a document and the sentences it must split into, "|" separated. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docgraph/segment.h"
#include "docgraph/tokens.h"
#include "testutil.h"

typedef struct {
  const char *text;
  const char *sentences; /* expected, separated by '|' */
} row;

static const row rows[] = {
    {"日本は歓迎した。ASEANも支持した！次は何か？", "日本は歓迎した。|ASEANも支持した!|次は何か?"},
    {"「協力を進める。」と述べた。", "「協力を進める。」|と述べた。"},
    /* a 。 inside a parenthesis the sentence goes on after */
    {"海洋対話(以下「対話」という。)及び防災会合に出席した。次に移る。",
     "海洋対話(以下「対話」という。)及び防災会合に出席した。|次に移る。"},
    {"会合を開いた(詳細は別紙。)\n次に移る。", "会合を開いた(詳細は別紙。)|次に移る。"},
    {"The U.S. and Japan met. They agreed.", "The U.S. and Japan met.|They agreed."},
    {"Mr. Tanaka spoke on item No. 5 today. Done.", "Mr. Tanaka spoke on item No. 5 today.|Done."},
    {"Growth was 3.5 percent in 2023. Good.", "Growth was 3.5 percent in 2023.|Good."},
    {"See e.g. the annex. J. Smith agreed.", "See e.g. the annex.|J. Smith agreed."},
    /* a name's digraph initials (Sh.M.) end no sentence; near miss: three letters before a
     * stop are no initial (Sho.M.) */
    {"President Sh.M. Bekov spoke. Done.", "President Sh.M. Bekov spoke.|Done."},
    {"It was Sho.M. Then more.", "It was Sho.M.|Then more."},
    /* lost_letter: a '?' for a letter lost in a name, the sentence going on in lower case;
     * near miss: a question before a capital */
    {"Minister Ana Ko? met them. Done.", "Minister Ana Ko? met them.|Done."},
    {"Who met them? Ana Ko did.", "Who met them?|Ana Ko did."},
    /* ordinal_period: the 10. Summit; near misses: a number after another word, or before
     * a small letter (one of the 10. the next) */
    {"Leaders met at the 10. Summit in Baku. Done.", "Leaders met at the 10. Summit in Baku.|Done."},
    {"The rate was 10. Summit talks ended.", "The rate was 10.|Summit talks ended."},
    {"It ended (as planned.) Then more.", "It ended (as planned.)|Then more."},
    {"Leaders met in Tokyo. the next day they left.", "Leaders met in Tokyo. the next day they left."},
    {"- 第一の項目\n- 第二の項目", "第一の項目|第二の項目"},
    {"日程\t場所\n2月10日\tフィリピン", "日程\t場所|2月10日\tフィリピン"},
    {"# 見出し\n本文です。続きです。", "見出し|本文です。|続きです。"},
    {"行をまたぐ文で\nある。次の文。", "行をまたぐ文で\nある。|次の文。"},
    {"施策を実施する．次に検討する．", "施策を実施する.|次に検討する."},
};

START_TEST(test_sentences) {
  const row *r = &rows[_i];
  dg_doc *d = tu_doc("t.md", r->text);
  char got[2048] = "";
  size_t o = 0;
  for (size_t i = 0; i < d->nsents; i++)
    o += (size_t)snprintf(got + o, sizeof got - o, "%s%.*s", i ? "|" : "",
                          (int)(d->sents[i].end - d->sents[i].start), d->text + d->sents[i].start);
  ck_assert_msg(strcmp(got, r->sentences) == 0, "\"%s\"\n  got      %s\n  expected %s", r->text,
                got, r->sentences);
  tu_doc_free(d);
}
END_TEST

/* Sentences never cross blocks, and each knows its block. */
START_TEST(test_sentence_blocks) {
  dg_doc *d = tu_doc("t.txt", "第一段落。二文目。\n\n第二段落。");
  ck_assert_uint_eq(d->nsents, 3);
  ck_assert_uint_eq(d->sents[0].block, 0);
  ck_assert_uint_eq(d->sents[1].block, 0);
  ck_assert_uint_eq(d->sents[2].block, 1);
  tu_doc_free(d);
}
END_TEST

/* Text without a sentence end is cut at DG_MAX_SENTENCE_BYTES (after a space or 、 when
 * there is one near the bound), with a warning, and the sentence after it is still read;
 * MeCab used to fail the whole document on such a line. */
START_TEST(test_long_sentence) {
  const char *unit[] = {"ab ", "あいう、", "x"};
  const char *tail = "\n\n日本とタイが会談した。";
  size_t ul = strlen(unit[_i]), n = 3 * DG_MAX_SENTENCE_BYTES;
  char *t = malloc(n + ul + strlen(tail) + 1);
  size_t k = 0;
  while (k < n) memcpy(t + k, unit[_i], ul), k += ul;
  strcpy(t + k, tail);
  dg_doc *d = tu_doc("t.txt", t);
  ck_assert_uint_ge(d->nsents, 4);
  for (size_t i = 0; i < d->nsents; i++) {
    const dg_sentence *st = &d->sents[i];
    ck_assert_uint_le(st->end - st->start, DG_MAX_SENTENCE_BYTES);
    if (_i < 2 && i + 2 < d->nsents) /* cut after a space or 、: no word split */
      ck_assert_msg(d->text[st->end] == ' ' || d->text[st->end] == 'a' ||
                        memcmp(d->text + st->end, "あ", 3) == 0,
                    "sentence %zu cut inside a word", i);
  }
  const dg_sentence *last = &d->sents[d->nsents - 1];
  ck_assert_int_eq(strncmp(d->text + last->start, "日本とタイが会談した。", last->end - last->start), 0);
  ck_assert_ptr_nonnull(tu_find(d, DG_TYPE_COUNTRY, "country:THA"));
  ck_assert_uint_ge(d->diags.n, 1);
  ck_assert_ptr_nonnull(strstr(d->diags.msgs[d->diags.n - 1], "t.txt:1: text without a sentence end"));
  tu_doc_free(d);
  free(t);
}
END_TEST

/* Near miss: a long text of ordinary sentences is never cut. */
START_TEST(test_long_text_not_cut) {
  size_t n = 4 * DG_MAX_SENTENCE_BYTES;
  char *t = malloc(n + 64);
  size_t k = 0;
  while (k < n) k += (size_t)sprintf(t + k, "日本は協力した。");
  dg_doc *d = tu_doc("t.txt", t);
  ck_assert_uint_eq(d->diags.n, 0);
  ck_assert_uint_eq(d->nsents, k / strlen("日本は協力した。"));
  tu_doc_free(d);
  free(t);
}
END_TEST

/* A document read up to its sentences, its tokens set up in `mode` (no rule has run). */
static dg_doc *tokens_doc(const char *text, dg_tokens_mode mode) {
  dg_doc *d = tu_doc_sentences(text, tu_rules());
  dg_error err = {0};
  ck_assert_msg(dg_segment_tokens(d, tu_tagger(), mode, &err) == DG_OK, "%s", err.msg);
  return d;
}

START_TEST(test_tokens) {
  dg_doc *d = tokens_doc("東京において会合を開催した。English only here.", (dg_tokens_mode)_i);
  ck_assert_uint_ge(d->nsents, 2);
  /* Japanese sentences are tokenized, English ones are not */
  const dg_sentence *s0 = &d->sents[0];
  ck_assert_uint_gt(dg_sent_ntok(d, s0), 3);
  ck_assert_uint_eq(dg_sent_ntok(d, &d->sents[1]), 0);
  const dg_token *t = dg_tok(d, dg_sent_tok0(d, s0));
  ck_assert_int_eq((int)(t->end - t->start), (int)strlen("東京"));
  ck_assert_int_eq(t->pos, DG_POS_NOUN_PROPER);
  ck_assert_int_eq(t->subpos, 1); /* 地域 */
  /* tokens tile the sentence in order */
  for (uint32_t k = dg_sent_tok0(d, s0) + 1; k < dg_sent_tokend(d, s0); k++)
    ck_assert_uint_ge(dg_tok(d, k)->start, dg_tok(d, k - 1)->end);
  ck_assert(!dg_doc_token_boundary(d, (uint32_t)strlen("東")));
  ck_assert(dg_doc_token_boundary(d, (uint32_t)strlen("東京")));
  tu_doc_free(d);
}
END_TEST

/* Lazy tokens: a sentence is tokenized when first read, to the tokens eager mode makes;
 * asking whether it has Japanese tokenizes nothing; indices rise across sentences, and the
 * walk to the next sentence's token stops before a limit without tokenizing it. */
START_TEST(test_tokens_lazy) {
  const char *text = "東京において会合を開催した。Then in English. 日本とタイが協力した。"
                     "外務省は発表した。";
  dg_doc *e = tokens_doc(text, DG_TOKENS_EAGER), *d = tokens_doc(text, DG_TOKENS_LAZY);
  size_t ja, made;
  dg_tokens_count(e, &ja, &made);
  ck_assert_uint_eq(ja, 3);
  ck_assert_uint_eq(made, 3);
  dg_tokens_count(d, &ja, &made);
  ck_assert_uint_eq(made, 0);
  ck_assert_uint_eq(d->nsents, 4);
  ck_assert(dg_sent_japanese(d, &d->sents[2]) && !dg_sent_japanese(d, &d->sents[1]));
  ck_assert(dg_doc_has_tokens(d));
  long k = dg_doc_token_at(d, d->sents[2].start); /* 日本: the third sentence only */
  dg_tokens_count(d, &ja, &made);
  ck_assert_uint_eq(made, 1);
  ck_assert_int_eq(k, (long)dg_sent_tok0(d, &d->sents[2]));
  const dg_sentence copy = d->sents[3]; /* a copy of a sentence finds its tokens too */
  ck_assert_uint_gt(dg_sent_ntok(d, &copy), 2);
  for (size_t i = 0; i < d->nsents; i++) {
    const dg_sentence *s = &d->sents[i];
    ck_assert_uint_eq(dg_sent_ntok(d, s), dg_sent_ntok(e, &e->sents[i]));
    for (uint32_t q = dg_sent_tok0(d, s); q < dg_sent_tokend(d, s); q++) {
      const dg_token *x = dg_tok(d, q), *y = dg_tok(e, q);
      ck_assert(x->start == y->start && x->end == y->end && x->pos == y->pos &&
                x->subpos == y->subpos && x->unknown == y->unknown);
    }
    if (i) ck_assert_uint_ge(dg_sent_tok0(d, s), dg_sent_tokend(d, s - 1));
  }
  uint32_t last = dg_sent_tokend(d, &d->sents[0]) - 1;
  ck_assert_int_eq(dg_doc_token_after(d, last, d->len), (long)dg_sent_tok0(d, &d->sents[2]));
  ck_assert_int_eq(dg_doc_token_after(d, last, d->sents[2].start), -1);
  tu_doc_free(e);
  tu_doc_free(d);
  /* detached, a sentence not yet tokenized has no tokens; the walk does not make it */
  d = tokens_doc(text, DG_TOKENS_LAZY);
  last = dg_sent_tokend(d, &d->sents[0]) - 1;
  ck_assert_int_eq(dg_doc_token_after(d, last, d->sents[2].start), -1);
  dg_tokens_count(d, &ja, &made);
  ck_assert_uint_eq(made, 1);
  dg_tokens_detach(d);
  ck_assert_uint_eq(dg_sent_ntok(d, &d->sents[2]), 0);
  ck_assert_int_eq(dg_doc_token_at(d, d->sents[2].start), -1);
  ck_assert_uint_gt(dg_sent_ntok(d, &d->sents[0]), 3);
  tu_doc_free(d);
}
END_TEST

/* A settled document has let its tokens go (the batch settles each document before its
 * result is made: a long document's peak does not hold them beside the result). */
START_TEST(test_tokens_let_go) {
  dg_doc *d = tu_doc("t.txt", "東京において会合を開催した。English only here.");
  ck_assert_uint_ge(d->nsents, 2);
  ck_assert(dg_doc_has_tokens(d));
  size_t nments = d->nments;
  dg_doc_settle(d);
  ck_assert_uint_eq(d->nments, nments);
  ck_assert_uint_eq(d->ments_cap, nments);
  ck_assert(!dg_doc_has_tokens(d));
  for (size_t i = 0; i < d->nsents; i++) ck_assert_uint_eq(dg_sent_ntok(d, &d->sents[i]), 0);
  ck_assert(dg_doc_token_boundary(d, (uint32_t)strlen("東")));
  tu_doc_free(d);
}
END_TEST

START_TEST(test_tokenize_api) {
  dg_tagger *t;
  dg_error err;
  ck_assert_int_eq(dg_tagger_new(dg_pipeline_mecab(tu_pipeline()), &t, &err), DG_OK);
  dg_token *toks;
  size_t n;
  const char *s = "タイトルを決めた";
  ck_assert_int_eq(dg_tagger_tokenize(t, s, strlen(s), &toks, &n, &err), DG_OK);
  ck_assert_uint_ge(n, 3);
  ck_assert_uint_eq(toks[0].end, strlen("タイトル")); /* one token: no タイ inside */
  free(toks);
  dg_tagger_free(t);
}
END_TEST

/* Parts of speech as a tagger remembers them (by feature address, then by id): each row's
 * first token read through one tagger, rows forwards then backwards, so every answer is
 * read once fresh and again from memory, beside words of other parts of speech. */
static const struct {
  const char *text;
  size_t first_len;
  int pos, subpos;
} pos_rows[] = {
    {"東京に", 6, DG_POS_NOUN_PROPER, 1},  {"田中が", 6, DG_POS_NOUN_PROPER, 2},
    {"トヨタは", 9, DG_POS_NOUN_PROPER, 3}, {"開催した", 6, DG_POS_NOUN_SAHEN, 0},
    {"をもって", 3, DG_POS_PARTICLE, 0},    {"条約を", 6, DG_POS_NOUN, 0},
};

START_TEST(test_pos_remembered) {
  dg_tagger *t;
  dg_error err;
  ck_assert_int_eq(dg_tagger_new(dg_pipeline_mecab(tu_pipeline()), &t, &err), DG_OK);
  size_t nrows = sizeof pos_rows / sizeof *pos_rows;
  for (size_t pass = 0; pass < 2 * nrows; pass++) {
    size_t r = pass < nrows ? pass : 2 * nrows - 1 - pass;
    dg_token *toks;
    size_t n;
    const char *s = pos_rows[r].text;
    ck_assert_int_eq(dg_tagger_tokenize(t, s, strlen(s), &toks, &n, &err), DG_OK);
    ck_assert_uint_ge(n, 1);
    ck_assert_msg(toks[0].end == pos_rows[r].first_len && toks[0].pos == pos_rows[r].pos &&
                      toks[0].subpos == pos_rows[r].subpos,
                  "%s: %u bytes, pos %d/%d", s, toks[0].end, toks[0].pos, toks[0].subpos);
    free(toks);
  }
  dg_tagger_free(t);
}
END_TEST

START_TEST(test_missing_dictionary) {
  dg_mecab *m = NULL;
  dg_error err = {0};
  ck_assert_int_eq(dg_mecab_open(&m, "/nonexistent/ipadic", &err), DG_EMECAB);
  ck_assert_ptr_null(m);
  ck_assert_ptr_nonnull(strstr(err.msg, "mecab-ipadic-utf8"));
  ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/ipadic"));
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("segment");
  TCase *tc = tcase_create("segment");
  tcase_add_loop_test(tc, test_sentences, 0, (int)(sizeof rows / sizeof *rows));
  tcase_add_test(tc, test_sentence_blocks);
  tcase_add_loop_test(tc, test_long_sentence, 0, 3);
  tcase_add_test(tc, test_long_text_not_cut);
  tcase_add_loop_test(tc, test_tokens, DG_TOKENS_EAGER, DG_TOKENS_LAZY + 1);
  tcase_add_test(tc, test_tokens_lazy);
  tcase_add_test(tc, test_tokens_let_go);
  tcase_add_test(tc, test_tokenize_api);
  tcase_add_test(tc, test_pos_remembered);
  tcase_add_test(tc, test_missing_dictionary);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return tu_run(suite()); }
