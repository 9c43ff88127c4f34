/* Word and OpenDocument files (see docgraph/docx.h). Both are ZIP archives of XML parts;
 * one walker reads either body, told by a vocabulary (one table a dialect) what each
 * element is: a paragraph, a heading, a list, a table, its rows and cells, text, a space,
 * or something to skip. Element names are compared without their namespace prefix. The
 * paragraphs go into a dg_layout (input/layout.h): one raw line each, and src blocks.
 * Parts are read whole with a size limit (a ZIP bomb stops there) and parsed with neither
 * network, DTD loading nor entity substitution. */
#include "docgraph/docx.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "input/layout.h"

#define MAX_PART_BYTES ((zip_uint64_t)256 << 20)

typedef enum {
  E_WALK = 0, /* look inside */
  E_SKIP,     /* drop with everything inside (deleted text, ruby text, field codes) */
  E_TEXT,     /* its text is the document's (Word's w:t) */
  E_SPACE,    /* a tab or a line break inside a paragraph: one space */
  E_SPACES,   /* ODF's text:s: text:c spaces */
  E_HYPHEN,   /* Word's non-breaking hyphen */
  E_PARA,
  E_HEADING,  /* ODF's text:h */
  E_LIST,     /* ODF's text:list: its items nest one level deeper */
  E_TABLE,
  E_ROW,
  E_CELL
} el_role;

typedef struct {
  const char *name;
  el_role role;
} el_def;

/* A dialect: its elements, and whether text outside its text elements counts (ODF). */
typedef struct {
  const el_def *els;
  size_t nels;
  int loose_text;
} vocab;

static const el_def word_els[] = {
    {"p", E_PARA},        {"tbl", E_TABLE},         {"tr", E_ROW},
    {"tc", E_CELL},       {"t", E_TEXT},            {"tab", E_SPACE},
    {"br", E_SPACE},      {"cr", E_SPACE},          {"noBreakHyphen", E_HYPHEN},
    {"del", E_SKIP},      {"delText", E_SKIP},      {"instrText", E_SKIP},
    {"rt", E_SKIP},       {"pPr", E_SKIP},          {"rPr", E_SKIP},
    {"tblPr", E_SKIP},    {"trPr", E_SKIP},         {"tcPr", E_SKIP},
    {"tblGrid", E_SKIP},  {"sectPr", E_SKIP},       {"Fallback", E_SKIP},
    {"drawing", E_SKIP},  {"pict", E_SKIP},         {"object", E_SKIP},
};
static const el_def odf_els[] = {
    {"p", E_PARA},           {"h", E_HEADING},         {"list", E_LIST},
    {"table", E_TABLE},      {"table-row", E_ROW},     {"table-cell", E_CELL},
    {"s", E_SPACES},         {"tab", E_SPACE},         {"line-break", E_SPACE},
    {"note", E_SKIP},        {"ruby-text", E_SKIP},    {"annotation", E_SKIP},
    {"tracked-changes", E_SKIP}, {"frame", E_SKIP},    {"table-columns", E_SKIP},
    {"table-column", E_SKIP}, {"sequence-decls", E_SKIP}, {"variable-decls", E_SKIP},
};
static const vocab word = {word_els, sizeof word_els / sizeof *word_els, 0};
static const vocab odf = {odf_els, sizeof odf_els / sizeof *odf_els, 1};

static el_role role_of(const vocab *v, const xmlNode *n) {
  if (n->type != XML_ELEMENT_NODE) return E_SKIP;
  for (size_t i = 0; i < v->nels; i++)
    if (strcmp((const char *)n->name, v->els[i].name) == 0) return v->els[i].role;
  return E_WALK;
}

/* The attribute `local` of n, whatever its namespace, or NULL. */
static const char *attr(const xmlNode *n, const char *local) {
  for (const xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
    if (strcmp((const char *)a->name, local) == 0 && a->children)
      return (const char *)a->children->content;
  return NULL;
}

/* The first child element of n named `local`, or NULL. */
static const xmlNode *child(const xmlNode *n, const char *local) {
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, local) == 0) return c;
  return NULL;
}

/* ---- Word's paragraph styles: which are headings, which list items ---- */

typedef struct {
  char *id;
  int level; /* heading level 1..6, or 0 */
  int list;  /* the style numbers its paragraphs */
} style;

typedef DG_VEC(style) style_vec;

/* The heading level a style's name or id says: "heading 2", "Heading2" -> 2, "Title" -> 1. */
static int level_of_name(const char *name) {
  if (!name) return 0;
  if (strcasecmp(name, "title") == 0) return 1;
  if (strncasecmp(name, "heading", 7) != 0) return 0;
  const char *p = name + 7;
  while (*p == ' ') p++;
  return *p >= '1' && *p <= '9' && !p[1] ? (*p - '0' > 6 ? 6 : *p - '0') : 0;
}

/* An outline level (0 = level 1, 9 = body text) as a heading level, or 0. */
static int level_of_outline(const char *v) {
  if (!v || *v < '0' || *v > '8' || v[1]) return 0;
  return *v - '0' + 1 > 6 ? 6 : *v - '0' + 1;
}

static void read_styles(const xmlNode *root, style_vec *out) {
  for (const xmlNode *s = root ? root->children : NULL; s; s = s->next) {
    if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, "style") != 0) continue;
    const char *id = attr(s, "styleId");
    if (!id) continue;
    const xmlNode *ppr = child(s, "pPr");
    style st = {strdup(id), level_of_name(attr(child(s, "name"), "val")), child(ppr, "numPr") != NULL};
    if (!st.level) st.level = level_of_outline(attr(child(ppr, "outlineLvl"), "val"));
    if (!st.level) st.level = level_of_name(id);
    if (!st.id || DG_PUSH(*out, st)) free(st.id);
  }
}

static const style *find_style(const style_vec *v, const char *id) {
  for (size_t i = 0; id && i < v->n; i++)
    if (strcmp(v->v[i].id, id) == 0) return &v->v[i];
  return NULL;
}

/* ---- the walk ---- */

typedef struct {
  dg_layout *l;
  const vocab *v;
  const style_vec *styles;
  dg_buf text;   /* the paragraph or cell being collected */
  int list;      /* ODF lists open around the paragraph */
  int last_item; /* the last block written was a list item */
} walker;

/* Text into w->text with tabs and line breaks as spaces. */
static void add_text(walker *w, const char *s) {
  for (; s && *s; s++) dg_buf_addc(&w->text, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* The text of n's inline content, appended to w->text; a paragraph inside (a cell's
 * paragraphs) is set apart by a space. */
static void collect(walker *w, const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (w->v->loose_text) add_text(w, (const char *)c->content);
      continue;
    }
    el_role r = role_of(w->v, c);
    if (r == E_SKIP) continue;
    if (r == E_TEXT) {
      xmlChar *t = xmlNodeGetContent(c);
      add_text(w, (const char *)t);
      xmlFree(t);
    } else if (r == E_SPACE || r == E_HYPHEN) {
      dg_buf_addc(&w->text, r == E_SPACE ? ' ' : '-');
    } else if (r == E_SPACES) {
      const char *k = attr(c, "c");
      for (int i = k ? atoi(k) : 1; i > 0 && i < 1000; i--) dg_buf_addc(&w->text, ' ');
    } else {
      if ((r == E_PARA || r == E_HEADING || r == E_ROW || r == E_CELL) && w->text.len)
        dg_buf_addc(&w->text, ' ');
      collect(w, c);
    }
  }
}

/* w->text without the spaces around it, as [*s, *s + return). */
static size_t trimmed(const walker *w, const char **s) {
  const char *a = w->text.data ? w->text.data : "", *z = a + w->text.len;
  while (a < z && *a == ' ') a++;
  while (z > a && z[-1] == ' ') z--;
  *s = a;
  return (size_t)(z - a);
}

/* A paragraph's kind: heading level (> 0), or list depth + 1 in *item, or neither. */
static int paragraph_kind(const walker *w, const xmlNode *p, el_role r, int *item) {
  (void)r;
  *item = 0;
  if (w->v->loose_text) {
    *item = w->list;
    return 0;
  }
  const xmlNode *ppr = child(p, "pPr");
  const style *st = find_style(w->styles, attr(child(ppr, "pStyle"), "val"));
  int level = level_of_outline(attr(child(ppr, "outlineLvl"), "val"));
  if (!level && st) level = st->level;
  const xmlNode *num = child(ppr, "numPr");
  const char *id = attr(child(num, "numId"), "val");
  if (!level && ((num && !(id && strcmp(id, "0") == 0)) || (st && st->list))) {
    const char *ilvl = attr(child(num, "ilvl"), "val");
    *item = 1 + (ilvl ? atoi(ilvl) : 0);
    if (*item > 9) *item = 9;
  }
  return level;
}

/* ODF's heading level: text:outline-level, 1 when absent. */
static int odf_level(const xmlNode *h) {
  const char *v = attr(h, "outline-level");
  int l = v ? atoi(v) : 1;
  return l < 1 ? 1 : l > 6 ? 6 : l;
}

/* One paragraph: a "# " heading, a "- " item indented by depth, or a paragraph. */
static void paragraph(walker *w, const xmlNode *p, el_role r) {
  dg_buf_clear(&w->text);
  collect(w, p);
  const char *s;
  size_t n = trimmed(w, &s);
  if (!n) return;
  int item;
  int level = r == E_HEADING ? odf_level(p) : paragraph_kind(w, p, r, &item);
  if (r == E_HEADING) item = 0;
  if (item && w->last_item) dg_layout_line(w->l);
  else dg_layout_block(w->l);
  for (int i = 0; i < level; i++) dg_layout_mark(w->l, "#", 1);
  if (level) dg_layout_mark(w->l, " ", 1);
  for (int i = 1; i < item; i++) dg_layout_mark(w->l, "  ", 2);
  if (item) dg_layout_mark(w->l, "- ", 2);
  dg_layout_text(w->l, s, n);
  dg_layout_end_line(w->l);
  w->last_item = item > 0;
}

/* One table row: its cells' text, tab-separated, on one line; an empty row is dropped. */
static void row(walker *w, const xmlNode *tr) {
  int cells = 0, any = 0;
  dg_buf line;
  dg_buf_init(&line);
  for (const xmlNode *c = tr->children; c; c = c->next) {
    if (role_of(w->v, c) != E_CELL) continue;
    dg_buf_clear(&w->text);
    collect(w, c);
    const char *s;
    size_t n = trimmed(w, &s);
    if (cells++) dg_buf_addc(&line, '\t');
    dg_buf_add(&line, s, n);
    any |= n > 0;
  }
  if (any) {
    dg_layout_line(w->l);
    dg_layout_text(w->l, line.data, line.len);
    dg_layout_end_line(w->l);
  }
  dg_buf_destroy(&line);
}

/* A table: a blank line before it, then its rows (inside ODF's header-rows and row
 * groups too). */
static void table(walker *w, const xmlNode *t, int top) {
  if (top) dg_layout_block(w->l);
  for (const xmlNode *c = t->children; c; c = c->next) {
    el_role r = role_of(w->v, c);
    if (r == E_ROW) row(w, c);
    else if (r == E_WALK) table(w, c, 0);
  }
  w->last_item = 0;
}

/* The blocks under n, in document order. */
static void blocks(walker *w, const xmlNode *n) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    el_role r = role_of(w->v, c);
    if (r == E_PARA || r == E_HEADING) paragraph(w, c, r);
    else if (r == E_TABLE) table(w, c, 1);
    else if (r == E_LIST) {
      w->list++;
      blocks(w, c);
      w->list--;
    } else if (r == E_WALK) blocks(w, c);
  }
}

/* ---- the archive ---- */

/* Part `name` of the archive, whole and NUL-terminated (*out malloc'd), or NULL in *out
 * when the archive has no such part. -1 when it cannot be read or is too large. */
static int read_part(zip_t *z, const char *name, char **out, size_t *len) {
  *out = NULL;
  *len = 0;
  zip_stat_t st;
  if (zip_stat(z, name, 0, &st) != 0) return 0;
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > MAX_PART_BYTES) return -1;
  zip_file_t *f = zip_fopen(z, name, 0);
  char *buf = f ? malloc((size_t)st.size + 1) : NULL;
  zip_int64_t got = buf ? zip_fread(f, buf, st.size) : -1;
  if (f) zip_fclose(f);
  if (got < 0 || (zip_uint64_t)got != st.size) {
    free(buf);
    return -1;
  }
  buf[got] = '\0';
  *out = buf;
  *len = (size_t)got;
  return 0;
}

/* A part parsed as XML: no network, no DTD, no entity substitution, no error output. */
static xmlDocPtr parse_part(const char *data, size_t len, const char *name) {
  if (!data || len > (size_t)INT32_MAX) return NULL;
  return xmlReadMemory(data, (int)len, name, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/* The body part of the archive in d->raw, parsed (and styles.xml for Word). */
static dg_err open_parts(dg_doc *d, const char *body, const char *styles, xmlDocPtr *doc,
                         xmlDocPtr *sdoc, dg_error *err) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *src = zip_source_buffer_create(d->raw, d->raw_len, 0, &ze);
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
  if (!z) {
    if (src) zip_source_free(src);
    dg_err r = dg_error_set(err, DG_EINPUT, "%s: not a readable ZIP archive (%s)", d->path,
                            zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return r;
  }
  zip_error_fini(&ze);
  char *b = NULL, *s = NULL;
  size_t bl = 0, sl = 0;
  int bad = read_part(z, body, &b, &bl) || (styles && read_part(z, styles, &s, &sl));
  zip_close(z);
  *doc = bad ? NULL : parse_part(b, bl, body);
  *sdoc = s ? parse_part(s, sl, styles) : NULL;
  free(b);
  free(s);
  if (!*doc)
    return dg_error_set(err, DG_EINPUT, "%s: %s is missing, too large or not XML", d->path, body);
  return DG_OK;
}

static dg_err extract(dg_doc *d, const vocab *v, const char *body, const char *styles,
                      dg_error *err) {
  xmlDocPtr doc = NULL, sdoc = NULL;
  dg_err r = open_parts(d, body, styles, &doc, &sdoc, err);
  if (r != DG_OK) return r;
  style_vec sv = {0};
  if (sdoc) read_styles(xmlDocGetRootElement(sdoc), &sv);
  dg_layout l;
  dg_layout_init(&l);
  walker w = {.l = &l, .v = v, .styles = &sv};
  dg_buf_init(&w.text);
  blocks(&w, xmlDocGetRootElement(doc));
  if (w.text.oom) l.oom = 1;
  dg_buf_destroy(&w.text);
  for (size_t i = 0; i < sv.n; i++) free(sv.v[i].id);
  free(sv.v);
  xmlFreeDoc(doc);
  if (sdoc) xmlFreeDoc(sdoc);
  if (l.src.len == 0) dg_diags_add(&d->diags, "%s:1: no text found in the document", d->path);
  return dg_layout_finish(&l, d, err);
}

dg_err dg_docx_extract(dg_doc *d, dg_error *err) {
  return extract(d, &word, "word/document.xml", "word/styles.xml", err);
}

dg_err dg_odt_extract(dg_doc *d, dg_error *err) {
  return extract(d, &odf, "content.xml", NULL, err);
}
