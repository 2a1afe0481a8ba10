/* ladder-new-family-dialog.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-workspace.h"

G_BEGIN_DECLS

#define LADDER_TYPE_NEW_FAMILY_DIALOG (ladder_new_family_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadderNewFamilyDialog, ladder_new_family_dialog, LADDER, NEW_FAMILY_DIALOG,
                      AdwWindow)

GtkWidget  *ladder_new_family_dialog_new         (GtkWindow             *parent,
                                                LadderWorkspace       *workspace);
void        ladder_new_family_dialog_set_values  (LadderNewFamilyDialog *self,
                                                const char            *department,
                                                const char            *title,
                                                LadderTemplateWording  wording);
char       *ladder_new_family_dialog_dup_path   (LadderNewFamilyDialog *self);
const char *ladder_new_family_dialog_get_error  (LadderNewFamilyDialog *self);

G_END_DECLS
