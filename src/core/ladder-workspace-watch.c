/* ladder-workspace-watch.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Watching a workspace for changes made while it is open: a page saved
 * (by Ladder or another editor), a page added or removed, git's HEAD or
 * index moved (a commit, a checkout, a `git add`). The folders that hold
 * families are watched, with their parents (where a new department's
 * folder appears), and git's own folder. A change is reported once things
 * have been quiet for a moment: a `git checkout` that rewrites a hundred
 * pages is one change, not a hundred.
 *
 * Only names that can matter are heeded: pages (*.md), the checks'
 * settings (.ladder.json), folders (names without a dot), and in git's
 * folder HEAD and index. An editor's backup and lock files are not.
 */

#include "ladder-workspace-private.h"

#include <string.h>

#include "ladder-lint-config.h"

/* Quiet time before a change is reported. */
#define SETTLE_MS 300

/* Beyond any handbook: each monitor is an inotify watch, of which a
 * person has a limited number. */
#define MAX_FOLDERS 1024

struct _LadderWorkspaceWatch
{
  GFile              *root;
  LadderWatchChanged  changed;
  gpointer            user_data;
  /* GFileMonitor by folder path. */
  GHashTable         *monitors;
  char               *git_dir;
  guint               settle_id;
};

static gboolean
on_settled (gpointer user_data)
{
  LadderWorkspaceWatch *watch = user_data;

  watch->settle_id = 0;
  watch->changed (watch->user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
matters (GFile   *file,
         gboolean in_git_dir)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  if (name == NULL)
    return FALSE;

  if (in_git_dir)
    return strcmp (name, "HEAD") == 0 || strcmp (name, "index") == 0;

  return g_str_has_suffix (name, ".md") || strcmp (name, LADDER_LINT_CONFIG_NAME) == 0
         || strchr (name, '.') == NULL;
}

static void
note_change (LadderWorkspaceWatch *watch,
         GFile                *file,
         GFile                *other_file,
         GFileMonitorEvent     event,
         gboolean              in_git_dir)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;
  if (!matters (file, in_git_dir) && !matters (other_file, in_git_dir))
    return;

  /* Settled again from now. */
  g_clear_handle_id (&watch->settle_id, g_source_remove);
  watch->settle_id = g_timeout_add (SETTLE_MS, on_settled, watch);
  g_source_set_name_by_id (watch->settle_id, "[ladder] workspace changed");
}

static void
on_folder_changed (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   gpointer           user_data)
{
  note_change (user_data, file, other_file, event, FALSE);
}

static void
on_git_dir_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    gpointer           user_data)
{
  note_change (user_data, file, other_file, event, TRUE);
}

static void
watch_folder (LadderWorkspaceWatch *watch,
              GHashTable           *kept,
              const char           *path,
              gboolean              in_git_dir)
{
  GFileMonitor *monitor = g_hash_table_lookup (watch->monitors, path);

  if (monitor == NULL && g_hash_table_size (kept) < MAX_FOLDERS)
    {
      g_autoptr (GFile) folder = g_file_new_for_path (path);

      /* A folder that cannot be watched is only not watched. */
      monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (monitor == NULL)
        return;
      g_signal_connect (monitor, "changed",
                        in_git_dir ? G_CALLBACK (on_git_dir_changed) : G_CALLBACK (on_folder_changed),
                        watch);
      g_hash_table_insert (watch->monitors, g_strdup (path), monitor);
    }

  if (monitor != NULL)
    g_hash_table_add (kept, g_strdup (path));
}

LadderWorkspaceWatch *
ladder_workspace_watch_new (GFile              *root,
                            LadderWatchChanged  changed,
                            gpointer            user_data)
{
  LadderWorkspaceWatch *watch = g_new0 (LadderWorkspaceWatch, 1);

  watch->root = g_object_ref (root);
  watch->changed = changed;
  watch->user_data = user_data;
  watch->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return watch;
}

static void
stop_monitor (LadderWorkspaceWatch *watch,
              GFileMonitor         *monitor)
{
  g_signal_handlers_disconnect_by_data (monitor, watch);
  g_file_monitor_cancel (monitor);
  g_object_unref (monitor);
}

/**
 * ladder_workspace_watch_update:
 * @watch: a watch
 * @entries: the workspace's entries (LadderWorkspaceEntry)
 * @git_dir: (nullable): git's own folder of the checkout
 *
 * Watches the folders of @entries and @git_dir, and no others.
 */
void
ladder_workspace_watch_update (LadderWorkspaceWatch *watch,
                               GListModel           *entries,
                               const char           *git_dir)
{
  g_autoptr (GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *root_path = g_file_get_path (watch->root);
  GHashTableIter iter;
  gpointer key, value;

  if (root_path == NULL)
    return;

  watch_folder (watch, kept, root_path, FALSE);
  if (git_dir != NULL)
    {
      g_autofree char *logs = g_build_filename (git_dir, "logs", NULL);

      /* logs/HEAD grows with every commit, checkout and reset. */
      watch_folder (watch, kept, git_dir, TRUE);
      watch_folder (watch, kept, logs, TRUE);
    }

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (LadderWorkspaceEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr (GFile) folder = NULL;
      g_autoptr (GFile) parent = NULL;
      g_autofree char *folder_path = NULL;
      g_autofree char *parent_path = NULL;

      folder = ladder_workspace_entry_get_is_folder (entry)
               ? g_object_ref (ladder_workspace_entry_get_file (entry))
               : g_file_get_parent (ladder_workspace_entry_get_file (entry));
      parent = folder != NULL ? g_file_get_parent (folder) : NULL;
      folder_path = folder != NULL ? g_file_get_path (folder) : NULL;
      parent_path = parent != NULL ? g_file_get_path (parent) : NULL;

      if (folder_path != NULL && g_str_has_prefix (folder_path, root_path))
        watch_folder (watch, kept, folder_path, FALSE);
      if (parent_path != NULL && g_str_has_prefix (parent_path, root_path))
        watch_folder (watch, kept, parent_path, FALSE);
    }

  /* Folders that hold no family any more. */
  g_hash_table_iter_init (&iter, watch->monitors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (kept, key))
      {
        g_hash_table_iter_steal (&iter);
        stop_monitor (watch, value);
        g_free (key);
      }

  g_free (watch->git_dir);
  watch->git_dir = g_strdup (git_dir);
}

void
ladder_workspace_watch_free (LadderWorkspaceWatch *watch)
{
  GHashTableIter iter;
  gpointer key, value;

  if (watch == NULL)
    return;

  g_clear_handle_id (&watch->settle_id, g_source_remove);
  g_hash_table_iter_init (&iter, watch->monitors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_hash_table_iter_steal (&iter);
      stop_monitor (watch, value);
      g_free (key);
    }
  g_hash_table_unref (watch->monitors);
  g_object_unref (watch->root);
  g_free (watch->git_dir);
  g_free (watch);
}
