/* ladder-role-choices.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-role.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ROLE_CHOICES (ladder_role_choices_get_type ())

G_DECLARE_FINAL_TYPE (LadderRoleChoices, ladder_role_choices, LADDER, ROLE_CHOICES, GObject)

LadderRoleChoices *ladder_role_choices_new (void);
GListModel        *ladder_role_choices_get_roles (LadderRoleChoices *self);
void               ladder_role_choices_set_roles (LadderRoleChoices *self, GListModel *roles);
LadderRole        *ladder_role_choices_get_left_out (LadderRoleChoices *self);
void               ladder_role_choices_set_left_out (LadderRoleChoices *self, LadderRole *role);
void               ladder_role_choices_refresh (LadderRoleChoices *self);

G_END_DECLS
