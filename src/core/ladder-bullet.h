/* ladder-bullet.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ladder-layout.h"

G_BEGIN_DECLS

#define LADDER_TYPE_BULLET (ladder_bullet_get_type ())

G_DECLARE_FINAL_TYPE (LadderBullet, ladder_bullet, LADDER, BULLET, GObject)

LadderBullet *ladder_bullet_new        (const char   *text);
LadderBullet *ladder_bullet_copy       (LadderBullet *self);
const char   *ladder_bullet_get_text   (LadderBullet *self);
void          ladder_bullet_set_text   (LadderBullet *self,
                                        const char   *text);

/* Layout: how the bullet was written in an imported page. The prefix is
 * Markdown the page had just before this bullet (a label such as
 * "Technical:" that starts a new group of bullets). */
LadderOrigin *ladder_bullet_get_origin     (LadderBullet *self);
const char   *ladder_bullet_get_prefix     (LadderBullet *self);
void          ladder_bullet_set_prefix     (LadderBullet *self,
                                            const char   *prefix,
                                            const char   *gap);
const char   *ladder_bullet_get_prefix_gap (LadderBullet *self);

G_END_DECLS
