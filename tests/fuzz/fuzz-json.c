/* fuzz-json.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the JSON loader: any input is either refused with a
 * Ladder error naming the file, or read into a family that writes, reads
 * back and writes again to the same bytes. See README.md. */

#include "fuzz-common.h"

#include "ladder-json.h"
#include "ladder-markdown-export.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderFamily) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) written = NULL;
  g_autoptr (GBytes) rewritten = NULL;
  g_autoptr (GString) page = NULL;
  g_autoptr (GString) page_again = NULL;

  family = ladder_json_read ((const char *) data, size, "fuzz.jobfamily.json", &error);
  if (family == NULL)
    {
      fuzz_check_error (error, "fuzz.jobfamily.json");
      return 0;
    }

  /* What Ladder writes it must read, to the same file and the same page. */
  written = ladder_json_write (family);
  again = ladder_json_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                            "written.jobfamily.json", &error);
  if (again == NULL)
    {
      fprintf (stderr, "Ladder does not read the file it wrote: %s\n", error->message);
      abort ();
    }

  rewritten = ladder_json_write (again);
  fuzz_check_same ("the file written twice",
                   g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (rewritten, NULL), g_bytes_get_size (rewritten));

  page = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  page_again = ladder_markdown_export (again, LADDER_EXPORT_DEFAULT);
  fuzz_check_same ("the page of the file written and read back",
                   page->str, page->len, page_again->str, page_again->len);

  return 0;
}
