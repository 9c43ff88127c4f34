/* The streaming XML writer (see output/xml_writer.h). A mask says which bytes below 64
 * attributes and text escape (and DEL in both); every other byte is copied. */
#include "output/xml_writer.h"

#include <stdint.h>
#include <string.h>

#include "base/swar.h"

/* What a byte becomes when it is escaped: in an attribute value libxml2's
 * xmlBufAttrSerializeTxtContent (tab, newline and return as character references), in
 * text its xmlEncodeSpecialChars (the same but tab and newline, which text keeps: its mask
 * below never sends them here); the control characters XML 1.0 forbids as spaces. */
static const char *entity(unsigned char c) {
  switch (c) {
  case '\t': return "&#9;";
  case '\n': return "&#10;";
  case '\r': return "&#13;";
  case '"': return "&quot;";
  case '<': return "&lt;";
  case '>': return "&gt;";
  case '&': return "&amp;";
  default: return " ";
  }
}

static void flush(dg_xw *w) {
  if (w->len) fwrite(w->buf, 1, w->len, w->f);
  w->len = 0;
  w->flushes++;
}

static void put(dg_xw *w, const char *s, size_t n) {
  if (w->len + n > sizeof w->buf) {
    flush(w);
    if (n > sizeof w->buf) {
      fwrite(s, 1, n, w->f);
      return;
    }
  }
  memcpy(w->buf + w->len, s, n);
  w->len += n;
}

static void puts_(dg_xw *w, const char *s) { put(w, s, strlen(s)); }

/* The bytes below 64 escaped in attributes and in text. */
#define SPECIALS ((1ULL << '"') | (1ULL << '&') | (1ULL << '<') | (1ULL << '>'))
#define ATTR_MASK (0xFFFFFFFFULL | SPECIALS)
#define TEXT_MASK ((0xFFFFFFFFULL & ~((1ULL << '\t') | (1ULL << '\n'))) | SPECIALS)

/* Whether the 8 bytes at p may hold a byte either mask escapes: a control character, one
 * of " & < >, or DEL. Most words of text hold none and are copied whole. */
static int may_escape(const char *p) {
  uint64_t x = dg_swar_load(p);
  return DG_SWAR_HAS_CONTROL(x) || DG_SWAR_HAS(x, '"') || DG_SWAR_HAS(x, '&') ||
         DG_SWAR_HAS(x, '<') || DG_SWAR_HAS(x, '>') || DG_SWAR_HAS(x, 0x7F);
}

/* s with each byte of mask (or DEL) replaced by its entity. */
static void escaped(dg_xw *w, const char *s, unsigned long long mask) {
  const char *run = s, *end = s + strlen(s);
  while (s < end) {
    if (end - s >= 8 && !may_escape(s)) {
      s += 8;
      continue;
    }
    const char *stop = end - s >= 8 ? s + 8 : end;
    for (; s < stop; s++) {
      unsigned char c = (unsigned char)*s;
      if (c < 64 ? !(mask >> c & 1) : c != 0x7F) continue;
      put(w, run, (size_t)(s - run));
      puts_(w, entity(c));
      run = s + 1;
    }
  }
  put(w, run, (size_t)(end - run));
}

static void indent(dg_xw *w, int depth) {
  for (int i = 0; i < depth; i++) put(w, "  ", 2);
}

/* The open start tag closed with '>'. */
static void close_tag(dg_xw *w) {
  if (!w->in_tag) return;
  put(w, ">", 1);
  w->in_tag = 0;
}

void dg_xw_begin(dg_xw *w, FILE *f) {
  w->f = f;
  w->depth = w->in_tag = w->has_text = 0;
  w->len = w->flushes = 0;
  puts_(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

void dg_xw_start(dg_xw *w, const char *name) {
  if (w->in_tag) put(w, ">\n", 2);
  w->in_tag = 0;
  indent(w, w->depth);
  put(w, "<", 1);
  puts_(w, name);
  if (w->depth < DG_XW_DEPTH) w->open[w->depth] = name;
  w->depth++;
  w->in_tag = 1;
  w->has_text = 0;
}

void dg_xw_attr(dg_xw *w, const char *name, const char *value) {
  put(w, " ", 1);
  puts_(w, name);
  put(w, "=\"", 2);
  escaped(w, value ? value : "", ATTR_MASK);
  put(w, "\"", 1);
}

void dg_xw_text(dg_xw *w, const char *s) {
  close_tag(w);
  w->has_text = 1;
  escaped(w, s ? s : "", TEXT_MASK);
}

void dg_xw_end(dg_xw *w) {
  if (w->depth <= 0) return;
  w->depth--;
  if (w->in_tag) put(w, "/>\n", 3);
  else {
    if (!w->has_text) indent(w, w->depth);
    put(w, "</", 2);
    puts_(w, w->depth < DG_XW_DEPTH ? w->open[w->depth] : "");
    put(w, ">\n", 2);
  }
  w->in_tag = w->has_text = 0;
}

dg_xw_mark dg_xw_mark_here(dg_xw *w) {
  if (w->len > sizeof w->buf / 2) flush(w);
  return (dg_xw_mark){.at = w->len, .flushes = w->flushes, .depth = w->depth,
                      .in_tag = w->in_tag, .has_text = w->has_text};
}

void dg_xw_span(dg_xw *w, dg_xw_mark *m) {
  m->end = w->len;
  m->end_depth = w->depth;
  m->end_in_tag = w->in_tag;
  m->end_has_text = w->has_text;
}

int dg_xw_repeat(dg_xw *w, const dg_xw_mark *m) {
  if (w->flushes != m->flushes || m->end < m->at || w->depth != m->depth ||
      w->in_tag != m->in_tag || w->has_text != m->has_text)
    return -1;
  size_t n = m->end - m->at;
  if (w->len + n > sizeof w->buf) flush(w); /* the span stays in buf, now free space */
  memmove(w->buf + w->len, w->buf + m->at, n);
  w->len += n;
  w->depth = m->end_depth;
  w->in_tag = m->end_in_tag;
  w->has_text = m->end_has_text;
  return 0;
}

int dg_xw_finish(dg_xw *w) {
  while (w->depth > 0) dg_xw_end(w);
  flush(w);
  return ferror(w->f) ? -1 : 0;
}
