/* A streaming XML writer for the graph formats: elements, attributes and text written
 * straight into a buffer flushed to the caller's stream. Invariant: its bytes are those of
 * libxml2's xmlTextWriter with two-space indentation and a UTF-8 declaration (the golden
 * files and tests/test_xml_writer.c hold it to that), with the control characters XML 1.0
 * cannot carry turned into spaces first; it is only faster, with no tree, no encoder pass
 * and one table lookup a byte. No mixed content: an element holds text or elements. */
#ifndef DG_OUTPUT_XML_WRITER_H
#define DG_OUTPUT_XML_WRITER_H

#include <stddef.h>
#include <stdio.h>

#define DG_XW_DEPTH 32  /* elements open at once */
#define DG_XW_BUF 65536 /* bytes between flushes */

typedef struct dg_xw {
  FILE *f;
  const char *open[DG_XW_DEPTH]; /* the names of the open elements */
  int depth;
  int in_tag;   /* the innermost start tag still open (no '>' yet) */
  int has_text; /* the innermost element holds text */
  size_t flushes; /* times the buffer went to the stream */
  size_t len;
  char buf[DG_XW_BUF];
} dg_xw;

/* Where the writer was, so that what it writes after can be written again as it is (an
 * element's children that two elements share: the two arcs of a co-occurrence). */
typedef struct dg_xw_mark {
  size_t at, flushes;             /* the bytes from buf[at] while no flush came between */
  int depth, in_tag, has_text;    /* the state there */
  size_t end;                     /* dg_xw_span: the bytes end at buf[end], */
  int end_depth, end_in_tag, end_has_text; /* and the state after them */
} dg_xw_mark;

/* Start writing to f: the XML declaration. */
void dg_xw_begin(dg_xw *w, FILE *f);
/* <name ... (the name must outlive the element: a literal). */
void dg_xw_start(dg_xw *w, const char *name);
/* name="value" on the open start tag, value escaped as libxml2 escapes attributes. */
void dg_xw_attr(dg_xw *w, const char *name, const char *value);
/* Text inside the innermost element, escaped as libxml2 escapes text. */
void dg_xw_text(dg_xw *w, const char *s);
/* The innermost element closed: "/>" when empty. */
void dg_xw_end(dg_xw *w);
/* A mark here (the buffer flushed first when it is more than half full, so what follows
 * usually stays in it). */
dg_xw_mark dg_xw_mark_here(dg_xw *w);
/* What was written since mark m ends here: m records where and the state. */
void dg_xw_span(dg_xw *w, dg_xw_mark *m);
/* The bytes of span m written again, when the writer is in the state it was in at m's
 * start; the state after them is the state at its end. 0, or -1 when they are no longer
 * in the buffer or the state differs: nothing is written, the caller writes them itself. */
int dg_xw_repeat(dg_xw *w, const dg_xw_mark *m);
/* Every element closed and the buffer flushed; -1 when the stream has failed. */
int dg_xw_finish(dg_xw *w);

#endif
