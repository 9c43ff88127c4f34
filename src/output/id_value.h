/* Values carried by docgraph's ids. A graph file keeps what an amount or a date stands for
 * only in its id, so a graph read back gets its vertices' values from there, at the
 * boundary, once; inside the library values travel as typed fields (docgraph/value.h). */
#ifndef DG_OUTPUT_ID_VALUE_H
#define DG_OUTPUT_ID_VALUE_H

#include "docgraph/doc.h"

/* The value of the entity `id` of type `type`, all zero when it carries none:
 *   amount:JPY:40000000000       amount 40000000000, currency JPY
 *   amount:USD:1000000-2000000   amount and amount_max, has_range
 *   date:2024-01-30, date:2024-01, date:2024, date:2020s, date:--01-30
 *                                year, month, day and precision (day, month, year, decade)
 *   date:FY2025                  fiscal year 2025
 *   date:2023-10-27/2023-10-29   and year2, month2, day2 for the end of the range */
void dg_value_of_id(const char *id, dg_type type, dg_value *v);

#endif
