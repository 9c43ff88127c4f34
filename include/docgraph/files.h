/* The documents of a batch: paths expanded into a sorted list of files. */
#ifndef DOCGRAPH_FILES_H
#define DOCGRAPH_FILES_H

#include <stddef.h>

#include "docgraph/error.h"

/* Expand paths into the sorted list of documents: files as given, directories searched
 * recursively for .txt .md .markdown .html .htm .xhtml .xml (hidden entries skipped),
 * "-" for stdin. Paths that do not exist are reported in `problems` and skipped. */
dg_err dg_files_expand(const char *const *paths, size_t n, char ***out, size_t *nout,
                       dg_diags *problems, dg_error *err);
void dg_files_free(char **files, size_t n);

#endif
