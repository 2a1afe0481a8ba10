/* ladder-commit-dialog.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-workspace.h"

G_BEGIN_DECLS

#define LADDER_TYPE_COMMIT_DIALOG (ladder_commit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadderCommitDialog, ladder_commit_dialog, LADDER, COMMIT_DIALOG, AdwWindow)

GtkWidget  *ladder_commit_dialog_new          (GtkWindow          *parent,
                                               LadderWorkspace    *workspace);
gboolean    ladder_commit_dialog_get_ready    (LadderCommitDialog *self);
GListModel *ladder_commit_dialog_get_pages    (LadderCommitDialog *self);
void        ladder_commit_dialog_set_included (LadderCommitDialog *self,
                                               guint               position,
                                               gboolean            included);
void        ladder_commit_dialog_set_values   (LadderCommitDialog *self,
                                               const char         *branch,
                                               const char         *message);
const char *ladder_commit_dialog_get_error    (LadderCommitDialog *self);
const char *ladder_commit_dialog_get_commit   (LadderCommitDialog *self);

G_END_DECLS
