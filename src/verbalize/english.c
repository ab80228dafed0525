// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * English words no lexicon knows: eSpeak NG's English phonemes (through the
 * shared, locked eSpeak access of audio/espeak.c), turned into Devanagari by
 * the converter compiled from hi/english-phonemes.tsv. Each context caches the
 * words it has converted, so a word costs one eSpeak call per context and the
 * common case never takes the lock.
 */
#include "verbalize/latin.h"

#include "audio/espeak.h"
#include "core/error.h"
#include "verbalize/phon2deva.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* The voice whose phonemes hi/english-phonemes.tsv is written for: eSpeak NG's
 * British English (gmw/en), which keeps a written r visible in its vowels. */
#define VK_ENGLISH_VOICE "en"

/* The cache is emptied, at the start of a call, once it holds this much. */
#define VK_CACHE_MAX_WORDS 20000
#define VK_CACHE_MAX_BYTES (4u << 20)
/* Longest word converted; longer ones are spelled (no English word is that long). */
#define VK_WORD_MAX 96

/* Strings live in chunks that never move, so pointers into them (the phonemes
 * an item cites as its rule) stay valid until the cache is emptied. */
typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    char data[];
} chunk;

typedef struct slot {
    uint64_t hash;
    const char *key; /* lower-cased word, NUL-terminated */
    const char *deva;
    const char *phonemes;
    uint32_t klen, dlen;
} slot;

struct vk_word_cache {
    slot *slots; /* open addressing; key NULL = empty */
    size_t nslots, n;
    chunk *chunks;
    size_t bytes;
    unsigned call;     /* ctx->calls when the size was last checked */
    bool espeak_down;  /* eSpeak NG could not start: do not ask again */
};

vachak_status vk_english_prepare(vachak_rules *r, vachak_error *err)
{
    const vk_table *t = &r->tables[VK_T_ENGLISH_PHONEMES];
    const char *file = vk_table_specs[VK_T_ENGLISH_PHONEMES].name;
    if (!t->n)
        return vk_error(err, VACHAK_ERR_RULES, file, 0, 0, "the English phoneme table is empty");
    return vk_english_new(t->entries, t->n, vk_rules_file(r, t->entries[0].file), &r->english,
                          err);
}

void vk_english_release(vachak_rules *r)
{
    vk_english_free(r->english);
    r->english = NULL;
}

static void cache_clear(vk_word_cache *c)
{
    for (chunk *k = c->chunks, *next; k; k = next) {
        next = k->next;
        free(k);
    }
    c->chunks = NULL;
    c->bytes = 0;
    if (c->slots)
        memset(c->slots, 0, c->nslots * sizeof *c->slots);
    c->n = 0;
}

vachak_status vk_english_open(vachak_ctx *ctx)
{
    ctx->words = calloc(1, sizeof *ctx->words);
    if (!ctx->words)
        return vk_error(ctx->err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    return VACHAK_OK;
}

void vk_english_close(vachak_ctx *ctx)
{
    if (!ctx->words)
        return;
    cache_clear(ctx->words);
    free(ctx->words->slots);
    free(ctx->words);
    ctx->words = NULL;
    vk_buf_free(&ctx->word);
}

/* Copy n bytes (plus a NUL) into the cache's chunks; NULL on allocation failure. */
static const char *cache_str(vk_word_cache *c, const char *s, size_t n)
{
    chunk *k = c->chunks;
    if (!k || k->cap - k->used < n + 1) {
        size_t cap = n + 1 > 16384 ? n + 1 : 16384;
        k = malloc(sizeof *k + cap);
        if (!k)
            return NULL;
        k->next = c->chunks;
        k->used = 0;
        k->cap = cap;
        c->chunks = k;
        c->bytes += cap;
    }
    char *p = k->data + k->used;
    memcpy(p, s, n);
    p[n] = '\0';
    k->used += n + 1;
    return p;
}

static slot *cache_find(vk_word_cache *c, const char *key, size_t n, uint64_t h)
{
    if (!c->nslots)
        return NULL;
    size_t mask = c->nslots - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        slot *s = &c->slots[i];
        if (!s->key || (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0))
            return s;
    }
}

static bool cache_grow(vk_word_cache *c)
{
    size_t n = c->nslots ? c->nslots * 2 : 256;
    slot *s = calloc(n, sizeof *s);
    if (!s)
        return false;
    slot *old = c->slots;
    size_t oldn = c->nslots;
    c->slots = s;
    c->nslots = n;
    for (size_t i = 0; i < oldn; i++)
        if (old[i].key)
            *cache_find(c, old[i].key, old[i].klen, old[i].hash) = old[i];
    free(old);
    return true;
}

/* Convert a lower-cased word (NUL-terminated) and remember it. NULL if eSpeak
 * NG is unavailable or memory ran out. */
static const slot *convert(vachak_ctx *ctx, const char *key, size_t n, uint64_t h)
{
    vk_word_cache *c = ctx->words;
    if (c->espeak_down)
        return NULL;
    vk_buf *ph = &ctx->word;
    vk_buf_clear(ph);
    vk_buf_puts(ph, "eSpeak NG " VK_ENGLISH_VOICE " [");
    size_t at = ph->len;
    if (vk_espeak_phonemes(VK_ENGLISH_VOICE, key, ph, NULL) != VACHAK_OK) {
        c->espeak_down = true;
        return NULL;
    }
    if (ph->oom)
        return NULL;
    char deva[VK_WORD_MAX * 24];
    int dl = vk_english_to_deva(ctx->rules->english, key, ph->p + at, deva, sizeof deva);
    if (dl <= 0)
        return NULL;
    if ((c->n + 1) * 2 > c->nslots && !cache_grow(c))
        return NULL;
    slot *s = cache_find(c, key, n, h);
    slot v = {.hash = h, .klen = (uint32_t)n, .dlen = (uint32_t)dl};
    v.key = cache_str(c, key, n);
    v.deva = cache_str(c, deva, (size_t)dl);
    /* what explain shows as the rule: the voice and its phonemes */
    vk_buf_append(ph, "]", 1);
    v.phonemes = ph->oom ? NULL : cache_str(c, ph->p, ph->len);
    if (!v.key || !v.deva || !v.phonemes)
        return NULL;
    *s = v;
    c->n++;
    return s;
}

void vk_say_english_word(vachak_ctx *ctx, vk_buf *out, const char *w, size_t n, vk_source *src)
{
    vk_word_cache *c = ctx->words;
    if (c->call != ctx->calls) { /* a new call: no item of the last one is still in use */
        c->call = ctx->calls;
        if (c->n > VK_CACHE_MAX_WORDS || c->bytes > VK_CACHE_MAX_BYTES)
            cache_clear(c);
    }
    char key[VK_WORD_MAX + 1];
    if (n > VK_WORD_MAX) { /* no English word is this long: a code or junk, spelled */
        vk_say_letters(ctx, out, w, n, false, src);
        return;
    }
    for (size_t i = 0; i < n; i++)
        key[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
    key[n] = '\0';
    uint64_t h = XXH3_64bits(key, n);
    const slot *s = cache_find(c, key, n, h);
    if (!s || !s->key)
        s = convert(ctx, key, n, h);
    if (!s) { /* eSpeak NG is not there (leave the word for whatever reads it next), or
                 it gave nothing to convert (spell the word) */
        if (c->espeak_down)
            vk_buf_append(out, w, n);
        else
            vk_say_letters(ctx, out, w, n, false, src);
        return;
    }
    vk_buf_append(out, s->deva, s->dlen);
    const vk_table *t = &ctx->rules->tables[VK_T_ENGLISH_PHONEMES];
    *src = (vk_source){t->entries[0].file, 0, s->phonemes};
}
