/* Values carried by docgraph's ids (see output/id_value.h): the inverse of how the
 * recognizers name amounts (amount:CUR:decimal[-decimal]) and dates (dg_when_iso, with FY
 * for fiscal years and / between the ends of a range). An id that does not parse leaves
 * the value (or its end) zero. */
#include "output/id_value.h"

#include <string.h>

static size_t two_digits(const char *s, int32_t *out) {
  if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return 0;
  *out = (s[0] - '0') * 10 + (s[1] - '0');
  return 2;
}

/* One ISO date as dg_when_iso writes it (2024-01-30, 2024-01, 2024, 2020s, --01-30):
 * year, month, day and precision; the bytes read, or 0. */
static size_t iso_date(const char *s, int32_t *y, int32_t *m, int32_t *d, uint8_t *prec) {
  size_t i = 0;
  *y = *m = *d = 0;
  if (s[0] == '-' && s[1] == '-') {
    i = 2;
  } else {
    for (; i < 4 && s[i] >= '0' && s[i] <= '9'; i++) *y = *y * 10 + (s[i] - '0');
    if (i != 4) return 0;
    *prec = DG_DATE_YEAR;
    if (s[i] == 's') {
      *prec = DG_DATE_DECADE;
      return i + 1;
    }
    if (s[i] != '-') return i;
    i++;
  }
  size_t k = two_digits(s + i, m);
  if (!k) return 0;
  i += k;
  *prec = DG_DATE_MONTH;
  if (s[i] == '-' && (k = two_digits(s + i + 1, d))) {
    i += 1 + k;
    *prec = DG_DATE_DAY;
  }
  return i;
}

/* amount:USD:1000000-2000000 */
static void amount_of_id(const char *s, dg_value *v) {
  const char *colon = strchr(s, ':');
  if (!colon || colon - s != 3) return;
  size_t k = dg_decimal_parse(colon + 1, &v->amount);
  if (!k) return;
  memcpy(v->currency, s, 3);
  if (colon[1 + k] == '-' && dg_decimal_parse(colon + 2 + k, &v->amount_max)) v->has_range = 1;
}

/* FY2025, 2023-10-27/2023-10-29 */
static void date_of_id(const char *s, dg_when *w) {
  if (!strncmp(s, "FY", 2)) w->fiscal = 1, s += 2;
  size_t k = iso_date(s, &w->year, &w->month, &w->day, &w->prec);
  if (!k) return;
  s += k;
  if (*s++ != '/') return;
  if (!strncmp(s, "FY", 2)) s += 2;
  uint8_t prec2;
  iso_date(s, &w->year2, &w->month2, &w->day2, &prec2);
}

void dg_value_of_id(const char *id, dg_type type, dg_value *v) {
  memset(v, 0, sizeof *v);
  if (type == DG_TYPE_AMOUNT && !strncmp(id, "amount:", 7)) amount_of_id(id + 7, v);
  else if (type == DG_TYPE_DATE && !strncmp(id, "date:", 5)) date_of_id(id + 5, &v->when);
}
