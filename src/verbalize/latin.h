// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Reading Latin script in Devanagari: letter names, acronyms said as words,
 * names, camelCase words, English numbers (latin.c), and every other English
 * word through eSpeak NG's English phonemes and hi/english-phonemes.tsv, cached
 * per context (english.c).
 */
#ifndef VK_LATIN_H
#define VK_LATIN_H

#include "core/ctx.h"

/* ---- english.c ---- */

/* Compile hi/english-phonemes.tsv (at rules load) and free it. */
vachak_status vk_english_prepare(vachak_rules *r, vachak_error *err);
void vk_english_release(vachak_rules *r);

/* The per-context word cache. */
vachak_status vk_english_open(vachak_ctx *ctx);
void vk_english_close(vachak_ctx *ctx);

/* Append the Devanagari for one English word (n > 0 bytes of Latin letters)
 * through eSpeak NG's English phonemiser and hi/english-phonemes.tsv, from the
 * context's cache when it has the word. Sets *src to the phoneme table, with
 * eSpeak's phonemes as the rule name (valid until the next vachak_normalize/
 * explain call on ctx). A word too long to be English is spelled. If eSpeak NG
 * cannot start, the word is appended as written. */
void vk_say_english_word(vachak_ctx *ctx, vk_buf *out, const char *w, size_t n, vk_source *src);

/* ---- latin.c ---- */

/* Check the Latin-script tables hold what the code relies on, and index the
 * symbols by code point (at rules load); free the index. */
vachak_status vk_latin_prepare(vachak_rules *r, vachak_error *err);
void vk_latin_release(vachak_rules *r);

/* The value of a Roman numeral in canonical form (XIV, not XIIII), or 0; and
 * whether it is made of I, V and X only (the numerals read without a cue). */
unsigned vk_roman_value(const char *s, size_t n);
bool vk_roman_ivx(const char *s, size_t n);

/* The vk_roman_reading a hi/roman-cues.tsv value names (checked at load). */
int vk_roman_reading_of(const char *name);

/* The names entry for `s` (n bytes: one word or several separated by single
 * spaces), if the text writes it as a name: exactly as the key, capitalised, or
 * in capitals when 4 bytes or more. With any_case, any case matches (inside web
 * addresses). NULL otherwise. */
const vk_entry *vk_name_find(const vachak_rules *r, const char *s, size_t n, bool any_case);

/* Is the Latin word all capitals (two letters or more)? Plural: capitals and a
 * final s (GPUs); the capitals count without it. */
bool vk_latin_is_caps(const char *s, size_t n);
bool vk_latin_is_caps_plural(const char *s, size_t n);

/* Could a lower-case piece of a web address be said as a word (a vowel, no run
 * of four consonants, more than three letters)? Otherwise it is spelled. */
bool vk_latin_pronounceable(const char *s, size_t n);

/* Append the letter names of the ASCII letters of s, separated by spaces; with
 * plural, the last letter takes its plural form (GPU with plural: जी पी यूज़). */
void vk_say_letters(vachak_ctx *ctx, vk_buf *out, const char *s, size_t n, bool plural,
                    vk_source *src);

enum {
    VK_LW_ANY_CASE = 1u << 0,  /* names match in any case (web addresses) */
    VK_LW_SPELL_ODD = 1u << 1, /* spell unpronounceable words (web addresses) */
    VK_LW_SPLIT = 1u << 2      /* a lower-case word may be known words run together
                                  (web addresses, handles: narendramodi) */
};

/* Append the reading of one Latin word (letters only, as one token holds them):
 * an acronym said as a word, a name, a word in capitals (hi/caps-words.tsv), an
 * acronym spelled, a camelCase word read part by part, or an English word. With VACHAK_ENGLISH_VOICE in ctx->flags,
 * everything but a spelled acronym is appended as written. Sets *src to the
 * rule behind it (the first part's, for a camelCase word). */
void vk_say_latin_word(vachak_ctx *ctx, vk_buf *out, const char *s, size_t n, unsigned how,
                       vk_source *src);

/* Append a number in English (hi/english-numbers.tsv): 0-20, the tens, and
 * 21-99 as tens and unit. False if the table cannot say it. */
bool vk_say_english_number(vachak_ctx *ctx, vk_buf *out, unsigned v, vk_source *src);

#endif
