/* A shard's part (see dg_job_part in docgraph/job.h): the documents of one shard processed
 * into a store of their own, written under a hidden temporary name and renamed when whole,
 * so a merge never takes a part that an interrupted job left half written. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "docgraph/job.h"

dg_err dg_job_part(const dg_pipeline *p, const dg_pipeline_opts *po, const dg_job_input *in,
                   const char *dir, char *path, size_t n, dg_job_counts *c, dg_error *err) {
  char tmp[4300], opts[512];
  if (mkdir(dir, 0777) != 0 && errno != EEXIST)
    return dg_error_set(err, DG_EIO, "%s: cannot create directory: %s", dir, strerror(errno));
  int k = snprintf(path, n, "%s/shard-%u-of-%u.db", dir, in->shard_i, in->shard_n);
  if (k < 0 || (size_t)k >= n) return dg_error_set(err, DG_EIO, "%s: path too long", dir);
  snprintf(tmp, sizeof tmp, "%s/.shard-%u-of-%u.db.tmp", dir, in->shard_i, in->shard_n);
  dg_store_config cfg = dg_job_store_config(p, po, in, opts, sizeof opts);
  dg_store *s;
  dg_err r = dg_store_open(&s, tmp, DG_STORE_NEW, &cfg, NULL, 0, err);
  if (r != DG_OK) return r;
  char mark[32];
  snprintf(mark, sizeof mark, "%u/%u", in->shard_i, in->shard_n);
  r = dg_store_set_shards(s, mark, err);
  dg_job_input part = *in;
  part.store = s;
  dg_job_sink none = {0};
  if (r == DG_OK) r = dg_job_read(p, &part, &none, c, err);
  dg_err closed = dg_store_close(s, err);
  if (r == DG_OK) r = closed;
  if (r == DG_OK && rename(tmp, path) != 0)
    r = dg_error_set(err, DG_EIO, "%s: cannot rename to %s: %s", tmp, path, strerror(errno));
  if (r != DG_OK) remove(tmp);
  return r;
}
