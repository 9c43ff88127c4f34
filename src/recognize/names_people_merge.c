/* Short mentions of a person merge into the full name given elsewhere in the document:
 * 高市 -> 高市早苗, ラフモン -> エマモリ・ラフモン, Marcos -> Ferdinand Marcos, Mr Downer ->
 * ALEXANDER DOWNER. A listed person's full name is its label and its English label; Latin
 * words match in any letter case.
 * Invariant: only people no dictionary lists take another's id and labels, always those
 * of the longest full name that contains them (the first such in the document on a tie);
 * people are looked at in document order, each seeing the merges made before it.
 *
 * Linear in the people: every short form a label stands for (its prefixes and the parts
 * after a ・ for Japanese names, its runs of whole words for Latin ones) is a key of a
 * map to the labels that hold it, longest first; a label that merges is filed again under
 * its new text, its old entries dropped as they come up. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "recognize/names_int.h"

enum { JAPANESE, LATIN }; /* how a short form is looked for: the map it is in */

/* A person's label filed under one short form: its length, the person, and the version
 * of its label (older versions are gone). */
typedef struct {
  uint32_t len, y, ver;
} entry;

typedef DG_VEC(entry) heap; /* the best entry first: longest label, then earliest person */

typedef struct {
  dg_hmap keys[2]; /* short form -> its heap in `heaps` */
  DG_VEC(heap) heaps;
  uint32_t *ver; /* per person: the version of its label */
} full_names;

static int better(const entry *a, const entry *b) {
  return a->len > b->len || (a->len == b->len && a->y < b->y);
}

static int heap_push(heap *h, entry e) {
  if (DG_PUSH(*h, e)) return -1;
  for (size_t i = h->n - 1; i > 0 && better(&h->v[i], &h->v[(i - 1) / 2]); i = (i - 1) / 2) {
    entry t = h->v[i];
    h->v[i] = h->v[(i - 1) / 2];
    h->v[(i - 1) / 2] = t;
  }
  return 0;
}

static void heap_pop(heap *h) {
  h->v[0] = h->v[--h->n];
  for (size_t i = 0;;) {
    size_t l = 2 * i + 1, r = l + 1, b = i;
    if (l < h->n && better(&h->v[l], &h->v[b])) b = l;
    if (r < h->n && better(&h->v[r], &h->v[b])) b = r;
    if (b == i) return;
    entry t = h->v[i];
    h->v[i] = h->v[b];
    h->v[b] = t;
    i = b;
  }
}

/* The key of a Latin short form: ASCII folded to lower case (Downer, DOWNER); 0 when it
 * is too long to be one. */
static int latin_key(const char *k, size_t kl, char *out, size_t size) {
  if (kl >= size) return 0;
  for (size_t i = 0; i < kl; i++) out[i] = (k[i] >= 'A' && k[i] <= 'Z') ? (char)(k[i] + 32) : k[i];
  return 1;
}

/* File e under the short form k[0, kl) of a kind; returns 0, or -1 when memory runs out. */
static int file_under(full_names *fn, int kind, const char *k, size_t kl, entry e) {
  char folded[256];
  if (kind == LATIN) {
    if (!latin_key(k, kl, folded, sizeof folded)) return 0;
    k = folded;
  }
  uint32_t *at;
  int r = dg_hmap_put(&fn->keys[kind], k, kl, (uint32_t)fn->heaps.n, &at);
  if (r < 0) return -1;
  if (r == 1) {
    heap empty = {0};
    if (DG_PUSH(fn->heaps, empty)) return -1;
  }
  return heap_push(&fn->heaps.v[*at], e);
}

/* The short forms of a Japanese label: each prefix (a surname: 高市 of 高市早苗) and what
 * follows a ・ that is not its first character (ラフモン of エマモリ・ラフモン). */
static int file_japanese(full_names *fn, const char *l, size_t ll, entry e) {
  for (size_t sl = 1; sl < ll; sl++)
    if (file_under(fn, JAPANESE, l, sl, e)) return -1;
  for (size_t p = 1; p + 3 < ll; p++)
    if (memcmp(l + p, DGN_DOT, 3) == 0 && file_under(fn, JAPANESE, l + p + 3, ll - p - 3, e))
      return -1;
  return 0;
}

/* The short forms of a Latin label: every run of whole words (space-delimited) shorter
 * than the label (Marcos and Ferdinand of Ferdinand Marcos). */
static int file_latin(full_names *fn, const char *l, size_t ll, entry e) {
  for (size_t i = 0; i < ll; i++) {
    if (i > 0 && l[i - 1] != ' ') continue;
    for (size_t j = i + 1; j <= ll; j++)
      if ((j == ll || l[j] == ' ') && j - i < ll && file_under(fn, LATIN, l + i, j - i, e))
        return -1;
  }
  return 0;
}

/* File person y's current label, and a listed person's English label, under all their
 * short forms. */
static int file_label(full_names *fn, const dg_doc *d, const uint32_t *pi, uint32_t y) {
  const dg_mention *m = &d->ments[pi[y]];
  const char *l = m->label;
  size_t ll = strlen(l);
  entry e = {(uint32_t)ll, y, fn->ver[y]};
  if (file_japanese(fn, l, ll, e) || file_latin(fn, l, ll, e)) return -1;
  if (m->entity < 0 || !m->label_en || !strcmp(m->label_en, l)) return 0;
  size_t el = strlen(m->label_en);
  entry en = {(uint32_t)el, y, fn->ver[y]};
  return file_latin(fn, m->label_en, el, en);
}

/* Is listed person m written by a short form of its name, a family name alias (小野寺,
 * Ishiba): the start of its Japanese label or a word of its English one? Another person
 * of the document with that family name is then the one meant (小野寺雅人). */
static int listed_short_form(const dg_doc *d, const dg_mention *m) {
  if (m->entity < 0 || !d->text) return 0;
  const char *t = d->text + m->start;
  size_t n = m->end - m->start, lj = strlen(m->label), le = m->label_en ? strlen(m->label_en) : 0;
  if (n < lj && !memcmp(m->label, t, n)) return 1;
  for (size_t i = 0; n < le && i + n <= le; i++)
    if ((i == 0 || m->label_en[i - 1] == ' ') && (i + n == le || m->label_en[i + n] == ' ') &&
        !strncasecmp(m->label_en + i, t, n))
      return 1;
  return 0;
}

/* The person with the longest current label that the name s[0, n) is a short form of
 * (the first on a tie), or -1. A Latin name (no kanji or katakana) is a word of it, a
 * Japanese one its prefix or its last part after ・. */
static long full_name(full_names *fn, const char *s, size_t ml) {
  int latin = !dgn_has_script(s, ml, DG_SC_KANJI) && !dgn_has_script(s, ml, DG_SC_KATAKANA);
  char folded[256];
  const char *k = s;
  if (latin) {
    if (!latin_key(s, ml, folded, sizeof folded)) return -1;
    k = folded;
  }
  const uint32_t *at = dg_hmap_get(&fn->keys[latin ? LATIN : JAPANESE], k, ml);
  if (!at) return -1;
  heap *h = &fn->heaps.v[*at];
  while (h->n && h->v[0].ver != fn->ver[h->v[0].y]) heap_pop(h); /* merged since */
  return h->n ? (long)h->v[0].y : -1;
}

/* Merge each short name in turn; returns 0, or -1 when memory runs out. People no
 * dictionary lists go by their label, listed ones written short by what is written. */
static int merge_all(full_names *fn, dg_doc *d, const uint32_t *pi, size_t np) {
  for (uint32_t y = 0; y < np; y++)
    if (!listed_short_form(d, &d->ments[pi[y]]) && file_label(fn, d, pi, y)) return -1;
  for (uint32_t x = 0; x < np; x++) {
    dg_mention *m = &d->ments[pi[x]];
    int shortened = listed_short_form(d, m);
    if (m->entity >= 0 && !shortened) continue;
    long b = shortened ? full_name(fn, d->text + m->start, m->end - m->start)
                       : full_name(fn, m->label, strlen(m->label));
    if (b < 0 || !strcmp(d->ments[pi[b]].id, m->id)) continue;
    const dg_mention *best = &d->ments[pi[b]];
    m->id = best->id;
    m->label = best->label;
    m->label_en = best->label_en;
    m->entity = best->entity;
    fn->ver[x]++;
    if (file_label(fn, d, pi, x)) return -1;
  }
  return 0;
}

/* ---- names again without their title ---- */

#define SHARED UINT32_MAX /* a form two people have: it is looked for no more */

/* Note form s[0, n) of the person whose id hashes to `owner`; 0, or -1 without memory. */
static int note_form(dg_hmap *forms, const char *s, size_t n, uint32_t owner) {
  uint32_t *at;
  int r = dg_hmap_put(forms, s, n, owner, &at);
  if (r == 0 && *at != owner) *at = SHARED;
  return r < 0 ? -1 : 0;
}

/* The forms of a Latin name: the whole name and each capitalized word of three letters or
 * more that is no small word, no particle and no title (Penny Wong: Penny Wong, Penny,
 * Wong; Mohamad Bin Haji Hasan: not Bin, nor Haji, a title it carries inside). */
static int latin_forms(const dgn_ctx *c, dg_hmap *forms, const char *l, uint32_t owner) {
  size_t ll = strlen(l);
  if (note_form(forms, l, ll, owner)) return -1;
  for (size_t i = 0; i < ll;) {
    size_t j = i;
    while (j < ll && l[j] != ' ') j++;
    if (j - i >= 3 && dg_is_upper(l[i]) && dg_is_lower(l[j - 1]) &&
        dg_wordlist_find(&c->r->name_joiners, l + i, j - i) < 0 &&
        dg_wordlist_find(&c->r->name_stops, l + i, j - i) < 0 &&
        dg_wordlist_find(&c->r->name_particles, l + i, j - i) < 0 &&
        dg_wordlist_find(&c->r->titles, l + i, j - i) < 0 && note_form(forms, l + i, j - i, owner))
      return -1;
    i = j + 1;
  }
  return 0;
}

/* The forms of every person the document names: a Latin name (a listed person's English
 * label) and its words, a Japanese name of two characters or more and the last part of a
 * katakana one of three or more (ラフモン of エマモリ・ラフモン). */
static int note_people(const dgn_ctx *c, dg_hmap *forms) {
  for (size_t i = 0; i < c->d->nments; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (m->type != DG_TYPE_PERSON) continue;
    uint32_t owner = (uint32_t)dg_hash_bytes(m->id, strlen(m->id)) & 0x7FFFFFFF;
    const char *l = m->label;
    size_t ll = strlen(l);
    if (m->entity >= 0 && m->label_en && *m->label_en && latin_forms(c, forms, m->label_en, owner))
      return -1;
    if (dgn_is_latin(l, ll)) {
      if (latin_forms(c, forms, l, owner)) return -1;
      continue;
    }
    if (ll >= 6 && note_form(forms, l, ll, owner)) return -1;
    const char *dot = NULL;
    for (const char *p = strstr(l, DGN_DOT); p; p = strstr(p + 3, DGN_DOT)) dot = p;
    size_t rest = dot ? (size_t)(l + ll - dot - 3) : 0;
    if (rest >= 9 && note_form(forms, dot + 3, rest, owner)) return -1;
  }
  return 0;
}

/* May t[a, z) be a person named again: whole words of Latin, or whole tokens starting
 * with a proper noun, a new word or katakana, with no other name or value on it? */
static int named_again(dgn_ctx *c, uint32_t a, uint32_t z) {
  const char *t = c->t;
  if (dgn_is_latin(t + a, z - a)) {
    if ((a > 0 && (dg_is_ascii_alnum((unsigned char)t[a - 1]) || t[a - 1] == '-')) ||
        (z < c->len && (dg_is_ascii_alnum((unsigned char)t[z]) || t[z] == '-')))
      return 0;
  } else {
    long k = dg_doc_token_at(c->d, a);
    if (k < 0 || dg_tok(c->d, k)->start != a || !dg_doc_token_boundary(c->d, z)) return 0;
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->pos != DG_POS_NOUN_PROPER && !tk->unknown && !dgn_katakana_token(c, tk)) return 0;
  }
  return !dgn_overlaps(c, a, z, ANY_NAMED | VALUES);
}

/* A form looked for in the text: its bytes and its place among the forms. */
typedef struct {
  const char *s;
  uint32_t len, f;
} form_key;

/* A place where a form stands in the text. */
typedef struct {
  uint32_t f, a, len;
} form_at;
typedef DG_VEC(form_at) forms_at;

static int by_bytes(const void *x, const void *y) {
  const form_key *p = x, *q = y;
  int r = memcmp(p->s, q->s, p->len < q->len ? p->len : q->len);
  return r ? r : (p->len > q->len) - (p->len < q->len);
}

static int by_form_then_place(const void *x, const void *y) {
  const form_at *p = x, *q = y;
  return p->f != q->f ? (p->f > q->f) - (p->f < q->f) : (p->a > q->a) - (p->a < q->a);
}

/* Narrow keys [*lo, *hi), sorted and all longer than j bytes that agree on their first j,
 * to those whose byte j is b. */
static void narrow(const form_key *k, size_t *lo, size_t *hi, size_t j, unsigned char b) {
  size_t l = *lo, h = *hi;
  while (l < h) {
    size_t mid = l + (h - l) / 2;
    if ((unsigned char)k[mid].s[j] < b) l = mid + 1;
    else h = mid;
  }
  size_t e = l;
  h = *hi;
  while (e < h) {
    size_t mid = e + (h - e) / 2;
    if ((unsigned char)k[mid].s[j] <= b) e = mid + 1;
    else h = mid;
  }
  *lo = l, *hi = e;
}

/* Every place in t[0, n) where one of the sorted keys k[0, nk) starts (overlapping ones
 * too, as strstr from each place found plus one finds them), in one pass over the text:
 * the keys that agree with the text so far narrow byte by byte. */
static int find_forms(const form_key *k, size_t nk, const char *t, size_t n, forms_at *out) {
  size_t first[257] = {0};
  for (size_t i = 0; i < nk; i++) first[(unsigned char)k[i].s[0] + 1]++;
  for (size_t b = 0; b < 256; b++) first[b + 1] += first[b];
  for (size_t a = 0; a < n; a++) {
    size_t lo = first[(unsigned char)t[a]], hi = first[(unsigned char)t[a] + 1];
    for (size_t j = 1; lo < hi; j++) {
      if (k[lo].len == j && DG_PUSH(*out, ((form_at){k[lo].f, (uint32_t)a, k[lo].len})))
        return -1;
      lo += k[lo].len == j;
      if (lo >= hi || a + j >= n) break;
      narrow(k, &lo, &hi, j, (unsigned char)t[a + j]);
    }
  }
  return 0;
}

/* Where the forms a person is known by (not two people's, see note_form) stand in the
 * text, by form (in the order they were noted), then by place. */
static int forms_in_text(const dgn_ctx *c, const dg_hmap *forms, forms_at *out) {
  form_key *k = malloc((forms->n ? forms->n : 1) * sizeof *k);
  if (!k) return -1;
  size_t nk = 0;
  for (size_t f = 0; f < forms->n; f++) {
    size_t klen;
    const char *form = dg_hmap_key(forms, f, &klen);
    if (forms->entries[f].value != SHARED && klen > 0 && klen < 256)
      k[nk++] = (form_key){form, (uint32_t)klen, (uint32_t)f};
  }
  qsort(k, nk, sizeof *k, by_bytes);
  int bad = find_forms(k, nk, c->t, strlen(c->t), out);
  free(k);
  if (!bad && out->n) qsort(out->v, out->n, sizeof *out->v, by_form_then_place);
  return bad;
}

/* A person named once with a title is a person where the document names them again
 * without one (Prime Minister Jane Doe ... Doe said); the merge below gives them the
 * full name. Returns 0, or -1 when memory runs out. */
static int people_again(dgn_ctx *c) {
  if (!c->t || !c->len) return 0;
  dg_hmap forms;
  dg_hmap_init(&forms);
  forms_at at = {0};
  int bad = note_people(c, &forms) || forms_in_text(c, &forms, &at);
  for (size_t i = 0; !bad && i < at.n; i++) {
    uint32_t a = at.v[i].a, z = a + at.v[i].len;
    if (named_again(c, a, z)) bad = !dgn_add_minted(c, DG_TYPE_PERSON, a, z);
  }
  free(at.v);
  dg_hmap_destroy(&forms);
  return bad ? -1 : 0;
}

dg_err dgn_merge_people(dgn_ctx *c, dg_error *err) {
  dg_doc *d = c->d;
  if (people_again(c)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  size_t np = 0;
  for (size_t i = 0; i < d->nments; i++) np += d->ments[i].type == DG_TYPE_PERSON;
  if (np < 2) return DG_OK;
  full_names fn = {0};
  dg_hmap_init(&fn.keys[JAPANESE]);
  dg_hmap_init(&fn.keys[LATIN]);
  uint32_t *pi = malloc(np * sizeof *pi);
  fn.ver = calloc(np, sizeof *fn.ver);
  int bad = !pi || !fn.ver;
  if (!bad) {
    np = 0;
    for (size_t i = 0; i < d->nments; i++)
      if (d->ments[i].type == DG_TYPE_PERSON) pi[np++] = (uint32_t)i;
    bad = merge_all(&fn, d, pi, np);
  }
  for (size_t k = 0; k < fn.heaps.n; k++) free(fn.heaps.v[k].v);
  free(fn.heaps.v);
  dg_hmap_destroy(&fn.keys[JAPANESE]);
  dg_hmap_destroy(&fn.keys[LATIN]);
  free(fn.ver);
  free(pi);
  return bad ? dg_error_set(err, DG_ENOMEM, "out of memory") : DG_OK;
}
