// SPDX-License-Identifier: GPL-3.0-or-later
/* Audio: the sample article spoken through the library is mono at eSpeak NG's
 * rate, not silent, and as long (within 10%) as eSpeak NG's own command reading
 * our normalised text; files come out in each format or not at all. */
#include "helpers.h"

#include <math.h>
#include <sndfile.h>
#include <sys/stat.h>
#include <unistd.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    assert_int_equal(fread(p, 1, (size_t)n, f), (size_t)n);
    p[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return p;
}

static double file_seconds(const char *path, int *rate, int *channels)
{
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &info);
    if (!sf)
        fail_msg("cannot open %s: %s", path, sf_strerror(NULL));
    sf_close(sf);
    *rate = info.samplerate;
    *channels = info.channels;
    return (double)info.frames / info.samplerate;
}

static void sample_article(void **state)
{
    (void)state;
    size_t len, slen, n;
    char *text = slurp(VACHAK_SOURCE_DIR "/tests/corpus/seed-article.txt", &len);
    char *spoken;
    vachak_error err;
    assert_int_equal(vachak_normalize(T_ctx, text, len, 0, &spoken, &slen, &err), VACHAK_OK);

    int16_t *pcm;
    int rate;
    assert_int_equal(vachak_synth(spoken, slen, NULL, &pcm, &n, &rate, &err), VACHAK_OK);
    assert_int_equal(rate, 22050);
    double secs = (double)n / rate;
    assert_true(secs > 60);
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (double)pcm[i] * pcm[i];
    double rms = sqrt(sum / (double)n);
    assert_true(rms > 500); /* speech, not silence */

    char wav[64], txt[64], ref[64];
    snprintf(wav, sizeof wav, "/tmp/vachak-audio-%d.wav", (int)getpid());
    snprintf(txt, sizeof txt, "/tmp/vachak-audio-%d.txt", (int)getpid());
    snprintf(ref, sizeof ref, "/tmp/vachak-audio-%d-ref.wav", (int)getpid());
    assert_int_equal(vachak_audio_write(wav, pcm, n, rate, &err), VACHAK_OK);
    int r, ch;
    assert_true(fabs(file_seconds(wav, &r, &ch) - secs) < 0.01);
    assert_int_equal(r, 22050);
    assert_int_equal(ch, 1);

    /* eSpeak NG's own command on our normalised text is the reference length. */
    FILE *f = fopen(txt, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(spoken, 1, slen, f), slen);
    fclose(f);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "espeak-ng -v hi -f %s -w %s", txt, ref);
    assert_int_equal(system(cmd), 0);
    double want = file_seconds(ref, &r, &ch);
    assert_true(secs > want * 0.9 && secs < want * 1.1);
    unlink(wav);
    unlink(txt);
    unlink(ref);
    vachak_free(pcm);
    vachak_free(spoken);
    free(text);
}

static void formats_and_failures(void **state)
{
    (void)state;
    int16_t pcm[22050];
    for (int i = 0; i < 22050; i++)
        pcm[i] = (int16_t)(8000 * sin(i * 0.05));
    vachak_error err;
    const char *exts[] = {".wav", ".flac", ".ogg"};
    for (int i = 0; i < 3; i++) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/vachak-fmt-%d%s", (int)getpid(), exts[i]);
        assert_int_equal(vachak_audio_write(path, pcm, 22050, 22050, &err), VACHAK_OK);
        int r, ch;
        double s = file_seconds(path, &r, &ch);
        assert_true(fabs(s - 1.0) < 0.05);
        assert_int_equal(r, 22050);
        unlink(path);
    }
    assert_int_equal(vachak_audio_write("/tmp/x.aiff2", pcm, 10, 22050, &err), VACHAK_ERR_ARG);
    assert_true(strstr(err.message, ".wav") != NULL);
    assert_int_equal(vachak_audio_write("/nonexistent/dir/x.wav", pcm, 10, 22050, &err), VACHAK_ERR_IO);
    struct stat sb;
    assert_int_not_equal(stat("/nonexistent/dir/x.wav", &sb), 0);

    int16_t *out;
    size_t n;
    int rate;
    vachak_synth_options o;
    vachak_synth_options_init(&o);
    o.rate = 20;
    assert_int_equal(vachak_synth("नमस्ते", strlen("नमस्ते"), &o, &out, &n, &rate, &err), VACHAK_ERR_ARG);
    o.rate = 0;
    o.voice = "no-such-voice";
    assert_int_equal(vachak_synth("नमस्ते", strlen("नमस्ते"), &o, &out, &n, &rate, &err), VACHAK_ERR_SYNTH);
    o.voice = NULL;
    o.rate = 300;
    assert_int_equal(vachak_synth("नमस्ते दुनिया", strlen("नमस्ते दुनिया"), &o, &out, &n, &rate, &err), VACHAK_OK);
    assert_true(n > 1000);
    vachak_free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_article),
        cmocka_unit_test(formats_and_failures),
    };
    return cmocka_run_group_tests(tests, t_setup, t_teardown);
}
