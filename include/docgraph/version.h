/* What docgraph is: its version, and the versions of the libraries it runs on, as
 * `docgraph --version` prints them and bug reports need them. */
#ifndef DOCGRAPH_VERSION_H
#define DOCGRAPH_VERSION_H

#include <stddef.h>

/* docgraph's version: "0.1.0". */
const char *dg_version(void);
/* The libraries as loaded (Graphviz as built against): "MeCab 0.996, igraph 0.10.4,
 * Graphviz 2.43.0, libxml2 2.9.14", into buf. */
char *dg_library_versions(char *buf, size_t n);

#endif
