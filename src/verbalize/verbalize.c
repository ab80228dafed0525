// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The verbalize stage (see verbalize.h): one function per class of item, and
 * the stage's set-up (number formatters, the English converter, word caches).
 */
#include "verbalize/verbalize.h"

#include "classify/classify.h"

#include "core/error.h"
#include "token/token.h"
#include "verbalize/latin.h"
#include "verbalize/number.h"
#include "verbalize/sayers.h"

#include <stdio.h>
#include <string.h>

vachak_status vk_verbalize_prepare(vachak_rules *r, vachak_error *err)
{
    vachak_status st = vk_number_prepare(r, err);
    if (!st)
        st = vk_latin_prepare(r, err);
    if (!st)
        st = vk_english_prepare(r, err);
    return st;
}

void vk_verbalize_release(vachak_rules *r)
{
    vk_english_release(r);
    vk_latin_release(r);
}

vachak_status vk_verbalize_open(vachak_ctx *ctx)
{
    vachak_status st = vk_number_open(ctx);
    return st ? st : vk_english_open(ctx);
}

void vk_verbalize_close(vachak_ctx *ctx)
{
    vk_english_close(ctx);
    vk_number_close(ctx);
}

typedef bool (*say_fn)(vachak_ctx *ctx, vk_item *it, vk_buf *out);

/* Read as written. */
static bool say_as_written(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    uint32_t a = vk_item_start(ctx, it), b = vk_item_end(ctx, it);
    vk_put_text(out, ctx, a, b - a);
    return true;
}

static bool say_nothing(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    (void)ctx, (void)it, (void)out;
    return true;
}

/* Kept punctuation: what hi/punctuation.tsv gives for it. */
static bool say_punct(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    const vk_token *t = &ctx->toks[it->tok];
    const vk_entry *e = vk_rules_get(ctx->rules, VK_T_PUNCTUATION, ctx->text.p + t->off, t->len);
    if (e)
        vk_buf_puts(out, e->col[1]);
    return true;
}

/* Cardinals, decimals, digit strings; with a scale word (6.64 करोड़), as measures. */
static bool say_number(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (it->ent[1])
        return vk_say_measure(ctx, it, out);
    if (it->iv[3] & (VK_N_HASH | VK_N_MORE)) { /* #1 नंबर एक; 300+ तीन सौ से ज़्यादा */
        vk_source ignore;
        if (it->iv[3] & VK_N_HASH) {
            vk_say_word(ctx, out, "number");
            vk_buf_putc(out, ' ');
        }
        if (!vk_say_number(ctx, out, &it->num[0], &ignore))
            return false;
        if (it->iv[3] & VK_N_MORE) {
            vk_buf_putc(out, ' ');
            vk_say_word(ctx, out, "more-than");
        }
        return true;
    }
    if (it->cls == VK_C_DIGITS && it->iv[0]) { /* after a cue word: पिन कोड 110001 */
        vk_say_num_digits(ctx, out, &it->num[0]);
        return true;
    }
    if (it->src.file != VK_NO_FILE) { /* keep the recogniser's rule */
        vk_source ignore;
        return vk_say_number(ctx, out, &it->num[0], &ignore);
    }
    return vk_say_number(ctx, out, &it->num[0], &it->src);
}

static const char *tok_text(const vachak_ctx *ctx, size_t k)
{
    return ctx->text.p + ctx->toks[k].off;
}

/* A token of digits as a Hindi number (cardinal, or digit by digit). */
static bool say_digits_tok(vachak_ctx *ctx, vk_buf *out, size_t k, vk_source *src)
{
    const vk_token *t = &ctx->toks[k];
    vk_num num = {.int_start = t->off, .int_end = t->off + t->len};
    return vk_say_number(ctx, out, &num, src);
}

/* The value of a token of digits, if it fits in an unsigned. */
static bool digits_value(const vachak_ctx *ctx, size_t k, unsigned *v)
{
    char d[16];
    int n = vk_num_digits(ctx, ctx->toks[k].off, ctx->toks[k].off + ctx->toks[k].len, d, sizeof d);
    if (n <= 0 || n > 9)
        return false;
    *v = 0;
    for (int i = 0; i < n; i++)
        *v = *v * 10 + (unsigned)(d[i] - '0');
    return true;
}

/* Keep the first rule an item's reading used. */
static void first_source(vk_item *it, const vk_source *src)
{
    if (it->src.file == VK_NO_FILE && src->file != VK_NO_FILE)
        it->src = *src;
}

/* Latin words (ACRONYM, ENGLISH): a name of hi/names.tsv found whole, or each
 * token in turn: words through vk_say_latin_word(), digits as a Hindi number (in
 * English for 5G), a hyphen kept between two words (fine-tune) and otherwise
 * not said (COVID-19, AI-फोकस्ड). */
static bool say_latin(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    bool first = true, hyphen = false;
    size_t k = it->tok;
    /* a handle (@narendramodi): words run together are split, odd ones spelled */
    unsigned how = k > 0 && vk_tok_is(ctx, k - 1, '@') && !ctx->toks[k].space
                       ? VK_LW_SPLIT | VK_LW_SPELL_ODD
                       : 0;
    if (it->ent[0]) { /* a name */
        const vk_token *a = &ctx->toks[k], *b = &ctx->toks[k + it->iv[0] - 1];
        if (ctx->flags & VACHAK_ENGLISH_VOICE)
            vk_put_text(out, ctx, a->off, b->off + b->len - a->off);
        else
            vk_buf_puts(out, it->ent[0]->col[1]);
        k += it->iv[0];
        first = false;
    }
    for (; k < it->tok + it->ntok; k++) {
        const vk_token *t = &ctx->toks[k];
        vk_source src = {VK_NO_FILE, 0, NULL};
        if (t->kind == VK_TOK_PUNCT) {
            hyphen = k > it->tok && ctx->toks[k - 1].kind == VK_TOK_LATIN &&
                     k + 1 < it->tok + it->ntok && ctx->toks[k + 1].kind == VK_TOK_LATIN;
            continue;
        }
        if (!first)
            vk_buf_putc(out, hyphen ? '-' : ' ');
        first = hyphen = false;
        unsigned v;
        if (t->kind == VK_TOK_LATIN)
            vk_say_latin_word(ctx, out, tok_text(ctx, k), t->len, how, &src);
        else if (!((it->iv[1] & VK_LX_ENGLISH_DIGITS) && digits_value(ctx, k, &v) &&
                   vk_say_english_number(ctx, out, v, &src)) &&
                 !say_digits_tok(ctx, out, k, &src))
            return false;
        first_source(it, &src);
    }
    return true;
}

/* An abbreviation: what hi/abbreviations.tsv says; dotted initials letter by
 * letter (Latin letter names; Devanagari as written). */
static bool say_abbrev(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    if (it->ent[0]) {
        vk_buf_puts(out, it->ent[0]->col[1]);
        return true;
    }
    bool first = true;
    for (size_t k = it->tok; k < it->tok + it->ntok; k++) {
        const vk_token *t = &ctx->toks[k];
        if (t->kind == VK_TOK_PUNCT)
            continue;
        if (!first)
            vk_buf_putc(out, ' ');
        first = false;
        vk_source src = {VK_NO_FILE, 0, NULL};
        if (t->kind == VK_TOK_LATIN)
            vk_say_letters(ctx, out, tok_text(ctx, k), t->len, false, &src);
        else
            vk_put_text(out, ctx, t->off, t->len);
        first_source(it, &src);
    }
    return true;
}

static bool say_symbol(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    (void)ctx;
    vk_buf_puts(out, it->ent[0]->col[(it->iv[1] & VK_LX_BETWEEN_LATIN) ? 2 : 1]);
    return true;
}

/* A web or e-mail address: separators and known pieces from hi/web-words.tsv,
 * then names and acronyms in any case, words run together split into known
 * ones (pmkisan), pronounceable pieces as English words, the rest spelled;
 * digits one by one; http:// or https:// not said. */
static bool say_web(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    size_t start = it->tok + ((it->iv[1] & VK_LX_SCHEME) ? 4 : 0);
    bool first = true;
    for (size_t k = start; k < it->tok + it->ntok; k++) {
        const vk_token *t = &ctx->toks[k];
        const char *s = tok_text(ctx, k);
        vk_source src = {VK_NO_FILE, 0, NULL};
        const vk_entry *e =
            t->kind == VK_TOK_DIGITS ? NULL : vk_rules_get(ctx->rules, VK_T_WEB_WORDS, s, t->len);
        if (t->kind == VK_TOK_PUNCT && !e)
            continue;
        if (!first)
            vk_buf_putc(out, ' ');
        first = false;
        if (e) {
            vk_buf_puts(out, e->col[1]);
            src = (vk_source){e->file, e->line, NULL};
        } else if (t->kind == VK_TOK_DIGITS) { /* kumar123: एक दो तीन */
            vk_num num = {.int_start = t->off, .int_end = t->off + t->len};
            vk_say_num_digits(ctx, out, &num);
        } else {
            char up[64];
            const vk_entry *a = NULL;
            if (t->len < sizeof up) {
                for (size_t i = 0; i < t->len; i++)
                    up[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
                a = vk_rules_get(ctx->rules, VK_T_ACRONYM_WORDS, up, t->len);
            }
            if (a && !(ctx->flags & VACHAK_ENGLISH_VOICE)) {
                vk_buf_puts(out, a->col[1]);
                src = (vk_source){a->file, a->line, NULL};
            } else {
                vk_say_latin_word(ctx, out, s, t->len,
                                  VK_LW_ANY_CASE | VK_LW_SPELL_ODD | VK_LW_SPLIT, &src);
            }
        }
        first_source(it, &src);
    }
    return true;
}

/* A Roman numeral: regnal (hi/regnal.tsv, past it the oblique ordinal), a Hindi
 * number, or an English one (hi/english-numbers.tsv). */
static bool say_roman(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    unsigned v = it->iv[0];
    char d[16];
    int n = snprintf(d, sizeof d, "%u", v);
    vk_source src = {VK_NO_FILE, 0, NULL};
    vk_ruleset rs = VK_RS_CARDINAL;
    switch (it->iv[1]) {
    case VK_ROMAN_REGNAL: {
        const vk_entry *e = vk_rules_get(ctx->rules, VK_T_REGNAL, d, (size_t)n);
        if (e) {
            vk_buf_puts(out, e->col[1]);
            it->src = (vk_source){e->file, e->line, NULL};
            return true;
        }
        rs = VK_RS_ORD_OBL;
        break;
    }
    case VK_ROMAN_ENGLISH:
        if (vk_say_english_number(ctx, out, v, &src)) {
            it->src = src;
            return true;
        }
        break;
    default: break;
    }
    it->src = (vk_source){ctx->rules->rbnf_file, ctx->rules->ruleset_line[rs], vk_ruleset_names[rs]};
    return vk_say_int(ctx, out, d, (size_t)n, rs);
}

/* A number that is a name: what hi/number-names.tsv says. */
static bool say_named(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    (void)ctx;
    vk_buf_puts(out, it->ent[0]->col[1]);
    return true;
}

/* An IP address (classify/number.c) digit by digit, or a web or e-mail address. */
static bool say_electronic(vachak_ctx *ctx, vk_item *it, vk_buf *out)
{
    return (it->iv[1] & VK_LX_IP) ? vk_say_dotted(ctx, it, out) : say_web(ctx, it, out);
}

static const say_fn sayers[VK_C_COUNT] = {
    [VK_C_PLAIN] = say_as_written,    [VK_C_PUNCT] = say_punct,
    [VK_C_DROPPED] = say_nothing,     [VK_C_CARDINAL] = say_number,
    [VK_C_DECIMAL] = say_number,      [VK_C_DIGITS] = say_number,
    [VK_C_ORDINAL] = vk_say_ordinal,  [VK_C_YEAR] = vk_say_year,
    [VK_C_DATE] = vk_say_date,        [VK_C_TIME] = vk_say_time,
    [VK_C_MONEY] = vk_say_money,      [VK_C_PERCENT] = vk_say_measure,
    [VK_C_MEASURE] = vk_say_measure,  [VK_C_FRACTION] = vk_say_fraction,
    [VK_C_RANGE] = vk_say_range,      [VK_C_PHONE] = vk_say_phone,
    [VK_C_ELECTRONIC] = say_electronic, [VK_C_VERSION] = vk_say_dotted,
    [VK_C_RATIO] = vk_say_ratio,      [VK_C_ACRONYM] = say_latin,
    [VK_C_ENGLISH] = say_latin,       [VK_C_GLOSS] = say_nothing,
    [VK_C_ABBREV] = say_abbrev,       [VK_C_SYMBOL] = say_symbol,
    [VK_C_ROMAN] = say_roman,         [VK_C_NAMED] = say_named,
};

/* The rule cited for a reading whose recogniser named none: the word of
 * hi/number-words.tsv it turns on, or the number ruleset that said it. */
static const struct {
    uint16_t cls;
    const char *word;  /* a key of hi/number-words.tsv, or NULL */
    vk_ruleset rs;     /* else this ruleset of hi/numbers.rbnf */
} default_rule[] = {
    {VK_C_TIME, "oclock", 0},          {VK_C_RANGE, "to", 0},
    {VK_C_RATIO, "ratio", 0},          {VK_C_VERSION, "dot", 0},
    {VK_C_ELECTRONIC, "dot", 0},       {VK_C_MEASURE, "by", 0},
    {VK_C_FRACTION, "over", 0},        {VK_C_PHONE, NULL, VK_RS_DIGITS},
    {VK_C_DIGITS, NULL, VK_RS_DIGITS}, {VK_C_YEAR, NULL, VK_RS_YEAR},
    {VK_C_CARDINAL, NULL, VK_RS_CARDINAL}, {VK_C_DECIMAL, NULL, VK_RS_CARDINAL},
    {VK_C_DATE, NULL, VK_RS_CARDINAL}, {VK_C_MONEY, NULL, VK_RS_CARDINAL},
    {VK_C_PERCENT, NULL, VK_RS_CARDINAL},
};

static void cite_default(const vachak_ctx *ctx, vk_item *it)
{
    for (size_t k = 0; k < sizeof default_rule / sizeof *default_rule; k++) {
        if (default_rule[k].cls != it->cls)
            continue;
        const char *w = default_rule[k].word;
        const vk_entry *e = w ? vk_rules_get(ctx->rules, VK_T_NUMBER_WORDS, w, strlen(w)) : NULL;
        if (e)
            it->src = (vk_source){e->file, e->line, NULL};
        else if (!w)
            it->src = (vk_source){ctx->rules->rbnf_file, ctx->rules->ruleset_line[default_rule[k].rs],
                                  vk_ruleset_names[default_rule[k].rs]};
        return;
    }
}

vachak_status vk_verbalize_run(vachak_ctx *ctx)
{
    vk_buf_clear(&ctx->spoken);
    for (size_t i = 0; i < ctx->nitems; i++) {
        vk_item *it = &ctx->items[i];
        /* Each item is said into an empty buffer, so a say-function never sees
         * the items before it (vk_space at its start adds nothing). */
        vk_buf_clear(&ctx->saying);
        if (!sayers[it->cls](ctx, it, &ctx->saying))
            return ctx->err && ctx->err->status ? ctx->err->status : VACHAK_ERR_ICU;
        if (ctx->saying.oom)
            return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
        it->spoken_off = (uint32_t)ctx->spoken.len;
        it->spoken_len = (uint32_t)ctx->saying.len;
        vk_buf_append(&ctx->spoken, ctx->saying.p, ctx->saying.len);
        if (it->src.file == VK_NO_FILE)
            cite_default(ctx, it);
    }
    if (ctx->spoken.oom)
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return VACHAK_OK;
}
