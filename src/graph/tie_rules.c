/* The rules that made each tie, interned (see graph/graph_int.h): a tie holds a 16-bit
 * index into g->rules, the table of distinct "|"-joined rule lists ("units",
 * "held_in|amounts"), each stored once. A corpus of 20,000 documents has 1.4 million ties
 * but a few dozen distinct lists: a joined string per tie cost 16 bytes of arena or more.
 * Invariant: g->rules.v[0] is "" (no rule), every other entry is distinct and non-empty,
 * there are at most DG_TIE_RULES_MAX besides it (one more is an error, as memory running
 * out), and rulemap maps each entry's text to its index. */
#include <stdlib.h>
#include <string.h>

#include "graph/graph_int.h"

const char *dg_graph_rule_text(const dg_graph *g, uint32_t rule) {
  return rule && rule < g->rules.n ? g->rules.v[rule] : "";
}

/* The index of the list `text` (n bytes), added when new; 0 when memory runs out or the
 * table is full (a tie holds a 16-bit index: DG_TIE_RULES_MAX lists). */
static uint32_t intern(dg_graph *g, const char *text, size_t n) {
  if (!g->rules.n && DG_PUSH(g->rules, "")) return 0;
  uint32_t *known = dg_hmap_get(&g->rulemap, text, n);
  if (known) return *known;
  if (g->rules.n > DG_TIE_RULES_MAX) return 0;
  uint32_t *slot;
  int r = dg_hmap_put(&g->rulemap, text, n, (uint32_t)g->rules.n, &slot);
  if (r <= 0) return r == 0 ? *slot : 0;
  const char *kept = dg_arena_strndup(&g->arena, text, n);
  if (!kept || DG_PUSH(g->rules, kept)) return 0;
  return (uint32_t)g->rules.n - 1;
}

int dg_graph_tie_rule(dg_graph *g, eacc *e, const char *rule) {
  if (!rule || !*rule) return 0;
  size_t n = strlen(rule);
  const char *old = dg_graph_rule_text(g, e->rule);
  for (const char *p = old; *p;) { /* already listed? */
    size_t l = strcspn(p, "|");
    if (l == n && !strncmp(p, rule, n)) return 0;
    p += l + (p[l] == '|');
  }
  size_t on = strlen(old), len = on + (on > 0) + n;
  char *joined = malloc(len + 1);
  if (!joined) return -1;
  memcpy(joined, old, on);
  if (on) joined[on] = '|';
  memcpy(joined + on + (on > 0), rule, n + 1);
  uint32_t k = intern(g, joined, len);
  free(joined);
  if (!k) return -1;
  e->rule = (uint16_t)k;
  return 0;
}
