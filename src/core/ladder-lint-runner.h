/* ladder-lint-runner.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-family.h"
#include "ladder-lint.h"

G_BEGIN_DECLS

/*
 * The handbook checks of a family being edited: run again a pause after
 * the last change, on a copy of the family in a worker thread, with the
 * `.ladder.json` settings of the family's page (read as `ladder-cli lint`
 * reads them). A result that the family has changed since is dropped.
 */

/* The pause after the last change, in milliseconds. */
#define LADDER_LINT_RUNNER_DEFAULT_DELAY 500

#define LADDER_TYPE_LINT_RUNNER (ladder_lint_runner_get_type ())

G_DECLARE_FINAL_TYPE (LadderLintRunner, ladder_lint_runner, LADDER, LINT_RUNNER, GObject)

LadderLintRunner *ladder_lint_runner_new (void);
LadderFamily     *ladder_lint_runner_get_family (LadderLintRunner *self);
void              ladder_lint_runner_set_family (LadderLintRunner *self, LadderFamily *family);
/* The page's (or the Ladder file's) path: where the settings are looked
 * for, and what their exemptions are matched against. NULL for a family
 * not saved yet. */
const char *ladder_lint_runner_get_path (LadderLintRunner *self);
void        ladder_lint_runner_set_path (LadderLintRunner *self, const char *path);
guint       ladder_lint_runner_get_delay (LadderLintRunner *self);
void        ladder_lint_runner_set_delay (LadderLintRunner *self, guint delay);
/* The problems of the last check (LadderLintProblem, in page order). */
GListModel *ladder_lint_runner_get_problems (LadderLintRunner *self);
guint       ladder_lint_runner_get_n_errors (LadderLintRunner *self);
guint       ladder_lint_runner_get_n_warnings (LadderLintRunner *self);
/* Whether the problems are those of the family as it is now. */
gboolean ladder_lint_runner_get_current (LadderLintRunner *self);
/* Whether a check waits for its pause or runs. */
gboolean ladder_lint_runner_get_pending (LadderLintRunner *self);
/* Why the settings or the word lists could not be read, or NULL. */
const char *ladder_lint_runner_get_settings_error (LadderLintRunner *self);
/* Checks now, without waiting for the pause. */
void ladder_lint_runner_run_now (LadderLintRunner *self);

G_END_DECLS
