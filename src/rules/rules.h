// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Loaded rules: the TSV tables of rules/hi/ held as hashed string tables, and the
 * number rule text (rules/hi/numbers.rbnf) compiled once by ICU. Immutable after
 * vachak_rules_load(); every lookup is const and thread-safe.
 */
#ifndef VK_RULES_H
#define VK_RULES_H

#include "vachak.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unicode/unum.h>

#define VK_MAX_COLS 5

/* Every rules file the loader knows, in the order they are loaded. The catalog
 * (catalog.c) gives each its file name and column count. */
typedef enum vk_table_id {
    VK_T_CLEANUP,          /* hi/cleanup.tsv: characters dropped or replaced */
    VK_T_NUMBER_WORDS,     /* hi/number-words.tsv: minus, decimal point ... */
    VK_T_ORDINAL_SUFFIXES, /* hi/ordinal-suffixes.tsv: written suffix -> number ruleset */
    VK_T_PUNCTUATION,      /* hi/punctuation.tsv: punctuation kept in the spoken text */
    VK_T_CURRENCIES,       /* hi/currencies.tsv: ₹, Rs., $ ... and their words */
    VK_T_SCALES,           /* hi/scales.tsv: लाख, करोड़, billion ... */
    VK_T_UNITS,            /* hi/units.tsv: km, °C, %, घंटे ... */
    VK_T_MONTHS,           /* hi/months.tsv: month names and numbers */
    VK_T_YEAR_CUES,        /* hi/year-cues.tsv: सन्, ई., में ... */
    VK_T_PARTS_OF_DAY,     /* hi/parts-of-day.tsv: सुबह, शाम ... by hour */
    VK_T_MERIDIEM,         /* hi/meridiem.tsv: AM, PM */
    VK_T_FRACTIONS,        /* hi/fractions.tsv: 1/2 आधा, ¾ तीन चौथाई ... */
    VK_T_DIGIT_CUES,       /* hi/digit-cues.tsv: पिन, कोड ... (then digit by digit) */
    VK_T_POSTPOSITIONS,    /* hi/postpositions.tsv: में, से, की ... (oblique before them) */
    VK_T_FEMININE_NOUNS,   /* hi/feminine-nouns.tsv: सदी, कक्षा ... (21st सदी इक्कीसवीं) */
    VK_T_NUMBER_NAMES,     /* hi/number-names.tsv: 9/11, 24x7 ... said as names */
    VK_T_LETTERS,          /* hi/letters.tsv: Latin letter names (AWS ए डब्ल्यू एस) */
    VK_T_ACRONYM_WORDS,    /* hi/acronym-words.tsv: acronyms said as words (NASA नासा) */
    VK_T_NAMES,            /* hi/names.tsv: Latin-script names (Amazon अमेज़ॉन) */
    VK_T_ENGLISH_NUMBERS,  /* hi/english-numbers.tsv: 5G फ़ाइव जी, World War II ... टू */
    VK_T_ENGLISH_PHONEMES, /* hi/english-phonemes.tsv: eSpeak NG English phonemes -> Devanagari */
    VK_T_REGNAL,           /* hi/regnal.tsv: चार्ल्स III चार्ल्स तृतीय */
    VK_T_ROMAN_CUES,       /* hi/roman-cues.tsv: words that say how a Roman numeral is read */
    VK_T_ABBREVIATIONS,    /* hi/abbreviations.tsv: डॉ. डॉक्टर, vs बनाम */
    VK_T_SYMBOLS,          /* hi/symbols.tsv: + प्लस, & और / एंड */
    VK_T_WEB_WORDS,        /* hi/web-words.tsv: pieces of web and e-mail addresses */
    VK_T_CAPS_WORDS,       /* hi/caps-words.tsv: words in capitals read as words (LIVE, BREAKING) */
    VK_T_COUNT
} vk_table_id;

typedef struct vk_table_spec {
    const char *name;      /* path relative to a rules folder, e.g. "hi/cleanup.tsv" */
    uint8_t min_cols;      /* including the key column */
    uint8_t max_cols;
    bool fold_case;        /* keys compare ASCII-case-insensitively */
} vk_table_spec;

extern const vk_table_spec vk_table_specs[VK_T_COUNT];

/* The number rule file and the rulesets the code relies on. */
#define VK_RBNF_FILE "hi/numbers.rbnf"
typedef enum vk_ruleset {
    VK_RS_CARDINAL,        /* %spellout-cardinal */
    VK_RS_DIGITS,          /* %spellout-digits: one word per digit */
    VK_RS_YEAR,            /* %spellout-year */
    VK_RS_ORD_MASC,        /* %spellout-ordinal-masculine: पाँचवां */
    VK_RS_ORD_FEM,         /* %spellout-ordinal-feminine: पाँचवीं */
    VK_RS_ORD_OBL,         /* %spellout-ordinal-oblique: पाँचवें */
    VK_RS_COUNT
} vk_ruleset;

extern const char *const vk_ruleset_names[VK_RS_COUNT];

/* One data line of a TSV file. Strings live in the rules' arenas. */
typedef struct vk_entry {
    const char *col[VK_MAX_COLS]; /* col[0] is the key; unused columns are NULL */
    uint8_t ncols;
    uint16_t file;                /* index into rules->files */
    uint32_t line;
    uint32_t mask;                /* derived tables only: a bit set per vk_table_id */
} vk_entry;

typedef struct vk_table {
    vk_entry *entries;
    size_t n, cap;
    uint32_t *slots;              /* open addressing: entry index + 1, 0 = empty */
    size_t nslots;                /* a power of two */
    bool fold_case;
} vk_table;

#define VK_TEXTINFO_LIMIT 0x3000

/* A clean-up rule of hi/cleanup.tsv, prepared by text/ for a binary search. */
typedef struct vk_cleanup_rule {
    UChar32 cp;
    uint8_t len;                  /* bytes of repl; 0 means drop */
    bool keep_after_digit;        /* drop-unless-after-digit: 5'10" keeps its marks */
    char repl[14];
} vk_cleanup_rule;

struct vachak_rules {
    vk_table tables[VK_T_COUNT];
    char **files;                 /* display names of loaded files, for explain and errors */
    size_t nfiles;
    char **arenas;                /* owned file contents the entries point into */
    size_t narenas;
    UNumberFormat *nf;            /* the compiled number rules (cloned per context) */
    uint16_t rbnf_file;           /* index into files */
    uint32_t ruleset_line[VK_RS_COUNT];

    /* derived at load time by the stages' prepare steps (core/pipeline.c) */
    vk_cleanup_rule *cleanup;     /* sorted by cp */
    size_t ncleanup;
    const vk_entry *month_by_number[13]; /* the name said for month 1..12 */
    vk_table firsts;              /* first tokens of all keys -> mask of tables (see vk_match) */
    char *firsts_arena;
    uint16_t *textinfo;           /* per code point below VK_TEXTINFO_LIMIT: see text.c */
    struct vk_english *english;   /* hi/english-phonemes.tsv compiled (verbalize/phon2deva.h) */
    unsigned names_max_words;     /* the most words in one key of hi/names.tsv */
    vk_table names_joined;        /* its names of several words written together: incometax */
    char *names_joined_arena;
    struct vk_symbol {            /* hi/symbols.tsv by code point */
        UChar32 cp;
        const vk_entry *e;
    } *symbols;
    size_t nsymbols;
};

/* Look up `key` (len bytes) in a table; NULL if absent. */
const vk_entry *vk_rules_get(const vachak_rules *r, vk_table_id t, const char *key, size_t len);
const vk_entry *vk_rules_get_in(const vk_table *t, const char *key, size_t len);

/* The display name of the file an entry came from. */
static inline const char *vk_rules_file(const vachak_rules *r, unsigned file)
{
    return file < r->nfiles ? r->files[file] : "";
}

/* ---- internals shared by the loader's files ---- */

/* The default rules, embedded at build time (a generated file in the build folder). */
typedef struct vk_embedded_file {
    const char *name;             /* e.g. "hi/cleanup.tsv" */
    const unsigned char *data;
    size_t len;
} vk_embedded_file;
extern const vk_embedded_file vk_embedded_files[];
extern const size_t vk_embedded_count;

/* Parse one TSV file held in `data` (modified in place: tabs and newlines become
 * NULs; the caller keeps `data` alive as long as the table) into table t. Entries
 * replace earlier entries with the same key from other files; a repeated key within
 * this file is an error. */
vachak_status vk_tsv_parse(vachak_rules *r, vk_table_id t, char *data, size_t len,
                           uint16_t file, vachak_error *err);

/* Insert or replace an entry. Returns false on allocation failure. `*dup` is set
 * when the key already exists from the same file. */
bool vk_table_put(vk_table *t, const vk_entry *e, bool *dup);
void vk_table_free(vk_table *t);
const vk_entry *vk_table_find(const vk_table *t, const char *key);

/* Compile the number rules (UTF-8 text) into r->nf; errors name file:line. */
vachak_status vk_rbnf_compile(vachak_rules *r, const char *text, size_t len, uint16_t file,
                              vachak_error *err);

/* True if the UTF-8 string is valid and in NFC. */
bool vk_is_nfc(const char *s, size_t len);

#endif
