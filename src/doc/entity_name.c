/* Naming entities (see docgraph/entity_name.h). */
#include "docgraph/entity_name.h"

#include <string.h>
#include <strings.h>

static int label_is(const char *label, const char *name) {
  return label && *label && !strcasecmp(label, name);
}

dg_name_match dg_entity_name_match(const char *id, const char *label, const char *label_en,
                                   const char *name) {
  if (!strcmp(id, name)) return DG_NAME_ID;
  if (label_is(label, name) || label_is(label_en, name)) return DG_NAME_LABEL;
  const char *colon = strchr(id, ':');
  if (colon && !strchr(name, ':') && !strcasecmp(colon + 1, name)) return DG_NAME_SHORT_ID;
  return DG_NAME_NONE;
}
