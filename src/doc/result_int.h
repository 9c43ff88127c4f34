/* The memory a dg_result owns (see docgraph/result.h): an arena for its arrays and
 * strings, and its warnings. Only the result's makers (doc/result.c, the store's reader)
 * include this. */
#ifndef DG_RESULT_INT_H
#define DG_RESULT_INT_H

#include "base/arena.h"
#include "docgraph/result.h"

typedef struct dg_result_own {
  dg_arena arena;
  dg_diags warnings;
} dg_result_own;

/* r emptied and given memory of its own (r->own, r->warnings); NULL when out of memory. */
dg_result_own *dg_result_own_new(dg_result *r);

#endif
