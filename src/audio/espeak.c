// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * eSpeak NG access (see espeak.h): the lock, the lazy initialisation and voice
 * switching shared by synthesis and the English phonemiser.
 */
#include "audio/espeak.h"

#include "core/error.h"

#include <espeak-ng/speak_lib.h>
#include <pthread.h>
#include <string.h>

static pthread_mutex_t espeak_lock = PTHREAD_MUTEX_INITIALIZER;
/* Guarded by espeak_lock: the sample rate once initialised (0 before), and the
 * voice last set through vk_espeak_voice(). */
static int espeak_rate;
static char espeak_voice_name[64];

vachak_status vk_espeak_acquire(int *rate, vachak_error *err)
{
    pthread_mutex_lock(&espeak_lock);
    if (espeak_rate <= 0) {
        int r = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, espeakINITIALIZE_DONT_EXIT);
        if (r <= 0) {
            pthread_mutex_unlock(&espeak_lock);
            return vk_error(err, VACHAK_ERR_SYNTH, NULL, 0, 0,
                            "eSpeak NG could not start (is espeak-ng-data installed?)");
        }
        espeak_SetSynthCallback(vk_synth_on_samples);
        espeak_rate = r;
        espeak_voice_name[0] = '\0';
    }
    if (rate)
        *rate = espeak_rate;
    return VACHAK_OK;
}

void vk_espeak_release(void)
{
    pthread_mutex_unlock(&espeak_lock);
}

bool vk_espeak_voice(const char *name)
{
    if (strcmp(espeak_voice_name, name) == 0)
        return true;
    if (espeak_SetVoiceByName(name) != EE_OK) {
        espeak_voice_name[0] = '\0'; /* eSpeak may have half-switched: set it again next time */
        return false;
    }
    size_t n = strlen(name);
    if (n >= sizeof espeak_voice_name)
        n = 0; /* too long to remember: always set it */
    memcpy(espeak_voice_name, name, n);
    espeak_voice_name[n] = '\0';
    return true;
}

vachak_status vk_espeak_phonemes(const char *voice, const char *text, vk_buf *out,
                                 vachak_error *err)
{
    vachak_status st = vk_espeak_acquire(NULL, err);
    if (st)
        return st;
    if (!vk_espeak_voice(voice)) {
        vk_espeak_release();
        return vk_error(err, VACHAK_ERR_SYNTH, NULL, 0, 0, "eSpeak NG has no voice '%s'", voice);
    }
    const void *p = text;
    bool first = true;
    while (p && *(const char *)p) {
        const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
        if (!ph)
            break;
        if (!first)
            vk_buf_putc(out, ' ');
        vk_buf_puts(out, ph);
        first = false;
    }
    vk_espeak_release();
    return VACHAK_OK;
}
