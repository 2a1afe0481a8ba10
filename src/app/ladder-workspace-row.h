/* ladder-workspace-row.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_WORKSPACE_ROW (ladder_workspace_row_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceRow, ladder_workspace_row, LADDER, WORKSPACE_ROW, GtkWidget)

GtkWidget  *ladder_workspace_row_new         (void);
GObject    *ladder_workspace_row_get_item    (LadderWorkspaceRow *self);
void        ladder_workspace_row_set_item    (LadderWorkspaceRow *self,
                                              GObject            *item);
const char *ladder_workspace_row_get_summary (LadderWorkspaceRow *self);

G_END_DECLS
