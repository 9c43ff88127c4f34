/* The corpus store's schema (docs/store.md says what each column means, with example
 * queries): the tables docgraph writes and reads back, and views for researchers. A
 * document's rows are keyed by (doc, index) in the document's own order, so reading them
 * back in key order gives the result as it was. Changing a table changes DG_STORE_SCHEMA.
 * The table windows (a long document's windows, each with its bases: where its indices
 * start in the document) is made with the first long document the store holds. */
#include "store/store_int.h"

const char *const dgs_schema =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;\n"
    "CREATE TABLE documents (\n"
    "  doc INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,\n"
    "  size INTEGER NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL,\n"
    "  pages INTEGER NOT NULL, date TEXT, date_end TEXT, date_precision TEXT,\n"
    "  sentences INTEGER NOT NULL, mentions INTEGER NOT NULL, relations INTEGER NOT NULL,\n"
    "  w_year INTEGER, w_month INTEGER, w_day INTEGER, w_year2 INTEGER, w_month2 INTEGER,\n"
    "  w_day2 INTEGER, w_prec INTEGER, w_fiscal INTEGER);\n"
    "CREATE TABLE sentences (\n"
    "  doc INTEGER NOT NULL, sentence INTEGER NOT NULL, line INTEGER NOT NULL,\n"
    "  page INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (doc, sentence)) WITHOUT ROWID;\n"
    "CREATE TABLE mentions (\n"
    "  doc INTEGER NOT NULL, mention INTEGER NOT NULL, sentence INTEGER, type TEXT NOT NULL,\n"
    "  entity TEXT NOT NULL, label TEXT NOT NULL, label_en TEXT NOT NULL, text TEXT NOT NULL,\n"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL,\n"
    "  col INTEGER NOT NULL, page INTEGER NOT NULL, implicit INTEGER NOT NULL,\n"
    "  value TEXT, value_max TEXT, currency TEXT, unit TEXT, qualifier TEXT,\n"
    "  date TEXT, date_end TEXT, date_precision TEXT,\n"
    "  norm_start INTEGER NOT NULL, norm_end INTEGER NOT NULL, dict_entity INTEGER NOT NULL,\n"
    "  v_mant INTEGER, v_exp INTEGER, v_max_mant INTEGER, v_max_exp INTEGER,\n"
    "  v_range INTEGER, v_qualifier INTEGER,\n"
    "  w_year INTEGER, w_month INTEGER, w_day INTEGER, w_year2 INTEGER, w_month2 INTEGER,\n"
    "  w_day2 INTEGER, w_prec INTEGER, w_fiscal INTEGER, v_cumulative INTEGER,\n"
    "  PRIMARY KEY (doc, mention)) WITHOUT ROWID;\n"
    "CREATE TABLE units (\n"
    "  doc INTEGER NOT NULL, unit INTEGER NOT NULL, sentence INTEGER NOT NULL,\n"
    "  mentions TEXT NOT NULL, PRIMARY KEY (doc, unit)) WITHOUT ROWID;\n"
    "CREATE TABLE relations (\n"
    "  doc INTEGER NOT NULL, relation INTEGER NOT NULL, kind TEXT NOT NULL,\n"
    "  source INTEGER NOT NULL, target INTEGER NOT NULL, sentence INTEGER NOT NULL,\n"
    "  rule TEXT NOT NULL, PRIMARY KEY (doc, relation)) WITHOUT ROWID;\n"
    "CREATE TABLE warnings (\n"
    "  doc INTEGER NOT NULL, warning INTEGER NOT NULL, message TEXT NOT NULL,\n"
    "  PRIMARY KEY (doc, warning)) WITHOUT ROWID;\n"
    "CREATE TABLE failures (path TEXT PRIMARY KEY, message TEXT NOT NULL) WITHOUT ROWID;\n"
    "CREATE TABLE skipped (path TEXT PRIMARY KEY) WITHOUT ROWID;\n"
    /* views: what researchers ask most, joined */
    "CREATE VIEW entities AS\n"
    "  SELECT entity, min(type) AS type, min(label) AS label, min(label_en) AS label_en,\n"
    "         count(*) AS mentions, count(DISTINCT doc) AS documents\n"
    "  FROM mentions GROUP BY entity;\n"
    "CREATE VIEW ties AS\n"
    "  SELECT d.path AS path, r.kind AS kind, a.entity AS source, b.entity AS target,\n"
    "         s.line AS line, s.page AS page, s.text AS evidence, r.rule AS rule\n"
    "  FROM relations r JOIN documents d ON d.doc = r.doc\n"
    "  JOIN mentions a ON a.doc = r.doc AND a.mention = r.source\n"
    "  JOIN mentions b ON b.doc = r.doc AND b.mention = r.target\n"
    "  LEFT JOIN sentences s ON s.doc = r.doc AND s.sentence = r.sentence;\n";

const char *const dgs_windows_schema =
    "CREATE TABLE IF NOT EXISTS windows (\n"
    "  doc INTEGER NOT NULL, window INTEGER NOT NULL, bytes INTEGER NOT NULL,\n"
    "  sentence INTEGER NOT NULL, sentences INTEGER NOT NULL,\n"
    "  mention INTEGER NOT NULL, mentions INTEGER NOT NULL,\n"
    "  unit INTEGER NOT NULL, units INTEGER NOT NULL,\n"
    "  relation INTEGER NOT NULL, relations INTEGER NOT NULL,\n"
    "  warning INTEGER NOT NULL, warnings INTEGER NOT NULL,\n"
    "  PRIMARY KEY (doc, window)) WITHOUT ROWID;\n";
