/* PDF files through poppler (its GLib interface): every character with its box and font
 * size, then docgraph's own reading of the page (input/pdf.c says how): lines in reading
 * order with columns recognised (a two-column band is read left column, then right),
 * running headers, footers and page numbers dropped, furigana (small kana over kanji)
 * dropped, hard-wrapped lines joined (no space between Japanese characters, one between
 * English words, hyphenation undone), larger type as headings, bullets as list items, and
 * text boxes apart from each other as blocks of their own.
 * The document's raw becomes the lines as laid out, page by page, with line_pages saying
 * which page each is on: mentions carry their page, and evidence reads report.pdf:p3:12. */
#ifndef DOCGRAPH_PDF_H
#define DOCGRAPH_PDF_H

#include "docgraph/doc.h"

/* Read the PDF in d->raw: sets raw (the lines), src, src_map, line_pages and npages.
 * DG_EINPUT when it is not a readable PDF, needs a password, or has no text layer (a
 * scan). */
dg_err dg_pdf_extract(dg_doc *d, dg_error *err);

#endif
