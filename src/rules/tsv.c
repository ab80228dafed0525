// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The strict TSV reader for rules files: `#` comments and blank lines skipped,
 * every data line split on tabs into a fixed number of columns, every column
 * non-empty, valid UTF-8 and NFC, every key unique within its file. Any breach is
 * an error naming file:line.
 */
#include "core/error.h"
#include "rules/rules.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

bool vk_is_nfc(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    if (i == len)
        return true; /* ASCII is always NFC */
    UChar stackbuf[256];
    UChar *u = stackbuf;
    int32_t ulen = 0;
    UErrorCode st = U_ZERO_ERROR;
    if (len >= 256) {
        u = malloc(len * sizeof *u); /* UTF-16 never needs more units than UTF-8 bytes */
        if (!u)
            return false;
    }
    u_strFromUTF8(u, (int32_t)(len >= 256 ? len : 256), &ulen, s, (int32_t)len, &st);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
    UBool ok = U_SUCCESS(st) && unorm2_isNormalized(nfc, u, ulen, &st);
    if (u != stackbuf)
        free(u);
    return U_SUCCESS(st) && ok;
}

/* Check a file's bytes are UTF-8; report the first bad line. */
static vachak_status check_utf8(const char *data, size_t len, const char *fname, vachak_error *err)
{
    unsigned line = 1;
    int32_t i = 0, n = (int32_t)len;
    while (i < n) {
        UChar32 c;
        U8_NEXT(data, i, n, c);
        if (c < 0)
            return vk_error(err, VACHAK_ERR_RULES, fname, line, 0, "not valid UTF-8");
        if (c == '\n')
            line++;
    }
    return VACHAK_OK;
}

vachak_status vk_tsv_parse(vachak_rules *r, vk_table_id id, char *data, size_t len,
                           uint16_t file, vachak_error *err)
{
    const vk_table_spec *spec = &vk_table_specs[id];
    const char *fname = vk_rules_file(r, file);
    vachak_status st = check_utf8(data, len, fname, err);
    if (st)
        return st;
    vk_table *t = &r->tables[id];
    t->fold_case = spec->fold_case;

    char *p = data, *end = data + len;
    for (unsigned line = 1; p < end; line++) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *eol = nl ? nl : end;
        char *next = nl ? nl + 1 : end;
        if (eol > p && eol[-1] == '\r')
            eol--;
        *eol = '\0';
        if (p == eol || p[0] == '#') {
            p = next;
            continue;
        }
        vk_entry e = {.file = file, .line = line};
        char *c = p;
        unsigned ncols = 0;
        for (;;) {
            char *tab = memchr(c, '\t', (size_t)(eol - c));
            if (ncols < VK_MAX_COLS)
                e.col[ncols] = c;
            ncols++;
            if (!tab)
                break;
            *tab = '\0';
            c = tab + 1;
        }
        if (ncols < spec->min_cols || ncols > spec->max_cols) {
            if (spec->min_cols == spec->max_cols)
                return vk_error(err, VACHAK_ERR_RULES, fname, line, 0,
                                "expected %u tab-separated columns, found %u", spec->min_cols,
                                ncols);
            return vk_error(err, VACHAK_ERR_RULES, fname, line, 0,
                            "expected %u to %u tab-separated columns, found %u", spec->min_cols,
                            spec->max_cols, ncols);
        }
        e.ncols = (uint8_t)ncols;
        for (unsigned i = 0; i < ncols; i++) {
            size_t n = strlen(e.col[i]);
            if (n == 0)
                return vk_error(err, VACHAK_ERR_RULES, fname, line, 0, "column %u is empty", i + 1);
            if (e.col[i][0] == ' ' || e.col[i][n - 1] == ' ')
                return vk_error(err, VACHAK_ERR_RULES, fname, line, 0,
                                "column %u has leading or trailing spaces", i + 1);
            if (!vk_is_nfc(e.col[i], n))
                return vk_error(err, VACHAK_ERR_RULES, fname, line, 0,
                                "column %u is not in Unicode NFC (normalise the file to NFC)",
                                i + 1);
        }
        if (strlen(e.col[0]) > 255)
            return vk_error(err, VACHAK_ERR_RULES, fname, line, 0, "key longer than 255 bytes");
        bool dup = false;
        const vk_entry *old = vk_table_find(t, e.col[0]);
        unsigned old_line = old ? old->line : 0;
        if (!vk_table_put(t, &e, &dup))
            return vk_error(err, VACHAK_ERR_NOMEM, fname, line, 0, "out of memory");
        if (dup)
            return vk_error(err, VACHAK_ERR_RULES, fname, line, 0,
                            "duplicate key '%s' (first on line %u)", e.col[0], old_line);
        p = next;
    }
    return VACHAK_OK;
}
