/* HTML and XML through libxml2's SAX parser (no network, no external entities, no entity
 * expansion): the text a reader sees, with the block structure kept as lines, and a map
 * from every byte of that text back to the byte of the file it came from. */
#ifndef DOCGRAPH_MARKUP_H
#define DOCGRAPH_MARKUP_H

#include "docgraph/doc.h"

/* Extract text from markup: line breaks at block elements, "#" headings, "- " list items
 * indented by depth, table rows as tab-separated lines; script, style and nav skipped.
 * Sets d->src, d->src_len and d->src_map. */
dg_err dg_markup_extract(dg_doc *d, dg_error *err);

#endif
