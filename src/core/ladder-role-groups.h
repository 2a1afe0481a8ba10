/* ladder-role-groups.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

#define LADDER_TYPE_ROLE_HEADING (ladder_role_heading_get_type ())

G_DECLARE_FINAL_TYPE (LadderRoleHeading, ladder_role_heading, LADDER, ROLE_HEADING, GObject)

const char *ladder_role_heading_get_text (LadderRoleHeading *self);

#define LADDER_TYPE_ROLE_GROUPS (ladder_role_groups_get_type ())

G_DECLARE_FINAL_TYPE (LadderRoleGroups, ladder_role_groups, LADDER, ROLE_GROUPS, GObject)

LadderRoleGroups *ladder_role_groups_new (LadderFamily *family, GListModel *roles);
void              ladder_role_groups_refresh (LadderRoleGroups *self);
gboolean          ladder_role_groups_find (LadderRoleGroups *self, gpointer item, guint *position);

G_END_DECLS
