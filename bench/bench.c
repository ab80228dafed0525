// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * vachak_bench: normalisation throughput on the sample article repeated to at
 * least 10 MB, next to ICU's NFC pass (UTF-8 -> UTF-16 -> NFC -> UTF-8) over the
 * same bytes, the floor any normaliser built on ICU pays.
 *   vachak_bench [FILE] [MB]
 */
#include "vachak.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    if (p) {
        p[n] = '\0';
        *len = (size_t)n;
    }
    return p;
}

/* ICU NFC over the whole text, line by line as vachak does. Returns bytes out. */
static size_t icu_nfc(const char *s, size_t n)
{
    const UNormalizer2 *nfc;
    UErrorCode st = U_ZERO_ERROR;
    nfc = unorm2_getNFCInstance(&st);
    size_t cap = 1 << 16, out = 0;
    UChar *u = malloc(cap * sizeof *u), *v = malloc(cap * sizeof *v);
    char *b = malloc(cap * 3);
    for (size_t off = 0; off < n;) {
        const char *nl = memchr(s + off, '\n', n - off);
        size_t end = nl ? (size_t)(nl - s) : n;
        int32_t ul = 0, vl, bl = 0;
        st = U_ZERO_ERROR;
        u_strFromUTF8(u, (int32_t)cap, &ul, s + off, (int32_t)(end - off), &st);
        vl = unorm2_normalize(nfc, u, ul, v, (int32_t)cap, &st);
        u_strToUTF8(b, (int32_t)cap * 3, &bl, v, vl, &st);
        if (U_FAILURE(st)) {
            fprintf(stderr, "ICU: %s\n", u_errorName(st));
            exit(1);
        }
        out += (size_t)bl + 1;
        off = end + 1;
    }
    free(u);
    free(v);
    free(b);
    return out;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/corpus/seed-article.txt";
    double mb = argc > 2 ? atof(argv[2]) : 10;
    size_t alen = 0;
    char *article = slurp(path, &alen);
    if (!article || !alen) {
        fprintf(stderr, "vachak_bench: cannot read %s (run from the source folder or give a path)\n", path);
        return 66;
    }
    size_t want = (size_t)(mb * 1e6), len = 0;
    char *text = malloc(want + alen + 2);
    while (len < want) {
        memcpy(text + len, article, alen);
        len += alen;
        if (text[len - 1] != '\n')
            text[len++] = '\n';
    }
    text[len] = '\0';

    vachak_rules *rules;
    vachak_ctx *ctx;
    vachak_error err;
    double t0 = now();
    if (vachak_rules_load(NULL, &rules, &err) || vachak_ctx_new(rules, &ctx, &err)) {
        fprintf(stderr, "vachak_bench: %s\n", err.message);
        return 70;
    }
    double t_load = now() - t0;

    double best = 1e9;
    size_t outlen = 0;
    for (int rep = 0; rep < 3; rep++) {
        char *out;
        t0 = now();
        if (vachak_normalize(ctx, text, len, 0, &out, &outlen, &err)) {
            fprintf(stderr, "vachak_bench: %s\n", err.message);
            return 70;
        }
        double t = now() - t0;
        best = t < best ? t : best;
        vachak_free(out);
    }
    double best_icu = 1e9;
    for (int rep = 0; rep < 3; rep++) {
        t0 = now();
        icu_nfc(text, len);
        double t = now() - t0;
        best_icu = t < best_icu ? t : best_icu;
    }
    printf("input:            %s x %zu = %.1f MB\n", path, len / alen, len / 1e6);
    printf("rules + context:  %.2f ms to load\n", t_load * 1e3);
    printf("vachak normalize: %.1f MB/s (%.3f s, best of 3; %zu bytes out)\n", len / 1e6 / best,
           best, outlen);
    printf("ICU NFC alone:    %.1f MB/s (%.3f s, best of 3)\n", len / 1e6 / best_icu, best_icu);
    vachak_ctx_free(ctx);
    vachak_rules_free(rules);
    free(text);
    free(article);
    return 0;
}
