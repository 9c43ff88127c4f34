/* The documents of a batch: paths expanded into a sorted list of files, each file once.
 * Paths are resolved (realpath) so a file named twice, through "./", a symbolic link or two
 * directories that overlap, is read once (under the shortest of its names). Inside a
 * directory, files docgraph does not read are set aside as skipped, for the caller to
 * count and name; a file named on its own is always listed (reading it says what it is). */
#ifndef DOCGRAPH_FILES_H
#define DOCGRAPH_FILES_H

#include <stddef.h>

#include "docgraph/error.h"

/* Directories are searched this many levels deep at most; deeper ones are skipped with a
 * warning, and so is a symbolic link back to a directory the walk is inside (a loop, found
 * by device and inode); a directory reached twice is walked once. */
#define DG_FILES_MAX_DEPTH 64

typedef struct dg_file_list {
  char **files;    /* the documents, sorted by path; "-" for stdin */
  size_t n;
  char **skipped;  /* files found in directories that docgraph does not read, sorted */
  size_t nskipped;
  dg_diags warnings; /* folders left out of a walk: symbolic link loops, nested too deep */
} dg_file_list;

/* Expand paths: files as given, directories searched recursively for .txt .md .markdown
 * .html .htm .xhtml .xml .pdf .docx .odt (hidden entries left out, other files skipped),
 * "-" for stdin. Paths that do not exist and devices or sockets named on their own are
 * reported in `problems` (they fail) and left out; loops and folders too deep are left out
 * with a line in out->warnings (the rest of the walk is whole). */
dg_err dg_files_list(const char *const *paths, size_t n, dg_file_list *out, dg_diags *problems,
                     dg_error *err);
void dg_file_list_free(dg_file_list *l);

/* dg_files_list's documents alone (the skipped files are dropped). */
dg_err dg_files_expand(const char *const *paths, size_t n, char ***out, size_t *nout,
                       dg_diags *problems, dg_error *err);
void dg_files_free(char **files, size_t n);

#endif
