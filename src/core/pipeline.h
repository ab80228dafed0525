// SPDX-License-Identifier: GPL-3.0-or-later
/* The pipeline's hooks into rules loading: each stage derives its data once. */
#ifndef VK_PIPELINE_H
#define VK_PIPELINE_H

#include "rules/rules.h"

vachak_status vk_pipeline_prepare(vachak_rules *r, vachak_error *err);
void vk_pipeline_release(vachak_rules *r);

#endif
