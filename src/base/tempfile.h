/* dg_tempfile: a scratch file that is nobody else's and leaves nothing behind. It is made
 * in $TMPDIR (else /tmp) with mkstemp and unlinked at once, so it goes when its descriptor
 * is closed or the process ends, however it ends. Invariant: on success the file exists
 * only through the returned descriptor; its path (gone already) is kept for messages. */
#ifndef DG_TEMPFILE_H
#define DG_TEMPFILE_H

#include <stddef.h>

#include "docgraph/error.h"

/* The longest path dg_tempfile_open writes (longer $TMPDIR: DG_EIO). */
#define DG_TEMPFILE_PATH 512

/* A new unlinked file open for reading and writing: its descriptor into *fd and the path
 * it had into path (DG_TEMPFILE_PATH bytes), or DG_EIO with that path and the reason.
 * `what` names the file in its path ("docgraph-spill"). */
dg_err dg_tempfile_open(const char *what, int *fd, char path[DG_TEMPFILE_PATH], dg_error *err);

#endif
