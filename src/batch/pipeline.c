/* The pipeline (see docgraph/pipeline.h): dictionaries, rules, matcher and MeCab model
 * opened once and shared read-only; one document at a time through every stage. */
#define _GNU_SOURCE /* dladdr */
#include "docgraph/pipeline.h"

#include <dlfcn.h>

#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "docgraph/recognize.h"
#include "docgraph/source.h"

struct dg_pipeline {
  dg_dict *dict;
  dg_rules *rules;
  dg_matcher *matcher;
  dg_person_prefixes *persons;
  dg_mecab *mecab;
  dg_recognizer rz;
  dg_relate_opts relate;
  dg_tokens_mode tokens;
  uint64_t fingerprint; /* of the dictionary files loaded */
  char describe[128];   /* the options that shape a graph, as words */
};

static int is_dir(const char *p) {
  struct stat st;
  return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The directory of the file the library's code is in: the shared library, or the program
 * the static library is linked into; "" when unknown. */
static void module_dir(char *buf, size_t n) {
  Dl_info info;
  buf[0] = '\0';
  if (!dladdr((void *)dg_default_dicts_dir, &info) || !info.dli_fname) return;
  char *real = realpath(info.dli_fname, NULL);
  if (!real) return;
  char *slash = strrchr(real, '/');
  if (slash) *slash = '\0';
  snprintf(buf, n, "%s", real);
  free(real);
}

/* dir/rel when it is a directory, in buf (without its ../). */
static const char *dicts_at(char *buf, size_t n, const char *dir, const char *rel) {
  char path[4200];
  if (!*dir || snprintf(path, sizeof path, "%s/%s", dir, rel) >= (int)sizeof path) return NULL;
  char *real = is_dir(path) ? realpath(path, NULL) : NULL;
  int fits = real && snprintf(buf, n, "%s", real) < (int)n;
  free(real);
  return fits ? buf : NULL;
}

/* Installed, the dictionaries are found from where the library (or the tool) is, whatever
 * the prefix; the source tree's only when the code runs from this build tree, so an
 * installed docgraph never reads them. The answer is kept in a static buffer: it is the
 * same for the whole process (computed on each call, so no state changes). */
const char *dg_default_dicts_dir(void) {
  static __thread char found[4200];
  const char *env = getenv("DOCGRAPH_DICTS");
  if (is_dir(env)) return env;
  char mod[4096];
  module_dir(mod, sizeof mod);
#ifdef DG_LIB_TO_DICTS
  if (dicts_at(found, sizeof found, mod, DG_LIB_TO_DICTS)) return found;
#endif
#ifdef DG_BIN_TO_DICTS
  if (dicts_at(found, sizeof found, mod, DG_BIN_TO_DICTS)) return found;
#endif
#ifdef DG_INSTALL_DICTS
  if (is_dir(DG_INSTALL_DICTS)) return DG_INSTALL_DICTS;
#endif
#if defined(DG_SOURCE_DICTS) && defined(DG_BUILD_DIR)
  size_t nb = strlen(DG_BUILD_DIR);
  if (!strncmp(mod, DG_BUILD_DIR, nb) && (mod[nb] == '/' || !mod[nb]) && is_dir(DG_SOURCE_DICTS))
    return DG_SOURCE_DICTS;
#endif
  return NULL;
}

/* Dictionaries and rule lists of dirs, each directory a layer over the ones before; every
 * problem goes to `problems`, the first failure to *err. */
static dg_err load_layers(dg_dict *dict, dg_rules **rules, const char *const *dirs, size_t n,
                          dg_diags *problems, dg_error *err) {
  dg_err worst = DG_OK;
  dg_error e;
  for (size_t i = 0; i < n; i++) {
    if (i) dg_dict_new_layer(dict);
    dg_err x = dg_dict_load_dir(dict, dirs[i], problems, &e);
    if (x != DG_OK && worst == DG_OK && err) *err = e;
    if (worst == DG_OK) worst = x;
  }
  dg_err x = dg_rules_load(rules, dirs, n, problems, &e);
  if (x != DG_OK && worst == DG_OK && err) *err = e;
  return worst != DG_OK ? worst : x;
}

/* The shipped directory (o->dicts_dir or found) and the user's, in layer order, in *dirs
 * (malloc'd). DG_EUNAVAIL when no shipped directory exists. */
static dg_err dict_dirs(const dg_pipeline_opts *o, const char ***dirs, size_t *n,
                        dg_error *err) {
  const char *shipped = o->dicts_dir ? o->dicts_dir : dg_default_dicts_dir();
  if (!shipped)
    return dg_error_set(err, DG_EUNAVAIL,
                        "dictionary directory not found: set DOCGRAPH_DICTS or pass --dicts DIR");
  *n = 1 + o->nuser_dicts;
  *dirs = malloc(*n * sizeof **dirs);
  if (!*dirs) return dg_error_set(err, DG_ENOMEM, "out of memory");
  (*dirs)[0] = shipped;
  for (size_t i = 0; i < o->nuser_dicts; i++) (*dirs)[i + 1] = o->user_dicts[i];
  return DG_OK;
}

static dg_err open_dicts(dg_pipeline *p, const dg_pipeline_opts *o, dg_diags *problems,
                         dg_error *err) {
  const char **dirs = NULL;
  size_t ndirs = 0;
  dg_err r = dict_dirs(o, &dirs, &ndirs, err);
  if (r == DG_OK) r = dg_dict_new(&p->dict, err);
  if (r != DG_OK) {
    free(dirs);
    return r;
  }
  r = load_layers(p->dict, &p->rules, dirs, ndirs, problems, err);
  if (r == DG_OK) r = dg_dicts_fingerprint(dirs, ndirs, &p->fingerprint, err);
  free(dirs);
  if (r == DG_EDICT)
    dg_error_set(err, DG_EDICT, "dictionaries have %zu problem%s", problems ? problems->n : 0,
                 problems && problems->n == 1 ? "" : "s");
  return r;
}

dg_err dg_pipeline_open(dg_pipeline **out, const dg_pipeline_opts *o, dg_diags *problems,
                        dg_error *err) {
  *out = NULL;
  dg_pipeline_opts def = {0};
  if (!o) o = &def;
  /* libxml2 sets up its global locks and random seed on first use; two workers parsing
   * markup at once could both do it and deadlock (seen: every thread waiting in
   * xmlDictCreate). Its documentation asks threaded programs to call this first, once,
   * before any thread uses the library; it is idempotent. */
  xmlInitParser();
  dg_pipeline *p = calloc(1, sizeof *p);
  if (!p) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err r = open_dicts(p, o, problems, err);
  if (r == DG_OK) r = dg_matcher_build(p->dict, &p->matcher, err);
  if (r == DG_OK) r = dg_person_prefixes_new(p->dict, &p->persons, err);
  if (r == DG_OK) r = dg_mecab_open(&p->mecab, o->mecab_dic, err);
  if (r != DG_OK) {
    dg_pipeline_close(p);
    return r;
  }
  p->rz.dict = p->dict;
  p->rz.matcher = p->matcher;
  p->rz.rules = p->rules;
  p->rz.persons = p->persons;
  p->relate.scope = o->scope;
  p->relate.implicit = o->implicit;
  p->relate.dict = p->dict;
  p->tokens = o->tokens;
  static const char *const scopes[] = {"sentence", "paragraph", "block"};
  snprintf(p->describe, sizeof p->describe, "scope=%s implicit=%s",
           (unsigned)o->scope < 3 ? scopes[o->scope] : "sentence",
           o->implicit == DG_IMPLICIT_IGNORE ? "ignore" : "count");
  *out = p;
  return DG_OK;
}

/* The counts of dict check: live entities by type, surfaces. */
static void summarize(const dg_dict *d, dg_dict_summary *s) {
  memset(s, 0, sizeof *s);
  for (size_t i = 0; i < dg_dict_count(d); i++) {
    const dg_entity *e = dg_dict_entity(d, i);
    if (e->replaced) continue;
    s->types[e->type]++;
    s->entities++;
  }
  s->surfaces = dg_dict_surface_count(d);
}

dg_err dg_dicts_check(const char *const *dirs, size_t n, dg_diags *problems, dg_dict_summary *s,
                      dg_error *err) {
  memset(s, 0, sizeof *s);
  dg_dict *d;
  dg_err r = dg_dict_new(&d, err);
  if (r != DG_OK) return r;
  dg_rules *rules = NULL;
  size_t before = problems->n;
  load_layers(d, &rules, dirs, n, problems, NULL);
  summarize(d, s);
  dg_rules_free(rules);
  dg_dict_free(d);
  size_t np = problems->n - before;
  if (np)
    return dg_error_set(err, DG_EDICT, "dictionaries have %zu problem%s", np, np == 1 ? "" : "s");
  return DG_OK;
}

void dg_pipeline_close(dg_pipeline *p) {
  if (!p) return;
  dg_mecab_close(p->mecab);
  dg_matcher_free(p->matcher);
  dg_person_prefixes_free(p->persons);
  dg_rules_free(p->rules);
  dg_dict_free(p->dict);
  free(p);
}

const dg_dict *dg_pipeline_dict(const dg_pipeline *p) { return p->dict; }
uint64_t dg_pipeline_fingerprint(const dg_pipeline *p) { return p->fingerprint; }
const char *dg_pipeline_describe(const dg_pipeline *p) { return p->describe; }
const dg_rules *dg_pipeline_rules(const dg_pipeline *p) { return p->rules; }
dg_mecab *dg_pipeline_mecab(const dg_pipeline *p) { return p->mecab; }

dg_err dg_pipeline_doc_read(const dg_pipeline *p, dg_tagger *t, dg_doc *d, dg_error *err) {
  dg_err r = dg_source_prepare(d, err);
  if (r == DG_OK) r = dg_segment_sentences(d, p->rules, err);
  if (r == DG_OK) r = dg_segment_tokens(d, t, p->tokens, err);
  if (r == DG_OK) r = dg_recognize(&p->rz, d, err);
  /* the mentions are all found (relate adds none): a long document's relations are read
   * beside them, not beside the room their doubling left */
  if (r == DG_OK) dg_vec_fit((void **)&d->ments, &d->ments_cap, d->nments, sizeof *d->ments);
  if (r == DG_OK) r = dg_relate(p->rules, &p->relate, d, err);
  if (r == DG_OK) r = dg_tokens_status(d, err); /* a sentence MeCab failed on when read */
  dg_tokens_detach(d); /* t goes on to the worker's next document */
  return r;
}

dg_err dg_pipeline_doc(const dg_pipeline *p, dg_tagger *t, dg_doc *d, dg_error *err) {
  dg_err r = dg_pipeline_doc_read(p, t, d, err);
  return r == DG_OK ? dg_doc_drop_cues(d, err) : r; /* cues while reading, no entities */
}
