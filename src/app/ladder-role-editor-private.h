/* ladder-role-editor-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-bullet-editor.h"
#include "ladder-entry-row.h"
#include "ladder-role-choices.h"
#include "ladder-role-editor.h"
#include "ladder-role-text.h"

G_BEGIN_DECLS

/* The parts of LadderRoleEditor: the form and its role
 * (ladder-role-editor.c), the fields that translate between widget and
 * model (ladder-role-editor-fields.c), the handbook checks' marks
 * (ladder-role-editor-marks.c). */
struct _LadderRoleEditor
{
  GtkWidget parent_instance;

  GtkWidget *page;
  /* What the checks found about the role, and about each list as a whole. */
  GtkLabel           *role_message;
  GtkLabel           *responsibilities_message;
  GtkLabel           *requirements_message;
  GtkWidget          *grade_row;
  LadderEntryRow     *title_row;
  LadderEntryRow     *reports_to_row;
  LadderEntryRow     *reports_to_link_row;
  GtkSpinButton      *grade_spin;
  AdwComboRow        *extends_row;
  LadderBulletEditor *responsibilities;
  LadderBulletEditor *requirements;
  /* The role's text (ladder_role_get_texts ()) where the page has it:
   * under its lists' headings and after them in those lists' groups, the
   * rest in its own group. */
  GtkWidget          *texts_group;
  GtkListBox         *texts_list;
  GtkListBox         *responsibilities_text_above;
  GtkListBox         *responsibilities_text_below;
  GtkListBox         *requirements_text_above;
  GtkListBox         *requirements_text_below;
  GtkWidget          *subsections_group;
  GtkListBox         *subsections_list;

  LadderRole    *role;
  LadderFamily  *family;
  LadderHistory *history;
  GBindingGroup *bindings;
  GSignalGroup  *role_signals;
  GSignalGroup  *family_signals;
  /* "extends": the "None" choice, then the family's other roles with a
   * title (extends_roles). */
  LadderRole        *extends_none;
  LadderRoleChoices *extends_roles;
  gboolean           extends_changing;
  guint              extends_preparing;
  /* The titles the manager's field suggests, listed when it gets the focus
   * after a change. */
  gboolean      completion_stale;
  GtkListStore *completion_model;
  gboolean      updating;
  GListModel   *problems;
  /* The problems of each role, by the role's position (a GPtrArray of
   * problems, or NULL, for each); NULL until needed after they changed. */
  GPtrArray *problems_by_role;
};

void _ladder_role_editor_init_fields (LadderRoleEditor *self);
void _ladder_role_editor_update_fields (LadderRoleEditor *self);
void _ladder_role_editor_update_extends (LadderRoleEditor *self);
void _ladder_role_editor_family_changed (LadderRoleEditor *self);
void _ladder_role_editor_init_marks (LadderRoleEditor *self);
void _ladder_role_editor_update_marks (LadderRoleEditor *self);

/* The fields of the role's text let go of it (ladder-role-editor-fields.c). */
void _ladder_role_editor_unbind_texts (LadderRoleEditor *self);
/* The Markdown field of @text, where the form shows it. */
GtkWidget *_ladder_role_editor_find_text_view (LadderRoleEditor *self, LadderRoleText *text);

G_END_DECLS
