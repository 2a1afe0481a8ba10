/* bench-lint-page.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long one pass of the handbook checks takes on a page, as the editor
 * would run it after a pause in typing: the page is imported once, then
 * checked RUNS times; prints the median and the slowest pass, in
 * milliseconds, against a frame at 60 Hz (16.7 ms).
 *
 *     bench-lint-page PAGE.md [RUNS] */

#include <stdlib.h>

#include "ladder-lint.h"
#include "ladder-markdown-import.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (LadderLinter) linter = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  gsize length;
  int runs;

  if (argc < 2)
    {
      g_printerr ("usage: bench-lint-page PAGE.md [RUNS]\n");
      return 2;
    }
  runs = argc > 2 ? MAX (1, atoi (argv[2])) : 50;

  if (!g_file_get_contents (argv[1], &contents, &length, &error)
      || (family = ladder_markdown_import (contents, length, argv[1], &error)) == NULL
      || (linter = ladder_linter_new (NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GPtrArray) problems = ladder_linter_check (linter, family, NULL, argv[1]);
      double elapsed = (double) (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (times, elapsed);
    }

  g_array_sort (times, compare_doubles);
  g_print (
      "%s: %zu bytes, %u roles; one check: median %.2f ms, slowest %.2f ms (a frame: 16.7 ms)\n",
      argv[1], length, g_list_model_get_n_items (ladder_family_get_roles (family)),
      g_array_index (times, double, times->len / 2), g_array_index (times, double, times->len - 1));
  return 0;
}
