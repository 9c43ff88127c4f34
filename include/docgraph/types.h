/* The closed sets of the data model and their names: entity types, relation kinds,
 * document formats, block kinds, amount qualifiers and date precisions. Every output
 * writes these names and every option parses them through the functions here. */
#ifndef DOCGRAPH_TYPES_H
#define DOCGRAPH_TYPES_H

#include <stdint.h>

/* Entity types. The values order the legends, the counts by type and mentions of one span,
 * and give the bits of type masks (1u << t, with DG_TYPE_COUNT as the stop bit of the
 * matcher): every mask is built from these names, never from numbers. REGION sits beside
 * PLACE so legends read place, region; the other types kept their relative order. */
typedef enum dg_type {
  DG_TYPE_COUNTRY = 0,
  DG_TYPE_GROUP,
  DG_TYPE_ORGANIZATION,
  DG_TYPE_PROGRAM,
  DG_TYPE_MEETING,
  DG_TYPE_PERSON,
  DG_TYPE_PLACE,  /* a city, province, venue, island, sea or strait: somewhere one can be */
  DG_TYPE_REGION, /* an area across countries or none: a continent, world region, ocean */
  DG_TYPE_AMOUNT,
  DG_TYPE_DATE,
  DG_TYPE_QUANTITY,
  DG_TYPE_STOP, /* dictionary-only: a span that blocks shorter matches, never a mention */
  DG_TYPE_COUNT
} dg_type;

/* "country", "group", ... */
const char *dg_type_name(dg_type t);
/* Parse a type name; returns 0 on success. */
int dg_type_parse(const char *name, dg_type *out);

typedef enum dg_format {
  DG_FMT_AUTO = 0,
  DG_FMT_TEXT,
  DG_FMT_MARKDOWN,
  DG_FMT_HTML,
  DG_FMT_XML,
  DG_FMT_PDF,
  DG_FMT_DOCX, /* Word 2007 and later (Office Open XML) */
  DG_FMT_ODT   /* OpenDocument text */
} dg_format;
const char *dg_format_name(dg_format f);

typedef enum dg_block_kind {
  DG_BLOCK_PARAGRAPH = 0,
  DG_BLOCK_HEADING,
  DG_BLOCK_LIST_ITEM,
  DG_BLOCK_TABLE_ROW
} dg_block_kind;
const char *dg_block_kind_name(dg_block_kind k);

typedef enum dg_qualifier {
  DG_QUAL_NONE = 0,
  DG_QUAL_APPROX,
  DG_QUAL_AT_LEAST,
  DG_QUAL_MORE_THAN,
  DG_QUAL_UP_TO
} dg_qualifier;
const char *dg_qualifier_name(dg_qualifier q); /* "" for none */

typedef enum dg_date_prec { DG_DATE_NONE = 0, DG_DATE_YEAR, DG_DATE_MONTH, DG_DATE_DAY, DG_DATE_DECADE } dg_date_prec;
/* "year", "month", "day", "decade"; "" for none. */
const char *dg_date_prec_name(dg_date_prec p);

/* How two entities are tied. co_occurs is symmetric; the others read from -> to. */
typedef enum dg_rel_kind {
  DG_REL_CO_OCCURS = 0,  /* in the same unit (sentence by default), or an item and its lead */
  DG_REL_HELD_IN,        /* meeting -> place or country */
  DG_REL_HELD_ON,        /* meeting -> date */
  DG_REL_PARTICIPATES_IN,/* country, group, organization or person -> meeting */
  DG_REL_CHAIRED_BY,     /* meeting -> person or country */
  DG_REL_ANNOUNCED_AT,   /* program -> meeting */
  DG_REL_ADOPTED_AT,     /* program -> meeting */
  DG_REL_AMOUNT,         /* program or meeting -> amount */
  DG_REL_MEMBER_OF,      /* country -> group (from the dictionaries) */
  DG_REL_COUNT
} dg_rel_kind;

/* "co_occurs", "held_in", ... */
const char *dg_rel_kind_name(dg_rel_kind k);
/* Parse a kind name; returns 0 on success. */
int dg_rel_kind_parse(const char *name, dg_rel_kind *out);
/* The entity types (bits 1 << dg_type) a typed kind reads from and to; 0 for co_occurs. */
void dg_rel_kind_ends(dg_rel_kind k, uint32_t *from_types, uint32_t *to_types);
/* Does the kind read in one direction (all but co_occurs)? */
int dg_rel_kind_directed(dg_rel_kind k);

#endif
