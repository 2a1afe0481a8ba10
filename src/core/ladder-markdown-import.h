/* ladder-markdown-import.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

LadderFamily *ladder_markdown_import (const char  *data,
                                      gsize        length,
                                      const char  *filename,
                                      GError     **error);

LadderFamily *ladder_markdown_import_with_warnings (const char  *data,
                                                    gsize        length,
                                                    const char  *filename,
                                                    GPtrArray   *warnings,
                                                    GError     **error);

G_END_DECLS
