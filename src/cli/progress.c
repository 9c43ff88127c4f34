/* Progress on a terminal: one line on stderr, "docgraph: 120/2000 documents, 5.2/9.6 MB,
 * 1.3 MB/s, ETA 0:07", redrawn at most four times a second from the library's progress
 * reports (dg_job_log.progress) and erased before any other message and at the end; and
 * the time since the command started, for its summary line. Nothing is drawn when stderr
 * is not a terminal (cli_opts.progress is 0). */
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define REDRAW_S 0.25 /* at most four lines a second */
#define MB 1e6

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, int on) {
  memset(p, 0, sizeof *p);
  p->on = on;
  p->started = p->reading = now_s();
}

double cli_progress_elapsed(const cli_progress *p) { return now_s() - p->started; }

/* "0:07", "12:30", "1:02:03". */
static void clock_text(double s, char *buf, size_t n) {
  unsigned long t = (unsigned long)(s + 0.5);
  if (t >= 3600) snprintf(buf, n, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
  else snprintf(buf, n, "%lu:%02lu", t / 60, t % 60);
}

/* What is left, at the rate so far: by bytes when the files have sizes, else by documents. */
static int eta(const dg_job_progress *g, double elapsed, double *left) {
  double done = g->bytes_total ? (double)g->bytes_done : (double)g->done;
  double total = g->bytes_total ? (double)g->bytes_total : (double)g->total;
  if (done <= 0 || elapsed <= 0) return 0;
  *left = done >= total ? 0 : elapsed * (total - done) / done;
  return 1;
}

void cli_progress_text(const dg_job_progress *g, double elapsed, char *buf, size_t n) {
  int k = snprintf(buf, n, "docgraph: %zu/%zu documents", g->done, g->total);
  size_t at = k < 0 ? 0 : (size_t)k;
  if (g->bytes_total && at < n) {
    int small = g->bytes_total < MB; /* kB below a megabyte, so the count moves */
    double unit = small ? 1e3 : MB;
    at += (size_t)snprintf(buf + at, n - at, small ? ", %.0f/%.0f kB" : ", %.1f/%.1f MB",
                           (double)g->bytes_done / unit, (double)g->bytes_total / unit);
  }
  if (g->done && elapsed > 0 && at < n)
    at += (size_t)snprintf(buf + at, n - at, ", %.1f docs/s", (double)g->done / elapsed);
  if (g->bytes_total && g->done && elapsed > 0 && at < n)
    at += (size_t)snprintf(buf + at, n - at, ", %.2f MB/s", (double)g->bytes_done / MB / elapsed);
  double left;
  char c[32];
  if (eta(g, elapsed, &left) && at < n) {
    clock_text(left, c, sizeof c);
    snprintf(buf + at, n - at, ", ETA %s", c);
  }
}

/* The terminal's width less one, so the line never wraps (80 when unknown). */
static size_t width(void) {
  struct winsize ws;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1)
    return ws.ws_col - 1u < 400 ? ws.ws_col - 1u : 400;
  return 79;
}

void cli_progress_update(cli_progress *p, const dg_job_progress *g) {
  if (!p->on) return;
  double t = now_s();
  if (g->done == 0) p->reading = t; /* rates count from the first document on */
  if (p->last > 0 && t - p->last < REDRAW_S) return;
  char line[512];
  cli_progress_text(g, t - p->reading, line, sizeof line);
  size_t w = width();
  if (strlen(line) > w) line[w] = '\0';
  fprintf(stderr, "\r\033[K%s", line);
  fflush(stderr);
  p->drawn = 1;
  p->last = t;
}

void cli_progress_clear(cli_progress *p) {
  if (!p->on || !p->drawn) return;
  fputs("\r\033[K", stderr);
  p->drawn = 0;
}

void cli_progress_tails(const cli_progress *p, const dg_job_counts *c, char *mid, char *end,
                        size_t n) {
  mid[0] = end[0] = '\0';
  if (!p->on) return;
  snprintf(mid, n, ", %zu skipped", c->skipped);
  snprintf(end, n, " in %.1f s", cli_progress_elapsed(p));
}
