/* ladder-workspace-settings.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a person chose for one workspace (the wording of new pages), kept
 * in $XDG_CONFIG_HOME/ladder/workspaces.ini under the workspace's path:
 * a choice, unlike the index, is not to be lost with the cache. */

#include "ladder-workspace-private.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "ladder-file.h"

#define WORDING_KEY "template-wording"

/* Two workspaces saving at once must not lose each other's choice. */
G_LOCK_DEFINE_STATIC (settings);

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "ladder", "workspaces.ini", NULL);
}

LadderTemplateWording
ladder_workspace_settings_load_wording (const char *root_path)
{
  g_autoptr (GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *value = NULL;
  LadderTemplateWording wording = LADDER_TEMPLATE_JOB_LEVEL;

  G_LOCK (settings);
  if (g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
    value = g_key_file_get_string (keys, root_path, WORDING_KEY, NULL);
  G_UNLOCK (settings);

  if (value != NULL && !ladder_template_wording_from_string (value, &wording))
    wording = LADDER_TEMPLATE_JOB_LEVEL;

  return wording;
}

gboolean
ladder_workspace_settings_save_wording (const char             *root_path,
                                        LadderTemplateWording   wording,
                                        GError                **error)
{
  g_autoptr (GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  gboolean saved;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", folder,
                   g_strerror (saved_errno));
      return FALSE;
    }

  G_LOCK (settings);
  g_key_file_load_from_file (keys, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  g_key_file_set_string (keys, root_path, WORDING_KEY, ladder_template_wording_to_string (wording));
  data = g_key_file_to_data (keys, &length, NULL);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  saved = ladder_file_write_atomic (path, bytes, TRUE, error);
  G_UNLOCK (settings);

  return saved;
}

typedef struct
{
  char                  *root_path;
  LadderTemplateWording  wording;
} SaveWording;

static void
save_wording_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SaveWording *data = task_data;
  g_autoptr (GError) error = NULL;

  if (!ladder_workspace_settings_save_wording (data->root_path, data->wording, &error))
    g_warning ("The choice of wording could not be saved: %s", error->message);
  g_task_return_boolean (task, TRUE);
}

static void
save_wording_free (SaveWording *data)
{
  g_free (data->root_path);
  g_free (data);
}

/* Saves the choice in a worker thread; a failure is only logged (the
 * choice holds for this session). */
void
ladder_workspace_settings_save_wording_async (const char            *root_path,
                                              LadderTemplateWording  wording)
{
  g_autoptr (GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  SaveWording *data = g_new0 (SaveWording, 1);

  data->root_path = g_strdup (root_path);
  data->wording = wording;
  g_task_set_task_data (task, data, (GDestroyNotify) save_wording_free);
  g_task_run_in_thread (task, save_wording_thread);
}
