/* ladder-lint-runner-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-lint-runner.h"

G_BEGIN_DECLS

/*
 * For tests: the pause is measured by a timer the test drives (a fake
 * clock), so no test waits for real time or depends on it.
 */
typedef struct
{
  /* Calls @func (@data) once, @delay milliseconds from now; returns a
   * non-zero id. */
  guint (*add) (guint delay, GSourceFunc func, gpointer data, gpointer user_data);
  /* Forgets a call not made yet. */
  void (*remove) (guint id, gpointer user_data);
} LadderLintTimer;

/* NULL @timer: the main loop's (g_timeout_add ()). */
void ladder_lint_runner_set_timer (LadderLintRunner      *self,
                                   const LadderLintTimer *timer,
                                   gpointer               user_data);

/* Checks of any runner still running in their thread, including those
 * cancelled: how a test waits until no thread is left. */
guint ladder_lint_runner_get_n_running_checks (void);

G_END_DECLS
