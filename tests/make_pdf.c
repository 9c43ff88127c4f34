/* make_pdf: lays out a small marked-up text as a PDF the way reports are laid out, for the
 * PDF tests (test_pdf.c), and writes the same text as Markdown to compare with.
 *
 *   make_pdf IN.txt OUT.pdf OUT.md
 *
 * The input, one directive or block a line, blocks separated by blank lines:
 *   @header TEXT     a running header on every page (with a page number at the foot)
 *   @columns N       1 or 2 columns of body text (default 2); headings span the page
 *   @slides          landscape slides: each paragraph in a framed box, two boxes a row
 *   @notext          a page with shapes and no text at all (a scan has no text layer)
 *   @roman           page numbers in lower-case roman numerals (i, ii), as front matter has
 *   # TEXT, ## TEXT  a heading (16 pt, 13 pt)
 *   - TEXT           a list item, drawn with a ・ bullet
 *   TEXT             a paragraph; {漢字|かんじ} draws the reading as small ruby above
 * Body text is 10.5 pt IPAGothic (cairo's toy text API, so no shaping: fine for Japanese),
 * lines are broken at any Japanese character and between English words, and an English
 * word that does not fit is hyphenated. Columns are balanced within a band (the text
 * between two headings), and a band that does not fit continues on the next page. */
#include <cairo-pdf.h>
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "IPAGothic"
#define BODY 10.5
#define LEAD 18.0
#define RUBY 5.0
#define MAXP 512   /* pieces on a line */
#define MAXL 4096  /* lines in a band */

typedef struct {
  char text[256]; /* base text */
  char ruby[128]; /* reading above it, or "" */
  double x;       /* offset from the line start */
} piece;

typedef struct {
  piece p[MAXP];
  int n;
  int bullet; /* first line of a list item */
} line;

typedef struct {
  cairo_surface_t *surf;
  cairo_t *cr;
  double w, h, margin, gutter;
  int columns, slides, page;
  char header[256];
  double y; /* where the next band starts */
  line lines[MAXL];
  int nlines;
  int box; /* slides: boxes placed on this slide */
  int notext, roman;
} doc;

static double width_of(doc *d, const char *s, double size) {
  cairo_set_font_size(d->cr, size);
  cairo_text_extents_t e;
  cairo_text_extents(d->cr, s, &e);
  return e.x_advance;
}

/* ---- pages ---- */

static void page_furniture(doc *d) {
  char foot[32];
  if (d->notext) {
    cairo_rectangle(d->cr, d->margin, 80, d->w - 2 * d->margin, d->h - 160);
    cairo_fill(d->cr);
    return;
  }
  cairo_set_font_size(d->cr, 8);
  if (d->header[0]) {
    cairo_move_to(d->cr, d->margin, 30);
    cairo_show_text(d->cr, d->header);
  }
  static const char *const roman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"};
  if (d->roman && d->page <= 8) snprintf(foot, sizeof foot, "%s", roman[d->page - 1]);
  else snprintf(foot, sizeof foot, "- %d -", d->page);
  cairo_move_to(d->cr, d->w / 2 - width_of(d, foot, 8) / 2, d->h - 24);
  cairo_set_font_size(d->cr, 8);
  cairo_show_text(d->cr, foot);
}

static void new_page(doc *d) {
  if (d->page) cairo_show_page(d->cr);
  d->page++;
  d->y = d->slides ? 70 : 60;
  d->box = 0;
  page_furniture(d);
}

/* ---- breaking a paragraph into lines ---- */

static int utf8_len(const char *s) {
  unsigned char c = (unsigned char)*s;
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static int is_word(char c) { return (unsigned char)c > 0x20 && (unsigned char)c < 0x80; }

/* The next token of s: a ruby group, an ASCII word, or one character; *space when spaces
 * came before it. Returns the bytes consumed, 0 at the end. */
static size_t next_token(const char *s, piece *t, int *space) {
  size_t i = 0;
  *space = 0;
  while (s[i] == ' ') i++, *space = 1;
  if (!s[i]) return 0;
  memset(t, 0, sizeof *t);
  if (s[i] == '{' && strchr(s + i, '|') && strchr(s + i, '}')) {
    const char *bar = strchr(s + i, '|'), *end = strchr(bar, '}');
    snprintf(t->text, sizeof t->text, "%.*s", (int)(bar - s - i - 1), s + i + 1);
    snprintf(t->ruby, sizeof t->ruby, "%.*s", (int)(end - bar - 1), bar + 1);
    return (size_t)(end + 1 - s);
  }
  size_t j = i;
  if (is_word(s[i])) while (is_word(s[j]) && j - i < 200) j++;
  else j += (size_t)utf8_len(s + i);
  snprintf(t->text, sizeof t->text, "%.*s", (int)(j - i), s + i);
  return j;
}

static void start_line(doc *d, int bullet) {
  if (d->nlines < MAXL) {
    memset(&d->lines[d->nlines], 0, sizeof d->lines[0]);
    d->lines[d->nlines].bullet = bullet;
    d->nlines++;
  }
}

static void put(doc *d, const piece *t, double *x) {
  line *l = &d->lines[d->nlines - 1];
  if (l->n < MAXP) {
    l->p[l->n] = *t;
    l->p[l->n].x = *x;
    l->n++;
  }
  *x += width_of(d, t->text, BODY);
}

/* An English word too long for the room left: as many letters as fit with a hyphen on
 * this line (at least three, leaving three), the rest returned in t. 0 when it cannot. */
static int hyphenate(doc *d, piece *t, double *x, double room) {
  size_t n = strlen(t->text);
  for (size_t k = n - 3; k >= 3 && n >= 6; k--) {
    piece head = *t;
    snprintf(head.text, sizeof head.text, "%.*s-", (int)k, t->text);
    if (width_of(d, head.text, BODY) > room) continue;
    put(d, &head, x);
    memmove(t->text, t->text + k, n - k + 1);
    return 1;
  }
  return 0;
}

/* Break s into lines of `width`: a paragraph's first line indented by one character, a
 * list item's lines all aligned after its bullet. */
static void break_lines(doc *d, const char *s, double width, int item) {
  double x = item ? 0 : BODY;
  start_line(d, item);
  piece t;
  int space;
  size_t k;
  while ((k = next_token(s, &t, &space))) {
    s += k;
    double sp = space && x > 0 ? width_of(d, " ", BODY) : 0;
    if (x + sp + width_of(d, t.text, BODY) > width && x > 0) {
      double hx = x + sp;
      if (is_word(t.text[0])) hyphenate(d, &t, &hx, width - hx);
      start_line(d, 0);
      x = 0;
      sp = 0;
    }
    x += sp;
    put(d, &t, &x);
  }
}

/* ---- drawing ---- */

static void draw_line(doc *d, const line *l, double x0, double base) {
  if (l->bullet) {
    cairo_set_font_size(d->cr, BODY);
    cairo_move_to(d->cr, x0 - BODY, base);
    cairo_show_text(d->cr, "\xE3\x83\xBB");
  }
  for (int i = 0; i < l->n; i++) {
    const piece *p = &l->p[i];
    cairo_set_font_size(d->cr, BODY);
    cairo_move_to(d->cr, x0 + p->x, base);
    cairo_show_text(d->cr, p->text);
    if (p->ruby[0]) {
      double bw = width_of(d, p->text, BODY), rw = width_of(d, p->ruby, RUBY);
      cairo_set_font_size(d->cr, RUBY);
      cairo_move_to(d->cr, x0 + p->x + (bw - rw) / 2, base - BODY - 0.8);
      cairo_show_text(d->cr, p->ruby);
    }
  }
}

/* The band's lines in the columns, balanced, continuing on new pages as needed. */
static void flush_band(doc *d) {
  int cols = d->columns, next = 0;
  double colw = (d->w - 2 * d->margin - (cols - 1) * d->gutter) / cols;
  while (next < d->nlines) {
    int room = (int)((d->h - 60 - d->y) / LEAD);
    if (room < 1) {
      new_page(d);
      continue;
    }
    int left = d->nlines - next, per = (left + cols - 1) / cols;
    if (per > room) per = room;
    for (int c = 0; c < cols && next < d->nlines; c++)
      for (int i = 0; i < per && next < d->nlines; i++)
        draw_line(d, &d->lines[next++], d->margin + c * (colw + d->gutter) + BODY,
                  d->y + LEAD * (i + 1));
    d->y += LEAD * per + LEAD / 2;
  }
  d->nlines = 0;
}

static void heading(doc *d, const char *s, int level) {
  flush_band(d);
  double size = level == 1 ? 16 : 13;
  if (d->y + 2 * size > d->h - 60) new_page(d);
  cairo_set_font_size(d->cr, size);
  cairo_move_to(d->cr, d->margin, d->y + size * 1.4);
  cairo_show_text(d->cr, s);
  d->y += size * 2.2;
}

/* Slides: each paragraph in a framed box, two a row, four a slide. */
static void slide_box(doc *d, const char *s) {
  if (d->box == 4) new_page(d);
  double bw = (d->w - 2 * d->margin - d->gutter) / 2, bh = 200;
  double x = d->margin + (d->box % 2) * (bw + d->gutter), y = 90 + (d->box / 2) * (bh + 20);
  cairo_rectangle(d->cr, x, y, bw, bh);
  cairo_set_line_width(d->cr, 0.8);
  cairo_stroke(d->cr);
  d->nlines = 0;
  break_lines(d, s, bw - 2 * BODY, 0);
  for (int i = 0; i < d->nlines; i++) draw_line(d, &d->lines[i], x + BODY, y + LEAD * (i + 1));
  d->nlines = 0;
  d->box++;
}

/* ---- the input ---- */

/* The text without ruby readings, as the Markdown copy has it. */
static void plain(const char *s, FILE *md) {
  for (; *s; s++) {
    if (*s == '{' && strchr(s, '|') && strchr(s, '}')) {
      const char *bar = strchr(s, '|');
      fwrite(s + 1, 1, (size_t)(bar - s - 1), md);
      s = strchr(bar, '}');
      continue;
    }
    fputc(*s, md);
  }
  fputc('\n', md);
}

static void block(doc *d, const char *s, FILE *md) {
  double colw = (d->w - 2 * d->margin - (d->columns - 1) * d->gutter) / d->columns;
  if (s[0] == '#') {
    int level = s[1] == '#' ? 2 : 1;
    if (d->slides && level == 1 && d->page > 0 && d->box) new_page(d);
    heading(d, s + level + 1, level);
    fprintf(md, "%s\n\n", s);
    return;
  }
  if (d->slides) {
    slide_box(d, s);
  } else {
    int item = s[0] == '-' && s[1] == ' ';
    break_lines(d, item ? s + 2 : s, colw - 2 * BODY, item);
  }
  plain(s, md);
  if (!(s[0] == '-' && s[1] == ' ')) fputc('\n', md);
}

static void directive(doc *d, const char *s) {
  if (!strncmp(s, "@header ", 8)) snprintf(d->header, sizeof d->header, "%.200s", s + 8);
  else if (!strncmp(s, "@columns ", 9)) d->columns = atoi(s + 9) == 1 ? 1 : 2;
  else if (!strcmp(s, "@slides")) d->slides = 1, d->columns = 2;
  else if (!strcmp(s, "@notext")) d->notext = 1;
  else if (!strcmp(s, "@roman")) d->roman = 1;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: make_pdf IN.txt OUT.pdf OUT.md\n");
    return 64;
  }
  FILE *in = fopen(argv[1], "r"), *md = fopen(argv[3], "w");
  if (!in || !md) return 66;
  static doc d;
  d.w = 595, d.h = 842, d.margin = 56, d.gutter = 20, d.columns = 2;
  char buf[8192];
  long body_at = -1;
  while (fgets(buf, sizeof buf, in) && buf[0] == '@') {
    buf[strcspn(buf, "\n")] = '\0';
    directive(&d, buf);
    body_at = ftell(in);
  }
  if (d.slides) d.w = 842, d.h = 595;
  d.surf = cairo_pdf_surface_create(argv[2], d.w, d.h);
  d.cr = cairo_create(d.surf);
  cairo_select_font_face(d.cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  new_page(&d);
  fseek(in, body_at < 0 ? 0 : body_at, SEEK_SET);
  while (fgets(buf, sizeof buf, in)) {
    buf[strcspn(buf, "\n")] = '\0';
    if (buf[0]) block(&d, buf, md);
  }
  flush_band(&d);
  cairo_destroy(d.cr);
  cairo_surface_finish(d.surf);
  int bad = cairo_surface_status(d.surf) != CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(d.surf);
  fclose(in);
  fclose(md);
  return bad ? 70 : 0;
}
