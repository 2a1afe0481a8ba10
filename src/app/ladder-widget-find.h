/* ladder-widget-find.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The first widget of @type under @root, @root included, depth first. */
GtkWidget *ladder_widget_find_descendant (GtkWidget *root, GType type);

G_END_DECLS
