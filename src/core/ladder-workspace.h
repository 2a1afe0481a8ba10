/* ladder-workspace.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-git.h"
#include "ladder-template.h"

G_BEGIN_DECLS

/*
 * A handbook checkout opened as a workspace: every job-family page under a
 * folder, found by content, indexed in a worker thread and listed as the
 * index fills (each entry an item of a GListModel, so that a GtkListView
 * shows it at once). The index is cached and refreshed from the files'
 * modification times and sizes, so reopening a workspace reads only the
 * pages that changed.
 */

/* One job family of the workspace: a page, or a family folder
 * (ladder-family-folder.h), or a page that could not be read (problem). */
#define LADDER_TYPE_WORKSPACE_ENTRY (ladder_workspace_entry_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceEntry, ladder_workspace_entry, LADDER, WORKSPACE_ENTRY,
                      GObject)

const char     *ladder_workspace_entry_get_path       (LadderWorkspaceEntry *self);
GFile          *ladder_workspace_entry_get_file       (LadderWorkspaceEntry *self);
const char     *ladder_workspace_entry_get_department (LadderWorkspaceEntry *self);
const char     *ladder_workspace_entry_get_title      (LadderWorkspaceEntry *self);
guint           ladder_workspace_entry_get_n_roles    (LadderWorkspaceEntry *self);
LadderGitState  ladder_workspace_entry_get_git_state  (LadderWorkspaceEntry *self);
const char     *ladder_workspace_entry_get_problem    (LadderWorkspaceEntry *self);
gboolean        ladder_workspace_entry_get_is_folder  (LadderWorkspaceEntry *self);
gboolean        ladder_workspace_entry_get_checked    (LadderWorkspaceEntry *self);
guint           ladder_workspace_entry_get_n_errors   (LadderWorkspaceEntry *self);
guint           ladder_workspace_entry_get_n_warnings (LadderWorkspaceEntry *self);
GPtrArray      *ladder_workspace_entry_dup_files      (LadderWorkspaceEntry *self);

/* The entries of one department, for a sidebar grouped by department
 * (a GtkTreeListModel over the departments, say). */
#define LADDER_TYPE_WORKSPACE_DEPARTMENT (ladder_workspace_department_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceDepartment, ladder_workspace_department, LADDER,
                      WORKSPACE_DEPARTMENT, GObject)

const char *ladder_workspace_department_get_name    (LadderWorkspaceDepartment *self);
const char *ladder_workspace_department_get_title   (LadderWorkspaceDepartment *self);
GListModel *ladder_workspace_department_get_entries (LadderWorkspaceDepartment *self);

#define LADDER_TYPE_WORKSPACE (ladder_workspace_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspace, ladder_workspace, LADDER, WORKSPACE, GObject)

LadderWorkspace      *ladder_workspace_new                  (GFile            *root);
GFile                *ladder_workspace_get_root             (LadderWorkspace  *self);
GListModel           *ladder_workspace_get_entries          (LadderWorkspace  *self);
GListModel           *ladder_workspace_get_departments      (LadderWorkspace  *self);
LadderWorkspaceEntry *ladder_workspace_find_entry           (LadderWorkspace  *self,
                                                             const char       *path);
gboolean              ladder_workspace_get_indexing         (LadderWorkspace  *self);
gboolean              ladder_workspace_get_has_repository   (LadderWorkspace  *self);
const char           *ladder_workspace_get_branch           (LadderWorkspace  *self);
guint                 ladder_workspace_get_n_other_files    (LadderWorkspace  *self);
guint                 ladder_workspace_get_n_read           (LadderWorkspace  *self);
const GError         *ladder_workspace_get_error            (LadderWorkspace  *self);

LadderTemplateWording ladder_workspace_get_template_wording (LadderWorkspace  *self);
void                  ladder_workspace_set_template_wording (LadderWorkspace  *self,
                                                             LadderTemplateWording wording);

gboolean              ladder_workspace_get_watching         (LadderWorkspace  *self);
void                  ladder_workspace_set_watching         (LadderWorkspace  *self,
                                                             gboolean          watching);
void                  ladder_workspace_refresh              (LadderWorkspace  *self);

void                  ladder_workspace_index_async          (LadderWorkspace     *self,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean              ladder_workspace_index_finish         (LadderWorkspace     *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

G_END_DECLS
