/* match_bench: how fast the dictionary matcher scans text on its own (no MeCab), and how
 * fast MeCab tokenizes the same text through our tagger, each in MB/s.
 * usage: match_bench DICTS_DIR FILE [REPEAT] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "docgraph/pipeline.h"
#include "docgraph/normalize.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: match_bench DICTS_DIR FILE [REPEAT]\n");
    return 64;
  }
  int repeat = argc > 3 ? atoi(argv[3]) : 3;
  dg_pipeline_opts o = {.dicts_dir = argv[1]};
  dg_pipeline *p;
  dg_error err;
  dg_diags pr;
  dg_diags_init(&pr);
  if (dg_pipeline_open(&p, &o, &pr, &err) != DG_OK) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  FILE *f = fopen(argv[2], "rb");
  if (!f) {
    perror(argv[2]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *raw = malloc((size_t)n + 1);
  if (!raw || fread(raw, 1, (size_t)n, f) != (size_t)n) return 1;
  fclose(f);
  dg_norm norm;
  double t0 = now();
  if (dg_normalize(raw, (size_t)n, &norm, &err) != DG_OK) return 1;
  double t_norm = now() - t0;
  dg_matcher *m;
  t0 = now();
  if (dg_matcher_build(dg_pipeline_dict(p), &m, &err) != DG_OK) return 1;
  double t_build = now() - t0;
  double best = 1e9;
  size_t nm = 0;
  for (int r = 0; r < repeat; r++) {
    dg_match *ms;
    t0 = now();
    if (dg_matcher_scan_text(m, norm.text, norm.len, &ms, &nm, &err) != DG_OK) return 1;
    double t = now() - t0;
    if (t < best) best = t;
    free(ms);
  }
  double mb = (double)n / 1e6;
  printf("surfaces\t%zu\n", dg_dict_surface_count(dg_pipeline_dict(p)));
  printf("trie_states\t%zu\n", dg_matcher_states(m));
  printf("build_ms\t%.1f\n", t_build * 1e3);
  printf("input_mb\t%.1f\n", mb);
  printf("normalize_mb_s\t%.0f\n", mb / t_norm);
  printf("match_mb_s\t%.0f\n", mb / best);
  printf("matches\t%zu\n", nm);
  dg_matcher_free(m);
  dg_norm_destroy(&norm);
  free(raw);
  dg_pipeline_close(p);
  dg_diags_destroy(&pr);
  return 0;
}
