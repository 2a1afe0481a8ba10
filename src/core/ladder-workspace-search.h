/* ladder-workspace-search.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-workspace.h"

G_BEGIN_DECLS

/* Where in a family a match is. */
typedef enum
{
  LADDER_WORKSPACE_FIELD_TITLE,
  LADDER_WORKSPACE_FIELD_INTRO,
  /* A section of the family; the position says which. */
  LADDER_WORKSPACE_FIELD_SECTION,
  LADDER_WORKSPACE_FIELD_ROLE_TITLE,
  LADDER_WORKSPACE_FIELD_REPORTS_TO,
  /* A bullet of the role's lists; the position says which. */
  LADDER_WORKSPACE_FIELD_RESPONSIBILITY,
  LADDER_WORKSPACE_FIELD_REQUIREMENT,
  /* A section of the role; the position says which. */
  LADDER_WORKSPACE_FIELD_ROLE_SECTION,
  /* A block of the role's text besides its fields (ladder_role_get_texts ());
   * the position says which. */
  LADDER_WORKSPACE_FIELD_ROLE_TEXT,
} LadderWorkspaceField;

#define LADDER_TYPE_WORKSPACE_FIELD (ladder_workspace_field_get_type ())
GType ladder_workspace_field_get_type (void) G_GNUC_CONST;

/* One place a search found its words in. */
#define LADDER_TYPE_WORKSPACE_MATCH (ladder_workspace_match_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceMatch, ladder_workspace_match, LADDER, WORKSPACE_MATCH,
                      GObject)

LadderWorkspaceEntry *ladder_workspace_match_get_entry      (LadderWorkspaceMatch *self);
int                   ladder_workspace_match_get_role       (LadderWorkspaceMatch *self);
const char           *ladder_workspace_match_get_role_title (LadderWorkspaceMatch *self);
LadderWorkspaceField  ladder_workspace_match_get_field      (LadderWorkspaceMatch *self);
guint                 ladder_workspace_match_get_position   (LadderWorkspaceMatch *self);
const char           *ladder_workspace_match_get_text       (LadderWorkspaceMatch *self);

/* The matches in one family, in the family's order (its own fields, then
 * role by role). */
#define LADDER_TYPE_WORKSPACE_RESULT (ladder_workspace_result_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceResult, ladder_workspace_result, LADDER, WORKSPACE_RESULT,
                      GObject)

LadderWorkspaceEntry *ladder_workspace_result_get_entry   (LadderWorkspaceResult *self);
GListModel           *ladder_workspace_result_get_matches (LadderWorkspaceResult *self);

void        ladder_workspace_search_async  (LadderWorkspace      *self,
                                            const char           *query,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GListModel *ladder_workspace_search_finish (LadderWorkspace      *self,
                                            GAsyncResult         *result,
                                            GError              **error);

G_END_DECLS
