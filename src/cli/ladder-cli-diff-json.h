/* ladder-cli-diff-json.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-diff.h"

G_BEGIN_DECLS

void ladder_cli_diff_print_json (const char *old_label,
                                 const char *new_label,
                                 gboolean    job_family,
                                 gboolean    equal,
                                 GPtrArray  *changes);

G_END_DECLS
