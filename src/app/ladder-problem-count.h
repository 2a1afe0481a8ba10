/* ladder-problem-count.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ladder_problem_count_text (guint n_errors, guint n_warnings);

G_END_DECLS
