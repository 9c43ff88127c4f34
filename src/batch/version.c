/* Versions (see docgraph/version.h): the libraries' own version calls where they have one,
 * so the answer is the library loaded, not the one built against. */
#include "docgraph/version.h"

#include <graphviz/graphviz_version.h>
#include <igraph.h>
#include <libxml/parser.h>
#include <mecab.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef DG_VERSION
#define DG_VERSION "unknown"
#endif

const char *dg_version(void) { return DG_VERSION; }

char *dg_library_versions(char *buf, size_t n) {
  const char *ig = NULL;
  igraph_version(&ig, NULL, NULL, NULL);
  long x = strtol(xmlParserVersion, NULL, 10); /* 20914: 2.9.14 */
  snprintf(buf, n, "MeCab %s, igraph %s, Graphviz %s, libxml2 %ld.%ld.%ld", mecab_version(),
           ig ? ig : "?", PACKAGE_VERSION, x / 10000, x / 100 % 100, x % 100);
  return buf;
}
