/* bench-workspace.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Indexes a workspace once, as the editor does when it opens one, and
 * prints what it found and how long it took (bench/workspace runs it).
 *
 *   bench-workspace FOLDER [--list | --runs N]
 *
 * Prints one line per run: entries, problems, other Markdown files, files
 * read, the git branch, milliseconds to the first entry and to a complete
 * index. --runs N indexes the folder N times in this process, each time
 * with a new workspace (as opening it again in a running editor does:
 * libgit2 is set up once per process). --list also prints each entry:
 * path, department, roles, git state, problem. */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "ladder-workspace.h"

typedef struct
{
  GMainLoop *loop;
  gint64     start;
  gint64     first;
  gboolean   ok;
} Run;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Run *run = user_data;

  if (run->first == 0 && added > 0)
    run->first = g_get_monotonic_time ();
}

static void
on_indexed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr (GError) error = NULL;

  run->ok = ladder_workspace_index_finish (LADDER_WORKSPACE (source), result, &error);
  if (!run->ok)
    g_printerr ("bench-workspace: %s\n", error->message);
  g_main_loop_quit (run->loop);
}

static gboolean
index_once (GFile    *root,
            gboolean  list)
{
  g_autoptr (LadderWorkspace) workspace = ladder_workspace_new (root);
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  GListModel *entries = ladder_workspace_get_entries (workspace);
  guint n_problems = 0;
  gint64 end;
  Run run = { 0 };

  run.loop = loop;
  g_signal_connect (entries, "items-changed", G_CALLBACK (on_items_changed), &run);
  run.start = g_get_monotonic_time ();
  ladder_workspace_index_async (workspace, NULL, on_indexed, &run);
  g_main_loop_run (loop);
  end = g_get_monotonic_time ();

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (entries, i);
      const char *problem = ladder_workspace_entry_get_problem (entry);

      n_problems += problem != NULL;
      if (list)
        g_print ("%s\t%s\t%u\t%s\t%s\n", ladder_workspace_entry_get_path (entry),
                 ladder_workspace_entry_get_department (entry),
                 ladder_workspace_entry_get_n_roles (entry),
                 ladder_git_state_to_string (ladder_workspace_entry_get_git_state (entry)),
                 problem != NULL ? problem : "");
    }

  g_print ("entries %u problems %u other %u read %u branch %s first_ms %.1f done_ms %.1f\n",
           g_list_model_get_n_items (entries), n_problems,
           ladder_workspace_get_n_other_files (workspace), ladder_workspace_get_n_read (workspace),
           ladder_workspace_get_branch (workspace) ?: "-",
           run.first > 0 ? (run.first - run.start) / 1000.0 : -1.0, (end - run.start) / 1000.0);

  return run.ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GFile) root = NULL;
  gboolean list = argc > 2 && g_strcmp0 (argv[2], "--list") == 0;
  guint runs = argc > 3 && g_strcmp0 (argv[2], "--runs") == 0 ? (guint) atoi (argv[3]) : 1;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      g_printerr ("usage: bench-workspace FOLDER [--list | --runs N]\n");
      return 2;
    }

  root = g_file_new_for_commandline_arg (argv[1]);
  for (guint i = 0; i < MAX (runs, 1); i++)
    if (!index_once (root, list))
      return 1;

  return 0;
}
