/* Long documents read in windows, so that no stage holds a long document's text, tokens
 * or mentions whole. A plain-text file (text or Markdown, read as UTF-8) of more than
 * `over` bytes (dg_job_input.window_over, DG_WINDOW_OVER by default) is loaded without its
 * bytes (dgw_load: its path, format, size and hash, read a piece at a time), then read a
 * window of about over/2 bytes at a time (dgw_next), each window ending at a block
 * boundary: after a blank line; failing one in the window's bytes, after its last line;
 * failing that, on a character boundary. Each window goes through the pipeline as a
 * document of its own (dg_doc.later_window after the first: no head; the whole file's
 * date, read from its head and its end first; dg_doc.dates_carry: the year in context, the year written last and the last dates
 * of the windows before) and its result is made the document's (dgw_shift): positions are the file's and
 * its indices go on from the window before (dg_result's bases).
 * Invariants: the windows' bytes, one after the other, are the file's; a window's lines
 * and columns are moved to the file's (a window starts at the start of a line unless the
 * bytes it was cut from held no line feed).
 * What does not carry from one window to the next (outputs of a long document may differ
 * from reading it whole there; bench/RESULTS.md measures how much): names resolved from an
 * earlier window (a short form, a back reference, a person named again, a series'
 * instance), a heading or lead line in an earlier window that blocks hang under, the
 * document's own meeting from its head, an amount's owner found elsewhere in the document
 * (doc/pledge.c), a sentence or block cut by a window (only when no blank line ends one in
 * the window), and a warning's line (the window's). The store keeps each window's bases
 * and the bytes windows aimed at (dg_result.window, table windows), so a re-run reuses
 * such a document and a merge gives it back window by window, each handed to the sinks as
 * when it was read (batch/job.c take_stored: the same bytes out, a window's memory); a run
 * that would cut it otherwise (another window size, or whole) reads it again. */
#ifndef DG_BATCH_WINDOWS_H
#define DG_BATCH_WINDOWS_H

#include <stdint.h>
#include <stdio.h>

#include "docgraph/date.h"
#include "docgraph/result.h"
#include "docgraph/rules.h"

/* A file of more bytes than this is read in windows unless the job says otherwise. */
#define DG_WINDOW_OVER ((uint64_t)8 << 20)

/* The bytes a window aims at when files of more than `over` bytes are read in windows:
 * half of it (at least 2). The store keeps it with a long document's windows
 * (dg_result.window), so that a re-run reuses the document only when it would be cut in
 * the same windows. */
size_t dgw_window_bytes(uint64_t over);

/* Whether path is a long document: a file (not stdin) of more than `over` bytes (and no
 * more than DG_MAX_DOC_BYTES) that docgraph reads as plain text or Markdown, in UTF-8
 * (`encoding`, the job's forced one, NULL or UTF-8; its first bytes detected so); its
 * format into *fmt. */
int dgw_is_long(const char *path, uint64_t over, const char *encoding, dg_format *fmt);
/* Long document path loaded into d (initialised): its path, format fmt, size and hash as
 * dg_source_load gives them, none of its bytes kept; d->in_windows set. */
dg_err dgw_load(dg_doc *d, const char *path, dg_format fmt, dg_error *err);

typedef struct dgw_reader {
  FILE *f;
  const dg_doc *whole; /* the document as loaded */
  size_t window;       /* the bytes a window aims at */
  char *buf;           /* bytes read and not yet handed out */
  size_t nbuf, cap;
  int eof;
  int first; /* the next window is the first */
  int last;  /* the window handed out last is the document's last */
  uint64_t byte_base;
  uint32_t line_base, text_base, sent_base, ment_base, unit_base, rel_base;
  uint32_t col_base; /* characters of the line the window before ended in (0 after a line
                        feed: windows cut after one start a line) */
  dg_when date; /* the document's date (whole_date) */
  int date_line; /* it is a date line's or given: dg_doc.date_line */
  dg_date_carry dates; /* what the dates of the windows so far said (dg_date_resolve_on) */
} dgw_reader;

/* Read file path, loaded as whole by dgw_load (which must outlive the reader), in windows
 * of about `window` bytes, each dated as the whole document is: its first 40 lines and
 * its last 8 read first for its date line or sign-off (dg_date_document, with `rules`),
 * else the date it was given. */
dg_err dgw_open(dgw_reader *w, const char *path, const dg_doc *whole, size_t window,
                const dg_rules *rules, dg_error *err);
/* The next window into d (a document of its own, not yet prepared): 1, with w->last set
 * when it is the document's last; 0 when none is left; -1 with *err when reading fails.
 * d is initialised whenever 1 or -1 is returned (dg_doc_destroy it). */
int dgw_next(dgw_reader *w, dg_doc *d, dg_error *err);
/* Window d, processed, and its result r made the document's: positions moved to the
 * file's, r's bases and window set; the reader moved past d. */
void dgw_shift(dgw_reader *w, dg_doc *d, dg_result *r);
void dgw_close(dgw_reader *w);

#endif
