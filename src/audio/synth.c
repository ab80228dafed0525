// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Speech through eSpeak NG. eSpeak NG keeps global state and is not thread-safe:
 * every call goes through audio/espeak.c, which holds the one lock.
 */
#include "audio/espeak.h"
#include "core/error.h"
#include "vachak.h"

#include <espeak-ng/speak_lib.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct sink {
    int16_t *p;
    size_t n, cap;
    bool oom;
} sink;

/* eSpeak NG's synthesis callback: collect samples into the sink passed as user data. */
int vk_synth_on_samples(short *wav, int n, espeak_EVENT *events)
{
    sink *s = events ? events->user_data : NULL;
    if (!s || !wav || n <= 0)
        return 0;
    if (s->n + (size_t)n > s->cap) {
        size_t cap = s->cap ? s->cap : 1 << 16;
        while (cap < s->n + (size_t)n)
            cap *= 2;
        int16_t *p = realloc(s->p, cap * sizeof *p);
        if (!p) {
            s->oom = true;
            return 1; /* stop synthesis */
        }
        s->p = p;
        s->cap = cap;
    }
    memcpy(s->p + s->n, wav, (size_t)n * sizeof *wav);
    s->n += (size_t)n;
    return 0;
}

void vachak_synth_options_init(vachak_synth_options *opts)
{
    if (opts)
        *opts = (vachak_synth_options){.voice = NULL, .rate = 0, .pitch = -1};
}

vachak_status vachak_synth(const char *text, size_t len, const vachak_synth_options *opts,
                           int16_t **samples, size_t *n_samples, int *sample_rate,
                           vachak_error *err)
{
    vk_error_clear(err);
    if (!samples || !n_samples || !sample_rate || (!text && len))
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "samples, n_samples and sample_rate are required");
    *samples = NULL;
    *n_samples = 0;
    *sample_rate = 0;
    vachak_synth_options def;
    vachak_synth_options_init(&def);
    if (!opts)
        opts = &def;
    if (opts->rate && (opts->rate < 80 || opts->rate > 450))
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "rate %d is outside 80..450 words a minute",
                        opts->rate);
    if (opts->pitch != -1 && (opts->pitch < 0 || opts->pitch > 100))
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "pitch %d is outside 0..100", opts->pitch);
    char *copy = malloc(len + 1);
    if (!copy)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (len)
        memcpy(copy, text, len);
    copy[len] = '\0';

    sink s = {0};
    int rate = 0;
    vachak_status st = vk_espeak_acquire(&rate, err);
    if (st) {
        free(copy);
        return st;
    }
    const char *voice = opts->voice ? opts->voice : "hi";
    if (!vk_espeak_voice(voice))
        st = vk_error(err, VACHAK_ERR_SYNTH, NULL, 0, 0, "eSpeak NG has no voice '%s' (try: espeak-ng --voices=hi)",
                      voice);
    if (!st) {
        espeak_SetParameter(espeakRATE, opts->rate ? opts->rate : espeakRATE_NORMAL, 0);
        espeak_SetParameter(espeakPITCH, opts->pitch >= 0 ? opts->pitch : 50, 0);
        espeak_ERROR e = espeak_Synth(copy, len + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, &s);
        if (e != EE_OK)
            st = vk_error(err, VACHAK_ERR_SYNTH, NULL, 0, 0, "eSpeak NG failed to speak (error %d)", (int)e);
        else if (espeak_Synchronize() != EE_OK)
            st = vk_error(err, VACHAK_ERR_SYNTH, NULL, 0, 0, "eSpeak NG failed to finish");
    }
    vk_espeak_release();
    free(copy);
    if (!st && s.oom)
        st = vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st) {
        free(s.p);
        return st;
    }
    *samples = s.p;
    *n_samples = s.n;
    *sample_rate = rate;
    return VACHAK_OK;
}
