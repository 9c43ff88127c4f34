/* Meetings named by one coordinated head: 'A及びBのHEADにそれぞれ出席' (日中韓及びASEAN+3の
 * 財務大臣会議にそれぞれ出席: two meetings, A's and B's, each with the same head). A and B
 * are runs of countries and groups joined by 及び, 並びに or と, の after B, then a head
 * (a run of kanji, katakana, ・ and Latin that ends in a meeting head word of heads.tsv),
 * and それぞれ (each) right after it, maybe after one particle. B's meeting is written
 * whole (BのHEAD, a new meeting over that span); A's is written only in the coordinated
 * phrase: its mention is A's run, named AのHEAD.
 * A back reference 'Bの会議' (a party, の and a bare meeting word: ASEAN+3の会議では) later
 * stands for the last meeting named before it whose name starts with that party's text
 * (ASEAN+3の財務大臣会議), so the two meetings' ties keep apart.
 * Invariant: only with それぞれ after the head (A及びBの首脳会議 alone may be one meeting of
 * both), and only where no meeting is named yet. */
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "recognize/names_int.h"

#define NO "\xE3\x81\xAE"                                      /* の */
#define SOREZORE "\xE3\x81\x9D\xE3\x82\x8C\xE3\x81\x9E\xE3\x82\x8C" /* それぞれ */
#define HEAD_REACH 60 /* bytes a coordinated head may take */
#define PARTIES (T(COUNTRY) | T(GROUP))

/* Where the run of countries and groups that ends at z starts (日中韓: three touching
 * mentions), or z when none ends there. */
static uint32_t party_run(dgn_ctx *c, uint32_t lo, uint32_t z) {
  uint32_t a = z;
  for (long m; a > lo && (m = dgn_mention_ending(c, a, PARTIES)) >= 0;)
    a = c->d->ments[m].start;
  return a;
}

/* The length of the joiner (及び, 並びに, と) that ends at z, or 0. */
static uint32_t joiner_before(const char *t, uint32_t lo, uint32_t z) {
  static const char *const J[] = {"\xE5\x8F\x8A\xE3\x81\xB3", "\xE4\xB8\xA6\xE3\x81\xB3\xE3\x81\xAB",
                                  "\xE3\x81\xA8"}; /* 及び 並びに と */
  for (size_t k = 0; k < sizeof J / sizeof *J; k++) {
    uint32_t n = (uint32_t)strlen(J[k]);
    if (z >= lo + n && !memcmp(t + z - n, J[k], n)) return n;
  }
  return 0;
}

/* The end of the head that starts at p: the last end of a meeting head word of heads.tsv in
 * the run of kanji, katakana, ・ and Latin letters after p (HEAD_REACH bytes at most), or p. */
static uint32_t head_end(dgn_ctx *c, uint32_t p, uint32_t e) {
  const char *t = c->t;
  uint32_t best = p;
  for (uint32_t q = p; q < e && q - p < HEAD_REACH;) {
    uint32_t cp = dg_cp_at(t, e, q);
    dg_script sc = dg_script_of(cp);
    if (sc != DG_SC_KANJI && sc != DG_SC_KATAKANA && cp != DGN_CP_DOT && !dg_is_ascii_alnum(cp) &&
        cp != '+')
      break;
    q += (uint32_t)dg_utf8_len(t + q, t + e);
    long h = dg_wordlist_before(&c->r->heads, t, p, q);
    if (h >= 0 && c->r->heads.w[h].as.head.type == DG_TYPE_MEETING) best = q;
  }
  return best;
}

/* それぞれ right after z, maybe after one particle of one character (にそれぞれ)? */
static int each_after(const char *t, uint32_t z, uint32_t e) {
  if (z + 12 <= e && !memcmp(t + z, SOREZORE, 12)) return 1;
  return z + 15 <= e && dg_script_of(dg_cp_at(t, e, z)) == DG_SC_HIRAGANA &&
         !memcmp(t + z + 3, SOREZORE, 12);
}

static dg_err coordinated_at(dgn_ctx *c, const dg_sentence *s, uint32_t no, dg_error *err) {
  const char *t = c->t;
  uint32_t b = party_run(c, s->start, no);
  if (b == no) return DG_OK;
  uint32_t jn = joiner_before(t, s->start, b);
  uint32_t a = jn ? party_run(c, s->start, b - jn) : b;
  if (a == b - jn || a == b) return DG_OK;
  uint32_t z = head_end(c, no + 3, s->end);
  if (z == no + 3 || !each_after(t, z, s->end) || dgn_overlaps(c, a, z, T(MEETING)) ||
      !dgn_name_fits(c, a, z))
    return DG_OK;
  dg_mention *mb = dgn_add_minted(c, DG_TYPE_MEETING, b, z);
  dg_mention *ma = mb ? dgn_add_minted(c, DG_TYPE_MEETING, a, b - jn) : NULL;
  if (!ma) return dg_error_set(err, DG_ENOMEM, "out of memory");
  dg_buf nm;
  dg_buf_init(&nm);
  dg_buf_add(&nm, t + a, b - jn - a);
  dg_buf_add(&nm, t + no, z - no); /* AのHEAD */
  int bad = nm.oom || dgn_rename(c, ma, nm.data, nm.len);
  dg_buf_destroy(&nm);
  return bad ? dg_error_set(err, DG_ENOMEM, "out of memory") : DG_OK;
}

dg_err dgn_coordinated_meetings(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  for (uint32_t p = s->start + 3; p + 3 <= s->end; p++)
    if (!memcmp(c->t + p, NO, 3)) {
      dg_err e = coordinated_at(c, s, p, err);
      if (e != DG_OK) return e;
    }
  return DG_OK;
}

/* 'Bの会議' at the の at `no` of sentence s: an implicit mention of the last meeting named
 * before whose name starts with B's text. */
static dg_err party_meeting_ref(dgn_ctx *c, const dg_sentence *s, uint32_t no, dg_error *err) {
  static const char *const BARE[] = {"\xE4\xBC\x9A\xE8\xAD\xB0",  /* 会議 */
                                     "\xE4\xBC\x9A\xE5\x90\x88"}; /* 会合 */
  const char *t = c->t;
  long b = dgn_mention_ending(c, no, PARTIES);
  if (b < 0) return DG_OK;
  uint32_t a = c->d->ments[b].start, z = 0;
  for (size_t k = 0; k < sizeof BARE / sizeof *BARE && !z; k++)
    if (no + 9 <= s->end && !memcmp(t + no + 3, BARE[k], 6)) z = no + 9;
  if (!z || (z < s->end && dg_script_of(dg_cp_at(t, s->end, z)) == DG_SC_KANJI) ||
      dgn_overlaps(c, a, z, T(MEETING)))
    return DG_OK;
  const dg_mention *ante = NULL;
  for (size_t k = 0; k < c->d->nments; k++) {
    const dg_mention *m = &c->d->ments[k];
    if (m->type == DG_TYPE_MEETING && !m->implicit && m->end <= a && m->end - m->start > no - a &&
        !memcmp(t + m->start, t + a, no - a) && (!ante || m->start > ante->start))
      ante = m;
  }
  if (!ante) return DG_OK;
  return dgn_add(c, DG_TYPE_MEETING, a, z, ante->id, ante->label, ante->label_en, ante->entity, 1)
             ? DG_OK
             : dg_error_set(err, DG_ENOMEM, "out of memory");
}

dg_err dgn_party_meeting_refs(dgn_ctx *c, const dg_sentence *s, dg_error *err) {
  for (uint32_t p = s->start + 3; p + 3 <= s->end; p++)
    if (!memcmp(c->t + p, NO, 3)) {
      dg_err e = party_meeting_ref(c, s, p, err);
      if (e != DG_OK) return e;
    }
  return DG_OK;
}
