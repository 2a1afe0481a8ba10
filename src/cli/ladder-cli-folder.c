/* ladder-cli-folder.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-cli-folder.h"

#include <glib/gi18n.h>

#include "ladder-error.h"
#include "ladder-family-folder.h"
#include "ladder-file.h"
#include "ladder-markdown-import.h"

/*
 * A family kept as a folder, named on the command line of `diff` or
 * `import`: read as one family, the one the editor opens for that folder
 * (the roles of `_index.md`, then one per level page in the order of their
 * `weight:`).
 */

gboolean
ladder_cli_is_folder (const char *path)
{
  return g_strcmp0 (path, "-") != 0 && g_file_test (path, G_FILE_TEST_IS_DIR);
}

/* What importing @path alone warns about (links and HTML that would be
 * refused if typed, a page kept as Markdown text): the warnings of a page
 * do not depend on the family it is part of, and they are given with the
 * page's own lines. */
static void
add_page_diagnostics (const char *path, GPtrArray *diagnostics)
{
  g_autoptr (GBytes) bytes = ladder_file_read_bounded (path, NULL);
  g_autoptr (LadderFamily) family = NULL;
  const char *data;
  gsize       length;

  data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;
  if (data == NULL)
    return;

  family = ladder_markdown_import_full (data, length, path, diagnostics, NULL);
}

LadderFamily *
ladder_cli_read_folder (const char *path, GPtrArray *diagnostics, GError **error)
{
  g_autoptr (GFile) folder = g_file_new_for_path (path);
  g_autoptr (LadderFamilyFolder) read = NULL;
  g_autofree char *index = NULL;
  g_autoptr (GPtrArray) files = NULL;

  /* A folder of pages rather than a family's: said of the folder. */
  index = g_build_filename (path, LADDER_FAMILY_FOLDER_INDEX, NULL);
  if (!g_file_test (index, G_FILE_TEST_IS_REGULAR))
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, path, 0, 0, "%s",
                           _ ("a folder is read as a job family kept as a folder, and this one "
                              "has no _index.md"));
      return NULL;
    }

  read = ladder_family_folder_read (folder, NULL, error);
  if (read == NULL)
    return NULL;

  if (diagnostics != NULL)
    {
      files = ladder_family_folder_dup_files (read);
      for (guint i = 0; i < files->len; i++)
        {
          g_autofree char *name = g_file_get_basename (g_ptr_array_index (files, i));
          g_autofree char *page = g_build_filename (path, name, NULL);

          add_page_diagnostics (page, diagnostics);
        }
    }

  return g_object_ref (ladder_family_folder_get_family (read));
}
