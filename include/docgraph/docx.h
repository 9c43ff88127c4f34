/* Word (.docx) and OpenDocument (.odt) files: the ZIP archive opened with libzip, the body
 * part (word/document.xml, content.xml) read with libxml2 (no network, no DTD, no entity
 * loaded or expanded). Paragraphs become lines with their runs joined; headings by style
 * (Word's "heading N" styles and outline levels, ODF's text:h) become "# " lines; list
 * items "- " lines indented by level; table rows one line of tab-separated cells, so the
 * table rules apply; ruby text (furigana), deleted text and field codes are dropped.
 * The document's raw becomes those lines, one paragraph or row a line: a line number in
 * an evidence is the paragraph's number in the file. */
#ifndef DOCGRAPH_DOCX_H
#define DOCGRAPH_DOCX_H

#include "docgraph/doc.h"

/* Read the Word file in d->raw: sets raw (the paragraphs), src and src_map. DG_EINPUT
 * when it is not a readable Word file. */
dg_err dg_docx_extract(dg_doc *d, dg_error *err);
/* The same for an OpenDocument text. */
dg_err dg_odt_extract(dg_doc *d, dg_error *err);

#endif
