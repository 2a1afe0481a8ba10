/* ladder-bullet-paste.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GPtrArray *ladder_bullet_paste_split (GtkTextView *view,
                                      const char  *markdown,
                                      int          offset,
                                      const char  *text,
                                      char       **last_line);

G_END_DECLS
