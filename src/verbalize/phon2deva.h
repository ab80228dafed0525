// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * English word -> Devanagari, the way a Hindi newsreader spells it, from the
 * word's spelling and eSpeak NG's English phonemes, driven by the table
 * hi/english-phonemes.tsv (rules/README.md describes its rows). This module
 * never calls eSpeak NG: the caller passes the phonemes in.
 */
#ifndef VK_PHON2DEVA_H
#define VK_PHON2DEVA_H

#include "rules/rules.h"

#include <stddef.h>

/* The converter compiled from the table: immutable once built, shareable by threads. */
typedef struct vk_english vk_english;

/* Compile the table's rows (in file order; the strict TSV loader has already
 * checked column counts, NFC and unique keys). `file` names the table in errors,
 * which give the line of the row at fault. On success *out is a new converter
 * the caller frees with vk_english_free(). */
vachak_status vk_english_new(const vk_entry *rows, size_t n, const char *file, vk_english **out,
                             vachak_error *err);

/* Free a converter; NULL is allowed. */
void vk_english_free(vk_english *e);

/* Convert one word. `spelling` is the Latin word as written (any case; other
 * characters are ignored), `phonemes` is eSpeak NG's English phoneme string for
 * it (ASCII mnemonics, phoneme mode 0, stress marks included). Writes NUL-
 * terminated NFC UTF-8 Devanagari into out (outsz bytes). Returns its length in
 * bytes, or -1 if out is too small (out then holds an empty string). Reentrant. */
int vk_english_to_deva(const vk_english *e, const char *spelling, const char *phonemes,
                       char *out, size_t outsz);

#endif
