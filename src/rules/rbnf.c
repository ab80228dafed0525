// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Compiling rules/hi/numbers.rbnf: ICU rule-based number format text, with `#`
 * comment lines allowed (blanked before ICU sees them). Checks that it is NFC,
 * that ICU accepts it, and that every ruleset the code calls is there, recording
 * the line each ruleset starts on so `vachak explain` can cite it.
 */
#include "core/error.h"
#include "rules/rules.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>

/* 1-based line of UTF-16 offset `off` in u. */
static unsigned line_of(const UChar *u, int32_t n, int32_t off)
{
    unsigned line = 1;
    for (int32_t i = 0; i < off && i < n; i++)
        if (u[i] == '\n')
            line++;
    return line;
}

/* Line where "%name:" starts a line, or 0. */
static unsigned ruleset_line(const char *text, size_t len, const char *name)
{
    size_t nl = strlen(name);
    unsigned line = 1;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if ((size_t)(end - q) > nl && memcmp(q, name, nl) == 0 && q[nl] == ':')
            return line;
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            break;
        p = e + 1;
        line++;
    }
    return 0;
}

/* A ruleset name at p (after its '%'s): its length. */
static size_t name_len(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '-'))
        q++;
    return (size_t)(q - p);
}

/* ICU names no line for a reference to a ruleset that does not exist: find it
 * ourselves. Returns the line of the first such reference, or 0. */
static unsigned undefined_reference(const char *text, size_t len, char *name, size_t cap)
{
    unsigned line = 1;
    for (const char *p = text, *end = text + len; p < end; p++) {
        if (*p == '\n')
            line++;
        if (*p == '#' && (p == text || p[-1] == '\n')) { /* a comment line */
            const char *e = memchr(p, '\n', (size_t)(end - p));
            p = e ? e - 1 : end - 1;
            continue;
        }
        if (*p != '%' || p == text || (p[-1] != '=' && p[-1] != '<' && p[-1] != '>' && p[-1] != '%'))
            continue;
        const char *q = p;
        while (q < end && *q == '%')
            q++;
        size_t n = name_len(q, end);
        if (n == 0 || n + 4 > cap)
            continue;
        /* Is "%...name:" defined at the start of some line? */
        size_t pct = (size_t)(q - p);
        snprintf(name, cap, "%.*s%.*s:", (int)pct, p, (int)n, q);
        bool found = false;
        for (const char *d = text; d && d < end && !found;) {
            while (d < end && (*d == ' ' || *d == '\t'))
                d++;
            found = (size_t)(end - d) > strlen(name) && memcmp(d, name, strlen(name)) == 0;
            d = memchr(d, '\n', (size_t)(end - d));
            if (d)
                d++;
        }
        if (!found) {
            name[strlen(name) - 1] = '\0';
            return line;
        }
        p = q + n - 1;
    }
    return 0;
}

vachak_status vk_rbnf_compile(vachak_rules *r, const char *text, size_t len, uint16_t file,
                              vachak_error *err)
{
    const char *fname = vk_rules_file(r, file);
    /* Per-line NFC check so an error names the line. */
    unsigned line = 1;
    for (const char *p = text, *end = text + len; p < end; line++) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        if (!vk_is_nfc(p, (size_t)(e - p)))
            return vk_error(err, VACHAK_ERR_RULES, fname, line, 0,
                            "not valid UTF-8 in Unicode NFC (normalise the file to NFC)");
        p = e + 1;
    }

    char ref[96];
    unsigned bad = undefined_reference(text, len, ref, sizeof ref);
    if (bad)
        return vk_error(err, VACHAK_ERR_RULES, fname, bad, 0, "ruleset %s is not defined", ref);

    UChar *u = malloc((len + 1) * sizeof *u);
    if (!u)
        return vk_error(err, VACHAK_ERR_NOMEM, fname, 0, 0, "out of memory");
    int32_t ulen = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(u, (int32_t)len + 1, &ulen, text, (int32_t)len, &st);
    if (U_FAILURE(st)) {
        free(u);
        return vk_error(err, VACHAK_ERR_RULES, fname, 0, 0, "not valid UTF-8");
    }
    /* Blank comment lines, keeping the newlines so offsets still give lines. */
    bool bol = true, comment = false;
    for (int32_t i = 0; i < ulen; i++) {
        if (u[i] == '\n') {
            bol = true;
            comment = false;
            continue;
        }
        if (bol && u[i] == '#')
            comment = true;
        if (u[i] != ' ' && u[i] != '\t')
            bol = false;
        if (comment)
            u[i] = ' ';
    }

    UParseError pe;
    memset(&pe, 0, sizeof pe);
    st = U_ZERO_ERROR;
    UNumberFormat *nf = unum_open(UNUM_PATTERN_RULEBASED, u, ulen, "hi", &pe, &st);
    if (U_FAILURE(st)) {
        unsigned l = pe.line > 0 ? (unsigned)pe.line : pe.offset > 0 ? line_of(u, ulen, pe.offset) : 0;
        free(u);
        unum_close(nf);
        return vk_error(err, VACHAK_ERR_RULES, fname, l, 0, "ICU rejects the number rules (%s)",
                        u_errorName(st));
    }
    free(u);

    for (int i = 0; i < VK_RS_COUNT; i++) {
        unsigned l = ruleset_line(text, len, vk_ruleset_names[i]);
        if (!l) {
            unum_close(nf);
            return vk_error(err, VACHAK_ERR_RULES, fname, 0, 0, "missing ruleset %s",
                            vk_ruleset_names[i]);
        }
        r->ruleset_line[i] = l;
    }
    if (r->nf)
        unum_close(r->nf);
    r->nf = nf;
    r->rbnf_file = file;
    return VACHAK_OK;
}
