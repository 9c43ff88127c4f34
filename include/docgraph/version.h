/* What docgraph is: its version, and the versions of the libraries it runs on, as
 * `docgraph --version` prints them and bug reports need them. */
#ifndef DOCGRAPH_VERSION_H
#define DOCGRAPH_VERSION_H

#include <stddef.h>

/* docgraph's version: "0.1.0". */
const char *dg_version(void);
/* A hash of the sources this library was built from (16 hex digits; cmake/SourceId.cmake):
 * builds of the same sources agree, builds of other code under the same version do not. */
const char *dg_source_id(void);
/* The version and the source id as semantic versioning's build metadata:
 * "0.1.0+src.0123456789abcdef". What the corpus store is made under. */
const char *dg_build_version(void);
/* The libraries as loaded (Graphviz as built against): "MeCab 0.996, igraph 0.10.4,
 * Graphviz 2.43.0, libxml2 2.9.14", into buf. */
char *dg_library_versions(char *buf, size_t n);

#endif
