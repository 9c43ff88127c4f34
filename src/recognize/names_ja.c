/* Japanese names by their head word (heads.tsv: 会合, イニシアティブ, 省, 州): the head,
 * extended left over the noun compound before it — nouns, prefixes, joiners, a quoted
 * segment, a name with its gloss in parentheses, a year that begins an official name —
 * and over a connector to the compound before that (食料安全保障に係るASEAN首脳宣言).
 * 第3回日ASEAN海洋協力対話, 日・太平洋島嶼国気候強靱化イニシアティブ, インドネシア海軍.
 * A meeting's name before a statement word (…財務大臣会議|共同声明) is a name of its own.
 * Invariant: a name ends with its head (会議所 and 会合参加者 are no meetings) and holds
 * something name-like before it (閣僚会合 and 防災計画 are generic: no name). */
#include <string.h>

#include "base/buf.h"
#include "recognize/names_int.h"

/* A head word found in a sentence. */
typedef struct {
  dg_type type;
  uint32_t hstart, hend; /* the head word */
  uint32_t k, hk;        /* the token it is found at, and its last token */
} ja_head;

/* The name growing left of its head. */
typedef struct {
  uint32_t a;      /* where it starts */
  int ntok;        /* tokens (or quoted segments, glossed names) taken */
  int unit_of_org; /* it stopped at a known organization: a unit of it (外務省|国際協力局) */
} ja_left;

/* A head word at token k: starting it (日ASEAN|会合), or, for a proper or unknown word,
 * ending it, as when MeCab knows a whole name as one word (外務省, a new
 * ルアンパバーン・アクションプラン, ラオプラザホテル; 当局 and 都市 are ordinary words, and the
 * one-character place heads 州, 市 never end a word). The head must end where a token ends. A head that begins with an ASCII
 * letter is English (names_en.c). */
static int head_at(const dgn_ctx *c, const dg_sentence *s, uint32_t k, ja_head *h) {
  const dg_wordlist *heads = &c->r->heads;
  const dg_token *tk = dg_tok(c->d, k);
  long w = dg_wordlist_at(heads, c->t, s->end, tk->start);
  h->hstart = tk->start;
  if (w >= 0) {
    h->hend = tk->start + heads->w[w].len;
  } else {
    w = dg_wordlist_before(heads, c->t, tk->start, tk->end);
    h->hend = tk->end;
    if (w >= 0 && ((heads->w[w].as.head.type == DG_TYPE_PLACE && heads->w[w].len <= 3) ||
                   !(tk->pos == DG_POS_NOUN_PROPER || tk->unknown)))
      w = -1;
    if (w >= 0) h->hstart = tk->end - heads->w[w].len;
  }
  if (w < 0 || (unsigned char)c->t[tk->start] < 0x80) return 0;
  uint32_t hk = k, kend = dg_sent_tokend(c->d, s);
  while (hk + 1 < kend && dg_tok(c->d, hk)->end < h->hend) hk++;
  if (dg_tok(c->d, hk)->end != h->hend) return 0; /* the head ends inside a token */
  h->type = heads->w[w].as.head.type;
  h->k = k;
  h->hk = hk;
  return 1;
}

/* Does an organization's head word (heads.tsv) start at token nx: 局 after アジア大洋州? */
static int organization_head_at(const dgn_ctx *c, const dg_sentence *s, const dg_token *nx) {
  long w = dg_wordlist_at(&c->r->heads, c->t, s->end, nx->start);
  return w >= 0 && c->r->heads.w[w].as.head.type == DG_TYPE_ORGANIZATION;
}

/* Is head h the start of a longer word of buildings.tsv (会議|室, 会議|場: a room or a hall,
 * not a meeting: 第2特別会議室)? */
static int inside_building(const dgn_ctx *c, const dg_sentence *s, const ja_head *h) {
  long w = dg_wordlist_at(&c->r->buildings, c->t, s->end, h->hstart);
  return w >= 0 && h->hstart + c->r->buildings.w[w].len > h->hend;
}

/* The compound goes on after the head, so the head is not its end: 会議所, 会合参加者, and
 * カンボジア計画省 is a ministry (省 is a head of its own), not a plan. A place may go on
 * (西ジャワ州ブカシ: a place within a place), but not into an organization's head word:
 * the 州 of アジア大洋州局 (a bureau) ends no place. A space in the source after the head
 * of a meeting or program ends the compound (an organization's goes on into its unit:
 * 国際協力局 地域政策課). A head that opens a building's word (会議室) ends nothing. */
static int compound_goes_on(const dgn_ctx *c, const dg_sentence *s, const ja_head *h) {
  if (inside_building(c, s, h)) return 1;
  if (h->hk + 1 >= dg_sent_tokend(c->d, s)) return 0;
  const dg_token *nx = dg_tok(c->d, h->hk + 1);
  if (nx->start != h->hend || (unsigned char)c->t[h->hend] < 0x80 ||
      (h->type != DG_TYPE_ORGANIZATION && dgn_spaced_in_source(c, h->hend)))
    return 0;
  if (h->type == DG_TYPE_PLACE) return organization_head_at(c, s, nx);
  return nx->pos == DG_POS_NOUN || nx->pos == DG_POS_NOUN_SAHEN ||
         nx->pos == DG_POS_NOUN_PROPER ||
         dg_wordlist_at(&c->r->heads, c->t, s->end, nx->start) >= 0;
}

/* Is meeting head h followed at once by a word of statement_titles.tsv (財務大臣会議|共同
 * 声明)? The statement is named after its meeting, so the meeting is a name of its own,
 * nested in the statement's. */
static int statement_follows(const dgn_ctx *c, const dg_sentence *s, const ja_head *h) {
  return h->type == DG_TYPE_MEETING &&
         dg_wordlist_at(&c->r->statement_titles, c->t, s->end, h->hend) >= 0;
}

/* Is meeting head h followed at once by a word of place_held.tsv (開催) that ends the
 * compound (a headline: ASEAN首脳歓迎昼食会開催)? The meeting is a name of its own. */
static int holding_follows(const dgn_ctx *c, const dg_sentence *s, const ja_head *h) {
  if (h->type != DG_TYPE_MEETING) return 0;
  long w = dg_wordlist_at(&c->r->place_held, c->t, s->end, h->hend);
  if (w < 0) return 0;
  uint32_t z = h->hend + (uint32_t)c->r->place_held.w[w].len;
  dg_script sc = dg_script_of(dg_cp_at(c->t, s->end, z));
  return sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && sc != DG_SC_LATIN && sc != DG_SC_DIGIT;
}

/* The token before offset a, from token j down. */
static long token_before(const dgn_ctx *c, const dg_sentence *s, long j, uint32_t a) {
  while (j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->start >= a) j--;
  return j;
}

/* The start of a quoted segment 「...」 or 『...』 that ends right before `end`, or end; a
 * quote does not reach over 。, a line break or a parenthesis, and holds the quotes closed
 * inside it (normalizing writes 『』 inside 「」 as 「」). */
static uint32_t quote_start(const dgn_ctx *c, uint32_t end) {
  if (end < 3) return end;
  uint32_t close = dg_cp_before(c->t, end);
  uint32_t open = close == DGN_CP_CLOSE      ? DGN_CP_OPEN
                  : close == DGN_CP_CLOSE_DB ? DGN_CP_OPEN_DB
                                             : 0;
  if (!open) return end;
  size_t i = dg_utf8_prev(c->t, end);
  size_t lim = end > DGN_MAX_NAME_BYTES ? end - DGN_MAX_NAME_BYTES : 0;
  int depth = 0; /* quotes closed inside: 「「中央アジア+日本」対話」 opens at the outer one */
  while (i > lim) {
    i = dg_utf8_prev(c->t, i);
    uint32_t cp = dg_cp_at(c->t, c->len, i);
    if (cp == close) depth++;
    if (cp == open && depth-- == 0) return (uint32_t)i;
    if (cp == DGN_CP_FULL_STOP || cp == '\n' || cp == '(' || cp == ')') break;
  }
  return end;
}

/* A quoted segment before: 「中央アジア+日本」対話. */
static int take_quote(const dgn_ctx *c, const dg_sentence *s, ja_left *L, long *j) {
  uint32_t q = quote_start(c, L->a);
  if (q >= L->a) return 0;
  L->a = q;
  *j = token_before(c, s, *j, q);
  L->ntok++;
  return 1;
}

/* A person ends the name; so does, for an organization's name, an organization named
 * before it (外務省|国際協力局 are two names, but JICA産業人材育成協力イニシアティブ is one).
 * The unit of a known organization is a name even when its words are plain. */
static int stops_at_known(dgn_ctx *c, const dg_token *pk, dg_type type, ja_left *L) {
  uint32_t orgs = type == DG_TYPE_ORGANIZATION ? T(ORGANIZATION) : 0;
  if (!dgn_overlaps(c, pk->start, pk->end, T(PERSON) | orgs)) return 0;
  L->unit_of_org =
      type == DG_TYPE_ORGANIZATION && dgn_overlaps(c, pk->start, pk->end, T(ORGANIZATION));
  return 1;
}

/* Is t[a, z) hiragana only, a reading (循環(じゅんかん)経済)? */
static int all_hiragana(const dgn_ctx *c, uint32_t a, uint32_t z) {
  while (a < z) {
    uint32_t cp = dg_cp_at(c->t, z, a);
    if (dg_script_of(cp) != DG_SC_HIRAGANA) return 0;
    a += (uint32_t)dg_utf8_len(c->t + a, c->t + z);
  }
  return 1;
}

/* Does t[open + 1, close) name the entity of mention m, whole (SCO(上海協力機構)), or the
 * series m is an instance of (第5回EAS(東アジア首脳会議): meeting:eas:5 of meeting:eas)? */
static int names_same(dgn_ctx *c, const dg_mention *m, uint32_t open, uint32_t close) {
  long in = dgn_mention_starting(c, open + 1, ANY_NAMED & ~T(PERSON));
  if (in < 0 || c->d->ments[in].end != close) return 0;
  const char *id = c->d->ments[in].id;
  size_t n = strlen(id);
  return !strcmp(id, m->id) || (!strncmp(id, m->id, n) && m->id[n] == ':');
}

/* Is t[a, z) known countries and groups only, one after another (日本, ASEAN10か国)? */
static int only_parties(dgn_ctx *c, uint32_t a, uint32_t z) {
  while (a < z) {
    long m = dgn_mention_starting(c, a, T(COUNTRY) | T(GROUP));
    if (m < 0 || c->d->ments[m].end > z || c->d->ments[m].end <= a) return 0;
    a = c->d->ments[m].end;
  }
  return 1;
}

/* Is t[a, z) countries' one-character abbreviations only (日中韓, 日: countries.tsv abbr1)? */
static int country_abbreviations(dgn_ctx *c, uint32_t a, uint32_t z) {
  while (a < z) {
    int l = dg_utf8_len(c->t + a, c->t + z);
    long ent = l > 1 ? dg_dict_find_surface(c->rz->dict, c->t + a, (size_t)l) : -1;
    if (ent < 0 || dg_dict_entity(c->rz->dict, (size_t)ent)->type != DG_TYPE_COUNTRY) return 0;
    a += (uint32_t)l;
  }
  return 1;
}

/* Does t[a, z) list members: pieces between list joiners (list_joiners.tsv: 、, 及び), each
 * known countries and groups or countries' abbreviations (日、中、韓; ASEAN10か国及び日中韓)?
 * An empty piece (a joiner first, last or doubled) lists nothing. */
static int member_list(dgn_ctx *c, uint32_t a, uint32_t z) {
  uint32_t p = a;
  while (p < z) {
    uint32_t q = p;
    long w = -1;
    while (q < z && (w = dg_wordlist_at(&c->r->list_joiners, c->t, z, q)) < 0)
      q += (uint32_t)dg_utf8_len(c->t + q, c->t + z);
    if (q == p || !(only_parties(c, p, q) || country_abbreviations(c, p, q))) return 0;
    if (q == z) return 1;
    p = q + (uint32_t)c->r->list_joiners.w[w].len;
    if (p >= z) return 0;
  }
  return 0;
}

uint32_t dgn_abbreviations_start(dgn_ctx *c, uint32_t min, uint32_t z) {
  uint32_t a = z;
  int n = 0;
  while (a > min && n < 8) {
    uint32_t p = (uint32_t)dg_utf8_prev(c->t, a);
    if (!country_abbreviations(c, p, a)) break;
    a = p, n++;
  }
  return n >= 2 ? a : z;
}

/* A name and its acronym, reading or full name in parentheses before the head joins the
 * name: アジア・ゼロエミッション共同体(AZEC)首脳会合, CA+JAD(カジャッド)東京イニシアティブ,
 * SCO(上海協力機構)首脳会議, and a group and its members: ASEAN+3(日、中、韓)環境大臣会合
 * (member_list), countries' abbreviations and their names: 日中韓(日本・中国・韓国)首脳会議;
 * a word's reading in hiragana is passed over, the word stays
 * (日EU循環(じゅんかん)経済アクションプラン). */
static int take_gloss(dgn_ctx *c, const dg_sentence *s, ja_left *L, long *j) {
  uint32_t a = L->a;
  if (c->t[a - 1] != ')') return 0;
  uint32_t open = a - 1;
  while (open > s->start && c->t[open] != '(' && a - open < 40) open--;
  if (c->t[open] != '(' || open + 1 >= a - 1) return 0;
  if (all_hiragana(c, open + 1, a - 1) && a - open <= 40) { /* a reading */
    L->a = open;
    *j = token_before(c, s, *j, open);
    return 1;
  }
  long before = dgn_mention_ending(c, open, ANY_NAMED & ~T(PERSON));
  uint32_t from;
  if (before < 0) { /* countries' abbreviations and their names: 日中韓(日本・中国・韓国) */
    from = dgn_abbreviations_start(c, s->start, open);
    if (from == open || !member_list(c, open + 1, a - 1)) return 0;
  } else {
    const dg_mention *m = &c->d->ments[before];
    if (!dgn_is_acronym(c->t, open + 1, a - 1) &&
        !dgn_all_katakana(c->t + open + 1, a - 1 - open - 1) && !names_same(c, m, open, a - 1) &&
        !(m->type == DG_TYPE_GROUP && member_list(c, open + 1, a - 1)))
      return 0;
    from = m->start;
  }
  L->a = from;
  *j = token_before(c, s, *j, L->a);
  L->ntok++;
  return 1;
}

/* A value ends the name, but a year may begin an official name: 2025年日本国際博覧会協会;
 * a program's name may be a year and its head alone (2030年アジェンダ, 2050年戦略: the year
 * names it), not a fiscal year's (2024年度計画). */
static void take_year(dgn_ctx *c, const dg_token *pk, dg_type type, ja_left *L) {
  long dm = dgn_mention_ending(c, pk->end, T(DATE));
  if (dm < 0) return;
  const dg_mention *m = &c->d->ments[dm];
  if (m->when.prec == DG_DATE_YEAR && !m->when.fiscal && !m->when.year2 &&
      (L->ntok > 0 || type == DG_TYPE_PROGRAM) && m->end - m->start <= 7 &&
      dg_is_digit(c->t[m->start]))
    L->a = m->start;
}

/* Does a place's name stop before token j: a part of a country (country_parts.tsv) right
 * after the country (インド南部|テランガナ州: the south of India, then the state; a part
 * alone may begin a name: 中部ジャワ州)? */
static int country_part_before(dgn_ctx *c, const dg_sentence *s, const ja_head *h, uint32_t a) {
  if (h->type != DG_TYPE_PLACE) return 0;
  long w = dg_wordlist_before(&c->r->country_parts, c->t, s->start, a);
  return w >= 0 && dgn_mention_ending(c, a - c->r->country_parts.w[w].len, T(COUNTRY)) >= 0;
}

/* Does an organization's head word (局, 省) end right before `at`? */
static int organization_head_before(const dgn_ctx *c, uint32_t at) {
  long w = dg_wordlist_before(&c->r->heads, c->t, at > 12 ? at - 12 : 0, at);
  return w >= 0 && c->r->heads.w[w].as.head.type == DG_TYPE_ORGANIZATION;
}

/* Did the source have a space before `at` that normalizing left out between two Japanese
 * characters, as a headline writes between its phrases (共同文書採択 日メコン首脳会議,
 * 巡視艇 日本海上保安庁)? Not after an ordinal, which a heading may space off its name
 * (第5回 日メコン首脳会議), nor, in an organization's name, after the body it is a unit of
 * (外務省 国際協力局 地域政策課). */
static int headline_gap(dgn_ctx *c, const ja_head *h, uint32_t at) {
  return dgn_spaced_in_source(c, at) && dgn_ja_ordinal_before(c, at) == at &&
         !(h->type == DG_TYPE_ORGANIZATION && organization_head_before(c, at));
}

/* Where a space of the source, a headline's gap (headline_gap), falls inside a token, in
 * t(a, z): normalizing drops a space between two Japanese characters, and MeCab may then
 * read the katakana on both sides as one word (a person's name and a province: …ズン|
 * ビンディン省). The offset after the last such space, or 0. */
static uint32_t gap_inside(dgn_ctx *c, const ja_head *h, uint32_t a, uint32_t z) {
  uint32_t last = 0;
  for (uint32_t p = a + 1; p < z; p++)
    if ((c->t[p] & 0xC0) != 0x80 && headline_gap(c, h, p)) last = p;
  return last;
}

/* Is a token of (j, h's head] a suffix that is an organization's head (局, 課, 部): the
 * unit of a bureau? */
static int unit_suffix_between(const dgn_ctx *c, const dg_sentence *s, long j, const ja_head *h) {
  for (uint32_t q = (uint32_t)j + 1; q <= h->k; q++)
    if (dg_tok(c->d, q)->pos == DG_POS_NOUN_SUFFIX && organization_head_at(c, s, dg_tok(c->d, q)))
      return 1;
  return 0;
}

/* Is token j, before a name that holds the unit of a bureau (地球環境局国際連携課, 対策課市場
 * メカニズム), a family name that opens the compound (after 、, a colon, a space or the
 * sentence's start): a person before the unit of his title (佐藤|地球環境局国際連携課長, a list
 * of attendees), not the name's first word? No bureau is named after a person. MeCab's
 * 人名 of kanji, with words of the name after it. */
static int surname_opens_unit(dgn_ctx *c, const dg_sentence *s, const ja_head *h,
                              const ja_left *L, long j) {
  const dg_token *pk = dg_tok(c->d, j);
  if (L->ntok < 1 || pk->pos != DG_POS_NOUN_PROPER || pk->subpos != 2 ||
      dg_script_of(dg_cp_at(c->t, pk->end, pk->start)) != DG_SC_KANJI ||
      dgn_has_script(c->t + pk->start, pk->end - pk->start, DG_SC_KATAKANA) ||
      !unit_suffix_between(c, s, j, h))
    return 0;
  if (pk->start == s->start || dgn_spaced_in_source(c, pk->start)) return 1;
  uint32_t cp = dg_cp_before(c->t, pk->start);
  return cp == 0x3001 || cp == ':' || cp == ',' || cp == '\n';
}

/* Is token pk a word of group_suffixes.tsv (関連) right after a group's name, maybe glossed
 * in parentheses (東南アジア諸国連合(ASEAN)関連首脳会議: the name goes on to the group)? */
static int group_suffix(dgn_ctx *c, const dg_sentence *s, const dg_token *pk) {
  long w = dg_wordlist_find(&c->r->group_suffixes, c->t + pk->start, pk->end - pk->start);
  uint32_t p = pk->start;
  if (w < 0 || p <= s->start) return 0;
  if (c->t[p - 1] == ')') { /* past a gloss: (ASEAN) */
    uint32_t open = p - 1;
    while (open > s->start && c->t[open] != '(' && p - open < 40) open--;
    if (c->t[open] != '(') return 0;
    p = open;
  }
  return dgn_mention_ending(c, p, T(GROUP)) >= 0;
}

/* Left of the head, token by token while they touch: quoted segments, glossed names,
 * nouns and prefixes (countries and groups in any case) that are no stop words, up to a
 * person, a value, a gap (in the text, or a space in the source: headline_gap, also one
 * inside a token: gap_inside, the part after it taken even when a person ends at the gap:
 * ホー・コック・ズン ビンディン省人民委員会委員長) or a part of a country. */
static void extend_left(dgn_ctx *c, const dg_sentence *s, const ja_head *h, ja_left *L) {
  const dg_doc *d = c->d;
  *L = (ja_left){.a = dg_tok(d, h->k)->start};
  uint32_t gap = gap_inside(c, h, L->a, h->hstart);
  if (gap) {
    L->a = gap;
    return;
  }
  long j = (long)h->k - 1;
  while (j >= (long)dg_sent_tok0(d, s) && L->ntok < DGN_MAX_NAME_TOKENS) {
    const dg_token *pk = dg_tok(d, j);
    if (pk->end != L->a) break; /* a gap: a space or line break inside the sentence */
    if (headline_gap(c, h, L->a)) break;
    if (take_quote(c, s, L, &j)) continue;
    uint32_t cut = gap_inside(c, h, pk->start, pk->end);
    if (cut && !dgn_overlaps(c, cut, pk->end, ANY_NAMED)) { /* a person before the gap */
      L->a = cut;
      L->ntok++;
      break;
    }
    if (stops_at_known(c, pk, h->type, L)) break;
    if (take_gloss(c, s, L, &j)) continue;
    if (country_part_before(c, s, h, L->a)) break;
    int in_place = dgn_overlaps(c, pk->start, pk->end, T(COUNTRY) | T(GROUP));
    if (!in_place && !group_suffix(c, s, pk) &&
        (!dgn_name_token(c, pk) || dgn_is_stop(c, pk->start, pk->end)))
      break;
    if (dgn_overlaps(c, pk->start, pk->end, VALUES)) {
      take_year(c, pk, h->type, L);
      break;
    }
    if (cut) {
      L->a = cut;
      L->ntok++;
      break;
    }
    if (surname_opens_unit(c, s, h, L, j)) break;
    L->a = pk->start;
    j--;
    L->ntok++;
  }
}

/* An armed force or ministry of a country, the head alone after the country and の:
 * インドネシアの海軍, フィリピンの沿岸警備隊; not a head many bodies of a country bear
 * (shared_heads.tsv: 日本の大学). Returns 1 when it applies (*e: the result). */
static int country_organization(dgn_ctx *c, const ja_head *h, const ja_left *L, dg_err *e,
                                dg_error *err) {
  if (h->type != DG_TYPE_ORGANIZATION || L->a != h->hstart || !dg_lit_before(c->t, L->a, "の"))
    return 0;
  long cm = dgn_mention_ending(c, L->a - 3, T(COUNTRY));
  if (cm < 0 || h->hend - h->hstart < 6 ||
      dg_wordlist_find(&c->r->shared_heads, c->t + h->hstart, h->hend - h->hstart) >= 0)
    return 0;
  *e = dgn_record_name(c, h->type, c->d->ments[cm].start, h->hend, err);
  return 1;
}

/* May the token belong to the compound before a connector? */
static int before_connector(dgn_ctx *c, const dg_token *pk) {
  return (dgn_name_token(c, pk) || dgn_overlaps(c, pk->start, pk->end, T(COUNTRY) | T(GROUP))) &&
         !dgn_is_stop(c, pk->start, pk->end) &&
         !dgn_overlaps(c, pk->start, pk->end, VALUES | T(PERSON));
}

/* Is text [a, z) known places and countries only, maybe joined by ・ (タイ・バンコク)? */
static int only_places(dgn_ctx *c, uint32_t a, uint32_t z) {
  while (a < z) {
    long m = dgn_mention_starting(c, a, T(PLACE) | T(COUNTRY));
    if (m < 0 || c->d->ments[m].end > z) return 0;
    a = c->d->ments[m].end;
    if (a < z && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3;
  }
  return 1;
}

/* Is connector w a list joiner (及び) after a compound t[a, b) that holds a head word of
 * name h's type: a name of its own (A建設計画及び|B整備計画), not a part of h's? */
static int joined_names(dgn_ctx *c, const dg_sentence *s, const ja_head *h, uint32_t a,
                        uint32_t b, long w) {
  const dg_word *wd = &c->r->name_connectors.w[w];
  if (dg_wordlist_find(&c->r->list_joiners, wd->s, wd->len) < 0) return 0;
  for (uint32_t k = dg_sent_tok0(c->d, s); k < dg_sent_tokend(c->d, s); k++) {
    ja_head o;
    if (dg_tok(c->d, k)->start >= a && dg_tok(c->d, k)->end <= b && head_at(c, s, k, &o) &&
        o.type == h->type)
      return 1;
  }
  return 0;
}

/* Official names join two compounds with a connector (name_connectors.tsv: に係る, に関する,
 * のための, における): 食料安全保障に係るASEAN首脳宣言 goes on over up to six tokens of the
 * compound before it, when the connector may extend a name of its type (軍医学のための
 * ASEANセンター; but a place's における does not make an organization: 南シナ海における|
 * 米海軍), and not a name that begins with its ordinal (枠組みにおける|第2回外相会合). A
 * quoted topic goes over its connector even to a head alone: 「海洋協力の推進」に関する共同声明. A
 * connector that extends no organization does not go over one either, nor over a meeting:
 * JICAにおける|政策対話 and 首脳会議における|決定 say where, not what, and so does a place
 * or country alone (バンコクにおける|日メコン外相会議). */
static void extend_over_connector(dgn_ctx *c, const dg_sentence *s, const ja_head *h,
                                  ja_left *L) {
  uint32_t after;
  if (dgn_ja_ordinal_at(c, L->a, h->hstart, &after) > 0) return;
  long w = dg_wordlist_before(&c->r->name_connectors, c->t, s->start, L->a);
  if (w < 0 || !((c->r->name_connectors.w[w].as.connector.types >> h->type) & 1)) return;
  uint32_t q = quote_start(c, L->a - c->r->name_connectors.w[w].len);
  if (q < L->a - c->r->name_connectors.w[w].len) { /* 「…」に関する共同声明: the quote names it */
    L->a = q;
    L->ntok++;
    return;
  }
  if (L->a >= h->hstart || L->ntok == 0) return;
  uint32_t b = L->a - c->r->name_connectors.w[w].len, a2 = b;
  long j = dg_doc_token_at(c->d, b - 1);
  int n = 0;
  while (j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->end == a2 && n < 6 &&
         before_connector(c, dg_tok(c->d, j)))
    a2 = dg_tok(c->d, j--)->start, n++;
  int org_only = !((c->r->name_connectors.w[w].as.connector.types >> DG_TYPE_ORGANIZATION) & 1);
  if (n > 0 && org_only && dgn_mention_exact(c, a2, b, T(ORGANIZATION) | T(MEETING)) >= 0)
    return; /* JICAにおける|政策対話: where it is held, no part of its name */
  if (n > 0 && org_only && only_places(c, a2, b))
    return; /* バンコクにおける|日メコン外相会議: the venue, a place mention of its own */
  if (n > 0 && joined_names(c, s, h, a2, b, w))
    return; /* A建設計画及び|B整備計画: two names of a list */
  if (n > 0) L->a = a2;
}

/* Joiners (・ - + &) never begin a name. */
static uint32_t skip_joiners(const dgn_ctx *c, uint32_t a, uint32_t hstart) {
  while (a < hstart && (dg_cp_at(c->t, c->len, a) == DGN_CP_DOT || c->t[a] == '-' ||
                        c->t[a] == '+' || c->t[a] == '&'))
    a += dg_cp_at(c->t, c->len, a) == DGN_CP_DOT ? 3 : 1;
  return a;
}

/* A list's number never begins a name: one or two digits and a '.' with no digit after
 * it (1.ASEAN+3農林大臣会合, an item of a numbered list; 2.0 is a version). Returns where
 * the name begins past it, or a. */
static uint32_t skip_list_number(const dgn_ctx *c, uint32_t a, uint32_t hstart) {
  uint32_t q = a;
  while (q < hstart && q - a < 3 && dg_is_digit(c->t[q])) q++;
  if (q == a || q - a > 2 || q + 1 >= hstart || c->t[q] != '.' || dg_is_digit(c->t[q + 1]))
    return a;
  return q + 1;
}

/* A Roman numeral right after the head (シンポジウムIV, 会議II): one to four of I V X in
 * capitals, no Latin letter or digit after them. Returns its end, or hend. */
static uint32_t roman_end(const dgn_ctx *c, const dg_sentence *s, uint32_t hend) {
  uint32_t v = hend;
  while (v < s->end && v - hend < 5 && strchr("IVX", c->t[v]) && c->t[v]) v++;
  if (v == hend || v - hend > 4) return hend;
  return v < s->end && dg_is_ascii_alnum((unsigned char)c->t[v]) ? hend : v;
}

/* A version right after the head (イニシアティブ2.0, シンポジウムIV): digits with a '.', or
 * four digits, that are no value and no count, or a Roman numeral. Returns the name's new
 * end, or hend. */
static uint32_t version_end(dgn_ctx *c, const dg_sentence *s, uint32_t hend) {
  const char *t = c->t;
  uint32_t v = roman_end(c, s, hend);
  if (v > hend) return v;
  while (v < s->end &&
         (dg_is_digit(t[v]) || (t[v] == '.' && v + 1 < s->end && dg_is_digit(t[v + 1]))))
    v++;
  if (v > hend && (memchr(t + hend, '.', v - hend) || v - hend == 4) &&
      !dgn_overlaps(c, hend, v, VALUES) &&
      !(v < s->end && (unsigned char)t[v] >= 0x80 &&
        dg_wordlist_at(&c->r->counters, t, s->end, v) >= 0))
    return v;
  return hend;
}

/* A program's span of years right after its head (協力戦略2026-2035: two years the date
 * rule reads as one range, digits and a separator only, no kanji after them: 2026-2035年度
 * is a period's): where it ends, or hend. The date inside gives way to the name. */
static uint32_t year_range_end(dgn_ctx *c, const ja_head *h, uint32_t hend) {
  long dm = dgn_mention_starting(c, hend, T(DATE));
  if (h->type != DG_TYPE_PROGRAM || dm < 0) return hend;
  const dg_mention *m = &c->d->ments[dm];
  if (m->when.prec != DG_DATE_YEAR || m->when.fiscal || !m->when.year2) return hend;
  for (uint32_t i = m->start; i < m->end; i++)
    if (!dg_is_digit(c->t[i]) && c->t[i] != '-' && c->t[i] != '~') return hend;
  if (m->end < c->len && dg_script_of(dg_cp_at(c->t, c->len, m->end)) == DG_SC_KANJI)
    return hend; /* 2027-2031年度: the years of something else */
  return m->end;
}

/* A Japanese town's name in kanji, as MeCab reads it: one word it knows as a place's name
 * (固有名詞,地域) right before the head, which MeCab reads as that name's suffix (足利|市,
 * 占冠|村: 名詞,接尾), no other kind of name. Near misses: a common noun (同|市, 各|市), a
 * word MeCab reads otherwise (寧|波). */
static int kanji_town_word(dgn_ctx *c, const ja_head *h, uint32_t a) {
  long q = dg_doc_token_at(c->d, a);
  if (q < 0 || h->k == 0) return 0;
  const dg_token *k = dg_tok(c->d, q), *hk = dg_tok(c->d, h->k);
  return k->start == a && k->end == h->hstart && k->pos == DG_POS_NOUN_PROPER &&
         k->subpos == 1 && !k->unknown && hk->pos == DG_POS_NOUN_SUFFIX &&
         hk->start == h->hstart && !dgn_has_script(c->t + a, h->hstart - a, DG_SC_HIRAGANA) &&
         !dgn_has_script(c->t + a, h->hstart - a, DG_SC_KATAKANA) &&
         !dgn_overlaps(c, a, h->hstart, ANY_NAMED);
}

/* A town's kanji name is a place, not a ward's (港|区): a Japanese ward is mostly named in
 * an address (東京都港区…), which names no place of the text. */
static int kanji_town(dgn_ctx *c, const ja_head *h, uint32_t a) {
  return kanji_town_word(c, h, a) && memcmp(c->t + h->hstart, "\xE5\x8C\xBA", 3) != 0; /* 区 */
}

/* A town after its known prefecture or city (北海道|占冠村, 東京都|港区): the town alone, the
 * known place before it kept. Where the town starts, or a. */
static uint32_t town_after_place(dgn_ctx *c, const ja_head *h, uint32_t a) {
  if (h->type != DG_TYPE_PLACE || h->k == 0) return a;
  uint32_t t0 = dg_tok(c->d, h->k - 1)->start;
  return t0 > a && kanji_town_word(c, h, t0) && dgn_mention_ending(c, t0, PLACE_LIKE) >= 0
             ? t0
             : a;
}

/* Is token k a one-character place head of heads.tsv that MeCab reads as a suffix (省, 州,
 * 県 after a place's name), or 省, which heads.tsv files under organizations (外務省)? */
static int province_suffix(const dgn_ctx *c, long k) {
  const dg_token *tk = dg_tok(c->d, k);
  long w = dg_wordlist_at(&c->r->heads, c->t, tk->end, tk->start);
  if (w < 0 || tk->end - tk->start != 3 || c->r->heads.w[w].len != 3 ||
      tk->pos != DG_POS_NOUN_SUFFIX)
    return 0;
  return c->r->heads.w[w].as.head.type == DG_TYPE_PLACE ||
         memcmp(c->t + tk->start, "\xE7\x9C\x81", 3) == 0; /* 省 */
}

/* Is token tk a place's name in kanji as MeCab reads it: a place's proper noun, or (a
 * part of a city's name it cuts into other words: 玉|渓) any kanji noun or new word? */
static int kanji_place_token(const dgn_ctx *c, const dg_token *tk, int proper) {
  for (uint32_t q = tk->start; q < tk->end; q += 3)
    if (dg_script_of(dg_cp_at(c->t, c->len, q)) != DG_SC_KANJI) return 0;
  if (proper) return tk->pos == DG_POS_NOUN_PROPER && tk->subpos == 1 && !tk->unknown;
  return tk->unknown || tk->pos == DG_POS_NOUN || tk->pos == DG_POS_NOUN_PROPER ||
         tk->pos == DG_POS_NOUN_SUFFIX;
}

/* The start of a province that ends at z: a word MeCab knows as a place's name and a
 * suffix of province_suffix (陝西|省, 雲南|省), or 0. */
static uint32_t province_ending(const dgn_ctx *c, uint32_t z) {
  long k = z >= 6 ? dg_doc_token_at(c->d, z - 1) : -1;
  if (k < 1 || dg_tok(c->d, k)->end != z || !province_suffix(c, k)) return 0;
  const dg_token *prov = dg_tok(c->d, k - 1);
  return prov->end == dg_tok(c->d, k)->start && kanji_place_token(c, prov, 1) ? prov->start : 0;
}

/* A city after its province (陝西省|西安市, 雲南省|玉渓市: one or two kanji words before the
 * head): the city alone, and the province a place of its own. Where the city starts, or
 * a. Near misses: a common noun before the suffix (同|省), a ministry (外務省: one word). */
static uint32_t city_after_province(dgn_ctx *c, const ja_head *h, uint32_t a, dg_err *e,
                                    dg_error *err) {
  if (h->type != DG_TYPE_PLACE) return a;
  uint32_t z = h->hstart;
  for (long k = (long)h->k - 1; k >= 1 && (long)h->k - k <= 2 && !province_ending(c, z); k--) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->end != z || !kanji_place_token(c, tk, 0)) return a;
    z = tk->start;
  }
  uint32_t p = province_ending(c, z);
  if (!p || p < a || z == h->hstart) return a;
  if (dgn_mention_exact(c, p, z, PLACE_LIKE) < 0) *e = dgn_record_name(c, DG_TYPE_PLACE, p, z, err);
  return z;
}

/* Do two known places make up [a, h's end): a prefecture or a city, then a town the
 * dictionaries know with its head (福島県|いわき市, 宮城県|仙台市)? Each stays itself. */
static int known_after_place(dgn_ctx *c, const ja_head *h, uint32_t a) {
  long m = dgn_mention_starting(c, a, PLACE_LIKE);
  uint32_t p = m >= 0 ? c->d->ments[m].end : 0;
  return m >= 0 && p < h->hstart && dgn_mention_exact(c, p, h->hend, PLACE_LIKE) >= 0;
}

/* A place by its head needs katakana, a known place or a town's kanji name (kanji_town)
 * before the head, and no value: 横浜市 is the dictionary's 横浜 already; 17州 and 全34州
 * are counts; 福島県いわき市 is two known places (known_after_place). */
static int place_ok(dgn_ctx *c, const ja_head *h, uint32_t a) {
  if (h->type != DG_TYPE_PLACE) return 1;
  return dgn_mention_exact(c, a, h->hstart, PLACE_LIKE) < 0 && !known_after_place(c, h, a) &&
         (dgn_has_script(c->t + a, h->hstart - a, DG_SC_KATAKANA) ||
          dgn_overlaps(c, a, h->hstart, PLACE_LIKE) || kanji_town(c, h, a) ||
          province_ending(c, a)) &&
         !dgn_overlaps(c, a, h->hstart, VALUES);
}

/* Is there something name-like in [a, z): a known name, Latin letters or digits, katakana,
 * a quote, a proper noun or a word MeCab does not know? Generic compounds (閣僚会合,
 * 防災計画) have none. */
static int name_like(dgn_ctx *c, uint32_t a, uint32_t z, const dg_sentence *s) {
  if (z <= a) return 0;
  if (dgn_overlaps(c, a, z, ANY_NAMED)) return 1;
  const char *p = c->t + a;
  size_t n = z - a;
  for (size_t i = 0; i < n; i++)
    if (dg_is_ascii_alnum((unsigned char)p[i])) return 1;
  if (dgn_has_script(p, n, DG_SC_KATAKANA)) return 1;
  uint32_t cp = dg_cp_at(c->t, c->len, a);
  if (cp == DGN_CP_OPEN || cp == DGN_CP_OPEN_DB) return 1;
  for (uint32_t k = dg_sent_tok0(c->d, s); k < dg_sent_tokend(c->d, s); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start >= a && tk->end <= z &&
        ((tk->pos == DG_POS_NOUN_PROPER && tk->subpos != 0) || tk->unknown))
      return 1;
  }
  return 0;
}

/* Where the parties of a meeting's name end at z going left: countries and groups (in
 * any case), maybe joined by ・, two at least, the first one opening the compound (日・ASEAN);
 * returns where they start, or z when they are not there. */
static uint32_t parties_before(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  uint32_t a = z;
  int n = 0;
  while (a > s->start) {
    if (dg_cp_before(c->t, a) == DGN_CP_DOT && a - 3 < z) {
      a -= 3;
      continue;
    }
    long m = dgn_mention_ending(c, a, T(COUNTRY) | T(GROUP));
    if (m < 0) break;
    a = c->d->ments[m].start;
    n++;
  }
  a = skip_joiners(c, a, z);
  long k = a > s->start ? dg_doc_token_at(c->d, a - 1) : -1;
  if (n < 2 || (k >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, k)->end == a &&
                dgn_name_token(c, dg_tok(c->d, k))))
    return z;
  return a;
}

/* A meeting's name opened by who meets and による, unless a quoted name follows its head
 * (…による国際会議「第7回…」: the description of that name): a word before the head, its
 * parties (日本とASEANの外相による|特別会合: dgn_ja_parties_by; …による会合 alone names
 * nothing), or a head alone, its members and ら (加盟国外相らによる|協議: dgn_ja_members_by;
 * both in names_parties_ja.c). Returns 1 with L->a moved to them when it applies. */
static int take_by(dgn_ctx *c, const dg_sentence *s, const ja_head *h, ja_left *L) {
  if (h->type != DG_TYPE_MEETING || L->a > h->hstart ||
      (h->hend + 3 <= s->end && memcmp(c->t + h->hend, "\xE3\x80\x8C", 3) == 0)) /* 「 */
    return 0;
  uint32_t a = L->a < h->hstart ? dgn_ja_parties_by(c, s, L->a) : dgn_ja_members_by(c, s, L->a);
  if (a == L->a) return 0;
  L->a = a;
  return 1;
}

/* A meeting named by its parties and its members, each with の, before a head alone:
 * 日・メコンの保健担当大臣のラウンドテーブル (the parties, then a compound of nouns). Returns 1
 * with L->a moved to the parties when it applies. */
static int take_parties_of(dgn_ctx *c, const dg_sentence *s, const ja_head *h, ja_left *L) {
  if (h->type != DG_TYPE_MEETING || L->a != h->hstart || !dg_lit_before(c->t, L->a, "の"))
    return 0;
  uint32_t q = L->a - 3;
  long j = dg_doc_token_at(c->d, q - 1);
  int n = 0;
  while (j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->end == q && n < 6 &&
         before_connector(c, dg_tok(c->d, j)) &&
         !dgn_overlaps(c, dg_tok(c->d, j)->start, dg_tok(c->d, j)->end, ANY_NAMED))
    q = dg_tok(c->d, j--)->start, n++;
  if (!n || q < 3 || !dg_lit_before(c->t, q, "の")) return 0;
  uint32_t a = parties_before(c, s, q - 3);
  if (a == q - 3) return 0;
  L->a = a;
  return 1;
}

/* A meeting's ordinal and の before its compound of four characters or more:
 * 第一回の外相会合 (第二回の会合 says only "the second meeting"), or its count (5回目と
 * なる外相会議: names_ordinal.c). Returns 1 when taken. */
static int take_ordinal_of(dgn_ctx *c, const ja_head *h, ja_left *L) {
  if (h->type != DG_TYPE_MEETING || L->a < 3 || h->hend - L->a < 12) return 0;
  uint32_t q = dgn_ja_ordinal_before(c, L->a); /* 5回目となる|外相会議 */
  if (q < L->a) {
    L->a = q;
    return 1;
  }
  if (!dg_lit_before(c->t, L->a, "の")) return 0;
  q = dgn_ja_ordinal_before(c, L->a - 3);
  if (q == L->a - 3) return 0;
  L->a = q;
  return 1;
}

/* A framework's first meeting: a compound ending in a head of group_heads.tsv (協力), two
 * tokens or more, then 初の right before the meeting's compound (A-B協力|初の|首脳会議: 初の
 * counts it as 第1回 would). Near misses: 史上初の首脳会議, 協力初の (no framework named), a
 * person or value in the compound. Returns 1 with L->a moved to the framework. */
static int take_first_of(dgn_ctx *c, const dg_sentence *s, const ja_head *h, ja_left *L) {
  static const char HATSUNO[] = "\xE5\x88\x9D\xE3\x81\xAE"; /* 初の */
  if (h->type != DG_TYPE_MEETING || L->a < s->start + 6 || !dg_lit_before(c->t, L->a, HATSUNO))
    return 0;
  uint32_t q = L->a - 6, a = q;
  long j = dg_doc_token_at(c->d, q - 1);
  if (j < (long)dg_sent_tok0(c->d, s) || dg_tok(c->d, j)->end != q) return 0;
  const dg_token *last = dg_tok(c->d, j);
  long w = dg_wordlist_find(&c->r->group_heads, c->t + last->start, last->end - last->start);
  if (w < 0) return 0;
  int n = 0;
  for (; j >= (long)dg_sent_tok0(c->d, s) && n < DGN_MAX_NAME_TOKENS; j--, n++) {
    const dg_token *pk = dg_tok(c->d, j);
    if (pk->end != a || dgn_overlaps(c, pk->start, pk->end, T(PERSON) | VALUES)) break;
    if (!(pk->end - pk->start == 1 && (c->t[pk->start] == '-')) &&
        dg_cp_at(c->t, c->len, pk->start) != DGN_CP_DOT &&
        (!dgn_name_token(c, pk) || dgn_is_stop(c, pk->start, pk->end)))
      break;
    a = pk->start;
  }
  if (n < 2) return 0;
  L->a = a;
  return 1;
}

/* The parenthesis at t[i, ...) on the sentence's line, up to 60 bytes and none inside:
 * the end after its ')', or i. */
static uint32_t paren_group_end(const dgn_ctx *c, const dg_sentence *s, uint32_t i) {
  if (i >= s->end || c->t[i] != '(') return i;
  uint32_t j = i + 1;
  while (j < s->end && j - i < 60 && c->t[j] != ')' && c->t[j] != '(' && c->t[j] != '\n') j++;
  return j < s->end && c->t[j] == ')' ? j + 1 : i;
}

/* A plan's phase in parentheses after its head, maybe after a section: 改修計画(A-B間)(第二期).
 * Returns the end of the phase's parenthesis, or hend. */
static uint32_t phase_end(const dgn_ctx *c, const dg_sentence *s, uint32_t hend) {
  uint32_t g1 = paren_group_end(c, s, hend), after;
  for (uint32_t g = hend, e = g1, k = 0; k < 2 && e > g; k++, g = e, e = paren_group_end(c, s, e))
    if (dgn_ja_ordinal_at(c, g + 1, e - 1, &after) > 0 && after == e - 1) return e;
  return hend;
}

/* A numbered part after a program's head and ・: 人材育成プログラム・サブプログラム2,
 * 防災計画・フェーズ3 (kanji or katakana, then one or two digits ending the compound).
 * Returns the part's end, or hend. */
static uint32_t sub_part_end(dgn_ctx *c, const dg_sentence *s, const ja_head *h) {
  uint32_t q = h->hend, e;
  if (h->type != DG_TYPE_PROGRAM || dg_cp_at(c->t, c->len, q) != DGN_CP_DOT) return h->hend;
  q += 3;
  uint32_t words = q;
  while (q < s->end) {
    dg_script sc = dg_script_of(dg_cp_at(c->t, c->len, q));
    if (sc != DG_SC_KATAKANA && sc != DG_SC_KANJI) break;
    q += 3;
  }
  for (e = q; e < s->end && e - q < 2 && dg_is_digit(c->t[e]);) e++;
  if (q == words || q - words > 36 || e == q || (e < s->end && dg_is_digit(c->t[e])) ||
      dgn_overlaps(c, words, e, VALUES))
    return h->hend;
  return e;
}

/* Does the document define an acronym right after the head: 次官級会合(VMM)? */
static int acronym_follows(const dgn_ctx *c, const dg_sentence *s, uint32_t hend) {
  uint32_t e = paren_group_end(c, s, hend);
  return e > hend + 2 && dgn_is_acronym(c->t, hend + 1, e - 1);
}

/* Does a parenthesis right after a program's name hold its amount (経済社会開発計画(供与額
 * 2億円): a project funded by that sum, no generic plan), or one right after a word of
 * cofinancing.tsv after it (改革支援計画に対する協調融資(供与限度額9億円): the sum of the
 * financing that goes with the program)? */
static int amount_follows(dgn_ctx *c, const dg_sentence *s, const ja_head *h, uint32_t end) {
  long w = dg_wordlist_at(&c->r->cofinancing, c->t, s->end, end);
  if (w >= 0) end += (uint32_t)c->r->cofinancing.w[w].len;
  uint32_t e = paren_group_end(c, s, end);
  if (h->type != DG_TYPE_PROGRAM || e == end) return 0;
  for (uint32_t q = end + 1; q + 1 < e;) {
    if (dgn_mention_starting(c, q, T(AMOUNT)) >= 0) return 1;
    int l = dg_utf8_len(c->t + q, c->t + e);
    q += l > 0 ? (uint32_t)l : 1;
  }
  return 0;
}

/* A province's name, katakana and 省 alone (タイビン省, a province of Vietnam), or a word
 * MeCab knows as a place's name right before 省 as its suffix (中国|海南|省: see
 * kanji_town_word): a place; a ministry's name has its portfolio in kanji before 省
 * (外務省, 計画投資省). The type h names, else. */
static dg_type province_type(dgn_ctx *c, const ja_head *h, uint32_t a) {
  if (h->type != DG_TYPE_ORGANIZATION || a >= h->hstart || h->hend - h->hstart != 3 ||
      memcmp(c->t + h->hstart, "\xE7\x9C\x81", 3) != 0) /* 省 */
    return h->type;
  if (h->k > 0 && kanji_town_word(c, h, dg_tok(c->d, h->k - 1)->start)) return DG_TYPE_PLACE;
  if (!dgn_all_katakana(c->t + a, h->hstart - a) || dg_cp_at(c->t, c->len, a) == DGN_CP_DOT)
    return h->type;
  return DG_TYPE_PLACE;
}

/* A country whose name only begins the katakana word before a place's head is none (タイ
 * of タイビン省; インドネシア・ジャワ州 keeps its country, after which a ・ comes). */
static void drop_country_prefix(dgn_ctx *c, dg_type type, uint32_t a, uint32_t hstart) {
  long m = type == DG_TYPE_PLACE ? dgn_mention_starting(c, a, T(COUNTRY)) : -1;
  if (m < 0) return;
  uint32_t z = c->d->ments[m].end;
  uint32_t cp = z < hstart ? dg_cp_at(c->t, c->len, z) : 0;
  if (cp && cp != DGN_CP_DOT && dg_script_of(cp) == DG_SC_KATAKANA)
    c->d->ments[m].type = DG_TYPE_STOP;
}

/* Do two parties or more, countries and groups maybe joined by ・, open the compound at a
 * before the head at hstart (日ASEAN|イノベーションネットワーク, 日・メコン|観光ウィーク)? The
 * parties mark a head of marked_heads.tsv as an ordinal does. */
static int parties_open(dgn_ctx *c, uint32_t a, uint32_t hstart) {
  int n = 0;
  long m;
  while (a < hstart && (m = dgn_mention_starting(c, a, T(COUNTRY) | T(GROUP))) >= 0) {
    a = c->d->ments[m].end;
    n++;
    if (a < hstart && dg_cp_at(c->t, c->len, a) == DGN_CP_DOT) a += 3;
  }
  return n >= 2 && a < hstart;
}

/* Is h a head that names only when marked (marked_heads.tsv: ネットワーク): katakana
 * compounds before it are often common nouns (スタートアップ支援ネットワーク)? */
static int marked_head(const dgn_ctx *c, const ja_head *h) {
  return dg_wordlist_find(&c->r->marked_heads, c->t + h->hstart, h->hend - h->hstart) >= 0;
}

/* Does the clause of topic or purpose t[pa, a) before head h name it: h is one of
 * topic_heads.tsv (協定, 協力覚書) and two words or more stand before the clause's last word
 * of name_purposes.tsv (防災協力に関する協力覚書; one says too little: 協力に関する覚書)? */
static int topic_names(dgn_ctx *c, const dg_sentence *s, const ja_head *h, uint32_t pa,
                       uint32_t a) {
  if (pa >= a ||
      dg_wordlist_find(&c->r->topic_heads, c->t + h->hstart, h->hend - h->hstart) < 0)
    return 0;
  long w = dg_wordlist_before(&c->r->name_purposes, c->t, s->start, a);
  uint32_t z = w >= 0 ? a - (uint32_t)c->r->name_purposes.w[w].len : a;
  int n = 0;
  for (long k = dg_doc_token_at(c->d, pa); k >= 0 && k < (long)dg_sent_tokend(c->d, s) &&
                                           dg_tok(c->d, k)->end <= z;
       k++)
    n++;
  return n >= 2;
}

/* May token k stand in a clause of purpose before a program's name (see purpose_start):
 * a noun of any kind but a number's, in letters or kana and kanji only, の, など, the へ of
 * への (越境性疾病への対応に関する), ・ between nouns (経済・金融), or the な of an adjective
 * (持続的な)? */
static int purpose_word(const dgn_ctx *c, const dg_token *k) {
  size_t n = k->end - k->start;
  const char *w = c->t + k->start;
  if (n == 3 && dg_cp_at(c->t, c->len, k->start) == DGN_CP_DOT) return 1;
  for (uint32_t q = k->start; q < k->end; q += (uint32_t)dg_utf8_len(c->t + q, c->t + k->end)) {
    dg_script sc = dg_script_of(dg_cp_at(c->t, c->len, q));
    if (sc != DG_SC_KANJI && sc != DG_SC_HIRAGANA && sc != DG_SC_KATAKANA &&
        !dg_is_ascii_alnum((unsigned char)c->t[q]))
      return 0; /* MeCab calls a bracket or ② a noun too */
  }
  switch (k->pos) {
  case DG_POS_NOUN: case DG_POS_NOUN_PROPER: case DG_POS_NOUN_SAHEN: case DG_POS_NOUN_SUFFIX:
  case DG_POS_NOUN_NAI: case DG_POS_NOUN_NONIND:
    return 1;
  case DG_POS_PARTICLE:
    return (n == 3 && (!memcmp(w, "\xE3\x81\xAE", 3) || !memcmp(w, "\xE3\x81\xB8", 3))) ||
           (n == 6 && !memcmp(w, "\xE3\x81\xAA\xE3\x81\xA9", 6));
  case DG_POS_AUX:
    return n == 3 && !memcmp(w, "\xE3\x81\xAA", 3); /* な */
  default:
    return 0;
  }
}

/* The word of name_purposes.tsv, else of name_causes.tsv, that ends at a (-1 if none), its
 * start in *p, and whether it is a cause in *cause. */
static long purpose_word_before(const dgn_ctx *c, const dg_sentence *s, uint32_t a, uint32_t *p,
                                int *cause) {
  const dg_wordlist *lists[] = {&c->r->name_purposes, &c->r->name_causes};
  for (int i = 0; i < 2; i++) {
    long w = dg_wordlist_before(lists[i], c->t, s->start, a);
    if (w < 0) continue;
    *p = a - (uint32_t)lists[i]->w[w].len;
    *cause = i;
    return w;
  }
  return -1;
}

/* Japanese: where a program's name that starts at a goes left over the clauses of purpose
 * or topic official names carry (水産業の持続的な発展などに向けた|経済社会開発計画;
 * インドにおける|持続可能な開発目標に向けた|日印協力行動に関する|プログラム): while a word
 * of name_purposes.tsv ends right before it, over that word and the words before it
 * (purpose_word, at most twelve, opening with no particle) back to anything else. A word
 * of name_causes.tsv (気候変動による, 太陽光を活用した) is gone over only after plain nouns
 * that hold no name (not an actor's: 大臣による共同声明, 基金によるプロジェクト). */
static uint32_t purpose_start(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  for (int hops = 0; hops < 4; hops++) {
    uint32_t p;
    int cause;
    if (purpose_word_before(c, s, a, &p, &cause) < 0) break;
    uint32_t q = p;
    long k = p > s->start ? dg_doc_token_at(c->d, p - 1) : -1;
    for (int n = 0; k >= (long)dg_sent_tok0(c->d, s) && n < 12; n++, k--) {
      const dg_token *tk = dg_tok(c->d, k);
      if (tk->end != q || !purpose_word(c, tk) || (cause && tk->pos == DG_POS_PARTICLE) ||
          (cause && tk->pos == DG_POS_AUX))
        break;
      q = tk->start;
    }
    if (cause && k >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, k)->end == q &&
        purpose_word(c, dg_tok(c->d, k)))
      break; /* 官民ファイナンスの|活用による: the clause goes on past plain nouns */
    for (k = q < p ? dg_doc_token_at(c->d, q) : -1; k >= 0 && q < p; k++) {
      const dg_token *tk = dg_tok(c->d, k);
      if (tk->pos != DG_POS_PARTICLE && tk->pos != DG_POS_AUX &&
          dg_cp_at(c->t, c->len, tk->start) != DGN_CP_DOT)
        break;
      q = tk->end; /* no clause opens with の, な or ・ */
    }
    if (q >= p || (cause && dgn_overlaps(c, q, p, ANY_NAMED))) break;
    a = q;
  }
  return a;
}

/* The organization that holds a meeting named by its head alone after it and の, maybe
 * with its gloss in parentheses between (アジア開発銀行(ADB)の年次総会): its mention, or -1. */
static long holding_org(dgn_ctx *c, const dg_sentence *s, uint32_t a) {
  if (a < s->start + 3 || !dg_lit_before(c->t, a, "\xE3\x81\xAE")) return -1; /* の */
  uint32_t z = a - 3;
  if (z > s->start && c->t[z - 1] == ')') {
    uint32_t o = z - 1;
    while (o > s->start && z - o < 80 && c->t[o] != '(') o--;
    if (c->t[o] != '(') return -1;
    z = o;
  }
  return dgn_mention_ending(c, z, 1u << DG_TYPE_ORGANIZATION);
}

/* A meeting's compound of plain words that names nothing alone (年次総会, 総会), after an
 * organization and の (see holding_org): that organization's meeting, the mention over the
 * compound, its label the organization as written, の and the compound (ADBの年次総会), its
 * id scoped to the document (one year's annual meeting is no other year's). 1 when
 * recorded. */
static int org_meeting(dgn_ctx *c, const dg_sentence *s, const ja_head *h, uint32_t a,
                       uint32_t z, dg_err *e, dg_error *err) {
  long org = h->type == DG_TYPE_MEETING ? holding_org(c, s, a) : -1;
  if (org < 0 || dgn_overlaps(c, a, z, ANY_NAMED)) return 0;
  const dg_mention *o = &c->d->ments[org];
  dg_buf b;
  dg_buf_init(&b);
  dg_buf_printf(&b, "%.*s\xE3\x81\xAE%.*s", (int)(o->end - o->start), c->t + o->start,
                (int)(z - a), c->t + a);
  const char *label = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len), *id = NULL, *l2;
  const char *stem = label ? dgn_mint_id(c, DG_TYPE_MEETING, b.data, b.len) : NULL;
  dg_buf_destroy(&b);
  if (stem && dgn_doc_scoped(c, stem, a, z, &id, &l2)) id = NULL;
  if (!id || !dgn_add(c, DG_TYPE_MEETING, a, z, id, label, label, -1, 0))
    *e = dg_error_set(err, DG_ENOMEM, "out of memory");
  return 1;
}

/* The name that ends in head h, if there is one. A generic compound is a name when an
 * ordinal, a phase, an acronym, its amount or the parties opening it mark it: 第七次地雷除去活動機材整備計画,
 * 経済社会開発計画(供与額2億円). A head of marked_heads.tsv names nothing unmarked. */
static dg_err name_at_head(dgn_ctx *c, const dg_sentence *s, const ja_head *head,
                           dg_error *err) {
  ja_left L;
  extend_left(c, s, head, &L);
  ja_head province = *head;
  province.type = province_type(c, head, L.a);
  const ja_head *h = &province;
  dg_err e = DG_OK;
  if (country_organization(c, h, &L, &e, err)) return e;
  extend_over_connector(c, s, h, &L);
  L.a = skip_joiners(c, skip_list_number(c, L.a, h->hstart), h->hstart);
  L.a = town_after_place(c, h, L.a);
  L.a = city_after_province(c, h, L.a, &e, err);
  if (e != DG_OK) return e;
  int marked = take_ordinal_of(c, h, &L) || take_first_of(c, s, h, &L) ||
               take_parties_of(c, s, h, &L) || take_by(c, s, h, &L);
  uint32_t sub = sub_part_end(c, s, h);
  uint32_t hend = sub > h->hend ? sub : version_end(c, s, h->hend), after;
  if (hend == h->hend) hend = year_range_end(c, h, hend);
  uint32_t end = phase_end(c, s, hend);
  marked |= end > hend || sub > h->hend || acronym_follows(c, s, hend) ||
            dgn_ja_ordinal_at(c, L.a, h->hstart, &after) > 0 || amount_follows(c, s, h, end) ||
            parties_open(c, L.a, h->hstart);
  uint32_t pa = h->type == DG_TYPE_PROGRAM && dgn_mention_exact(c, L.a, end, T(PROGRAM)) < 0
                    ? purpose_start(c, s, L.a) /* …に向けた経済社会開発計画 */
                    : L.a;
  marked |= topic_names(c, s, h, pa, L.a); /* 防災協力に関する協力覚書: the topic names it */
  int ok = place_ok(c, h, L.a) && (marked || !marked_head(c, h));
  if (pa < h->hstart && ok && (L.unit_of_org || marked || name_like(c, pa, h->hstart, s))) {
    drop_country_prefix(c, h->type, L.a, h->hstart);
    return dgn_record_name(c, h->type, pa, end, err);
  }
  dg_err e2 = DG_OK;
  if (!marked && org_meeting(c, s, h, pa, end, &e2, err)) return e2;
  return DG_OK;
}

/* Does the compound go on after token k with a noun (日メコン協力|事業)? */
static int noun_follows(const dgn_ctx *c, const dg_sentence *s, uint32_t k) {
  if (k + 1 >= dg_sent_tokend(c->d, s)) return 0;
  const dg_token *nx = dg_tok(c->d, k + 1);
  return nx->start == dg_tok(c->d, k)->end && dgn_name_token(c, nx) && nx->pos != DG_POS_PREFIX;
}

/* A head of group_heads.tsv that is token k, after a compound of countries and groups
 * (with ・) holding one group at least: 日メコン協力, 日・中央アジア協力; not 日米協力, nor
 * after a word that describes a kind of cooperation (group_head_modifiers.tsv: 今後の). */
static dg_err group_name_at(dgn_ctx *c, const dg_sentence *s, uint32_t k, dg_error *err) {
  const dg_token *tk = dg_tok(c->d, k);
  long w = dg_wordlist_at(&c->r->group_heads, c->t, s->end, tk->start);
  if (w < 0 || tk->start + c->r->group_heads.w[w].len != tk->end || noun_follows(c, s, k))
    return DG_OK;
  uint32_t a = tk->start;
  int groups = 0;
  for (long j = (long)k - 1; j >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, j)->end == a; j--) {
    const dg_token *pk = dg_tok(c->d, j);
    if (dgn_overlaps(c, pk->start, pk->end, T(GROUP))) groups++;
    else if (!dgn_overlaps(c, pk->start, pk->end, T(COUNTRY)) &&
             dg_cp_at(c->t, c->len, pk->start) != DGN_CP_DOT)
      break;
    a = pk->start;
  }
  a = skip_joiners(c, a, tk->start);
  if (!groups || a == tk->start ||
      dg_wordlist_before(&c->r->group_head_modifiers, c->t, s->start, a) >= 0)
    return DG_OK;
  return dgn_record_name(c, c->r->group_heads.w[w].as.head.type, a, tk->end, err);
}

/* Does a title (titles.tsv) start in the last character of token tk and go on past it
 * (電気通信大|臣: MeCab read a university's clipped name where a minister's title is)? */
static int title_across_end(const dgn_ctx *c, const dg_sentence *s, const dg_token *tk) {
  uint32_t p = (uint32_t)dg_utf8_prev(c->t, tk->end);
  long ti = dg_wordlist_at(&c->r->titles, c->t, s->end, p);
  return ti >= 0 && p + c->r->titles.w[ti].len > tk->end;
}

/* Does token tk open or end with a word of buildings.tsv (ホテルX, Xホテル): a building,
 * a place, whatever company runs it? */
static int building_name(const dgn_ctx *c, const dg_token *tk) {
  long w = dg_wordlist_at(&c->r->buildings, c->t, tk->end, tk->start);
  return (w >= 0 && tk->start + c->r->buildings.w[w].len < tk->end) ||
         dg_wordlist_before(&c->r->buildings, c->t, tk->start, tk->end) >= 0;
}

/* A proper noun MeCab's own dictionary knows as an organization (固有名詞,組織), of four
 * characters or more in kanji or katakana and outside every name, is one: 欧州共同体,
 * 住宅金融公庫; one named as a building is a place (see building_name). Shorter ones are
 * generic organs or clipped forms (国防省 of any country, 日航), and words MeCab does not
 * know are classed by guess: both count for nothing; nor does one whose last character
 * begins a title (電気通信大|臣). */
static dg_err mecab_organizations(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  for (uint32_t k = dg_sent_tok0(c->d, s); k < dg_sent_tokend(c->d, s); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    const char *p = c->t + tk->start;
    size_t n = tk->end - tk->start;
    if (tk->pos != DG_POS_NOUN_PROPER || tk->subpos != 3 || tk->unknown || n < 12 ||
        !(dgn_has_script(p, n, DG_SC_KANJI) || dgn_has_script(p, n, DG_SC_KATAKANA)) ||
        dgn_overlaps(c, tk->start, tk->end, ~0u) || !dgn_name_fits(c, tk->start, tk->end) ||
        title_across_end(c, s, tk))
      continue;
    if (!dgn_add_minted(c, building_name(c, tk) ? DG_TYPE_PLACE : DG_TYPE_ORGANIZATION,
                        tk->start, tk->end))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

/* A head of an office written into its holder's title, the head and 長 (事務局|長), right
 * after a known group or organization: that body's office, an organization (ASEAN事務局 of
 * ASEAN事務局長, who speaks for it). Near miss: after a plain word (総務事務局長). */
static dg_err office_in_title(dgn_ctx *c, const dg_sentence *s, uint32_t p, dg_error *err) {
  long ti = dg_wordlist_at(&c->r->titles, c->t, s->end, p);
  if (ti < 0) return DG_OK;
  size_t n = c->r->titles.w[ti].len;
  if (n < 9 || memcmp(c->t + p + n - 3, "\xE9\x95\xB7", 3) != 0) return DG_OK; /* 長 */
  long h = dg_wordlist_find(&c->r->heads, c->t + p, n - 3);
  long m = dgn_mention_ending(c, p, T(GROUP) | T(ORGANIZATION));
  if (h < 0 || c->r->heads.w[h].as.head.type != DG_TYPE_ORGANIZATION || m < 0 ||
      !dg_doc_token_boundary(c->d, p + (uint32_t)n))
    return DG_OK;
  return dgn_record_name(c, DG_TYPE_ORGANIZATION, c->d->ments[m].start, p + (uint32_t)n - 3, err);
}

/* The offices in titles of a sentence. */
static dg_err offices_in_titles(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  for (uint32_t p = s->start; p < s->end; p += (uint32_t)dg_utf8_len(c->t + p, c->t + s->end)) {
    if ((unsigned char)c->t[p] < 0x80) continue;
    dg_err e = office_in_title(c, s, p, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}

/* A plain word of a loan's name: a common, サ変 or adjectival noun that MeCab knows and no
 * other name covers (緊急|財政|支援). */
static int loan_word(dgn_ctx *c, const dg_token *k) {
  return (k->pos == DG_POS_NOUN || k->pos == DG_POS_NOUN_SAHEN || k->pos == DG_POS_NOUN_NAI) &&
         !k->unknown && dgn_name_token(c, k) && !dgn_is_stop(c, k->start, k->end) &&
         !dgn_overlaps(c, k->start, k->end, ANY_NAMED);
}

/* A named loan ending at token k, which ends a loan head (loan_heads.tsv) that starts at h:
 * two plain words or more, four characters or more, right before the head, and nothing
 * that touches them on the left but a particle or punctuation (対|印円借款 and 上記円借款
 * are no names). */
static dg_err loan_name(dgn_ctx *c, const dg_sentence *s, uint32_t k, uint32_t h,
                        dg_error *err) {
  long q = dg_doc_token_at(c->d, h - 1);
  uint32_t a = h;
  int n = 0;
  for (; q >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, q)->end == a && n < 8 &&
       loan_word(c, dg_tok(c->d, q)); q--, n++)
    a = dg_tok(c->d, q)->start;
  if (n < 2 || h - a < 12) return DG_OK;
  if (q >= (long)dg_sent_tok0(c->d, s) && dg_tok(c->d, q)->end == a &&
      dgn_name_token(c, dg_tok(c->d, q))) return DG_OK;
  return dgn_record_name(c, DG_TYPE_PROGRAM, a, dg_tok(c->d, k)->end, err);
}

/* The named loans of a sentence: at each token that ends a loan head. */
static dg_err loan_names(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  for (uint32_t k = dg_sent_tok0(c->d, s); k < dg_sent_tokend(c->d, s); k++) {
    const dg_token *tk = dg_tok(c->d, k);
    long w = dg_wordlist_before(&c->r->loan_heads, c->t, s->start, tk->end);
    if (w < 0) continue;
    uint32_t h = tk->end - (uint32_t)c->r->loan_heads.w[w].len;
    if (!dg_doc_token_boundary(c->d, h) || !dg_doc_token_boundary(c->d, tk->end)) continue;
    dg_err e = loan_name(c, s, k, h, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}

/* Does the compound that goes on after organization head h end in no head of its own
 * (アジア大洋州局|地域政策参事官室: a bureau and its office, which no head word names)? Then
 * the name ends at h. The compound: the nouns touching each other after it. */
static int unit_without_head(const dgn_ctx *c, const dg_sentence *s, const ja_head *h) {
  if (h->type != DG_TYPE_ORGANIZATION) return 0;
  uint32_t end = h->hend, kend = dg_sent_tokend(c->d, s);
  for (uint32_t k = h->hk + 1; k < kend; k++) {
    const dg_token *tk = dg_tok(c->d, k);
    if (tk->start != end || (tk->pos != DG_POS_NOUN && tk->pos != DG_POS_NOUN_SAHEN &&
                             tk->pos != DG_POS_NOUN_PROPER && tk->pos != DG_POS_NOUN_SUFFIX))
      break;
    ja_head later;
    if (head_at(c, s, k, &later)) return 0;
    end = tk->end;
  }
  return 1;
}

/* Is the country mention ending at z the second of two, or more, joined by 、 (中国、韓国)?
 * Its start, or 0. */
static uint32_t second_listed_country(dgn_ctx *c, const dg_sentence *s, uint32_t z) {
  static const char TOUTEN[] = "\xE3\x80\x81"; /* 、 */
  long m = dgn_mention_ending(c, z, T(COUNTRY));
  if (m < 0) return 0;
  uint32_t a = c->d->ments[m].start;
  if (a < s->start + 3 || !dg_lit_before(c->t, a, TOUTEN)) return 0;
  return dgn_mention_ending(c, a - 3, T(COUNTRY)) >= 0 ? a : 0;
}

/* Countries' one-character abbreviations (countries.tsv abbr1) as items of a list of
 * countries joined by 、, after two countries at least: 中国、韓国、印、豪、NZ (an
 * attendance row); each item stands alone between 、 and 、, ), a line's or the sentence's
 * end. Near misses: one country before (韓国、印), a character that goes on (韓国、中長期). */
static dg_err listed_abbreviations(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  static const char TOUTEN[] = "\xE3\x80\x81"; /* 、 */
  for (uint32_t p = s->start + 3; p + 3 <= s->end; p += 3) {
    while (p + 3 <= s->end && !dg_lit(c->t, s->end, p, TOUTEN)) p++;
    if (p + 6 > s->end) break;
    uint32_t a = p + 3;
    int l = dg_utf8_len(c->t + a, c->t + s->end);
    uint32_t z = a + (uint32_t)l;
    if (l != 3 || !(z == s->end || c->t[z] == ')' || c->t[z] == '\n' ||
                    dg_lit(c->t, s->end, z, TOUTEN) || dg_lit(c->t, s->end, z, "\xEF\xBC\x89")))
      continue;
    long ent = dg_dict_find_surface(c->rz->dict, c->t + a, 3);
    if (ent < 0 || dg_dict_entity(c->rz->dict, (size_t)ent)->type != DG_TYPE_COUNTRY ||
        dgn_overlaps(c, a, z, ~0u) || !second_listed_country(c, s, p))
      continue;
    if (!dgn_add_entity(c, DG_TYPE_COUNTRY, a, z, ent))
      return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

dg_err dgn_ja_heads(dgn_ctx *c, dg_error *err) {
  for (size_t si = 0; si < c->d->nsents; si++) {
    const dg_sentence s = c->d->sents[si];
    uint32_t k = dg_sent_tok0(c->d, &s);
    while (k < dg_sent_tokend(c->d, &s)) {
      ja_head h;
      if (!head_at(c, &s, k, &h)) {
        k++;
        continue;
      }
      if (!compound_goes_on(c, &s, &h) || unit_without_head(c, &s, &h) ||
          statement_follows(c, &s, &h) || holding_follows(c, &s, &h)) {
        dg_err e = name_at_head(c, &s, &h, err);
        if (e != DG_OK) return e;
      }
      k = h.hk + 1;
    }
    dg_err e = DG_OK;
    for (uint32_t g = dg_sent_tok0(c->d, &s); g < dg_sent_tokend(c->d, &s) && e == DG_OK; g++)
      e = group_name_at(c, &s, g, err);
    if (e == DG_OK) e = mecab_organizations(c, &s, err);
    if (e == DG_OK) e = offices_in_titles(c, &s, err);
    if (e == DG_OK) e = loan_names(c, &s, err);
    if (e == DG_OK) e = dgn_bu_ministries(c, &s, err);
    if (e == DG_OK) e = dgn_title_talks(c, &s, err);
    if (e == DG_OK) e = dgn_person_talks(c, &s, err);
    if (e == DG_OK) e = dgn_coordinated_meetings(c, &s, err);
    if (e == DG_OK) e = dgn_party_meeting_refs(c, &s, err);
    if (e == DG_OK) e = listed_abbreviations(c, &s, err);
    if (e != DG_OK) return e;
  }
  return DG_OK;
}
