/* ladder-window.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-application.h"
#include "ladder-diff.h"
#include "ladder-document.h"
#include "ladder-lint-runner.h"
#include "ladder-preload.h"
#include "ladder-workspace.h"

G_BEGIN_DECLS

#define LADDER_TYPE_WINDOW (ladder_window_get_type ())

G_DECLARE_FINAL_TYPE (LadderWindow, ladder_window, LADDER, WINDOW, AdwApplicationWindow)

LadderWindow   *ladder_window_new (LadderApplication *application);
LadderDocument *ladder_window_get_document (LadderWindow *self);
void            ladder_window_load (LadderWindow *self, GFile *file);
void ladder_window_load_preloaded (LadderWindow *self, GFile *file, LadderPreload *preload);
LadderWindow *ladder_window_open_file (LadderWindow *self, GFile *file);
gboolean      ladder_window_shows_file (LadderWindow *self, GFile *file);
void          ladder_window_restore_draft (LadderWindow *self, LadderDraft *draft);
gboolean      ladder_window_is_pristine (LadderWindow *self);
void          ladder_window_select_role (LadderWindow *self, guint position);
void          ladder_window_show_family (LadderWindow *self);
void          ladder_window_show_toast (LadderWindow *self, const char *message);
GtkWindow    *ladder_window_review_changes (LadderWindow *self);
void          ladder_window_show_change (LadderWindow *self, const LadderChange *change);
/* The handbook checks of the window's family, and what they found. */
LadderLintRunner *ladder_window_get_lint_runner (LadderWindow *self);
/* Shows the field @problem is about, with the focus in it. */
void ladder_window_show_problem (LadderWindow *self, LadderLintProblem *problem);
/* Makes @problem's quick fix, as one step of the history. */
gboolean ladder_window_fix_problem (LadderWindow *self, LadderLintProblem *problem);

/* ladder-window-workspace.c */
void             ladder_window_set_workspace (LadderWindow *self, LadderWorkspace *workspace);
LadderWorkspace *ladder_window_get_workspace (LadderWindow *self);
GtkWidget       *ladder_window_get_workspace_sidebar (LadderWindow *self);
void             ladder_window_show_handbook (LadderWindow *self);
void             ladder_window_show_place (LadderWindow *self,
                                           int           role,
                                           int           field,
                                           guint         position,
                                           const char   *role_title,
                                           const char   *text);

G_END_DECLS
