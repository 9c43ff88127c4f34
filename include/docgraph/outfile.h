/* Output files written whole or not at all: written to a temporary name in the same
 * directory and renamed when complete, so a crash never leaves half a file. */
#ifndef DOCGRAPH_OUTFILE_H
#define DOCGRAPH_OUTFILE_H

#include <stdio.h>

#include "docgraph/error.h"

typedef struct dg_outfile {
  FILE *f;
  char *path; /* NULL for stdout */
  char *tmp;
  char *buf; /* the stream's buffer, freed after fclose */
} dg_outfile;

/* Open path for writing ("-" is stdout). */
dg_err dg_outfile_open(dg_outfile *o, const char *path, dg_error *err);
/* Flush, close and rename into place. */
dg_err dg_outfile_commit(dg_outfile *o, dg_error *err);
/* Close and remove the temporary file. */
void dg_outfile_abort(dg_outfile *o);
/* DG_EIO naming `what` when the stream has seen a write error, else DG_OK. */
dg_err dg_stream_check(FILE *f, dg_error *err, const char *what);

#endif
