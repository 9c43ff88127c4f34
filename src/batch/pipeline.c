/* The pipeline (see docgraph/pipeline.h): dictionaries, rules, matcher and MeCab model
 * opened once and shared read-only; one document at a time through every stage. */
#include "docgraph/pipeline.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "docgraph/recognize.h"
#include "docgraph/source.h"

struct dg_pipeline {
  dg_dict *dict;
  dg_rules *rules;
  dg_matcher *matcher;
  dg_mecab *mecab;
  dg_recognizer rz;
  dg_relate_opts relate;
};

static int is_dir(const char *p) {
  struct stat st;
  return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *dg_default_dicts_dir(void) {
  const char *env = getenv("DOCGRAPH_DICTS");
  if (is_dir(env)) return env;
#ifdef DG_INSTALL_DICTS
  if (is_dir(DG_INSTALL_DICTS)) return DG_INSTALL_DICTS;
#endif
#ifdef DG_SOURCE_DICTS
  if (is_dir(DG_SOURCE_DICTS)) return DG_SOURCE_DICTS;
#endif
  return NULL;
}

dg_err dg_pipeline_open(dg_pipeline **out, const dg_pipeline_opts *o, dg_diags *problems,
                        dg_error *err) {
  *out = NULL;
  dg_pipeline_opts def = {0};
  if (!o) o = &def;
  const char *shipped = o->dicts_dir ? o->dicts_dir : dg_default_dicts_dir();
  if (!shipped)
    return dg_error_set(err, DG_EDICT,
                        "dictionary directory not found: set DOCGRAPH_DICTS or pass --dicts DIR");
  dg_pipeline *p = calloc(1, sizeof *p);
  if (!p) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_err r = dg_dict_new(&p->dict, err);
  if (r != DG_OK) goto fail;
  size_t ndirs = 1 + o->nuser_dicts;
  const char **dirs = malloc(ndirs * sizeof *dirs);
  if (!dirs) {
    r = dg_error_set(err, DG_ENOMEM, "out of memory");
    goto fail;
  }
  dirs[0] = shipped;
  for (size_t i = 0; i < o->nuser_dicts; i++) dirs[i + 1] = o->user_dicts[i];
  dg_err worst = DG_OK;
  for (size_t i = 0; i < ndirs; i++) {
    if (i) dg_dict_new_layer(p->dict);
    dg_error e;
    dg_err x = dg_dict_load_dir(p->dict, dirs[i], problems, &e);
    if (x != DG_OK && worst == DG_OK) {
      worst = x;
      *err = e;
    }
  }
  dg_error e;
  dg_err x = dg_rules_load(&p->rules, dirs, ndirs, problems, &e);
  free(dirs);
  if (x != DG_OK && worst == DG_OK) {
    worst = x;
    *err = e;
  }
  if (worst != DG_OK) {
    r = worst;
    if (r == DG_EDICT)
      dg_error_set(err, DG_EDICT, "dictionaries have %zu problem%s", problems ? problems->n : 0,
                   problems && problems->n == 1 ? "" : "s");
    goto fail;
  }
  r = dg_matcher_build(p->dict, &p->matcher, err);
  if (r != DG_OK) goto fail;
  r = dg_mecab_open(&p->mecab, o->mecab_dic, err);
  if (r != DG_OK) goto fail;
  p->rz.dict = p->dict;
  p->rz.matcher = p->matcher;
  p->rz.rules = p->rules;
  p->relate.scope = o->scope;
  *out = p;
  return DG_OK;
fail:
  dg_pipeline_close(p);
  return r;
}

void dg_pipeline_close(dg_pipeline *p) {
  if (!p) return;
  dg_mecab_close(p->mecab);
  dg_matcher_free(p->matcher);
  dg_rules_free(p->rules);
  dg_dict_free(p->dict);
  free(p);
}

const dg_dict *dg_pipeline_dict(const dg_pipeline *p) { return p->dict; }
const dg_rules *dg_pipeline_rules(const dg_pipeline *p) { return p->rules; }
dg_mecab *dg_pipeline_mecab(const dg_pipeline *p) { return p->mecab; }

dg_err dg_pipeline_doc(const dg_pipeline *p, dg_tagger *t, dg_doc *d, dg_error *err) {
  dg_err r = dg_source_prepare(d, err);
  if (r == DG_OK) r = dg_segment_sentences(d, p->rules, err);
  if (r == DG_OK) r = dg_segment_tokens(d, t, err);
  if (r == DG_OK) r = dg_recognize(&p->rz, d, err);
  if (r == DG_OK) r = dg_relate(p->rules, &p->relate, d, err);
  return r;
}
