// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The one place that touches eSpeak NG's global state: one process-wide lock,
 * one lazy initialisation, the current voice. Synthesis (synth.c) and the English
 * phonemiser (verbalize/) both go through here, so they never race.
 */
#ifndef VK_ESPEAK_H
#define VK_ESPEAK_H

#include "core/buf.h"
#include "vachak.h"

#include <espeak-ng/speak_lib.h>
#include <stdbool.h>

/* Take the lock and make sure eSpeak NG is initialised. On success the lock is
 * held and *rate (if not NULL) is eSpeak's sample rate; the caller must call
 * vk_espeak_release(). On failure the lock is not held and err says why. */
vachak_status vk_espeak_acquire(int *rate, vachak_error *err);
void vk_espeak_release(void);

/* With the lock held: switch to the voice `name` unless it is the current one.
 * Returns false if eSpeak NG has no such voice. */
bool vk_espeak_voice(const char *name);

/* Append to `out` eSpeak NG's phonemes (ASCII mnemonics, stress marks included,
 * clauses separated by a space) for `text` (NUL-terminated UTF-8) read with
 * `voice`. Takes the lock itself. Fails with VACHAK_ERR_SYNTH if eSpeak NG cannot
 * start or lacks the voice. */
vachak_status vk_espeak_phonemes(const char *voice, const char *text, vk_buf *out,
                                 vachak_error *err);

/* synth.c's synthesis callback, which vk_espeak_acquire() installs when it
 * initialises eSpeak NG (there is one callback per process). */
int vk_synth_on_samples(short *wav, int n, espeak_EVENT *events);

#endif
