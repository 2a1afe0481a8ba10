/* fuzz-markdown.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the Markdown importer: any input is either refused
 * with a Ladder error naming the file, or imported into a family that
 * exports back to the input, byte for byte. See README.md. */

#include "fuzz-common.h"

#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) page = NULL;

  family = ladder_markdown_import ((const char *) data, size, "fuzz.md", &error);
  if (family == NULL)
    {
      fuzz_check_error (error, "fuzz.md");
      return 0;
    }

  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  fuzz_check_same ("the page exported from its import", (const char *) data, size, page->str, page->len);

  return 0;
}
