/* The skeleton GraphML and GEXF share: an XML writer on the caller's stream
 * (output/xml_writer.h: libxml2's xmlTextWriter's bytes, indented by two spaces, UTF-8),
 * the root element with its namespaces, then every vertex and every edge of the built
 * graph through the format's own element writers, each looping over the attribute tables
 * (graph/attrs.h). Invariant: text is cleaned of the control characters XML 1.0 cannot
 * carry as it is written, so a stray byte never breaks a file; numbers are written as
 * dg_number_text writes them. */
#ifndef DG_OUTPUT_XML_OUT_H
#define DG_OUTPUT_XML_OUT_H

#include <stdio.h>

#include "docgraph/write.h"
#include "graph/attrs.h"
#include "output/xml_writer.h"

#define DG_XML_KEYS 40 /* attribute rows whose names a format keeps made */

typedef struct xml_out {
  dg_xw *w;
  const dg_graph *g;
  dg_write_opts opts;
  char num[64];   /* the last number */
  dg_attr_row row; /* the element last written (its strings read back in its buffer) */
  char keys[DG_XML_KEYS][64]; /* a format's names of the attributes by table row, made
                                 when first written ("" before) */
  int at;          /* whether `row` is on an element yet */
} xml_out;

/* A format: its name for messages, what comes before the vertices, the element wrapping
 * the vertices and the one wrapping the edges (NULL: none), and one vertex's and one
 * edge's element. */
typedef struct xml_format {
  const char *name;
  void (*head)(xml_out *o);
  const char *nodes, *edges;
  void (*node)(xml_out *o, size_t i);
  void (*edge)(xml_out *o, size_t i);
} xml_format;

/* Write g in format fm under opts (NULL: defaults) to f; DG_EIO when the stream fails. */
dg_err dg_xml_write(const dg_graph *g, const dg_write_opts *opts, FILE *f, const xml_format *fm,
                    dg_error *err);

/* Attribute a of element i as XML text: strings, true/false, numbers. */
const char *dg_xml_value(xml_out *o, const dg_attr *a, size_t i);
/* A number as XML text (in o->num). */
const char *dg_xml_number(xml_out *o, double v);
/* The root element `name` with xmlns `ns`, the XML Schema instance namespace and
 * xsi:schemaLocation `schema`. */
void dg_xml_root(xml_out *o, const char *name, const char *ns, const char *schema);
/* Write attribute name="value" on the open element. */
void dg_xml_attr(xml_out *o, const char *name, const char *value);
/* An edge element's id (e0, e1, ...; e0r for the reverse arc), source and target (swapped
 * when `reverse`). */
void dg_xml_edge_ends(xml_out *o, size_t i, int reverse);
/* Edge i of the built graph, made once for all its attributes (valid until another
 * element is written). */
const dg_edge *dg_xml_edge(xml_out *o, size_t i);
/* Whether edge i is a co-occurrence written as two arcs (not under opts.mixed). */
int dg_xml_reciprocal(xml_out *o, size_t i);

/* What a format does with one attribute it writes as data: declare it (in the head) or
 * write its value for element i; n numbers the attributes so written, from 0. */
typedef void xml_attr_fn(xml_out *o, const dg_attr *a, int n, size_t i);
/* fn for each attribute of `of` with is_data(a), in table order. */
void dg_xml_each(xml_out *o, dg_attr_of of, int (*is_data)(const dg_attr *), xml_attr_fn *fn,
                 size_t i);

#endif
