/* Reading documents: bytes in, normalized block-structured text out.
 * dg_source_load reads a file ("-" is stdin) and detects its format from its first bytes
 * (PDF, Word, the binary formats docgraph does not read) and its extension, then from its
 * first bytes again for text. dg_source_prepare turns the bytes into the normalized text
 * with its maps and blocks: text in another encoding is decoded first (docgraph/encoding.h);
 * HTML and XML go through libxml2 (no network, no external entities) into text that keeps
 * headings, paragraphs, list items and table rows; PDF (input/pdf.c) and Word files
 * (input/docx.c) into the same kinds of blocks; plain text and Markdown are split into
 * blocks by their lines. */
#ifndef DOCGRAPH_SOURCE_H
#define DOCGRAPH_SOURCE_H

#include <stddef.h>

#include "docgraph/doc.h"

/* Largest document accepted, in bytes. */
#define DG_MAX_DOC_BYTES ((size_t)1 << 30)

/* The extensions docgraph reads, as its messages list them. */
#define DG_SUPPORTED_EXTENSIONS ".txt .md .markdown .html .htm .xhtml .xml .pdf .docx .odt"

/* Format from a file name's extension (.txt .md .markdown .html .htm .xhtml .xml .pdf
 * .docx .odt), or DG_FMT_AUTO when the extension says nothing. */
dg_format dg_format_from_path(const char *path);
/* Format from content: PDF, Word (.docx) and OpenDocument (.odt) by their first bytes,
 * markup when the text starts (after spaces/BOM) with '<', text otherwise. */
dg_format dg_format_sniff(const char *data, size_t len);
/* What a file docgraph does not read is ("PNG image", "Excel spreadsheet", "binary
 * data"), by its first bytes and then by the extension of `path` (which may be NULL), or
 * NULL when it is a format docgraph reads. */
const char *dg_format_unsupported(const char *path, const char *data, size_t len);

/* Read path into d->raw and set d->path and d->format (fmt, or detected when AUTO).
 * DG_EINPUT naming the file and why for a format docgraph does not read ("scan.png:
 * unsupported format (PNG image); supported: .txt ..."), or a .pdf, .docx or .odt that is
 * not one. */
dg_err dg_source_load(dg_doc *d, const char *path, dg_format fmt, dg_error *err);
/* The same for bytes in memory (copied); `name` stands for the path in messages. */
dg_err dg_source_load_mem(dg_doc *d, const char *name, const char *data, size_t len,
                          dg_format fmt, dg_error *err);

/* Decode d->raw when it is not UTF-8: d->encoding (set to force one, else detected),
 * d->dec and d->dec_map, the line starts, and for plain text d->src as the decoded text.
 * Bytes that do not decode become U+FFFD with a warning naming path and line. DG_EUSAGE
 * for an encoding iconv does not know. */
dg_err dg_source_decode(dg_doc *d, dg_error *err);

/* Normalize d->src into d->text and d->map, and find the line starts of d->raw. Invalid
 * UTF-8 becomes U+FFFD with a warning naming path and line. */
dg_err dg_source_normalize(dg_doc *d, dg_error *err);

/* All of the above after load: decoding or PDF and Word extraction, markup extraction,
 * normalization, structure. */
dg_err dg_source_prepare(dg_doc *d, dg_error *err);

#endif
