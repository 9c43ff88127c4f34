/* A group named by its region's bare name: in English, "the Mekong" alone is the river's
 * region, not the Mekong countries as a party. A group whose dictionary entry says
 * bare=REGION-ID (group:MEKONG: bare=region:mekong) and whose mention in Latin text is
 * its bare name standing alone becomes a mention of that region.
 *   development in the Mekong.  -> region:mekong
 *   the Mekong-Japan Summit, Lower Mekong Initiative, Mekong countries -> the group stays
 * Standing alone: one word, no dash or hyphen touching it, the word after it not a word of
 * party_nouns.tsv (Mekong partners, Mekong leaders; also a few words after "and": Mekong
 * and Pacific island states), and not capitalized (MEKONG WATER in a headline) unless the
 * bare name is inside a longer name it is not joined to by a dash (Lower Mekong Initiative,
 * the Mekong Water Fund: the region's name).
 * Invariant: only the mention's entity changes (type, id, labels), never its span; it runs
 * after the names, so no name is cut at the region. */
#include <string.h>

#include "base/scan.h"
#include "lex/rules_lists.h"
#include "recognize/names.h"

/* The region entity the group entity e names when bare (its bare= attribute), or -1. */
static long bare_region_of(const dg_dict *dict, const dg_entity *e) {
  char id[64];
  if (e->type != DG_TYPE_GROUP || !dg_entity_attr(e, "bare", id, sizeof id)) return -1;
  long r = dg_dict_find(dict, id);
  return r >= 0 && dg_dict_entity(dict, (size_t)r)->type == DG_TYPE_REGION ? r : -1;
}

/* Is mention i of d nested in a longer mention (Lower Mekong Initiative)? Mentions are in
 * order of their start, the longer first. */
static int inside_other(const dg_doc *d, size_t i) {
  const dg_mention *m = &d->ments[i];
  for (size_t k = i; k-- > 0 && d->ments[k].end > m->start;)
    if (d->ments[k].start <= m->start && d->ments[k].end >= m->end &&
        d->ments[k].end - d->ments[k].start > m->end - m->start)
      return 1;
  for (size_t k = i + 1; k < d->nments && d->ments[k].start == m->start; k++)
    if (d->ments[k].end > m->end) return 1;
  return 0;
}

/* Does a party noun stand at p, or a few words after "and" or "or" at p (Mekong and
 * Pacific island states: the states of both)? */
static int party_noun_near(const dg_rules *r, const dg_doc *d, uint32_t p) {
  const char *t = d->text;
  if (dg_wordlist_at(&r->party_nouns, t, d->len, p) >= 0) return 1;
  if (!dg_lit(t, d->len, p, "and ") && !dg_lit(t, d->len, p, "or ")) return 0;
  for (int words = 0; words < 4 && p < d->len; words++) {
    while (p < d->len && t[p] != ' ' && t[p] != '\n' && t[p] != ',' && t[p] != '.') p++;
    if (p >= d->len || t[p] != ' ') return 0;
    p++;
    if (dg_wordlist_at(&r->party_nouns, t, d->len, p) >= 0) return 1;
  }
  return 0;
}

/* Is the Latin mention m a bare name (one word: Mekong, not Mekong countries) standing
 * alone: no dash, hyphen or letter touching it, the word after it neither capitalized nor
 * a party noun? */
static int stands_alone(const dg_rules *r, const dg_doc *d, const dg_mention *m, int inside) {
  const char *t = d->text;
  uint32_t a = m->start, z = m->end;
  if (memchr(t + a, ' ', z - a)) return 0;
  if (a > 0 && (t[a - 1] == '-' || dg_is_ascii_alnum((unsigned char)t[a - 1]))) return 0;
  if (a >= 3 && dg_lit_before(t, a, "\xE2\x80\x93")) return 0; /* – */
  if (z < d->len && (t[z] == '-' || dg_is_ascii_alnum((unsigned char)t[z]))) return 0;
  if (dg_lit(t, d->len, z, "\xE2\x80\x93")) return 0;
  if (z + 1 < d->len && t[z] == ' ') {
    if (dg_is_upper(t[z + 1]) && !inside) return 0;
    if (party_noun_near(r, d, z + 1)) return 0;
  }
  return 1;
}

void dg_bare_regions(const dg_recognizer *rz, dg_doc *d) {
  const dg_dict *dict = rz->dict;
  for (size_t i = 0; i < d->nments; i++) {
    dg_mention *m = &d->ments[i];
    if (m->entity < 0 || m->implicit || m->type != DG_TYPE_GROUP) continue;
    long r = bare_region_of(dict, dg_dict_entity(dict, (size_t)m->entity));
    if (r < 0 || (unsigned char)d->text[m->start] >= 0x80 ||
        !stands_alone(rz->rules, d, m, inside_other(d, i)))
      continue;
    const dg_entity *e = dg_dict_entity(dict, (size_t)r);
    m->type = e->type;
    m->id = e->id;
    m->label = *e->label_ja ? e->label_ja : e->label_en;
    m->label_en = e->label_en;
    m->entity = (int32_t)r;
  }
}
