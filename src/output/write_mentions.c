/* Mentions as JSON Lines, one object a mention (schema: docs/mentions.md). */
#include <string.h>

#include "docgraph/json.h"
#include "docgraph/outfile.h"
#include "docgraph/write.h"

dg_err dg_write_mentions(const dg_doc *d, FILE *f, dg_error *err) {
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    uint32_t s0 = dg_doc_src_offset(d, m->start), s1 = dg_doc_src_end(d, m->start, m->end);
    putc('{', f);
    dg_json_key_str(f, "doc", d->path);
    putc(',', f);
    dg_json_key_str(f, "type", dg_type_name(m->type));
    putc(',', f);
    dg_json_key_str(f, "id", m->id);
    putc(',', f);
    dg_json_key_str(f, "label", m->label);
    putc(',', f);
    dg_json_key_str(f, "label_en", m->label_en);
    fputs(",\"text\":", f);
    dg_json_string(f, d->src + s0, s1 > s0 ? s1 - s0 : 0);
    putc(',', f);
    dg_json_key_num(f, "start", m->raw_start);
    putc(',', f);
    dg_json_key_num(f, "end", m->raw_end);
    putc(',', f);
    dg_json_key_num(f, "line", m->line);
    putc(',', f);
    dg_json_key_num(f, "col", m->col);
    putc(',', f);
    dg_json_key_num(f, "sentence", m->sentence == UINT32_MAX ? -1 : (double)m->sentence);
    if (m->implicit) fputs(",\"implicit\":true", f);
    if (m->type == DG_TYPE_AMOUNT || m->type == DG_TYPE_QUANTITY) {
      char v[64];
      fputs(",\"value\":", f);
      fputs(dg_decimal_format(m->value, v, sizeof v), f);
      if (m->has_range) {
        fputs(",\"value_max\":", f);
        fputs(dg_decimal_format(m->value_max, v, sizeof v), f);
      }
      if (m->type == DG_TYPE_AMOUNT) {
        putc(',', f);
        dg_json_key_str(f, "currency", m->currency);
      } else {
        putc(',', f);
        dg_json_key_str(f, "unit", m->unit ? m->unit : "");
      }
      putc(',', f);
      dg_json_key_str(f, "qualifier", dg_qualifier_name((dg_qualifier)m->qualifier));
    }
    if (m->type == DG_TYPE_DATE) {
      char iso[16];
      putc(',', f);
      dg_json_key_str(f, "date", dg_when_iso(&m->when, 0, iso, sizeof iso));
      if (dg_when_iso(&m->when, 1, iso, sizeof iso)[0]) {
        putc(',', f);
        dg_json_key_str(f, "date_end", iso);
      }
      putc(',', f);
      dg_json_key_str(f, "precision", dg_date_prec_name((dg_date_prec)m->when.prec));
      if (m->when.fiscal) fputs(",\"fiscal\":true", f);
    }
    fputs("}\n", f);
  }
  return dg_stream_check(f, err, "mentions");
}
