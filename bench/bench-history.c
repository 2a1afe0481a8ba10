/* bench-history.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the undo history costs on a family: creating it, the first edit
 * after (one bullet's text), undoing that edit, and the memory it holds
 * (allocated bytes while it lives). Median of N runs, each on a family
 * read anew from FILE (bench/make-large-family.py writes the large one).
 *
 *     bench-history FILE [RUNS]
 */

#include <malloc.h>
#include <stdlib.h>

#include "ladder-history.h"
#include "ladder-json.h"

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (GArray *times)
{
  g_array_sort (times, compare_gint64);
  return g_array_index (times, gint64, times->len / 2) / 1000.0;
}

static gsize
allocated (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  return mallinfo2 ().uordblks;
#else
  return 0;
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) create = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) edit = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) undo = g_array_new (FALSE, FALSE, sizeof (gint64));
  gsize memory = 0;
  gsize length;
  guint n_runs;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [RUNS]\n", argv[0]);
      return 2;
    }
  n_runs = argc > 2 ? (guint) MAX (1, atoi (argv[2])) : 7;

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (guint run = 0; run < n_runs; run++)
    {
      g_autoptr (LadderFamily) family = ladder_json_read (contents, length, argv[1], &error);
      g_autoptr (LadderHistory) history = NULL;
      g_autoptr (LadderRole) role = NULL;
      g_autoptr (LadderBullet) bullet = NULL;
      GListModel *roles;
      gsize before;
      gint64 t0, t1, t2, t3;

      if (family == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      roles = ladder_family_get_roles (family);
      role = g_list_model_get_item (roles, g_list_model_get_n_items (roles) - 1);
      bullet = g_list_model_get_item (ladder_role_get_responsibilities (role), 0);

      before = allocated ();
      t0 = g_get_monotonic_time ();
      history = ladder_history_new (family);
      t1 = g_get_monotonic_time ();
      ladder_bullet_set_text (bullet, "Edited by the benchmark");
      t2 = g_get_monotonic_time ();
      ladder_history_undo (history);
      t3 = g_get_monotonic_time ();
      memory = allocated () - before;

      g_array_append_vals (create, &(gint64) { t1 - t0 }, 1);
      g_array_append_vals (edit, &(gint64) { t2 - t1 }, 1);
      g_array_append_vals (undo, &(gint64) { t3 - t2 }, 1);
    }

  g_print ("median of %u runs: create the history %.3f ms, first edit %.3f ms, undo it %.3f ms;"
           " the history holds %.1f KiB\n",
           n_runs, median_ms (create), median_ms (edit), median_ms (undo), memory / 1024.0);
  return 0;
}
