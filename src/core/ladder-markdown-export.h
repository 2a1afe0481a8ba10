/* ladder-markdown-export.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_EXPORT_DEFAULT = 0,
  /* Ignore how an imported page was written and use the handbook's current
   * template throughout. */
  LADDER_EXPORT_CANONICAL = 1 << 0,
} LadderExportFlags;

GString *ladder_markdown_export         (LadderFamily       *family,
                                         LadderExportFlags   flags);
GString *ladder_markdown_export_checked (LadderFamily       *family,
                                         LadderExportFlags   flags,
                                         const char         *filename,
                                         GError            **error);

G_END_DECLS
