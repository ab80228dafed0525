// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * vachak: a Hindi text-to-speech front end. This is the one public header.
 *
 * Text flows one way: UTF-8 bytes -> text clean-up -> tokens -> recognised items
 * -> spoken Hindi words -> (optionally) eSpeak NG audio.
 *
 * Threading. A vachak_rules handle is immutable once loaded and may be shared by
 * any number of threads. A vachak_ctx is per thread: never use one context from
 * two threads at once. The library keeps no global mutable state of its own;
 * speech synthesis goes through eSpeak NG, which is global, so the vachak_synth*
 * calls are serialised behind one lock (run several processes to synthesise in
 * parallel).
 *
 * Errors. Every fallible call returns a vachak_status; vachak_status_str() names
 * it. Calls that take a vachak_error * fill it (if not NULL) with the detail: the
 * line and column of bad input, or the rules file and line of a bad rule. The
 * library never prints, exits or aborts.
 *
 * Ownership. Every pointer parameter and result says who owns it. Strings are
 * UTF-8 with an explicit length; results are also NUL-terminated for convenience.
 */
#ifndef VACHAK_H
#define VACHAK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define VACHAK_API
#elif defined(__GNUC__)
#define VACHAK_API __attribute__((visibility("default")))
#else
#define VACHAK_API
#endif

/* ---------------------------------------------------------------- status */

typedef enum vachak_status {
    VACHAK_OK = 0,
    VACHAK_ERR_NOMEM,     /* out of memory */
    VACHAK_ERR_ARG,       /* a bad argument (NULL where one is required, unknown option) */
    VACHAK_ERR_UTF8,      /* input is not valid UTF-8; error.line/column say where */
    VACHAK_ERR_RULES,     /* a rules file is malformed; error.file/line say where */
    VACHAK_ERR_IO,        /* a file could not be read or written; error.file names it */
    VACHAK_ERR_ICU,       /* ICU failed (normalisation or number formatting) */
    VACHAK_ERR_SYNTH,     /* eSpeak NG could not be initialised or failed to speak */
    VACHAK_ERR_AUDIO,     /* the audio file could not be written (libsndfile) */
    VACHAK_ERR_TOO_LARGE  /* the input is larger than the library handles (4 GiB) */
} vachak_status;

/* A short English description of a status, e.g. "input is not valid UTF-8".
 * Static storage; never NULL, also for unknown values. */
VACHAK_API const char *vachak_status_str(vachak_status status);

/* Error detail. Zeroed by each call that takes one, then filled on failure.
 * line and column are 1-based; 0 means "not applicable". For VACHAK_ERR_UTF8,
 * line/column locate the first bad byte in the input given to the call (column
 * counts characters, not bytes). For VACHAK_ERR_RULES, file is the rules file
 * (e.g. "hi/units.tsv" or a path under the user's rules folder) and line the
 * line in it. */
typedef struct vachak_error {
    vachak_status status;
    unsigned line;
    unsigned column;
    char file[256];
    char message[256];   /* a complete English sentence fragment, no trailing newline */
} vachak_error;

/* The library version, "MAJOR.MINOR.PATCH". Static storage. */
VACHAK_API const char *vachak_version(void);

/* ---------------------------------------------------------------- rules */

/* An immutable, shareable set of rules: number words, letter names, units,
 * lexicons... Defaults are embedded in the library. */
typedef struct vachak_rules vachak_rules;

/* Load the embedded default rules, then, if user_dir is not NULL, merge the
 * rules files found in user_dir (same names as the defaults, e.g. "hi/units.tsv";
 * an entry whose key the defaults already have overrides it). The loader is
 * strict: a wrong column count, a duplicate key within one file, a non-NFC entry,
 * an unknown file name or a number rule ICU rejects is an error naming file:line.
 * On success *out is a new handle the caller frees with vachak_rules_free();
 * on failure *out is NULL. */
VACHAK_API vachak_status vachak_rules_load(const char *user_dir, vachak_rules **out,
                                           vachak_error *err);

/* Free a rules handle. NULL is allowed. No context made from it may outlive it. */
VACHAK_API void vachak_rules_free(vachak_rules *rules);

/* Number of entries across all tables (for reports and tests). */
VACHAK_API size_t vachak_rules_count(const vachak_rules *rules);

/* ---------------------------------------------------------------- normalising */

/* A per-thread normaliser context: scratch buffers, ICU formatters, caches.
 * It borrows `rules`, which must outlive it. Free with vachak_ctx_free(). */
typedef struct vachak_ctx vachak_ctx;

VACHAK_API vachak_status vachak_ctx_new(const vachak_rules *rules, vachak_ctx **out,
                                        vachak_error *err);
VACHAK_API void vachak_ctx_free(vachak_ctx *ctx);

/* Flags for vachak_normalize() and vachak_explain(). */
enum {
    VACHAK_LOSSY = 1u << 0,        /* replace invalid UTF-8 with U+FFFD instead of failing */
    /* Leave Latin-script words (names and English words) as written, for eSpeak
     * NG's own English voice, instead of writing them in Devanagari. Acronyms
     * spelled letter by letter still get Hindi letter names. */
    VACHAK_ENGLISH_VOICE = 1u << 1,
    /* Glosses: a parenthesised Latin-script gloss right after Hindi text
     * ("एंथ्रोपिक (Anthropic)") repeats what was said and is left out, unless it
     * is an acronym ("(AWS)"), which is read; an acronym that only repeats the
     * words before it ("इसरो (ISRO)") is left out too. Parenthesised Hindi is always read.
     * KEEP reads every gloss; DROP leaves out acronym glosses too. Not both. */
    VACHAK_GLOSSES_KEEP = 1u << 2,
    VACHAK_GLOSSES_DROP = 1u << 3
};

/* Normalise UTF-8 text to spoken-form Hindi: Devanagari words and ordinary
 * punctuation, one output line per input line. English words no lexicon knows
 * are read through eSpeak NG's English phonemiser (behind the same lock as
 * synthesis; each context caches the words it has seen). If eSpeak NG cannot
 * start, such words are left as written.
 * On success *out is a new NUL-terminated UTF-8 string of *out_len bytes that the
 * caller frees with vachak_free(). On failure *out is NULL and *out_len 0. */
VACHAK_API vachak_status vachak_normalize(vachak_ctx *ctx, const char *text, size_t len,
                                          unsigned flags, char **out, size_t *out_len,
                                          vachak_error *err);

/* Free memory the library handed to the caller. NULL is allowed. */
VACHAK_API void vachak_free(void *p);

/* ---------------------------------------------------------------- explaining */

/* One spoken piece of the output and where it came from. */
typedef struct vachak_item {
    size_t in_offset;        /* byte offset of the source span in the input */
    size_t in_length;        /* its length in bytes */
    unsigned line;           /* 1-based line of the span's start in the input */
    unsigned column;         /* 1-based column (characters) of the span's start */
    const char *class_name;  /* "cardinal", "decimal", "plain", "punct", ... */
    const char *spoken;      /* the spoken form, NUL-terminated UTF-8 */
    const char *rule_file;   /* rules file behind the reading, or "" if none */
    unsigned rule_line;      /* line in rule_file, or 0 */
    const char *rule_name;   /* rule within the file (e.g. "%spellout-cardinal"), or "" */
} vachak_item;

/* Like vachak_normalize(), but return the items the output is made of.
 * *items points to *n_items entries owned by ctx: they (and their strings) stay
 * valid until the next call on ctx or vachak_ctx_free(). Whitespace is not an
 * item. Same errors as vachak_normalize(). */
VACHAK_API vachak_status vachak_explain(vachak_ctx *ctx, const char *text, size_t len,
                                        unsigned flags, const vachak_item **items,
                                        size_t *n_items, vachak_error *err);

/* ---------------------------------------------------------------- speech */

typedef struct vachak_synth_options {
    const char *voice;   /* eSpeak NG voice name; NULL means "hi" */
    int rate;            /* words per minute, 80..450; 0 means eSpeak's default (175) */
    int pitch;           /* 0..100; -1 means eSpeak's default (50) */
} vachak_synth_options;

/* Fill opts with the defaults (voice "hi", default rate and pitch). */
VACHAK_API void vachak_synth_options_init(vachak_synth_options *opts);

/* Synthesise spoken-form text (normally vachak_normalize() output) with eSpeak NG.
 * On success *samples is a new array of *n_samples mono 16-bit samples at
 * *sample_rate Hz that the caller frees with vachak_free(). Serialised behind one
 * process-wide lock because eSpeak NG is not thread-safe. */
VACHAK_API vachak_status vachak_synth(const char *text, size_t len,
                                      const vachak_synth_options *opts,
                                      int16_t **samples, size_t *n_samples,
                                      int *sample_rate, vachak_error *err);

/* Write mono 16-bit samples to an audio file through libsndfile. The format
 * comes from the file name's extension: .wav, .flac, .ogg (Vorbis), .mp3.
 * The file appears complete or not at all (written to a temporary name in the
 * same folder, then renamed). */
VACHAK_API vachak_status vachak_audio_write(const char *path, const int16_t *samples,
                                            size_t n_samples, int sample_rate,
                                            vachak_error *err);

#ifdef __cplusplus
}
#endif

#endif /* VACHAK_H */
