/* Text encodings: which one a file is written in, and its text in UTF-8 with a map from
 * every byte of that text back to the byte of the file it came from.
 * dg_encoding_detect decides, in this order: a byte order mark; the charset a markup file
 * declares (HTML <meta charset>, the XML declaration); UTF-8 when the bytes are UTF-8 (a
 * few stray bytes allowed) and hold no ISO-2022 escape; Debian's libuchardet otherwise.
 * dg_encoding_decode converts through iconv one character at a time, so the map is exact:
 * a line and column computed through it are those of the file in an editor.
 * Invariant: map has len+1 entries, never decreases, and every byte of one character maps
 * to the file offset where that character starts; the last entry is the file's length. */
#ifndef DOCGRAPH_ENCODING_H
#define DOCGRAPH_ENCODING_H

#include <stddef.h>
#include <stdint.h>

#include "docgraph/error.h"

/* The name docgraph reports for an encoding a user or a file names, in any case and by its
 * common aliases (sjis, x-sjis, shift-jis -> Shift_JIS; ujis -> EUC-JP; utf8 -> UTF-8;
 * cp932, windows-31j -> CP932), or `name` itself when iconv knows it by that name; NULL
 * when iconv cannot decode it. */
const char *dg_encoding_name(const char *name);

/* The charset a markup file declares in its first 4096 bytes (<meta charset=x>, <meta
 * http-equiv=Content-Type content="...; charset=x">, <?xml ... encoding="x"?>), copied into
 * buf; NULL when there is none. */
const char *dg_encoding_declared(const char *data, size_t len, char *buf, size_t n);

/* The encoding of data, by the rules above: a static name, or buf (n bytes) holding a name
 * only iconv knows (WINDOWS-1252). `markup` says whether a declared charset counts. */
const char *dg_encoding_detect(const char *data, size_t len, int markup, char *buf, size_t n);

/* Does the encoding name UTF-8 (any alias)? */
int dg_encoding_is_utf8(const char *name);
/* Is it ISO-2022 (escape sequences switch character sets between characters)? */
int dg_encoding_is_iso2022(const char *name);

/* A file's text in UTF-8. */
typedef struct dg_decoded {
  char *text; /* NUL-terminated */
  size_t len;
  uint32_t *map;    /* text offset -> file offset (len+1 entries) */
  size_t nbad;      /* bytes that did not decode (each became U+FFFD) */
  size_t first_bad; /* file offset of the first one */
  size_t nctl;      /* control characters (dg_is_control) that became spaces */
  size_t first_ctl; /* file offset of the first one */
} dg_decoded;

/* Decode data, written in `enc` (a name dg_encoding_name accepts), into UTF-8. A byte order
 * mark is dropped; bytes that do not decode become U+FFFD and are counted. DG_EUSAGE when
 * iconv cannot decode enc, DG_EINPUT above 4 GiB. */
dg_err dg_encoding_decode(const char *data, size_t len, const char *enc, dg_decoded *out,
                          dg_error *err);
/* Text cleaned for every output, once, where it enters: UTF-8 data with each byte that
 * starts no valid character replaced by U+FFFD and each control character (C0 but tab,
 * line feed and carriage return; DEL, C1, U+2028, U+2029, U+FFFE, U+FFFF) by a space, so
 * every writer gets valid UTF-8 that every format can hold. `map` (len+1 entries, or NULL
 * for the identity) leads data's offsets to the file; out->map leads the clean text's
 * there too, and the first_* offsets are file offsets. When data needs no cleaning,
 * out->text is NULL (and nothing was allocated). */
dg_err dg_encoding_clean(const char *data, size_t len, const uint32_t *map, dg_decoded *out,
                         dg_error *err);
void dg_decoded_destroy(dg_decoded *d);

#endif
