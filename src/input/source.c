/* Loading documents and turning their bytes into normalized text (see docgraph/source.h).
 * Plain text is its own source text (decoded when it is not UTF-8); markup goes through
 * dg_markup_extract first, PDF and Word files through their extractors.
 * Invariant: after dg_source_prepare, text maps through map to src and through src_map
 * (markup, decoded text, PDF and Word) to raw, and lines holds the start of every line of
 * raw. */
#include "docgraph/source.h"
#include "docgraph/docx.h"
#include "docgraph/encoding.h"
#include "docgraph/markup.h"
#include "docgraph/pdf.h"
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
  if (!strcasecmp(dot, "pdf")) return DG_FMT_PDF;
  if (!strcasecmp(dot, "docx")) return DG_FMT_DOCX;
  if (!strcasecmp(dot, "odt")) return DG_FMT_ODT;
  return DG_FMT_AUTO;
}

static int starts(const char *data, size_t len, const char *magic, size_t n) {
  return len >= n && memcmp(data, magic, n) == 0;
}

/* Does data[0, len) hold the string s? */
static int holds(const char *data, size_t len, const char *s) {
  size_t n = strlen(s);
  for (const char *p = data; n <= len && p <= data + len - n; p++) {
    p = memchr(p, s[0], (size_t)(data + len - n - p) + 1);
    if (!p) return 0;
    if (memcmp(p, s, n) == 0) return 1;
  }
  return 0;
}

/* A ZIP archive's format by the names of its parts: Word, OpenDocument text, or
 * DG_FMT_AUTO with *what saying what else it is. */
static dg_format zip_format(const char *data, size_t len, const char **what) {
  static const struct {
    const char *part, *what;
  } parts[] = {
      {"xl/workbook", "Excel spreadsheet"},
      {"ppt/presentation", "PowerPoint presentation"},
      {"application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"},
      {"application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"},
  };
  if (holds(data, len, "word/document.xml")) return DG_FMT_DOCX;
  size_t head = len < 200 ? len : 200; /* ODF's first part, stored: "mimetype" */
  if (holds(data, head, "application/vnd.oasis.opendocument.text")) return DG_FMT_ODT;
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (holds(data, len, parts[i].part)) {
      *what = parts[i].what;
      return DG_FMT_AUTO;
    }
  *what = "ZIP archive";
  return DG_FMT_AUTO;
}

/* Formats by their first bytes: PDF, Word and OpenDocument, or DG_FMT_AUTO with *what
 * naming a binary format docgraph does not read (NULL when the bytes say nothing). */
static dg_format sniff_binary(const char *data, size_t len, const char **what) {
  static const struct {
    const char *magic;
    size_t n;
    const char *what;
  } magics[] = {
      {"\x89PNG", 4, "PNG image"},
      {"\xFF\xD8\xFF", 3, "JPEG image"},
      {"GIF8", 4, "GIF image"},
      {"II*\0", 4, "TIFF image"},
      {"MM\0*", 4, "TIFF image"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "old binary Office document: .doc, .xls, .ppt"},
      {"\x1F\x8B", 2, "gzip archive"},
      {"7z\xBC\xAF\x27\x1C", 6, "7-Zip archive"},
      {"Rar!", 4, "RAR archive"},
      {"{\\rtf", 5, "RTF document"},
      {"\x7F" "ELF", 4, "program"},
  };
  *what = NULL;
  /* "%PDF-" first, or (as readers accept) within the first 1024 bytes of a file that ends
   * the way PDFs end */
  size_t head = len < 1024 ? len : 1024;
  if (starts(data, len, "%PDF-", 5) ||
      (holds(data, head, "%PDF-") && holds(data + len - head, head, "%%EOF")))
    return DG_FMT_PDF;
  if (starts(data, len, "PK\3\4", 4)) return zip_format(data, len, what);
  for (size_t i = 0; i < sizeof magics / sizeof *magics; i++)
    if (starts(data, len, magics[i].magic, magics[i].n)) *what = magics[i].what;
  return DG_FMT_AUTO;
}

/* Formats docgraph does not read, by extension, for files whose bytes say nothing. */
static const char *unsupported_extension(const char *path) {
  static const struct {
    const char *ext, *what;
  } exts[] = {
      {"png", "PNG image"},   {"jpg", "JPEG image"},  {"jpeg", "JPEG image"},
      {"gif", "GIF image"},   {"tif", "TIFF image"},  {"tiff", "TIFF image"},
      {"bmp", "BMP image"},   {"webp", "WebP image"}, {"heic", "HEIC image"},
      {"svg", "SVG image"},   {"doc", "old binary Word document"},
      {"xls", "Excel spreadsheet"},  {"xlsx", "Excel spreadsheet"},
      {"ods", "OpenDocument spreadsheet"}, {"ppt", "PowerPoint presentation"},
      {"pptx", "PowerPoint presentation"}, {"odp", "OpenDocument presentation"},
      {"rtf", "RTF document"}, {"zip", "ZIP archive"}, {"gz", "gzip archive"},
  };
  const char *dot = path ? strrchr(path, '.') : NULL;
  const char *slash = path ? strrchr(path, '/') : NULL;
  if (!dot || (slash && dot < slash)) return NULL;
  for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
    if (!strcasecmp(dot + 1, exts[i].ext)) return exts[i].what;
  return NULL;
}

/* Binary data: NUL bytes in the first 8 KB of a file without a UTF-16 byte order mark. */
static int looks_binary(const char *data, size_t len) {
  if (len >= 2 && ((unsigned char)data[0] == 0xFF || (unsigned char)data[0] == 0xFE) &&
      ((unsigned char)data[1] == 0xFE || (unsigned char)data[1] == 0xFF))
    return 0;
  return memchr(data, 0, len < 8192 ? len : 8192) != NULL;
}

const char *dg_format_unsupported(const char *path, const char *data, size_t len) {
  const char *what;
  if (sniff_binary(data, len, &what) != DG_FMT_AUTO) return NULL;
  if (what) return what;
  if (path && dg_format_from_path(path) != DG_FMT_AUTO) return NULL;
  what = unsupported_extension(path);
  if (what) return what;
  return looks_binary(data, len) ? "binary data" : NULL;
}

dg_format dg_format_sniff(const char *data, size_t len) {
  const char *what;
  dg_format f = sniff_binary(data, len, &what);
  if (f != DG_FMT_AUTO) return f;
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

/* What a .pdf, .docx or .odt file must hold to be one. */
static const char *missing_part(dg_format f) {
  return f == DG_FMT_PDF    ? "not a PDF file: no %PDF- header"
         : f == DG_FMT_DOCX ? "not a Word file: no word/document.xml in it"
                            : "not an OpenDocument text: no ODF mimetype in it";
}

/* The format of a file's bytes: `fmt` when given, else PDF and Word by their first bytes
 * (whatever the extension), else the extension, else the first bytes of text. DG_EINPUT
 * for a format docgraph does not read, or a .pdf, .docx or .odt whose bytes are not one. */
static dg_err decide_format(const char *name, const char *data, size_t len, dg_format *fmt,
                            dg_error *err) {
  if (*fmt != DG_FMT_AUTO) return DG_OK;
  const char *path = strcmp(name, "-") ? name : NULL;
  const char *what = dg_format_unsupported(path, data, len);
  if (what)
    return dg_error_set(err, DG_EINPUT, "%s: unsupported format (%s); supported: %s", name,
                        what, DG_SUPPORTED_EXTENSIONS);
  dg_format by_content = dg_format_sniff(data, len);
  dg_format by_name = path ? dg_format_from_path(path) : DG_FMT_AUTO;
  if (by_content >= DG_FMT_PDF || by_name == DG_FMT_AUTO) {
    *fmt = by_content;
    return DG_OK;
  }
  if (by_name >= DG_FMT_PDF)
    return dg_error_set(err, DG_EINPUT, "%s: %s", name, missing_part(by_name));
  *fmt = by_name;
  return DG_OK;
}

/* A file's name as documents and outputs carry it: cleaned like its text (a name is bytes
 * to the file system, and may hold bad UTF-8 or a control character); NULL when out of
 * memory. The file itself is read by the name as given. */
static char *clean_name(const char *name) {
  dg_decoded c;
  if (dg_encoding_clean(name, strlen(name), NULL, &c, NULL) != DG_OK) return NULL;
  free(c.map);
  return c.text ? c.text : strdup(name);
}

static dg_err take_bytes(dg_doc *d, const char *name, char *data, size_t len, dg_format fmt,
                         dg_error *err) {
  if (len > DG_MAX_DOC_BYTES) {
    free(data);
    return dg_error_set(err, DG_EINPUT, "%s: too large (%zu bytes; the limit is %zu)", name,
                        len, DG_MAX_DOC_BYTES);
  }
  d->path = clean_name(name);
  if (!d->path) {
    free(data);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory", name);
  }
  d->raw = data;
  d->raw_len = len;
  d->size = len;
  dg_err r = decide_format(name, data, len, &fmt, err);
  if (r != DG_OK) return r;
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
  } else {
    r = dg_read_file(path, &data, &len, err);
  }
  if (r != DG_OK) return r;
  char *fit = realloc(data, len + 1); /* kept for the document's life: not the room the */
  if (fit) data = fit;                /* reading doubled into (up to half a long file) */
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

/* The start of every line of the file, as raw offsets: after each '\n' of the decoded
 * text when there is one (a UTF-16 line feed is two bytes, and its 0x0A byte may be half of
 * another character), of raw otherwise. Once: a second call keeps what the first found. */
static dg_err find_lines(dg_doc *d, dg_error *err) {
  if (d->lines) return DG_OK;
  const char *t = d->dec ? d->dec : d->raw;
  size_t tlen = d->dec ? d->dec_len : d->raw_len;
  size_t n = 1;
  for (size_t i = 0; i < tlen; i++)
    if (t[i] == '\n') n++;
  d->lines = malloc(n * sizeof *d->lines);
  if (!d->lines) return dg_error_set(err, DG_ENOMEM, "%s: out of memory", d->path);
  size_t k = 0;
  d->lines[k++] = 0;
  for (size_t i = 0; i < tlen; i++)
    if (t[i] == '\n') d->lines[k++] = d->dec ? d->dec_map[i + 1] : (uint32_t)(i + 1);
  d->nlines = k;
  return DG_OK;
}

/* The encoding to read d in: the one the caller forced, or the one detected; copied into
 * the document's arena. NULL when iconv does not know it. */
static const char *encoding_of(dg_doc *d) {
  char buf[64];
  int markup = d->format == DG_FMT_HTML || d->format == DG_FMT_XML;
  const char *e =
      d->encoding ? d->encoding : dg_encoding_detect(d->raw, d->raw_len, markup, buf, sizeof buf);
  const char *name = dg_encoding_name(e);
  return name ? dg_doc_strdup(d, name, strlen(name)) : NULL;
}

/* The warnings of a decoding or a cleaning: bytes that were not `enc` (U+FFFD now) and
 * control characters (spaces now), each with the line and column of the first. */
static void clean_warnings(dg_doc *d, const dg_decoded *dd, const char *enc) {
  uint32_t line, col;
  if (dd->nbad) {
    dg_doc_line_col(d, (uint32_t)dd->first_bad, &line, &col);
    dg_diags_add(&d->diags,
                 "%s:%u: invalid %s (byte 0x%02X at column %u); %zu bad byte%s replaced by "
                 "U+FFFD",
                 d->path, line, enc, (unsigned char)d->raw[dd->first_bad], col, dd->nbad,
                 dd->nbad == 1 ? "" : "s");
  }
  if (dd->nctl) {
    dg_doc_line_col(d, (uint32_t)dd->first_ctl, &line, &col);
    dg_diags_add(&d->diags, "%s:%u: %zu control character%s (the first at column %u) replaced "
                 "by spaces", d->path, line, dd->nctl, dd->nctl == 1 ? "" : "s", col);
  }
}

/* Extracted text (markup, PDF, Word, a decoded file) cleaned like a UTF-8 file: a
 * character reference such as &#27; or a PDF's text may still bring a control character. */
static dg_err clean_src(dg_doc *d, dg_error *err) {
  dg_decoded c;
  dg_error e = {0};
  dg_err r = dg_encoding_clean(d->src, d->src_len, d->src_map, &c, &e);
  if (r != DG_OK) return dg_error_set(err, r, "%s: %s", d->path, e.msg);
  if (!c.text) return DG_OK;
  clean_warnings(d, &c, "UTF-8");
  if (d->src != d->raw && d->src != d->dec) free(d->src);
  if (d->src_map != d->dec_map) free(d->src_map);
  d->src = c.text;
  d->src_len = c.len;
  d->src_map = c.map;
  return DG_OK;
}

dg_err dg_source_decode(dg_doc *d, dg_error *err) {
  const char *enc = encoding_of(d);
  if (!enc)
    return dg_error_set(err, DG_EUSAGE, "%s: unknown encoding '%s'", d->path,
                        d->encoding ? d->encoding : "?");
  d->encoding = enc;
  dg_decoded dd;
  dg_error e = {0};
  dg_err r = dg_encoding_is_utf8(enc) ? dg_encoding_clean(d->raw, d->raw_len, NULL, &dd, &e)
                                      : dg_encoding_decode(d->raw, d->raw_len, enc, &dd, &e);
  if (r != DG_OK) return dg_error_set(err, r, "%s: %s", d->path, e.msg);
  if (!dd.text) return DG_OK; /* clean UTF-8: raw is the text */
  d->dec = dd.text;
  d->dec_len = dd.len;
  d->dec_map = dd.map;
  r = find_lines(d, err);
  if (r != DG_OK) return r;
  clean_warnings(d, &dd, enc);
  if (d->format != DG_FMT_HTML && d->format != DG_FMT_XML) {
    d->src = d->dec;
    d->src_len = d->dec_len;
    d->src_map = d->dec_map;
  }
  return DG_OK;
}

dg_err dg_source_normalize(dg_doc *d, dg_error *err) {
  dg_err r = find_lines(d, err);
  if (r != DG_OK) return r;
  if (!d->src) {
    d->src = d->raw;
    d->src_len = d->raw_len;
  }
  r = clean_src(d, err);
  if (r != DG_OK) return r;
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

/* Text files: decoded, then markup extracted (HTML and XML). */
static dg_err read_text(dg_doc *d, dg_error *err) {
  dg_err r = dg_source_decode(d, err);
  if (r == DG_OK && (d->format == DG_FMT_HTML || d->format == DG_FMT_XML))
    r = dg_markup_extract(d, err);
  return r;
}

dg_err dg_source_prepare(dg_doc *d, dg_error *err) {
  dg_err r;
  switch (d->format) {
  case DG_FMT_PDF: r = dg_pdf_extract(d, err); break;
  case DG_FMT_DOCX: r = dg_docx_extract(d, err); break;
  case DG_FMT_ODT: r = dg_odt_extract(d, err); break;
  default: r = read_text(d, err); break;
  }
  if (r == DG_OK) r = dg_source_normalize(d, err);
  if (r == DG_OK) r = dg_structure_parse(d, err);
  return r;
}
