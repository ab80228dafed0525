// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The normaliser context and the data the pipeline stages hand each other:
 * one input line at a time, cleaned text -> tokens -> items -> spoken words.
 * Every token and item is a span into the cleaned line, and the cleaned line maps
 * back to input bytes, so each spoken word can be traced to what was written.
 */
#ifndef VK_CTX_H
#define VK_CTX_H

#include "core/buf.h"
#include "rules/rules.h"
#include "vachak.h"

#include <stdbool.h>
#include <stdint.h>
#include <unicode/unum.h>
#include <unicode/utypes.h>

/* ---- tokens (token/) ---- */

typedef enum vk_tok_kind {
    VK_TOK_DEVA,    /* a run of Devanagari letters and marks */
    VK_TOK_LATIN,   /* a run of Latin letters */
    VK_TOK_WORD,    /* a run of letters of another script */
    VK_TOK_DIGITS,  /* a run of digits, ASCII or Devanagari (one script per run) */
    VK_TOK_PUNCT,   /* one punctuation or symbol character */
} vk_tok_kind;

typedef struct vk_token {
    uint32_t off, len;   /* byte span in the cleaned line */
    uint8_t kind;        /* vk_tok_kind */
    bool space;          /* whitespace (or the line start) comes before it */
    bool sent_start;     /* it starts a sentence */
    UChar32 cp;          /* VK_TOK_PUNCT: the character */
} vk_token;

/* ---- items (classify/ -> verbalize/) ---- */

typedef enum vk_class {
    VK_C_PLAIN,      /* Devanagari (or other) words read as written */
    VK_C_PUNCT,      /* punctuation kept in the output */
    VK_C_DROPPED,    /* a symbol with no spoken form, left out */
    VK_C_CARDINAL,
    VK_C_DECIMAL,
    VK_C_DIGITS,     /* read digit by digit (leading zero, over-long, after पिन) */
    VK_C_ORDINAL,    /* 21वीं */
    VK_C_YEAR,       /* सन् 1947, 1998 में */
    VK_C_DATE,       /* 22 नवंबर, 2024; 22/11/2024 */
    VK_C_TIME,       /* 10:30 बजे, 7:45 PM */
    VK_C_MONEY,      /* ₹500, $4 बिलियन, 500 रु. */
    VK_C_PERCENT,    /* 50% */
    VK_C_MEASURE,    /* 5 km, 25°C, 2.5 घंटे, 200x10 */
    VK_C_FRACTION,   /* 1/2, ¾, 3 1/2 */
    VK_C_RANGE,      /* 10-15, 2014-15 */
    VK_C_PHONE,      /* +91 98765 43210, पिन कोड 110001 */
    VK_C_ELECTRONIC, /* an IP address 192.168.1.1, a web or e-mail address */
    VK_C_VERSION,    /* 3.5.1 */
    VK_C_RATIO,      /* 1:2 */
    VK_C_NAMED,      /* a number that is a name: 9/11, 24x7 (hi/number-names.tsv) */
    VK_C_ACRONYM,    /* capitals spelled or said as a word, with any digits: AWS, G20, 5G */
    VK_C_ENGLISH,    /* other Latin-script words: names, then eSpeak NG's English phonemes */
    VK_C_GLOSS,      /* a parenthesised Latin gloss after Hindi: left out */
    VK_C_ABBREV,     /* an abbreviation (hi/abbreviations.tsv) or dotted initials */
    VK_C_SYMBOL,     /* a symbol read as a word (hi/symbols.tsv) */
    VK_C_ROMAN,      /* a Roman numeral: regnal, a count, or English */
    VK_C_COUNT
} vk_class;

extern const char *const vk_class_names[VK_C_COUNT];

/* A number as written: spans of the cleaned line holding its digits (group
 * separators allowed inside int part). */
typedef struct vk_num {
    uint32_t int_start, int_end;   /* integer part, e.g. "1,00,000" */
    uint32_t frac_start, frac_end; /* fraction digits after the point; empty if none */
    bool neg;                      /* written with a minus sign */
    bool plus;                     /* written with a plus sign (+5°C) */
    bool has_point;
} vk_num;

/* Where a reading came from: a rules file line (and optionally a named rule). */
typedef struct vk_source {
    uint16_t file;       /* index into rules->files; VK_NO_FILE if none */
    uint32_t line;
    const char *name;    /* e.g. "%spellout-cardinal", or NULL */
} vk_source;
#define VK_NO_FILE UINT16_MAX

/* How a Roman numeral is read (hi/roman-cues.tsv names them). */
typedef enum vk_roman_reading {
    VK_ROMAN_REGNAL,   /* hi/regnal.tsv: चार्ल्स III चार्ल्स तृतीय */
    VK_ROMAN_CARDINAL, /* a Hindi number: कक्षा IX कक्षा नौ */
    VK_ROMAN_ENGLISH,  /* hi/english-numbers.tsv: World War II वर्ल्ड वॉर टू */
} vk_roman_reading;

/* vk_item.iv[1] of ACRONYM, ELECTRONIC and SYMBOL items */
enum {
    VK_LX_ENGLISH_DIGITS = 1u << 0, /* ACRONYM: digits said in English: 5G फ़ाइव जी */
    VK_LX_SCHEME = 1u << 1,         /* ELECTRONIC: starts with http:// or https://, not read */
    VK_LX_BETWEEN_LATIN = 1u << 2,  /* SYMBOL: between Latin words (AT&T): column 3 */
    VK_LX_IP = 1u << 3,             /* ELECTRONIC: an IP address, 192.168.1.1 */
};

/* An item: a reading of one or more tokens. What the payload holds depends on
 * the class (the recogniser that made it documents its use):
 *   num[]  numbers as written (amounts, range ends, dimensions, years)
 *   ent[]  rules entries involved (currency, scale, unit, month, suffix ...;
 *          ACRONYM, ENGLISH, ABBREV, SYMBOL, ELECTRONIC: ent[0] reads it, or its first part)
 *   iv[]   small integers (day, month, hour, kind flags; ACRONYM, ENGLISH: iv[0]
 *          the tokens ent[0] reads, iv[1] VK_LX_* flags; ROMAN: iv[0] the value,
 *          iv[1] the vk_roman_reading) */
typedef struct vk_item {
    uint32_t tok, ntok;           /* the tokens it covers */
    uint16_t cls;                 /* vk_class */
    uint8_t nnum;
    vk_source src;
    uint32_t spoken_off, spoken_len; /* in ctx->spoken, filled by verbalize/ */
    vk_num num[3];
    const vk_entry *ent[4];
    int32_t iv[4];
} vk_item;

/* The per-context cache of English words already converted (verbalize/english.c). */
typedef struct vk_word_cache vk_word_cache;

/* ---- the context ---- */

struct vachak_ctx {
    const vachak_rules *rules;
    unsigned flags;
    vachak_error *err;
    unsigned calls;              /* vachak_normalize/explain calls so far, for the caches */

    /* the whole input and the line being processed */
    const char *in;
    size_t in_len;
    size_t line_off, line_len;   /* the current line in `in`, without its '\n' */
    unsigned line_no;            /* 1-based */

    /* text/: the cleaned, NFC line and where each of its bytes came from */
    vk_buf text;
    uint32_t *map;               /* map[i]: offset in the line of cleaned byte i; map[text.len] = line_len */
    size_t map_cap;
    const void *nfc;             /* ICU's NFC UNormalizer2 (owned by ICU) */
    UChar *u16;                  /* scratch for ICU */
    size_t u16_cap;
    vk_buf scratch;

    /* token/ */
    vk_token *toks;
    size_t ntoks, toks_cap;

    /* classify/ */
    uint32_t *tok_starts;        /* per token: vk_token_starts() */
    size_t tok_starts_cap;
    vk_item *items;
    size_t nitems, items_cap;

    /* verbalize/ */
    vk_buf spoken;               /* spoken forms of this line's items, back to back */
    vk_buf saying;               /* the item being said: each say-function starts it empty */
    UNumberFormat *nf[VK_RS_COUNT];
    char digit_word[10][48];     /* 0..9 through %spellout-digits, NUL-terminated */
    vk_word_cache *words;        /* English words already converted */
    vk_buf word;                 /* scratch for one word's conversion */

    /* output/ */
    bool explain;                /* collecting items instead of text */
    vk_buf out;
    vachak_item *xitems;
    size_t nx, xcap;
    vk_buf xstr;                 /* strings the explain items point into */
};

/* Grow an array of `size`-byte elements to hold at least `need`; false on OOM. */
bool vk_grow(void **arr, size_t *cap, size_t need, size_t size);

/* Append a span of the cleaned line to a buffer. */
static inline void vk_put_text(vk_buf *b, const vachak_ctx *ctx, uint32_t off, uint32_t len)
{
    vk_buf_append(b, ctx->text.p + off, len);
}

#endif
