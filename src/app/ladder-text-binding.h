/* ladder-text-binding.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Keeps a text buffer and a string property of a model object equal, both
 * ways, for as long as both live (GBinding cannot bind a buffer's text).
 * The buffer's own undo is turned off: the document's history undoes. */
void ladder_text_binding_bind (GtkTextBuffer *buffer,
                               GObject       *object,
                               const char    *property);

G_END_DECLS
