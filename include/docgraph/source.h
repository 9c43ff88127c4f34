/* Reading documents: bytes in, normalized block-structured text out.
 * dg_source_load reads a file ("-" is stdin) and detects its format from the extension
 * or, failing that, from its first bytes. dg_source_prepare turns the bytes into the
 * normalized text with its maps and blocks: HTML and XML go through libxml2 (no network,
 * no external entities) into text that keeps headings, paragraphs, list items and table
 * rows; plain text and Markdown are split into the same kinds of blocks by their lines. */
#ifndef DOCGRAPH_SOURCE_H
#define DOCGRAPH_SOURCE_H

#include <stddef.h>

#include "docgraph/doc.h"

/* Largest document accepted, in bytes. */
#define DG_MAX_DOC_BYTES ((size_t)1 << 30)

/* Format from a file name's extension (.txt .md .markdown .html .htm .xhtml .xml), or
 * DG_FMT_AUTO when the extension says nothing. */
dg_format dg_format_from_path(const char *path);
/* Format from content: markup when it starts (after spaces/BOM) with '<'. */
dg_format dg_format_sniff(const char *data, size_t len);

/* Read path into d->raw and set d->path and d->format (fmt, or detected when AUTO). */
dg_err dg_source_load(dg_doc *d, const char *path, dg_format fmt, dg_error *err);
/* The same for bytes in memory (copied); `name` stands for the path in messages. */
dg_err dg_source_load_mem(dg_doc *d, const char *name, const char *data, size_t len,
                          dg_format fmt, dg_error *err);

/* Normalize d->src into d->text and d->map, and find the line starts of d->raw. Invalid
 * UTF-8 becomes U+FFFD with a warning naming path and line. */
dg_err dg_source_normalize(dg_doc *d, dg_error *err);

/* All of the above after load: markup extraction, normalization, structure. */
dg_err dg_source_prepare(dg_doc *d, dg_error *err);

#endif
