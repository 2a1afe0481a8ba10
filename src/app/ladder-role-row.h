/* ladder-role-row.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-role.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ROLE_ROW (ladder_role_row_get_type ())

G_DECLARE_FINAL_TYPE (LadderRoleRow, ladder_role_row, LADDER, ROLE_ROW, GtkWidget)

GtkWidget  *ladder_role_row_new (LadderRole *role);
LadderRole *ladder_role_row_get_role (LadderRoleRow *self);
void        ladder_role_row_set_role (LadderRoleRow *self, LadderRole *role);

G_END_DECLS
