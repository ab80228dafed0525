// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Latin-script words in Devanagari (see latin.h): which reading a word gets
 * (an acronym said as a word, a name, letter names, camelCase parts, or an
 * English word through english.c), and the letter and English number names.
 */
#include "verbalize/latin.h"

#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

static bool is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_vowel(char c)
{
    c = (char)(c | 0x20);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* ---------------------------------------------------------------- rules */

static const char *const roman_readings[] = {"regnal", "cardinal", "english"};

/* hi/symbols.tsv by code point: each key is one character or U+XXXX. */
static vachak_status prepare_symbols(vachak_rules *r, vachak_error *err)
{
    const vk_table *t = &r->tables[VK_T_SYMBOLS];
    r->symbols = calloc(t->n ? t->n : 1, sizeof *r->symbols);
    if (!r->symbols)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    r->nsymbols = t->n;
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        const char *k = e->col[0];
        int32_t n = (int32_t)strlen(k), at = 0;
        UChar32 c = -1;
        char *end = NULL;
        if (k[0] == 'U' && k[1] == '+' && n > 2)
            c = (UChar32)strtol(k + 2, &end, 16);
        else
            U8_NEXT(k, at, n, c);
        if (c <= 0 || c > 0x10FFFF || (end ? *end != '\0' : at != n))
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "'%s' is not one character or U+XXXX", k);
        r->symbols[i] = (struct vk_symbol){c, e};
    }
    return VACHAK_OK;
}

void vk_latin_release(vachak_rules *r)
{
    free(r->symbols);
    r->symbols = NULL;
    r->nsymbols = 0;
    vk_table_free(&r->names_joined);
    free(r->names_joined_arena);
    r->names_joined_arena = NULL;
}

/* hi/names.tsv: the most words in a key, and the names of several words
 * indexed as written together, without blanks (Income Tax as incometax), for
 * splitting web addresses and handles into words. */
static vachak_status prepare_names(vachak_rules *r, vachak_error *err)
{
    const vk_table *t = &r->tables[VK_T_NAMES];
    size_t total = 0;
    r->names_max_words = 1;
    for (size_t i = 0; i < t->n; i++) {
        unsigned w = 1;
        for (const char *p = t->entries[i].col[0]; *p; p++)
            w += *p == ' ';
        if (w > r->names_max_words)
            r->names_max_words = w;
        if (w > 1)
            total += strlen(t->entries[i].col[0]) + 1;
    }
    char *p = r->names_joined_arena = malloc(total + 1);
    if (!p)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    r->names_joined.fold_case = true;
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        if (!strchr(e->col[0], ' '))
            continue;
        vk_entry j = *e;
        j.col[0] = p;
        for (const char *q = e->col[0]; *q; q++)
            if (*q != ' ')
                *p++ = *q;
        *p++ = '\0';
        bool dup;
        if (!vk_table_put(&r->names_joined, &j, &dup))
            return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    return VACHAK_OK;
}

vachak_status vk_latin_prepare(vachak_rules *r, vachak_error *err)
{
    char key[2] = {0, 0};
    for (char c = 'A'; c <= 'Z'; c++) {
        key[0] = c;
        if (!vk_rules_get(r, VK_T_LETTERS, key, 1))
            return vk_error(err, VACHAK_ERR_RULES, vk_table_specs[VK_T_LETTERS].name, 0, 0,
                            "no name for the letter %c", c);
    }
    for (unsigned v = 0; v <= 20; v++) {
        char k[8];
        int kl = snprintf(k, sizeof k, "%u", v);
        if (!vk_rules_get(r, VK_T_ENGLISH_NUMBERS, k, (size_t)kl))
            return vk_error(err, VACHAK_ERR_RULES, vk_table_specs[VK_T_ENGLISH_NUMBERS].name, 0,
                            0, "no English name for %u", v);
    }
    const vk_table *t = &r->tables[VK_T_ROMAN_CUES];
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        size_t k = 0;
        while (k < 3 && strcmp(e->col[1], roman_readings[k]) != 0)
            k++;
        if (k == 3)
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "'%s' is not regnal, cardinal or english", e->col[1]);
    }
    t = &r->tables[VK_T_ABBREVIATIONS];
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        if (strcmp(e->col[2], "always") && strcmp(e->col[2], "after-number") &&
            strcmp(e->col[2], "not-after-number") && strcmp(e->col[2], "before-number"))
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "'%s' is not always, after-number, not-after-number or before-number",
                            e->col[2]);
    }
    vachak_status st = prepare_symbols(r, err);
    if (st)
        return st;
    t = &r->tables[VK_T_WEB_WORDS];
    for (size_t i = 0; i < t->n; i++) {
        const vk_entry *e = &t->entries[i];
        if (e->ncols == 3 && strcmp(e->col[2], "tld") != 0)
            return vk_error(err, VACHAK_ERR_RULES, vk_rules_file(r, e->file), e->line, 0,
                            "the third column is 'tld' or nothing, not '%s'", e->col[2]);
    }
    return prepare_names(r, err);
}

int vk_roman_reading_of(const char *name)
{
    for (int k = 0; k < 3; k++)
        if (strcmp(name, roman_readings[k]) == 0)
            return k;
    return VK_ROMAN_REGNAL;
}

/* ---------------------------------------------------------------- word shapes */

bool vk_latin_is_caps(const char *s, size_t n)
{
    if (n < 2)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_upper(s[i]))
            return false;
    return true;
}

bool vk_latin_is_caps_plural(const char *s, size_t n)
{
    return n >= 3 && s[n - 1] == 's' && vk_latin_is_caps(s, n - 1);
}

bool vk_latin_pronounceable(const char *s, size_t n)
{
    if (n <= 3)
        return false;
    bool vowel = false;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_vowel(s[i])) {
            vowel = true;
            run = 0;
        } else if (++run >= 4) {
            return false;
        }
    }
    return vowel;
}

const vk_entry *vk_name_find(const vachak_rules *r, const char *s, size_t n, bool any_case)
{
    const vk_entry *e = vk_rules_get(r, VK_T_NAMES, s, n);
    if (!e || any_case || memcmp(e->col[0], s, n) == 0)
        return e;
    bool upper = false, lower = false;
    for (size_t i = 0; i < n; i++) {
        upper |= is_upper(s[i]);
        lower |= is_lower(s[i]);
    }
    if (!upper)
        return NULL; /* apple, turkey: ordinary words */
    if (!lower && n < 4)
        return NULL; /* a short word in capitals is more likely an acronym */
    return e;
}

/* ---------------------------------------------------------------- Roman numerals */

/* The value of a Roman numeral written in canonical form (XIV, not XIIII), or 0. */
unsigned vk_roman_value(const char *s, size_t n)
{
    static const char *const units[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    static const char *const hundreds[] = {"",  "C",  "CC",  "CCC",  "CD",
                                           "D", "DC", "DCC", "DCCC", "CM"};
    unsigned v = 0;
    size_t k = 0;
    while (k < n && s[k] == 'M' && v < 3000) {
        v += 1000;
        k++;
    }
    const char *const *tables[] = {hundreds, tens, units};
    unsigned scale[] = {100, 10, 1};
    for (int t = 0; t < 3; t++) {
        /* the longest digit form that matches here */
        unsigned best = 0;
        size_t blen = 0;
        for (unsigned d = 1; d <= 9; d++) {
            size_t l = strlen(tables[t][d]);
            if (l > blen && l <= n - k && memcmp(s + k, tables[t][d], l) == 0) {
                best = d;
                blen = l;
            }
        }
        v += best * scale[t];
        k += blen;
    }
    return k == n ? v : 0;
}

bool vk_roman_ivx(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != 'I' && s[i] != 'V' && s[i] != 'X')
            return false;
    return n > 0;
}

/* ---------------------------------------------------------------- readings */

void vk_say_letters(vachak_ctx *ctx, vk_buf *out, const char *s, size_t n, bool plural,
                    vk_source *src)
{
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (!is_upper(s[i]) && !is_lower(s[i]))
            continue;
        const vk_entry *e = vk_rules_get(ctx->rules, VK_T_LETTERS, s + i, 1);
        if (!first)
            vk_buf_putc(out, ' ');
        vk_buf_puts(out, e->col[plural && i == n - 1 ? 2 : 1]);
        if (first && src)
            *src = (vk_source){e->file, e->line, NULL};
        first = false;
    }
}

bool vk_say_english_number(vachak_ctx *ctx, vk_buf *out, unsigned v, vk_source *src)
{
    char k[16];
    int kl = snprintf(k, sizeof k, "%u", v);
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_ENGLISH_NUMBERS, k, (size_t)kl);
    const vk_entry *unit = NULL;
    if (!e && v > 20 && v < 100) { /* ट्वेंटी वन */
        kl = snprintf(k, sizeof k, "%u", v / 10 * 10);
        e = vk_rules_get(ctx->rules, VK_T_ENGLISH_NUMBERS, k, (size_t)kl);
        kl = snprintf(k, sizeof k, "%u", v % 10);
        unit = vk_rules_get(ctx->rules, VK_T_ENGLISH_NUMBERS, k, (size_t)kl);
        if (!unit)
            return false;
    }
    if (!e)
        return false;
    vk_buf_puts(out, e->col[1]);
    if (unit) {
        vk_buf_putc(out, ' ');
        vk_buf_puts(out, unit->col[1]);
    }
    if (src)
        *src = (vk_source){e->file, e->line, NULL};
    return true;
}

/* A part of a camelCase word that hi/abbreviations.tsv has, in any case and
 * without dots, for hashtags: IndiaVsPakistan इंडिया बनाम पाकिस्तान. */
static const vk_entry *camel_abbrev(const vachak_rules *r, const char *s, size_t n)
{
    char low[8];
    if (n >= sizeof low)
        return NULL;
    for (size_t i = 0; i < n; i++)
        low[i] = is_upper(s[i]) ? (char)(s[i] + 32) : s[i];
    const vk_entry *e = vk_rules_get(r, VK_T_ABBREVIATIONS, low, n);
    return e && strcmp(e->col[2], "always") == 0 ? e : NULL;
}

/* A camelCase word (YouTube, iPhone, OpenAI, PMOIndia): split where a lower-case
 * letter meets a capital, and before the last capital of a run of capitals that
 * a lower-case letter follows, or after it if the lower-case letters are an
 * abbreviation (INDvsAUS); the parts are said apart (यू ट्यूब, ओपन ए आई),
 * but a single lower-case letter in front joins (आईफ़ोन). Returns false if there
 * is nothing to split. */
static bool say_camel(vachak_ctx *ctx, vk_buf *out, const char *s, size_t n, unsigned how,
                      vk_source *src)
{
    size_t cut[32], ncut = 0;
    for (size_t i = 1; i < n && ncut < sizeof cut / sizeof *cut; i++) {
        bool lower_upper = !is_upper(s[i - 1]) && is_upper(s[i]);
        bool caps_word = is_upper(s[i - 1]) && is_upper(s[i]) && i + 1 < n && is_lower(s[i + 1]);
        if (caps_word) { /* INDvsAUS: the capitals end before a lower-case abbreviation */
            size_t e = i + 1;
            while (e < n && is_lower(s[e]))
                e++;
            if (camel_abbrev(ctx->rules, s + i + 1, e - i - 1)) {
                cut[ncut++] = i + 1;
                i = e - 1;
                continue;
            }
        }
        if (lower_upper || caps_word)
            cut[ncut++] = i;
    }
    if (!ncut)
        return false;
    vk_buf part = {0};
    for (size_t k = 0; k <= ncut; k++) {
        size_t a = k ? cut[k - 1] : 0, b = k < ncut ? cut[k] : n;
        vk_source psrc = {VK_NO_FILE, 0, NULL};
        vk_buf_clear(&part);
        const vk_entry *abbr = camel_abbrev(ctx->rules, s + a, b - a);
        if (abbr) {
            vk_buf_puts(&part, abbr->col[1]);
            psrc = (vk_source){abbr->file, abbr->line, NULL};
        } else {
            vk_say_latin_word(ctx, &part, s + a, b - a, how, &psrc);
        }
        if (k > 0 && !(k == 1 && cut[0] == 1 && is_lower(s[0])))
            vk_buf_putc(out, ' '); /* a lower-case letter before joins: आईफ़ोन, ईसिम */
        vk_buf_append(out, part.p, part.len);
        out->oom |= part.oom;
        if (k == 0)
            *src = psrc;
    }
    vk_buf_free(&part);
    return true;
}

/* A word a lexicon reads: its entry, or the word as written for eSpeak NG's
 * English voice. */
static void say_entry(vachak_ctx *ctx, vk_buf *out, const vk_entry *e, const char *s, size_t n,
                      vk_source *src)
{
    if (ctx->flags & VACHAK_ENGLISH_VOICE)
        vk_buf_append(out, s, n);
    else
        vk_buf_puts(out, e->col[1]);
    *src = (vk_source){e->file, e->line, NULL};
}

/* A piece of a lower-case word that a lexicon knows, in any case: a piece of
 * hi/web-words.tsv that is a word (pm, news; not a separator, nor a short
 * top-level domain, or income would be in+co+me), or of three letters or
 * more, a name, a name of
 * several words written together (incometax) or an acronym said as a word
 * (kisan). NULL if none. */
static const vk_entry *known_piece(const vachak_rules *r, const char *s, size_t n)
{
    char up[48];
    const vk_entry *e = vk_rules_get(r, VK_T_WEB_WORDS, s, n);
    if (e && (e->ncols == 2 || n >= 4) && is_lower(e->col[0][0]))
        return e;
    if (n < 3 || n >= sizeof up)
        return NULL;
    if ((e = vk_name_find(r, s, n, true)) || (e = vk_rules_get_in(&r->names_joined, s, n)))
        return e;
    for (size_t i = 0; i < n; i++)
        up[i] = is_lower(s[i]) ? (char)(s[i] - 32) : s[i];
    return vk_rules_get(r, VK_T_ACRONYM_WORDS, up, n);
}

/* A lower-case word of a web address or handle made of known pieces
 * (narendramodi नरेंद्र मोदी, pmkisan पीएम किसान, aajtak आज तक): the fewest
 * pieces, said apart. False if it is not all such pieces. */
static bool say_split(vachak_ctx *ctx, vk_buf *out, const char *s, size_t n, vk_source *src)
{
    enum { MAX = 40, NONE = 0xFF };
    uint8_t best[MAX + 1], from[MAX + 1];
    const vk_entry *piece[MAX + 1];
    if (n < 4 || n > MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_lower(s[i]))
            return false;
    memset(best, NONE, sizeof best);
    best[0] = 0;
    for (size_t e = 2; e <= n; e++)
        for (size_t b = 0; b + 2 <= e; b++) {
            if (best[b] == NONE || best[b] + 1 >= best[e])
                continue;
            const vk_entry *p = known_piece(ctx->rules, s + b, e - b);
            if (p) {
                best[e] = (uint8_t)(best[b] + 1);
                from[e] = (uint8_t)b;
                piece[e] = p;
            }
        }
    if (best[n] == NONE)
        return false;
    size_t ends[MAX], k = 0;
    for (size_t e = n; e > 0; e = from[e])
        ends[k++] = e;
    while (k-- > 0) {
        size_t e = ends[k], b = from[e];
        vk_source psrc;
        say_entry(ctx, out, piece[e], s + b, e - b, b == 0 ? src : &psrc);
        if (k)
            vk_buf_putc(out, ' ');
    }
    return true;
}

void vk_say_latin_word(vachak_ctx *ctx, vk_buf *out, const char *s, size_t n, unsigned how,
                       vk_source *src)
{
    const vachak_rules *r = ctx->rules;
    if (n == 1) {
        vk_say_letters(ctx, out, s, 1, false, src);
        return;
    }
    if (vk_latin_is_caps(s, n)) {
        const vk_entry *e = vk_rules_get(r, VK_T_ACRONYM_WORDS, s, n);
        if (!e)
            e = vk_name_find(r, s, n, false);
        if (e) {
            say_entry(ctx, out, e, s, n, src);
        } else if ((e = vk_rules_get(r, VK_T_CAPS_WORDS, s, n))) { /* LIVE, BREAKING */
            if (e->ncols == 2)
                say_entry(ctx, out, e, s, n, src);
            else if (ctx->flags & VACHAK_ENGLISH_VOICE)
                vk_buf_append(out, s, n);
            else
                vk_say_english_word(ctx, out, s, n, src);
        } else {
            vk_say_letters(ctx, out, s, n, false, src);
        }
        return;
    }
    if (vk_latin_is_caps_plural(s, n)) {
        vk_say_letters(ctx, out, s, n - 1, true, src);
        return;
    }
    const vk_entry *e = vk_name_find(r, s, n, how & VK_LW_ANY_CASE);
    if (e)
        say_entry(ctx, out, e, s, n, src);
    else if (ctx->flags & VACHAK_ENGLISH_VOICE)
        vk_buf_append(out, s, n);
    else if (!(how & VK_LW_ANY_CASE) && say_camel(ctx, out, s, n, how, src))
        return;
    else if ((how & VK_LW_SPLIT) && say_split(ctx, out, s, n, src))
        return;
    else if ((how & VK_LW_SPELL_ODD) && !vk_latin_pronounceable(s, n))
        vk_say_letters(ctx, out, s, n, false, src);
    else
        vk_say_english_word(ctx, out, s, n, src);
}
