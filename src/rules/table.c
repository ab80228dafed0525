// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * Hashed string tables for the rules: open addressing over XXH3 hashes of the
 * key (ASCII-lower-cased first for case-folding tables). Built once at load time,
 * read-only afterwards.
 */
#include "rules/rules.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define VK_KEY_MAX 256

/* Hash a key, folding ASCII case if asked. Keys longer than VK_KEY_MAX hash
 * like their first VK_KEY_MAX bytes (they are rare and still compare exactly). */
static uint64_t key_hash(const char *k, size_t n, bool fold)
{
    if (!fold)
        return XXH3_64bits(k, n);
    char tmp[VK_KEY_MAX];
    if (n > sizeof tmp)
        n = sizeof tmp;
    for (size_t i = 0; i < n; i++) {
        char c = k[i];
        tmp[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    return XXH3_64bits(tmp, n);
}

static bool key_eq(const char *a, const char *b, size_t n, bool fold)
{
    if (strlen(a) != n)
        return false;
    if (!fold)
        return memcmp(a, b, n) == 0;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

/* Find the slot for a key: either the slot holding it or the empty slot where it
 * would go. */
static size_t find_slot(const vk_table *t, const char *k, size_t n)
{
    size_t mask = t->nslots - 1;
    size_t i = (size_t)key_hash(k, n, t->fold_case) & mask;
    while (t->slots[i]) {
        const vk_entry *e = &t->entries[t->slots[i] - 1];
        if (key_eq(e->col[0], k, n, t->fold_case))
            return i;
        i = (i + 1) & mask;
    }
    return i;
}

static bool grow_slots(vk_table *t)
{
    size_t n = t->nslots ? t->nslots * 2 : 64;
    uint32_t *s = calloc(n, sizeof *s);
    if (!s)
        return false;
    free(t->slots);
    t->slots = s;
    t->nslots = n;
    for (size_t i = 0; i < t->n; i++) {
        const char *k = t->entries[i].col[0];
        t->slots[find_slot(t, k, strlen(k))] = (uint32_t)(i + 1);
    }
    return true;
}

bool vk_table_put(vk_table *t, const vk_entry *e, bool *dup)
{
    *dup = false;
    if ((t->n + 1) * 2 > t->nslots && !grow_slots(t))
        return false;
    const char *k = e->col[0];
    size_t i = find_slot(t, k, strlen(k));
    if (t->slots[i]) {
        vk_entry *old = &t->entries[t->slots[i] - 1];
        if (old->file == e->file) {
            *dup = true;
            return true;
        }
        *old = *e; /* a later file (the user's) overrides */
        return true;
    }
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        vk_entry *p = realloc(t->entries, cap * sizeof *p);
        if (!p)
            return false;
        t->entries = p;
        t->cap = cap;
    }
    t->entries[t->n] = *e;
    t->slots[i] = (uint32_t)++t->n;
    return true;
}

const vk_entry *vk_rules_get(const vachak_rules *r, vk_table_id id, const char *key, size_t len)
{
    return vk_rules_get_in(&r->tables[id], key, len);
}

const vk_entry *vk_rules_get_in(const vk_table *t, const char *key, size_t len)
{
    if (!t->nslots)
        return NULL;
    size_t i = find_slot(t, key, len);
    return t->slots[i] ? &t->entries[t->slots[i] - 1] : NULL;
}

/* The entry with the same key as a new one, if any: used to report duplicates. */
const vk_entry *vk_table_find(const vk_table *t, const char *key)
{
    if (!t->nslots)
        return NULL;
    size_t i = find_slot(t, key, strlen(key));
    return t->slots[i] ? &t->entries[t->slots[i] - 1] : NULL;
}

void vk_table_free(vk_table *t)
{
    free(t->entries);
    free(t->slots);
    *t = (vk_table){0};
}
