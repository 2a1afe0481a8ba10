/* ladder-export-memory.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-export-memory.h"

#include <errno.h>
#include <glib/gstdio.h>

/*
 * Which page each Ladder file was last exported to, kept for the person
 * (in the user's state folder, beside the drafts), not in the Ladder
 * file: exporting does not change the file, and a file shared with others
 * does not carry one person's paths. With the page goes the hash of its
 * contents as Ladder last wrote or read them, so that a page another
 * program changed since is not written over unasked.
 *
 * One key file, a group per Ladder file (named by the hash of its URI: a
 * URI may hold what a group name may not), read and written whole under a
 * lock: documents load and save in worker threads. The least recently
 * used entries go beyond MAX_ENTRIES.
 */

#define MAX_ENTRIES 256
#define KEY_FILE "File"
#define KEY_PAGE "Page"
#define KEY_HASH "Hash"
#define KEY_USED "Used"

static GMutex memory_lock;

char *
ladder_export_memory_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "ladder", "exported-pages.ini", NULL);
}

static char *
group_of (GFile *ladder_file)
{
  g_autofree char *uri = g_file_get_uri (ladder_file);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
}

/* The memory as on disk; empty when there is none (or it is unreadable:
 * a memory lost costs a question, never a file). */
static GKeyFile *
read_memory (void)
{
  g_autofree char *path = ladder_export_memory_path ();
  GKeyFile        *memory = g_key_file_new ();

  g_key_file_load_from_file (memory, path, G_KEY_FILE_NONE, NULL);
  return memory;
}

static void
drop_least_used (GKeyFile *memory)
{
  g_auto (GStrv) groups = g_key_file_get_groups (memory, NULL);
  guint n = g_strv_length (groups);

  while (n > MAX_ENTRIES)
    {
      const char *oldest = NULL;
      gint64      oldest_used = G_MAXINT64;

      for (guint i = 0; groups[i] != NULL; i++)
        {
          gint64 used;

          if (!g_key_file_has_group (memory, groups[i]))
            continue;
          used = g_key_file_get_int64 (memory, groups[i], KEY_USED, NULL);
          if (used < oldest_used)
            {
              oldest = groups[i];
              oldest_used = used;
            }
        }

      g_key_file_remove_group (memory, oldest, NULL);
      n--;
    }
}

static void
write_memory (GKeyFile *memory)
{
  g_autofree char *path = ladder_export_memory_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  drop_least_used (memory);
  data = g_key_file_to_data (memory, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0
      || !g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                    0600, &error))
    g_debug ("Could not remember exported pages in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

/**
 * ladder_export_memory_recall:
 * @ladder_file: a Ladder file
 * @page_hash: (out) (optional): the hash of the page's contents as Ladder
 *   last wrote or read them
 *
 * Returns: (transfer full) (nullable): the page @ladder_file was last
 *   exported to, if it was
 */
GFile *
ladder_export_memory_recall (GFile *ladder_file, char **page_hash)
{
  g_autoptr (GKeyFile) memory = NULL;
  g_autofree char *group = NULL;
  g_autofree char *page = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (G_IS_FILE (ladder_file), NULL);

  group = group_of (ladder_file);
  g_mutex_lock (&memory_lock);
  memory = read_memory ();
  g_mutex_unlock (&memory_lock);

  page = g_key_file_get_string (memory, group, KEY_PAGE, NULL);
  hash = g_key_file_get_string (memory, group, KEY_HASH, NULL);
  if (page == NULL || hash == NULL)
    return NULL;

  if (page_hash != NULL)
    *page_hash = g_steal_pointer (&hash);
  return g_file_new_for_uri (page);
}

/**
 * ladder_export_memory_remember:
 * @ladder_file: a Ladder file
 * @page: the page it was exported to
 * @page_hash: the hash of the page's contents as written (or read)
 *
 * Remembers @page as the page @ladder_file was last exported to. Failing
 * to remember is not an error: the person is asked where to export next
 * time.
 */
void
ladder_export_memory_remember (GFile *ladder_file, GFile *page, const char *page_hash)
{
  g_autoptr (GKeyFile) memory = NULL;
  g_autofree char *group = NULL;
  g_autofree char *file_uri = NULL;
  g_autofree char *page_uri = NULL;

  g_return_if_fail (G_IS_FILE (ladder_file));
  g_return_if_fail (G_IS_FILE (page));
  g_return_if_fail (page_hash != NULL);

  group = group_of (ladder_file);
  file_uri = g_file_get_uri (ladder_file);
  page_uri = g_file_get_uri (page);

  g_mutex_lock (&memory_lock);
  memory = read_memory ();
  g_key_file_set_string (memory, group, KEY_FILE, file_uri);
  g_key_file_set_string (memory, group, KEY_PAGE, page_uri);
  g_key_file_set_string (memory, group, KEY_HASH, page_hash);
  g_key_file_set_int64 (memory, group, KEY_USED, g_get_real_time ());
  write_memory (memory);
  g_mutex_unlock (&memory_lock);
}
