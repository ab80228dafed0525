// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The English-to-Devanagari converter, first half: compiling the rows of
 * hi/english-phonemes.tsv (already checked by the strict TSV loader) into
 * phonemes, spelling variants, join rules, hiatus rules and consonant classes.
 * Errors name the file and line of the row at fault.
 */
#include "verbalize/phon2deva_int.h"

#include "core/error.h"

#include <stdlib.h>
#include <string.h>

static int utf8_next(const char **ps, unsigned *cp)
{
    const unsigned char *s = (const unsigned char *)*ps;
    unsigned c = s[0], n, i;
    if (c == 0)
        return 0;
    if (c < 0x80) {
        *cp = c;
        *ps += 1;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        n = 1;
        c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 2;
        c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 3;
        c &= 0x07;
    } else
        return -1;
    for (i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        c = (c << 6) | (s[i] & 0x3F);
    }
    *cp = c;
    *ps += n + 1;
    return 1;
}

/* Parse Devanagari text into units. A value that is only a virama is a silent vowel
 * (the consonants around it form a conjunct). Orthographic reading: a consonant followed by
 * a consonant or anusvara carries the inherent अ; a consonant at the end, or before
 * virama, is bare; an independent vowel after a consonant is a separate unit (so
 * "आयअ" is आ, य, अ). A leading anusvara is allowed (join literals such as "ंग"). */
static int parse_deva(const char *s, p2d_unit *u, int max)
{
    unsigned cp, nx;
    int n = 0, r, indep = 0;
    const char *p = s, *q;
    if (*p == '|') {
        indep = 1;
        p++;
    }
    if (strcmp(p, "\xe0\xa5\x8d") == 0 && max > 0) { /* "्" alone: a vowel that is not written */
        p2d_unit x = {U_X, 0, 0, 0, 0, 0, 0, CP_VIRAMA};
        u[0] = x;
        return 1;
    }
    while ((r = utf8_next(&p, &cp)) == 1) {
        if (n + 3 > max)
            return -1;
        if (is_cons(cp)) {
            p2d_unit c = {U_C, 0, 0, 0, 0, 0, 0, (unsigned short)cp};
            q = p;
            if (utf8_next(&q, &nx) == 1 && nx == CP_NUKTA) {
                c.nukta = 1;
                p = q;
            }
            u[n++] = c;
            q = p;
            r = utf8_next(&q, &nx);
            if (r == 0)
                continue;
            if (r < 0)
                return -1;
            if (nx == CP_VIRAMA) {
                p = q;
                continue;
            }
            if (is_matra(nx)) {
                p2d_unit v = {U_V, 0, 0, 0, 0, 0, 0, (unsigned short)(nx - 0x38)};
                u[n++] = v;
                p = q;
                continue;
            }
            if (is_cons(nx) || nx == CP_ANUSVARA) {
                p2d_unit v = {U_V, 0, 0, 0, 0, 0, 0, CP_A};
                u[n++] = v;
            }
        } else if (is_ivowel(cp)) {
            p2d_unit v = {U_V, 0, 0, 0, 0, 0, 0, (unsigned short)cp};
            v.indep = (unsigned char)(n == 0 && indep);
            u[n++] = v;
        } else if (cp == CP_ANUSVARA) {
            p2d_unit a = {U_N, 0, 0, 0, 0, 0, 0, CP_ANUSVARA};
            u[n++] = a;
        } else {
            return -1;
        }
    }
    return r < 0 ? -1 : n;
}

static int parse_pats(const char *s, p2d_form *f)
{
    const char *p = s;
    int cap = 1, n = 0;
    for (const char *q = s; *q; q++)
        if (*q == ' ')
            cap++;
    f->pats = calloc((size_t)cap, sizeof *f->pats);
    if (!f->pats)
        return -1;
    while (*p) {
        p2d_pat pt;
        int gl = 0, rl = 0;
        memset(&pt, 0, sizeof pt);
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (*p == '^') {
            pt.first = 1;
            p++;
        }
        if (*p == '-') {
            pt.unstressed = 1;
            p++;
        }
        if (*p == '~') {
            pt.aftercons = 1;
            p++;
        }
        if (*p == '+') {
            pt.strongnext = 1;
            p++;
        }
        { /* optional LEFT< */
            const char *lt = strchr(p, '<'), *sp = strchr(p, ' ');
            if (lt && (!sp || lt < sp)) {
                int ll = (int)(lt - p);
                if (ll == 0 || ll > 7)
                    return -1;
                for (int k = 0; k < ll; k++) { /* stored reversed: nearest letter first */
                    char c = p[ll - 1 - k];
                    if (!((c >= 'a' && c <= 'z') || c == 'C' || c == 'V' || c == '#'))
                        return -1;
                    pt.left[k] = c;
                }
                p = lt + 1;
            }
        }
        if (*p == '*') {
            pt.g[gl++] = *p++;
        } else
            while (*p >= 'a' && *p <= 'z') {
                if (gl >= 7)
                    return -1;
                pt.g[gl++] = *p++;
            }
        if (gl == 0)
            return -1;
        if (*p == '>') {
            p++;
            while (*p && *p != ' ') {
                if (!((*p >= 'a' && *p <= 'z') || *p == 'C' || *p == 'V' || *p == '#') || rl >= 7)
                    return -1;
                pt.right[rl++] = *p++;
            }
            if (rl == 0)
                return -1;
        }
        if (*p && *p != ' ')
            return -1;
        pt.glen = (unsigned char)(pt.g[0] == '*' ? 0 : gl);
        f->pats[n++] = pt;
    }
    f->npats = n;
    return 0;
}

static int find_class(const vk_english *e, const char *name, size_t len)
{
    for (int i = 0; i < e->ncls; i++)
        if (strlen(e->cls[i].name) == len && memcmp(e->cls[i].name, name, len) == 0)
            return i;
    return -1;
}

/* One side of a join key: "*", "{class}", "{end}", "{vowel}", one consonant, or (left
 * side only, x0 != NULL) a pair "C0्C1" or "V0C1": C1 right after consonant C0 or vowel V0. */
static int parse_side(const vk_english *e, const char *s, size_t len, unsigned char *kind, int *val,
                      int *x0)
{
    p2d_unit u[P2D_MAXU];
    char buf[64];
    int n;
    if (len == 1 && s[0] == '*') {
        *kind = K_ANY;
        *val = 0;
        return 0;
    }
    if (len >= 2 && s[0] == '{' && s[len - 1] == '}') {
        if (len == 5 && memcmp(s, "{end}", 5) == 0) {
            *kind = K_END;
            *val = 0;
            return 0;
        }
        if (len == 7 && memcmp(s, "{vowel}", 7) == 0) {
            *kind = K_VOWEL;
            *val = 0;
            return 0;
        }
        *val = find_class(e, s + 1, len - 2);
        *kind = K_CLASS;
        return *val < 0 ? -1 : 0;
    }
    if (len >= sizeof buf)
        return -1;
    memcpy(buf, s, len);
    buf[len] = 0;
    n = parse_deva(buf, u, P2D_MAXU);
    if (x0 && n == 2 && (u[0].kind == U_C || u[0].kind == U_V) && u[1].kind == U_C) {
        *kind = K_PAIR;
        *x0 = unit_id(&u[0]);
        *val = cons_id(&u[1]);
        return 0;
    }
    if (n != 1 || u[0].kind != U_C)
        return -1;
    *kind = K_EXACT;
    *val = cons_id(&u[0]);
    return 0;
}

static int single_vowel(const char *s, size_t len, unsigned *cp)
{
    const char *p = s;
    unsigned c;
    if (len == 1 && s[0] == '*') {
        *cp = 0;
        return 0;
    }
    if (utf8_next(&p, &c) != 1 || !is_ivowel(c) || (size_t)(p - s) != len)
        return -1;
    *cp = c;
    return 0;
}

static int add_rule(vk_english *e, const vk_entry *r, const char *file,
                       vachak_error *err)
{
    const char *key = r->col[0], *val = r->col[1];
    const char *plus = strchr(key, '+');
    size_t xl = (size_t)(plus - key), yl = strlen(plus + 1);
    int stress = 0;
    unsigned v1, v2;
    if (yl > 0 && plus[yl] == '\'') {
        stress = 1;
        yl--;
    } else if (yl > 0 && plus[yl] == '"') {
        stress = 2;
        yl--;
    }
    if (single_vowel(key, xl, &v1) == 0 && v1 != 0) { /* vowel hiatus rule */
        p2d_unit u[P2D_MAXU];
        int n = parse_deva(val, u, P2D_MAXU);
        p2d_hiatus h;
        memset(&h, 0, sizeof h);
        if (stress || single_vowel(plus + 1, yl, &v2) != 0) {
            vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "hiatus key '%s': second part must be a vowel letter or *", key);
            return -1;
        }
        if (n < 1 || n > 2 || u[0].kind != U_V || (n == 2 && u[1].kind != U_C)) {
            vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "hiatus value '%s' must be a vowel letter, optionally followed by one glide consonant", val);
            return -1;
        }
        h.v1 = v1;
        h.v2 = v2;
        h.nv1 = u[0].cp;
        if (n == 2) {
            h.has_glide = 1;
            h.glide = u[1];
        }
        e->hi[e->nh++] = h;
        return 0;
    }
    p2d_join j;
    memset(&j, 0, sizeof j);
    if (parse_side(e, key, xl, &j.xk, &j.x, &j.x0) != 0 || j.xk == K_END || j.xk == K_VOWEL) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "join key '%s': left side must be a consonant, a conjunct of two, {class} or *", key);
        return -1;
    }
    if (parse_side(e, plus + 1, yl, &j.yk, &j.y, NULL) != 0) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "join key '%s': right side must be a consonant, {class}, {vowel}, {end} or *", key);
        return -1;
    }
    j.stress = (unsigned char)stress;
    if (strcmp(val, "\xe0\xa5\x8d") == 0)
        j.action = A_VIRAMA; /* ् */
    else if (strcmp(val, "\xe0\xa4\x82") == 0)
        j.action = A_ANUSVARA; /* ं */
    else if (strcmp(val, "\xe0\xa4\x85") == 0)
        j.action = A_KEEP; /* अ */
    else {
        j.action = A_LIT;
        j.nlit = parse_deva(val, j.lit, 4);
        if (j.nlit < 1) {
            vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "join value '%s' is not ्, ं, अ or a short Devanagari spelling", val);
            return -1;
        }
    }
    {
        static const int w[] = {0, 1, 2, 3, 3, 3, 4};
        j.score = w[j.xk] * 100 + w[j.yk] * 10 + j.stress;
    }
    e->joins[e->nj++] = j;
    return 0;
}

static int add_class(vk_english *e, const vk_entry *r, const char *file,
                       vachak_error *err)
{
    enum { MAXMEMBERS = 64 };
    const char *key = r->col[0], *p = r->col[1];
    size_t kl = strlen(key);
    p2d_class *c = &e->cls[e->ncls];
    if (kl < 3 || key[kl - 1] != '}' || kl - 2 >= sizeof c->name || strchr(key + 1, '{')) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "bad class key '%s' (want {name})", key);
        return -1;
    }
    if (find_class(e, key + 1, kl - 2) >= 0 || strcmp(key, "{end}") == 0 ||
        strcmp(key, "{vowel}") == 0) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "class '%s' defined twice or reserved", key);
        return -1;
    }
    c->ids = calloc(MAXMEMBERS, sizeof *c->ids);
    if (!c->ids) {
        vk_error(err, VACHAK_ERR_NOMEM, file, 0, 0, "out of memory");
        return -1;
    }
    e->ncls++; /* from here on vk_english_free releases it */
    memcpy(c->name, key + 1, kl - 2);
    c->name[kl - 2] = 0;
    /* space-separated members, each one consonant (with nukta if any) */
    while (*p) {
        const char *s;
        size_t l;
        char one[16];
        p2d_unit u[4];
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        s = p;
        while (*p && *p != ' ')
            p++;
        l = (size_t)(p - s);
        if (l >= sizeof one || c->n >= MAXMEMBERS) {
            vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "class member too long or too many members");
            return -1;
        }
        memcpy(one, s, l);
        one[l] = 0;
        if (parse_deva(one, u, 4) != 1 || u[0].kind != U_C) {
            vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "class member '%s' is not one consonant", one);
            return -1;
        }
        c->ids[c->n++] = cons_id(&u[0]);
    }
    if (c->n == 0) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "empty class");
        return -1;
    }
    return 0;
}

static int add_phoneme(vk_english *e, const vk_entry *r, const char *file,
                       vachak_error *err)
{
    const char *key = r->col[0];
    const char *paren = strchr(key, '(');
    size_t kl = paren ? (size_t)(paren - key) : strlen(key);
    p2d_phon *ph = NULL;
    p2d_form *f;
    int i;
    if (kl == 0 || kl >= sizeof ph->key) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "bad phoneme key '%s'", key);
        return -1;
    }
    if (paren && (key[strlen(key) - 1] != ')' || strlen(key) - kl < 3)) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "variant key '%s' must look like PHONEME(label)", key);
        return -1;
    }
    for (i = 0; i < (int)kl; i++)
        if ((unsigned char)key[i] <= ' ' || (unsigned char)key[i] >= 0x7F || key[i] == '\'' ||
            key[i] == ',') {
            vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "phoneme key '%s' must be printable ASCII without stress marks", key);
            return -1;
        }
    for (i = 0; i < e->nph; i++)
        if (e->ph[i].klen == (int)kl && memcmp(e->ph[i].key, key, kl) == 0) {
            ph = &e->ph[i];
            break;
        }
    if (!ph) {
        ph = &e->ph[e->nph++];
        memset(ph, 0, sizeof *ph);
        memcpy(ph->key, key, kl);
        ph->klen = (int)kl;
        ph->line = r->line;
    }
    if (!paren && ph->has_base) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "second default row for phoneme '%s' (first on line %u)", key, ph->line);
        return -1;
    }
    {
        p2d_form *nf = realloc(ph->forms, (size_t)(ph->nforms + 1) * sizeof *nf);
        if (!nf) {
            vk_error(err, VACHAK_ERR_NOMEM, file, 0, 0, "out of memory");
            return -1;
        }
        ph->forms = nf;
    }
    f = &ph->forms[ph->nforms++];
    memset(f, 0, sizeof *f);
    f->is_base = paren == NULL;
    f->nu = parse_deva(r->col[1], f->u, P2D_MAXU);
    if (f->nu < 1) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "value '%s' of '%s' is not a Devanagari spelling", r->col[1], key);
        return -1;
    }
    if (!r->col[2] || parse_pats(r->col[2], f) != 0) {
        vk_error(err, VACHAK_ERR_RULES, file, r->line, 0, "bad spelling patterns '%s' (want [^][-][~][+][left<]letters[>right] ...)", r->col[2]);
        return -1;
    }
    if (f->is_base) {
        unsigned v = f->u[0].cp;
        ph->vowel = f->u[0].kind == U_V;
        ph->full = ph->vowel && v != CP_A && v != 0x0907 && v != 0x0909;
        ph->has_base = 1;
    }
    return 0;
}

void vk_english_free(vk_english *e)
{
    if (!e)
        return;
    for (int i = 0; i < e->nph; i++) {
        for (int k = 0; k < e->ph[i].nforms; k++)
            free(e->ph[i].forms[k].pats);
        free(e->ph[i].forms);
    }
    for (int i = 0; i < e->ncls; i++)
        free(e->cls[i].ids);
    free(e->ph);
    free(e->joins);
    free(e->hi);
    free(e->cls);
    free(e);
}

vachak_status vk_english_new(const vk_entry *rows, size_t n, const char *file, vk_english **out,
                             vachak_error *err)
{
    *out = NULL;
    vk_english *e = calloc(1, sizeof *e);
    if (!e)
        return vk_error(err, VACHAK_ERR_NOMEM, file, 0, 0, "out of memory");
    e->ph = calloc(n + 1, sizeof *e->ph);
    e->joins = calloc(n + 1, sizeof *e->joins);
    e->hi = calloc(n + 1, sizeof *e->hi);
    e->cls = calloc(n + 1, sizeof *e->cls);
    if (!e->ph || !e->joins || !e->hi || !e->cls) {
        vk_english_free(e);
        return vk_error(err, VACHAK_ERR_NOMEM, file, 0, 0, "out of memory");
    }
    /* Pass 1: classes (so rules may use a class defined later in the file). */
    for (size_t i = 0; i < n; i++)
        if (rows[i].col[0][0] == '{' && !strchr(rows[i].col[0], '+') &&
            add_class(e, &rows[i], file, err))
            goto fail;
    for (size_t i = 0; i < n; i++) {
        const vk_entry *r = &rows[i];
        if (strchr(r->col[0], '+')) {
            if (add_rule(e, r, file, err))
                goto fail;
        } else if (r->col[0][0] != '{' && add_phoneme(e, r, file, err))
            goto fail;
    }
    for (int k = 0; k < e->nph; k++)
        if (!e->ph[k].has_base) {
            vk_error(err, VACHAK_ERR_RULES, file, e->ph[k].line, 0,
                     "variant of phoneme '%.*s', which has no default row", e->ph[k].klen,
                     e->ph[k].key);
            goto fail;
        }
    *out = e;
    return VACHAK_OK;
fail:
    vk_english_free(e);
    return err && err->status ? err->status : VACHAK_ERR_RULES;
}
