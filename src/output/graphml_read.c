/* GraphML reader (see docgraph/graphml_read.h) on libxml2's streaming xmlTextReader: memory
 * grows with the graph, not the file. Nothing is fetched, no entity expanded (a DOCTYPE
 * declaring one is refused); libxml2's messages go to a handler on the reader, never to
 * stderr. Data are mapped by their key's attr.name, with the keys' <default>s. Nodes go in
 * as read; an edge as soon as both ends are known, else it and every edge after it wait
 * until the end of the graph, so ties go in in file order and of two identical ones the
 * first stands. Only the first <graph> is read; hyperedges, ports and nested graphs are
 * refused. Amounts and dates get their values from their ids (output/id_value.h). */
#include "docgraph/graphml_read.h"

#include <errno.h>
#include <libxml/xmlreader.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/hmap.h"
#include "output/id_value.h"
#include "output/provenance.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/"

/* What a node or an edge reads, by attribute name. Labels: the first present of label,
 * Label (Gephi), name, shared name (Cytoscape). A node's `id` data (igraph writes nodes
 * n0, n1, ... and keeps the ids it read in an attribute `id`) is the entity id when given,
 * else the node's GraphML id is. */
enum { NF_ID, NF_TYPE, NF_LABEL, NF_LABEL_CAP, NF_NAME, NF_SHARED_NAME, NF_LABEL_EN,
       NF_MENTIONS, NF_DOCUMENTS, NF_CUMULATIVE, NF_AMOUNT_OWNER, NF_COUNT };
static const char *const node_fields[NF_COUNT] = {
    "id", "type", "label", "Label", "name", "shared name", "label_en", "mentions", "documents",
    "cumulative", "amount_owner"};
enum { EF_KIND, EF_DIRECTED, EF_WEIGHT, EF_JACCARD, EF_DOCUMENTS, EF_EVIDENCE_COUNT,
       EF_EVIDENCE, EF_EVIDENCE_TEXT, EF_RULE, EF_COUNT };
static const char *const edge_fields[EF_COUNT] = {
    "kind", "directed", "weight", "jaccard", "documents", "evidence_count", "evidence",
    "evidence_text", "rule"};
#define MAXF 11
_Static_assert((int)NF_COUNT <= MAXF && (int)EF_COUNT <= MAXF, "MAXF holds every field");

/* A key id may be declared once for nodes and once for edges (as Cytoscape writes). */
enum { FOR_NODE = 1, FOR_EDGE = 2, FOR_OTHER = 4 };
typedef struct {
  int dom; /* FOR_* it is declared for */
  int nf, ef; /* the field its data fill in a node and in an edge, or -1 */
  int pf;     /* for the graph: the provenance field its data fill (output/provenance.h) */
} gkey;

/* An edge waiting for its ends. */
typedef struct {
  const char *source, *target, *evidence, *evidence_text, *rule;
  dg_rel_kind kind;
  uint32_t weight, documents, evidence_count;
  double jaccard;
  long line;
} pending_edge;

typedef struct {
  xmlTextReaderPtr r;
  const char *path;
  dg_graph *g;
  dg_error *err;
  dg_err rc; /* the first failure */
  /* the first error libxml2 reported */
  int xml_failed, xml_line, xml_io, xml_code;
  char xml_msg[512];
  dg_hmap keymap; /* key id -> index in keys */
  DG_VEC(gkey) keys;
  const char *node_default[NF_COUNT], *edge_default[EF_COUNT];
  dg_hmap nodes;    /* GraphML ids of the nodes read -> ordinal */
  dg_hmap entities; /* their entity ids */
  DG_VEC(const char *) ents; /* ordinal -> entity id, NULL when it is the GraphML id */
  DG_VEC(uint8_t) types;     /* ordinal -> dg_type */
  dg_hmap ties;     /* (source, target, kind) ordinals of the edges put */
  DG_VEC(pending_edge) pending;
  dg_arena arena; /* key defaults and the strings of pending edges */
  dg_buf val[MAXF]; /* data of the node or edge being read */
  dg_buf ent;       /* entity id of the node being read */
  int has[MAXF];
  int graphs; /* <graph> elements seen at the top level */
  dg_provenance prov; /* what the graph's data say of where it comes from */
  int has_prov;
  int root;   /* the root element has been read */
  long line, line_seen; /* of the current element; the last line known */
} reader;

/* ---- errors ---- */

/* s cut to a readable length (on a UTF-8 boundary) for a message. */
static const char *clip(char *buf, size_t n, const char *s) {
  size_t len = strlen(s);
  if (len < n) return s;
  size_t k = n - 4;
  while (k && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
  memcpy(buf, s, k);
  memcpy(buf + k, "...", 4);
  return buf;
}

/* Record "path:line: message" (one line) unless a failure is recorded already. */
static dg_err failv(reader *c, dg_err code, long line, const char *fmt, va_list ap) {
  if (c->rc != DG_OK) return c->rc;
  char msg[900];
  vsnprintf(msg, sizeof msg, fmt, ap);
  c->rc = code;
  if (line > 0) dg_error_set(c->err, code, "%s:%ld: %s", c->path, line, msg);
  else dg_error_set(c->err, code, "%s: %s", c->path, msg);
  if (c->err)
    for (char *p = c->err->msg; *p; p++)
      if ((unsigned char)*p < 0x20) *p = ' ';
  return code;
}

static dg_err fail(reader *c, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static dg_err fail(reader *c, long line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  dg_err r = failv(c, DG_EINPUT, line, fmt, ap);
  va_end(ap);
  return r;
}

static dg_err failc(reader *c, dg_err code, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static dg_err failc(reader *c, dg_err code, long line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  dg_err r = failv(c, code, line, fmt, ap);
  va_end(ap);
  return r;
}

static dg_err oom(reader *c) {
  if (c->rc == DG_OK) {
    c->rc = DG_ENOMEM;
    dg_error_set(c->err, DG_ENOMEM, "%s: out of memory", c->path);
  }
  return c->rc;
}

#if LIBXML_VERSION >= 21200
static void on_xml_error(void *arg, const xmlError *e) {
#else
static void on_xml_error(void *arg, xmlErrorPtr e) {
#endif
  reader *c = arg;
  if (!e || e->level < XML_ERR_ERROR || c->xml_failed) return; /* warnings pass */
  c->xml_failed = 1;
  c->xml_line = e->line;
  c->xml_io = e->domain == XML_FROM_IO;
  c->xml_code = e->code;
  snprintf(c->xml_msg, sizeof c->xml_msg, "%s", e->message ? e->message : "XML error");
  size_t n = strlen(c->xml_msg);
  while (n && (c->xml_msg[n - 1] == '\n' || c->xml_msg[n - 1] == ' ')) c->xml_msg[--n] = '\0';
}

/* Line of the current node, worked out by next() (the parser reads ahead of it). */
static long line_of(reader *c) {
  return c->line > 0 ? c->line : xmlTextReaderGetParserLineNumber(c->r);
}

/* The line of the node just read. libxml2 keeps 16-bit lines in the tree: past 65534 an
 * element has none, a text node has the line it ends on in psvi (XML_PARSE_BIG_LINES).
 * Text ends on the line where the next element starts, so an element past 65534 takes the
 * line of the text just before it: exact for indented files, else a line or so early. */
static void note_line(reader *c) {
  int t = xmlTextReaderNodeType(c->r);
  int text = t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
             t == XML_READER_TYPE_WHITESPACE || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
  if (t != XML_READER_TYPE_ELEMENT && !text) return;
  xmlNodePtr n = xmlTextReaderCurrentNode(c->r);
  long line = -1;
  if (n && n->line > 0 && n->line < 65535) line = n->line;
  else if (n && n->line == 65535 && text && n->psvi) line = (long)(ptrdiff_t)n->psvi;
  if (line > c->line_seen) c->line_seen = line;
  c->line = line > 0 ? line : c->line_seen;
}

static dg_err xml_fail(reader *c) {
  long line = c->xml_line > 0 ? c->xml_line : xmlTextReaderGetParserLineNumber(c->r);
  if (!c->root && (c->xml_code == XML_ERR_DOCUMENT_EMPTY || c->xml_code == XML_ERR_DOCUMENT_START))
    return fail(c, line, "not a GraphML file: no XML element (%s)", c->xml_msg);
  return failc(c, c->xml_io ? DG_EIO : DG_EINPUT, line, "%s", c->xml_msg);
}

/* ---- walking the reader ---- */

static int node_type(reader *c) { return xmlTextReaderNodeType(c->r); }
static int depth(reader *c) { return xmlTextReaderDepth(c->r); }
static const char *local_name(reader *c) { return (const char *)xmlTextReaderConstLocalName(c->r); }

/* Move to the next node: 1, or 0 at the end of the file, or -1 after a failure. */
static int next(reader *c) {
  if (c->rc != DG_OK) return -1;
  int r = xmlTextReaderRead(c->r);
  if (c->xml_failed) return xml_fail(c), -1;
  if (r < 0) return fail(c, xmlTextReaderGetParserLineNumber(c->r), "XML parse error"), -1;
  if (r == 0) return 0;
  note_line(c);
  if (node_type(c) == XML_READER_TYPE_ENTITY_REFERENCE) {
    char b[120];
    return fail(c, line_of(c), "entity reference &%s; (docgraph expands no entities)",
                clip(b, sizeof b, local_name(c))), -1;
  }
  return 1;
}

/* The next node inside the element at depth d: 1, or 0 at its end, or -1. */
static int next_in(reader *c, int d) {
  int k = next(c);
  if (k == 0) return fail(c, xmlTextReaderGetParserLineNumber(c->r), "unexpected end of file"), -1;
  if (k < 0) return -1;
  return node_type(c) == XML_READER_TYPE_END_ELEMENT && depth(c) == d ? 0 : 1;
}

/* Is the current node the GraphML element `name` (in GraphML's namespace or none)? */
static int is_gml(reader *c, const char *name) {
  if (node_type(c) != XML_READER_TYPE_ELEMENT || strcmp(local_name(c), name)) return 0;
  const char *ns = (const char *)xmlTextReaderConstNamespaceUri(c->r);
  return !ns || !strncmp(ns, GRAPHML_NS, strlen(GRAPHML_NS));
}

/* Pass over the current element and everything in it: 0, or -1. */
static int skip(reader *c) {
  if (node_type(c) != XML_READER_TYPE_ELEMENT || xmlTextReaderIsEmptyElement(c->r)) return 0;
  int d = depth(c), k;
  while ((k = next_in(c, d)) > 0) {
  }
  return k;
}

/* The text of the current element (its text and CDATA, at any depth) into b: 0, or -1. */
static int read_text(reader *c, dg_buf *b) {
  dg_buf_clear(b);
  dg_buf_adds(b, "");
  if (!xmlTextReaderIsEmptyElement(c->r)) {
    int d = depth(c), k;
    while ((k = next_in(c, d)) > 0) {
      int t = node_type(c);
      if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
          t == XML_READER_TYPE_WHITESPACE || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
        const char *v = (const char *)xmlTextReaderConstValue(c->r);
        if (v) dg_buf_adds(b, v);
      }
    }
    if (k < 0) return -1;
  }
  if (b->oom) return oom(c), -1;
  return 0;
}

/* An attribute of the current element (malloc'd by libxml2: xmlFree it), or NULL. */
static char *attr(reader *c, const char *name) {
  return (char *)xmlTextReaderGetAttribute(c->r, BAD_CAST name);
}

static int field_of(const char *name, const char *const *fields, int n) {
  for (int i = 0; i < n; i++)
    if (!strcmp(name, fields[i])) return i;
  return -1;
}

/* ---- values ---- */

static int is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

/* s without surrounding white space: where it starts, and its length in *n. */
static const char *strip(const char *s, size_t *n) {
  while (is_space(*s)) s++;
  size_t len = strlen(s);
  while (len && is_space(s[len - 1])) len--;
  *n = len;
  return s;
}

/* s without surrounding white space, in buf. */
static const char *trim(char *buf, size_t n, const char *s) {
  size_t len;
  s = strip(s, &len);
  if (len < n) {
    memcpy(buf, s, len);
    buf[len] = '\0';
  } else { /* too long for any name or number: cut, with "..." that no parser accepts */
    size_t k = n - 4;
    while (k && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    memcpy(buf, s, k);
    memcpy(buf + k, "...", 4);
  }
  return buf;
}

/* A decimal number as GraphML's int, long, float and double write it ("3", "-2.5",
 * "1e2"), finite: 0, or -1. Independent of the locale's decimal point. */
static int parse_number(const char *s, double *out) {
  char b[128];
  size_t n = 0;
  const char *p = s;
  if (*p == '+' || *p == '-') b[n++] = *p++;
  int digits = 0;
  while (*p >= '0' && *p <= '9' && n < 100) b[n++] = *p++, digits++;
  if (*p == '.') {
    const char *dp = localeconv()->decimal_point;
    b[n++] = dp && *dp ? *dp : '.';
    p++;
    while (*p >= '0' && *p <= '9' && n < 100) b[n++] = *p++, digits++;
  }
  if (!digits) return -1;
  if (*p == 'e' || *p == 'E') {
    b[n++] = *p++;
    if (*p == '+' || *p == '-') b[n++] = *p++;
    if (!(*p >= '0' && *p <= '9')) return -1;
    while (*p >= '0' && *p <= '9' && n < 126) b[n++] = *p++;
  }
  if (*p) return -1; /* trailing junk, or too many digits */
  b[n] = '\0';
  char *end;
  double v = strtod(b, &end);
  if (*end || !isfinite(v)) return -1;
  *out = v;
  return 0;
}

static int parse_bool(const char *s, int *out) {
  if (!strcasecmp(s, "true") || !strcmp(s, "1")) *out = 1;
  else if (!strcasecmp(s, "false") || !strcmp(s, "0")) *out = 0;
  else return -1;
  return 0;
}

/* A docgraph type by name, ASCII case ignored (not the dictionary-only "stop"). */
static int type_named(const char *s, size_t n, dg_type *out) {
  for (int i = 0; i < DG_TYPE_STOP; i++) {
    const char *name = dg_type_name((dg_type)i);
    if (strlen(name) == n && !strncasecmp(s, name, n)) {
      *out = (dg_type)i;
      return 0;
    }
  }
  return -1;
}

/* The value of field f of the element being read: its data, else its key's default. */
static const char *value(reader *c, int f, const char *const *defaults) {
  return c->has[f] ? c->val[f].data : defaults[f];
}

/* A count (mentions, documents): a whole number 0 .. 2^32-1, or `def` when absent or
 * blank. 0, or -1 with the failure recorded. */
static int count_of(reader *c, const char *v, uint32_t def, uint32_t *out, long line,
                    const char *what, const char *whose) {
  char t[200];
  if (!v || !*trim(t, sizeof t, v)) {
    *out = def;
    return 0;
  }
  double d;
  if (parse_number(t, &d) || d < 0 || d > UINT32_MAX || d != floor(d)) {
    char b[120];
    return fail(c, line, "%s: %s \"%s\" is not a count (a whole number from 0)", whose, what,
                clip(b, sizeof b, t)), -1;
  }
  *out = (uint32_t)d;
  return 0;
}

/* ---- keys ---- */

/* Which elements a key is for: for="node", "edge", "all" (the default), or graph,
 * graphml, hyperedge, port, endpoint (data docgraph does not read). */
static int key_domain(const char *s) {
  if (!s || !strcmp(s, "all")) return FOR_NODE | FOR_EDGE | FOR_OTHER;
  if (!strcmp(s, "node")) return FOR_NODE;
  if (!strcmp(s, "edge")) return FOR_EDGE;
  return FOR_OTHER;
}

/* Declare key `id` as k: a key id may be declared once for nodes and once for edges. */
static int add_key(reader *c, const char *id, gkey k, long line) {
  uint32_t *slot;
  int r = dg_hmap_put(&c->keymap, id, strlen(id), (uint32_t)c->keys.n, &slot);
  if (r < 0 || (r == 1 && DG_PUSH(c->keys, k))) return oom(c), -1;
  if (r == 1) return 0;
  gkey *old = &c->keys.v[*slot];
  if (old->dom & k.dom) {
    char b[120];
    return fail(c, line, "key \"%s\" is declared twice", clip(b, sizeof b, id)), -1;
  }
  old->dom |= k.dom;
  if (k.dom & FOR_NODE) old->nf = k.nf;
  if (k.dom & FOR_EDGE) old->ef = k.ef;
  return 0;
}

/* The <default> of a key whose data docgraph reads: the default of its fields. */
static int read_default(reader *c, gkey k) {
  if (xmlTextReaderIsEmptyElement(c->r)) return 0;
  int d = depth(c), n;
  while ((n = next_in(c, d)) > 0) {
    if (node_type(c) != XML_READER_TYPE_ELEMENT) continue;
    if (!is_gml(c, "default") || (k.nf < 0 && k.ef < 0)) {
      if (skip(c)) break;
      continue;
    }
    dg_buf *v = &c->val[0];
    if (read_text(c, v)) break;
    const char *def = dg_arena_strdup(&c->arena, v->data);
    if (!def) {
      oom(c);
      break;
    }
    if (k.nf >= 0) c->node_default[k.nf] = def;
    if (k.ef >= 0) c->edge_default[k.ef] = def;
  }
  return c->rc != DG_OK ? -1 : 0;
}

/* <key id for attr.name>, with its <default>. */
static int read_key(reader *c) {
  long line = line_of(c);
  char *id = attr(c, "id"), *dom = attr(c, "for"), *name = attr(c, "attr.name");
  int rc = -1;
  if (!id) {
    fail(c, line, "<key> without an id");
  } else {
    gkey k = {key_domain(dom), -1, -1, -1};
    if (name && (k.dom & FOR_OTHER)) k.pf = dg_prov_find(name);
    if (name && (k.dom & FOR_NODE)) k.nf = field_of(name, node_fields, NF_COUNT);
    if (name && (k.dom & FOR_EDGE)) k.ef = field_of(name, edge_fields, EF_COUNT);
    rc = add_key(c, id, k, line) ? -1 : read_default(c, k);
  }
  xmlFree(id);
  xmlFree(dom);
  xmlFree(name);
  return rc;
}

/* <data key> inside a node (node 1) or an edge (node 0): into val[field]. */
static int read_data(reader *c, int node) {
  long line = line_of(c);
  char *key = attr(c, "key");
  char b[120];
  if (!key) return fail(c, line, "<data> without a key"), -1;
  uint32_t *slot = dg_hmap_get(&c->keymap, key, strlen(key));
  if (!slot) {
    fail(c, line, "data for key \"%s\", which no <key> declares", clip(b, sizeof b, key));
    xmlFree(key);
    return -1;
  }
  xmlFree(key);
  const gkey *k = &c->keys.v[*slot];
  int f = node ? k->nf : k->ef;
  if (f < 0) return skip(c);
  if (read_text(c, &c->val[f])) return -1;
  c->has[f] = 1;
  return 0;
}

/* The children of a node (node 1) or an edge (`whose` names it in messages): data, and
 * no nested graph, port or locator. */
static int read_children(reader *c, int node, const char *whose) {
  memset(c->has, 0, sizeof c->has);
  if (xmlTextReaderIsEmptyElement(c->r)) return 0;
  int d = depth(c), k;
  while ((k = next_in(c, d)) > 0) {
    if (node_type(c) != XML_READER_TYPE_ELEMENT) continue;
    if (is_gml(c, "data")) {
      if (read_data(c, node)) return -1;
    } else if (is_gml(c, "graph")) {
      return fail(c, line_of(c), "%s holds a nested graph, which docgraph does not read",
                  whose), -1;
    } else if (is_gml(c, "port")) {
      return fail(c, line_of(c), "%s has ports, which docgraph does not read", whose), -1;
    } else if (is_gml(c, "locator")) {
      return fail(c, line_of(c), "%s points to a graph elsewhere (<locator>), which docgraph "
                  "does not fetch", whose), -1;
    } else if (skip(c)) {
      return -1;
    }
  }
  return k;
}

/* ---- nodes and edges ---- */

/* A dg_graph_put_* failure as "path:line: message"; 0 when er is DG_OK. */
static int graph_failed(reader *c, dg_err er, long line, const dg_error *e) {
  if (er == DG_OK) return 0;
  if (c->rc == DG_OK) {
    c->rc = er;
    dg_error_set(c->err, er, "%s:%ld: %s", c->path, line, e->msg);
  }
  return -1;
}

/* The entity id of the node being read: its `id` data without surrounding white space,
 * else its GraphML id; NULL when memory runs out. */
static const char *entity_id(reader *c, const char *id) {
  const char *iv = value(c, NF_ID, c->node_default);
  size_t n = 0;
  if (iv) iv = strip(iv, &n);
  if (!n) return id;
  dg_buf_clear(&c->ent);
  if (dg_buf_add(&c->ent, iv, n)) return oom(c), NULL;
  return c->ent.data;
}

/* The node's type: a docgraph type named by its `type` data, else its entity id's prefix
 * (country:JPN). */
static int type_of_node(reader *c, const char *ent, long line, dg_type *type) {
  char b[120], b2[120], t[200];
  const char *tv = value(c, NF_TYPE, c->node_default);
  const char *colon = strchr(ent, ':');
  if (tv) trim(t, sizeof t, tv);
  if (tv && !type_named(t, strlen(t), type)) return 0;
  if (colon && !type_named(ent, (size_t)(colon - ent), type)) return 0;
  if (tv && *t)
    return fail(c, line, "node \"%s\": type \"%s\" is not a docgraph type (country, group, "
                "organization, program, meeting, person, place, amount, date, quantity) and the "
                "id has no type: prefix", clip(b, sizeof b, ent), clip(b2, sizeof b2, t)), -1;
  return fail(c, line, "node \"%s\" has no type: no type attribute, and no type: prefix in its "
              "id (such as country:JPN)", clip(b, sizeof b, ent)), -1;
}

/* The node's label: the first of label, Label, name, shared name; else its entity id. */
static const char *label_of_node(reader *c, const char *ent) {
  const char *label = NULL;
  for (int f = NF_LABEL; f <= NF_SHARED_NAME && !label; f++) label = value(c, f, c->node_default);
  return label ? label : ent;
}

/* Note the node's GraphML id and its entity id (each once in a file) and its type, which
 * its edges look up. */
static int note_node(reader *c, const char *id, const char *ent, dg_type type, long line) {
  char b[120], b2[120];
  uint32_t *slot;
  int r = dg_hmap_put(&c->nodes, id, strlen(id), (uint32_t)c->nodes.n, &slot);
  if (r < 0) return oom(c), -1;
  if (r == 0) return fail(c, line, "node \"%s\" is declared twice", clip(b, sizeof b, id)), -1;
  r = dg_hmap_put(&c->entities, ent, strlen(ent), 0, &slot);
  if (r < 0) return oom(c), -1;
  if (r == 0)
    return fail(c, line, "node \"%s\": id \"%s\" is given to another node too",
                clip(b2, sizeof b2, id), clip(b, sizeof b, ent)), -1;
  const char *own = ent == id ? NULL : dg_arena_strdup(&c->arena, ent);
  if ((ent != id && !own) || DG_PUSH(c->ents, own) || DG_PUSH(c->types, (uint8_t)type))
    return oom(c), -1;
  return 0;
}

/* What the node's data say of its amount beyond its id: a running total, its owner. */
static void amount_of_node(reader *c, dg_type type, dg_value *val) {
  if (type != DG_TYPE_AMOUNT) return;
  const char *cu = value(c, NF_CUMULATIVE, c->node_default);
  const char *ow = value(c, NF_AMOUNT_OWNER, c->node_default);
  int b;
  char t[16];
  if (cu && !parse_bool(trim(t, sizeof t, cu), &b)) val->cumulative = (uint8_t)b;
  if (ow && *ow) val->owner = ow;
}

/* The node `id` (its element being read) into the graph. */
static int node_of(reader *c, const char *id, long line) {
  char b[120], whose[140];
  snprintf(whose, sizeof whose, "node \"%s\"", clip(b, sizeof b, id));
  if (read_children(c, 1, whose)) return -1;
  const char *ent = entity_id(c, id);
  dg_type type;
  if (!ent || type_of_node(c, ent, line, &type)) return -1;
  uint32_t mentions, documents;
  snprintf(whose, sizeof whose, "node \"%s\"", clip(b, sizeof b, ent));
  const char *const *def = c->node_default;
  if (count_of(c, value(c, NF_MENTIONS, def), 1, &mentions, line, "mentions", whose) ||
      count_of(c, value(c, NF_DOCUMENTS, def), 1, &documents, line, "documents", whose) ||
      note_node(c, id, ent, type, line))
    return -1;
  dg_value val;
  dg_value_of_id(ent, type, &val);
  amount_of_node(c, type, &val);
  const char *label_en = value(c, NF_LABEL_EN, c->node_default);
  dg_error e;
  dg_err er = dg_graph_put_vertex(c->g, ent, type, label_of_node(c, ent), label_en ? label_en : "",
                                  &val, mentions, documents, &e);
  return graph_failed(c, er, line, &e);
}

static int read_node(reader *c) {
  long line = line_of(c);
  char *id = attr(c, "id");
  int rc = -1;
  if (!id || !*id) fail(c, line, "<node> without an id");
  else rc = node_of(c, id, line);
  xmlFree(id);
  return rc;
}

/* Do entities of these types fit the ends of kind k (dg_rel_kind_ends)? */
static int fits(dg_rel_kind k, uint8_t from, uint8_t to) {
  uint32_t f, t;
  dg_rel_kind_ends(k, &f, &t);
  return (f >> from & 1) && (t >> to & 1);
}

static int known(reader *c, const char *id) {
  return dg_hmap_get(&c->nodes, id, strlen(id)) != NULL;
}

static int put_edge(reader *c, const pending_edge *p) {
  char b[120], b2[120], b3[120];
  uint32_t *a = dg_hmap_get(&c->nodes, p->source, strlen(p->source));
  uint32_t *z = dg_hmap_get(&c->nodes, p->target, strlen(p->target));
  if (!a || !z)
    return fail(c, p->line, "edge %s -> %s: no node \"%s\"", clip(b, sizeof b, p->source),
                clip(b2, sizeof b2, p->target), clip(b3, sizeof b3, a ? p->target : p->source)), -1;
  /* A typed tie that reads the wrong way round for its kind while the other way fits (a
   * tool that kept no direction: NetworkX or igraph with an undirected graph) is turned:
   * held_in from a place to a meeting is read meeting -> place. */
  const char *from = p->source, *to = p->target;
  if (dg_rel_kind_directed(p->kind) && !fits(p->kind, c->types.v[*a], c->types.v[*z]) &&
      fits(p->kind, c->types.v[*z], c->types.v[*a])) {
    uint32_t *t = a;
    a = z;
    z = t;
    from = p->target;
    to = p->source;
  }
  /* A tie met again (a multigraph's parallel edge, or a co_occurs edge either way): the
   * first stands. Checked here, since dg_graph_put_edge would add to the first one's
   * counts. */
  uint32_t key[3] = {*a, *z, (uint32_t)p->kind};
  if (!dg_rel_kind_directed(p->kind) && *a > *z) key[0] = *z, key[1] = *a;
  uint32_t *slot;
  int r = dg_hmap_put(&c->ties, (const char *)key, sizeof key, 0, &slot);
  if (r < 0) return oom(c), -1;
  if (r == 0) return 0;
  const char *source = c->ents.v[*a] ? c->ents.v[*a] : from;
  const char *target = c->ents.v[*z] ? c->ents.v[*z] : to;
  dg_error e;
  dg_err er = dg_graph_put_edge(c->g, source, target, p->kind, p->weight, p->jaccard,
                                p->documents, p->evidence_count, p->evidence, p->evidence_text, &e);
  if (er == DG_OK && p->rule && *p->rule)
    er = dg_graph_put_edge_rule(c->g, source, target, p->kind, p->rule, &e);
  return graph_failed(c, er, p->line, &e);
}

/* Field f of the edge being read without surrounding white space, in t; NULL when it is
 * absent or blank. */
static const char *edge_value(reader *c, int f, char *t, size_t n) {
  const char *v = value(c, f, c->edge_default);
  return v && *trim(t, n, v) ? t : NULL;
}

/* The edge's kind (co_occurs when absent); its `directed`, checked but not used: the kind
 * says which way a tie reads. */
static int edge_kind(reader *c, pending_edge *p, const char *whose) {
  char b[120], t[200];
  int directed;
  if (edge_value(c, EF_KIND, t, sizeof t) && dg_rel_kind_parse(t, &p->kind))
    return fail(c, p->line, "%s: unknown kind \"%s\"", whose, clip(b, sizeof b, t)), -1;
  if (edge_value(c, EF_DIRECTED, t, sizeof t) && parse_bool(t, &directed))
    return fail(c, p->line, "%s: directed \"%s\" is not a boolean (true, false, 1, 0)", whose,
                clip(b, sizeof b, t)), -1;
  return 0;
}

/* The edge's weight (whole units: rounded, but a tie of some weight keeps at least 1),
 * jaccard, documents and evidence_count (the weight when absent). */
static int edge_measures(reader *c, pending_edge *p, const char *whose) {
  char b[120], t[200];
  double w = 1;
  if (edge_value(c, EF_WEIGHT, t, sizeof t) && (parse_number(t, &w) || w < 0 || w >= 4294967295.5))
    return fail(c, p->line, "%s: weight \"%s\" is not a number from 0", whose,
                clip(b, sizeof b, t)), -1;
  p->weight = w > 0 && w < 1 ? 1 : (uint32_t)floor(w + 0.5);
  if (edge_value(c, EF_JACCARD, t, sizeof t) && (parse_number(t, &p->jaccard) || p->jaccard < 0))
    return fail(c, p->line, "%s: jaccard \"%s\" is not a number from 0", whose,
                clip(b, sizeof b, t)), -1;
  if (count_of(c, value(c, EF_DOCUMENTS, c->edge_default), 1, &p->documents, p->line,
               "documents", whose) ||
      count_of(c, value(c, EF_EVIDENCE_COUNT, c->edge_default), p->weight, &p->evidence_count,
               p->line, "evidence_count", whose))
    return -1;
  return 0;
}

/* An edge with an end not read yet: kept, its strings copied, for the end of the graph
 * (and so is every edge after it, to keep file order). */
static int keep_pending(reader *c, pending_edge p) {
  const char *ev = p.evidence, *tx = p.evidence_text, *ru = p.rule;
  p.source = dg_arena_strdup(&c->arena, p.source);
  p.target = dg_arena_strdup(&c->arena, p.target);
  if (ev) p.evidence = dg_arena_strdup(&c->arena, ev);
  if (tx) p.evidence_text = dg_arena_strdup(&c->arena, tx);
  if (ru) p.rule = dg_arena_strdup(&c->arena, ru);
  if (!p.source || !p.target || (ev && !p.evidence) || (tx && !p.evidence_text) ||
      (ru && !p.rule) || DG_PUSH(c->pending, p))
    return oom(c), -1;
  return 0;
}

/* The edge source -> target (its element being read) into the graph, or kept for later. */
static int edge_of(reader *c, const char *source, const char *target, long line) {
  char b[120], b2[120], whose[300];
  snprintf(whose, sizeof whose, "edge %s -> %s", clip(b, sizeof b, source),
           clip(b2, sizeof b2, target));
  if (read_children(c, 0, whose)) return -1;
  pending_edge p = {.source = source, .target = target, .kind = DG_REL_CO_OCCURS, .line = line};
  if (edge_kind(c, &p, whose) || edge_measures(c, &p, whose)) return -1;
  p.evidence = value(c, EF_EVIDENCE, c->edge_default);
  p.evidence_text = value(c, EF_EVIDENCE_TEXT, c->edge_default);
  p.rule = value(c, EF_RULE, c->edge_default);
  if (c->pending.n == 0 && known(c, source) && known(c, target)) return put_edge(c, &p);
  return keep_pending(c, p);
}

static int read_edge(reader *c) {
  long line = line_of(c);
  char *source = attr(c, "source"), *target = attr(c, "target");
  int rc = -1;
  if (!source || !target) fail(c, line, "<edge> without a %s", source ? "target" : "source");
  else rc = edge_of(c, source, target, line);
  xmlFree(source);
  xmlFree(target);
  return rc;
}

/* ---- graph and document ---- */

/* <data> of the graph: a field of the provenance docgraph writes, else passed over. */
static int read_graph_data(reader *c) {
  char *key = attr(c, "key");
  uint32_t *slot = key ? dg_hmap_get(&c->keymap, key, strlen(key)) : NULL;
  xmlFree(key);
  int f = slot ? c->keys.v[*slot].pf : -1;
  if (f < 0) return skip(c);
  if (read_text(c, &c->val[0])) return -1;
  dg_prov_set(&c->prov, f, c->val[0].data);
  c->has_prov = 1;
  return 0;
}

static int read_graph(reader *c) {
  if (!xmlTextReaderIsEmptyElement(c->r)) {
    int d = depth(c), k;
    while ((k = next_in(c, d)) > 0) {
      if (node_type(c) != XML_READER_TYPE_ELEMENT) continue;
      int r;
      if (is_gml(c, "node")) r = read_node(c);
      else if (is_gml(c, "edge")) r = read_edge(c);
      else if (is_gml(c, "data")) r = read_graph_data(c);
      else if (is_gml(c, "hyperedge")) {
        fail(c, line_of(c), "hyperedges are not supported (docgraph reads edges between two "
             "nodes)");
        r = -1;
      } else r = skip(c); /* data, desc, and other vocabularies */
      if (r) return -1;
    }
    if (k < 0) return -1;
  }
  for (size_t i = 0; i < c->pending.n; i++)
    if (put_edge(c, &c->pending.v[i])) return -1;
  c->pending.n = 0;
  if (c->has_prov) dg_graph_put_provenance(c->g, &c->prov);
  return 0;
}

/* Entities the DOCTYPE declares: refused, whether used or not (the first one named). */
static int check_doctype(reader *c) {
  xmlNodePtr n = xmlTextReaderCurrentNode(c->r);
  xmlDtdPtr dtd = n && n->doc ? n->doc->intSubset : NULL;
  if (!dtd) return 0;
  for (xmlNodePtr d = dtd->children; d; d = d->next)
    if (d->type == XML_ENTITY_DECL) {
      char b[120];
      return fail(c, line_of(c), "the DOCTYPE before <%s> declares entity \"%s\" (docgraph "
                  "reads no entities)", local_name(c), clip(b, sizeof b, (const char *)d->name)),
             -1;
    }
  return 0;
}

static int read_document(reader *c) {
  int k;
  while ((k = next(c)) > 0 && node_type(c) != XML_READER_TYPE_ELEMENT) {
  }
  if (k < 0) return -1;
  if (k == 0)
    return fail(c, xmlTextReaderGetParserLineNumber(c->r), "not a GraphML file: no XML element"),
           -1;
  c->root = 1;
  if (check_doctype(c)) return -1;
  if (!is_gml(c, "graphml")) {
    char b[120];
    const char *ns = (const char *)xmlTextReaderConstNamespaceUri(c->r);
    return fail(c, line_of(c), "not a GraphML file: the root element is <%s>%s%s",
                clip(b, sizeof b, (const char *)xmlTextReaderConstName(c->r)),
                !strcmp(local_name(c), "graphml") && ns ? " in namespace " : "",
                !strcmp(local_name(c), "graphml") && ns ? ns : ""), -1;
  }
  long root_line = line_of(c);
  if (!xmlTextReaderIsEmptyElement(c->r)) {
    int d = depth(c);
    while ((k = next_in(c, d)) > 0) {
      if (node_type(c) != XML_READER_TYPE_ELEMENT) continue;
      int r;
      if (is_gml(c, "key")) r = read_key(c);
      else if (is_gml(c, "graph") && c->graphs++ == 0) r = read_graph(c);
      else r = skip(c); /* later graphs, data, desc, other vocabularies */
      if (r) return -1;
    }
    if (k < 0) return -1;
  }
  while ((k = next(c)) > 0) { /* comments after the root; the parser checks the rest */
  }
  if (k < 0) return -1;
  if (!c->graphs) return fail(c, root_line, "<graphml> holds no <graph>"), -1;
  return 0;
}

/* The file opened ourselves first: a plain errno message (libxml2 would report, or print,
 * a missing file its own way), and an empty file said to be empty (libxml2 would say
 * "Extra content at the end of the document"). */
static dg_err check_file(const char *path, dg_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return dg_error_set(err, DG_EIO, "%s: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    return dg_error_set(err, DG_EIO, "%s: %s", path, strerror(EISDIR));
  }
  char head[4096];
  size_t got = fread(head, 1, sizeof head, f), blank = 0;
  int short_file = got < sizeof head && !ferror(f);
  fclose(f);
  while (blank < got && is_space(head[blank])) blank++;
  if (short_file && blank == got)
    return dg_error_set(err, DG_EINPUT, "%s:1: not a GraphML file: the file is empty", path);
  return DG_OK;
}

static void reader_destroy(reader *c) {
  for (int i = 0; i < MAXF; i++) dg_buf_destroy(&c->val[i]);
  dg_buf_destroy(&c->ent);
  dg_hmap_destroy(&c->keymap);
  dg_hmap_destroy(&c->nodes);
  dg_hmap_destroy(&c->entities);
  free(c->ents.v);
  free(c->types.v);
  dg_hmap_destroy(&c->ties);
  free(c->keys.v);
  free(c->pending.v);
  dg_arena_destroy(&c->arena);
}

dg_err dg_read_graphml(dg_graph *g, const char *path, dg_error *err) {
  if (!g || !path) return dg_error_set(err, DG_EUSAGE, "dg_read_graphml: no graph or no path");
  dg_err r = check_file(path, err);
  if (r != DG_OK) return r;
  reader c;
  memset(&c, 0, sizeof c);
  c.path = path;
  c.g = g;
  c.err = err;
  dg_hmap_init(&c.keymap);
  dg_hmap_init(&c.nodes);
  dg_hmap_init(&c.entities);
  dg_hmap_init(&c.ties);
  dg_arena_init(&c.arena);
  for (int i = 0; i < MAXF; i++) dg_buf_init(&c.val[i]);
  dg_buf_init(&c.ent);
  /* no XML_PARSE_NOENT, DTDLOAD, DTDATTR or XINCLUDE: nothing expanded, nothing fetched */
  c.r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  if (!c.r) {
    dg_error_set(err, DG_EIO, "%s: cannot open for reading as XML", path);
    c.rc = DG_EIO;
  } else {
    xmlTextReaderSetStructuredErrorHandler(c.r, on_xml_error, &c);
    read_document(&c);
    xmlFreeTextReader(c.r);
  }
  reader_destroy(&c);
  return c.rc;
}
