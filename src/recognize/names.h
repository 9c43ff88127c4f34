/* Names no dictionary lists, found by rule: meetings, programs and organizations by their
 * head word (Japanese noun compounds, quoted names, English Title Case runs), acronyms a
 * document defines ("Official Security Assistance (OSA)"), people next to a title, places
 * next to a trigger (において, held in), and back references (本会合, 同イニシアティブ).
 * Each family of rules lives in its own file (names_*.c) and can be run alone. */
#ifndef DG_NAMES_H
#define DG_NAMES_H

#include "docgraph/recognize.h"

/* The rule families, in the order they run. */
typedef enum dg_names_family {
  DG_NAMES_JA_PEOPLE,   /* 高市総理大臣: a person before a Japanese title */
  DG_NAMES_VN_PEOPLE,   /* Vuong Dinh Hue: a Vietnamese name holding a place */
  DG_NAMES_EN_PEOPLE,   /* President Marcos: a person after an English title */
  DG_NAMES_CAPS_PEOPLE, /* KISHIDA Fumio: family name in capitals */
  DG_NAMES_LABELS,      /* MEDIA RELEASE: a release's label is no person */
  DG_NAMES_SPACED,      /* ASEAN 地域フォーラム: a dictionary name with a space inside */
  DG_NAMES_POSSESSIVES, /* Solomon Island's: a plural country name that lost its s */
  DG_NAMES_ORDINALS,    /* 第16回 + a known meeting: an instance of the series */
  DG_NAMES_REORDERED,   /* ASEAN's 44th summit, ASEANの第44回首脳会議: a known meeting */
  DG_NAMES_JA_HEADS,    /* 日ASEAN海洋協力対話: a Japanese compound ending in a head word */
  DG_NAMES_JA_QUOTED,   /* 「...のための...行動計画」: a quoted name ending in a head word */
  DG_NAMES_EN_PARTIES,  /* the Japan-Philippines summit meeting: parties and a head */
  DG_NAMES_EN_HEADS,    /* Treaty of Amity and Cooperation: English Title Case */
  DG_NAMES_ACRONYMS,    /* Blue Ocean Security Facility (BOSF): later BOSF too */
  DG_NAMES_PARTNERED,   /* the X Session with the EU, A (X) - B (Y) - Senior Officials' Meeting */
  DG_NAMES_MERGE_PEOPLE, /* 高市 -> 高市早苗: short names of people merge */
  DG_NAMES_OFFICE_PEOPLE, /* President Marcos (2024) -> Marcos Jr.: by the office held */
  DG_NAMES_FOREIGN_ORGS, /* ミャンマー：外務省, Myanmar's Ministry: another country's body */
  DG_NAMES_SHORT_FORMS, /* レジリエンス共創イニシアティブ = 日ASEANレジリエンス共創... */
  DG_NAMES_BODIES,      /* attend the Pacific Islands Forum: the body's meeting */
  DG_NAMES_PLACES,      /* ランカウイにおいて, held in Nukualofa */
  DG_NAMES_OUTCOME,     /* adopted a Joint Statement, 共同声明を発出: the document's own */
  DG_NAMES_OUTCOME_DESCRIBED, /* approved the annual work plan for 2020: the document's own */
  DG_NAMES_DESCRIBED,   /* the first regional summit, a commemorative summit in Japan */
  DG_NAMES_COREF,       /* 本会合, 同会合: back references */
  DG_NAMES_NFAMILIES
} dg_names_family;

#define DG_NAMES_ALL ((1u << DG_NAMES_NFAMILIES) - 1)

/* The name of a family (ja_heads, coref, ...), or "" out of range. */
const char *dg_names_family_name(dg_names_family f);

/* What the names build on: dg_recognize up to the names (dictionary names, amounts and
 * dates, values swallowing the names inside them), in recognize.c. */
dg_err dg_recognize_before_names(const dg_recognizer *rz, dg_doc *d, dg_error *err);

/* A group named by its region's bare English name standing alone (the Mekong: its entry's
 * bare= attribute) becomes a mention of that region, after the names (bare_region.c). */
void dg_bare_regions(const dg_recognizer *rz, dg_doc *d);

/* Adds to d's mentions (after dg_recognize_before_names) and sorts them. */
dg_err dg_names_find(const dg_recognizer *rz, dg_doc *d, dg_error *err);
/* The same with the families whose bits (1u << family) are set in `families` only, so a
 * test can run one family (and those it builds on) alone. */
dg_err dg_names_run(const dg_recognizer *rz, dg_doc *d, unsigned families, dg_error *err);

#endif
