/* The document's unnamed meeting: when a back reference to a meeting (本会合, 同会議, the
 * meeting, this Summit) finds no meeting named before it, the document speaks of a meeting
 * it never names, or names in words no rule reads as a name. The reference then stands for
 * one meeting of the document's own: its id is scoped to the document (meeting:unnamed@ and
 * the document's content hash, else a hash of its path), so the unnamed meetings of two
 * documents never merge, while a document read again, or in another shard, gives the same
 * id. Its label is the first such reference as written and the file's name after it
 * (本会合 (report.txt)), so a diagram tells them apart.
 *
 * Invariant: one unnamed meeting a document at most; every reference without an antecedent
 * (but "it" and 前回, which only ever point at a name) becomes an implicit mention of it,
 * and none of its mentions is ever an antecedent of another (implicit mentions never are). */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/hmap.h"
#include "recognize/names_int.h"

/* The file name at the end of a path (the path itself when it has no '/'). */
static const char *base_name(const char *path) {
  const char *s = path ? strrchr(path, '/') : NULL;
  return s ? s + 1 : path ? path : "-";
}

/* The document's key: its content hash, else a hash of its path (a document made from a
 * string has none). */
static void doc_key(const dg_doc *d, char out[17]) {
  if (d->hash[0]) {
    memcpy(out, d->hash, 17);
    return;
  }
  const char *p = d->path ? d->path : "-";
  snprintf(out, 17, "%016llx", (unsigned long long)dg_hash_bytes(p, strlen(p)));
}

int dgn_doc_scoped(dgn_ctx *c, const char *stem, uint32_t a, uint32_t z, const char **id,
                   const char **label) {
  char key[17];
  dg_buf b;
  doc_key(c->d, key);
  dg_buf_init(&b);
  dg_buf_printf(&b, "%s@%s", stem, key);
  *id = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_clear(&b);
  dg_buf_add(&b, c->t + a, z - a);
  dg_buf_printf(&b, " (%s)", base_name(c->d->path));
  *label = b.oom ? NULL : dg_doc_strdup(c->d, b.data, b.len);
  dg_buf_destroy(&b);
  return *id && *label ? 0 : -1;
}

int dgn_unnamed_meeting(dgn_ctx *c, dgn_unnamed *u, uint32_t a, uint32_t z) {
  if (!u->id) {
    if (dgn_doc_scoped(c, "meeting:unnamed", a, z, &u->id, &u->label)) return -1;
    u->latin = dgn_is_latin(c->t + a, z - a);
  }
  return dgn_add(c, DG_TYPE_MEETING, a, z, u->id, u->label, u->latin ? u->label : "", -1, 1)
             ? 0
             : -1;
}
