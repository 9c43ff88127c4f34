/* Links from diagrams into the report page (see link.h). The report reads the fragment back,
 * so the encoding here and the decoding there must agree: %XX of every byte outside
 * [A-Za-z0-9-_.:]. */
#include "draw/link.h"

#include "draw/agraph.h"

/* Bytes a fragment value may carry as they are. */
static int url_safe(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

/* "place:Da Nang" -> "place:Da%20Nang"; "meeting:港湾" -> "meeting:%E6%B8%AF%E6%B9%BE". */
void dgr_url_id(dg_buf *b, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (url_safe(c)) {
      dg_buf_addc(b, (char)c);
    } else {
      dg_buf_addc(b, '%');
      dg_buf_addc(b, hex[c >> 4]);
      dg_buf_addc(b, hex[c & 15]);
    }
  }
}

/* report.html#node=country:JPN; report.html#edge=country:JPN,country:VNM */
const char *dgr_link(dg_buf *b, const char *page, const char *id, const char *id2) {
  dg_buf_printf(b, "%s#%s=", page, id2 ? "edge" : "node");
  dgr_url_id(b, id);
  if (id2) {
    dg_buf_addc(b, ',');
    dgr_url_id(b, id2);
  }
  return b->data;
}

/* The id and class let a page's script and style sheet find an entity's node in the SVG. */
void dgr_node_link(Agnode_t *n, const dg_vertex *v, const char *page, dg_buf *tmp) {
  dgr_set(n, "id", v->id);
  dgr_set(n, "class", dg_type_name(v->type));
  if (!page) return;
  dg_buf_clear(tmp);
  dgr_set(n, "URL", dgr_link(tmp, page, v->id, NULL));
}
