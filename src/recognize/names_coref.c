/* Back references (coref.tsv): 本会合 means the meeting the document is about (the first
 * one it names), 同会合 and 同イニシアティブ the one named last before them. A reference
 * prefers a name with its head noun (会合 in 本会合), then any name of its type.
 * Invariant: a reference becomes an implicit mention of its antecedent's entity; an
 * implicit mention (another reference, 我が国) is never an antecedent, and a reference word
 * inside a name is none. Mentions must be sorted by start (one sweep finds the nearest
 * earlier name for every reference). */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "recognize/names_int.h"

typedef struct {
  uint32_t a, z;
  uint32_t word;    /* index in the coref list */
  const char *head; /* the head noun it ends with, or NULL */
  size_t hl;
} reference;

/* Does the label name the head noun of a reference (対話 for 本対話)? */
static int has_head(const dg_mention *m, const reference *r) {
  return r->head && memmem(m->label, strlen(m->label), r->head, r->hl) != NULL;
}

/* The longest head word (heads.tsv) shorter than the reference that ends it. */
static void reference_head(const dgn_ctx *c, reference *rf) {
  for (size_t k = 0; k < c->r->heads.n; k++) {
    const dg_word *h = &c->r->heads.w[k];
    if (h->len < rf->z - rf->a && h->len > rf->hl &&
        memcmp(c->t + rf->z - h->len, h->s, h->len) == 0) {
      rf->head = h->s;
      rf->hl = h->len;
    }
  }
}

/* The reference at i, if one of coref.tsv stands there on token boundaries outside every
 * name; *i moves past what was looked at. */
static int reference_at(dgn_ctx *c, size_t *i, reference *rf) {
  const char *t = c->t;
  unsigned char ch = (unsigned char)t[*i];
  long w = ch >= 0x80 ? dg_wordlist_at(&c->r->coref, t, c->len, *i) : -1;
  if (w < 0) {
    *i += ch < 0x80 ? 1 : (size_t)dg_utf8_len(t + *i, t + c->len);
    return 0;
  }
  *rf = (reference){(uint32_t)*i, (uint32_t)*i + c->r->coref.w[w].len, (uint32_t)w, NULL, 0};
  *i = rf->z;
  if (!dg_doc_token_boundary(c->d, rf->a) || !dg_doc_token_boundary(c->d, rf->z)) return 0;
  if (dgn_overlaps(c, rf->a, rf->z, ANY_NAMED)) return 0;
  reference_head(c, rf);
  return 1;
}

/* The antecedent of a "main" reference: the first name of its type in the document, named
 * with its head noun if one is. */
static const dg_mention *main_antecedent(const dg_doc *d, size_t nm, const reference *rf,
                                         dg_type want) {
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < nm; i++) {
      const dg_mention *m = &d->ments[i];
      if (m->type == want && !m->implicit && (pass || has_head(m, rf))) return m;
    }
  return NULL;
}

/* The antecedent of a "last" reference: the nearest name of its type that ends before it,
 * named with its head noun if one is; *k: the mentions that start before it (moves on). */
static const dg_mention *last_antecedent(const dg_doc *d, size_t nm, const reference *rf,
                                         dg_type want, size_t *k) {
  while (*k < nm && d->ments[*k].start < rf->a) (*k)++;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = *k; i-- > 0;) {
      const dg_mention *m = &d->ments[i];
      if (m->type == want && !m->implicit && m->end <= rf->a && (pass || has_head(m, rf)))
        return m;
    }
  return NULL;
}

typedef DG_VEC(reference) references;

/* Every reference of the document, in text order. */
static dg_err find_references(dgn_ctx *c, references *refs, dg_error *err) {
  for (size_t i = 0; i < c->len;) {
    reference rf;
    if (reference_at(c, &i, &rf) && DG_PUSH(*refs, rf))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

dg_err dgn_coreference(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  references refs = {0};
  dg_err e = find_references(c, &refs, err);
  /* the references are added at the end: look at the mentions there were before */
  size_t nm = d->nments, k = 0;
  for (size_t x = 0; x < refs.n && e == DG_OK; x++) {
    const reference *rf = &refs.v[x];
    const dg_word *w = &c->r->coref.w[rf->word];
    dg_type want = w->as.coref.type;
    const dg_mention *ante = w->as.coref.refers == DG_REFERS_MAIN
                                 ? main_antecedent(d, nm, rf, want)
                                 : last_antecedent(d, nm, rf, want, &k);
    if (!ante) continue;
    dg_mention copy = *ante;
    if (!dgn_add(c, want, rf->a, rf->z, copy.id, copy.label, copy.label_en, copy.entity, 1))
      e = dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  free(refs.v);
  return e;
}
