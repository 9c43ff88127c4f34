/* The ASCII letters a Latin letter with marks stands on, for ids written one way whatever
 * the marks (Hélène and Helene, Communiqué and Communique make one id).
 * Invariant: only letters of Latin-1, Latin Extended-A and -B and Latin Extended
 * Additional (Vietnamese) have a base; it is one or two lower-case ASCII letters
 * (é -> "e", Đ -> "d", ß -> "ss"); anything else has none. */
#ifndef DG_BASE_LATIN_H
#define DG_BASE_LATIN_H

#include <stdint.h>

/* The base of code point cp, or NULL when it has none. */
const char *dg_latin_base(uint32_t cp);
/* Is cp an upper-case letter with a base (É, Đ, Ồ)? */
int dg_latin_upper(uint32_t cp);

#endif
