/* ladder-cli-folder.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ladder-family.h"

G_BEGIN_DECLS

/* Whether @path names a folder: `diff` and `import` read one as the family
 * kept in it (`_index.md` and a page per level), as `lint` does. */
gboolean ladder_cli_is_folder (const char *path);
/* The family kept as the folder @path, as the editor reads it; the
 * warnings of importing each of its pages added to @diagnostics (when not
 * NULL). */
LadderFamily *ladder_cli_read_folder (const char *path, GPtrArray *diagnostics, GError **error);

G_END_DECLS
