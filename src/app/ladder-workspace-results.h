/* ladder-workspace-results.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-workspace.h"

G_BEGIN_DECLS

#define LADDER_TYPE_WORKSPACE_RESULTS (ladder_workspace_results_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceResults, ladder_workspace_results, LADDER, WORKSPACE_RESULTS,
                      GtkWidget)

GtkWidget  *ladder_workspace_results_new            (void);
void        ladder_workspace_results_set_workspace  (LadderWorkspaceResults *self,
                                                     LadderWorkspace        *workspace);
void        ladder_workspace_results_search         (LadderWorkspaceResults *self,
                                                     const char             *query);
gboolean    ladder_workspace_results_get_searching  (LadderWorkspaceResults *self);
GListModel *ladder_workspace_results_get_results    (LadderWorkspaceResults *self);
gboolean    ladder_workspace_results_activate_first (LadderWorkspaceResults *self);

G_END_DECLS
