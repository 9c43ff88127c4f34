/* Line kinds (see input/lines.h): one rule a function, tried in the order of line_rules;
 * the first that recognizes the line decides its kind.
 * Invariant: a rule that declines leaves the line as it found it. */
#include "input/lines.h"

#include <string.h>

#include "base/scan.h"
#include "base/utf8.h"

/* Bullet characters that open a list item on their own. */
static int is_bullet_cp(uint32_t cp) {
  switch (cp) {
  case 0x30FB: /* ・ */ case 0x2022: /* • */ case 0x25CF: /* ● */ case 0x25CB: /* ○ */
  case 0x25C6: /* ◆ */ case 0x25C7: /* ◇ */ case 0x25A0: /* ■ */ case 0x25A1: /* □ */
  case 0x27A4: /* ➤ */ case 0x25B6: /* ▶ */ case 0x25BA: /* ► */ case 0x2713: /* ✓ */
  case 0x2714: case 0x2192: /* → */ case 0x25B7: case 0x2605: /* ★ */ case 0x2606:
  case 0x25C9: case 0x2043: case 0x25AA: case 0x25AB: case 0x2023: case 0x27A2:
  case 0xF0D8: case 0xF06C: case 0xF0FC: case 0xF09F: /* private-use bullets from PDFs */
    return 1;
  default:
    return (cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x2776 && cp <= 0x2793) ||
           (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x24D0 && cp <= 0x24E9);
  }
}

/* Length of a parenthesized list number at p ("(1) ", "(a) ", "(ア) "), or 0. */
static size_t paren_marker(const char *p, const char *e) {
  const char *q = p + 1, *s = q;
  if (q < e && (unsigned char)*q >= 0x80) {
    uint32_t cp = dg_cp_at(q, (size_t)(e - q), 0);
    if (dg_script_of(cp) == DG_SC_KATAKANA || dg_script_of(cp) == DG_SC_HIRAGANA)
      q += dg_utf8_len(q, e);
  } else {
    while (q < e && q - s < 3 && dg_is_ascii_alnum((unsigned char)*q)) q++;
  }
  if (!(q > s && q < e && *q == ')')) return 0;
  q++;
  if (q < e && *q == ' ') q++;
  return (size_t)(q - p);
}

/* Is [p, q) a lowercase Roman numeral of two to four letters (ii, iv, viii)? */
static int roman(const char *p, const char *q) {
  if (q - p < 2 || q - p > 4) return 0;
  for (; p < q; p++)
    if (*p != 'i' && *p != 'v' && *p != 'x') return 0;
  return 1;
}

/* Length of an ASCII list marker at p ("- ", "* ", "+ ", "1. ", "1) ", "(1) ", "(a) ",
 * "(ア) ", "a. ", "b) ", "iv. "), or 0; *mark says its shape. A letter is one lowercase
 * letter ("i" too), a Roman numeral two to four (a capital "A." may be a person's
 * initial). */
static size_t ascii_marker(const char *p, const char *e, dg_line_mark *mark) {
  if (p + 1 < e && (p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ') {
    *mark = DG_MARK_DASH;
    return 2;
  }
  if (p < e && *p == '(') {
    *mark = DG_MARK_PAREN;
    return paren_marker(p, e);
  }
  const char *q = p;
  while (q < e && q - p < 3 && dg_is_digit(*q)) q++;
  *mark = DG_MARK_NUMBER;
  if (q == p) { /* a. b) iv. */
    while (q < e && q - p < 4 && *q >= 'a' && *q <= 'z') q++;
    *mark = q - p == 1 ? DG_MARK_LETTER : roman(p, q) ? DG_MARK_ROMAN : DG_MARK_NONE;
    if (*mark == DG_MARK_NONE) return 0;
  }
  /* "1. " but not "2024. " or "3.5" */
  if (q > p && q < e && (*q == '.' || *q == ')') && q + 1 < e && q[1] == ' ')
    return (size_t)(q + 2 - p);
  return 0;
}

/* An empty line (spaces only). */
static int blank(const char *t, size_t len, dg_line *ln) {
  (void)t, (void)len;
  if (ln->cstart != ln->end) return 0;
  ln->kind = DG_LINE_BLANK;
  return 1;
}

/* A Markdown heading: "# Title" .. "###### Title", level = the number of '#'. */
static int md_heading(const char *t, size_t len, dg_line *ln) {
  (void)len;
  const char *p = t + ln->cstart, *e = t + ln->end, *q = p;
  while (q < e && *q == '#') q++;
  if (q == p || q - p > 6 || q >= e || *q != ' ') return 0;
  ln->kind = DG_LINE_HEADING;
  ln->level = (int)(q - p);
  while (q < e && *q == ' ') q++;
  ln->cstart = (uint32_t)(q - t);
  return 1;
}

/* A table row: a tab between text (日程<TAB>場所), or a pipe row "| a | b |". */
static int table(const char *t, size_t len, dg_line *ln) {
  (void)len;
  const char *p = t + ln->cstart, *e = t + ln->end;
  int tabbed = memchr(p, '\t', (size_t)(e - p)) != NULL;
  int piped = *p == '|' && e - p > 2 && e[-1] == '|';
  if (!tabbed && !piped) return 0;
  ln->kind = DG_LINE_TABLE;
  return 1;
}

/* 【heading】 on a line of its own: a level-3 heading, brackets kept. */
static int bracket_heading(const char *t, size_t len, dg_line *ln) {
  const char *p = t + ln->cstart, *e = t + ln->end;
  if (dg_cp_at(t, len, ln->cstart) != 0x3010 || e - p < 6) return 0;
  if (memcmp(e - 3, "\xE3\x80\x91", 3) != 0) return 0;
  ln->kind = DG_LINE_HEADING;
  ln->level = 3;
  return 1;
}

/* A list item: an ASCII marker ("- ", "1. ", "(1) ") and/or up to two bullet characters
 * ("・項目", "- ✓ 青年交流"); the content starts after them and their spaces. */
static int list_item(const char *t, size_t len, dg_line *ln) {
  const char *p = t + ln->cstart, *e = t + ln->end;
  dg_line_mark mark = DG_MARK_NONE;
  size_t m = ascii_marker(p, e, &mark);
  int is_item = m > 0;
  p += m;
  for (int k = 0; k < 2 && p < e; k++) {
    uint32_t cp = dg_cp_at(t, len, (size_t)(p - t));
    if (!is_bullet_cp(cp)) break;
    p += dg_utf8_len(p, t + len);
    if (!is_item) mark = DG_MARK_BULLET;
    is_item = 1;
    while (p < e && *p == ' ') p++;
  }
  if (!is_item) return 0;
  ln->mark = mark;
  while (p < e && *p == ' ') p++;
  ln->kind = DG_LINE_ITEM;
  ln->cstart = (uint32_t)(p - t);
  return 1;
}

/* Anything else is text. */
static int text(const char *t, size_t len, dg_line *ln) {
  (void)t, (void)len;
  ln->kind = DG_LINE_TEXT;
  return 1;
}

/* The rules, in the order they are tried: a heading wins over a table, a table row over a
 * list item ("- a<TAB>b" is a row). */
static int (*const line_rules[])(const char *t, size_t len, dg_line *ln) = {
    blank, md_heading, table, bracket_heading, list_item, text,
};

void dg_line_classify(const char *t, size_t len, dg_line *ln) {
  const char *p = t + ln->start, *e = t + ln->end;
  int indent = 0;
  for (; p < e && (*p == ' ' || *p == '\t'); p++) indent += *p == '\t' ? 4 : 1;
  while (e > p && (e[-1] == ' ' || e[-1] == '\t')) e--;
  ln->indent = indent;
  ln->mark = DG_MARK_NONE;
  ln->cstart = (uint32_t)(p - t);
  ln->end = (uint32_t)(e - t);
  for (size_t i = 0; !line_rules[i](t, len, ln); i++) continue;
}

int dg_line_bare_number(const char *t, uint32_t cstart, uint32_t end, uint32_t *content) {
  const char *p = t + cstart, *e = t + end, *q = p;
  int n = 0;
  while (q < e && q - p < 2 && dg_is_digit(*q)) n = n * 10 + (*q++ - '0');
  /* "1 2006年：…", "12 Summary": digits, one space, then text */
  if (q == p || n == 0 || q + 1 >= e || *q != ' ' || q[1] == ' ') return 0;
  *content = (uint32_t)(q + 1 - t);
  return n;
}

int dg_line_ends_sentence(const char *t, uint32_t start, uint32_t end) {
  if (end <= start) return 1;
  uint32_t cp = dg_cp_before(t, end);
  return cp == 0x3002 || cp == '.' || cp == '!' || cp == '?' || cp == 0xFF01 ||
         cp == 0xFF1F || cp == ':' || cp == 0xFF1A;
}
