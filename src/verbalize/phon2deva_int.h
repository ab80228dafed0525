// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Internals shared by the two halves of the English-to-Devanagari converter:
 * the units Devanagari spellings are parsed into, and the compiled form of
 * hi/english-phonemes.tsv (phonemes with their spelling variants, join rules,
 * vowel hiatus rules, consonant classes). See phon2deva.h.
 */
#ifndef VK_PHON2DEVA_INT_H
#define VK_PHON2DEVA_INT_H

#include "verbalize/phon2deva.h"

enum { U_V = 1, U_C, U_N, U_SP, U_X }; /* vowel, consonant, anusvara, word break, silent vowel */

typedef struct {
    unsigned char kind;
    unsigned char nukta;    /* consonant followed by U+093C */
    unsigned char stressed; /* vowel: carries primary/secondary stress */
    unsigned char indep;    /* vowel: always an independent letter (value "|अ") */
    unsigned char full;     /* vowel: from a full English vowel (default not अ इ उ) */
    unsigned char cont;     /* not the first unit of its phoneme (the इ of ऑइ) */
    unsigned char cluster;  /* consonant: a silent vowel followed, join with virama */
    unsigned short cp;      /* independent vowel letter or consonant */
} p2d_unit;

#define P2D_MAXU 12 /* units in one table value */
#define CP_A 0x0905 /* अ */
#define CP_ANUSVARA 0x0902
#define CP_NUKTA 0x093C
#define CP_VIRAMA 0x094D

static inline int is_cons(unsigned cp)
{
    return cp >= 0x0915 && cp <= 0x0939;
}
/* र ल य: second consonants of an onset cluster (pr, pl, pj) */
static inline int is_glide(unsigned cp)
{
    return cp == 0x0930 || cp == 0x0932 || cp == 0x092F;
}
static inline int is_ivowel(unsigned cp)
{
    return cp >= 0x0905 && cp <= 0x0914;
}
static inline int is_matra(unsigned cp)
{
    return cp >= 0x093E && cp <= 0x094C;
}
/* आ..औ (U+0906..U+0914) have their matra at +0x38 (ा..ौ); अ has none. */
static inline unsigned matra_of(unsigned cp)
{
    return cp + 0x38;
}

typedef struct {
    char g[8];     /* grapheme: lowercase letters, or "*" */
    char left[8];  /* left context, read right to left: letters, C, V, # */
    char right[8]; /* right context: letters, C, V, # */
    unsigned char glen, first, unstressed, aftercons, strongnext;
} p2d_pat;

typedef struct {
    p2d_unit u[P2D_MAXU];
    int nu;
    p2d_pat *pats;
    int npats;
    int is_base;
} p2d_form;

typedef struct {
    char key[8];
    int klen;
    int vowel; /* base form starts with a vowel */
    int full;  /* ... other than अ इ उ: a full English vowel */
    int has_base;
    unsigned line; /* first row, for messages */
    p2d_form *forms;
    int nforms;
} p2d_phon;

enum { A_VIRAMA = 1, A_ANUSVARA, A_KEEP, A_LIT };
enum { K_ANY = 1, K_CLASS, K_EXACT, K_END, K_VOWEL, K_PAIR };

typedef struct {
    unsigned char xk, yk, stress, action;
    int x, y; /* consonant id (cp | nukta<<16) or class */
    int x0;   /* K_PAIR: the consonant before x */
    p2d_unit lit[4];
    int nlit;
    int score;
} p2d_join;

typedef struct {
    unsigned v1, v2; /* v2 == 0: any vowel */
    unsigned nv1;    /* replacement for v1 */
    int has_glide;
    p2d_unit glide;
} p2d_hiatus;

typedef struct {
    char name[24];
    int *ids;
    int n;
} p2d_class;

struct vk_english {
    p2d_phon *ph;
    int nph;
    p2d_join *joins;
    int nj;
    p2d_hiatus *hi;
    int nh;
    p2d_class *cls;
    int ncls;
};

static inline int cons_id(const p2d_unit *u)
{
    return (int)u->cp | (u->nukta << 16);
}
/* consonants and vowels in one id space (for the letter before a join) */
static inline int unit_id(const p2d_unit *u)
{
    return u->kind == U_V ? (int)u->cp | (1 << 20) : cons_id(u);
}

static inline int is_vowel_letter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

#endif
