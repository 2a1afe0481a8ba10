/* ladder-cmark-arena.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _LadderCmarkArena LadderCmarkArena;

cmark_node *ladder_cmark_arena_parse (LadderCmarkArena **arena,
                                      const char        *text,
                                      gsize              length,
                                      int                options);
void        ladder_cmark_arena_free  (LadderCmarkArena  *arena);

G_END_DECLS
