/* Blocks: the normalized text of a document as headings, paragraphs, list items (with
 * their depth) and table rows (with their cells), each linked to the heading or lead line
 * it hangs under. */
#ifndef DOCGRAPH_STRUCTURE_H
#define DOCGRAPH_STRUCTURE_H

#include "docgraph/doc.h"

/* Split d->text into blocks (headings, paragraphs, list items with depth, table rows with
 * cells) and link each block to the heading or lead line it hangs under. */
dg_err dg_structure_parse(dg_doc *d, dg_error *err);

#endif
