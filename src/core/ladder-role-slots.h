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

/* The text the page has right above the list's first bullet, under its
 * heading (a label such as "**Territory Management**" that starts the
 * list's first group), as Markdown; NULL where there is none. */
const char *ladder_role_peek_list_text (LadderRole *role, LadderBulletList list);

G_END_DECLS
