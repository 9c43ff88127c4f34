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

#endif
