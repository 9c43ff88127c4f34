/* Shared helpers for the Check suites (see testutil.h). */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "docgraph/graph.h"
#include "docgraph/source.h"

static dg_pipeline *pipe_;
static dg_tagger *tagger_;

static void close_pipeline(void) {
  dg_tagger_free(tagger_);
  dg_pipeline_close(pipe_);
}

const dg_pipeline *tu_pipeline(void) {
  if (!pipe_) {
    dg_pipeline_opts o = {.dicts_dir = DG_TEST_DICTS};
    dg_diags probs;
    dg_diags_init(&probs);
    dg_error err = {0};
    if (dg_pipeline_open(&pipe_, &o, &probs, &err) != DG_OK) {
      for (size_t i = 0; i < probs.n; i++) fprintf(stderr, "%s\n", probs.msgs[i]);
      fprintf(stderr, "cannot open the pipeline: %s\n", err.msg);
      abort();
    }
    dg_diags_destroy(&probs);
    if (dg_tagger_new(dg_pipeline_mecab(pipe_), &tagger_, &err) != DG_OK) {
      fprintf(stderr, "cannot create a tagger: %s\n", err.msg);
      abort();
    }
    atexit(close_pipeline);
  }
  return pipe_;
}

const dg_rules *tu_rules(void) { return dg_pipeline_rules(tu_pipeline()); }

struct dg_tagger *tu_tagger(void) {
  tu_pipeline();
  return tagger_;
}

static dg_doc *doc_from(const char *name, const char *text,
                        dg_err (*run)(const dg_pipeline *, dg_tagger *, dg_doc *, dg_error *)) {
  const dg_pipeline *p = tu_pipeline();
  dg_doc *d = calloc(1, sizeof *d);
  ck_assert_ptr_nonnull(d);
  dg_doc_init(d);
  dg_error err = {0};
  ck_assert_msg(dg_source_load_mem(d, name, text, strlen(text), DG_FMT_AUTO, &err) == DG_OK,
                "%s", err.msg);
  ck_assert_msg(run(p, tagger_, d, &err) == DG_OK, "%s", err.msg);
  return d;
}

dg_doc *tu_doc(const char *name, const char *text) { return doc_from(name, text, dg_pipeline_doc); }

dg_doc *tu_doc_read(const char *name, const char *text) {
  return doc_from(name, text, dg_pipeline_doc_read);
}

dg_doc *tu_doc_sentences(const char *text, const dg_rules *rules) {
  dg_doc *d = calloc(1, sizeof *d);
  ck_assert_ptr_nonnull(d);
  dg_doc_init(d);
  dg_error err = {0};
  dg_err e = dg_source_load_mem(d, "t.txt", text, strlen(text), DG_FMT_AUTO, &err);
  if (e == DG_OK) e = dg_source_prepare(d, &err);
  if (e == DG_OK) e = dg_segment_sentences(d, rules, &err);
  ck_assert_msg(e == DG_OK, "%s", err.msg);
  return d;
}

dg_doc *tu_doc_bytes(const char *name, const char *data, size_t len, const char *encoding) {
  const dg_pipeline *p = tu_pipeline();
  dg_doc *d = calloc(1, sizeof *d);
  ck_assert_ptr_nonnull(d);
  dg_doc_init(d);
  dg_error err = {0};
  ck_assert_msg(dg_source_load_mem(d, name, data, len, DG_FMT_AUTO, &err) == DG_OK, "%s",
                err.msg);
  d->encoding = encoding;
  ck_assert_msg(dg_pipeline_doc(p, tagger_, d, &err) == DG_OK, "%s", err.msg);
  return d;
}

/* Are ids x and y the same, but for the document's key after '@' that an entity of the
 * document's own carries (meeting:commemorative-summit@<key>: two copies of one text in
 * two formats are two documents)? */
static int same_id(const char *x, const char *y) {
  size_t lx = strcspn(x, "@"), ly = strcspn(y, "@");
  return lx == ly && strncmp(x, y, lx) == 0 && !x[lx] == !y[ly];
}

const char *tu_mentions_differ(const dg_doc *a, const dg_doc *b, int where, char *buf, size_t n) {
  for (size_t i = 0; i < a->nments || i < b->nments; i++) {
    const dg_mention *x = i < a->nments ? &a->ments[i] : NULL;
    const dg_mention *y = i < b->nments ? &b->ments[i] : NULL;
    if (x && y && x->type == y->type && same_id(x->id, y->id) &&
        (!where || (x->line == y->line && x->col == y->col)))
      continue;
    snprintf(buf, n, "mention %zu: %s %s %u:%u in %s, %s %s %u:%u in %s", i,
             x ? dg_type_name(x->type) : "-", x ? x->id : "-", x ? x->line : 0, x ? x->col : 0,
             a->path, y ? dg_type_name(y->type) : "-", y ? y->id : "-", y ? y->line : 0,
             y ? y->col : 0, b->path);
    return buf;
  }
  return NULL;
}

void tu_doc_free(dg_doc *d) {
  if (!d) return;
  dg_doc_destroy(d);
  free(d);
}

const dg_mention *tu_find(const dg_doc *d, dg_type t, const char *id) {
  for (size_t i = 0; i < d->nments; i++)
    if (d->ments[i].type == t && (!id || strcmp(d->ments[i].id, id) == 0)) return &d->ments[i];
  return NULL;
}

size_t tu_count(const dg_doc *d, const char *id) {
  size_t n = 0;
  for (size_t i = 0; i < d->nments; i++) n += strcmp(d->ments[i].id, id) == 0;
  return n;
}

const char *tu_text(const dg_doc *d, const dg_mention *m, char *buf, size_t n) {
  snprintf(buf, n, "%.*s", (int)(m->end - m->start), d->text + m->start);
  return buf;
}

const char *tu_dump(const dg_doc *d, char *buf, size_t n) {
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < d->nments && o + 1 < n; i++) {
    int w = snprintf(buf + o, n - o, "%s%s[%.*s]", i ? " " : "", d->ments[i].id,
                     (int)(d->ments[i].end - d->ments[i].start), d->text + d->ments[i].start);
    if (w < 0) break;
    o += (size_t)w;
  }
  return buf;
}

int tu_sh(const char *cmd, char **out) {
  FILE *p = popen(cmd, "r");
  ck_assert_msg(p != NULL, "cannot run %s", cmd);
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  ck_assert_ptr_nonnull(buf);
  size_t r;
  while ((r = fread(buf + n, 1, cap - n - 1, p)) > 0) {
    n += r;
    if (cap - n < 1024) {
      cap *= 2;
      buf = realloc(buf, cap);
      ck_assert_ptr_nonnull(buf);
    }
  }
  buf[n] = '\0';
  int st = pclose(p);
  if (out) *out = buf;
  else free(buf);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

char *tu_slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  if (b) b[n] = '\0';
  fclose(f);
  return b;
}

void tu_write(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  ck_assert_msg(f != NULL, "cannot write %s", path);
  fputs(text, f);
  fclose(f);
}

int tu_run(Suite *s) {
  /* Open the pipeline once here, so the forked test processes inherit it instead of each
   * loading the dictionaries and MeCab again. */
  tu_pipeline();
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* The directories tu_tmpdir made, each with the process that made it: a test's forked
 * process removes its own when it exits (passed or failed), never its parent's. */
static struct {
  char path[64];
  pid_t pid;
} made_[64];
static int nmade_;

static void remove_made(void) {
  for (int i = 0; i < nmade_; i++)
    if (made_[i].pid == getpid()) {
      char cmd[100];
      snprintf(cmd, sizeof cmd, "rm -rf '%.63s'", made_[i].path);
      if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", made_[i].path);
    }
}

const char *tu_tmpdir(char *buf, const char *tag) {
  snprintf(buf, 64, "/tmp/dg-%s-XXXXXX", tag);
  ck_assert_ptr_nonnull(mkdtemp(buf));
  if (nmade_ == 0) atexit(remove_made);
  if (nmade_ < (int)(sizeof made_ / sizeof *made_)) {
    snprintf(made_[nmade_].path, sizeof made_[nmade_].path, "%s", buf);
    made_[nmade_++].pid = getpid();
  }
  return buf;
}

void tu_rmrf(const char *dir) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

/* Eight buffers for tu_sentence and tu_where, used in turn. */
static const char *read_sentence(const dg_graph *g, uint32_t sent, int where) {
  static dg_textbuf bufs[8];
  static unsigned next;
  dg_textbuf *b = &bufs[next++ % 8];
  dg_error err = {0};
  const char *s = where ? dg_graph_sentence_where(g, sent, b, &err)
                        : dg_graph_sentence_text(g, sent, b, &err);
  ck_assert_msg(s != NULL, "sentence %u: %s", sent, err.msg);
  return s;
}
const char *tu_sentence(const dg_graph *g, uint32_t sent) { return read_sentence(g, sent, 0); }
const char *tu_where(const dg_graph *g, uint32_t sent) { return read_sentence(g, sent, 1); }
