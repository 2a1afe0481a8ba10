/* ladder-role-slots.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-layout.h"
#include "ladder-role.h"

G_BEGIN_DECLS

gboolean   ladder_slots_have          (GPtrArray      *slots,
                                       LadderSlotKind  kind);
GPtrArray *ladder_role_dup_page_slots (LadderRole     *role);

G_END_DECLS
