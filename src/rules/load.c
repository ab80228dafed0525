// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * vachak_rules_load(): the embedded defaults first, then a user's rules folder on
 * top (same file names; entries override by key, numbers.rbnf replaces whole).
 */
#include "core/error.h"
#include "core/pipeline.h"
#include "rules/rules.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int add_file(vachak_rules *r, const char *name)
{
    char **f = realloc(r->files, (r->nfiles + 1) * sizeof *f);
    if (!f)
        return -1;
    r->files = f;
    size_t n = strlen(name);
    char *copy = malloc(n + 1);
    if (!copy)
        return -1;
    memcpy(copy, name, n + 1);
    r->files[r->nfiles] = copy;
    return (int)r->nfiles++;
}

static char *add_arena(vachak_rules *r, const void *data, size_t len)
{
    char **a = realloc(r->arenas, (r->narenas + 1) * sizeof *a);
    if (!a)
        return NULL;
    r->arenas = a;
    char *p = malloc(len + 1);
    if (!p)
        return NULL;
    memcpy(p, data, len);
    p[len] = '\0';
    r->arenas[r->narenas++] = p;
    return p;
}

/* The table a rules file name belongs to, or -1. */
static int table_of(const char *name)
{
    for (int i = 0; i < VK_T_COUNT; i++)
        if (strcmp(vk_table_specs[i].name, name) == 0)
            return i;
    return -1;
}

/* Load one file's bytes (copied) under display name `shown`, known as `name`. */
static vachak_status load_one(vachak_rules *r, const char *name, const char *shown,
                              const void *data, size_t len, vachak_error *err)
{
    int file = add_file(r, shown);
    if (file < 0 || file > UINT16_MAX)
        return vk_error(err, VACHAK_ERR_NOMEM, shown, 0, 0, "out of memory");
    if (strcmp(name, VK_RBNF_FILE) == 0)
        return vk_rbnf_compile(r, data, len, (uint16_t)file, err);
    int t = table_of(name);
    if (t < 0)
        return vk_error(err, VACHAK_ERR_RULES, shown, 0, 0,
                        "unknown rules file (rules/README.md lists the file names)");
    char *copy = add_arena(r, data, len);
    if (!copy)
        return vk_error(err, VACHAK_ERR_NOMEM, shown, 0, 0, "out of memory");
    return vk_tsv_parse(r, (vk_table_id)t, copy, len, (uint16_t)file, err);
}

static vachak_status read_file(const char *path, char **data, size_t *len, vachak_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return vk_error(err, VACHAK_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 65536;
            char *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                fclose(f);
                return vk_error(err, VACHAK_ERR_NOMEM, path, 0, 0, "out of memory");
            }
            buf = p;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return vk_error(err, VACHAK_ERR_IO, path, 0, 0, "read error");
    }
    *data = buf;
    *len = n;
    return VACHAK_OK;
}

static bool is_rules_name(const char *n)
{
    size_t l = strlen(n);
    return (l > 4 && strcmp(n + l - 4, ".tsv") == 0) || (l > 5 && strcmp(n + l - 5, ".rbnf") == 0);
}

/* Refuse rules files in dir/sub that the catalog does not know: a misspelt file
 * name would otherwise be silently ignored. */
static vachak_status check_unknown(const char *dir, const char *sub, vachak_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s%s%s", dir, *sub ? "/" : "", sub);
    DIR *d = opendir(path);
    if (!d)
        return VACHAK_OK;
    vachak_status st = VACHAK_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!is_rules_name(de->d_name))
            continue;
        char name[512];
        snprintf(name, sizeof name, "%s%s%s", sub, *sub ? "/" : "", de->d_name);
        if (table_of(name) < 0 && strcmp(name, VK_RBNF_FILE) != 0) {
            snprintf(path, sizeof path, "%s/%s", dir, name);
            st = vk_error(err, VACHAK_ERR_RULES, path, 0, 0,
                          "unknown rules file (rules/README.md lists the file names)");
            break;
        }
    }
    closedir(d);
    return st;
}

static vachak_status load_user(vachak_rules *r, const char *dir, vachak_error *err)
{
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return vk_error(err, VACHAK_ERR_IO, dir, 0, 0, "cannot open rules folder: %s",
                        strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return vk_error(err, VACHAK_ERR_IO, dir, 0, 0, "not a folder");
    vachak_status st = check_unknown(dir, "", err);
    if (!st)
        st = check_unknown(dir, "hi", err);
    for (int i = -1; i < VK_T_COUNT && !st; i++) {
        const char *name = i < 0 ? VK_RBNF_FILE : vk_table_specs[i].name;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (stat(path, &sb) != 0)
            continue;
        char *data = NULL;
        size_t len = 0;
        st = read_file(path, &data, &len, err);
        if (!st)
            st = load_one(r, name, path, data, len, err);
        free(data);
    }
    return st;
}

vachak_status vachak_rules_load(const char *user_dir, vachak_rules **out, vachak_error *err)
{
    vk_error_clear(err);
    if (!out)
        return vk_error(err, VACHAK_ERR_ARG, NULL, 0, 0, "out is NULL");
    *out = NULL;
    vachak_rules *r = calloc(1, sizeof *r);
    if (!r)
        return vk_error(err, VACHAK_ERR_NOMEM, NULL, 0, 0, "out of memory");
    vachak_status st = VACHAK_OK;
    for (size_t i = 0; i < vk_embedded_count && !st; i++) {
        const vk_embedded_file *f = &vk_embedded_files[i];
        st = load_one(r, f->name, f->name, f->data, f->len, err);
    }
    if (!st && !r->nf)
        st = vk_error(err, VACHAK_ERR_RULES, VK_RBNF_FILE, 0, 0, "number rules missing");
    if (!st && user_dir)
        st = load_user(r, user_dir, err);
    if (!st)
        st = vk_pipeline_prepare(r, err);
    if (st) {
        vachak_rules_free(r);
        return st;
    }
    *out = r;
    return VACHAK_OK;
}

void vachak_rules_free(vachak_rules *r)
{
    if (!r)
        return;
    vk_pipeline_release(r);
    for (int i = 0; i < VK_T_COUNT; i++)
        vk_table_free(&r->tables[i]);
    for (size_t i = 0; i < r->nfiles; i++)
        free(r->files[i]);
    for (size_t i = 0; i < r->narenas; i++)
        free(r->arenas[i]);
    free(r->files);
    free(r->arenas);
    if (r->nf)
        unum_close(r->nf);
    free(r);
}

size_t vachak_rules_count(const vachak_rules *r)
{
    size_t n = 0;
    if (r)
        for (int i = 0; i < VK_T_COUNT; i++)
            n += r->tables[i].n;
    return n;
}
