/* ladder-preload.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LadderPreload LadderPreload;

LadderPreload *ladder_preload_start (GFile *file);
gboolean       ladder_preload_is_for (LadderPreload *self, GFile *file);
void ladder_preload_deliver (LadderPreload *self, GAsyncReadyCallback callback, gpointer user_data);
void ladder_preload_free (LadderPreload *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderPreload, ladder_preload_free)

G_END_DECLS
