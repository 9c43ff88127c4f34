/* A fuzz target without libFuzzer: LLVMFuzzerTestOneInput on every file named, or on every
 * file inside a directory named. Built with the test suite (any compiler), it runs the seed
 * corpora (fuzz/corpus/TARGET) and every input a fuzzer ever failed on
 * (fuzz/regressions/TARGET) under ctest, in the plain and the sanitizer builds, so a
 * finding stays fixed. A failure aborts, as it does under libFuzzer. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* The whole of a file; NULL when it cannot be read. */
static uint8_t *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  uint8_t *buf = NULL;
  size_t cap = 0, len = 0;
  int bad = 0;
  while (!bad) {
    if (len == cap) {
      uint8_t *nb = realloc(buf, cap = cap ? 2 * cap : 65536);
      if (!nb) bad = 1;
      else buf = nb;
    }
    size_t got = bad ? 0 : fread(buf + len, 1, cap - len, f);
    len += got;
    if (got == 0) break;
  }
  if (bad || ferror(f)) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *n = len;
  return buf;
}

/* One input through the target; 0, or -1 when it cannot be read. */
static int replay_file(const char *path) {
  size_t n = 0;
  uint8_t *data = slurp(path, &n);
  if (!data) {
    fprintf(stderr, "replay: %s: cannot read\n", path);
    return -1;
  }
  LLVMFuzzerTestOneInput(data, n);
  free(data);
  return 0;
}

/* Every input a path names; the count replayed, or -1. */
static long replay_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return -1;
  if (!S_ISDIR(st.st_mode)) return replay_file(path) == 0 ? 1 : -1;
  DIR *dir = opendir(path);
  if (!dir) return -1;
  long count = 0;
  char file[4096];
  for (struct dirent *e; count >= 0 && (e = readdir(dir));) {
    if (e->d_name[0] == '.') continue; /* ., .. and README-like dot files */
    snprintf(file, sizeof file, "%s/%s", path, e->d_name);
    count = replay_file(file) == 0 ? count + 1 : -1;
  }
  closedir(dir);
  return count;
}

int main(int argc, char **argv) {
  long total = 0;
  for (int i = 1; i < argc; i++) {
    long k = replay_path(argv[i]);
    if (k < 0) {
      fprintf(stderr, "replay: %s: cannot read\n", argv[i]);
      return 1;
    }
    total += k;
  }
  printf("replay: %ld inputs, no failure\n", total);
  return 0;
}
