/* ladder-drafts.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-drafts.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-json.h"

#define INFO_SUFFIX ".draft"
#define GROUP "Draft"

char *
ladder_drafts_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "ladder", "drafts", NULL);
}

char *
ladder_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *dir = ladder_drafts_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

void
ladder_draft_free (LadderDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->id);
  g_free (draft->family_path);
  g_free (draft->info_path);
  g_clear_object (&draft->file);
  g_clear_object (&draft->export_file);
  g_free (draft->title);
  g_free (draft);
}

/* The key file that says which document a draft belongs to. */
GBytes *
ladder_draft_info_bytes (GFile      *file,
                         GFile      *export_file,
                         const char *title)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  gsize length;
  char *data;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (info, GROUP, "File", uri);
    }

  if (export_file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (export_file);

      g_key_file_set_string (info, GROUP, "ExportFile", uri);
    }

  g_key_file_set_string (info, GROUP, "Title", title != NULL ? title : "");
  data = g_key_file_to_data (info, &length, NULL);

  return g_bytes_new_take (data, length);
}

LadderDraft *
ladder_draft_for_id (const char *id)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (LadderDraft) draft = g_new0 (LadderDraft, 1);
  g_autofree char *file = NULL;
  g_autofree char *export_file = NULL;
  GStatBuf buffer;

  draft->id = g_strdup (id);
  draft->family_path = draft_path (id, LADDER_FILE_SUFFIX);
  draft->info_path = draft_path (id, INFO_SUFFIX);

  if (!g_key_file_load_from_file (info, draft->info_path, G_KEY_FILE_NONE, NULL)
      || g_stat (draft->family_path, &buffer) != 0)
    return NULL;

  file = g_key_file_get_string (info, GROUP, "File", NULL);
  export_file = g_key_file_get_string (info, GROUP, "ExportFile", NULL);
  draft->title = g_key_file_get_string (info, GROUP, "Title", NULL);
  draft->file = file != NULL ? g_file_new_for_uri (file) : NULL;
  draft->export_file = export_file != NULL ? g_file_new_for_uri (export_file) : NULL;
  draft->modified = (gint64) buffer.st_mtime;

  return g_steal_pointer (&draft);
}

/* The drafts left behind, oldest first. */
GPtrArray *
ladder_drafts_list (void)
{
  g_autofree char *path = ladder_drafts_dir ();
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_draft_free);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      LadderDraft *draft;

      if (!g_str_has_suffix (name, INFO_SUFFIX))
        continue;

      id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
      draft = ladder_draft_for_id (id);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
    }

  return drafts;
}

void
ladder_drafts_remove (const char *id)
{
  g_autofree char *family = draft_path (id, LADDER_FILE_SUFFIX);
  g_autofree char *info = draft_path (id, INFO_SUFFIX);

  g_unlink (info);
  g_unlink (family);
}
