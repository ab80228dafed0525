// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The golden runner: every case of the given TSV files (class, input, expected)
 * through vachak_normalize(), compared as the shared spec scorer compares
 * ("exact": NFC, dashes and runs of blanks made one space). Files given with
 * --by-sound are judged by sound instead: eSpeak NG's Hindi phonemes of the
 * output and of the expected text may differ by at most 20% (edit distance,
 * stress and length marks ignored), and exact matches are counted too.
 *
 * Prints every mismatch and a pass count per class. Cases listed in the
 * known-failures file (file, class, input or *, reason) may fail; any other
 * failure, or a listed case that now passes, makes the run fail.
 *
 *   golden_runner [--known FILE] [--by-sound FILE]... FILE...
 */
#include "audio/espeak.h"
#include "vachak.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

typedef struct known {
    char *file, *cls, *input, *reason;
    bool used;
} known;

typedef struct tally {
    char cls[48];
    int n, pass, exact, known;
} tally;

static known *knowns;
static size_t nknown;
static tally tallies[64];
static size_t ntally;

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "golden: cannot open %s\n", path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (fread(p, 1, (size_t)n, f) != (size_t)n)
        exit(2);
    p[n] = '\0';
    fclose(f);
    return p;
}

/* Split a line on tabs into at most max fields (in place). */
static int split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void load_known(const char *path)
{
    char *data = slurp(path);
    for (char *line = strtok(data, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0])
            continue;
        char *f[4];
        if (split(line, f, 4) != 4) {
            fprintf(stderr, "golden: %s: a line needs file, class, input (or *) and reason\n", path);
            exit(2);
        }
        knowns = realloc(knowns, (nknown + 1) * sizeof *knowns);
        knowns[nknown++] = (known){f[0], f[1], f[2], f[3], false};
    }
}

static known *find_known(const char *file, const char *cls, const char *input)
{
    for (size_t i = 0; i < nknown; i++)
        if (strcmp(knowns[i].file, file) == 0 && strcmp(knowns[i].cls, cls) == 0 &&
            (strcmp(knowns[i].input, "*") == 0 || strcmp(knowns[i].input, input) == 0))
            return &knowns[i];
    return NULL;
}

static tally *tally_of(const char *cls)
{
    for (size_t i = 0; i < ntally; i++)
        if (strcmp(tallies[i].cls, cls) == 0)
            return &tallies[i];
    if (ntally == sizeof tallies / sizeof *tallies)
        exit(2);
    tally *t = &tallies[ntally++];
    snprintf(t->cls, sizeof t->cls, "%s", cls);
    return t;
}

/* NFC; dashes as spaces; runs of blanks one space; trimmed. Returns malloc'd. */
static char *canon(const char *s)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = (int32_t)strlen(s), ul = 0, vl = 0, bl = 0;
    UChar *u = malloc(((size_t)n + 1) * sizeof *u), *v = malloc(((size_t)n * 3 + 1) * sizeof *v);
    u_strFromUTF8(u, n + 1, &ul, s, n, &st);
    vl = unorm2_normalize(unorm2_getNFCInstance(&st), u, ul, v, n * 3 + 1, &st);
    for (int32_t i = 0; i < vl; i++)
        if (v[i] == '-' || v[i] == 0x2013 || v[i] == 0x2014 || v[i] == 0x2010 || v[i] == '\t')
            v[i] = ' ';
    char *b = malloc((size_t)vl * 3 + 1);
    u_strToUTF8(b, vl * 3 + 1, &bl, v, vl, &st);
    free(u);
    free(v);
    char *w = b;
    bool sp = true;
    for (const char *r = b; *r; r++) {
        if (*r == ' ') {
            if (!sp)
                *w++ = ' ';
            sp = true;
        } else {
            *w++ = *r;
            sp = false;
        }
    }
    if (w > b && w[-1] == ' ')
        w--;
    *w = '\0';
    return b;
}

/* eSpeak NG Hindi phonemes of s, without stress, length and pause marks. Through
 * the library's own eSpeak access: eSpeak NG is global, and the library also
 * uses it (for English words), so there must be one owner in the process. */
static char *phonemes(const char *s)
{
    vk_buf ph = {0};
    vachak_error err;
    if (vk_espeak_phonemes("hi", s, &ph, &err) != VACHAK_OK) {
        fprintf(stderr, "golden: %s\n", err.message);
        exit(2);
    }
    char *out = malloc(ph.len + 1);
    size_t n = 0;
    for (size_t i = 0; i < ph.len; i++)
        if (!strchr("',:_ ", ph.p[i]))
            out[n++] = ph.p[i];
    out[n] = '\0';
    vk_buf_free(&ph);
    return out;
}

static size_t lev(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t *prev = malloc((lb + 1) * sizeof *prev), *cur = malloc((lb + 1) * sizeof *cur);
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t x = prev[j] + 1, y = cur[j - 1] + 1, z = prev[j - 1] + (a[i - 1] != b[j - 1]);
            cur[j] = x < y ? (x < z ? x : z) : (y < z ? y : z);
        }
        size_t *t = prev;
        prev = cur;
        cur = t;
    }
    size_t d = prev[lb];
    free(prev);
    free(cur);
    return d;
}

static bool sounds_alike(const char *got, const char *want)
{
    char *a = phonemes(got), *b = phonemes(want);
    size_t la = strlen(a), lb = strlen(b), d = lev(a, b);
    bool ok = strcmp(a, b) == 0 || d * 5 <= (la > lb ? la : lb);
    free(a);
    free(b);
    return ok;
}

int main(int argc, char **argv)
{
    const char *by_sound[16];
    int nsound = 0, failures = 0, stale = 0;
    const char *files[64];
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--known") == 0 && i + 1 < argc)
            load_known(argv[++i]);
        else if (strcmp(argv[i], "--by-sound") == 0 && i + 1 < argc && nsound < 16)
            files[nfiles++] = by_sound[nsound++] = argv[++i];
        else if (nfiles < 64)
            files[nfiles++] = argv[i];
    }
    vachak_rules *rules;
    vachak_ctx *ctx;
    vachak_error err;
    if (vachak_rules_load(NULL, &rules, &err) || vachak_ctx_new(rules, &ctx, &err)) {
        fprintf(stderr, "golden: %s:%u: %s\n", err.file, err.line, err.message);
        return 2;
    }

    for (int fi = 0; fi < nfiles; fi++) {
        bool sound = false;
        for (int k = 0; k < nsound; k++)
            sound |= by_sound[k] == files[fi];
        char *data = slurp(files[fi]);
        const char *fname = base(files[fi]);
        unsigned lineno = 0;
        char *save = NULL;
        for (char *line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
            lineno++;
            if (line[0] == '#' || !line[0])
                continue;
            char *f[3];
            if (split(line, f, 3) != 3)
                continue;
            char *out = NULL;
            size_t olen = 0;
            vachak_status st = vachak_normalize(ctx, f[1], strlen(f[1]), 0, &out, &olen, &err);
            char *got = canon(st ? "" : out);
            char *want = canon(f[2]);
            bool exact = !st && strcmp(got, want) == 0;
            bool pass = sound ? (!st && (exact || sounds_alike(got, want))) : exact;
            char label[48];
            snprintf(label, sizeof label, "%s%s", f[0], sound ? " (sound)" : "");
            tally *t = tally_of(label);
            t->n++;
            t->pass += pass;
            t->exact += exact;
            known *k = find_known(fname, f[0], f[1]);
            if (!pass) {
                if (k) {
                    k->used = true;
                    t->known++;
                } else {
                    failures++;
                    printf("FAIL %s [%s] %s\n   got: %s\n  want: %s\n", fname, f[0], f[1],
                           st ? vachak_status_str(st) : got, want);
                }
            } else if (k && strcmp(k->input, "*") != 0) {
                stale++;
                printf("NOW PASSES (remove it from the known failures) %s [%s] %s\n", fname, f[0], f[1]);
            }
            free(got);
            free(want);
            vachak_free(out);
        }
        free(data);
    }
    printf("\n%-18s %5s %6s %6s %6s\n", "class", "cases", "pass", "exact", "known");
    int n = 0, p = 0;
    for (size_t i = 0; i < ntally; i++) {
        tally *t = &tallies[i];
        printf("%-18s %5d %6d %6d %6d%s\n", t->cls, t->n, t->pass, t->exact, t->known,
               t->pass == t->n ? "" : "  (not all pass)");
        n += t->n;
        p += t->pass;
    }
    printf("%-18s %5d %6d\n", "ALL", n, p);
    printf("\n%d unexpected failure(s), %d known failure(s) now passing\n", failures, stale);
    vachak_ctx_free(ctx);
    vachak_rules_free(rules);
    return failures || stale ? 1 : 0;
}
