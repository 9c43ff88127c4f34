/* Exports and atomic output files (see docgraph/write.h). */
#include "docgraph/write.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "utf8.h"

dg_err dg_outfile_open(dg_outfile *o, const char *path, dg_error *err) {
  memset(o, 0, sizeof *o);
  if (strcmp(path, "-") == 0) {
    o->f = stdout;
    return DG_OK;
  }
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    /* a device or a pipe (/dev/null, /dev/stdout, a FIFO): written in place, never
     * replaced by a rename */
    o->f = fopen(path, "w");
    if (!o->f) return dg_error_set(err, DG_EIO, "%s: cannot open for writing: %s", path, strerror(errno));
    o->path = strdup(path);
    if (!o->path) {
      fclose(o->f);
      o->f = NULL;
      return dg_error_set(err, DG_ENOMEM, "out of memory");
    }
    return DG_OK;
  }
  /* through a symbolic link: the file it points at is replaced, the link stays */
  char *real = NULL;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) real = realpath(path, NULL);
  o->path = real ? real : strdup(path);
  path = o->path;
  size_t n = strlen(path) + 16;
  o->tmp = malloc(n);
  if (!o->path || !o->tmp) {
    free(o->path);
    free(o->tmp);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  /* A hidden temporary next to the target, so rename() stays on one file system. */
  const char *slash = strrchr(path, '/');
  if (slash)
    snprintf(o->tmp, n, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
  else
    snprintf(o->tmp, n, ".%s.XXXXXX", path);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    int e = errno;
    dg_error_set(err, DG_EIO, "%s: cannot create: %s", path, strerror(e));
    free(o->path);
    free(o->tmp);
    memset(o, 0, sizeof *o);
    return DG_EIO;
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    close(fd);
    unlink(o->tmp);
    free(o->path);
    free(o->tmp);
    memset(o, 0, sizeof *o);
    return dg_error_set(err, DG_EIO, "%s: cannot open for writing", path);
  }
  return DG_OK;
}

dg_err dg_outfile_commit(dg_outfile *o, dg_error *err) {
  if (!o->path) {
    int bad = fflush(o->f) != 0 || ferror(o->f);
    o->f = NULL;
    return bad ? dg_error_set(err, DG_EIO, "-: write error") : DG_OK;
  }
  int bad = fflush(o->f) != 0 || ferror(o->f);
  if (!o->tmp) { /* written in place */
    int e = errno;
    if (fclose(o->f) != 0) bad = 1;
    o->f = NULL;
    dg_err r = bad ? dg_error_set(err, DG_EIO, "%s: write error: %s", o->path, strerror(e)) : DG_OK;
    free(o->path);
    o->path = NULL;
    return r;
  }
  /* mkstemp creates 0600 files; outputs are ordinary files. */
  if (!bad) bad = fchmod(fileno(o->f), 0644) != 0;
  int e = errno;
  if (fclose(o->f) != 0) bad = 1;
  o->f = NULL;
  dg_err r = DG_OK;
  if (bad) {
    unlink(o->tmp);
    r = dg_error_set(err, DG_EIO, "%s: write error: %s", o->path, strerror(e));
  } else if (rename(o->tmp, o->path) != 0) {
    e = errno;
    unlink(o->tmp);
    r = dg_error_set(err, DG_EIO, "%s: cannot rename into place: %s", o->path, strerror(e));
  }
  free(o->path);
  free(o->tmp);
  o->path = o->tmp = NULL;
  return r;
}

void dg_outfile_abort(dg_outfile *o) {
  if (o->path) {
    if (o->f) fclose(o->f);
    if (o->tmp) unlink(o->tmp);
  }
  free(o->path);
  free(o->tmp);
  memset(o, 0, sizeof *o);
}

static dg_err check(FILE *f, dg_error *err, const char *what) {
  if (ferror(f)) return dg_error_set(err, DG_EIO, "write error in %s", what);
  return DG_OK;
}

static void json_key_str(FILE *f, const char *k, const char *v) {
  dg_json_string(f, k, strlen(k));
  putc(':', f);
  dg_json_string(f, v, strlen(v));
}

static void json_key_num(FILE *f, const char *k, double v) {
  dg_json_string(f, k, strlen(k));
  putc(':', f);
  dg_json_number(f, v);
}

dg_err dg_write_json(const dg_graph *g, FILE *f, dg_error *err) {
  size_t nv = dg_graph_vertex_count(g), ne = dg_graph_edge_count(g);
  fputs("{\"directed\":false,\"multigraph\":true,\"graph\":{\"name\":\"docgraph\",", f);
  json_key_num(f, "documents", (double)dg_graph_document_count(g));
  fputs("},\n\"nodes\":[\n", f);
  for (size_t i = 0; i < nv; i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    putc('{', f);
    json_key_str(f, "id", v->id);
    putc(',', f);
    json_key_str(f, "type", dg_type_name(v->type));
    putc(',', f);
    json_key_str(f, "label", v->label);
    putc(',', f);
    json_key_str(f, "label_en", v->label_en);
    putc(',', f);
    json_key_num(f, "mentions", v->mentions);
    putc(',', f);
    json_key_num(f, "documents", v->documents);
    putc(',', f);
    json_key_num(f, "degree", v->degree);
    putc(',', f);
    json_key_num(f, "strength", v->strength);
    putc(',', f);
    json_key_num(f, "pagerank", v->pagerank);
    putc(',', f);
    json_key_num(f, "betweenness", v->betweenness);
    putc(',', f);
    json_key_num(f, "community", v->community);
    fputs(i + 1 < nv ? "},\n" : "}\n", f);
  }
  fputs("],\n\"links\":[\n", f);
  for (size_t i = 0; i < ne; i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    putc('{', f);
    json_key_str(f, "source", dg_graph_vertex(g, e->source)->id);
    putc(',', f);
    json_key_str(f, "target", dg_graph_vertex(g, e->target)->id);
    putc(',', f);
    json_key_str(f, "key", dg_rel_kind_name(e->kind));
    putc(',', f);
    json_key_str(f, "kind", dg_rel_kind_name(e->kind));
    fputs(dg_rel_kind_directed(e->kind) ? ",\"directed\":true," : ",\"directed\":false,", f);
    json_key_num(f, "weight", e->weight);
    putc(',', f);
    json_key_num(f, "jaccard", e->jaccard);
    putc(',', f);
    json_key_num(f, "documents", e->documents);
    putc(',', f);
    json_key_num(f, "evidence_count", e->evidence_count);
    putc(',', f);
    json_key_str(f, "evidence", e->evidence);
    putc(',', f);
    json_key_str(f, "evidence_text", e->evidence_text ? e->evidence_text : "");
    fputs(i + 1 < ne ? "},\n" : "}\n", f);
  }
  fputs("]}\n", f);
  return check(f, err, "JSON");
}

/* RFC 4180: quote a field when it has a comma, quote, CR or LF; double inner quotes. */
static void csv_field(FILE *f, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, f);
    return;
  }
  putc('"', f);
  for (; *s; s++) {
    if (*s == '"') putc('"', f);
    putc(*s, f);
  }
  putc('"', f);
}

static void csv_num(FILE *f, double v) { dg_json_number(f, v); }

dg_err dg_write_csv_nodes(const dg_graph *g, FILE *f, dg_error *err) {
  fputs("Id,Label,type,label_en,mentions,documents,degree,strength,pagerank,betweenness,"
        "community\r\n",
        f);
  for (size_t i = 0; i < dg_graph_vertex_count(g); i++) {
    const dg_vertex *v = dg_graph_vertex(g, i);
    csv_field(f, v->id);
    putc(',', f);
    csv_field(f, v->label);
    putc(',', f);
    csv_field(f, dg_type_name(v->type));
    putc(',', f);
    csv_field(f, v->label_en);
    putc(',', f);
    csv_num(f, v->mentions);
    putc(',', f);
    csv_num(f, v->documents);
    putc(',', f);
    csv_num(f, v->degree);
    putc(',', f);
    csv_num(f, v->strength);
    putc(',', f);
    csv_num(f, v->pagerank);
    putc(',', f);
    csv_num(f, v->betweenness);
    putc(',', f);
    csv_num(f, v->community);
    fputs("\r\n", f);
  }
  return check(f, err, "CSV nodes");
}

dg_err dg_write_csv_edges(const dg_graph *g, FILE *f, dg_error *err) {
  fputs("Source,Target,Type,kind,Weight,jaccard,documents,evidence_count,evidence,evidence_text\r\n", f);
  for (size_t i = 0; i < dg_graph_edge_count(g); i++) {
    const dg_edge *e = dg_graph_edge(g, i);
    csv_field(f, dg_graph_vertex(g, e->source)->id);
    putc(',', f);
    csv_field(f, dg_graph_vertex(g, e->target)->id);
    putc(',', f);
    fputs(dg_rel_kind_directed(e->kind) ? "Directed," : "Undirected,", f);
    csv_field(f, dg_rel_kind_name(e->kind));
    putc(',', f);
    csv_num(f, e->weight);
    putc(',', f);
    csv_num(f, e->jaccard);
    putc(',', f);
    csv_num(f, e->documents);
    putc(',', f);
    csv_num(f, e->evidence_count);
    putc(',', f);
    csv_field(f, e->evidence);
    putc(',', f);
    csv_field(f, e->evidence_text ? e->evidence_text : "");
    fputs("\r\n", f);
  }
  return check(f, err, "CSV edges");
}

static const char *prec_name(int p) {
  switch (p) {
  case DG_DATE_YEAR: return "year";
  case DG_DATE_MONTH: return "month";
  case DG_DATE_DAY: return "day";
  case DG_DATE_DECADE: return "decade";
  default: return "";
  }
}

dg_err dg_write_mentions(const dg_doc *d, FILE *f, dg_error *err) {
  for (size_t i = 0; i < d->nments; i++) {
    const dg_mention *m = &d->ments[i];
    uint32_t s0 = dg_doc_src_offset(d, m->start), s1 = dg_doc_src_end(d, m->start, m->end);
    putc('{', f);
    json_key_str(f, "doc", d->path);
    putc(',', f);
    json_key_str(f, "type", dg_type_name(m->type));
    putc(',', f);
    json_key_str(f, "id", m->id);
    putc(',', f);
    json_key_str(f, "label", m->label);
    putc(',', f);
    json_key_str(f, "label_en", m->label_en);
    fputs(",\"text\":", f);
    dg_json_string(f, d->src + s0, s1 > s0 ? s1 - s0 : 0);
    putc(',', f);
    json_key_num(f, "start", m->raw_start);
    putc(',', f);
    json_key_num(f, "end", m->raw_end);
    putc(',', f);
    json_key_num(f, "line", m->line);
    putc(',', f);
    json_key_num(f, "col", m->col);
    putc(',', f);
    json_key_num(f, "sentence", m->sentence == UINT32_MAX ? -1 : (double)m->sentence);
    if (m->implicit) fputs(",\"implicit\":true", f);
    if (m->type == DG_TYPE_AMOUNT || m->type == DG_TYPE_QUANTITY) {
      char v[64];
      fputs(",\"value\":", f);
      fputs(dg_decimal_format(m->value, v, sizeof v), f);
      if (m->has_range) {
        fputs(",\"value_max\":", f);
        fputs(dg_decimal_format(m->value_max, v, sizeof v), f);
      }
      if (m->type == DG_TYPE_AMOUNT) {
        putc(',', f);
        json_key_str(f, "currency", m->currency);
      } else {
        putc(',', f);
        json_key_str(f, "unit", m->unit ? m->unit : "");
      }
      putc(',', f);
      json_key_str(f, "qualifier", dg_qualifier_name((dg_qualifier)m->qualifier));
    }
    if (m->type == DG_TYPE_DATE) {
      putc(',', f);
      json_key_str(f, "date", m->date);
      if (m->date_end[0]) {
        putc(',', f);
        json_key_str(f, "date_end", m->date_end);
      }
      putc(',', f);
      json_key_str(f, "precision", prec_name(m->date_prec));
      if (m->fiscal) fputs(",\"fiscal\":true", f);
    }
    fputs("}\n", f);
  }
  return check(f, err, "mentions");
}
