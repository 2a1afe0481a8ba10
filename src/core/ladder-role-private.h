/* ladder-role-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-bullet-private.h"

G_BEGIN_DECLS

/* Between ladder-role.c and ladder-role-bullets.c. */
LadderBulletStore *ladder_role_get_bullet_store (LadderRole *self, LadderBulletList list);
/* Tells the family, then emits ::changed. */
void ladder_role_report (LadderRole *self, const LadderChange *change);

/* "extends" following a renamed role (ladder-family.c). */
LadderRole *ladder_role_dup_extended (LadderRole *self);
void        ladder_role_follow_extended (LadderRole *self, LadderRole *extended);

/* Between ladder-role.c and ladder-role-text.c. */
GListStore *ladder_role_texts_new (LadderRole *role, GPtrArray *slots, LadderOwnerChanged changed);
void        ladder_role_texts_release (GListStore *texts);

G_END_DECLS
