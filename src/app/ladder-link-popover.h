/* ladder-link-popover.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADDER_TYPE_LINK_POPOVER (ladder_link_popover_get_type ())

G_DECLARE_FINAL_TYPE (LadderLinkPopover, ladder_link_popover, LADDER, LINK_POPOVER, GtkPopover)

/* Shows, over @view (a text view of ladder-rich-text.h), the text and
 * address of the link at its cursor, to change or remove it; or, where
 * there is none, of a new link over the selection or at the cursor. */
LadderLinkPopover *ladder_link_popover_show   (GtkTextView       *view);

/* What the buttons do. */
gboolean           ladder_link_popover_apply  (LadderLinkPopover *self);
void               ladder_link_popover_remove (LadderLinkPopover *self);

G_END_DECLS
