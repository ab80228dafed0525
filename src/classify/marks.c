// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Recognising glosses (a parenthesised Latin gloss after Hindi), abbreviations
 * (hi/abbreviations.tsv, and dotted initials) and symbols read as words
 * (hi/symbols.tsv).
 */
#include "classify/classify.h"

#include "token/token.h"
#include "verbalize/latin.h"
#include "verbalize/number.h"

#include <string.h>

static const char *tok_text(const vachak_ctx *ctx, size_t i)
{
    return ctx->text.p + ctx->toks[i].off;
}

static bool kind_is(const vachak_ctx *ctx, size_t i, vk_tok_kind k)
{
    return i < ctx->ntoks && ctx->toks[i].kind == k;
}

/* ---------------------------------------------------------------- glosses */

/* Punctuation a Latin gloss may hold: (fine-tune), (Chief Executive Officer, CEO). */
static bool gloss_punct(UChar32 c)
{
    return c == '-' || c == ',' || c == '.' || c == '/' || c == '&' || c == ':' || c == ';' ||
           c == '+';
}

/* Append s (n bytes) to out without blanks, hyphens and nuktas (U+093C), which
 * spellings of the same word disagree on (यू पी आई, यूपीआई; एफ़, एफ). */
static void squeeze(vk_buf *out, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (s[k] == ' ' || s[k] == '-')
            continue;
        if (k + 2 < n && memcmp(s + k, "\xE0\xA4\xBC", 3) == 0) {
            k += 2;
            continue;
        }
        vk_buf_putc(out, s[k]);
    }
}

/* Append token k squeezed: its text, or for digits their ASCII values
 * (१९ and 19 compare equal). */
static void squeeze_tok(const vachak_ctx *ctx, size_t k, vk_buf *out)
{
    const vk_token *t = &ctx->toks[k];
    char d[32];
    int nd = t->kind == VK_TOK_DIGITS ? vk_num_digits(ctx, t->off, t->off + t->len, d, sizeof d) : -1;
    if (nd > 0)
        vk_buf_append(out, d, (size_t)nd);
    else
        squeeze(out, tok_text(ctx, k), t->len);
}

/* Does the acronym gloss in tokens (i, end) only repeat the words before the
 * bracket at i: "इसरो (ISRO)", "यूपीआई (UPI)", "कोविड-19 (COVID-19)"? Its Latin
 * words are read as they would be (an acronym said as a word, else letter
 * names), its digits kept as digits (टी-20 (T20)), and the result compared,
 * squeezed, with the Devanagari words and digits just before the bracket
 * (hyphens and blanks between them allowed). */
static bool gloss_repeats(vachak_ctx *ctx, size_t i, size_t end)
{
    vk_buf said = {0}, g = {0}, w = {0};
    for (size_t k = i + 1; k < end; k++) {
        const vk_token *t = &ctx->toks[k];
        if (t->kind == VK_TOK_LATIN) {
            vk_source src;
            vk_buf_clear(&w);
            vk_say_latin_word(ctx, &w, tok_text(ctx, k), t->len, 0, &src);
            squeeze(&said, w.p, w.len);
        } else if (t->kind == VK_TOK_DIGITS) {
            squeeze_tok(ctx, k, &said);
        }
    }
    bool same = false;
    size_t rest = said.len;
    for (size_t k = i; k-- > 0 && rest && !said.oom;) {
        const vk_token *t = &ctx->toks[k];
        if (vk_tok_is(ctx, k, '-') && !t->space)
            continue;
        if (t->kind != VK_TOK_DEVA && t->kind != VK_TOK_DIGITS)
            break;
        vk_buf_clear(&g);
        squeeze_tok(ctx, k, &g);
        if (g.oom || g.len > rest || memcmp(said.p + rest - g.len, g.p, g.len) != 0)
            break;
        rest -= g.len;
        same = rest == 0;
    }
    vk_buf_free(&said);
    vk_buf_free(&g);
    vk_buf_free(&w);
    return same;
}

/* "एंथ्रोपिक (Anthropic)": parentheses right after a Devanagari word holding only
 * Latin words (and digits, and light punctuation) repeat what was just said and
 * are left out. A gloss of acronyms only ("(AWS)", "(COVID-19)", "(Q2)") adds
 * something and is read, unless it only repeats the words before it ("इसरो
 * (ISRO)") or the caller asked to drop every gloss; VACHAK_GLOSSES_KEEP reads
 * them all. */
size_t vk_rec_gloss(vachak_ctx *ctx, size_t i, vk_item *it)
{
    if (!vk_tok_is(ctx, i, '(') || i == 0)
        return 0;
    bool after_word = kind_is(ctx, i - 1, VK_TOK_DEVA);
    if (!after_word && !kind_is(ctx, i - 1, VK_TOK_DIGITS))
        return 0;
    if (ctx->flags & VACHAK_GLOSSES_KEEP)
        return 0;
    size_t j = i + 1, latin = 0;
    bool acronyms = true;
    for (; j < ctx->ntoks && !vk_tok_is(ctx, j, ')'); j++) {
        const vk_token *t = &ctx->toks[j];
        if (t->kind == VK_TOK_LATIN) {
            latin++;
            const char *s = tok_text(ctx, j);
            acronyms = acronyms && (vk_latin_is_caps(s, t->len) || vk_latin_is_caps_plural(s, t->len) ||
                                    (t->len == 1 && s[0] >= 'A' && s[0] <= 'Z'));
        } else if (!(t->kind == VK_TOK_DIGITS || (t->kind == VK_TOK_PUNCT && gloss_punct(t->cp)))) {
            return 0;
        }
    }
    if (j == ctx->ntoks || !latin)
        return 0;
    bool drop = after_word && (!acronyms || (ctx->flags & VACHAK_GLOSSES_DROP));
    if (!drop && !(acronyms && gloss_repeats(ctx, i, j)))
        return 0;
    it->cls = VK_C_GLOSS;
    return j - i + 1;
}

/* ---------------------------------------------------------------- abbreviations */

/* A single letter of an initial: one Latin capital, or a short Devanagari
 * syllable (आर, के, डी). */
static bool initial_letter(const vachak_ctx *ctx, size_t i)
{
    const vk_token *t = &ctx->toks[i];
    const char *s = tok_text(ctx, i);
    if (t->kind == VK_TOK_LATIN)
        return t->len == 1 && s[0] >= 'A' && s[0] <= 'Z';
    return t->kind == VK_TOK_DEVA && t->len <= 4 * 3; /* up to four code points */
}

/* Dotted initials: two or more glued "X." (U.S., ए.के.; the last dot may be
 * missing), or one Latin capital and a dot before a capitalised Latin word
 * (J. Jayalalithaa). Returns the tokens covered, 0 if none. */
static size_t initials(const vachak_ctx *ctx, size_t i)
{
    vk_tok_kind kind = (vk_tok_kind)ctx->toks[i].kind;
    size_t j = i, parts = 0;
    while (j < ctx->ntoks && (j == i || vk_tok_glued(ctx, j)) && kind_is(ctx, j, kind) &&
           initial_letter(ctx, j)) {
        parts++;
        if (!vk_tok_is(ctx, j + 1, '.') || !vk_tok_glued(ctx, j + 1)) {
            j++; /* a last part without its dot */
            break;
        }
        j += 2;
    }
    if (parts >= 2)
        return j - i;
    if (parts == 1 && kind == VK_TOK_LATIN && j == i + 2 && kind_is(ctx, j, VK_TOK_LATIN) &&
        ctx->toks[j].space) {
        char c = tok_text(ctx, j)[0];
        if (c >= 'A' && c <= 'Z')
            return 2;
    }
    return 0;
}

/* Token k follows a dot after one blank and is a word: the जन. of ले. जन. */
static bool after_dot_and_blank(const vachak_ctx *ctx, size_t k)
{
    const vk_token *p = &ctx->toks[k - 1], *u = &ctx->toks[k];
    return p->kind == VK_TOK_PUNCT && p->cp == '.' && u->off == p->off + p->len + 1 &&
           ctx->text.p[p->off + p->len] == ' ' && (u->kind == VK_TOK_LATIN || u->kind == VK_TOK_DEVA);
}

/* An abbreviation of hi/abbreviations.tsv: the longest run of glued letters,
 * dots and slashes from token i (a blank may follow a dot: ले. जन.) that the
 * table has, where its condition holds; else dotted initials. */
size_t vk_rec_abbrev(vachak_ctx *ctx, size_t i, vk_item *it)
{
    const vk_token *t = &ctx->toks[i];
    if (t->kind != VK_TOK_LATIN && t->kind != VK_TOK_DEVA)
        return 0;
    if (i > 0 && !t->space && ctx->toks[i - 1].kind != VK_TOK_PUNCT)
        return 0;
    /* most words are not abbreviations: look only at a word with a dot or slash
     * glued after it, or one that starts a key of the table (vs, डॉ) */
    bool dotted =
        (vk_tok_is(ctx, i + 1, '.') || vk_tok_is(ctx, i + 1, '/')) && vk_tok_glued(ctx, i + 1);
    if (!dotted && !(ctx->tok_starts[i] & (1u << VK_T_ABBREVIATIONS)))
        return 0;
    size_t ends[8], n = 0;
    for (size_t k = i; k < ctx->ntoks && n < 8 &&
                       (k == i || vk_tok_glued(ctx, k) || after_dot_and_blank(ctx, k));
         k++) {
        const vk_token *u = &ctx->toks[k];
        if (u->kind != VK_TOK_LATIN && u->kind != VK_TOK_DEVA && !vk_tok_is(ctx, k, '.') &&
            !vk_tok_is(ctx, k, '/'))
            break;
        ends[n++] = k + 1;
    }
    for (size_t m = n; m-- > 0;) {
        size_t e = ends[m];
        const vk_token *last = &ctx->toks[e - 1];
        /* not in the middle of a word: the next token is not glued letters */
        if (last->kind != VK_TOK_PUNCT && e < ctx->ntoks && vk_tok_glued(ctx, e) &&
            ctx->toks[e].kind != VK_TOK_PUNCT)
            continue;
        const vk_entry *a = vk_rules_get(ctx->rules, VK_T_ABBREVIATIONS, tok_text(ctx, i),
                                         last->off + last->len - t->off);
        if (!a)
            continue;
        bool after_number = i > 0 && kind_is(ctx, i - 1, VK_TOK_DIGITS);
        if (strcmp(a->col[2], "after-number") == 0 && !after_number)
            continue;
        if (strcmp(a->col[2], "not-after-number") == 0 && after_number)
            continue; /* मि. मिस्टर, but not in 30 मि. */
        if (strcmp(a->col[2], "before-number") == 0 && !kind_is(ctx, e, VK_TOK_DIGITS))
            continue;
        it->cls = VK_C_ABBREV;
        it->ent[0] = a;
        it->src = (vk_source){a->file, a->line, NULL};
        return e - i;
    }
    size_t k = initials(ctx, i);
    if (k)
        it->cls = VK_C_ABBREV;
    return k;
}

/* ---------------------------------------------------------------- symbols */

/* A symbol of hi/symbols.tsv; between two Latin words (AT&T, Johnson & Johnson)
 * it takes the table's third column if there is one. */
size_t vk_rec_symbol(vachak_ctx *ctx, size_t i, vk_item *it)
{
    const vk_token *t = &ctx->toks[i];
    if (t->kind != VK_TOK_PUNCT)
        return 0;
    const vk_entry *e = NULL;
    for (size_t k = 0; k < ctx->rules->nsymbols && !e; k++)
        if (ctx->rules->symbols[k].cp == t->cp)
            e = ctx->rules->symbols[k].e;
    if (!e)
        return 0;
    it->cls = VK_C_SYMBOL;
    it->ent[0] = e;
    if (i > 0 && kind_is(ctx, i - 1, VK_TOK_LATIN) && kind_is(ctx, i + 1, VK_TOK_LATIN) &&
        e->ncols == 3)
        it->iv[1] = VK_LX_BETWEEN_LATIN;
    it->src = (vk_source){e->file, e->line, NULL};
    return 1;
}
