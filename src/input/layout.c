/* Laid-out text (see input/layout.h): raw and src written side by side, every src byte
 * mapped to the raw byte it shows or, for structure docgraph adds, to where raw stands. */
#include "input/layout.h"

#include <stdlib.h>
#include <string.h>

void dg_layout_init(dg_layout *l) {
  memset(l, 0, sizeof *l);
  dg_buf_init(&l->raw);
  dg_buf_init(&l->src);
}

void dg_layout_destroy(dg_layout *l) {
  dg_buf_destroy(&l->raw);
  dg_buf_destroy(&l->src);
  free(l->map.v);
  free(l->pages.v);
  memset(l, 0, sizeof *l);
}

/* n bytes into src, byte i mapped to raw offset at + i (exact) or at. */
static void to_src(dg_layout *l, const char *s, size_t n, uint32_t at, int exact) {
  if (dg_buf_add(&l->src, s, n)) l->oom = 1;
  for (size_t i = 0; i < n && !l->oom; i++)
    if (DG_PUSH(l->map, exact ? at + (uint32_t)i : at)) l->oom = 1;
}

void dg_layout_text(dg_layout *l, const char *s, size_t n) {
  uint32_t at = (uint32_t)l->raw.len;
  if (dg_buf_add(&l->raw, s, n)) l->oom = 1;
  to_src(l, s, n, at, 1);
}

void dg_layout_raw(dg_layout *l, const char *s, size_t n) {
  if (dg_buf_add(&l->raw, s, n)) l->oom = 1;
}

void dg_layout_mark(dg_layout *l, const char *s, size_t n) {
  to_src(l, s, n, (uint32_t)l->raw.len, 0);
}

void dg_layout_end_line(dg_layout *l) {
  if (dg_buf_addc(&l->raw, '\n') || DG_PUSH(l->pages, l->page)) l->oom = 1;
}

static int src_ends(const dg_layout *l, const char *tail) {
  size_t n = strlen(tail);
  return l->src.len >= n && memcmp(l->src.data + l->src.len - n, tail, n) == 0;
}

void dg_layout_line(dg_layout *l) {
  if (l->src.len && !src_ends(l, "\n")) dg_layout_mark(l, "\n", 1);
}

void dg_layout_block(dg_layout *l) {
  dg_layout_line(l);
  if (l->src.len && !src_ends(l, "\n\n")) dg_layout_mark(l, "\n", 1);
}

dg_err dg_layout_finish(dg_layout *l, dg_doc *d, dg_error *err) {
  dg_layout_line(l);
  /* the empty line after the last line break is a line too, on the last page */
  uint32_t last = l->pages.n ? l->pages.v[l->pages.n - 1] : l->page;
  if (DG_PUSH(l->pages, last) || DG_PUSH(l->map, (uint32_t)l->raw.len)) l->oom = 1;
  if (dg_buf_add(&l->raw, "", 0) || dg_buf_add(&l->src, "", 0)) l->oom = 1;
  if (l->oom) {
    dg_layout_destroy(l);
    return dg_error_set(err, DG_ENOMEM, "%s: out of memory while laying out the text", d->path);
  }
  free(d->raw);
  d->raw_len = l->raw.len;
  d->raw = dg_buf_steal(&l->raw);
  d->src_len = l->src.len;
  d->src = dg_buf_steal(&l->src);
  d->src_map = l->map.v;
  l->map.v = NULL;
  if (l->page) {
    d->line_pages = l->pages.v;
    d->npages = l->page;
    l->pages.v = NULL;
  }
  dg_layout_destroy(l);
  return DG_OK;
}
