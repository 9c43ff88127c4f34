/* A meeting's outcome documents named only by their kind: "the meeting adopted a Joint
 * Statement", "issued the Co-Chairs' statement", 「共同メディア声明」が発出された. The kind
 * alone (outcome_documents.tsv) is no name any two documents share: each document's Joint
 * Statement is an entity of its own, scoped to the document as its unnamed meeting is
 * (program:joint-statement@<the document's key>, labelled "Joint Statement (file.txt)"),
 * so relate ties it to the meeting that adopts it and two meetings' statements never merge.
 *
 * A kind named again after a program whose name holds it (観光大臣特別対話共同声明 … 共同声明)
 * means that program.
 *
 * Invariant: a kind becomes a program only where it stands alone: as whole words in
 * English (not "joint statements", not inside a name such as the Joint Statement on the
 * ASEAN Outlook, which other rules found before), on token boundaries in Japanese, over
 * no other mention; one entity a kind a document, whatever the case or apostrophe it is
 * written with (Co-Chairs' Statement, co-chairs’ statement). */
#define _GNU_SOURCE /* strcasestr */
#include <string.h>

#include "base/scan.h"
#include "recognize/names_int.h"

/* The stem of a kind's id: the kind minted as any new name is (dgn_mint_id) with its
 * apostrophes (' ’) dropped, so that Co-Chairs' and Co-Chairs’ make one
 * (program:co-chairs-statement); NULL without memory. */
static const char *kind_stem(dgn_ctx *c, uint32_t a, uint32_t z) {
  char s[128];
  size_t n = 0;
  for (uint32_t i = a; i < z && n < sizeof s; i++) {
    if (c->t[i] == '\'') continue;
    if (dg_lit(c->t, z, i, "\xE2\x80\x99")) { /* ’ */
      i += 2;
      continue;
    }
    s[n++] = c->t[i];
  }
  return dgn_mint_id(c, DG_TYPE_PROGRAM, s, n);
}

/* Does the kind at t[a, z) stand alone: whole words (Latin) or token boundaries, inside
 * no other name; in English in some lower case (not a heading in capitals) and not
 * described by what follows (a joint declaration on cooperation between A and B: the text
 * names it by its subject, no meeting's own)? */
static int stands_alone(dgn_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->t;
  int latin = (unsigned char)t[a] < 0x80;
  if (latin ? (a > 0 && dg_is_ascii_alnum((unsigned char)t[a - 1])) ||
                  (z < c->len && dg_is_ascii_alnum((unsigned char)t[z])) ||
                  dg_all_capitals(t + a, z - a) || dg_lit(t, c->len, z, " on ") ||
                  dg_lit(t, c->len, z, " between ")
            : !dg_doc_token_boundary(c->d, a) || !dg_doc_token_boundary(c->d, z))
    return 0;
  return !dgn_overlaps(c, a, z, ANY_NAMED);
}

/* Does the English kind at t[a, z) open the document's first line and name the meeting
 * after it with "of" (Chairman's Statement of the 13th East Asia Summit): the title of the
 * text itself, which names no document the text speaks of? */
static int title_of_text(const dgn_ctx *c, uint32_t a, uint32_t z) {
  for (uint32_t p = 0; p < a; p++)
    if (c->t[p] != ' ' && c->t[p] != '\n' && c->t[p] != '\r') return 0;
  return dg_lit(c->t, c->len, z, " of ");
}

/* The program named before a whose name holds the kind t[a, z) (観光大臣特別対話共同声明 …
 * 共同声明; the Joint Statement on the Ocean … the Joint Statement): the nearest one among
 * the first nm mentions (in text order), *j moving past those that start before a; *last keeps
 * the nearest such program seen. NULL when there is none. */
static const dg_mention *named_before(dgn_ctx *c, size_t nm, size_t *j, long *last,
                                      uint32_t a, uint32_t z) {
  const dg_doc *d = c->d;
  const dg_wordlist *kinds = &c->r->outcome_documents;
  for (; *j < nm && d->ments[*j].start < a; (*j)++) {
    const dg_mention *m = &d->ments[*j];
    if (m->type != DG_TYPE_PROGRAM || m->implicit || strchr(m->id, '@')) continue;
    for (size_t k = 0; k < kinds->n; k++)
      if (strcasestr(m->label, kinds->w[k].s) ||
          (m->label_en && strcasestr(m->label_en, kinds->w[k].s))) {
        *last = (long)*j;
        break;
      }
  }
  if (*last < 0) return NULL;
  const dg_mention *m = &d->ments[*last];
  char kind[64];
  size_t n = z - a < sizeof kind ? z - a : sizeof kind - 1;
  memcpy(kind, c->t + a, n);
  kind[n] = '\0';
  return strcasestr(m->label, kind) || (m->label_en && strcasestr(m->label_en, kind)) ? m : NULL;
}

/* The kinds a document names so far: each one's id and the label of its first mention. */
#define MAX_KINDS 32
typedef struct {
  const char *id[MAX_KINDS], *label[MAX_KINDS];
  size_t n;
} kinds_seen;

/* Add the kind at [a, z) as the document's entity of that kind, labelled as its first
 * mention (past MAX_KINDS kinds, each mention as itself); 0, or -1 without memory. */
static int add_kind(dgn_ctx *c, kinds_seen *ks, uint32_t a, uint32_t z) {
  const char *stem = kind_stem(c, a, z), *id, *label;
  if (!stem || dgn_doc_scoped(c, stem, a, z, &id, &label)) return -1;
  size_t k = 0;
  while (k < ks->n && strcmp(ks->id[k], id)) k++;
  if (k < ks->n) label = ks->label[k];
  else if (ks->n < MAX_KINDS) {
    ks->id[ks->n] = id;
    ks->label[ks->n++] = label;
  }
  int latin = dgn_is_latin(c->t + a, z - a);
  return dgn_add(c, DG_TYPE_PROGRAM, a, z, id, label, latin ? label : "", -1, 0) ? 0 : -1;
}

/* A kind standing alone: a reference to the program named before that holds it, else the
 * document's entity of that kind; 0, or -1 without memory. */
static int kind_at(dgn_ctx *c, kinds_seen *ks, size_t nm, size_t *j, long *last, uint32_t a,
                   uint32_t z) {
  const dg_mention *named = named_before(c, nm, j, last, a, z);
  if (!named) return add_kind(c, ks, a, z);
  dg_mention copy = *named;
  return dgn_add(c, DG_TYPE_PROGRAM, a, z, copy.id, copy.label, copy.label_en, copy.entity, 1)
             ? 0
             : -1;
}

dg_err dgn_outcome_documents(dgn_ctx *c, dg_error *err) {
  const dg_wordlist *kinds = &c->r->outcome_documents;
  kinds_seen ks = {0};
  size_t j = 0, nm = c->d->nments; /* the mentions before this rule's, in text order */
  long last = -1;
  for (size_t i = 0; i < c->len;) {
    long w = dg_wordlist_at(kinds, c->t, c->len, i);
    if (w < 0) {
      i++;
      continue;
    }
    uint32_t a = (uint32_t)i, z = a + (uint32_t)kinds->w[w].len;
    if (stands_alone(c, a, z) && !title_of_text(c, a, z) &&
        kind_at(c, &ks, nm, &j, &last, a, z))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    i = z;
  }
  return DG_OK;
}
