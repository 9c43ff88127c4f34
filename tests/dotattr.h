/* Reading DOT back in the render and views suites: the attributes of one object as
 * cgraph's agwrite writes them (`\t"id"\t[name=value,\n\t\tname=value];`), so a test can
 * assert on the exact value a diagram gives a node, a line or the graph. An attribute an
 * object does not set is looked up in the `node [...]` or `edge [...]` defaults. Header-only
 * (static inline), so no build file names it. */
#ifndef DG_TEST_DOTATTR_H
#define DG_TEST_DOTATTR_H

#include <stdio.h>
#include <string.h>

/* The '[' opening the attribute list of `object` written on a line of its own: a node
 * ("country:JPN"), a line ("\"a\" -- \"b\"", as written, quotes included), or "graph",
 * "node", "edge" for the first such list. NULL when the object is not written with
 * attributes. */
static inline const char *dot_list(const char *dot, const char *object) {
  char head[512];
  int plain = !strcmp(object, "graph") || !strcmp(object, "node") || !strcmp(object, "edge");
  if (plain) snprintf(head, sizeof head, "\t%s [", object);
  else if (strstr(object, " -- ") || strstr(object, " -> "))
    snprintf(head, sizeof head, "\t%s\t[", object);
  else snprintf(head, sizeof head, "\t\"%s\"\t[", object);
  const char *p = strstr(dot, head);
  return p ? p + strlen(head) - 1 : NULL;
}

/* Copy the value at v (quoted, <HTML>, or a bare word) into buf; returns the end of it. */
static inline const char *dot_value(const char *v, char *buf, size_t n) {
  size_t o = 0;
  if (*v == '"') {
    for (v++; *v && *v != '"'; v++) {
      if (*v == '\\' && v[1] == '"') v++;
      if (o + 1 < n) buf[o++] = *v;
    }
    v += *v == '"';
  } else if (*v == '<') {
    int depth = 0;
    for (v++; *v && (*v != '>' || depth); v++) {
      depth += *v == '<' ? 1 : *v == '>' ? -1 : 0;
      if (o + 1 < n) buf[o++] = *v;
    }
    v += *v == '>';
  } else {
    for (; *v && *v != ',' && *v != ']' && *v != '\n'; v++)
      if (o + 1 < n) buf[o++] = *v;
  }
  buf[o] = '\0';
  return v;
}

/* The value of `name` in the list opening at `list` into buf, or NULL. */
static inline const char *dot_list_attr(const char *list, const char *name, char *buf, size_t n) {
  const char *p = list + 1;
  size_t len = strlen(name);
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == ',') p++;
    if (!*p || *p == ']') return NULL;
    const char *eq = strchr(p, '=');
    if (!eq) return NULL;
    int match = (size_t)(eq - p) == len && !strncmp(p, name, len);
    p = dot_value(eq + 1, buf, n);
    if (match) return buf;
  }
}

/* The value `object` (see dot_list) has for `name`, its own or the default for its kind;
 * NULL when it has none or is not written. */
static inline const char *dot_attr(const char *dot, const char *object, const char *name, char *buf,
                                   size_t n) {
  const char *list = dot_list(dot, object);
  if (!list) return NULL;
  if (dot_list_attr(list, name, buf, n)) return buf;
  if (!strcmp(object, "graph")) return NULL;
  int line = strstr(object, " -- ") || strstr(object, " -> ");
  const char *defaults = dot_list(dot, line ? "edge" : "node");
  return defaults ? dot_list_attr(defaults, name, buf, n) : NULL;
}

/* The text of `subgraph NAME { ... }` (up to its closing brace) into buf, or NULL. */
static inline const char *dot_subgraph(const char *dot, const char *name, char *buf, size_t n) {
  char head[256];
  snprintf(head, sizeof head, "subgraph %s {", name);
  const char *p = strstr(dot, head);
  if (!p) return NULL;
  const char *end = strstr(p, "\n\t}");
  size_t len = end ? (size_t)(end - p) : strlen(p);
  if (len >= n) len = n - 1;
  memcpy(buf, p, len);
  buf[len] = '\0';
  return buf;
}

#endif
