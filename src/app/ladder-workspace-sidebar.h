/* ladder-workspace-sidebar.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-workspace.h"

G_BEGIN_DECLS

#define LADDER_TYPE_WORKSPACE_SIDEBAR (ladder_workspace_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceSidebar, ladder_workspace_sidebar, LADDER, WORKSPACE_SIDEBAR,
                      GtkWidget)

GtkWidget       *ladder_workspace_sidebar_new           (void);
LadderWorkspace *ladder_workspace_sidebar_get_workspace (LadderWorkspaceSidebar *self);
void             ladder_workspace_sidebar_set_workspace (LadderWorkspaceSidebar *self,
                                                         LadderWorkspace        *workspace);
void             ladder_workspace_sidebar_search        (LadderWorkspaceSidebar *self,
                                                         const char             *query);
GtkListView     *ladder_workspace_sidebar_get_list      (LadderWorkspaceSidebar *self);
GtkWidget       *ladder_workspace_sidebar_get_results   (LadderWorkspaceSidebar *self);
void             ladder_workspace_sidebar_open_entry    (LadderWorkspaceSidebar *self,
                                                         LadderWorkspaceEntry   *entry);
void             ladder_workspace_sidebar_set_current_file (LadderWorkspaceSidebar *self,
                                                            GFile                  *file);

G_END_DECLS
