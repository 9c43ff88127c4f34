/* Names no dictionary lists, found by rule: meetings, programs and organizations by their
 * head word (Japanese noun compounds, quoted names, English Title Case runs), acronyms a
 * document defines ("Official Security Assistance (OSA)"), people next to a title, places
 * next to a trigger (において, held in), and back references (本会合, 同イニシアティブ). */
#ifndef DG_NAMES_H
#define DG_NAMES_H

#include "docgraph/recognize.h"

/* Adds to d's mentions (after the dictionary, amounts and dates are in) and sorts them. */
dg_err dg_names_find(const dg_recognizer *rz, dg_doc *d, dg_error *err);

#endif
