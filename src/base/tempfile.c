/* Scratch files (see base/tempfile.h): $TMPDIR, else /tmp; mkstemp, then unlink. */
#include "base/tempfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

dg_err dg_tempfile_open(const char *what, int *fd, char path[DG_TEMPFILE_PATH], dg_error *err) {
  const char *dir = getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  *fd = -1;
  int n = snprintf(path, DG_TEMPFILE_PATH, "%s/%s.XXXXXX", dir, what);
  if (n < 0 || n >= DG_TEMPFILE_PATH)
    return dg_error_set(err, DG_EIO, "%s/%s: temporary file path too long", dir, what);
  *fd = mkstemp(path);
  if (*fd < 0) return dg_error_set(err, DG_EIO, "%s: cannot create: %s", path, strerror(errno));
  unlink(path); /* from now on only the descriptor holds it */
  return DG_OK;
}
