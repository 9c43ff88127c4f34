/* The rule word lists, for the recognizers and relation rules inside the library.
 * One dg_wordlist per file of dicts/rules/ (the files' columns are in dicts/rules/README.md);
 * each word's payload is the view of dg_word.as named after its list. Lists from several
 * directories are merged, a later word replacing an earlier one with the same text. To add
 * a list: a field here, a row in `lists` of lex/rules.c (its file, columns and row parser),
 * the file in dicts/rules/, and its columns in dicts/rules/README.md. */
#ifndef DG_LEX_RULES_LISTS_H
#define DG_LEX_RULES_LISTS_H

#include "docgraph/rules.h"
#include "lex/wordlist.h"

/* Where a word of name_joiners.tsv may stand in an English name (bits). */
enum {
  DG_JOIN_BEFORE = 1,         /* between capitalized words before the head */
  DG_JOIN_BEFORE_THE = 2,     /* there, followed by "the" */
  DG_JOIN_AFTER = 4,          /* opening the part after the head */
  DG_JOIN_AFTER_PROGRAM = 8,  /* the same after a program's head only */
  DG_JOIN_INSIDE = 16,        /* between the words of that part */
  DG_JOIN_INSIDE_THE = 32,    /* there, followed by "the" */
  DG_JOIN_ARTICLE = 64,       /* "the" */
  DG_JOIN_AND = 128,          /* coordinates: a name never runs over it into another name */
  DG_JOIN_PURPOSE = 256,      /* opens a purpose after a meeting's head: an organization */
  DG_JOIN_VENUE = 512,        /* + a known place or country ending a name: where, no part */
  DG_JOIN_VENUE_KNOWN = 1024  /* the same after a name a dictionary lists whole only */
};

/* Where a word of currency_signals.tsv counts (see the file's header). */
enum {
  DG_SIGNAL_TEXT = 1, /* anywhere: an issuing body, a web domain */
  DG_SIGNAL_DATELINE, /* beginning a line, in capitals */
  DG_SIGNAL_AMOUNT,   /* the currency of an amount, written out (US$, AUD) */
  DG_SIGNAL_COUNTRY,  /* next to a country's name (Australian Government) */
  DG_SIGNAL_GIVER     /* after a country's name, before a bare sign (New Zealand will provide $) */
};

struct dg_rules {
  dg_wordlist currencies;     /* code = ISO 4217; as.currency.side */
  dg_wordlist scales;         /* as.scale.power */
  dg_wordlist qualifiers;     /* code = qualifier name; as.qualifier */
  dg_wordlist qualifier_repeats; /* 同: in parentheses, the sum repeats the qualifier before */
  dg_wordlist eras;           /* as.era.first_year */
  dg_wordlist months;         /* as.month.month */
  dg_wordlist abbreviations;  /* words ending in '.' that do not end a sentence */
  dg_wordlist counters;       /* quantity units: code = English unit */
  dg_wordlist kanji_digits;   /* as.numeral: digit value, or power of ten for 十百千 */
  dg_wordlist day_words;      /* words ending in 日 that are days, not Japan (本日, 来日) */
  dg_wordlist chain_words;    /* abbreviation chains that are also words (日中: daytime) */
  dg_wordlist attend_before;  /* attend, take part in: the name after it is attended */
  dg_wordlist attend_after;   /* に出席: the name before it is attended */
  dg_wordlist held_after;     /* が開催され: the name before it is held, a meeting */
  dg_wordlist place_held;     /* 開催: right after a place, a meeting of の is held there */
  dg_wordlist meeting_bodies; /* Forum, 総会: a body that exists to meet */
  dg_wordlist session_bodies; /* Council: its name "of" a day is its session that day */
  dg_wordlist stance_after;   /* への支持: the verb is a stance toward the program before */
  dg_wordlist stance_before;  /* support for: the verb is a stance toward the program after */
  dg_wordlist it_verbs;       /* was attended by: "It" before it may be the meeting */
  dg_wordlist conduct_verbs;  /* を行い: right after a meeting's name, it holds the meeting */
  dg_wordlist humble_verbs;   /* まいりました: after a trigger, the speaker is its subject */
  dg_wordlist heads;          /* name head words: as.head.type */
  dg_wordlist group_heads;    /* heads only after groups and countries (日メコン協力): as.head */
  dg_wordlist loan_heads;   /* 借款, 円借款: plain words before one name a loan */
  dg_wordlist delegate_bodies; /* Ministry, 政府: a body of the country its name holds */
  dg_wordlist meeting_attributes; /* relations: a meeting's lower-case head before one is no head */
  dg_wordlist lead_parties; /* ministers, officials: a news lead's parties ("of" + a list) */
  dg_wordlist report_titles; /* Joint Statement of the: a meeting's title besides its name */
  dg_wordlist meeting_parts; /* the formal session: a part of the meeting spoken of */
  dg_wordlist meeting_roles; /* Forum Observers: the meeting's body, not another meeting */
  dg_wordlist remote_words;  /* online, virtually: a meeting placed nowhere */
  dg_wordlist name_purposes; /* に向けた, に関する: a program's name goes left over them */
  dg_wordlist name_causes;   /* による, を活用した: as name_purposes, after plain nouns only */
  dg_wordlist cofinancing;   /* に対する協調融資: the sum after it is the program's before */
  dg_wordlist shared_heads; /* 大学, 銀行: after a country and の alone, no one body */
  dg_wordlist marked_heads; /* ネットワーク: a name only with an ordinal, parties, an acronym */
  dg_wordlist topic_heads;  /* 協定, 覚書: a clause of topic before one alone names it */
  dg_wordlist group_suffixes; /* 関連: after a group, a word of the name that goes on */
  dg_wordlist group_head_modifiers; /* 今後の, による: before 日ASEAN協力, cooperation of a kind */
  dg_wordlist body_heads;     /* Ministers: a body that names its meeting when glossed (AMF) */
  dg_wordlist headline_verbs; /* Attends, Hosts: a headline's verb, no word of a name */
  dg_wordlist titles;         /* person titles: as.title.side (Japanese after the name) */
  dg_wordlist office_titles;  /* 大統領, President: the office they name (code, as people.tsv's
                                 terms= names it) and the side of the name (as.title.side) */
  dg_wordlist coref;          /* back references (本会合): as.coref */
  dg_wordlist place_triggers; /* において, held in: as.place_trigger.side of the place */
  dg_wordlist place_preps;    /* in: before a place that ", <known place>" follows */
  dg_wordlist name_stops;     /* words that never begin or belong to a head-word name */
  dg_wordlist release_labels; /* MEDIA RELEASE: a release's label, no one's name */
  dg_wordlist press_words;    /* Press Conference: an event for the press, no meeting */
  dg_wordlist dateline_senders; /* DEPARTMENT OF ... CANBERRA: a sender's line ends in a dateline */
  dg_wordlist portfolios;     /* Finance, Trade: a minister's portfolio between title and name */
  dg_wordlist both_meetings;  /* 両会議, 両会合: both meetings the title joins */
  dg_wordlist chair_copulas;  /* である: 議長国であるXのY, the chair country named after it */
  dg_wordlist party_members;  /* 政府, 部局, 外相: a party's agency or members before による */
  dg_wordlist party_joins;    /* による, との間で: parties before a meeting they hold */
  dg_wordlist member_words;   /* 加盟国, member states: after a body, its members, no meeting */
  dg_wordlist lasting_words;  /* since, 以来: the date is where a lasting time starts;
                                 as.title.side: the word's side of the date */
  dg_wordlist other_occasions; /* last, briefing, 次回会合は: a holding verb holds another
                                  occasion; as.title.side: the word's side of the verb */
  dg_wordlist body_titles;    /* 長官, spokesman: a body beside one is part of a person's title;
                                 as.title.side: the title's side of the body */
  dg_wordlist charge_words;   /* 担当: a Japanese portfolio's own word, no portfolio alone */
  dg_wordlist name_honorifics; /* U, Daw: Burmese honorifics that open and belong to a name */
  dg_wordlist name_particles; /* de, van, bin: small words inside a person's name */
  dg_wordlist ordinals;       /* English ordinal words: as.ordinal.number */
  dg_wordlist ordinal_suffixes; /* st, nd, rd, th: as.ordinal_suffix.follows */
  dg_wordlist name_connectors;  /* に係る: joins two compounds of one Japanese name */
  dg_wordlist name_joiners;     /* of, and, the: as.joiner.roles (DG_JOIN_*) */
  dg_wordlist title_words;      /* titled, entitled: a quoted English title follows */
  dg_wordlist definitions;      /* 以下, hereinafter: a short name is defined in parentheses */
  dg_wordlist triggers;       /* words that type relations: as.trigger.kind */
  dg_wordlist roles;          /* は, を, under: the part of the name next to them: as.role */
  dg_wordlist clause_breaks;  /* which, while: an English clause starts: as.clause_break */
  dg_wordlist meeting_links;  /* in, held on, among after a meeting: as.meeting_link */
  dg_wordlist documents;      /* Declaration, 声明: a program that is a text owns no money */
  dg_wordlist cumulative;     /* 累計, cumulative: the amount after them is a running total */
  dg_wordlist statistics;     /* GDP, 貿易額: the amount after them measures an economy, no pledge */
  dg_wordlist aid_forms;      /* loan, 円借款: a program named so is a form of aid, not a fund */
  dg_wordlist receiving;      /* received, 受け取: their country subject gets the money */
  dg_wordlist venue_words;    /* 開催地, venue: the place after them is a meeting's venue */
  dg_wordlist venue_links;    /* of, was, は, ：: what may stand between a venue word and its place */
  dg_wordlist date_words;     /* 開催日, 日時: the date after them is a meeting's date */
  dg_wordlist buildings;      /* ホテル, 会議場: a venue inside a place, which is the meeting's */
  dg_wordlist exclusion_words; /* except, を除く: the actor beside it takes no part */
  dg_wordlist side_events;    /* 夕食会, Reception: beside a meeting, never a section's own */
  dg_wordlist ceremony_heads; /* 締結式, 署名式: a heading line of a plain compound names it */
  dg_wordlist meeting_modifiers; /* annual, regular: before a meeting's words, no other meeting */
  dg_wordlist described_heads;     /* summit, meeting: the head of a meeting named by a description */
  dg_wordlist described_modifiers; /* regional, ministerial: the words of such a description */
  dg_wordlist described_settings;  /* held in, that took place: where or when it is held */
  dg_wordlist described_counts;    /* since, under: the first meeting since ... counts times */
  dg_wordlist described_verbs;     /* held, hosted: before a meeting described by its parties */
  dg_wordlist described_parties;   /* officials, ambassadors: the people such a meeting is with */
  dg_wordlist reference_modifiers; /* two-day, half-day: the two-day summit refers back */
  dg_wordlist party_links;    /* with, and, と: another party joined to a group */
  dg_wordlist country_parts;  /* 南部, 北部: a part of the country before them, no name's part */
  dg_wordlist bu_countries;   /* 中国, 韓国: their ministries are 部 (商務部, 外交部) */
  dg_wordlist sinitic_surnames; /* 王, 李, 朴: one kanji opening a Chinese or Korean name */
  dg_wordlist vn_surnames;    /* Nguyen, Tran, Le: a Vietnamese family name, as written */
  dg_wordlist pronouns;       /* we, 我々: the authors of a statement */
  dg_wordlist personal_possessives; /* his, their: an ordinal after one is not a series' */
  dg_wordlist noun_endings;   /* -tion, -ment: a Capitalized word ending so is no given name */
  dg_wordlist surname_endings; /* 川, 口: a known noun so ending may be a family name */
  dg_wordlist hosts;          /* will host, hosted: their subject is a meeting's venue */
  dg_wordlist list_joiners;   /* 、, 及び, and: between the names of one list */
  dg_wordlist first_person;   /* 私: the speaker of a speech */
  dg_wordlist self_intros;    /* です: after the name by which a speaker introduces himself */
  dg_wordlist speech_words;   /* 挨拶, remarks: a title naming one is a speech's */
  dg_wordlist scene_verbs;    /* agreed, discussed: a subject so acting at a scene meeting attends */
  dg_wordlist scene_parts;    /* outset, opening session: at the outset of the M is its scene */
  dg_wordlist scene_openers;  /* Addressing: "Addressing the M, A said" has the M as scene */
  dg_wordlist session_verbs;  /* opened, ended: "A and B ended the M" -> A and B attend */
  dg_wordlist opening_words;  /* 冒頭、: the first person after one spoke at the meeting */
  dg_wordlist result_words;   /* 結果, 概要: a lead reporting a meeting's is about it */
  dg_wordlist report_verbs;   /* said, cites: a closing ", X said" names a reporter */
  dg_wordlist report_openers; /* according to: a closing ", according to X" names one */
  dg_wordlist date_openers;   /* On, In the morning of: before the date opening a sentence */
  dg_wordlist date_tails;     /* local time: after the date opening a sentence, before its comma */
  dg_wordlist future_occasions; /* next: before a meeting's name, an occasion still to come */
  dg_wordlist next_meetings; /* 次回: before a meeting's name or head, the next one */
  dg_wordlist planned_after;    /* scheduled: after a meeting's name, an occasion still to come */
  dg_wordlist credit_words;   /* Photo:, Photo by: the name after one credits a picture */
  dg_wordlist whole_heads;    /* Summit: its numbered sessions are its parts */
  dg_wordlist partner_heads;  /* Session: a name going on "with" its partner */
  dg_wordlist proxy_words;    /* on behalf of: whom a chair acts for */
  dg_wordlist outcome_documents; /* Joint Statement, 共同声明: a meeting's, named by kind only */
  dg_wordlist outcome_verbs;     /* adopted, signing of: a described outcome document follows */
  dg_wordlist outcome_heads;     /* action plan, declaration: the head of such a description */
  dg_wordlist outcome_modifiers; /* annual, joint: lower-case words of such a description */
  dg_wordlist fund_heads;     /* fund, facility: "to a cooperation fund" names a fund */
  dg_wordlist totals;         /* 総額, projects, worth: a sum over several things (DG_TOTAL_*) */
  dg_wordlist complements;    /* として: a program before them is what the verb after adopts */
  dg_wordlist appositives;    /* という: a program before them names the noun after them */
  dg_wordlist list_pointers;   /* 以下の, the following: what a verb acts on is listed after */
  dg_wordlist carry_openers;   /* 具体的には: the sentence goes on with the meeting of the one before */
  dg_wordlist contrast_openers; /* while, whereas: the clause shares the attended meeting before */
  dg_wordlist closing_openers; /* Done at, Issued in: an outcome text's closing place and date */
  dg_wordlist bilateral_words; /* bilateral meetings with: those met, no party elsewhere */
  dg_wordlist met_words;       /* met, held talks with: those met, no party across a break */
  dg_wordlist talk_titles;     /* Meeting with, Call with: a readout title's talks */
  dg_wordlist readout_openers; /* Readout of: opens a readout title, no part of its name */
  dg_wordlist talks_prefixes;  /* 電話, テレビ: between と and 会談 in talks named by a person */
  dg_wordlist side_occasions;  /* 機会に, の際に: talks after one are side talks, no meeting */
  dg_wordlist future_hosts;    /* to host, will host: a meeting to come, not attended */
  dg_wordlist margin_words;    /* on the margins of: a meeting beside, not attended */
  dg_wordlist noun_verbs;      /* meet: a noun after an article (the defence meet), no trigger */
  dg_wordlist auxiliaries;     /* will, to: a verb after them (will meet), no noun */
  dg_wordlist participant_headings; /* 出席国, Participants: a heading over who takes part */
  dg_wordlist participant_heading_parts; /* オブザーバー, 国際機関: joined to one by ・ */
  dg_wordlist party_labels;   /* 諸国, 国際機関: a label's end naming a party of a list */
  dg_wordlist party_nouns;    /* countries, leaders: after a group's bare name, the party */
  dg_wordlist chaired_others; /* pillar, working group: a chairing word's object, no meeting */
  dg_wordlist chair_terms;    /* incoming, former: a chair of another term than the meeting's */
  dg_wordlist heading_suffixes; /* 等, 予定者: after a field heading's word (出席者予定者) */
  dg_wordlist hosted_others;  /* facilities, secretariat: a holding verb's object, no meeting */
  dg_wordlist city_words; /* capital, city, 首都: the Kazakh capital, Astana is Astana */
  dg_wordlist trip_purposes; /* for the, for the annual: in Suva for the Forum */
  dg_wordlist stay_verbs;    /* met, welcomed: met in Suva for the Forum */
  dg_wordlist statement_titles; /* 共同声明: after a meeting's head, a statement named after it */
  dg_wordlist list_fillers;   /* 等, オブザーバー: words a line of names may hold besides them */
  dg_wordlist relative_dates; /* 昨年, 翌年, 同月, last year: as.relative */
  dg_wordlist month_modifiers; /* this, next: the Summit this November in Hanoi */
  /* amounts, numbers and dates */
  dg_wordlist number_prefixes;   /* 第, 数, 毎: no number after them; as.number_prefix */
  dg_wordlist number_suffixes;   /* 年, %, 倍, percent: a number before them is no amount */
  dg_wordlist counter_compounds; /* 間, 当たり: a counter before them makes a compound */
  dg_wordlist amount_ranges;     /* 〜, から, to, and between two amounts: as.amount_range */
  dg_wordlist date_ranges;       /* 〜, から, to, until between two dates: as.date_range */
  dg_wordlist day_ranges;        /* -, to between two days of a month: as.day_range */
  dg_wordlist day_lists;         /* 、, and between listed days of a month: as.day_range */
  dg_wordlist bare_day_before;    /* 、 は 現地時間: before a day alone (10日、) that is a date */
  dg_wordlist bare_day_not_after; /* 間 目 前: after a day alone that make it a count of days */
  dg_wordlist range_words;       /* between, from, に around a range: as.range_word */
  dg_wordlist date_prepositions; /* in, since, by before a bare year: as.date_preposition */
  dg_wordlist date_bounds;       /* by, まで: a year that is a limit: as.date_bound */
  dg_wordlist date_past;         /* since, 以来: a date already past: as.date_bound */
  dg_wordlist fiscal_years;      /* FY, fiscal year before a year: as.fiscal_year */
  dg_wordlist year_parts;        /* 上半期, 秋, 末 after a relative year (本年秋) */
  dg_wordlist weekdays;          /* 月, 火, 祝, 曜 in a weekday in parentheses */
  dg_wordlist number_words;      /* twenty, thousand (years in words): as.number_word */
  dg_wordlist country_currencies; /* AU: as.country_currency; code = its signs, |-separated */
  dg_wordlist currency_signals;   /* DFAT, CANBERRA, A$: as.currency_signal (DG_SIGNAL_*) */
  void *arena;                /* the words' text */
};

#endif
