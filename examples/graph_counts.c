/* A small program on the installed libdocgraph: read documents, build their graph, print
 * how many entities and ties it has and where it comes from, and write it as GraphML.
 *
 *   cc graph_counts.c $(pkg-config --cflags --libs docgraph) -o graph_counts
 *   ./graph_counts reports/ > graph.graphml
 */
#include <stdio.h>

#include <docgraph/job.h>
#include <docgraph/write.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s PATH... > graph.graphml\n", argv[0]);
    return 64;
  }
  dg_error err = {0};
  dg_pipeline_opts po = {0}; /* the installed dictionaries, sentence co-occurrence */
  dg_pipeline *p = NULL;
  dg_graph *g = NULL;
  dg_job_input in = {.paths = (const char *const *)argv + 1, .npaths = (size_t)argc - 1,
                     .threads = 2};
  dg_job_counts counts = {0};
  dg_err r = dg_job_pipeline(&p, &po, NULL, &err);
  if (r == DG_OK) r = dg_job_graph(p, &in, 0, &g, &counts, &err);
  dg_graph_filter all = {0};
  if (r == DG_OK) r = dg_graph_build(g, &all, &err);
  if (r == DG_OK) {
    dg_provenance prov;
    dg_graph_provenance(g, &prov);
    fprintf(stderr, "%zu documents, %zu entities, %zu ties (docgraph %s, dictionaries %s)\n",
            counts.ok, dg_graph_vertex_count(g), dg_graph_edge_count(g), prov.version,
            prov.dicts);
    r = dg_write_graphml(g, stdout, &err);
  }
  if (r != DG_OK) fprintf(stderr, "graph_counts: %s\n", err.msg);
  dg_graph_free(g);
  dg_pipeline_close(p);
  return r == DG_OK ? 0 : 1;
}
