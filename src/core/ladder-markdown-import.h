/* ladder-markdown-import.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-diagnostic.h"
#include "ladder-family.h"

G_BEGIN_DECLS

/* The domain of the importer's warnings (LadderDiagnostic). */
#define LADDER_IMPORT_WARNING (ladder_import_warning_quark ())

typedef enum
{
  /* The page, or its body, was kept as Markdown text, not read into
   * fields: too costly to parse, or beyond the bounds of the format. */
  LADDER_IMPORT_WARNING_KEPT_AS_TEXT,
  /* A link or piece of HTML that Ladder would refuse if it were typed
   * (ladder-markdown-check.h); the page keeps it. */
  LADDER_IMPORT_WARNING_UNSAFE,
} LadderImportWarning;

GQuark        ladder_import_warning_quark (void);

LadderFamily *ladder_markdown_import      (const char  *data,
                                           gsize        length,
                                           const char  *filename,
                                           GError     **error);
LadderFamily *ladder_markdown_import_full (const char  *data,
                                           gsize        length,
                                           const char  *filename,
                                           GPtrArray   *diagnostics,
                                           GError     **error);
LadderFamily *ladder_markdown_import_among (const char        *data,
                                            gsize              length,
                                            const char        *filename,
                                            const char *const *other_titles,
                                            GError           **error);

/* Whether a heading of this text is read as a part of a role (its job
 * grade, responsibilities or requirements: "Requirements", "What you'll
 * do"), where one can be. */
gboolean ladder_markdown_heading_names_part (const char *heading);

G_END_DECLS
