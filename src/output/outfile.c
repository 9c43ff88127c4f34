/* Output files written whole or not at all (see docgraph/outfile.h): a temporary file in
 * the same directory, renamed over the target once everything is flushed. */
#include "docgraph/outfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OUT_BUFFER = 1 << 18 };

/* The stream is its writer's alone (one thread writes a file): stdio without taking a lock
 * on each putc and fputs, as the writers call them for every few bytes of a graph; and it
 * goes to the kernel in 256 KiB blocks, not stdio's 4 KiB (the data files of 2,000
 * documents are a gigabyte: 250,000 write calls, seconds of system time). Without memory
 * for the block the default buffer stays. */
static void own_stream(dg_outfile *o) {
  __fsetlocking(o->f, FSETLOCKING_BYCALLER);
  o->buf = malloc(OUT_BUFFER);
  if (o->buf && setvbuf(o->f, o->buf, _IOFBF, OUT_BUFFER) != 0) {
    free(o->buf);
    o->buf = NULL;
  }
}

/* Close the stream, then free its buffer (never before: fclose flushes from it). */
static int close_stream(dg_outfile *o) {
  int r = fclose(o->f);
  o->f = NULL;
  free(o->buf);
  o->buf = NULL;
  return r;
}

/* A device or a pipe (/dev/null, /dev/stdout, a FIFO): written in place, never replaced by
 * a rename. */
static dg_err open_in_place(dg_outfile *o, const char *path, dg_error *err) {
  o->f = fopen(path, "w");
  if (!o->f)
    return dg_error_set(err, DG_EIO, "%s: cannot open for writing: %s", path, strerror(errno));
  own_stream(o);
  o->path = strdup(path);
  if (!o->path) {
    close_stream(o);
    return dg_error_set(err, DG_ENOMEM, "out of memory");
  }
  return DG_OK;
}

/* Give up an open that failed: nothing kept, the message already set. */
static dg_err open_failed(dg_outfile *o, dg_err code) {
  free(o->path);
  free(o->tmp);
  memset(o, 0, sizeof *o);
  return code;
}

/* A hidden temporary next to the target (so rename() stays on one file system), for the
 * target or, through a symbolic link, the file it points at (the link stays). */
static dg_err open_temporary(dg_outfile *o, const char *path, dg_error *err) {
  struct stat st;
  char *real = NULL;
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) real = realpath(path, NULL);
  o->path = real ? real : strdup(path);
  size_t n = strlen(o->path ? o->path : path) + 16;
  o->tmp = malloc(n);
  if (!o->path || !o->tmp)
    return open_failed(o, dg_error_set(err, DG_ENOMEM, "out of memory"));
  path = o->path;
  const char *slash = strrchr(path, '/');
  if (slash) snprintf(o->tmp, n, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
  else snprintf(o->tmp, n, ".%s.XXXXXX", path);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    int e = errno;
    return open_failed(o, dg_error_set(err, DG_EIO, "%s: cannot create: %s", path, strerror(e)));
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    close(fd);
    unlink(o->tmp);
    return open_failed(o, dg_error_set(err, DG_EIO, "%s: cannot open for writing", path));
  }
  own_stream(o);
  return DG_OK;
}

dg_err dg_outfile_open(dg_outfile *o, const char *path, dg_error *err) {
  memset(o, 0, sizeof *o);
  if (strcmp(path, "-") == 0) {
    o->f = stdout;
    return DG_OK;
  }
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) return open_in_place(o, path, err);
  return open_temporary(o, path, err);
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
    if (close_stream(o) != 0) bad = 1;
    dg_err r = bad ? dg_error_set(err, DG_EIO, "%s: write error: %s", o->path, strerror(e)) : DG_OK;
    free(o->path);
    o->path = NULL;
    return r;
  }
  /* mkstemp creates 0600 files; outputs are ordinary files. */
  if (!bad) bad = fchmod(fileno(o->f), 0644) != 0;
  int e = errno;
  if (close_stream(o) != 0) bad = 1;
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
    if (o->f) close_stream(o);
    if (o->tmp) unlink(o->tmp);
  }
  free(o->path);
  free(o->tmp);
  memset(o, 0, sizeof *o);
}

dg_err dg_stream_check(FILE *f, dg_error *err, const char *what) {
  if (ferror(f))
    return dg_error_set(err, DG_EIO, "write error in %s: %s", what,
                        errno ? strerror(errno) : "the disk may be full");
  return DG_OK;
}
