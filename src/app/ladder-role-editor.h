/* ladder-role-editor.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-family.h"
#include "ladder-lint.h"
#include "ladder-history.h"
#include "ladder-markdown-export.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ROLE_EDITOR (ladder_role_editor_get_type ())

/* The parts of the form a change can be in (ladder_role_editor_focus_part). */
typedef enum
{
  LADDER_ROLE_EDITOR_PART_TITLE,
  LADDER_ROLE_EDITOR_PART_REPORTS_TO,
  LADDER_ROLE_EDITOR_PART_GRADE,
  LADDER_ROLE_EDITOR_PART_EXTENDS,
  LADDER_ROLE_EDITOR_PART_RESPONSIBILITIES,
  LADDER_ROLE_EDITOR_PART_REQUIREMENTS,
  LADDER_ROLE_EDITOR_PART_SUBSECTIONS,
  LADDER_ROLE_EDITOR_PART_TEXT,
} LadderRoleEditorPart;

G_DECLARE_FINAL_TYPE (LadderRoleEditor, ladder_role_editor, LADDER, ROLE_EDITOR, GtkWidget)

GtkWidget     *ladder_role_editor_new (void);
LadderRole    *ladder_role_editor_get_role (LadderRoleEditor *self);
void           ladder_role_editor_set_role (LadderRoleEditor *self, LadderRole *role);
LadderFamily  *ladder_role_editor_get_family (LadderRoleEditor *self);
void           ladder_role_editor_set_family (LadderRoleEditor *self, LadderFamily *family);
LadderHistory *ladder_role_editor_get_history (LadderRoleEditor *self);
void           ladder_role_editor_set_history (LadderRoleEditor *self, LadderHistory *history);
void           ladder_role_editor_focus_title (LadderRoleEditor *self);
gboolean       ladder_role_editor_cancel_typing (LadderRoleEditor *self);
void           ladder_role_editor_take_typing (LadderRoleEditor *self);
void ladder_role_editor_focus_part (LadderRoleEditor *self, LadderRoleEditorPart part, int bullet);
/* The handbook checks' problems (LadderLintProblem) of the whole family:
 * the form marks the fields of its role that they are about. */
void ladder_role_editor_set_problems (LadderRoleEditor *self, GListModel *problems);
/* Puts the focus in the field of the role that @problem is about. */
void ladder_role_editor_show_problem (LadderRoleEditor *self, LadderLintProblem *problem);
gboolean
ladder_role_editor_locate (LadderRoleEditor *self, GtkWidget *widget, LadderPageBlock *block);

G_END_DECLS
