// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Writing audio files through libsndfile. The container and codec come from the
 * file name's extension; the file is written under a temporary name in the same
 * folder and renamed into place, so a failed write never leaves a partial file.
 */
#include "core/atomic.h"
#include "core/error.h"
#include "vachak.h"

#include <errno.h>
#include <sndfile.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static const struct {
    const char *ext;
    int format;
} formats[] = {
    {".wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16},
    {".flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16},
    {".ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS},
    {".oga", SF_FORMAT_OGG | SF_FORMAT_VORBIS},
#ifdef SF_FORMAT_MPEG
    {".mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III},
#endif
};

static int format_of(const char *path)
{
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        size_t e = strlen(formats[i].ext);
        if (n > e && strcasecmp(path + n - e, formats[i].ext) == 0)
            return formats[i].format;
    }
    return 0;
}

vachak_status vachak_audio_write(const char *path, const int16_t *samples, size_t n_samples,
                                 int sample_rate, vachak_error *err)
{
    vk_error_clear(err);
    if (!path || (!samples && n_samples) || sample_rate <= 0)
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "path, samples and a sample rate are required");
    int format = format_of(path);
    if (!format)
        return vk_error(err, VACHAK_ERR_ARG, path, 0, 0,
                        "unknown audio format: name the file .wav, .flac, .ogg or .mp3");
    SF_INFO info = {.samplerate = sample_rate, .channels = 1, .format = format};
    if (!sf_format_check(&info))
        return vk_error(err, VACHAK_ERR_AUDIO, path, 0, 0,
                        "this libsndfile cannot write that format at %d Hz", sample_rate);
    char *tmp = NULL;
    int fd = vk_atomic_open(path, &tmp);
    if (fd < 0)
        return vk_error(err, VACHAK_ERR_IO, path, 0, 0, "cannot create: %s", strerror(errno));
    SNDFILE *sf = sf_open_fd(fd, SFM_WRITE, &info, SF_TRUE);
    vachak_status st = VACHAK_OK;
    if (!sf) {
        close(fd);
        st = vk_error(err, VACHAK_ERR_AUDIO, path, 0, 0, "%s", sf_strerror(NULL));
    } else {
        if (format == (SF_FORMAT_OGG | SF_FORMAT_VORBIS)) {
            double q = 0.4;
            sf_command(sf, SFC_SET_VBR_ENCODING_QUALITY, &q, sizeof q);
        }
        size_t done = 0;
        while (done < n_samples && !st) {
            size_t chunk = n_samples - done > 65536 ? 65536 : n_samples - done;
            if (sf_write_short(sf, samples + done, (sf_count_t)chunk) != (sf_count_t)chunk)
                st = vk_error(err, VACHAK_ERR_AUDIO, path, 0, 0, "%s", sf_strerror(sf));
            done += chunk;
        }
        if (sf_close(sf) != 0 && !st)
            st = vk_error(err, VACHAK_ERR_AUDIO, path, 0, 0, "cannot finish the file");
    }
    if (vk_atomic_close(path, tmp, !st) != 0 && !st)
        st = vk_error(err, VACHAK_ERR_IO, path, 0, 0, "cannot rename into place: %s", strerror(errno));
    return st;
}
