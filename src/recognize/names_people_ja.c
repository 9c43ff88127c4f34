/* People in Japanese text, by the title after the name (titles.tsv, `after`): 高市総理大臣,
 * トカエフ・カザフスタン大統領, 中村健太郎総合外交政策局審議官, ジェーン・ホワイト外務貿易省次官.
 * Between the name and the title may stand what the title is of: a country, an
 * organization, 駐 and a country.
 * Invariant: a person never overlaps another kind of name, and a title with nothing but a
 * country or organization before it (カザフスタン大統領) names no one. */
#include "recognize/names_int.h"

static const char CHU[] = "\xE9\xA7\x90"; /* 駐: an ambassador's country follows */

dg_err dgn_add_person(dgn_ctx *c, uint32_t a, uint32_t z, dg_error *err) {
  if (z <= a || z - a > 60) return DG_OK;
  if (dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON))) return DG_OK;
  if (dgn_mention_exact(c, a, z, T(PERSON)) >= 0) return DG_OK;
  if (!dgn_add_minted(c, DG_TYPE_PERSON, a, z))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* A Japanese title at token k that ends on a token boundary: 1, and *tend its end. */
static int title_at(const dgn_ctx *c, const dg_sentence *s, uint32_t k, uint32_t *tend) {
  const dg_token *tk = &c->d->toks[k];
  long ti = dg_wordlist_at(&c->r->titles, c->t, s->end, tk->start);
  if (ti < 0 || c->r->titles.w[ti].as.title.side != DG_SIDE_AFTER ||
      (unsigned char)c->t[tk->start] < 0x80)
    return 0;
  *tend = tk->start + c->r->titles.w[ti].len;
  return dg_doc_token_boundary(c->d, *tend);
}

/* An organization's compound name no dictionary lists, plain nouns ending in an
 * organization head right before z (ジェーン・ホワイト|外務貿易省|次官): where it starts, or
 * z. */
static uint32_t org_compound_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  const dg_doc *d = c->d;
  long oh = dg_wordlist_before(&c->r->heads, c->t, s->start, z);
  if (oh < 0 || c->r->heads.w[oh].as.head.type != DG_TYPE_ORGANIZATION) return z;
  long q = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  while (q >= (long)s->tok0 && d->toks[q].end == a && dgn_name_token(c, &d->toks[q]) &&
         !dgn_katakana_token(c, &d->toks[q]) && d->toks[q].pos != DG_POS_NOUN_PROPER)
    a = d->toks[q--].start;
  return a < z && a < z - c->r->heads.w[oh].len ? a : z;
}

/* What the title at z is of, hopped over right to left: a country or organization (known
 * or by its head), 駐, a ・ before them (トカエフ・カザフスタン大統領,
 * 植田駐カンボジア日本国特命全権大使). Returns where the person's name must end. */
static uint32_t owner_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  for (int hop = 0; hop < 4; hop++) {
    long cm = dgn_mention_ending(c, z, PLACE_LIKE | T(ORGANIZATION));
    if (cm >= 0 && c->d->ments[cm].start < z) {
      z = c->d->ments[cm].start;
      continue;
    }
    if (hop > 0 && dg_lit_before(c->t, z, CHU)) {
      z -= 3;
      continue;
    }
    uint32_t a = org_compound_start(c, s, z);
    if (a < z) {
      z = a;
      continue;
    }
    if (hop > 0 && dg_lit_before(c->t, z, DGN_DOT)) z -= 3;
    break;
  }
  return z;
}

/* MeCab may read a new name and the country after it as one word (トカエフ・カザフスタン):
 * the name is the katakana before z, without a leading ・, six bytes or more. */
static dg_err person_glued_to_owner(dgn_ctx *c, const dg_sentence *s, uint32_t z,
                                    dg_error *err) {
  uint32_t a = z;
  while (a > s->start) {
    size_t p = dg_utf8_prev(c->t, a);
    uint32_t cp = dg_cp_at(c->t, c->len, p);
    if (dg_script_of(cp) != DG_SC_KATAKANA && cp != DGN_CP_DOT) break;
    a = (uint32_t)p;
  }
  while (a < z && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3;
  return z - a >= 6 ? dgn_add_person(c, a, z, err) : DG_OK;
}

/* A katakana name of parts joined by ・, some of them ordinary words (ジェーン・ホワイト),
 * ending with token j at z: the whole run is a name when it has two parts or more and one
 * is a known first or family name or a new word. *done: it was. */
static dg_err dotted_katakana_name(dgn_ctx *c, const dg_sentence *s, long j, uint32_t z,
                                   int *done, dg_error *err) {
  const dg_doc *d = c->d;
  *done = 0;
  if (j < (long)s->tok0 || d->toks[j].end != z || !dgn_katakana_token(c, &d->toks[j]))
    return DG_OK;
  int personal = 0, parts = 0;
  uint32_t a = z;
  for (long q = j; q >= (long)s->tok0 && d->toks[q].end == a &&
                   dgn_katakana_token(c, &d->toks[q]) &&
                   !dgn_overlaps(c, d->toks[q].start, d->toks[q].end, ANY_NAMED & ~T(PERSON));
       q--) {
    const dg_token *pk = &d->toks[q];
    if (dg_cp_at(c->t, c->len, pk->start) != DGN_CP_DOT) {
      parts++;
      if ((pk->pos == DG_POS_NOUN_PROPER && pk->subpos == 2) || pk->unknown) personal = 1;
    }
    a = pk->start;
  }
  while (a < z && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3;
  if (!personal || parts < 2 || a >= z) return DG_OK;
  *done = 1;
  return dgn_add_person(c, a, z, err);
}

/* 1: a name for sure (MeCab's 人名, or a new katakana word); 2: maybe (a kanji word MeCab
 * does not know, as rare surnames are); 0: not a name. */
static int person_token(const dgn_ctx *c, const dg_token *k) {
  const char *s = c->t + k->start;
  size_t n = k->end - k->start;
  if (k->pos == DG_POS_NOUN_PROPER && k->subpos == 2) return 1;
  if (dgn_all_katakana(s, n) && n >= 6 && (k->unknown || k->pos == DG_POS_NOUN_PROPER)) return 1;
  if (k->unknown && n <= 9 && dgn_has_script(s, n, DG_SC_KANJI) &&
      !dgn_has_script(s, n, DG_SC_HIRAGANA))
    return 2;
  return 0;
}

/* Token j is a ・ with an all-katakana token before it. */
static int dot_after_katakana(const dgn_ctx *c, const dg_sentence *s, long j) {
  return dg_cp_at(c->t, c->len, c->d->toks[j].start) == DGN_CP_DOT && j > (long)s->tok0 &&
         dgn_katakana_token(c, &c->d->toks[j - 1]);
}

/* MeCab may cut a new katakana name in two (ラフ|モン): the first token of the run of
 * touching katakana tokens (no ・) that ends with token j. */
static long katakana_run_start(const dgn_ctx *c, const dg_sentence *s, long j) {
  const dg_token *tk = c->d->toks;
  while (j > (long)s->tok0 && tk[j - 1].end == tk[j].start &&
         dg_cp_at(c->t, c->len, tk[j - 1].start) != DGN_CP_DOT &&
         dgn_katakana_token(c, &tk[j - 1]))
    j--;
  return j;
}

/* The name: up to four person-like tokens ending with token j at z, katakana parts joined
 * by ・ (エマモリ・ラフモン); a name of several tokens needs one that is surely a name. */
static dg_err person_tokens(dgn_ctx *c, const dg_sentence *s, long j, uint32_t z,
                            dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t a = z;
  int ntok = 0, strong = 0;
  while (j >= (long)s->tok0 && ntok < 4) {
    const dg_token *pk = &d->toks[j];
    if (pk->end != a) break;
    int pt = person_token(c, pk);
    if (!pt) {
      if (!dot_after_katakana(c, s, j)) break;
      a = pk->start;
      j--;
      continue;
    }
    if (dgn_is_stop(c, pk->start, pk->end) || dgn_overlaps(c, pk->start, pk->end, ANY_NAMED))
      break;
    if (dgn_katakana_token(c, pk)) {
      j = katakana_run_start(c, s, j);
      pk = &d->toks[j];
      pt = 1;
    }
    if (pt == 1) strong = 1;
    a = pk->start;
    j--;
    ntok++;
  }
  return a < z && (strong || ntok == 1) ? dgn_add_person(c, a, z, err) : DG_OK;
}

/* The person before the title at token k, if any. */
static dg_err person_before_title(dgn_ctx *c, const dg_sentence *s, uint32_t k, dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t z = owner_start(c, s, d->toks[k].start);
  long j = (long)k - 1;
  while (j >= (long)s->tok0 && d->toks[j].start >= z) j--;
  if (!dg_doc_token_boundary(d, z)) return person_glued_to_owner(c, s, z, err);
  int done;
  dg_err e = dotted_katakana_name(c, s, j, z, &done, err);
  if (e != DG_OK || done) return e;
  return person_tokens(c, s, j, z, err);
}

dg_err dgn_ja_people(dgn_ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    uint32_t kend = s.tok0 + s.ntok;
    for (uint32_t k = s.tok0 + 1; k < kend; k++) {
      uint32_t tend;
      if (!title_at(c, &s, k, &tend)) continue;
      dg_err e = person_before_title(c, &s, k, err);
      if (e != DG_OK) return e;
      /* the rest of the title is no title of its own (内閣|総理|大臣) */
      while (k + 1 < kend && d->toks[k + 1].start < tend) k++;
    }
  }
  return DG_OK;
}
