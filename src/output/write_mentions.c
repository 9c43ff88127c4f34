/* Mentions as JSON Lines, one object a mention (schema: docs/mentions.md): where it is in
 * the original bytes, what it names, and for amounts, quantities and dates the value they
 * stand for (exact decimals, ISO 8601 dates with their precision). */
#include <stdlib.h>
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"

/* An amount's or a quantity's value: exact decimals, the currency or unit, the qualifier. */
static void value_members(dg_json_obj *o, const dg_mention *m) {
  char v[64];
  dg_json_raw(o, "value", dg_decimal_format(m->value, v, sizeof v));
  if (m->has_range) dg_json_raw(o, "value_max", dg_decimal_format(m->value_max, v, sizeof v));
  if (m->type == DG_TYPE_AMOUNT) dg_json_str(o, "currency", m->currency);
  else dg_json_str(o, "unit", m->unit ? m->unit : "");
  dg_json_str(o, "qualifier", dg_qualifier_name((dg_qualifier)m->qualifier));
  if (m->cumulative) dg_json_bool(o, "cumulative", 1);
}

/* A date's ISO form (and the end of a range), precision and fiscal year. */
static void date_members(dg_json_obj *o, const dg_mention *m) {
  char iso[16];
  dg_json_str(o, "date", dg_when_iso(&m->when, 0, iso, sizeof iso));
  if (dg_when_iso(&m->when, 1, iso, sizeof iso)[0]) dg_json_str(o, "date_end", iso);
  dg_json_str(o, "precision", dg_date_prec_name((dg_date_prec)m->when.prec));
  if (m->when.fiscal) dg_json_bool(o, "fiscal", 1);
}

static void mention(FILE *f, const dg_result *d, const dg_mention *m, long owner,
                    const dg_written *text) {
  char idbuf[1024]; /* the vertex's id: an amount's qualified by its owner's */
  const char *id = dg_graph_id_owned(d->ments, (uint32_t)(m - d->ments), owner, idbuf,
                                     sizeof idbuf);
  dg_json_obj o = dg_json_open(f);
  dg_json_str(&o, "doc", d->path);
  dg_json_str(&o, "type", dg_type_name(m->type));
  dg_json_str(&o, "id", id);
  dg_json_str(&o, "label", m->label);
  dg_json_str(&o, "label_en", m->label_en);
  dg_json_strn(&o, "text", text->text, text->len);
  dg_json_num(&o, "start", m->raw_start);
  dg_json_num(&o, "end", m->raw_end);
  dg_json_num(&o, "line", m->line);
  dg_json_num(&o, "col", m->col);
  dg_json_num(&o, "sentence",
              m->sentence == UINT32_MAX ? -1 : (double)m->sentence + d->sent_base);
  if (m->page) dg_json_num(&o, "page", m->page);
  if (m->implicit) dg_json_bool(&o, "implicit", 1);
  if (m->type == DG_TYPE_AMOUNT || m->type == DG_TYPE_QUANTITY) value_members(&o, m);
  if (m->type == DG_TYPE_DATE) date_members(&o, m);
  dg_json_close(&o);
  putc('\n', f);
}

dg_err dg_write_result_mentions(const dg_result *r, FILE *f, dg_error *err) {
  long *owner = malloc((r->nments + 1) * sizeof *owner);
  if (!owner || dg_amount_owners(r->ments, r->nments, r->rels, r->nrels, owner)) {
    free(owner);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", r->path);
  }
  for (size_t i = 0; i < r->nments; i++) mention(f, r, &r->ments[i], owner[i], &r->surfaces[i]);
  free(owner);
  return dg_stream_check(f, err, "mentions");
}

dg_err dg_write_mentions(const dg_doc *d, FILE *f, dg_error *err) {
  dg_result r;
  dg_err e = dg_result_of_doc(&r, d, err);
  if (e == DG_OK) e = dg_write_result_mentions(&r, f, err);
  dg_result_free(&r);
  return e;
}
