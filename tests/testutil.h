/* Shared helpers for the Check suites: a pipeline over the shipped dictionaries, documents
 * from strings, and lookups into their mentions. */
#ifndef DG_TESTUTIL_H
#define DG_TESTUTIL_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"
#include "docgraph/pipeline.h"

/* The pipeline over dicts/ (opened once per test process, closed at exit). */
const dg_pipeline *tu_pipeline(void);
const dg_rules *tu_rules(void);
/* The tagger tu_doc uses (over tu_pipeline's MeCab model). */
struct dg_tagger *tu_tagger(void);
/* A fresh document from text, run through the whole pipeline (format from `name`). */
dg_doc *tu_doc(const char *name, const char *text);
/* The same, but its mentions as the relation rules read them: the pipeline's last step
 * (dg_doc_drop_cues) not made. */
dg_doc *tu_doc_read(const char *name, const char *text);
void tu_doc_free(dg_doc *d);
/* A fresh document from text read up to its sentences (split with `rules`), no further. */
dg_doc *tu_doc_sentences(const char *text, const dg_rules *rules);
/* The same from bytes (UTF-16, a PDF, a Word file), read in `encoding` (NULL: detected). */
dg_doc *tu_doc_bytes(const char *name, const char *data, size_t len, const char *encoding);
/* Do a and b have the same mentions (type, id, and when `where`, line and column)? NULL,
 * or the first difference, described in buf. */
const char *tu_mentions_differ(const dg_doc *a, const dg_doc *b, int where, char *buf, size_t n);
/* First mention of type t whose id is `id` (NULL: any id), or NULL. */
const dg_mention *tu_find(const dg_doc *d, dg_type t, const char *id);
/* Number of mentions with this id. */
size_t tu_count(const dg_doc *d, const char *id);
/* The normalized text of a mention, in a static-free caller buffer. */
const char *tu_text(const dg_doc *d, const dg_mention *m, char *buf, size_t n);
/* A readable list of the document's mentions, for failure messages. */
const char *tu_dump(const dg_doc *d, char *buf, size_t n);

/* Sentence `sent` of graph g read back: its text, or its "path:line" (tu_where), in one
 * of eight buffers used in turn (so a few may be compared in one assertion). */
struct dg_graph;
const char *tu_sentence(const struct dg_graph *g, uint32_t sent);
const char *tu_where(const struct dg_graph *g, uint32_t sent);

/* Run a shell command; returns its exit status, with stdout in *out (malloc'd) when out. */
int tu_sh(const char *cmd, char **out);
/* Read a whole file (malloc'd, NUL-terminated) or NULL. */
char *tu_slurp(const char *path);
/* Write a file; aborts the test on failure. */
void tu_write(const char *path, const char *text);

/* A fresh directory /tmp/dg-TAG-XXXXXX, its path in buf (64 bytes), removed when the
 * process that made it exits (a test's forked process, or the whole run without fork). */
const char *tu_tmpdir(char *buf, const char *tag);
/* rm -rf a directory the test made. */
void tu_rmrf(const char *dir);
/* Run a suite (with CK_ENV defaults) and return the process exit status. */
int tu_run(Suite *s);

#endif
