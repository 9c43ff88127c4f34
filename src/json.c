/* JSON output helpers (see docgraph/write.h). Strings are escaped per RFC 8259; invalid
 * UTF-8 never reaches the output. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "docgraph/write.h"
#include "utf8.h"

void dg_json_string(FILE *f, const char *s, size_t n) {
  putc('"', f);
  const char *e = s + n;
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      switch (c) {
      case '"': fputs("\\\"", f); break;
      case '\\': fputs("\\\\", f); break;
      case '\n': fputs("\\n", f); break;
      case '\r': fputs("\\r", f); break;
      case '\t': fputs("\\t", f); break;
      default:
        if (c < 0x20 || c == 0x7F) fprintf(f, "\\u%04x", c);
        else putc(c, f);
      }
      i++;
      continue;
    }
    uint32_t cp;
    int l = dg_utf8_decode(s + i, e, &cp);
    if (l == 0) {
      fputs("\xEF\xBF\xBD", f);
      i++;
      continue;
    }
    if (cp == 0x2028 || cp == 0x2029) fprintf(f, "\\u%04x", cp); /* safe for JavaScript */
    else fwrite(s + i, 1, (size_t)l, f);
    i += (size_t)l;
  }
  putc('"', f);
}

void dg_json_number(FILE *f, double v) {
  if (!isfinite(v)) {
    fputs("null", f);
    return;
  }
  if (v == floor(v) && fabs(v) < 1e15) fprintf(f, "%.0f", v);
  else fprintf(f, "%.10g", v);
}
