/* Rule word lists: the data the recognizers decide with, loaded from dicts/rules/.
 * Currencies, scale words, qualifiers, era names, month names, abbreviations that do not
 * end a sentence, head words, titles, trigger words and the other lists of the rules. Each
 * file is a TSV with a header row; its columns are documented in dicts/rules/README.md.
 * Words are normalized like document text, so a list may be written with full-width
 * characters. Lists from several directories are merged; nothing here is compiled into
 * the code. The lists themselves are the library's business (src/lex/rules_lists.h). */
#ifndef DOCGRAPH_RULES_H
#define DOCGRAPH_RULES_H

#include <stddef.h>

#include "docgraph/error.h"

typedef struct dg_rules dg_rules;

/* Load rules from DIR/rules/ for each directory in order (later ones add to earlier).
 * Problems are reported as file:line in `problems`; returns DG_EDICT when there were any. */
dg_err dg_rules_load(dg_rules **out, const char *const *dirs, size_t ndirs, dg_diags *problems,
                     dg_error *err);
void dg_rules_free(dg_rules *r);

/* Is w[0..n) (with its final '.') an abbreviation such as "Mr." or "No."? */
int dg_rules_is_abbreviation(const dg_rules *r, const char *w, size_t n);

#endif
