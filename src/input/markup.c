/* Text out of HTML and XML, through libxml2's SAX interface (see dg_markup_extract).
 * The parser reports where it stands in the file (xmlByteConsumed) at every callback, so
 * each extracted byte keeps the file offset it came from: text copied as written maps
 * byte for byte, decoded entities map to their '&', and the markers we add for structure
 * ("\n", "# ", "- ", "\t") map to the tag that caused them. No network access, no external
 * entities (neither XML_PARSE_NOENT nor DTD loading is ever set). */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "docgraph/markup.h"
#include "base/utf8.h"
#include "input/meta_date.h"

typedef enum {
  EL_INLINE = 0, EL_SKIP, EL_BLOCK, EL_HEADING, EL_LIST, EL_ITEM, EL_ROW, EL_CELL, EL_BR, EL_PRE,
  EL_COUNT
} el_kind;

typedef struct {
  const char *name;
  el_kind kind;
} el_def;

/* Element names of HTML, DocBook, TEI and JATS that shape the text. */
static const el_def elements[] = {
    {"script", EL_SKIP},    {"style", EL_SKIP},      {"noscript", EL_SKIP},
    {"template", EL_SKIP},  {"nav", EL_SKIP},        {"head", EL_SKIP},
    {"svg", EL_SKIP},       {"button", EL_SKIP},     {"select", EL_SKIP},
    {"iframe", EL_SKIP},    {"object", EL_SKIP},     {"h1", EL_HEADING},
    {"h2", EL_HEADING},     {"h3", EL_HEADING},      {"h4", EL_HEADING},
    {"h5", EL_HEADING},     {"h6", EL_HEADING},      {"title", EL_HEADING},
    {"head", EL_HEADING},   {"ul", EL_LIST},         {"ol", EL_LIST},
    {"dl", EL_LIST},        {"itemizedlist", EL_LIST}, {"orderedlist", EL_LIST},
    {"list", EL_LIST},      {"li", EL_ITEM},         {"listitem", EL_ITEM},
    {"item", EL_ITEM},      {"dt", EL_ITEM},         {"dd", EL_ITEM},
    {"tr", EL_ROW},         {"row", EL_ROW},         {"td", EL_CELL},
    {"th", EL_CELL},        {"entry", EL_CELL},      {"cell", EL_CELL},
    {"br", EL_BR},          {"lb", EL_BR},           {"pre", EL_PRE},
    {"programlisting", EL_PRE},
    {"p", EL_BLOCK},        {"div", EL_BLOCK},       {"section", EL_BLOCK},
    {"article", EL_BLOCK},  {"header", EL_BLOCK},    {"footer", EL_BLOCK},
    {"main", EL_BLOCK},     {"aside", EL_BLOCK},     {"blockquote", EL_BLOCK},
    {"figure", EL_BLOCK},   {"figcaption", EL_BLOCK}, {"caption", EL_BLOCK},
    {"address", EL_BLOCK},  {"table", EL_BLOCK},     {"thead", EL_INLINE},
    {"tbody", EL_INLINE},   {"tfoot", EL_INLINE},    {"form", EL_BLOCK},
    {"fieldset", EL_BLOCK}, {"legend", EL_BLOCK},    {"hr", EL_BLOCK},
    {"body", EL_BLOCK},     {"html", EL_BLOCK},      {"para", EL_BLOCK},
    {"simpara", EL_BLOCK},  {"note", EL_BLOCK},      {"abstract", EL_BLOCK},
    {"sec", EL_BLOCK},      {"chapter", EL_BLOCK},   {"sect1", EL_BLOCK},
    {"sect2", EL_BLOCK},    {"sect3", EL_BLOCK},     {"titlepage", EL_BLOCK},
    {"b", EL_INLINE},       {"i", EL_INLINE},        {"em", EL_INLINE},
    {"strong", EL_INLINE},  {"span", EL_INLINE},     {"a", EL_INLINE},
    {"sup", EL_INLINE},     {"sub", EL_INLINE},      {"u", EL_INLINE},
    {"small", EL_INLINE},   {"big", EL_INLINE},      {"code", EL_INLINE},
    {"abbr", EL_INLINE},    {"acronym", EL_INLINE},  {"cite", EL_INLINE},
    {"q", EL_INLINE},       {"time", EL_INLINE},     {"mark", EL_INLINE},
    {"font", EL_INLINE},    {"label", EL_INLINE},    {"img", EL_INLINE},
    {"ruby", EL_INLINE},    {"rb", EL_INLINE},       {"rt", EL_SKIP},
    {"rp", EL_SKIP},        {"emphasis", EL_INLINE}, {"hi", EL_INLINE},
    {"link", EL_INLINE},    {"ulink", EL_INLINE},    {"xref", EL_INLINE},
    {"ref", EL_INLINE},     {"italic", EL_INLINE},   {"bold", EL_INLINE},
    {"phrase", EL_INLINE},  {"wbr", EL_INLINE},
};

static el_kind kind_of(const char *name, int is_html) {
  for (size_t i = 0; i < sizeof elements / sizeof *elements; i++)
    if (strcasecmp(elements[i].name, name) == 0) {
      /* In generic XML, <head> is TEI's heading; in HTML it is the document head. */
      if (strcasecmp(name, "head") == 0) return is_html ? EL_SKIP : EL_HEADING;
      if (strcasecmp(name, "title") == 0 && is_html) return EL_SKIP;
      return elements[i].kind;
    }
  /* Unknown elements: inline in HTML (custom tags), blocks in XML vocabularies. */
  return is_html ? EL_INLINE : EL_BLOCK;
}

#define MAX_DEPTH 256

typedef struct {
  void *ctxt; /* xmlParserCtxtPtr */
  dg_doc *doc;
  const char *in; /* what is parsed: the file, or its text decoded to UTF-8 */
  size_t in_len;
  int is_html;
  dg_buf out;
  uint32_t *map;
  size_t mapcap;
  int oom;
  el_kind stack[MAX_DEPTH];
  int depth;     /* may exceed MAX_DEPTH; then the stack stops recording */
  const char *tag; /* the element being opened or closed */
  int skip;      /* > 0 inside skipped elements */
  int lists;     /* open lists */
  int items;     /* open list items */
  int cells;     /* open table cells */
  int ncell;     /* cells emitted in the current row */
  int pre;       /* inside <pre> */
  int heading;   /* inside a heading */
  int line_empty;   /* nothing but markers on the current output line */
  int pend_space;   /* whitespace seen and not yet emitted */
  int pend_nl;      /* ... and it contained a line break */
  uint32_t pend_off;
  uint32_t last_cp; /* last code point emitted on this line */
  size_t nerrors;
  dg_when issued; /* the publication date a <meta> gives (meta_date.c); year 0 when none */
} mk;

static uint32_t pos_now(mk *s) {
  long c = xmlByteConsumed((xmlParserCtxtPtr)s->ctxt);
  if (c < 0) c = 0;
  if ((size_t)c > s->in_len) c = (long)s->in_len;
  return (uint32_t)c;
}

static void put(mk *s, const char *p, size_t n, uint32_t off, int exact) {
  if (s->oom) return;
  if (s->out.len + n + 1 > s->mapcap) {
    size_t cap = s->mapcap ? s->mapcap * 2 : 4096;
    while (cap < s->out.len + n + 1) cap *= 2;
    uint32_t *m = realloc(s->map, cap * sizeof *m);
    if (!m) {
      s->oom = 1;
      return;
    }
    s->map = m;
    s->mapcap = cap;
  }
  size_t at = s->out.len;
  if (dg_buf_add(&s->out, p, n)) {
    s->oom = 1;
    return;
  }
  for (size_t i = 0; i < n; i++) s->map[at + i] = exact ? off + (uint32_t)i : off;
}

static int at_line_start(mk *s) { return s->out.len == 0 || s->out.data[s->out.len - 1] == '\n'; }

static void newline(mk *s, uint32_t off) {
  s->pend_space = 0;
  if (!at_line_start(s)) put(s, "\n", 1, off, 0);
  s->line_empty = 1;
  s->last_cp = 0;
}

static void blank_line(mk *s, uint32_t off) {
  newline(s, off);
  if (s->out.len >= 2 && s->out.data[s->out.len - 2] != '\n') put(s, "\n", 1, off, 0);
}

/* Inside a table cell, a list item or a heading, a break is only a space: the cell, item
 * or heading stays one line. */
static int in_line(const mk *s) { return s->cells > 0 || s->heading || s->items > 0; }

/* A block boundary (p, div, section ...): a soft space inside a line (in_line), a blank
 * line elsewhere. */
static void block_break(mk *s, uint32_t off) {
  if (!in_line(s)) {
    blank_line(s, off);
    return;
  }
  if (!s->line_empty) s->pend_space = 1, s->pend_off = off;
}

static void flush_space(mk *s, uint32_t next_cp) {
  if (!s->pend_space) return;
  s->pend_space = 0;
  if (s->line_empty || at_line_start(s)) return;
  /* A line break between two Japanese characters joins them (CSS segment-break rule). */
  if (s->pend_nl && dg_is_japanese(s->last_cp) && dg_is_japanese(next_cp)) return;
  put(s, " ", 1, s->pend_off, 0);
}

/* Where text p[0..n) of a callback came from in the file: sets *base and returns 1 when
 * it is a copy of raw[*base, *base + n) (offsets map byte for byte), else 0 with *base at
 * the '&' of the entity it was decoded from. */
static int text_origin(mk *s, const char *p, size_t n, uint32_t *base) {
  const char *raw = s->in;
  xmlParserCtxtPtr ctxt = s->ctxt;
  /* The XML parser hands out pointers into its input buffer: the offset is exact. */
  xmlParserInputPtr in = ctxt->input;
  if (ctxt->inputNr == 1 && in && in->base && (const xmlChar *)p >= in->base &&
      (const xmlChar *)p < in->end) {
    long off = (long)in->consumed + (long)((const xmlChar *)p - in->base);
    if (off >= 0 && (size_t)off + n <= s->in_len && memcmp(raw + off, p, n) == 0) {
      *base = (uint32_t)off;
      return 1;
    }
  }
  /* The HTML parser copies text out first, then calls us standing right after it. */
  uint32_t end = pos_now(s);
  if (end >= n && memcmp(raw + end - n, p, n) == 0) {
    *base = end - (uint32_t)n;
    return 1;
  }
  uint32_t a = end; /* a decoded entity: point at its '&' */
  while (a > 0 && end - a < 64 && raw[a - 1] != '&') a--;
  *base = (a > 0 && raw[a - 1] == '&') ? a - 1 : end;
  return 0;
}

/* Whitespace outside <pre> is pending: one space at most, emitted before the next
 * character (flush_space), remembering whether it held a line break. */
static void pend_whitespace(mk *s, unsigned char c, uint32_t off) {
  if (!s->pend_space) s->pend_nl = 0, s->pend_off = off;
  s->pend_space = 1;
  if (c == '\n') s->pend_nl = 1;
}

static int is_html_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Text as the reader sees it: whitespace collapsed outside <pre>; inside <pre>, line
 * breaks kept, except in a cell or item, which stay one line. */
static void text(mk *s, const char *p, size_t n) {
  if (s->skip || n == 0) return;
  uint32_t base = 0;
  int exact = text_origin(s, p, n, &base);
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)p[i];
    uint32_t off = exact ? base + (uint32_t)i : base;
    if (!s->pre && is_html_space(c)) {
      pend_whitespace(s, c, off);
      i++;
      continue;
    }
    if (s->pre && (c == '\n' || c == '\t') && (s->cells > 0 || s->items > 0)) c = ' ';
    uint32_t cp;
    int l = dg_utf8_decode(p + i, p + n, &cp);
    if (l == 0) l = 1;
    flush_space(s, cp);
    if (s->pre && c == '\n') {
      put(s, "\n", 1, off, 0);
      s->line_empty = 1;
    } else if (s->pre && c == ' ') {
      put(s, " ", 1, off, 0);
    } else {
      put(s, p + i, (size_t)l, off, exact);
      s->line_empty = 0;
      s->last_cp = cp;
    }
    i += (size_t)l;
  }
}

/* What an element does to the text where it opens and where it closes: one function a
 * kind of element and side, dispatched from open_rules and close_rules. `off` is the file
 * offset of the tag, which the markers it writes map to. */
typedef void (*el_rule)(mk *s, uint32_t off);

/* <h1>..<h6> (TEI <head>): a blank line, then "# " .. "###### " by level; the heading
 * stays one line. */
static void open_heading(mk *s, uint32_t off) {
  const char *name = s->tag;
  blank_line(s, off);
  int level = 1;
  if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6')
    level = name[1] - '0';
  for (int i = 0; i < level; i++) put(s, "#", 1, off, 0);
  put(s, " ", 1, off, 0);
  s->line_empty = 1;
  s->heading++;
}

static void close_heading(mk *s, uint32_t off) {
  if (s->heading) s->heading--;
  blank_line(s, off);
}

/* <ul>, <ol>, <dl>: a blank line before a list, a line break before a list nested in an
 * item. */
static void open_list(mk *s, uint32_t off) {
  if (s->items > 0) newline(s, off);
  else blank_line(s, off);
  s->lists++;
}

static void close_list(mk *s, uint32_t off) {
  if (s->lists) s->lists--;
  if (s->items == 0) blank_line(s, off);
}

/* <li>: a line of its own, "- " indented two spaces a level of nesting; inside a table
 * cell only a break. */
static void open_item(mk *s, uint32_t off) {
  if (s->cells > 0) {
    block_break(s, off);
    return;
  }
  newline(s, off);
  for (int i = 1; i < s->lists; i++) put(s, "  ", 2, off, 0);
  put(s, "- ", 2, off, 0);
  s->line_empty = 1;
  s->items++;
}

static void close_item(mk *s, uint32_t off) {
  if (s->cells > 0) return;
  if (s->items) s->items--;
  newline(s, off);
}

/* <tr>: a line of its own (a table inside a cell stays in the cell). */
static void open_row(mk *s, uint32_t off) {
  if (s->cells > 0) return;
  newline(s, off);
  s->ncell = 0;
}

static void close_row(mk *s, uint32_t off) {
  if (s->cells > 0) return;
  newline(s, off);
}

/* <td>, <th>: cells of a row are separated by a tab. */
static void open_cell(mk *s, uint32_t off) {
  if (s->cells == 0) {
    if (s->ncell > 0) {
      s->pend_space = 0;
      put(s, "\t", 1, off, 0);
    }
    s->ncell++;
    s->line_empty = 1;
  }
  s->cells++;
}

static void close_cell(mk *s, uint32_t off) {
  (void)off;
  if (s->cells) s->cells--;
  s->pend_space = 0;
}

/* <br>: a line break, or a space inside a cell, item or heading. */
static void open_br(mk *s, uint32_t off) {
  if (!in_line(s)) {
    newline(s, off);
    return;
  }
  s->pend_space = 1;
  s->pend_off = off;
}

/* <pre>: a block whose spaces and line breaks are kept. */
static void open_pre(mk *s, uint32_t off) {
  block_break(s, off);
  s->pre++;
}

static void close_pre(mk *s, uint32_t off) {
  if (s->pre) s->pre--;
  block_break(s, off);
}

/* <p>, <div>, <section> ...: a block break on both sides. */
static void around_block(mk *s, uint32_t off) {
  block_break(s, off);
}

/* Inline elements (<b>, <span>, <a> ...) change nothing; skipped ones (EL_SKIP) are
 * counted in on_start and on_end, not here. */
static const el_rule open_rules[EL_COUNT] = {
    [EL_HEADING] = open_heading, [EL_LIST] = open_list, [EL_ITEM] = open_item,
    [EL_ROW] = open_row,         [EL_CELL] = open_cell, [EL_BR] = open_br,
    [EL_PRE] = open_pre,         [EL_BLOCK] = around_block,
};
static const el_rule close_rules[EL_COUNT] = {
    [EL_HEADING] = close_heading, [EL_LIST] = close_list, [EL_ITEM] = close_item,
    [EL_ROW] = close_row,         [EL_CELL] = close_cell, [EL_PRE] = close_pre,
    [EL_BLOCK] = around_block,
};

/* Apply the rule of an element of kind k, unless inside a skipped element. */
static void apply(mk *s, const el_rule *rules, el_kind k, const char *name) {
  if (s->skip || !rules[k]) return;
  s->tag = name;
  rules[k](s, pos_now(s));
}

static void on_start(mk *s, const char *name) {
  el_kind k = kind_of(name, s->is_html);
  if (s->depth < MAX_DEPTH) s->stack[s->depth] = k;
  s->depth++;
  if (k == EL_SKIP) s->skip++;
  else apply(s, open_rules, k, name);
}

static void on_end(mk *s, const char *name) {
  if (s->depth == 0) return;
  s->depth--;
  el_kind k = s->depth < MAX_DEPTH ? s->stack[s->depth] : kind_of(name, s->is_html);
  if (k != EL_SKIP) apply(s, close_rules, k, name);
  else if (s->skip) s->skip--;
}

/* libxml2's own SAX2 handlers (kept for XML DTDs and entities) need userData to be the
 * parser context, so our state hangs off ctxt->_private. */
static mk *state(void *ctx) { return ((xmlParserCtxtPtr)ctx)->_private; }

/* An HTML element's attributes that may date the page (meta_date.c). */
static void take_date(mk *s, const xmlChar **atts) {
  dg_meta_attrs a = {0};
  for (size_t i = 0; atts && atts[i] && atts[i + 1]; i += 2) {
    const char *k = (const char *)atts[i], *v = (const char *)atts[i + 1];
    if (!strcasecmp(k, "name")) a.name = v;
    else if (!strcasecmp(k, "property")) a.property = v;
    else if (!strcasecmp(k, "itemprop")) a.itemprop = v;
    else if (!strcasecmp(k, "content")) a.content = v;
    else if (!strcasecmp(k, "datetime")) a.datetime = v;
  }
  dg_meta_date_take(&a, &s->issued);
}

static void sax_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
  mk *s = state(ctx);
  if (s->is_html && atts && !s->issued.year) take_date(s, atts);
  on_start(s, (const char *)name);
}
static void sax_end(void *ctx, const xmlChar *name) { on_end(state(ctx), (const char *)name); }
static void sax_start_ns(void *ctx, const xmlChar *local, const xmlChar *prefix,
                         const xmlChar *uri, int nns, const xmlChar **ns, int nattr,
                         int ndef, const xmlChar **attrs) {
  (void)prefix, (void)uri, (void)nns, (void)ns, (void)nattr, (void)ndef, (void)attrs;
  on_start(state(ctx), (const char *)local);
}
static void sax_end_ns(void *ctx, const xmlChar *local, const xmlChar *prefix,
                       const xmlChar *uri) {
  (void)prefix, (void)uri;
  on_end(state(ctx), (const char *)local);
}
static void sax_chars(void *ctx, const xmlChar *ch, int len) {
  text(state(ctx), (const char *)ch, (size_t)len);
}
static void sax_cdata(void *ctx, const xmlChar *ch, int len) {
  text(state(ctx), (const char *)ch, (size_t)len);
}

/* XML only: libxml2 already delivers an internal entity's text through `characters`
 * when it meets the reference; the reference itself adds nothing. External entities are
 * never loaded, so they add nothing either. */
static void sax_reference(void *ctx, const xmlChar *name) {
  (void)ctx, (void)name;
}

static void sax_error(void *ctx, xmlErrorPtr e) {
  mk *s = state(ctx);
  if (!e || e->level < XML_ERR_ERROR) return;
  if (s->nerrors++ < 3) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s", e->message ? e->message : "parse error");
    size_t l = strlen(msg);
    while (l && (msg[l - 1] == '\n' || msg[l - 1] == ' ')) msg[--l] = '\0';
    dg_diags_add(&s->doc->diags, "%s:%d: %s: %s", s->doc->path, e->line,
                 s->is_html ? "HTML" : "XML", msg);
  }
}

/* An HTML parser over UTF-8 text with our handlers: no network, no error output, recovery
 * on; the charset the page declares is ignored (dg_source_decode has already read it). */
static xmlParserCtxtPtr html_parser(const mk *s, xmlSAXHandler *sax) {
  xmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(s->in, (int)s->in_len);
  if (!ctxt) return NULL;
  htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED |
                               HTML_PARSE_IGNORE_ENC);
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  sax->startElement = sax_start;
  sax->endElement = sax_end;
  return ctxt;
}

/* An XML parser over UTF-8 text: libxml2's SAX2 handlers (for DTDs and internal entities)
 * with ours for elements and references; no network, no entity expansion, no external
 * DTD, no error output, recovery on, the declared encoding ignored (already decoded). */
static xmlParserCtxtPtr xml_parser(const mk *s, xmlSAXHandler *sax) {
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(s->in, (int)s->in_len);
  if (!ctxt) return NULL;
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                              XML_PARSE_RECOVER | XML_PARSE_IGNORE_ENC);
  xmlSAXVersion(sax, 2);
  sax->startElementNs = sax_start_ns;
  sax->endElementNs = sax_end_ns;
  sax->startElement = NULL;
  sax->endElement = NULL;
  sax->reference = sax_reference;
  sax->comment = NULL;
  sax->processingInstruction = NULL;
  sax->warning = NULL;
  sax->error = NULL;
  sax->initialized = XML_SAX2_MAGIC;
  return ctxt;
}

/* Parse s->in into s->out and s->map; 0, or -1 when no parser could be made. */
static int parse(mk *s) {
  xmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  xmlParserCtxtPtr ctxt = s->is_html ? html_parser(s, &sax) : xml_parser(s, &sax);
  if (!ctxt) return -1;
  sax.characters = sax_chars;
  sax.ignorableWhitespace = sax_chars;
  sax.cdataBlock = sax_cdata;
  sax.serror = sax_error;
  *ctxt->sax = sax;
  ctxt->userData = ctxt;
  ctxt->_private = s;
  s->ctxt = ctxt;
  if (s->is_html) htmlParseDocument(ctxt);
  else xmlParseDocument(ctxt);
  if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
  ctxt->myDoc = NULL;
  if (s->is_html) htmlFreeParserCtxt(ctxt);
  else xmlFreeParserCtxt(ctxt);
  s->ctxt = NULL;
  return 0;
}

/* The map's offsets point into the decoded text; through dec_map they point at the file. */
static void to_file_offsets(const dg_doc *d, uint32_t *map, size_t n) {
  if (!d->dec) return;
  for (size_t i = 0; i < n; i++)
    map[i] = d->dec_map[map[i] < d->dec_len ? map[i] : d->dec_len];
}

dg_err dg_markup_extract(dg_doc *d, dg_error *err) {
  mk s;
  memset(&s, 0, sizeof s);
  s.doc = d;
  s.in = d->dec ? d->dec : d->raw;
  s.in_len = d->dec ? d->dec_len : d->raw_len;
  s.is_html = d->format == DG_FMT_HTML;
  s.line_empty = 1;
  const char *lang = s.is_html ? "HTML" : "XML";
  dg_buf_init(&s.out);
  if (s.in_len > (size_t)INT32_MAX)
    return dg_error_set(err, DG_EINPUT, "%s: markup too large", d->path);
  if (parse(&s))
    return dg_error_set(err, DG_ENOMEM, "%s: cannot create %s parser", d->path, lang);
  newline(&s, (uint32_t)s.in_len);
  put(&s, "", 0, (uint32_t)s.in_len, 0);
  if (s.oom || s.out.oom || s.mapcap < s.out.len + 1) {
    dg_buf_destroy(&s.out);
    free(s.map);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory while reading markup", d->path);
  }
  s.map[s.out.len] = (uint32_t)s.in_len;
  to_file_offsets(d, s.map, s.out.len + 1);
  d->src_len = s.out.len;
  d->src = dg_buf_steal(&s.out);
  d->src_map = s.map;
  if (s.issued.year && !d->issued.year) d->issued = s.issued; /* a date given wins */
  if (d->src_len == 0) dg_diags_add(&d->diags, "%s:1: no text found in the %s", d->path, lang);
  return DG_OK;
}
