/* JSON values written to a stream: strings always valid UTF-8 and escaped, numbers
 * without a fraction when they are whole. Every JSON docgraph writes goes through these. */
#ifndef DOCGRAPH_JSON_H
#define DOCGRAPH_JSON_H

#include <stddef.h>
#include <stdio.h>

/* JSON string literal (with quotes) of s[0..n), escaping quotes, backslashes and control
 * characters; invalid UTF-8 becomes U+FFFD. */
void dg_json_string(FILE *f, const char *s, size_t n);
/* A number: integers without a fraction, others with up to 10 significant digits. */
void dg_json_number(FILE *f, double v);
/* "key":"value" and "key":number (no separator). */
void dg_json_key_str(FILE *f, const char *k, const char *v);
void dg_json_key_num(FILE *f, const char *k, double v);

/* A number as dg_json_number writes a finite one, into buf (32 bytes will do): "3", "-2",
 * "0.1234567891"; inf and nan as printf writes them. Formats other than JSON (CSV, XML)
 * write numbers through this, so they all agree. */
const char *dg_number_text(double v, char *buf, size_t n);

/* An object written member by member, the commas placed for the caller:
 *   dg_json_obj o = dg_json_open(f); dg_json_str(&o, "id", id); ...; dg_json_close(&o); */
typedef struct dg_json_obj {
  FILE *f;
  size_t n; /* members written */
} dg_json_obj;

dg_json_obj dg_json_open(FILE *f);
void dg_json_close(dg_json_obj *o);
void dg_json_str(dg_json_obj *o, const char *k, const char *v);
/* A string of n bytes (not NUL-terminated). */
void dg_json_strn(dg_json_obj *o, const char *k, const char *v, size_t n);
void dg_json_num(dg_json_obj *o, const char *k, double v);
void dg_json_bool(dg_json_obj *o, const char *k, int v);
/* A value that is JSON text already (an exact decimal such as 40000000000.5). */
void dg_json_raw(dg_json_obj *o, const char *k, const char *json);
/* The separator and the key of a member whose value the caller writes to the stream it
 * returns (an array, a nested object). */
FILE *dg_json_member(dg_json_obj *o, const char *k);

#endif
