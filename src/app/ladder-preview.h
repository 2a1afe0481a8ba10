/* ladder-preview.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ladder-family.h"
#include "ladder-markdown-export.h"

G_BEGIN_DECLS

#define LADDER_TYPE_PREVIEW (ladder_preview_get_type ())

G_DECLARE_FINAL_TYPE (LadderPreview, ladder_preview, LADDER, PREVIEW, GtkWidget)

GtkWidget    *ladder_preview_new          (void);
LadderFamily *ladder_preview_get_family   (LadderPreview *self);
void          ladder_preview_set_family   (LadderPreview *self,
                                           LadderFamily  *family);
char         *ladder_preview_dup_markdown (LadderPreview *self);
gboolean      ladder_preview_get_shown_as_text (LadderPreview *self);
void          ladder_preview_update_now   (LadderPreview *self);
void          ladder_preview_follow       (LadderPreview         *self,
                                           const LadderPageBlock *block,
                                           gboolean               to_top);

G_END_DECLS
