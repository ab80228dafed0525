// SPDX-License-Identifier: GPL-3.0-or-later
/* Files that appear complete or not at all: write a temporary beside the target,
 * then rename it into place (or remove it on failure). */
#ifndef VK_ATOMIC_H
#define VK_ATOMIC_H

/* Create a new temporary file beside `path` (mode 0666 less the umask).
 * Returns an fd open for writing and sets *tmp to its malloc'd name, or returns
 * -1 with errno set. */
int vk_atomic_open(const char *path, char **tmp);

/* Finish: rename tmp onto path if ok, else remove tmp. Frees tmp. Returns 0, or
 * -1 with errno set if the rename failed. */
int vk_atomic_close(const char *path, char *tmp, int ok);

#endif
