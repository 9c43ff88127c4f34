/* The GraphML reader (docgraph render GRAPH.graphml): a file of any bytes read into a
 * graph and, when it reads, the graph built (igraph metrics under the guard). */
#include "docgraph/graph.h"
#include "docgraph/graphml_read.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fz_scratch(data, size, ".graphml");
  dg_graph *g;
  dg_error err = {0};
  if (dg_graph_new(&g, &err) != DG_OK) return 0;
  dg_err r = dg_read_graphml(g, path, &err);
  fz_check_error(r, &err);
  dg_graph_free(g);
  return 0;
}
