/* ladder-family-editor.h
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

#define LADDER_TYPE_FAMILY_EDITOR (ladder_family_editor_get_type ())

G_DECLARE_FINAL_TYPE (LadderFamilyEditor, ladder_family_editor, LADDER, FAMILY_EDITOR, GtkWidget)

GtkWidget    *ladder_family_editor_new        (void);
LadderFamily *ladder_family_editor_get_family (LadderFamilyEditor *self);
void          ladder_family_editor_set_family (LadderFamilyEditor *self,
                                               LadderFamily       *family);
/* The handbook checks' problems (LadderLintProblem) of the family: the
 * form marks the fields of the family that they are about. */
void          ladder_family_editor_set_problems (LadderFamilyEditor *self,
                                                 GListModel         *problems);
/* Puts the focus in the field of the family that @problem is about. */
void          ladder_family_editor_show_problem (LadderFamilyEditor *self,
                                                 LadderLintProblem  *problem);
gboolean      ladder_family_editor_locate     (LadderFamilyEditor *self,
                                               GtkWidget          *widget,
                                               LadderPageBlock    *block);
LadderHistory *ladder_family_editor_get_history (LadderFamilyEditor *self);
void          ladder_family_editor_set_history (LadderFamilyEditor *self,
                                                LadderHistory      *history);

G_END_DECLS
