/* CSV fields as RFC 4180 writes them, shared by the CSV exports (write_csv.c) and Neo4j's
 * import files (write_neo4j.c). */
#ifndef DG_OUTPUT_CSV_H
#define DG_OUTPUT_CSV_H

#include <stdio.h>

/* s as one field: quoted when it has a comma, quote, CR or LF, inner quotes doubled. */
void dg_csv_field(FILE *f, const char *s);

#endif
