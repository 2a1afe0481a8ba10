/* fuzz-roundtrip.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the property "export then import gives back the
 * same model": a page is imported and exported; the export is imported
 * and exported again. The two exports must be the same bytes, and so must
 * the Ladder files written from the two models. The model must also
 * survive its own file: written as JSON and read back, it exports to the
 * same page. See README.md. */

#include "fuzz-common.h"

#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (LadderFamily) first = NULL;
  g_autoptr (LadderFamily) second = NULL;
  g_autoptr (LadderFamily) from_file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) first_page = NULL;
  g_autoptr (GString) second_page = NULL;
  g_autoptr (GString) file_page = NULL;
  g_autoptr (GBytes) first_file = NULL;
  g_autoptr (GBytes) second_file = NULL;

  first = ladder_markdown_import ((const char *) data, size, "fuzz.md", &error);
  if (first == NULL)
    {
      fuzz_check_error (error, "fuzz.md");
      return 0;
    }

  first_page = ladder_markdown_export (first, LADDER_EXPORT_DEFAULT);
  second = ladder_markdown_import (first_page->str, first_page->len, "export.md", &error);
  if (second == NULL)
    {
      fprintf (stderr, "the exported page does not import: %s\n", error->message);
      abort ();
    }

  second_page = ladder_markdown_export (second, LADDER_EXPORT_DEFAULT);
  fuzz_check_same ("the page exported twice", first_page->str, first_page->len,
                   second_page->str, second_page->len);

  first_file = ladder_json_write (first);
  second_file = ladder_json_write (second);
  fuzz_check_same ("the Ladder files of the two models",
                   g_bytes_get_data (first_file, NULL), g_bytes_get_size (first_file),
                   g_bytes_get_data (second_file, NULL), g_bytes_get_size (second_file));

  from_file = ladder_json_read (g_bytes_get_data (first_file, NULL), g_bytes_get_size (first_file),
                                "fuzz.jobfamily.json", &error);
  if (from_file == NULL)
    {
      fprintf (stderr, "Ladder does not read the file it wrote: %s\n", error->message);
      abort ();
    }

  file_page = ladder_markdown_export (from_file, LADDER_EXPORT_DEFAULT);
  fuzz_check_same ("the page of the model read back from its file", first_page->str, first_page->len,
                   file_page->str, file_page->len);

  return 0;
}
