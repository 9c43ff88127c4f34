/* The one answer to "does this name denote this entity?", for every place a user names an
 * entity (--focus, `docgraph evidence`, the report's search): by its id, by its Japanese or
 * English label (ASCII case ignored), or by its id without the type (jasmine for
 * program:jasmine, jpn for country:JPN). Dictionary aliases are the dictionary's business
 * (dg_dict_resolve), which turns an alias into an id before this is asked. */
#ifndef DOCGRAPH_ENTITY_NAME_H
#define DOCGRAPH_ENTITY_NAME_H

/* How a name denotes an entity, best first; 0 when it does not. */
typedef enum dg_name_match {
  DG_NAME_NONE = 0,
  DG_NAME_SHORT_ID, /* jasmine for program:jasmine, ASCII case ignored */
  DG_NAME_LABEL,    /* its label or English label, ASCII case ignored */
  DG_NAME_ID        /* its id, exactly */
} dg_name_match;

/* How `name` denotes the entity with this id and labels (either label may be NULL or ""). */
dg_name_match dg_entity_name_match(const char *id, const char *label, const char *label_en,
                                   const char *name);

#endif
