// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The English-to-Devanagari converter, second half: tokenise eSpeak NG's
 * English phonemes against the compiled table, align them with the Latin
 * spelling to pick spelling-dependent forms, then write Hindi orthography
 * (matras, virama, anusvara, nukta). Reentrant: the table is read-only.
 */
#include "verbalize/phon2deva_int.h"

#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------- conversion --- */

#define P2D_MAXTOK 96
#define P2D_MAXLET 96

typedef struct {
    int ph; /* index into e->ph, or -1 for a word break */
    int stressed;
    int ls, ll; /* aligned letters: start, length */
} p2d_tok;

static int tokenize(const vk_english *e, const char *p, p2d_tok *t, int max)
{
    int n = 0, stress = 0;
    while (*p) {
        int best = -1, bl = 0;
        if (*p == '\'' || *p == ',') {
            stress = 1;
            p++;
            continue;
        }
        if (*p == ' ' || *p == '\t' || *p == '\n') {
            if (n > 0 && t[n - 1].ph >= 0) {
                if (n >= max)
                    break;
                t[n].ph = -1;
                t[n].stressed = 0;
                n++;
            }
            stress = 0;
            p++;
            continue;
        }
        if (*p == '(') { /* language switch marker such as (fr) */
            const char *q = strchr(p, ')');
            p = q ? q + 1 : p + strlen(p);
            continue;
        }
        for (int i = 0; i < e->nph; i++)
            if (e->ph[i].klen > bl && strncmp(p, e->ph[i].key, (size_t)e->ph[i].klen) == 0) {
                best = i;
                bl = e->ph[i].klen;
            }
        if (best < 0) {
            p++;
            continue;
        } /* length marks, pauses, unknown symbols */
        /* a doubled consonant phoneme (eSpeak's "Inn'INz" for innings) is said and written once */
        if (!e->ph[best].vowel && n > 0 && t[n - 1].ph == best) {
            p += bl;
            continue;
        }
        if (n >= max)
            break; /* absurdly long input: keep what fits */
        t[n].ph = best;
        t[n].stressed = e->ph[best].vowel ? stress : 0;
        if (e->ph[best].vowel)
            stress = 0;
        t[n].ls = 0;
        t[n].ll = 0;
        n++;
        p += bl;
    }
    while (n > 0 && t[n - 1].ph < 0)
        n--;
    return n;
}

/* Align phoneme tokens with spelling letters (edit-distance style): a token may
 * take a grapheme listed in its rows (cost 0), an unlisted run of vowel letters if
 * it is a vowel (1), an unlisted consonant letter if it is a consonant (2), or
 * nothing (2); a letter may stay silent (1). Fills ls/ll of each token. */
static void align(const vk_english *e, p2d_tok *t, int nt, const char *L, int nl)
{
    int W = nl + 1;
    int *cost = malloc(sizeof(int) * (size_t)(nt + 1) * (size_t)W);
    signed char *back =
        malloc((size_t)(nt + 1) * (size_t)W); /* -1 skip letter, k>=0 token took k letters */
    const int INF = 1 << 28;
    if (!cost || !back) {
        free(cost);
        free(back);
        return;
    }
    for (int i = 0; i < (nt + 1) * W; i++) {
        cost[i] = INF;
        back[i] = -2;
    }
    cost[0] = 0;
    for (int ti = 0; ti <= nt; ti++) {
        for (int j = 0; j <= nl; j++) {
            int c = cost[ti * W + j];
            if (c >= INF)
                continue;
            if (ti < nt) {
                int nxt = (ti + 1) * W;
#define RELAX(k, add)                                                                              \
    do {                                                                                           \
        if (cost[nxt + j + (k)] > c + (add)) {                                                     \
            cost[nxt + j + (k)] = c + (add);                                                       \
            back[nxt + j + (k)] = (signed char)(k);                                                \
        }                                                                                          \
    } while (0)
                if (t[ti].ph < 0) {
                    RELAX(0, 0);
                } else {
                    const p2d_phon *ph = &e->ph[t[ti].ph];
                    for (int f = 0; f < ph->nforms; f++)
                        for (int q = 0; q < ph->forms[f].npats; q++) {
                            const p2d_pat *pt = &ph->forms[f].pats[q];
                            if (pt->glen > 0 && j + pt->glen <= nl &&
                                memcmp(L + j, pt->g, pt->glen) == 0)
                                RELAX(pt->glen, 0);
                        }
                    if (ph->vowel) {
                        for (int k = 1; k <= 3 && j + k <= nl && is_vowel_letter(L[j + k - 1]); k++)
                            RELAX(k, 1);
                    } else if (j < nl && !is_vowel_letter(L[j])) {
                        RELAX(1, 2);
                    }
                    RELAX(0, 2);
                }
#undef RELAX
            }
            if (j < nl && cost[ti * W + j + 1] > c + 1) {
                cost[ti * W + j + 1] = c + 1;
                back[ti * W + j + 1] = -1;
            }
        }
    }
    {
        int ti = nt, j = nl;
        while (ti > 0 || j > 0) {
            signed char b = back[ti * W + j];
            if (b == -1) {
                j--;
                continue;
            }
            if (b < 0)
                break;
            t[ti - 1].ls = j - b;
            t[ti - 1].ll = b;
            ti--;
            j -= b;
        }
    }
    free(cost);
    free(back);
}

/* A letter of the spelling against one letter of a context pattern: itself, C
 * (a consonant letter) or V (a vowel letter). */
static int letter_ok(char pat, char c)
{
    if (pat == 'C')
        return !is_vowel_letter(c);
    if (pat == 'V')
        return is_vowel_letter(c);
    return pat == c;
}

/* The right context r matches the spelling L (nl letters) from pos on; # is the
 * word's end. */
static int right_ok(const char *r, const char *L, int nl, int pos)
{
    for (; *r; r++, pos++) {
        if (*r == '#')
            return pos == nl;
        if (pos >= nl || !letter_ok(*r, L[pos]))
            return 0;
    }
    return 1;
}

/* The left context l (nearest letter first) matches the spelling from pos
 * backwards; # is the word's start. */
static int left_ok(const char *l, const char *L, int pos)
{
    for (; *l; l++, pos--) {
        if (*l == '#')
            return pos < 0;
        if (pos < 0 || !letter_ok(*l, L[pos]))
            return 0;
    }
    return 1;
}

/* Is the next vowel in the word stressed, or long in Hindi (its default is not अ इ उ)? */
static int strong_next_vowel(const vk_english *e, const p2d_tok *t, int nt, int ti)
{
    for (int k = ti + 1; k < nt; k++) {
        const p2d_phon *ph;
        if (t[k].ph < 0)
            return 0;
        ph = &e->ph[t[k].ph];
        if (!ph->vowel)
            continue;
        return t[k].stressed || ph->full;
    }
    return 0;
}

static const p2d_form *choose(const vk_english *e, const p2d_tok *t, int nt, int ti, const char *L,
                              int nl, int first)
{
    const p2d_phon *ph = &e->ph[t[ti].ph];
    const p2d_form *base = NULL;
    for (int f = 0; f < ph->nforms; f++) {
        const p2d_form *fm = &ph->forms[f];
        if (fm->is_base) {
            base = fm;
            continue;
        }
        for (int q = 0; q < fm->npats; q++) {
            const p2d_pat *pt = &fm->pats[q];
            if (pt->first && !first)
                continue;
            if (pt->left[0] && !left_ok(pt->left, L, t[ti].ls - 1))
                continue;
            if (pt->unstressed && t[ti].stressed)
                continue;
            if (pt->aftercons && (ti == 0 || t[ti - 1].ph < 0 || e->ph[t[ti - 1].ph].vowel))
                continue;
            if (pt->strongnext && !strong_next_vowel(e, t, nt, ti))
                continue;
            if (pt->g[0] != '*' &&
                (pt->glen != t[ti].ll || memcmp(pt->g, L + t[ti].ls, pt->glen) != 0))
                continue;
            if (pt->right[0] && !right_ok(pt->right, L, nl, t[ti].ls + t[ti].ll))
                continue;
            return fm;
        }
    }
    return base;
}

static int in_class(const vk_english *e, int cls, int id)
{
    for (int i = 0; i < e->cls[cls].n; i++)
        if (e->cls[cls].ids[i] == id)
            return 1;
    return 0;
}

static int side_match(const vk_english *e, unsigned char kind, int val, int id, int ykind)
{
    /* ykind: K_EXACT for a consonant follower, K_END or K_VOWEL otherwise */
    if (kind == K_END || kind == K_VOWEL)
        return kind == ykind;
    if (ykind != K_EXACT)
        return 0;
    if (kind == K_ANY)
        return 1;
    if (kind == K_CLASS)
        return in_class(e, val, id);
    return val == id;
}

static const p2d_join *find_join(const vk_english *e, const p2d_unit *c0, const p2d_unit *c1,
                                 const p2d_unit *c2, int follow, int stressed_next)
{
    const p2d_join *best = NULL;
    int id1 = cons_id(c1), id2 = c2 ? cons_id(c2) : 0;
    for (int i = 0; i < e->nj; i++) {
        const p2d_join *j = &e->joins[i];
        if (j->stress && !(stressed_next & j->stress))
            continue;
        if (j->xk == K_PAIR) {
            if (!c0 || unit_id(c0) != j->x0 || j->x != id1)
                continue;
        } else if (!side_match(e, j->xk, j->x, id1, K_EXACT))
            continue;
        if (!side_match(e, j->yk, j->y, id2, follow))
            continue;
        if (!best || j->score > best->score)
            best = j;
    }
    return best;
}

typedef struct {
    char *out;
    size_t sz, len;
    int overflow;
} p2d_out;

static void put_cp(p2d_out *b, unsigned cp)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    }
    if (b->len + n + 1 > b->sz) {
        b->overflow = 1;
        return;
    }
    memcpy(b->out + b->len, tmp, n);
    b->len += n;
}

static void put_cons(p2d_out *b, const p2d_unit *u)
{
    put_cp(b, u->cp);
    if (u->nukta)
        put_cp(b, CP_NUKTA);
}

/* Write units as Hindi orthography. */
static void render(const vk_english *e, const p2d_unit *u, int n, p2d_out *b)
{
    int can_matra = 0;     /* last written letter is a consonant that can take a matra */
    int vowel_seen = 0;    /* a vowel was written earlier in this word */
    int prev_vowelish = 0; /* the unit just written ends in a vowel sound (anusvara may follow) */
    for (int i = 0; i < n; i++) {
        const p2d_unit *c = &u[i];
        if (c->kind == U_SP) {
            put_cp(b, ' ');
            can_matra = vowel_seen = prev_vowelish = 0;
            continue;
        }
        if (c->kind == U_N) {
            put_cp(b, CP_ANUSVARA);
            can_matra = 0;
            prev_vowelish = 0;
            continue;
        }
        if (c->kind == U_V) {
            if (can_matra && !c->indep) {
                if (c->cp != CP_A)
                    put_cp(b, matra_of(c->cp));
            } else
                put_cp(b, c->cp);
            can_matra = 0;
            vowel_seen = 1;
            prev_vowelish = 1;
            continue;
        }
        /* consonant: decide how it joins what follows */
        {
            const p2d_unit *nx = i + 1 < n ? &u[i + 1] : NULL;
            int follow = !nx || nx->kind == U_SP ? K_END
                         : nx->kind == U_V       ? K_VOWEL
                         : nx->kind == U_C       ? K_EXACT
                                                 : K_END;
            /* the vowel after the next consonant (and a glide): bit 1 stressed, bit 2 an
               unstressed full vowel (default not अ इ उ) closed by a consonant, as the second
               part of a compound usually is (laptop, bitcoin; not crypto, empty) */
            int stressed_next = 0, vi = i + 2;
            if (vi < n && u[vi].kind == U_C && is_glide(u[vi].cp))
                vi++; /* interview: व्यू */
            if (follow == K_EXACT && vi < n && u[vi].kind == U_V) {
                if (u[vi].stressed)
                    stressed_next = 1;
                else if (u[vi].full) {
                    int k = vi + 1;
                    while (k < n && u[k].kind == U_V && u[k].cont)
                        k++; /* the rest of a diphthong (ऑइ) */
                    if (k < n && u[k].kind == U_C)
                        stressed_next = 2;
                }
            }
            /* a vowel follows the next consonant, directly or after र ल य (upgrade अपग्रेड) */
            int vowel_after_c2 =
                follow == K_EXACT && i + 2 < n &&
                (u[i + 2].kind == U_V || (u[i + 2].kind == U_C && is_glide(u[i + 2].cp) &&
                                          i + 3 < n && u[i + 3].kind == U_V));
            const p2d_join *j =
                nx && nx->kind == U_N
                    ? NULL
                    : find_join(e,
                                i > 0 && (u[i - 1].kind == U_C || u[i - 1].kind == U_V) ? &u[i - 1]
                                                                                        : NULL,
                                c, follow == K_EXACT ? nx : NULL, follow, stressed_next);
            int act = j ? j->action : (follow == K_EXACT ? A_VIRAMA : 0);
            if (c->cluster && follow == K_EXACT)
                act = A_VIRAMA;
            if (act == A_ANUSVARA && !prev_vowelish)
                act = A_VIRAMA;
            if (act == A_KEEP && (!vowel_seen || !vowel_after_c2))
                act = A_VIRAMA;
            if (act == A_KEEP && follow != K_EXACT)
                act = 0;
            if (act == A_VIRAMA && follow != K_EXACT)
                act = 0;
            switch (act) {
            case A_ANUSVARA:
                put_cp(b, CP_ANUSVARA);
                can_matra = 0;
                break;
            case A_VIRAMA:
                put_cons(b, c);
                put_cp(b, CP_VIRAMA);
                can_matra = 0;
                break;
            case A_LIT:
                can_matra = 0;
                for (int k = 0; k < j->nlit; k++) {
                    if (j->lit[k].kind == U_C) {
                        put_cons(b, &j->lit[k]);
                        can_matra = 1;
                    } else if (j->lit[k].kind == U_N) {
                        put_cp(b, CP_ANUSVARA);
                        can_matra = 0;
                    } else {
                        if (can_matra) {
                            if (j->lit[k].cp != CP_A)
                                put_cp(b, matra_of(j->lit[k].cp));
                        } else
                            put_cp(b, j->lit[k].cp);
                        can_matra = 0;
                    }
                }
                /* a literal ending in a consonant before another consonant keeps its inherent
                   vowel only where अ would (a vowel follows); otherwise it takes a virama */
                if (can_matra && follow == K_EXACT && !vowel_after_c2) {
                    put_cp(b, CP_VIRAMA);
                    can_matra = 0;
                }
                break;
            default: /* A_KEEP, or nothing special: the letter as it is */
                put_cons(b, c);
                can_matra = 1;
                break;
            }
            prev_vowelish = act == A_KEEP;
        }
    }
}

static const p2d_hiatus *find_hiatus(const vk_english *e, unsigned v1, unsigned v2)
{
    const p2d_hiatus *any = NULL;
    for (int i = 0; i < e->nh; i++) {
        if (e->hi[i].v1 != v1)
            continue;
        if (e->hi[i].v2 == v2)
            return &e->hi[i];
        if (e->hi[i].v2 == 0 && !any)
            any = &e->hi[i];
    }
    return any;
}

int vk_english_to_deva(const vk_english *e, const char *spelling, const char *phonemes, char *out,
                       size_t outsz)
{
    p2d_tok t[P2D_MAXTOK];
    p2d_unit u[P2D_MAXTOK * 4], w[P2D_MAXTOK * 4];
    char L[P2D_MAXLET];
    int nt, nl = 0, nu = 0, nw = 0, first = 1;
    p2d_out b = {out, outsz, 0, 0};

    if (outsz > 0)
        out[0] = 0;
    if (!e || !phonemes || !out || outsz == 0)
        return -1;
    for (const char *p = spelling ? spelling : ""; *p && nl < P2D_MAXLET - 1; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z')
            L[nl++] = c;
    }
    L[nl] = 0;
    nt = tokenize(e, phonemes, t, P2D_MAXTOK);
    if (nt < 0)
        nt = 0;
    if (nl > 0 && nt > 0)
        align(e, t, nt, L, nl);

    for (int i = 0; i < nt; i++) {
        const p2d_form *f;
        if (t[i].ph < 0) {
            memset(&u[nu], 0, sizeof u[nu]);
            u[nu].kind = U_SP;
            u[nu].cp = ' ';
            nu++;
            first = 1;
            continue;
        }
        f = choose(e, t, nt, i, L, nl, first);
        if (e->ph[t[i].ph].vowel)
            first = 0;
        for (int k = 0; k < f->nu && nu < (int)(sizeof u / sizeof u[0]); k++) {
            u[nu] = f->u[k];
            u[nu].cont = (unsigned char)(k > 0);
            if (u[nu].kind == U_V) {
                u[nu].stressed = (unsigned char)t[i].stressed;
                u[nu].full = (unsigned char)e->ph[t[i].ph].full;
            }
            nu++;
        }
    }
    /* vowel hiatus: a glide or a changed first vowel between two vowels */
    for (int i = 0; i < nu; i++) {
        if (nw >= (int)(sizeof w / sizeof w[0]) - 1)
            break;
        if (u[i].kind == U_X) { /* silent vowel: the consonants join */
            if (nw > 0 && w[nw - 1].kind == U_C)
                w[nw - 1].cluster = 1;
            continue;
        }
        w[nw++] = u[i];
        if (u[i].kind == U_V && i + 1 < nu && u[i + 1].kind == U_V) {
            const p2d_hiatus *h = find_hiatus(e, u[i].cp, u[i + 1].cp);
            if (h) {
                w[nw - 1].cp = (unsigned short)h->nv1;
                if (h->has_glide)
                    w[nw++] = h->glide;
            }
        }
    }
    render(e, w, nw, &b);
    if (b.overflow) {
        out[0] = 0;
        return -1;
    }
    out[b.len] = 0;
    return (int)b.len;
}

