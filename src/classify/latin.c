// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Recognising Latin script: names of several words (hi/names.tsv), acronyms and
 * letter-digit names (AWS, GPUs, G20, COVID-19, 5G), hyphenated words, other
 * English words, and Roman numerals after a name (चार्ल्स III, World War II).
 * What each word is said as is decided in verbalize/latin.c.
 */
#include "classify/classify.h"

#include "token/token.h"
#include "verbalize/latin.h"

#include <string.h>

static const char *tok_text(const vachak_ctx *ctx, size_t i)
{
    return ctx->text.p + ctx->toks[i].off;
}

static bool kind_is(const vachak_ctx *ctx, size_t i, vk_tok_kind k)
{
    return i < ctx->ntoks && ctx->toks[i].kind == k;
}

static bool latin_or_digits(const vachak_ctx *ctx, size_t i)
{
    return kind_is(ctx, i, VK_TOK_LATIN) || kind_is(ctx, i, VK_TOK_DIGITS);
}

/* Token k is digits that go on as a decimal (the 2 of PM2.5, v2.0): the number
 * is read by the number recognisers, not as part of a word. */
static bool decimal_digits(const vachak_ctx *ctx, size_t k)
{
    return kind_is(ctx, k, VK_TOK_DIGITS) && vk_tok_is(ctx, k + 1, '.') &&
           vk_tok_glued(ctx, k + 1) && kind_is(ctx, k + 2, VK_TOK_DIGITS) && vk_tok_glued(ctx, k + 2);
}

/* The end (exclusive) of the run of glued Latin and digit tokens from i, short
 * of digits that go on as a decimal. */
static size_t word_end(const vachak_ctx *ctx, size_t i)
{
    size_t j = i + 1;
    while (latin_or_digits(ctx, j) && vk_tok_glued(ctx, j) && !decimal_digits(ctx, j))
        j++;
    return j;
}

/* A word in mixed case with a capital inside: LoC, CrPC (also camelCase). */
static bool inner_capital(const char *s, size_t n)
{
    bool lower = false, upper = false;
    for (size_t k = 0; k < n; k++) {
        lower |= s[k] >= 'a' && s[k] <= 'z';
        upper |= k > 0 && s[k] >= 'A' && s[k] <= 'Z';
    }
    return lower && upper;
}

/* The entry of hi/acronym-words.tsv for the longest run of tokens [i, k), k <=
 * end, that ends in a letter or digit: a word with digits (T20, also at the
 * start of T20WorldCup), one with a hyphen (U-19) or one token in mixed case
 * (LoC, CrPC). A single token in capitals is looked up when it is read. Sets *k. */
static const vk_entry *acronym_run(const vachak_ctx *ctx, size_t i, size_t end, size_t *k)
{
    if (!(ctx->tok_starts[i] & (1u << VK_T_ACRONYM_WORDS)))
        return NULL; /* no key starts so */
    const vk_token *t = &ctx->toks[i];
    for (*k = end; *k > i; (*k)--) {
        const vk_token *b = &ctx->toks[*k - 1];
        if (b->kind == VK_TOK_PUNCT || (*k == i + 1 && !inner_capital(tok_text(ctx, i), t->len)))
            continue;
        const vk_entry *e = vk_rules_get(ctx->rules, VK_T_ACRONYM_WORDS, tok_text(ctx, i),
                                         b->off + b->len - t->off);
        if (e)
            return e;
    }
    return NULL;
}

/* A single digit after a hyphen inside a word, glued before a few letters:
 * GPT-4o, said in English (फ़ोर ओ) as in 5G. (Q2FY25 keeps Hindi numbers.) */
static bool digit_before_letters(const vachak_ctx *ctx, size_t i, size_t end)
{
    for (size_t k = i + 2; k + 1 < end; k++)
        if (kind_is(ctx, k, VK_TOK_DIGITS) && ctx->toks[k].len == 1 && vk_tok_is(ctx, k - 1, '-') &&
            kind_is(ctx, k + 1, VK_TOK_LATIN) && vk_tok_glued(ctx, k + 1) && ctx->toks[k + 1].len <= 3)
            return true;
    return false;
}

/* A name of up to names_max_words words from token i (each word a glued run of
 * Latin letters and digits, the words apart by blanks; the first may be a
 * number, as in 3 Idiots): the longest that hi/names.tsv knows. Returns the
 * tokens it covers, 0 if none. A single word in capitals is left to the
 * acronym readings. */
static size_t find_name(vachak_ctx *ctx, size_t i, vk_item *it)
{
    char key[256];
    size_t ends[8], lens[8], nw = 0, len = 0, j = i;
    unsigned maxw = ctx->rules->names_max_words;
    if (maxw > 8)
        maxw = 8;
    while (nw < maxw && (kind_is(ctx, j, VK_TOK_LATIN) || (j == i && kind_is(ctx, j, VK_TOK_DIGITS))) &&
           (j == i || ctx->toks[j].space)) {
        size_t e = word_end(ctx, j);
        uint32_t a = ctx->toks[j].off, b = ctx->toks[e - 1].off + ctx->toks[e - 1].len;
        if (len + (nw ? 1 : 0) + (b - a) >= sizeof key)
            break;
        if (nw)
            key[len++] = ' ';
        memcpy(key + len, ctx->text.p + a, b - a);
        len += b - a;
        ends[nw] = e;
        lens[nw++] = len;
        j = e;
    }
    for (size_t w = nw; w-- > 0;) {
        if (w == 0 && vk_latin_is_caps(key, lens[0]))
            break;
        const vk_entry *e = vk_name_find(ctx->rules, key, lens[w], false);
        if (e) {
            it->cls = VK_C_ENGLISH;
            it->ent[0] = e;
            it->iv[0] = (uint32_t)(ends[w] - i);
            it->src = (vk_source){e->file, e->line, NULL};
            return ends[w] - i;
        }
    }
    return 0;
}

/* Tokens [i, end) alternate glued capitals and single digits, three or more of
 * them: H1B, H1N1, B2B (not G7 or G20, said in Hindi). */
static bool single_digits_inside(const vachak_ctx *ctx, size_t i, size_t end)
{
    if (end - i < 3)
        return false;
    for (size_t k = i; k < end; k++) {
        const vk_token *t = &ctx->toks[k];
        const char *s = tok_text(ctx, k);
        bool ok = (k - i) % 2 ? t->kind == VK_TOK_DIGITS && t->len == 1
                              : t->kind == VK_TOK_LATIN && (vk_latin_is_caps(s, t->len) ||
                                                            (t->len == 1 && s[0] >= 'A' && s[0] <= 'Z'));
        if (!ok)
            return false;
    }
    return true;
}

/* The cue of hi/roman-cues.tsv for the word at token k, if k is a word. */
static const vk_entry *roman_cue(const vachak_ctx *ctx, size_t k)
{
    const vk_token *p = &ctx->toks[k];
    if (p->kind != VK_TOK_LATIN && p->kind != VK_TOK_DEVA)
        return NULL;
    return vk_rules_get(ctx->rules, VK_T_ROMAN_CUES, tok_text(ctx, k), p->len);
}

/* A Roman numeral of I, V and X ending a hyphenated name: token k, glued after
 * a hyphen glued after a word (चंद्रयान-II, Agni-V, BS-VI), and nothing glued
 * after it. After a word in capitals it has two letters or more (not the X of
 * an acronym); a lone X needs a cue (Gen-X is not ten). Returns its value and
 * sets *cue to the word's entry in hi/roman-cues.tsv, or 0. */
static unsigned roman_after_hyphen(const vachak_ctx *ctx, size_t k, const vk_entry **cue)
{
    if (k < 2 || !kind_is(ctx, k, VK_TOK_LATIN) || ctx->toks[k].space ||
        !vk_tok_is(ctx, k - 1, '-') || ctx->toks[k - 1].space)
        return 0;
    if ((latin_or_digits(ctx, k + 1) || vk_tok_is(ctx, k + 1, '-')) && vk_tok_glued(ctx, k + 1))
        return 0;
    const vk_token *t = &ctx->toks[k], *w = &ctx->toks[k - 2];
    const char *s = tok_text(ctx, k);
    if (!vk_roman_ivx(s, t->len))
        return 0;
    if (w->kind != VK_TOK_DEVA && w->kind != VK_TOK_LATIN)
        return 0;
    *cue = roman_cue(ctx, k - 2);
    if (t->len == 1 && s[0] == 'X' && !*cue)
        return 0;
    if (t->len == 1 && vk_latin_is_caps(tok_text(ctx, k - 2), w->len))
        return 0;
    return vk_roman_value(s, t->len);
}

/* Latin words: a name, else one word with what is glued to it: letters and
 * digits (G20, Dream11), a hyphen and more letters or digits (COVID-19,
 * fine-tune), or a hyphen before Devanagari (AI-फोकस्ड, read ए आई फोकस्ड).
 * Also digits glued to capitals (5G, 2BHK), which must be tried before numbers. */
size_t vk_rec_latin(vachak_ctx *ctx, size_t i, vk_item *it)
{
    const vk_token *t = &ctx->toks[i];
    bool digits_first = false;
    if (t->kind == VK_TOK_DIGITS) {
        /* digits glued to capitals (5G, 2BHK); not 10th or 5km, numbers in context */
        if (!kind_is(ctx, i + 1, VK_TOK_LATIN))
            return 0;
        if (!vk_tok_glued(ctx, i + 1)) { /* a name that starts with a number: 3 Idiots */
            size_t named = t->space || i == 0 ? find_name(ctx, i, it) : 0;
            return named > 1 ? named : 0;
        }
        const char *c = tok_text(ctx, i + 1);
        size_t cl = ctx->toks[i + 1].len;
        if (!(cl == 1 ? c[0] >= 'A' && c[0] <= 'Z' : vk_latin_is_caps(c, cl)))
            return 0;
        if (i > 0 && !t->space && latin_or_digits(ctx, i - 1))
            return 0;
        digits_first = true;
    } else if (t->kind != VK_TOK_LATIN) {
        return 0;
    }
    /* a name, or what is glued to a word: digits, a hyphen and more (MiG-21),
     * then an acronym said as a word that starts it (T20, U-19, LoC) */
    size_t j = word_end(ctx, i);
    size_t named = t->kind == VK_TOK_LATIN ? find_name(ctx, i, it) : 0;
    if (named > j - i)
        return named; /* a name of several words */
    for (;;) {
        if (!vk_tok_is(ctx, j, '-') || !vk_tok_glued(ctx, j) || !vk_tok_glued(ctx, j + 1))
            break;
        if (kind_is(ctx, j + 1, VK_TOK_DEVA)) {
            j++; /* the hyphen is read as a pause-less join: AI-फोकस्ड */
            break;
        }
        const vk_entry *cue;
        if (!latin_or_digits(ctx, j + 1) || decimal_digits(ctx, j + 1) ||
            roman_after_hyphen(ctx, j + 1, &cue))
            break; /* Agni-V: the numeral is read by vk_rec_roman */
        j = word_end(ctx, j + 1);
    }
    size_t k;
    const vk_entry *e = !named && t->kind == VK_TOK_LATIN ? acronym_run(ctx, i, j, &k) : NULL;
    if (e) {
        it->ent[0] = e;
        it->iv[0] = (uint32_t)(k - i);
        it->src = (vk_source){e->file, e->line, NULL};
    }
    const char *first = tok_text(ctx, digits_first ? i + 1 : i);
    size_t flen = ctx->toks[digits_first ? i + 1 : i].len;
    bool caps = vk_latin_is_caps(first, flen) || vk_latin_is_caps_plural(first, flen) ||
                (flen == 1 && first[0] >= 'A' && first[0] <= 'Z');
    if (caps && j == i + 1 && vk_rules_get(ctx->rules, VK_T_CAPS_WORDS, first, flen))
        caps = false; /* LIVE, BREAKING: words */
    it->cls = (caps || digits_first || it->ent[0]) && !named ? VK_C_ACRONYM : VK_C_ENGLISH;
    /* 5G, 4K, 3D, 2BHK: a single digit before capitals is said in English, and
     * so are single digits between letters in a code (H1B, H1N1, B2B) or
     * before a few letters inside a word (GPT-4o) */
    if (digits_first && t->len == 1 && j == i + 2 && ctx->toks[i + 1].len <= 3)
        it->iv[1] |= VK_LX_ENGLISH_DIGITS;
    if (!digits_first && (single_digits_inside(ctx, i, j) || digit_before_letters(ctx, i, j)))
        it->iv[1] |= VK_LX_ENGLISH_DIGITS;
    return j - i;
}

/* ---------------------------------------------------------------- Roman numerals */

/* A Roman numeral after a word. hi/roman-cues.tsv may say how the word before
 * it reads it; otherwise two or more of I, V, X read as regnal after Devanagari
 * (चार्ल्स III), English after a Latin word (World War II), and a Hindi number at
 * the start of a line or after punctuation. A lone I is a word. Glued after a
 * hyphen (चंद्रयान-II, BS-VI) it is a Hindi number unless a cue says otherwise. */
size_t vk_rec_roman(vachak_ctx *ctx, size_t i, vk_item *it)
{
    const vk_token *t = &ctx->toks[i];
    const char *s = tok_text(ctx, i);
    if (t->kind != VK_TOK_LATIN)
        return 0;
    const vk_entry *cue = NULL;
    unsigned v;
    if (i > 0 && !t->space) {
        v = roman_after_hyphen(ctx, i, &cue);
        if (!v)
            return 0;
        it->iv[1] = cue ? (uint8_t)vk_roman_reading_of(cue->col[1]) : VK_ROMAN_CARDINAL;
        if (cue)
            it->src = (vk_source){cue->file, cue->line, NULL};
        it->cls = VK_C_ROMAN;
        it->iv[0] = v;
        return 1;
    }
    if (latin_or_digits(ctx, i + 1) && vk_tok_glued(ctx, i + 1))
        return 0;
    v = vk_roman_value(s, t->len);
    if (!v)
        return 0;
    const vk_token *p = i > 0 ? &ctx->toks[i - 1] : NULL;
    bool word_before = p && (p->kind == VK_TOK_LATIN || p->kind == VK_TOK_DEVA);
    cue = word_before ? roman_cue(ctx, i - 1) : NULL;
    if (cue) {
        it->iv[1] = (uint8_t)vk_roman_reading_of(cue->col[1]);
        it->src = (vk_source){cue->file, cue->line, NULL};
    } else if (t->len < 2 || !vk_roman_ivx(s, t->len)) {
        return 0;
    } else if (!word_before) {
        it->iv[1] = VK_ROMAN_CARDINAL;
    } else {
        it->iv[1] = p->kind == VK_TOK_DEVA ? VK_ROMAN_REGNAL : VK_ROMAN_ENGLISH;
    }
    it->cls = VK_C_ROMAN;
    it->iv[0] = v;
    return 1;
}
