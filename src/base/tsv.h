/* dg_tsv: read a UTF-8 tab-separated file with a header row, one record a line.
 * Blank lines and lines starting with '#' are skipped; CR before LF is dropped; a UTF-8
 * byte order mark is ignored. Fields point into the loaded file and stay valid until
 * dg_tsv_close. `line` always holds the 1-based line number of the current record, so
 * every message can say path:line. */
#ifndef DG_TSV_H
#define DG_TSV_H

#include <stddef.h>
#include <stdio.h>

#include "docgraph/error.h"

#define DG_TSV_MAX_FIELDS 32

typedef struct dg_tsv {
  char *path;
  char *data;
  size_t len;
  char *pos;
  size_t line;
  char *header[DG_TSV_MAX_FIELDS];
  size_t nheader;
  char *field[DG_TSV_MAX_FIELDS];
  size_t nfield;
  int too_many; /* the current record had more than DG_TSV_MAX_FIELDS fields */
} dg_tsv;

/* Open and read the header row. */
dg_err dg_tsv_open(dg_tsv *t, const char *path, dg_error *err);
/* Open text already in memory (copied); `name` is used in messages. */
dg_err dg_tsv_open_mem(dg_tsv *t, const char *name, const char *text, size_t len,
                       dg_error *err);
/* Advance to the next record: 1 when there is one, 0 at the end. */
int dg_tsv_next(dg_tsv *t);
/* Index of the header column `name`, or -1. */
int dg_tsv_col(const dg_tsv *t, const char *name);
/* The field in column `col` of the current record, or "" when the record is short. */
const char *dg_tsv_get(const dg_tsv *t, int col);
void dg_tsv_close(dg_tsv *t);

/* Read a whole file into a NUL-terminated buffer. */
dg_err dg_read_file(const char *path, char **data, size_t *len, dg_error *err);
/* Read a stream to its end into a NUL-terminated buffer; `name` stands for it in messages.
 * With max > 0, reading stops once the buffer has grown past max bytes (the caller sees
 * a length over its limit). */
dg_err dg_read_stream(FILE *f, const char *name, size_t max, char **data, size_t *len,
                      dg_error *err);

#endif
