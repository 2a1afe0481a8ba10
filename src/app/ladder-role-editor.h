/* ladder-role-editor.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-family.h"
#include "ladder-history.h"
#include "ladder-markdown-export.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ROLE_EDITOR (ladder_role_editor_get_type ())

G_DECLARE_FINAL_TYPE (LadderRoleEditor, ladder_role_editor, LADDER, ROLE_EDITOR, GtkWidget)

GtkWidget    *ladder_role_editor_new        (void);
LadderRole   *ladder_role_editor_get_role   (LadderRoleEditor *self);
void          ladder_role_editor_set_role   (LadderRoleEditor *self,
                                             LadderRole       *role);
LadderFamily *ladder_role_editor_get_family (LadderRoleEditor *self);
void          ladder_role_editor_set_family (LadderRoleEditor *self,
                                             LadderFamily     *family);
LadderHistory *ladder_role_editor_get_history (LadderRoleEditor *self);
void          ladder_role_editor_set_history (LadderRoleEditor *self,
                                              LadderHistory    *history);
void          ladder_role_editor_focus_title (LadderRoleEditor *self);
gboolean      ladder_role_editor_locate     (LadderRoleEditor *self,
                                             GtkWidget        *widget,
                                             LadderPageBlock  *block);

G_END_DECLS
