/* ladder-history-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-history.h"

G_BEGIN_DECLS

/* Monotonic microseconds, as g_get_monotonic_time() gives them. */
typedef gint64 (*LadderHistoryClock) (gpointer user_data);

/* Which clock decides whether typing joins the step before it: tests set
 * their own, so that no test depends on how fast it runs. NULL for the
 * monotonic clock. */
void ladder_history_set_clock  (LadderHistory      *self,
                                LadderHistoryClock  clock,
                                gpointer            user_data);

/* How much the history keeps: see LADDER_HISTORY_MAX_STEPS and
 * LADDER_HISTORY_MAX_BYTES. Tests lower them. */
void ladder_history_set_limits (LadderHistory      *self,
                                guint               max_steps,
                                gsize               max_bytes);

guint ladder_history_get_n_steps (LadderHistory    *self);

G_END_DECLS
