/* Vietnamese people in English text whose given names hold a place: a family name of
 * vn_surnames.tsv as written (Nguyen, Vuong, Le), then two to four capitalized syllables,
 * is one person where a place or country the dictionary found starts after the family name
 * and ends inside the syllables (Vuong Dinh Hue, Le Thi Quang Tri, Tran Van Vinh Phuc):
 * that place gives way (DG_TYPE_STOP, dropped with the head-word phase).
 * Invariant: the rule only settles such a conflict. It adds no person where no place lies
 * inside, and none where any other name overlaps the syllables or a place runs past them or
 * starts at the family name (Ho Chi Minh City; Pham Van Ha Nam Province: the province). */
#include <string.h>

#include "recognize/names_int.h"

#define MAX_SENTENCE_WORDS 256
#define MAX_SYLLABLES 4
#define MAX_SYLLABLE_BYTES 12  /* Nguyễn is eight bytes in UTF-8 */
#define MAX_SYLLABLE_LETTERS 7 /* Nghieng */

/* Is word w a family name of vn_surnames.tsv, as written? */
static int family_name(const dgn_ctx *c, const dgn_word *w) {
  const dg_wordlist *l = &c->r->vn_surnames;
  long k = dg_wordlist_find(l, c->t + w->a, w->z - w->a);
  return k >= 0 && l->w[k].len == w->z - w->a && !memcmp(l->w[k].s, c->t + w->a, l->w[k].len);
}

/* Is word w a syllable of a given name: a capital, then lower-case letters only (no
 * acronym, no digit), seven letters at most (Province is none), no title, no stop word and
 * no word of city_words.tsv (Minister, The, City)? */
static int syllable(const dgn_ctx *c, const dgn_word *w, uint32_t end) {
  uint32_t n = w->z - w->a, letters = 0;
  if (n < 2 || n > MAX_SYLLABLE_BYTES || !dgn_capital_at(c->t, w->a, end)) return 0;
  for (uint32_t i = w->a; i < w->z; i++) {
    unsigned char ch = (unsigned char)c->t[i];
    if (i > w->a && !dg_is_lower((char)ch) && ch < 0x80) return 0; /* letters only */
    letters += (ch & 0xC0) != 0x80; /* a UTF-8 continuation byte is no letter of its own */
  }
  return letters <= MAX_SYLLABLE_LETTERS && dg_wordlist_find(&c->r->titles, c->t + w->a, n) < 0 &&
         dg_wordlist_find(&c->r->name_stops, c->t + w->a, n) < 0 &&
         dg_wordlist_find(&c->r->city_words, c->t + w->a, n) < 0;
}

typedef struct {
  dg_doc *d;
  uint32_t a, given, z; /* the name, and where its given names start */
  int places, other;    /* places inside after the family name; any other overlap */
} vn_span;

static int place_inside(const dg_mention *m, const vn_span *sp) {
  return (m->type == DG_TYPE_PLACE || m->type == DG_TYPE_COUNTRY) && m->start >= sp->given &&
         m->end <= sp->z;
}

/* Sort the mentions overlapping the name: a place or country inside its given names, or
 * any other name (a person inside the name is neither). */
static int look(const dg_mention *m, size_t i, void *arg) {
  vn_span *sp = arg;
  (void)i;
  if (!((ANY_NAMED >> m->type) & 1) || m->end <= sp->a || m->start >= sp->z) return 0;
  if (place_inside(m, sp)) sp->places++;
  else if (m->type != DG_TYPE_PERSON || m->start < sp->a || m->end > sp->z) sp->other++;
  return 0;
}

/* A place inside the name gives way to it. */
static int give_way(const dg_mention *m, size_t i, void *arg) {
  vn_span *sp = arg;
  if (m->end > sp->a && m->start < sp->z && place_inside(m, sp))
    sp->d->ments[i].type = DG_TYPE_STOP;
  return 0;
}

/* The family name at word x and the syllables after it (up to MAX_SYLLABLES, spaces only
 * between them): a person over them when a place stands inside and nothing else overlaps;
 * *next is the last word of the name. */
static dg_err person_at(dgn_ctx *c, const dgn_word *w, size_t n, size_t x, uint32_t end,
                        size_t *next, dg_error *err) {
  if (!family_name(c, &w[x])) return DG_OK;
  size_t l = x + 1;
  while (l < n && l - x <= MAX_SYLLABLES && dgn_adjacent(c->t, w, l - 1) && syllable(c, &w[l], end))
    l++;
  if (l - x < 3) return DG_OK; /* a family name and two syllables at least */
  vn_span sp = {c->d, w[x].a, w[x + 1].a, w[l - 1].z, 0, 0};
  dgn_visit(c, sp.a, look, &sp);
  if (!sp.places || sp.other) return DG_OK;
  dgn_visit(c, sp.a, give_way, &sp);
  *next = l - 1;
  return dgn_add_person(c, sp.a, sp.z, err);
}

dg_err dgn_vn_people(dgn_ctx *c, dg_error *err) {
  dgn_word w[MAX_SENTENCE_WORDS];
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    size_t n = dgn_en_words(c->t, s.start, s.end, w, MAX_SENTENCE_WORDS);
    for (size_t x = 0; x + 2 < n; x++) {
      dg_err e = person_at(c, w, n, x, s.end, &x, err);
      if (e != DG_OK) return e;
    }
  }
  return DG_OK;
}
