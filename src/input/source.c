/* Loading documents and turning their bytes into normalized text (see docgraph/source.h).
 * Plain text is its own source text; markup goes through dg_markup_extract first.
 * Invariant: after dg_source_prepare, text maps through map to src and through src_map
 * (markup only) to raw, and lines holds the start of every line of raw. */
#include "docgraph/source.h"
#include "docgraph/markup.h"
#include "docgraph/structure.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docgraph/normalize.h"
#include "base/hmap.h"
#include "base/tsv.h"

dg_format dg_format_from_path(const char *path) {
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (!dot || (slash && dot < slash)) return DG_FMT_AUTO;
  dot++;
  if (!strcasecmp(dot, "txt") || !strcasecmp(dot, "text")) return DG_FMT_TEXT;
  if (!strcasecmp(dot, "md") || !strcasecmp(dot, "markdown")) return DG_FMT_MARKDOWN;
  if (!strcasecmp(dot, "html") || !strcasecmp(dot, "htm") || !strcasecmp(dot, "xhtml"))
    return DG_FMT_HTML;
  if (!strcasecmp(dot, "xml")) return DG_FMT_XML;
  return DG_FMT_AUTO;
}

dg_format dg_format_sniff(const char *data, size_t len) {
  size_t i = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < len && isspace((unsigned char)data[i])) i++;
  if (i < len && data[i] == '<') {
    size_t rest = len - i;
    if (rest >= 5 && strncasecmp(data + i, "<?xml", 5) == 0) {
      /* XHTML is still HTML to a reader. */
      size_t look = rest < 512 ? rest : 512;
      for (size_t k = i; k + 5 <= i + look; k++)
        if (strncasecmp(data + k, "<html", 5) == 0) return DG_FMT_HTML;
      return DG_FMT_XML;
    }
    return DG_FMT_HTML;
  }
  return DG_FMT_TEXT;
}

static dg_err take_bytes(dg_doc *d, const char *name, char *data, size_t len, dg_format fmt,
                         dg_error *err) {
  if (len > DG_MAX_DOC_BYTES) {
    free(data);
    return dg_error_set(err, DG_EINPUT, "%s: too large (%zu bytes; the limit is %zu)", name,
                        len, DG_MAX_DOC_BYTES);
  }
  d->path = strdup(name);
  if (!d->path) {
    free(data);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", name);
  }
  d->raw = data;
  d->raw_len = len;
  if (fmt == DG_FMT_AUTO) fmt = dg_format_from_path(name);
  if (fmt == DG_FMT_AUTO) fmt = dg_format_sniff(data, len);
  d->format = fmt;
  uint64_t h = dg_hash_bytes(data, len);
  snprintf(d->hash, sizeof d->hash, "%016llx", (unsigned long long)h);
  return DG_OK;
}

dg_err dg_source_load(dg_doc *d, const char *path, dg_format fmt, dg_error *err) {
  char *data = NULL;
  size_t len = 0;
  dg_err r;
  if (strcmp(path, "-") == 0) {
    r = dg_read_stream(stdin, "-", DG_MAX_DOC_BYTES * 2, &data, &len, err);
    if (r == DG_OK && fmt == DG_FMT_AUTO) fmt = dg_format_sniff(data, len);
  } else {
    r = dg_read_file(path, &data, &len, err);
  }
  if (r != DG_OK) return r;
  return take_bytes(d, path, data, len, fmt, err);
}

dg_err dg_source_load_mem(dg_doc *d, const char *name, const char *data, size_t len,
                          dg_format fmt, dg_error *err) {
  char *copy = malloc(len + 1);
  if (!copy) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", name);
  memcpy(copy, data, len);
  copy[len] = '\0';
  return take_bytes(d, name, copy, len, fmt, err);
}

static dg_err find_lines(dg_doc *d, dg_error *err) {
  size_t n = 1;
  for (size_t i = 0; i < d->raw_len; i++)
    if (d->raw[i] == '\n') n++;
  d->lines = malloc(n * sizeof *d->lines);
  if (!d->lines) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  size_t k = 0;
  d->lines[k++] = 0;
  for (size_t i = 0; i < d->raw_len; i++)
    if (d->raw[i] == '\n') d->lines[k++] = (uint32_t)(i + 1);
  d->nlines = k;
  return DG_OK;
}

dg_err dg_source_normalize(dg_doc *d, dg_error *err) {
  dg_err r = find_lines(d, err);
  if (r != DG_OK) return r;
  if (!d->src) {
    d->src = d->raw;
    d->src_len = d->raw_len;
  }
  dg_norm n;
  r = dg_normalize(d->src, d->src_len, &n, err);
  if (r != DG_OK) return dg_error_set(err, r, "%s: %s", d->path, err ? err->msg : "");
  if (n.nbad) {
    uint32_t raw = d->src_map ? d->src_map[n.first_bad] : (uint32_t)n.first_bad;
    uint32_t line, col;
    dg_doc_line_col(d, raw, &line, &col);
    dg_diags_add(&d->diags,
                 "%s:%u: invalid UTF-8 (byte 0x%02X at column %u); %zu bad byte%s replaced "
                 "by U+FFFD",
                 d->path, line, (unsigned char)d->src[n.first_bad], col, n.nbad,
                 n.nbad == 1 ? "" : "s");
  }
  d->text = n.text;
  d->len = n.len;
  d->map = n.map;
  return DG_OK;
}

dg_err dg_source_prepare(dg_doc *d, dg_error *err) {
  dg_err r;
  if (d->format == DG_FMT_HTML || d->format == DG_FMT_XML) {
    r = dg_markup_extract(d, err);
    if (r != DG_OK) return r;
  }
  r = dg_source_normalize(d, err);
  if (r != DG_OK) return r;
  return dg_structure_parse(d, err);
}
