/* Names of the closed sets of the data model: entity types, relation kinds, formats, block
 * kinds and amount qualifiers, each written and parsed through one table (see
 * docgraph/types.h). The names are the ones every output uses. */
#include "docgraph/types.h"

#include <string.h>
#include <strings.h>

static const char *const type_names[] = {
    "country", "group",  "organization", "program", "meeting",  "person",
    "place",   "region", "amount",       "date",    "quantity", "stop"};
_Static_assert(sizeof type_names / sizeof *type_names == DG_TYPE_COUNT,
               "a name for every dg_type");

const char *dg_type_name(dg_type t) {
  return (unsigned)t < DG_TYPE_COUNT ? type_names[t] : "unknown";
}

int dg_type_parse(const char *name, dg_type *out) {
  for (int i = 0; i < DG_TYPE_COUNT; i++)
    if (strcmp(name, type_names[i]) == 0) {
      *out = (dg_type)i;
      return 0;
    }
  return -1;
}

const char *dg_format_name(dg_format f) {
  switch (f) {
  case DG_FMT_TEXT: return "text";
  case DG_FMT_MARKDOWN: return "markdown";
  case DG_FMT_HTML: return "html";
  case DG_FMT_XML: return "xml";
  case DG_FMT_PDF: return "pdf";
  case DG_FMT_DOCX: return "docx";
  case DG_FMT_ODT: return "odt";
  default: return "auto";
  }
}

const char *dg_block_kind_name(dg_block_kind k) {
  switch (k) {
  case DG_BLOCK_HEADING: return "heading";
  case DG_BLOCK_LIST_ITEM: return "list_item";
  case DG_BLOCK_TABLE_ROW: return "table_row";
  default: return "paragraph";
  }
}

#define T(x) (1u << DG_TYPE_##x)
/* Every relation kind: its name, and the entity types it reads from and to (a graph file
 * from a tool that kept no direction is turned by these). In dg_rel_kind order. */
static const struct {
  const char *name;
  uint32_t from, to;
} rel_kinds[] = {
    {"co_occurs", 0, 0},
    {"held_in", T(MEETING), T(PLACE) | T(COUNTRY)},
    {"held_on", T(MEETING), T(DATE)},
    {"participates_in", T(COUNTRY) | T(GROUP) | T(ORGANIZATION) | T(PERSON) | T(REGION),
     T(MEETING)},
    {"chaired_by", T(MEETING), T(PERSON) | T(COUNTRY)},
    {"announced_at", T(PROGRAM), T(MEETING)},
    {"adopted_at", T(PROGRAM), T(MEETING)},
    {"amount", T(PROGRAM) | T(MEETING), T(AMOUNT)},
    {"member_of", T(COUNTRY), T(GROUP)},
};
#undef T
_Static_assert(sizeof rel_kinds / sizeof *rel_kinds == DG_REL_COUNT,
               "a row for every dg_rel_kind");

const char *dg_rel_kind_name(dg_rel_kind k) {
  return (unsigned)k < DG_REL_COUNT ? rel_kinds[k].name : "unknown";
}

void dg_rel_kind_ends(dg_rel_kind k, uint32_t *from_types, uint32_t *to_types) {
  int ok = (unsigned)k < DG_REL_COUNT;
  *from_types = ok ? rel_kinds[k].from : 0;
  *to_types = ok ? rel_kinds[k].to : 0;
}

int dg_rel_kind_parse(const char *name, dg_rel_kind *out) {
  for (int i = 0; i < DG_REL_COUNT; i++)
    if (strcmp(name, rel_kinds[i].name) == 0) {
      *out = (dg_rel_kind)i;
      return 0;
    }
  return -1;
}

int dg_rel_kind_directed(dg_rel_kind k) { return k != DG_REL_CO_OCCURS; }

const char *dg_qualifier_name(dg_qualifier q) {
  switch (q) {
  case DG_QUAL_APPROX: return "approx";
  case DG_QUAL_AT_LEAST: return "at_least";
  case DG_QUAL_MORE_THAN: return "more_than";
  case DG_QUAL_UP_TO: return "up_to";
  default: return "";
  }
}

const char *dg_date_prec_name(dg_date_prec p) {
  switch (p) {
  case DG_DATE_YEAR: return "year";
  case DG_DATE_MONTH: return "month";
  case DG_DATE_DAY: return "day";
  case DG_DATE_DECADE: return "decade";
  default: return "";
  }
}
