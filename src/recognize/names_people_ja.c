/* People in Japanese text, by the title after the name (titles.tsv, `after`): 高市総理大臣,
 * トカエフ・カザフスタン大統領, 中村健太郎総合外交政策局審議官, ジェーン・ホワイト外務貿易省次官.
 * Between the name and the title may stand what the title is of: a country, an
 * organization, 駐 and a country.
 * A family name MeCab does not know and cuts into two kanji nouns (世|耕) is a name only
 * before a portfolio's title (世耕経済産業大臣), and before any title once the document
 * names a person so (世耕大臣).
 * Invariant: a person never overlaps another kind of name, and a title with nothing but a
 * country or organization before it (カザフスタン大統領) names no one. */
#include <string.h>

#include "recognize/names_int.h"

static const char CHU[] = "\xE9\xA7\x90"; /* 駐: an ambassador's country follows */
static const char ZAI[] = "\xE5\x9C\xA8"; /* 在: a post in the country that follows */
static const char CHU_NICHI[] = "\xE9\xA7\x90\xE6\x97\xA5"; /* 駐日: an envoy to Japan of the
                                                               country that follows */
static const char MAE[] = "\xE5\x89\x8D";  /* 前, 元: a former office (ロペス前フィリピン大統領) */
static const char MOTO[] = "\xE5\x85\x83";

typedef struct {
  uint32_t a, z;
  dg_doc *d;
} span;

/* A person mention that covers the span: a known name holds the one a rule found
 * (Ferdinand Marcos Jr. holds Ferdinand Marcos Jr). */
static int covers_span(const dg_mention *m, size_t i, void *arg) {
  const span *sp = arg;
  (void)i;
  return m->type == DG_TYPE_PERSON && m->start <= sp->a && m->end >= sp->z;
}

/* A shorter person inside the span gives way: 小野寺 (a listed minister's family name)
 * inside 小野寺雅人 is another person. */
static int give_way(const dg_mention *m, size_t i, void *arg) {
  const span *sp = arg;
  if (m->type == DG_TYPE_PERSON && m->start >= sp->a && m->end <= sp->z &&
      m->end - m->start < sp->z - sp->a)
    sp->d->ments[i].type = DG_TYPE_STOP;
  return 0;
}

/* A katakana name that runs into its country's name inside one word MeCab made of both
 * (リー・シェンロンシンガポール|共和国首相): where the country (four katakana or more, a
 * name of the dictionary) starts, in a token, after two characters or more of the name
 * but not after ・; else z. The country becomes a mention of its own. Near misses: a
 * country at a word's edge (the dictionary reads it), a short one (マリ, タイ). */
static uint32_t country_glued(dgn_ctx *c, uint32_t a, uint32_t z) {
  if (!dgn_all_katakana(c->t + a, z - a)) return z;
  for (uint32_t p = a + 6; p + 12 <= z; p += (uint32_t)dg_utf8_len(c->t + p, c->t + z)) {
    if (dg_doc_token_boundary(c->d, p) || dg_cp_before(c->t, p) == DGN_CP_DOT) continue;
    long ent = dg_dict_find_surface(c->rz->dict, c->t + p, z - p);
    if (ent < 0 || dg_dict_entity(c->rz->dict, (size_t)ent)->type != DG_TYPE_COUNTRY) continue;
    return dgn_add_entity(c, DG_TYPE_COUNTRY, p, z, ent) ? p : z;
  }
  return z;
}

dg_err dgn_add_person(dgn_ctx *c, uint32_t a, uint32_t z, dg_error *err) {
  if (z <= a || z - a > 60) return DG_OK;
  z = country_glued(c, a, z);
  if (dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON))) return DG_OK;
  span sp = {a, z, c->d};
  if (dgn_visit(c, a, covers_span, &sp)) return DG_OK;
  dgn_visit(c, a, give_way, &sp);
  if (!dgn_add_minted(c, DG_TYPE_PERSON, a, z))
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  return DG_OK;
}

/* A Japanese title at token k that ends on a token boundary: 1, and *tend its end. */
static int title_at(const dgn_ctx *c, const dg_sentence *s, uint32_t k, uint32_t *tend) {
  const dg_token *tk = dg_tok(c->d, k);
  long ti = dg_wordlist_at(&c->r->titles, c->t, s->end, tk->start);
  if (ti < 0 || c->r->titles.w[ti].as.title.side != DG_SIDE_AFTER ||
      (unsigned char)c->t[tk->start] < 0x80)
    return 0;
  *tend = tk->start + c->r->titles.w[ti].len;
  return dg_doc_token_boundary(c->d, *tend);
}

/* A plain word of an organization's compound name: no katakana, no proper noun. */
static int compound_word(const dgn_ctx *c, const dg_token *k) {
  return dgn_name_token(c, k) && !dgn_katakana_token(c, k) && k->pos != DG_POS_NOUN_PROPER;
}

/* A compound that opens with a place's head alone (省, 市: heads.tsv), right after a
 * katakana word (ビンディン|省|人民委員会, the body of a province): where the place's name
 * starts, after a space of the source that MeCab read inside the word (ホー・コック・ズン
 * ハノイ|市: the name before the space is the person's), or a. Near miss: 省 after kanji
 * (外務|省 is the compound's own word). */
static uint32_t province_before(const dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  long q = dg_doc_token_at(c->d, a);
  if (q <= (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, q)->start != a ||
      dg_tok(c->d, q)->end != a + 3) return a;
  long h = dg_wordlist_at(&c->r->heads, c->t, a + 3, a);
  int place = h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_PLACE;
  if (!place && memcmp(c->t + a, "\xE7\x9C\x81", 3) != 0) return a; /* 省 */
  long r = q - 1; /* MeCab may cut the name in two (ビン|ディン) */
  while (r >= (long)dg_sent_tok0(c->d, s) &&
         dg_tok(c->d, r)->end == (r == q - 1 ? a : dg_tok(c->d, r + 1)->start) &&
         dgn_katakana_token(c, dg_tok(c->d, r)) &&
             dg_cp_at(c->t, c->len, dg_tok(c->d, r)->start) != DGN_CP_DOT)
    r--;
  if (++r == q || a - dg_tok(c->d, r)->start < 6) return a;
  uint32_t p = dg_tok(c->d, r)->start;
  for (uint32_t i = p + 3; i + 3 <= a; i += 3)
    if (dgn_spaced_in_source(c, i)) p = i;
  return p;
}

/* An organization's compound name no dictionary lists, plain nouns ending in an
 * organization head right before z (ジェーン・ホワイト|外務貿易省|次官), a ・ between two
 * of its words (外務・国際協力省), a province's katakana name before 省 (province_before):
 * where it starts, or z. */
static uint32_t org_compound_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  const dg_doc *d = c->d;
  long oh = dg_wordlist_before(&c->r->heads, c->t, s->start, z);
  if (oh < 0 || c->r->heads.w[oh].as.head.type != DG_TYPE_ORGANIZATION) return z;
  long q = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  while (q >= (long)dg_sent_tok0(d, s) && dg_tok(d, q)->end == a &&
         (compound_word(c, dg_tok(d, q)) ||
          (dg_cp_at(c->t, c->len, dg_tok(d, q)->start) == DGN_CP_DOT &&
           q > (long)dg_sent_tok0(d, s) &&
           dg_tok(d, q - 1)->end == dg_tok(d, q)->start && compound_word(c, dg_tok(d, q - 1)))))
    a = dg_tok(d, q--)->start;
  return a < z && a < z - c->r->heads.w[oh].len ? province_before(c, s, a) : z;
}

/* An acronym in parentheses that ends at z, glossing the organization before it
 * (地雷対策被害者支援庁(CMAA)長官): where the "(" is, or z. */
static uint32_t acronym_gloss_start(const dgn_ctx *c, uint32_t z, uint32_t min) {
  if (z <= min || c->t[z - 1] != ')') return z;
  uint32_t a = z - 1;
  while (a > min && c->t[a - 1] != '(' && a + 12 > z) a--;
  if (a <= min || c->t[a - 1] != '(' || !dgn_is_acronym(c->t, a, z - 1)) return z;
  return a - 1;
}

/* What the title at z is of, hopped over right to left: a country or organization (known
 * or by its head, with its acronym), 駐, 駐日, 在, 前 or 元, a ・ before them (トカエフ・カザフスタン大統領,
 * 植田駐カンボジア日本国特命全権大使, 岩田在ラオスJICA所長, ジョン・スミス駐日オーストラリア大使,
 * ロペス前フィリピン大統領). Returns where the person's name must end. */
/* A title that begins with an organization's head word, which MeCab cut from the rest of
 * the name (海洋|局長: the head of the 海洋局): where the name before it starts, plain words
 * of two characters or more; or z. */
static uint32_t head_title_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  long h = dg_wordlist_at(&c->r->heads, c->t, s->end, z);
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_ORGANIZATION) return z;
  const dg_doc *d = c->d;
  long q = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  while (q >= (long)dg_sent_tok0(d, s) && dg_tok(d, q)->end == a &&
         compound_word(c, dg_tok(d, q)) &&
         !dg_tok(d, q)->unknown && dg_tok(d, q)->end - dg_tok(d, q)->start > 3)
    a = dg_tok(d, q--)->start;
  return a;
}

/* Is token q the last part of a katakana name joined by ・, right after a ・ that follows
 * another katakana word (タン・ミン, whose parts are two characters only)? */
static int dotted_last_part(const dgn_ctx *c, const dg_sentence *s, long q) {
  return q >= (long)dg_sent_tok0(c->d, s) + 2 &&
      dg_tok(c->d, q - 1)->end == dg_tok(c->d, q)->start &&
         dg_cp_at(c->t, c->len, dg_tok(c->d, q - 1)->start) == DGN_CP_DOT &&
         dg_tok(c->d, q - 1)->end - dg_tok(c->d, q - 1)->start == 3 &&
             dg_tok(c->d, q - 2)->end == dg_tok(c->d, q - 1)->start &&
         dgn_katakana_token(c, dg_tok(c->d, q - 2));
}

/* Does a new katakana word, no other kind of name, end at a: of three characters or more,
 * or of two that MeCab does not know (ユン) or as the last part of a name joined by ・
 * (ムスタパ of ムスタパ国際貿易産業大臣, ミン of タン・ミン商業大臣: a foreign name before the
 * portfolio)? */
static int new_katakana_before(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  long q = dg_doc_token_at(c->d, a - 1);
  if (q < (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, q)->end != a) return 0;
  const dg_token *k = dg_tok(c->d, q);
  return dgn_katakana_token(c, k) && (k->unknown || k->pos == DG_POS_NOUN_PROPER) &&
         (k->end - k->start >= 9 ||
          (k->end - k->start >= 6 && (k->unknown || dotted_last_part(c, s, q)))) &&
         !dgn_overlaps(c, k->start, k->end, ANY_NAMED);
}

/* Does a word MeCab calls 人名, no other kind of name, end at a (橋本 of 橋本通商産業大臣:
 * a family name before a portfolio no title lists)? */
static int person_name_before(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  long q = dg_doc_token_at(c->d, a - 1);
  if (q < (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, q)->end != a) return 0;
  const dg_token *k = dg_tok(c->d, q);
  return k->pos == DG_POS_NOUN_PROPER && k->subpos == 2 &&
         !dgn_overlaps(c, k->start, k->end, ANY_NAMED & ~T(PERSON));
}

/* A Latin name glossed in katakana in parentheses that close right before a (Nguyen Van
 * An(グエン・バン・アン)財務次官; an acronym's reading, in capitals, is none): where the
 * katakana starts, or 0. */
static uint32_t katakana_gloss_before(const dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  if (a < s->start + 4 || c->t[a - 1] != ')') return 0;
  uint32_t o = a - 1;
  while (o > s->start && c->t[o - 1] != '(' && a - o < 60) o--;
  if (o < s->start + 2 || c->t[o - 1] != '(' || o + 6 > a - 1 ||
      !dgn_all_katakana(c->t + o, a - 1 - o) || dg_cp_at(c->t, c->len, o) == DGN_CP_DOT ||
      !dg_is_lower((unsigned char)c->t[o - 2]))
    return 0;
  return o;
}

/* A minister's rank right before offset a, 第 and one digit (第二外務大臣: a Second
 * Minister for Foreign Affairs): where it starts, or a. */
static uint32_t rank_before(const dgn_ctx *c, uint32_t a) {
  long k = dg_wordlist_before(&c->r->kanji_digits, c->t, a >= 3 ? a - 3 : 0, a);
  uint32_t q = k >= 0 ? a - c->r->kanji_digits.w[k].len : a > 0 && dg_is_digit(c->t[a - 1]) ? a - 1 : a;
  return q < a && q >= 3 && !memcmp(c->t + q - 3, "\xE7\xAC\xAC", 3) ? q - 3 : a; /* 第 */
}

/* Is t[a, z) kanji only? */
static int all_kanji(const dgn_ctx *c, uint32_t a, uint32_t z) {
  for (uint32_t i = a; i < z; i += 3)
    if (dg_script_of(dg_cp_at(c->t, c->len, i)) != DG_SC_KANJI) return 0;
  return z > a;
}

/* Does a name start at a, as a list sets it apart: the sentence's start, a space in the
 * source, or a mark of a list or heading (、 , 〕 ) 」 :)? */
static int name_opens_at(const dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  static const char *const marks[] = {"\xE3\x80\x81", ",", "\xEF\xBC\x8C", "\xE3\x80\x95",
                                      ")", "\xE3\x80\x8D", ":", " ", "\n"};
  if (a == s->start || dgn_spaced_in_source(c, a)) return 1;
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
    if (dg_lit_before(c->t, a, marks[i])) return 1;
  return 0;
}

/* A name of three to five kanji that a space in the source sets apart from the title or
 * portfolio at z (a list of delegates: 〔日本〕 山野辺太一 文部科学副大臣, whatever MeCab cuts
 * its kanji into): where it starts, or 0. It is cut into two tokens or more, one of them a
 * single kanji, a proper noun or a new word, the last no suffix (代表|団 is a body), and
 * holds no other kind of name; its first word, of two kanji or more, is a proper noun or a
 * new word. Near misses: one common noun (会議 議長), 日程|第|一 国務大臣. */
static uint32_t spaced_name_before(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  const dg_doc *d = c->d;
  if (z <= s->start || !dgn_spaced_in_source(c, z)) return 0;
  long q = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  int ntok = 0, odd = 0;
  for (; q >= (long)dg_sent_tok0(d, s) && dg_tok(d, q)->end == a && ntok < 5; q--, ntok++) {
    const dg_token *k = dg_tok(d, q);
    if (!all_kanji(c, k->start, k->end) || (a == z && k->pos == DG_POS_NOUN_SUFFIX)) break;
    odd |= k->end - k->start == 3 || k->pos == DG_POS_NOUN_PROPER || k->unknown;
    a = k->start;
    if (dgn_spaced_in_source(c, a)) break;
  }
  const dg_token *f = dg_tok(d, q + 1); /* the first: a family name MeCab knows as a word of
                                          two kanji or more is a proper noun (日程|第|一 no) */
  if (z - a < 9 || z - a > 15 || ntok < 2 || !odd || !name_opens_at(c, s, a) ||
      (f->end - f->start > 3 && f->pos != DG_POS_NOUN_PROPER && !f->unknown))
    return 0;
  return dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON)) ? 0 : a;
}

/* Does a kanji word MeCab does not know, two or three kanji, no other kind of name, end at
 * a (濵地 of 濵地厚生労働副大臣: a family name written with an old form of a kanji, which
 * MeCab reads as no 人名)? Near miss: a word MeCab knows (日本厚生労働大臣 names no one). */
static int unknown_kanji_before(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  long q = dg_doc_token_at(c->d, a - 1);
  if (q < (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, q)->end != a) return 0;
  const dg_token *k = dg_tok(c->d, q);
  return k->unknown && k->end - k->start >= 6 && k->end - k->start <= 9 &&
         all_kanji(c, k->start, k->end) && !dgn_overlaps(c, k->start, k->end, ANY_NAMED);
}

/* The portfolio words of a minister before the title at z, plain words that MeCab knows,
 * two kanji or more in all, a word of one kanji only a common noun (内務|副大臣, 保健|大臣,
 * 商|工業|大臣; up to three; a rank's 第|二 is none) or, last, a suffix (企画|財政|部|長官:
 * a ministry named 部), when a country or organization
 * stands right before them (フィジー共和国内務副大臣: where that owner ends) or a new
 * katakana name (ムスタパ国際貿易産業大臣: where the portfolio starts; not before 担当 alone,
 * charge_words.tsv: in サイバーセキュリティ担当大臣 the word is what the minister is in
 * charge of) or a word MeCab calls 人名 (橋本通商産業大臣) or a katakana gloss of a Latin
 * name (katakana_gloss_before), maybe after a rank
 * (リム・ジョクセン第二外務貿易大臣); two portfolios may be joined by ・ (タウン・トゥン投資・
 * 外国経済関係大臣); else z. */
static uint32_t portfolio_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  const dg_doc *d = c->d;
  long q = dg_doc_token_at(d, z - 1);
  uint32_t a = z;
  for (int n = 0, limit = 3, dot = 0; q >= (long)dg_sent_tok0(d, s); n++, q--) {
    const dg_token *k = dg_tok(d, q);
    if (k->end != a) break;
    if (!dot && k->end - k->start == 3 && dg_lit(c->t, k->end, k->start, "\xE3\x83\xBB")) {
      dot = 1, a = k->start, limit = n + 3; /* ・: 投資・外国経済関係大臣, two portfolios */
      continue;
    }
    if (n >= limit) break;
    size_t len = k->end - k->start;
    if (!compound_word(c, k) || k->unknown ||
        (len < 6 && k->pos != DG_POS_NOUN && (n > 0 || k->pos != DG_POS_NOUN_SUFFIX)) ||
        dgn_has_script(c->t + k->start, len, DG_SC_KATAKANA) || dgn_overlaps(c, k->start, k->end, ~0u))
      break;
    a = k->start;
  }
  if (z - a < 6) return z;
  int charge = dg_wordlist_find(&c->r->charge_words, c->t + a, z - a) >= 0;
  a = rank_before(c, a);
  long om = dgn_mention_ending(c, a, PLACE_LIKE | T(ORGANIZATION));
  if (om >= 0 && c->d->ments[om].start < a) return a;
  return !charge && (new_katakana_before(c, s, a) || person_name_before(c, s, a) ||
                     unknown_kanji_before(c, s, a) ||
                     katakana_gloss_before(c, s, a) || spaced_name_before(c, s, a))
             ? a
             : z;
}

static uint32_t owner_start(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  if (z > s->start) z = head_title_start(c, s, z);
  if (z > s->start) z = portfolio_start(c, s, z);
  z = acronym_gloss_start(c, z, s->start);
  for (int hop = 0; hop < 4; hop++) {
    long cm = dgn_mention_ending(c, z, PLACE_LIKE | T(ORGANIZATION));
    if (cm >= 0 && c->d->ments[cm].start < z) {
      z = c->d->ments[cm].start;
      continue;
    }
    if (hop > 0 && dg_lit_before(c->t, z, CHU_NICHI)) {
      z -= 6;
      continue;
    }
    if (hop > 0 && (dg_lit_before(c->t, z, CHU) || dg_lit_before(c->t, z, ZAI) ||
                    dg_lit_before(c->t, z, MAE) || dg_lit_before(c->t, z, MOTO))) {
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

/* Where the run of katakana and ・ that ends at z starts, past its leading ・s
 * (ジョン・ポール before ・パプアニューギニア: the J of ジョン). */
static uint32_t katakana_start_before(const dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  uint32_t a = z;
  while (a > s->start) {
    size_t p = dg_utf8_prev(c->t, a);
    uint32_t cp = dg_cp_at(c->t, c->len, p);
    if (dg_script_of(cp) != DG_SC_KATAKANA && cp != DGN_CP_DOT) break;
    a = (uint32_t)p;
  }
  while (a < z && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3;
  return a;
}

/* MeCab may read a new name and the country after it as one word (トカエフ・カザフスタン):
 * the name is the katakana before z, without a leading ・, six bytes or more. */
static dg_err person_glued_to_owner(dgn_ctx *c, const dg_sentence *s, uint32_t z,
                                    dg_error *err) {
  uint32_t a = katakana_start_before(c, s, z);
  return z - a >= 6 ? dgn_add_person(c, a, z, err) : DG_OK;
}

/* Is token q one capital letter, or one and a full stop after it (token q - 1 the letter)?
 * The letter's token index, or -1. */
static long initial_token(const dgn_ctx *c, const dg_sentence *s, long q) {
  if (q > (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, q)->end - dg_tok(c->d, q)->start == 1 &&
      c->t[dg_tok(c->d, q)->start] == '.') q--;
  if (q < (long)dg_sent_tok0(c->d, s) ||
      dg_tok(c->d, q)->end - dg_tok(c->d, q)->start != 1) return -1;
  return c->t[dg_tok(c->d, q)->start] >= 'A' && c->t[dg_tok(c->d, q)->start] <= 'Z' ? q : -1;
}

/* An initial between two parts of a katakana name (ヒルダ・C・ハイネ, ジョン・F.・ケネディ):
 * when token q, ending at a, is one and ・ stands right before it, the token before it
 * (where the name goes on), else -1. */
static long initial_before(const dgn_ctx *c, const dg_sentence *s, long q, uint32_t a) {
  if (q < (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, q)->end != a) return -1;
  long l = initial_token(c, s, q);
  if (l <= (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, l - 1)->end != dg_tok(c->d, l)->start ||
      dg_cp_before(c->t, dg_tok(c->d, l)->start) != DGN_CP_DOT)
    return -1;
  return l - 1;
}

/* The token a name ending at z ends with, before a junior's suffix after ・ (レメンゲサウ・
 * Jr.): the token right before Jr, else j. */
static long before_junior(const dgn_ctx *c, const dg_sentence *s, long j, uint32_t z) {
  uint32_t e = z > s->start && c->t[z - 1] == '.' ? z - 1 : z;
  if (e < s->start + 5 || memcmp(c->t + e - 2, "Jr", 2) || dg_cp_before(c->t, e - 2) != DGN_CP_DOT)
    return j;
  long k = dg_doc_token_at(c->d, e - 3);
  return k >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, k)->end == e - 2 ? k : j;
}

/* A katakana name of parts joined by ・, some of them ordinary words (ジェーン・ホワイト,
 * ウェイ・ルイン), initials among them (ヒルダ・C・ハイネ) and maybe ・Jr. after them, ending
 * with token j at z: the whole run is a name when it has two parts or more and one is a
 * known first or family name, another proper noun that names no place or body (ルイン), or
 * a new word. *done: it was. */
static dg_err dotted_katakana_name(dgn_ctx *c, const dg_sentence *s, long j, uint32_t z,
                                   int *done, dg_error *err) {
  const dg_doc *d = c->d;
  *done = 0;
  j = before_junior(c, s, j, z);
  if (j < (long)dg_sent_tok0(d, s) || !dgn_katakana_token(c, dg_tok(d, j))) return DG_OK;
  int personal = 0, parts = 0;
  uint32_t a = dg_tok(d, j)->end;
  for (long q = j; q >= 0; q = initial_before(c, s, q, a), a = q >= 0 ? dg_tok(d, q)->end : a) {
    for (; q >= (long)dg_sent_tok0(d, s) && dg_tok(d, q)->end == a &&
         dgn_katakana_token(c, dg_tok(d, q)) &&
           !dgn_overlaps(c, dg_tok(d, q)->start, dg_tok(d, q)->end, ANY_NAMED & ~T(PERSON));
         q--) {
      const dg_token *pk = dg_tok(d, q);
      if (dg_cp_at(c->t, c->len, pk->start) != DGN_CP_DOT) {
        parts++;
        if ((pk->pos == DG_POS_NOUN_PROPER && (pk->subpos == 2 || pk->subpos == 0)) ||
            pk->unknown)
          personal = 1;
      }
      a = pk->start;
    }
  }
  while (a < z && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3;
  if (!personal || parts < 2 || a >= z) return DG_OK;
  *done = 1;
  return dgn_add_person(c, a, z, err);
}

/* How sure a token is part of a name: */
enum {
  NOT_NAME,
  SURE,   /* MeCab's 人名, or a new katakana word */
  MAYBE,  /* a kanji word MeCab does not know, as rare surnames are (濵地) */
  PIECE,  /* one ordinary kanji, as MeCab cuts given names (雅|一 of 濵地雅一, 晋|三) */
  FAMILY, /* a word MeCab reads as a place that a listed person bears as family name (川口) */
};

#define FAMILY_NAME_SENTENCES 5 /* a full name this many sentences back at most */

typedef struct {
  const char *t;
  uint32_t a, z;
} family_query;

/* Is mention m a person named before q's text whose name begins with it? */
static int longer_person(const dg_mention *m, size_t i, void *arg) {
  const family_query *q = arg;
  (void)i;
  return m->type == DG_TYPE_PERSON && m->start < q->a && m->end - m->start > q->z - q->a &&
         memcmp(q->t + m->start, q->t + q->a, q->z - q->a) == 0;
}

/* Is t[a, z) the start of a longer person's name the document gave before a, in its
 * sentence or the FAMILY_NAME_SENTENCES before (福井 after 福井照内閣府特命担当大臣: the same
 * person named by his family name alone)? Bounded so that a long document stays linear. */
static int named_family_name(dgn_ctx *c, uint32_t a, uint32_t z) {
  family_query q = {c->t, a, z};
  long s = dg_doc_sentence_at(c->d, a);
  for (long k = s; s >= 0 && k >= 0 && s - k <= FAMILY_NAME_SENTENCES; k--)
    if (dgn_visit(c, c->d->sents[k].start, longer_person, &q)) return 1;
  return 0;
}

/* Is t[a, z) the family name of a person of the dictionary: a proper prefix of a
 * Japanese label (川口 of 川口順子)? */
static int listed_family_name(dgn_ctx *c, uint32_t a, uint32_t z) {
  if (named_family_name(c, a, z)) return 1;
  if (c->rz->persons && z > a && !memchr(c->t + a, '\0', z - a))
    return dg_person_prefix_of(c->rz->persons, c->t + a, z - a);
  const dg_dict *dict = c->rz->dict;
  for (size_t i = 0; i < dg_dict_count(dict); i++) {
    const dg_entity *e = dg_dict_entity(dict, i);
    if (e->type == DG_TYPE_PERSON && !e->replaced && e->label_ja[0] == c->t[a] &&
        strncmp(e->label_ja, c->t + a, z - a) == 0 && e->label_ja[z - a]) /* longer */
      return 1;
  }
  return 0;
}

static int person_token(dgn_ctx *c, const dg_token *k) {
  const char *s = c->t + k->start;
  size_t n = k->end - k->start;
  if (k->pos == DG_POS_NOUN_PROPER && k->subpos == 2) return SURE;
  if (dgn_all_katakana(s, n) && n >= 6 && (k->unknown || k->pos == DG_POS_NOUN_PROPER)) return SURE;
  if (k->unknown && n <= 9 && dgn_has_script(s, n, DG_SC_KANJI) &&
      !dgn_has_script(s, n, DG_SC_HIRAGANA))
    return MAYBE;
  if (n == 3 && dg_script_of(dg_cp_at(c->t, c->len, k->start)) == DG_SC_KANJI &&
      (k->pos == DG_POS_NOUN || k->pos == DG_POS_NOUN_NUMBER || k->pos == DG_POS_NOUN_SUFFIX))
    return PIECE;
  if (k->pos == DG_POS_NOUN_PROPER && k->subpos == 1 && dgn_has_script(s, n, DG_SC_KANJI) &&
      listed_family_name(c, k->start, k->end))
    return FAMILY;
  return NOT_NAME;
}

/* Token j is a ・ with an all-katakana token before it. */
static int dot_after_katakana(const dgn_ctx *c, const dg_sentence *s, long j) {
  return dg_cp_at(c->t, c->len, dg_tok(c->d, j)->start) == DGN_CP_DOT &&
      j > (long)dg_sent_tok0(c->d, s) &&
         dgn_katakana_token(c, dg_tok(c->d, j - 1));
}

/* MeCab may cut a new katakana name in two (ラフ|モン): the first token of the run of
 * touching katakana tokens (no ・) that ends with token j. */
static long katakana_run_start(const dgn_ctx *c, const dg_sentence *s, long j) {
  while (j > (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j - 1)->end == dg_tok(c->d, j)->start &&
         dg_cp_at(c->t, c->len, dg_tok(c->d, j - 1)->start) != DGN_CP_DOT &&
         dgn_katakana_token(c, dg_tok(c->d, j - 1)))
    j--;
  return j;
}

/* MeCab may cut a katakana name before its title into pieces, the last one no noun
 * (ナタ|ノ|首相, ノ read as a symbol): the run of touching katakana tokens that ends with
 * token j is a name when it has two tokens or more, three characters or more, and a proper
 * noun or a new word among them. Near miss: ordinary words only (デジタル|大臣). */
static int katakana_pieces(const dgn_ctx *c, const dg_sentence *s, long j) {
  long r = katakana_run_start(c, s, j);
  if (r == j || !dgn_katakana_token(c, dg_tok(c->d, j)) ||
      dg_tok(c->d, j)->end - dg_tok(c->d, r)->start < 9) return 0;
  for (long q = r; q <= j; q++)
    if (dg_tok(c->d, q)->pos == DG_POS_NOUN_PROPER || dg_tok(c->d, q)->unknown) return 1;
  return 0;
}

/* What the tokens of a name ending at z have shown so far. */
typedef struct {
  int ntok, sure, maybe, pieces, family, kana;
  int family_ok; /* the title is no place's (松本市長 is Matsumoto's mayor) */
  int listed;    /* a plain kanji noun that a listed person bears as family name (森 in 森総理,
                    which MeCab reads as the forest there) */
} name_parts;

/* Is token k a noun of kanji only that a listed person bears as family name (森, 岩屋)? */
static int listed_noun(dgn_ctx *c, const dg_token *k) {
  const char *s = c->t + k->start;
  size_t n = k->end - k->start;
  if (k->pos != DG_POS_NOUN && k->pos != DG_POS_NOUN_PROPER) return 0;
  for (size_t i = 0; i < n; i += 3)
    if (dg_script_of(dg_cp_at(c->t, c->len, k->start + i)) != DG_SC_KANJI) return 0;
  return n >= 3 && !dgn_has_script(s, n, DG_SC_HIRAGANA) && listed_family_name(c, k->start, k->end);
}

/* Is the name whose tokens were counted into p a name? One sure part (石破|茂), or a word
 * MeCab does not know with kanji pieces (濵地|雅|一), or one unknown or family word alone;
 * kanji pieces never join a katakana name (豪|アルバニージー) and are two at most. */
static int is_name(const name_parts *p) {
  if (p->ntok == 1 && p->listed && p->family_ok) return 1;
  if (p->pieces && (p->kana || p->pieces > 2 || p->pieces == p->ntok)) return 0;
  if (p->sure) return 1;
  if (p->maybe == 1 && p->ntok == 1 + p->pieces) return 1;
  return p->ntok == 1 && p->family && p->family_ok;
}

/* A known person inside the name ending at z: only a shorter one, its family name (小野寺
 * of 小野寺雅人), lets the name go on over it, as a sure part. */
static int known_inside(dgn_ctx *c, const dg_token *k, uint32_t z) {
  long pm = dgn_mention_starting(c, k->start, T(PERSON));
  return pm >= 0 && c->d->ments[pm].end < z;
}

/* The name: up to four person-like tokens ending with token j at z, katakana parts joined
 * by ・ (エマモリ・ラフモン), before a title that is a place's or not. */
static dg_err person_tokens(dgn_ctx *c, const dg_sentence *s, long j, uint32_t z,
                            int place_title, dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t a = z;
  name_parts p = {.family_ok = !place_title};
  while (j >= (long)dg_sent_tok0(d, s) && p.ntok < 4) {
    const dg_token *pk = dg_tok(d, j);
    if (pk->end != a) break;
    int pt = person_token(c, pk);
    if (listed_noun(c, pk) && !dgn_overlaps(c, pk->start, pk->end, ANY_NAMED)) {
      if (!pt) pt = PIECE;
      p.listed = 1;
    }
    if (dgn_overlaps(c, pk->start, pk->end, T(PERSON))) {
      if (!known_inside(c, pk, z)) break;
      pt = SURE;
    }
    if (!pt && p.ntok == 0 && a == z && katakana_pieces(c, s, j)) pt = SURE;
    if (!pt) {
      if (!dot_after_katakana(c, s, j)) break;
      a = pk->start;
      j--;
      continue;
    }
    if (dgn_is_stop(c, pk->start, pk->end) ||
        dgn_overlaps(c, pk->start, pk->end, ANY_NAMED & ~T(PERSON)))
      break;
    if (dgn_katakana_token(c, pk)) {
      j = katakana_run_start(c, s, j);
      pk = dg_tok(d, j);
      pt = SURE;
      p.kana = 1;
    }
    p.sure += pt == SURE, p.maybe += pt == MAYBE, p.pieces += pt == PIECE;
    p.family += pt == FAMILY;
    a = pk->start;
    j--;
    p.ntok++;
  }
  while (a < z && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3; /* no name opens with ・ */
  return a < z && is_name(&p) ? dgn_add_person(c, a, z, err) : DG_OK;
}

/* A katakana name joined by ・ to the country or body its title is of (セミシ・トンガ王国
 * 首相, ジョン・ポール・パプアニューギニア防衛大臣): whatever MeCab makes of its words, the
 * name is the katakana and ・ before that ・, back to the first other character. 1 when it
 * applies (the person is added unless another name is there). */
static int katakana_before_owner(dgn_ctx *c, const dg_sentence *s, uint32_t z, uint32_t title,
                                 dg_err *e, dg_error *err) {
  if (z >= title || dg_cp_at(c->t, c->len, z) != DGN_CP_DOT) return 0;
  uint32_t a = katakana_start_before(c, s, z);
  if (z - a < 6 || !dg_doc_token_boundary(c->d, a) ||
      dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON)))
    return 0;
  *e = dgn_add_person(c, a, z, err);
  return 1;
}

/* Is t[a, z) a name's reading in hiragana, its parts set apart by ・ (ちん・ぎょうか)? Near
 * miss: hiragana with no ・ (a word's reading, 循環(じゅんかん)). */
static int dotted_hiragana(const dgn_ctx *c, uint32_t a, uint32_t z) {
  int dot = 0;
  for (uint32_t p = a; p < z; p += (uint32_t)dg_utf8_len(c->t + p, c->t + z)) {
    uint32_t cp = dg_cp_at(c->t, z, p);
    if (cp == DGN_CP_DOT && p > a) dot = 1;
    else if (dg_script_of(cp) != DG_SC_HIRAGANA) return 0;
  }
  return dot;
}

/* A katakana reading in parentheses right before z, or a hiragana one with ・, after a kanji
 * (李熙燮(イ・ヒソプ)事務局長, 陳明華(ちん・めいか)部長: the reading of a Chinese or Korean
 * name), a space of the source after it allowed: where the "(" is, or z. Near miss: a
 * reading after katakana or Latin letters (katakana_gloss_before), or of one character only. */
static uint32_t reading_before(const dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  uint32_t y = z > s->start && c->t[z - 1] == ' ' ? z - 1 : z; /* 李幹傑(リ・カンケツ) 生態… */
  if (y < s->start + 4 || c->t[y - 1] != ')') return z;
  uint32_t o = y - 1;
  while (o > s->start && c->t[o - 1] != '(' && y - o < 40) o--;
  if (o < s->start + 4 || c->t[o - 1] != '(' || o + 6 > y - 1 ||
      !(dgn_all_katakana(c->t + o, y - 1 - o) || dotted_hiragana(c, o, y - 1)) ||
      dg_cp_at(c->t, c->len, o) == DGN_CP_DOT)
    return z;
  size_t p = dg_utf8_prev(c->t, o - 1);
  return dg_script_of(dg_cp_at(c->t, c->len, p)) == DG_SC_KANJI ? o - 1 : z;
}

/* Is t[a, z) a Chinese or Korean name of kanji (楼継偉, 王明華; sinitic_surnames.tsv holds
 * its first kanji)? No other kanji touches it before, but for a country or organization
 * (中国|李克強); no word MeCab knows of two kanji or more is in it but a 人名 (周辺 of
 * 周辺国首脳, 金融 of 金融部長 are none), as MeCab reads these names as pieces or unknown
 * words (楼|継|偉, 鍾山). */
static int sinitic_name(dgn_ctx *c, const dg_sentence *s, uint32_t a, uint32_t z) {
  if (a < s->start || !dg_doc_token_boundary(c->d, a) || !all_kanji(c, a, z) ||
      dg_wordlist_find(&c->r->sinitic_surnames, c->t + a, 3) < 0)
    return 0;
  if (a > s->start &&
      dg_script_of(dg_cp_at(c->t, c->len, dg_utf8_prev(c->t, a))) == DG_SC_KANJI &&
      dgn_mention_ending(c, a, T(COUNTRY) | T(ORGANIZATION)) < 0)
    return 0;
  for (long k = dg_doc_token_at(c->d, a); k >= 0; k = dg_doc_token_after(c->d, k, z)) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start >= z) break;
    if (tk->end - tk->start >= 6 && !tk->unknown &&
        !(tk->pos == DG_POS_NOUN_PROPER && tk->subpos == 2))
      return 0;
  }
  return !dgn_is_stop(c, a, z) && !dgn_overlaps(c, a, z, ANY_NAMED & ~T(PERSON));
}

/* A Chinese or Korean name of three kanji or two ending at z: where it starts, or z. */
static uint32_t sinitic_name_before(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  for (uint32_t n = 9; n >= 6; n -= 3)
    if (z >= s->start + n && sinitic_name(c, s, z - n, z)) return z - n;
  return z;
}

/* A Chinese or Korean name before the title at t (its owner ends at z), or before a
 * ministry of its country named 部 before it (鍾山|商務部|部長; the owner rules may have
 * taken 華 of 王明華|商務部|部長 as the portfolio's), a reading between them left out
 * (王明華(ワン・ミンホア)商務部長): where it starts, or z; *end: where it ends. */
static uint32_t sinitic_person(dgn_ctx *c, const dg_sentence *s, uint32_t t, uint32_t z,
                               uint32_t *end) {
  *end = reading_before(c, s, dgn_bu_ministry_start(c, s, t));
  uint32_t a = sinitic_name_before(c, s, *end);
  if (a < *end) return a;
  *end = z;
  a = sinitic_name_before(c, s, z);
  return a;
}

/* The person before the title at token k, if any; a reading in parentheses between
 * them is left out of the name (reading_before). */
/* Is token k a word of a bureau's compound: a noun (温暖|化, 特別), a suffix, katakana or ・? */
static int unit_word(const dgn_ctx *c, const dg_token *k) {
  return k->pos == DG_POS_NOUN || k->pos == DG_POS_NOUN_SAHEN || k->pos == DG_POS_NOUN_SUFFIX ||
         k->pos == DG_POS_NOUN_NAI || k->pos == DG_POS_NOUN_ADV || dgn_katakana_token(c, k) ||
         dg_cp_at(c->t, k->end, k->start) == DGN_CP_DOT;
}

/* A family name before the units of a bureau and the title at token k, in a list of
 * attendees (佐藤地球環境局国際連携課長、田中廃棄物対策部企画官): MeCab's 人名 of kanji that
 * opens a name (name_opens_at), then up to 16 words of the compound, one of them a suffix
 * that is an organization's head (局, 課, 部); where the name starts, its end in *end, or 0.
 * Near misses: no unit (a portfolio: the other rules read it), a place's name first. */
static uint32_t surname_before_unit(dgn_ctx *c, const dg_sentence *s, uint32_t k,
                                    uint32_t *end) {
  const dg_doc *d = c->d;
  int units = 0;
  uint32_t a = dg_tok(d, k)->start;
  for (long q = (long)k - 1, n = 0; q >= (long)dg_sent_tok0(d, s) && n < 16 &&
       dg_tok(d, q)->end == a;
       q--, n++) {
    const dg_token *t = dg_tok(d, q);
    if (t->pos == DG_POS_NOUN_PROPER && t->subpos == 2 && n > 0 && units &&
        dg_script_of(dg_cp_at(c->t, t->end, t->start)) == DG_SC_KANJI &&
        name_opens_at(c, s, t->start) && !dgn_overlaps(c, t->start, t->end, ANY_NAMED))
      return *end = t->end, t->start;
    if (!unit_word(c, t)) return 0;
    long h = dg_wordlist_at(&c->r->heads, c->t, s->end, t->start);
    units |= t->pos == DG_POS_NOUN_SUFFIX && h >= 0 &&
             c->r->heads.w[h].as.head.type == DG_TYPE_ORGANIZATION;
    a = t->start;
  }
  return 0;
}

/* A dotted katakana name that a space of the source sets apart from the compound ending
 * with the title at z, whatever words the compound holds (・タイ: ソムチャイ・ウォン 観光スポーツ
 * 大臣; NAME 観光・芸術・文化省副事務次官, a row of delegates): where the name starts, its end
 * in *end; 0 when none. The compound: kanji, katakana and ・ only, at most 60 bytes; the
 * name: katakana parts joined by ・ (two or more), opening a name (name_opens_at), holding
 * no other kind of name. Near misses: no space (the other rules read it), one part only. */
static uint32_t spaced_katakana_before(dgn_ctx *c, const dg_sentence *s, uint32_t z,
                                       uint32_t *end) {
  uint32_t p = z;
  while (p > s->start && z - p <= 60 && !dgn_spaced_in_source(c, p)) {
    size_t q = dg_utf8_prev(c->t, p);
    uint32_t cp = dg_cp_at(c->t, c->len, q);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && cp != DGN_CP_DOT) return 0;
    p = (uint32_t)q;
  }
  if (p <= s->start || !dgn_spaced_in_source(c, p) || dg_cp_before(c->t, p) == DGN_CP_DOT)
    return 0;
  uint32_t a = katakana_start_before(c, s, p), dots = 0;
  for (uint32_t q = a; q < p; q += (uint32_t)dg_utf8_len(c->t + q, c->t + p))
    dots += dg_cp_at(c->t, c->len, q) == DGN_CP_DOT;
  if (a >= p || !dots || !name_opens_at(c, s, a) ||
      dgn_overlaps(c, a, p, ANY_NAMED & ~T(PERSON)))
    return 0;
  *end = p;
  return a;
}

static dg_err person_before_title(dgn_ctx *c, const dg_sentence *s, uint32_t k, dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t kz, ka = spaced_katakana_before(c, s, dg_tok(d, k)->start, &kz);
  if (!ka) ka = surname_before_unit(c, s, k, &kz);
  if (ka) return dgn_add_person(c, ka, kz, err);
  uint32_t z = reading_before(c, s, owner_start(c, s, dg_tok(d, k)->start));
  long j = (long)k - 1;
  while (j >= (long)dg_sent_tok0(d, s) && dg_tok(d, j)->start >= z) j--;
  dg_err ke;
  if (katakana_before_owner(c, s, z, dg_tok(d, k)->start, &ke, err)) return ke;
  uint32_t g = z < dg_tok(d, k)->start ? katakana_gloss_before(c, s, z) : 0;
  if (g) return dgn_add_person(c, g, z - 1, err);
  if (!dg_doc_token_boundary(d, z)) return person_glued_to_owner(c, s, z, err);
  uint32_t sp = spaced_name_before(c, s, z);
  if (sp) return dgn_add_person(c, sp, z, err);
  int done;
  dg_err e = dotted_katakana_name(c, s, j, z, &done, err);
  if (e != DG_OK || done) return e;
  uint32_t send, sa = sinitic_person(c, s, dg_tok(d, k)->start, z, &send);
  if (sa < send) return dgn_add_person(c, sa, send, err);
  long h = dg_wordlist_at(&c->r->heads, c->t, s->end, dg_tok(d, k)->start);
  int place_title = h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_PLACE;
  return person_tokens(c, s, j, z, place_title, err);
}

/* ---- a name after its title ---- */

/* Where a name set apart after a title ending at z begins: past a colon (事務総長:), or at
 * z when the source had a space there (県知事 鈴木); else 0. */
static uint32_t after_title_gap(const dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  if (z >= s->end) return 0;
  uint32_t cp = dg_cp_at(c->t, c->len, z);
  if (cp == ':') return z + 1;
  if (cp == 0xFF1A) return z + 3; /* ： */
  return dgn_spaced_in_source(c, z) ? z : 0;
}

/* Does the name end at z: no kanji goes on after it, but after a space of the source or a
 * suffix (氏)? */
static int name_ends_at(const dgn_ctx *c, const dg_sentence *s, long k, uint32_t z) {
  if (z >= s->end || dgn_spaced_in_source(c, z)) return 1;
  if (dg_script_of(dg_cp_at(c->t, c->len, z)) != DG_SC_KANJI) return 1;
  return k < (long)dg_sent_tokend(c->d, s) && dg_tok(c->d, k)->start == z &&
         dg_tok(c->d, k)->pos == DG_POS_NOUN_SUFFIX;
}

/* A Japanese name after its title, set apart by a colon or a space of the source (事務総長:
 * 山田正孝, 県知事 鈴木英一, as lists of officers write them): MeCab's 人名 of kanji, then one
 * to three kanji of the given name as MeCab cuts them (正|孝), up to a space, a suffix or
 * no kanji. Near misses: no gap (知事鈴木英一 is read before its own title), a word that is
 * no 人名 first (事務総長:本部), more kanji after the name. */
static dg_err name_after_title(dgn_ctx *c, const dg_sentence *s, uint32_t tend, dg_error *err) {
  uint32_t a = after_title_gap(c, s, tend);
  long k = a ? dg_doc_token_at(c->d, a) : -1, kend = (long)dg_sent_tokend(c->d, s);
  if (k < 0 || dg_tok(c->d, k)->start != a) return DG_OK;
  if (dg_tok(c->d, k)->pos != DG_POS_NOUN_PROPER || dg_tok(c->d, k)->subpos != 2 ||
      !all_kanji(c, a, dg_tok(c->d, k)->end))
    return DG_OK;
  uint32_t z = dg_tok(c->d, k)->end;
  for (k++; k < kend && dg_tok(c->d, k)->start == z && z - a < 18 &&
       !name_ends_at(c, s, k, z); k++) {
    if (!all_kanji(c, dg_tok(c->d, k)->start, dg_tok(c->d, k)->end)) return DG_OK;
    z = dg_tok(c->d, k)->end;
  }
  if (z - a < 9 || z - a > 18 || !name_ends_at(c, s, k, z)) return DG_OK;
  return dgn_add_person(c, a, z, err);
}

/* ---- a katakana name after its owner's の ---- */

/* Is token q a word of the noun compound between a name and its title (科学|技術,
 * イノベーション, 西部|・|中部|アフリカ|地域|担当, 副)? */
static int compound_piece(const dgn_ctx *c, const dg_token *k) {
  return dgn_name_token(c, k) || dg_cp_at(c->t, c->len, k->start) == DGN_CP_DOT;
}

/* Does token q open a name after its owner: の right before it, and a country or
 * organization right before that (ベトナムの|フン, 世界銀行の|ディアガナ); or after another
 * title and と (林総務大臣と|チア・バンデート)? */
static int after_owner(dgn_ctx *c, const dg_sentence *s, long q) {
  uint32_t a = dg_tok(c->d, q)->start;
  if (a >= s->start + 3 && dg_lit_before(c->t, a, "\xE3\x81\xA8") && /* と */
      dg_wordlist_before(&c->r->titles, c->t, s->start, a - 3) >= 0)
    return 1;
  if (a < s->start + 3 || !dg_lit_before(c->t, a, "\xE3\x81\xAE")) return 0; /* の */
  long m = dgn_mention_ending(c, a - 3, PLACE_LIKE | T(ORGANIZATION));
  return m >= 0 && c->d->ments[m].type != DG_TYPE_REGION;
}

/* The katakana name that opens with token q: touching katakana words and ・, none of them
 * a known name, and MeCab knows none of them (ンジマンデ, チア・バンデート), or it is one
 * word of two characters (フン, which MeCab reads as an ordinary word), or of three right
 * before the title (ベトナムのフック首相: a hook to MeCab). Near miss: a known word of more
 * (ベトナムのデジタル大臣). Returns where it ends, or 0. */
static uint32_t owned_katakana_end(dgn_ctx *c, const dg_sentence *s, long q, uint32_t p) {
  long j = q;
  int known = 0, words = 0;
  while (j < (long)dg_sent_tokend(c->d, s) && dg_tok(c->d, j)->end <= p &&
         dgn_katakana_token(c, dg_tok(c->d, j)) &&
         (j == q || dg_tok(c->d, j)->start == dg_tok(c->d, j - 1)->end)) {
    if (dg_cp_at(c->t, c->len, dg_tok(c->d, j)->start) != DGN_CP_DOT) words++,
        known |= !dg_tok(c->d, j)->unknown;
    j++;
  }
  if (j == q || dg_cp_at(c->t, c->len, dg_tok(c->d, j - 1)->start) == DGN_CP_DOT) return 0;
  uint32_t a = dg_tok(c->d, q)->start, z = dg_tok(c->d, j - 1)->end;
  if (known && (words > 1 || (z - a != 6 && (z - a != 9 || z != p)))) return 0;
  return dgn_overlaps(c, a, z, ANY_NAMED) ? 0 : z;
}

/* A word MeCab does not know that holds a country, ・ and a katakana name of three
 * characters or more (カンボジア・サイ・サムオル before 環境大臣): where the name starts, or 0. */
static uint32_t glued_name_start(dgn_ctx *c, const dg_token *k) {
  long m = dgn_mention_starting(c, k->start, T(COUNTRY));
  if (!k->unknown || m < 0) return 0;
  uint32_t a = c->d->ments[m].end + 3;
  if (a + 9 > k->end || memcmp(c->t + a - 3, DGN_DOT, 3) != 0 ||
      !dgn_all_katakana(c->t + a, k->end - a) || dg_cp_at(c->t, c->len, a) == DGN_CP_DOT)
    return 0;
  return a;
}

/* A katakana name between its owner's の and a title that starts at p, maybe inside a
 * token (郵便|電気通信大|臣: MeCab reads 大 with the word before), the portfolio's words
 * between them (南アフリカのンジマンデ科学技術イノベーション大臣). */
static dg_err owned_name_before(dgn_ctx *c, const dg_sentence *s, uint32_t p, dg_error *err) {
  long q = dg_doc_token_at(c->d, p - 1);
  for (int n = 0; n < 8 && q > (long)dg_sent_tok0(c->d, s) &&
       compound_piece(c, dg_tok(c->d, q)); n++, q--) {
    uint32_t a = glued_name_start(c, dg_tok(c->d, q));
    if (a) return dgn_add_person(c, a, dg_tok(c->d, q)->end, err);
    if (dg_tok(c->d, q - 1)->end == dg_tok(c->d, q)->start &&
        compound_piece(c, dg_tok(c->d, q - 1))) continue;
    if (!after_owner(c, s, q)) return DG_OK;
    uint32_t z = owned_katakana_end(c, s, q, p);
    return z ? dgn_add_person(c, dg_tok(c->d, q)->start, z, err) : DG_OK;
  }
  return DG_OK;
}

/* Does a Japanese title start at p, maybe inside a token, and end where a token ends? */
static int title_from(const dgn_ctx *c, const dg_sentence *s, uint32_t p) {
  long ti = dg_wordlist_at(&c->r->titles, c->t, s->end, p);
  return ti >= 0 && c->r->titles.w[ti].as.title.side == DG_SIDE_AFTER &&
         (unsigned char)c->t[p] >= 0x80 && dg_doc_token_boundary(c->d, p + c->r->titles.w[ti].len);
}

/* Katakana names after their owner's の before every title of every sentence. */
static dg_err owned_names(dgn_ctx *c, dg_error *err) {
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    for (uint32_t p = s.start + 3; p < s.end; p += (uint32_t)dg_utf8_len(c->t + p, c->t + s.end)) {
      if (!title_from(c, &s, p)) continue;
      dg_err e = owned_name_before(c, &s, p, err);
      if (e != DG_OK) return e;
    }
  }
  return DG_OK;
}

/* ---- family names MeCab cuts in two ---- */

/* Does the title t[a, z) name a portfolio: a listed title ending with another listed title
 * after two kanji or more (経済産業|大臣, 外務|大臣; not 副|大臣, 大臣 alone)? */
static int portfolio_title(const dgn_ctx *c, uint32_t a, uint32_t z) {
  for (uint32_t p = a; p + 3 <= z; p += 3) {
    if (dg_script_of(dg_cp_at(c->t, c->len, p)) != DG_SC_KANJI) return 0;
    if (p - a >= 6 && dg_wordlist_find(&c->r->titles, c->t + p, z - p) >= 0) return 1;
  }
  return 0;
}

static int single_kanji_noun(const dgn_ctx *c, const dg_token *k) {
  return k->end - k->start == 3 && k->pos == DG_POS_NOUN && !k->unknown &&
         dg_script_of(dg_cp_at(c->t, c->len, k->start)) == DG_SC_KANJI;
}

/* A family name MeCab does not know, cut into two nouns of one kanji each (世|耕, 玄|葉),
 * ending with token j at z, no word of a compound (the token before them touching them is
 * no noun, prefix or number: 閣僚|級 is none): where it starts, or z. */
static uint32_t cut_family_name(dgn_ctx *c, const dg_sentence *s, long j, uint32_t z) {
  if (j < (long)dg_sent_tok0(c->d, s) + 1 || dg_tok(c->d, j)->end != z ||
      dg_tok(c->d, j - 1)->end != dg_tok(c->d, j)->start ||
      !single_kanji_noun(c, dg_tok(c->d, j)) || !single_kanji_noun(c, dg_tok(c->d, j - 1)))
    return z;
  uint32_t a = dg_tok(c->d, j - 1)->start;
  if (j - 2 >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j - 2)->end == a &&
      (dgn_name_token(c, dg_tok(c->d, j - 2)) || dg_tok(c->d, j - 2)->pos == DG_POS_PREFIX))
    return z;
  if (dgn_is_stop(c, a, z) || dgn_overlaps(c, a, z, ANY_NAMED)) return z;
  return a;
}

/* Does a person found elsewhere in the document begin with the text t[a, z) (世耕 of 世耕
 * or of 世耕太郎)? */
static int person_text_known(const dgn_ctx *c, uint32_t a, uint32_t z) {
  for (size_t i = 0; i < c->d->nments; i++) {
    const dg_mention *m = &c->d->ments[i];
    if (m->type == DG_TYPE_PERSON && m->end - m->start >= z - a &&
        (m->start != a || m->end != z) && !memcmp(c->t + m->start, c->t + a, z - a))
      return 1;
  }
  return 0;
}

/* A family name cut in two right before the title at token k (ending at tend): a person
 * before a portfolio's title (世耕経済産業大臣), or when `known` before any title once the
 * document names a person so (世耕大臣 after 世耕経済産業大臣). */
static dg_err cut_name_before_title(dgn_ctx *c, const dg_sentence *s, uint32_t k,
                                    uint32_t tend, int known, dg_error *err) {
  uint32_t z = dg_tok(c->d, k)->start;
  uint32_t a = cut_family_name(c, s, (long)k - 1, z);
  if (a == z || (known ? !person_text_known(c, a, z) && !listed_family_name(c, a, z)
                        : !portfolio_title(c, z, tend)))
    return DG_OK;
  return dgn_add_person(c, a, z, err);
}

/* ---- family names MeCab reads as a common noun ---- */

/* Does a listed title name the portfolio t[a, z) with 大臣 after it (厚生労働 of
 * 厚生労働副大臣: 厚生労働大臣 is listed)? */
static int portfolio_named(const dgn_ctx *c, uint32_t a, uint32_t z) {
  static const char MINISTER[] = "\xE5\xA4\xA7\xE8\x87\xA3"; /* 大臣 */
  char buf[64];
  if (z - a < 6 || z - a + sizeof MINISTER > sizeof buf) return 0;
  memcpy(buf, c->t + a, z - a);
  memcpy(buf + (z - a), MINISTER, sizeof MINISTER - 1);
  return dg_wordlist_find(&c->r->titles, buf, z - a + sizeof MINISTER - 1) >= 0;
}

/* Does the title that ends at tend end the name's phrase: a particle, 、 or ( after it, or
 * another title (国土交通大臣|政務官), or the sentence's end? */
static int title_closes(const dgn_ctx *c, const dg_sentence *s, uint32_t tend) {
  if (tend >= s->end) return 1;
  uint32_t cp = dg_cp_at(c->t, c->len, tend);
  return dg_script_of(cp) == DG_SC_HIRAGANA || cp == 0x3001 || cp == '(' || title_from(c, s, tend);
}

/* A family name MeCab reads as a common noun of two kanji (北側, 大口: 名詞,一般) whose last
 * kanji ends family names (surname_endings.tsv), right before a minister's portfolio whose
 * title is listed (北側国土交通大臣 is; 大口厚生労働副大臣: 厚生労働大臣 is), where a name
 * opens (the sentence's start, 、, a space: name_opens_at) and the phrase ends after the
 * title (title_closes): a person. Title at token k, ending at tend. Near misses: a noun
 * ending otherwise (両国外務大臣, 歴代国土交通大臣), a portfolio word before the rest of a
 * portfolio no title lists (経済|産業副大臣), another kind of name (日本). */
static dg_err noun_name_before_title(dgn_ctx *c, const dg_sentence *s, uint32_t k,
                                     uint32_t tend, dg_error *err) {
  const dg_doc *d = c->d;
  uint32_t z = dg_tok(d, k)->start;
  long q = (long)k - 1;
  while (q > (long)dg_sent_tok0(d, s) && q > (long)k - 4 && dg_tok(d, q)->start > s->start &&
         !name_opens_at(c, s, dg_tok(d, q)->start) && compound_word(c, dg_tok(d, q)) &&
         !dg_tok(d, q)->unknown && dg_tok(d, q - 1)->end == dg_tok(d, q)->start)
    q--;
  if (q < (long)dg_sent_tok0(d, s) || !title_closes(c, s, tend)) return DG_OK;
  const dg_token *f = dg_tok(d, q);
  uint32_t a = f->start, e = f->end;
  if (f->pos != DG_POS_NOUN || f->unknown || e - a != 6 || !all_kanji(c, a, e) ||
      dg_wordlist_find(&c->r->surname_endings, c->t + a + 3, 3) < 0 ||
      !name_opens_at(c, s, a) || dgn_overlaps(c, a, e, ANY_NAMED))
    return DG_OK;
  if (e == z ? !portfolio_title(c, z, tend) : !portfolio_named(c, e, z)) return DG_OK;
  return dgn_add_person(c, a, e, err);
}

/* A rule on the words before a title: the title at token k ends at tend; `known` as
 * cut_name_before_title reads it. */
typedef dg_err (*before_title_rule)(dgn_ctx *c, const dg_sentence *s, uint32_t k,
                                    uint32_t tend, int known, dg_error *err);

/* noun_name_before_title as a before_title_rule (`known` says nothing to it). */
static dg_err noun_name_rule(dgn_ctx *c, const dg_sentence *s, uint32_t k, uint32_t tend,
                             int known, dg_error *err) {
  (void)known;
  return noun_name_before_title(c, s, k, tend, err);
}

/* Rule `rule` before the titles of every sentence that stand at its token `from` or later:
 * family names read as common nouns (noun_name_rule, from 1), names cut in two before
 * portfolios first, then (`known`) before any title (cut_name_before_title, from 2). */
static dg_err before_titles(dgn_ctx *c, uint32_t from, before_title_rule rule, int known,
                            dg_error *err) {
  const dg_doc *d = c->d;
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    uint32_t kend = dg_sent_tokend(d, &s);
    for (uint32_t k = dg_sent_tok0(d, &s) + from; k < kend; k++) {
      uint32_t tend;
      if (!title_at(c, &s, k, &tend)) continue;
      dg_err e = rule(c, &s, k, tend, known, err);
      if (e != DG_OK) return e;
      while (k + 1 < kend && dg_tok(d, k + 1)->start < tend) k++;
    }
  }
  return DG_OK;
}

/* ---- names in lists ---- */

/* A name that a list may hold, starting at token k: katakana words joined by ・ (one token
 * or several: ジョコ・ウィドド, フン|・|セン), or two kanji tokens or more that MeCab calls
 * 人名 (山田|太郎). Returns 1 and sets *end (the token after it) and *known (a part is a
 * 人名), or 0. */
static int list_item(dgn_ctx *c, const dg_sentence *s, uint32_t k, uint32_t *end, int *known) {
  uint32_t kend = dg_sent_tokend(c->d, s), j = k;
  int kana = dgn_katakana_token(c, dg_tok(c->d, k)), dots = 0, parts = 0;
  *known = 0;
  for (; j < kend && (j == k || dg_tok(c->d, j)->start == dg_tok(c->d, j - 1)->end); j++) {
    const dg_token *t = dg_tok(c->d, j);
    int person = t->pos == DG_POS_NOUN_PROPER && t->subpos == 2;
    if (kana ? !dgn_katakana_token(c, t)
             : !person || dgn_has_script(c->t + t->start, t->end - t->start, DG_SC_KATAKANA))
      break;
    *known |= person;
    for (uint32_t i = t->start; i + 3 <= t->end; i += 3) dots += !memcmp(c->t + i, DGN_DOT, 3);
    parts += dg_cp_at(c->t, c->len, t->start) != DGN_CP_DOT;
  }
  *end = j;
  if (j == k || (kana ? dots == 0 || dg_lit_before(c->t, dg_tok(c->d, j - 1)->end, DGN_DOT) ||
                            dg_cp_at(c->t, c->len, dg_tok(c->d, k)->start) == DGN_CP_DOT
                      : parts < 2))
    return 0;
  return !dgn_overlaps(c, dg_tok(c->d, k)->start, dg_tok(c->d, j - 1)->end, ANY_NAMED & ~T(PERSON));
}

#define MAX_LIST 16

/* People in a list: two names or more of one kind separated by 、 (ジョコ・ウィドド、
 * フン・セン; 山田太郎、鈴木花子), a katakana list with at least one part MeCab knows as a
 * name (ヌサ・トゥンガラ、スラ・ウェシ are places). *next: the last token looked at. */
static dg_err people_in_list(dgn_ctx *c, const dg_sentence *s, uint32_t k, uint32_t *next,
                             dg_error *err) {
  uint32_t kend = dg_sent_tokend(c->d, s), first[MAX_LIST], after[MAX_LIST], n = 0, end;
  int known, any = 0, kana = dgn_katakana_token(c, dg_tok(c->d, k));
  while (n < MAX_LIST && k < kend && dgn_katakana_token(c, dg_tok(c->d, k)) == kana &&
         list_item(c, s, k, &end, &known)) {
    first[n] = k, after[n++] = end, any |= known;
    if (end + 1 >= kend ||
        strncmp(c->t + dg_tok(c->d, end)->start, "\xE3\x80\x81", 3) != 0) break; /* 、 */
    k = end + 1;
  }
  if (n < 2 || !any) return DG_OK;
  *next = after[n - 1];
  for (uint32_t i = 0; i < n; i++) {
    dg_err e = dgn_add_person(c, dg_tok(c->d, first[i])->start, dg_tok(c->d, after[i] - 1)->end,
                              err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}

dg_err dgn_ja_people(dgn_ctx *c, dg_error *err) {
  const dg_doc *d = c->d;
  for (size_t si = 0; si < d->nsents; si++) {
    const dg_sentence s = d->sents[si];
    uint32_t kend = dg_sent_tokend(d, &s);
    for (uint32_t k = dg_sent_tok0(d, &s); k < kend; k++) {
      dg_err e = people_in_list(c, &s, k, &k, err);
      if (e != DG_OK) return e;
    }
    for (uint32_t k = dg_sent_tok0(d, &s) + 1; k < kend; k++) {
      uint32_t tend;
      if (!title_at(c, &s, k, &tend)) continue;
      dg_err e = person_before_title(c, &s, k, err);
      if (e == DG_OK) e = name_after_title(c, &s, tend, err);
      if (e != DG_OK) return e;
      /* the rest of the title is no title of its own (内閣|総理|大臣) */
      while (k + 1 < kend && dg_tok(d, k + 1)->start < tend) k++;
    }
  }
  dg_err e = before_titles(c, 2, cut_name_before_title, 0, err);
  if (e == DG_OK) e = before_titles(c, 1, noun_name_rule, 0, err);
  if (e == DG_OK) e = before_titles(c, 2, cut_name_before_title, 1, err);
  return e == DG_OK ? owned_names(c, err) : e;
}
