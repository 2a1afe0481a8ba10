/* ladder-bullet-format.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-history.h"

G_BEGIN_DECLS

/* Gives @view (a bullet's text, bound with ladder_text_binding_bind_rich())
 * the actions bullet.bold, bullet.italic and bullet.link, also in its
 * context menu. Each is a step of its own in the history that
 * @get_history gives for @view (NULL: none). */
typedef LadderHistory *(*LadderBulletHistoryFunc) (GtkWidget *view);

void ladder_bullet_format_install (GtkTextView             *view,
                                   LadderBulletHistoryFunc  get_history);

G_END_DECLS
