/* Sentence splitting and MeCab tokenization (see docgraph/segment.h).
 * The model is shared; each tagger owns a lattice, so taggers never share mutable state.
 * MeCab surfaces are not NUL-terminated: offsets are taken from the surface pointers into
 * the sentence we hand it, which is a slice of the document text. */
#include "docgraph/segment.h"

#include <mecab.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/scan.h"
#include "docgraph/rules.h"
#include "base/utf8.h"

struct dg_mecab {
  mecab_model_t *model;
  char dicdir[512];
};

/* The coarse part of speech of a MeCab part-of-speech id, as last read: the feature's
 * first three fields (up to and with the third comma) it was read from, and the answer. */
#define POS_IDS 1024
#define POS_KEY 96
typedef struct {
  uint8_t len; /* 0: not read yet */
  uint8_t pos, sub;
  char key[POS_KEY];
} pos_memo;

/* The answer for a feature string by its address: a node of a dictionary word or of an
 * unknown word points into the model's dictionaries, which do not change while the model
 * is open, so the same address means the same bytes (no partial parsing, whose
 * constraints would put features in the lattice). Direct-mapped; a miss reads the posid
 * memo. */
#define FEATURE_SLOTS 4096
typedef struct {
  const char *feature; /* NULL: empty */
  uint8_t pos, sub;
} feature_memo;

typedef DG_VEC(dg_token) tok_vec;

struct dg_tagger {
  mecab_t *tagger;
  mecab_lattice_t *lattice;
  pos_memo *pos;         /* by posid, POS_IDS of them */
  feature_memo *by_addr; /* FEATURE_SLOTS of them */
  tok_vec out;           /* dg_tagger_sentence's tokens, until its next call */
};

static int has_sysdic(const char *dir) {
  char p[600];
  struct stat st;
  snprintf(p, sizeof p, "%s/sys.dic", dir);
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

dg_err dg_mecab_open(dg_mecab **out, const char *dicdir, dg_error *err) {
  *out = NULL;
  const char *cands[] = {dicdir, getenv("DOCGRAPH_MECAB_DIC"),
                         "/var/lib/mecab/dic/ipadic-utf8",
                         "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8",
                         "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
                         "/usr/lib/mecab/dic/ipadic-utf8", "/usr/local/lib/mecab/dic/ipadic-utf8"};
  const char *found = NULL;
  for (size_t i = 0; i < sizeof cands / sizeof *cands; i++) {
    if (!cands[i] || !*cands[i]) continue;
    if (has_sysdic(cands[i])) {
      found = cands[i];
      break;
    }
    if (i <= 1) /* an explicit choice that does not exist is an error, not a hint */
      return dg_error_set(err, DG_EMECAB,
                          "MeCab dictionary %s has no sys.dic: install the Debian package "
                          "mecab-ipadic-utf8 or point DOCGRAPH_MECAB_DIC at an ipadic-utf8 "
                          "directory",
                          cands[i]);
  }
  if (!found)
    return dg_error_set(err, DG_EMECAB,
                        "MeCab dictionary ipadic-utf8 not found (looked in "
                        "/var/lib/mecab/dic/ipadic-utf8 and /usr/lib/*/mecab/dic): install the "
                        "Debian package mecab-ipadic-utf8 or set DOCGRAPH_MECAB_DIC");
  dg_mecab *m = calloc(1, sizeof *m);
  if (!m) return dg_error_set(err, DG_ENOMEM, "out of memory");
  snprintf(m->dicdir, sizeof m->dicdir, "%s", found);
  /* -r /dev/null: no mecabrc needed; -d: the dictionary we found. */
  char arg[700];
  snprintf(arg, sizeof arg, "-r /dev/null -d %s", m->dicdir);
  m->model = mecab_model_new2(arg);
  if (!m->model) {
    free(m);
    return dg_error_set(err, DG_EMECAB, "MeCab cannot open the dictionary %s: %s", found,
                        mecab_strerror(NULL));
  }
  *out = m;
  return DG_OK;
}

void dg_mecab_close(dg_mecab *m) {
  if (!m) return;
  mecab_model_destroy(m->model);
  free(m);
}

const char *dg_mecab_dicdir(const dg_mecab *m) { return m->dicdir; }

dg_err dg_tagger_new(dg_mecab *m, dg_tagger **out, dg_error *err) {
  dg_tagger *t = calloc(1, sizeof *t);
  if (!t) return dg_error_set(err, DG_ENOMEM, "out of memory");
  t->tagger = mecab_model_new_tagger(m->model);
  t->lattice = mecab_model_new_lattice(m->model);
  t->pos = calloc(POS_IDS, sizeof *t->pos);
  t->by_addr = calloc(FEATURE_SLOTS, sizeof *t->by_addr);
  if (!t->pos || !t->by_addr) {
    dg_tagger_free(t);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  if (!t->tagger || !t->lattice) {
    dg_tagger_free(t);
    return dg_error_set(err, DG_EMECAB, "MeCab cannot create a tagger: %s",
                        mecab_strerror(NULL));
  }
  *out = t;
  return DG_OK;
}

void dg_tagger_free(dg_tagger *t) {
  if (!t) return;
  if (t->lattice) mecab_lattice_destroy(t->lattice);
  if (t->tagger) mecab_destroy(t->tagger);
  free(t->pos);
  free(t->by_addr);
  free(t->out.v);
  free(t);
}

static int starts(const char *f, const char *p) { return strncmp(f, p, strlen(p)) == 0; }

/* Coarse part of speech from an ipadic feature string ("名詞,固有名詞,地域,国,..."). */
static void pos_of(const char *f, uint8_t *pos, uint8_t *sub) {
  *sub = 0;
  if (starts(f, "名詞,")) {
    const char *s = f + strlen("名詞,");
    if (starts(s, "固有名詞")) {
      *pos = DG_POS_NOUN_PROPER;
      const char *t = s + strlen("固有名詞,");
      if (starts(t, "地域")) *sub = 1;
      else if (starts(t, "人名")) *sub = 2;
      else if (starts(t, "組織")) *sub = 3;
    } else if (starts(s, "サ変接続")) *pos = DG_POS_NOUN_SAHEN;
    else if (starts(s, "接尾")) *pos = DG_POS_NOUN_SUFFIX;
    else if (starts(s, "数")) *pos = DG_POS_NOUN_NUMBER;
    else if (starts(s, "形容動詞語幹") || starts(s, "ナイ形容詞語幹")) *pos = DG_POS_NOUN_NAI;
    else if (starts(s, "副詞可能")) *pos = DG_POS_NOUN_ADV;
    else if (starts(s, "非自立") || starts(s, "代名詞")) *pos = DG_POS_NOUN_NONIND;
    else *pos = DG_POS_NOUN;
  } else if (starts(f, "接頭詞")) *pos = DG_POS_PREFIX;
  else if (starts(f, "動詞")) *pos = DG_POS_VERB;
  else if (starts(f, "形容詞")) *pos = DG_POS_ADJ;
  else if (starts(f, "助詞")) *pos = DG_POS_PARTICLE;
  else if (starts(f, "助動詞")) *pos = DG_POS_AUX;
  else if (starts(f, "記号")) *pos = DG_POS_SYMBOL;
  else if (starts(f, "副詞")) *pos = DG_POS_ADVERB;
  else if (starts(f, "接続詞")) *pos = DG_POS_CONJ;
  else *pos = DG_POS_OTHER;
}

/* The length of the feature's first three fields with the third comma (pos_of reads no
 * further), or of the whole feature with its NUL when it has fewer; 0 when too long. */
static size_t pos_key_len(const char *f) {
  size_t i = 0;
  for (int commas = 0; i < POS_KEY; i++) {
    if (!f[i]) return i + 1;
    if (f[i] == ',' && ++commas == 3) return i + 1;
  }
  return 0;
}

/* pos_of, read once per part-of-speech id: a node whose feature starts like the one its id
 * was read from gets the same answer (pos_of depends on those bytes only). */
static void pos_of_id(dg_tagger *t, const mecab_node_t *n, uint8_t *pos, uint8_t *sub) {
  pos_memo *m = n->posid < POS_IDS ? &t->pos[n->posid] : NULL;
  if (m && m->len && memcmp(n->feature, m->key, m->len) == 0) {
    *pos = m->pos, *sub = m->sub;
    return;
  }
  pos_of(n->feature, pos, sub);
  size_t kl = m ? pos_key_len(n->feature) : 0;
  if (!kl) return;
  memcpy(m->key, n->feature, kl);
  m->len = (uint8_t)kl, m->pos = *pos, m->sub = *sub;
}

/* pos_of for a node: by its feature's address when that was seen, else by its id. */
static void pos_of_node(dg_tagger *t, const mecab_node_t *n, uint8_t *pos, uint8_t *sub) {
  uintptr_t a = (uintptr_t)n->feature;
  feature_memo *f = &t->by_addr[(a ^ a >> 12) % FEATURE_SLOTS];
  if (f->feature == n->feature) {
    *pos = f->pos, *sub = f->sub;
    return;
  }
  pos_of_id(t, n, pos, sub);
  f->feature = n->feature, f->pos = *pos, f->sub = *sub;
}

/* Tokenize s[0..len) and append tokens with offsets + base. */
static dg_err tokenize(dg_tagger *t, const char *s, size_t len, uint32_t base, tok_vec *out,
                       dg_error *err) {
  mecab_lattice_set_sentence2(t->lattice, s, len);
  if (!mecab_parse_lattice(t->tagger, t->lattice))
    return dg_error_set(err, DG_EMECAB, "MeCab failed: %s", mecab_lattice_strerror(t->lattice));
  for (const mecab_node_t *n = mecab_lattice_get_bos_node(t->lattice); n; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE || n->length == 0) continue;
    dg_token tok;
    tok.start = base + (uint32_t)(n->surface - s);
    tok.end = tok.start + n->length;
    pos_of_node(t, n, &tok.pos, &tok.subpos);
    tok.unknown = n->stat == MECAB_UNK_NODE;
    if (DG_PUSH(*out, tok)) return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

dg_err dg_tagger_tokenize(dg_tagger *t, const char *s, size_t len, dg_token **toks,
                          size_t *ntoks, dg_error *err) {
  tok_vec v = {0};
  dg_err r = tokenize(t, s, len, 0, &v, err);
  if (r != DG_OK) {
    free(v.v);
    return r;
  }
  *toks = v.v;
  *ntoks = v.n;
  return DG_OK;
}

dg_err dg_tagger_sentence(dg_tagger *t, const char *s, size_t len, uint32_t base,
                          const dg_token **toks, size_t *ntoks, dg_error *err) {
  t->out.n = 0;
  dg_err r = tokenize(t, s, len, base, &t->out, err);
  *toks = t->out.v;
  *ntoks = r == DG_OK ? t->out.n : 0;
  return r;
}

dg_err dg_segment_tokens(dg_doc *d, dg_tagger *t, dg_tokens_mode mode, dg_error *err) {
  return dg_tokens_open(d, t, mode, err);
}

/* ---- sentences ---- */

static int is_closer(uint32_t cp) {
  return cp == 0x300D || cp == 0x300F || cp == ')' || cp == ']' || cp == '"' || cp == '\'' ||
         cp == 0x3011 || cp == 0x3009 || cp == 0x300B;
}

/* Is the word t[w, off] (off: its '.') an abbreviation, an initial or dotted letters? */
static int abbreviation_word(const char *t, uint32_t w, uint32_t off, const dg_rules *rules) {
  size_t wl = off + 1 - w;
  if (wl == 1) return 0;
  if (wl == 2 && t[w] >= 'A' && t[w] <= 'Z') return 1; /* initial: "J. Smith" */
  if (rules && dg_rules_is_abbreviation(rules, t + w, wl)) return 1;
  /* Dotted acronyms such as U.S. or e.g., and a name's initials, a capital with maybe
   * one small letter each (Sh.M. Mirziyoyev, Zh.K. Tokayev) */
  int dots = 0;
  for (uint32_t i = w; i <= off; i++) dots += t[i] == '.';
  if (dots >= 2 && wl <= 8) {
    int ok = 1;
    for (uint32_t i = w; i <= off && ok; i++) {
      if (dg_is_upper(t[i]) && i + 2 <= off && dg_is_lower(t[i + 1]) && t[i + 2] == '.') i++;
      ok = dg_is_ascii_alnum((unsigned char)t[i]) && t[++i] == '.';
    }
    if (ok) return 1;
  }
  return 0;
}

/* Is the '.' at off the end of an abbreviation, an initial or a number? The word before
 * it keeps its inner periods (U.S.); in a hyphenated compound its last part counts
 * (ASEAN-U.S.). */
static int period_is_not_final(const char *t, uint32_t bstart, uint32_t off,
                               const dg_rules *rules) {
  uint32_t w = off;
  while (w > bstart && (dg_is_ascii_alnum((unsigned char)t[w - 1]) || t[w - 1] == '.' ||
                        t[w - 1] == '-'))
    w--;
  if (abbreviation_word(t, w, off, rules)) return 1;
  uint32_t part = off;
  while (part > w && t[part - 1] != '-') part--;
  return part > w && abbreviation_word(t, part, off, rules);
}

/* Is the '?' at off a letter lost in conversion inside a name, the sentence going on in
 * lower case (H.E. Bekir Bozda? met at the Summit)? A Latin letter stands right before
 * it and one space and a small letter right after. */
static int lost_letter(const char *t, uint32_t bstart, uint32_t off, uint32_t e) {
  if (t[off] != '?' || off == bstart || !(dg_is_lower(t[off - 1]) || dg_is_upper(t[off - 1]))) return 0;
  return off + 2 < e && t[off + 1] == ' ' && dg_is_lower((unsigned char)t[off + 2]);
}

/* Is the '.' at off that of an ordinal written with a period before a capital (the 10.
 * Summit): one to three digits after "the "? */
static int ordinal_period(const char *t, uint32_t bstart, uint32_t off) {
  uint32_t w = off;
  while (w > bstart && dg_is_digit((unsigned char)t[w - 1])) w--;
  if (w == off || off - w > 3 || w < bstart + 4) return 0;
  return (t[w - 4] == 't' || t[w - 4] == 'T') && memcmp(t + w - 3, "he ", 3) == 0;
}

/* Does the 。 that ends at `next` close a parenthesis inside the sentence, the text going on
 * in Japanese right after it (…会議(以下「X」という。)及び…)? A quote closed after 。 still
 * ends a sentence (「…進める。」|と述べた). */
static int inner_full_stop(const char *t, uint32_t next, uint32_t e) {
  uint32_t j = next, c2 = 0;
  if (j >= e || t[j] != ')') return 0;
  j++;
  if (j >= e) return 0;
  dg_utf8_decode(t + j, t + e, &c2);
  dg_script sc = dg_script_of(c2);
  return sc == DG_SC_HIRAGANA || sc == DG_SC_KATAKANA || sc == DG_SC_KANJI;
}

typedef DG_VEC(dg_sentence) sent_vec;

static int push_sentence(sent_vec *v, const char *t, uint32_t a, uint32_t z, uint32_t block) {
  while (a < z && (t[a] == ' ' || t[a] == '\n' || t[a] == '\t')) a++;
  while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\n' || t[z - 1] == '\t')) z--;
  if (a >= z) return 0;
  dg_sentence s = {.start = a, .end = z, .block = block};
  return DG_PUSH(*v, s);
}

/* Where to cut a sentence [a, i) that has grown to DG_MAX_SENTENCE_BYTES without an end:
 * after the last space, comma or 、 in its last quarter, else at i (a character
 * boundary), so no word or number is cut when the text offers a better place. */
static uint32_t safe_cut(const char *t, uint32_t a, uint32_t i) {
  for (uint32_t c = i; c > a + (i - a) * 3 / 4; c--) {
    if (t[c - 1] == ' ' || t[c - 1] == ',' || t[c - 1] == '\n') return c;
    if (c >= a + 3 && memcmp(t + c - 3, "\xE3\x80\x81", 3) == 0) return c; /* 、 */
  }
  return i;
}

static int split_block(sent_vec *v, const char *t, const dg_block *b, uint32_t bi,
                       const dg_rules *rules, size_t *cuts) {
  uint32_t a = b->start, i = b->start, e = b->end;
  while (i < e) {
    if (i - a >= DG_MAX_SENTENCE_BYTES) { /* no end in sight: cut, so the rest is read */
      uint32_t c = safe_cut(t, a, i);
      if (push_sentence(v, t, a, c, bi)) return -1;
      a = c;
      (*cuts)++;
    }
    uint32_t cp;
    int l = dg_utf8_decode(t + i, t + e, &cp);
    if (l == 0) l = 1;
    uint32_t next = i + (uint32_t)l;
    int final = 0;
    if (cp == 0x3002) {
      final = !inner_full_stop(t, next, e);
    } else if (cp == '!' || cp == '?') {
      final = !lost_letter(t, b->start, i, e);
    } else if (cp == '.') {
      /* Look past closing quotes and brackets at what follows. */
      uint32_t j = next;
      uint32_t c2 = 0;
      int l2 = 0;
      while (j < e) {
        l2 = dg_utf8_decode(t + j, t + e, &c2);
        if (l2 == 0) l2 = 1;
        if (!is_closer(c2)) break;
        j += (uint32_t)l2;
      }
      if (j >= e) final = 1;
      else if (c2 == ' ' || c2 == '\n' || c2 == '\t') {
        uint32_t k = j;
        while (k < e && (t[k] == ' ' || t[k] == '\n' || t[k] == '\t')) k++;
        int lower = k < e && t[k] >= 'a' && t[k] <= 'z';
        int upper = k < e && dg_is_upper((unsigned char)t[k]);
        final = !lower && !period_is_not_final(t, b->start, i, rules) &&
                !(upper && ordinal_period(t, b->start, i));
      } else if (dg_is_japanese(c2)) {
        final = 1; /* "．" used as a Japanese full stop */
      }
    }
    if (final) {
      /* Include closing quotes and brackets. */
      while (next < e) {
        uint32_t c2;
        int l2 = dg_utf8_decode(t + next, t + e, &c2);
        if (l2 == 0 || !(is_closer(c2) || c2 == 0x3002 || c2 == '!' || c2 == '?')) break;
        next += (uint32_t)l2;
      }
      if (push_sentence(v, t, a, next, bi)) return -1;
      a = next;
    }
    i = next;
  }
  return push_sentence(v, t, a, e, bi);
}

dg_err dg_segment_sentences(dg_doc *d, const dg_rules *rules, dg_error *err) {
  sent_vec v = {0};
  size_t cuts = 0, first_cut = 0;
  for (size_t i = 0; i < d->nblocks; i++) {
    const dg_block *b = &d->blocks[i];
    size_t before = cuts;
    int r;
    if ((b->kind == DG_BLOCK_HEADING || b->kind == DG_BLOCK_TABLE_ROW) &&
        b->end - b->start <= DG_MAX_SENTENCE_BYTES)
      r = push_sentence(&v, d->text, b->start, b->end, (uint32_t)i);
    else
      r = split_block(&v, d->text, b, (uint32_t)i, rules, &cuts);
    if (r) {
      free(v.v);
      return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
    }
    if (!before && cuts) first_cut = b->start;
  }
  if (cuts) {
    uint32_t line, col;
    dg_doc_line_col(d, dg_doc_raw_offset(d, (uint32_t)first_cut), &line, &col);
    dg_diags_add(&d->diags, "%s:%u: text without a sentence end for over %d bytes: cut into "
                 "sentences of at most that length (%zu cut%s)", d->path, line,
                 DG_MAX_SENTENCE_BYTES, cuts, cuts == 1 ? "" : "s");
  }
  free(d->sents);
  DG_FIT(v); /* kept for the document's life: no room left from doubling */
  d->sents = v.v;
  d->nsents = v.n;
  return DG_OK;
}
