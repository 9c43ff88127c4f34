/* Section headings written as lines of their own: a meeting's name alone on a line, maybe
 * after a list marker (1.日メコン経済大臣会合, ・第1回会議), heads the text after it up to the
 * next such line. Read by recognize (which meeting 本会合 means there) and relate (the
 * section's meeting of a sentence that names none). */
#ifndef DG_DOC_HEADING_LINE_H
#define DG_DOC_HEADING_LINE_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/doc.h"

/* The meeting named alone on the nearest heading line before the line of offset `at` and
 * after offset `from`, among the first nm mentions of d (sorted by start), or -1. */
long dg_heading_meeting(const dg_doc *d, size_t nm, uint32_t from, uint32_t at);

#endif
