/* ladder-workspace-cache.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The index of a workspace, kept between runs in
 * $XDG_CACHE_HOME/ladder/workspaces/, one file per workspace named by a
 * checksum of the workspace's canonical path. The file is one GVariant:
 *
 *   (s  "ladder-workspace-index"
 *    u  version
 *    s  the workspace's canonical path
 *    s  the stamp of the handbook checks the counts were made under
 *    a  records, LADDER_RECORD_TYPE
 *    the git states, LADDER_GIT_SECTION_TYPE, ladder-workspace-git.c)
 *
 * It is mapped, not parsed: the records are used where they lie. GVariant
 * reads any bytes safely (data that is not well-formed reads as empty
 * values), the list of records is read from its framing offsets with every
 * offset checked (array_length()), and each record is checked before it is
 * used
 * (ladder-workspace-record.c), so a damaged or truncated cache fails the
 * header check, or loses the records it damaged, and is rebuilt.
 */

#include "ladder-workspace-private.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "ladder-file.h"

#define CACHE_MAGIC "ladder-workspace-index"
/* Raised whenever a record would be made otherwise from the same page: a
 * change of its format, or of what the importer finds in a page (7: a
 * level that gives only its grade is a role, so a count of roles changed;
 * 8: only beside another such level; 9: an "Extends" line of either list;
 * 10: a role's text is searched too). */
#define CACHE_VERSION 10
#define CACHE_TYPE                                                                                 \
  "(suss"                                                                                          \
  "a" LADDER_RECORD_TYPE LADDER_GIT_SECTION_TYPE ")"

char *
ladder_workspace_cache_path (const char *root_path)
{
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, root_path, -1);
  g_autofree char *name = g_strconcat (digest, ".index", NULL);

  return g_build_filename (g_get_user_cache_dir (), "ladder", "workspaces", name, NULL);
}

static GVariant *
map_cache (const char *cache_path, const char *root_path)
{
  g_autoptr (GMappedFile) mapped = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GVariant) cache = NULL;
  const char *magic = NULL;
  const char *root = NULL;
  guint32     version = 0;

  mapped = g_mapped_file_new (cache_path, FALSE, NULL);
  if (mapped == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (mapped);
  cache = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE_TYPE), bytes, FALSE));

  g_variant_get_child (cache, 0, "&s", &magic);
  g_variant_get_child (cache, 1, "u", &version);
  g_variant_get_child (cache, 2, "&s", &root);
  if (g_strcmp0 (magic, CACHE_MAGIC) != 0 || version != CACHE_VERSION
      || g_strcmp0 (root, root_path) != 0)
    return NULL;

  return g_steal_pointer (&cache);
}

/* The cached git states (ladder-workspace-git.c), or %NULL. They do not
 * depend on the checks, and are wanted before the folder is walked. */
GVariant *
ladder_workspace_cache_load_git (const char *cache_path, const char *root_path)
{
  g_autoptr (GVariant) cache = map_cache (cache_path, root_path);
  g_autoptr (GVariant) section = cache != NULL ? g_variant_get_child_value (cache, 5) : NULL;
  gboolean valid = FALSE;

  /* A section that says it holds nothing is none. */
  if (section != NULL)
    g_variant_get_child (section, 0, "b", &valid);
  return valid ? g_steal_pointer (&section) : NULL;
}

/* The width of the offsets that frame the elements of a GVariant array of
 * @size bytes whose elements vary in size. */
static gsize
offset_width (gsize size)
{
  if (size > G_MAXUINT32)
    return 8;
  if (size > G_MAXUINT16)
    return 4;
  if (size > G_MAXUINT8)
    return 2;
  return size > 0 ? 1 : 0;
}

static gsize
read_offset (const guint8 *at, gsize width)
{
  guint64 value = 0;

  /* Little-endian. */
  for (gsize i = width; i > 0; i--)
    value = (value << 8) | at[i - 1];
  return (gsize) value;
}

/* How many elements a serialized GVariant array of byte strings (`aay`)
 * holds, the width of its offsets in @offset_size and where their table
 * starts in @table: the elements lie one after the other, then the offset
 * of each one's end. (GLib 2.74 looks at every offset before the element
 * asked for at each g_variant_get_child_value() of data it does not
 * trust, which made reading a cache of n records take time in n squared:
 * 16 ms for 6,330 records, 1.2 s for 63,300.) */
/* A record is a byte string: its elements need no alignment. */
G_STATIC_ASSERT (sizeof (LADDER_RECORD_TYPE) == sizeof ("ay"));

static gsize
array_length (const guint8 *data, gsize size, gsize *offset_size, gsize *table)
{
  gsize width = offset_width (size);
  gsize last_end;

  *offset_size = width;
  *table = 0;
  if (width == 0 || size < width)
    return 0;

  last_end = read_offset (data + size - width, width);
  if (last_end > size || (size - last_end) % width != 0)
    return 0;

  *table = last_end;
  return (size - last_end) / width;
}

/* The cached records by path, and in @stamp the stamp of the checks they
 * were made under (for the caller to compare: the records are read while
 * the folder is walked, before its stamp is known); an empty table and a
 * %NULL @stamp when there is no usable cache. */
GHashTable *
ladder_workspace_cache_load (const char *cache_path, const char *root_path, char **stamp)
{
  GHashTable *records = g_hash_table_new_full (ladder_workspace_path_hash, g_str_equal, NULL,
                                               (GDestroyNotify) g_variant_unref);
  g_autoptr (GVariant) cache = map_cache (cache_path, root_path);
  g_autoptr (GVariant) list = NULL;
  g_autoptr (GBytes) list_bytes = NULL;
  const char   *cached_stamp = NULL;
  const guint8 *list_data;
  gsize         list_size, n_records, offset_size, table;
  gsize         start = 0;

  *stamp = NULL;
  if (cache == NULL)
    return records;

  g_variant_get_child (cache, 3, "&s", &cached_stamp);
  *stamp = g_strdup (cached_stamp);

  list = g_variant_get_child_value (cache, 4);
  list_bytes = g_variant_get_data_as_bytes (list);
  list_data = g_bytes_get_data (list_bytes, &list_size);
  n_records = array_length (list_data, list_size, &offset_size, &table);
  for (gsize i = 0; i < n_records; i++)
    {
      gsize end = read_offset (list_data + table + i * offset_size, offset_size);
      g_autoptr (GBytes) record_bytes = NULL;
      GVariant   *record;
      const char *path;

      /* Each element starts where the one before it ends; one that ends
       * before it starts, or past the elements, is damaged. */
      if (end < start || end > table)
        {
          start = end;
          continue;
        }
      record_bytes = g_bytes_new_from_bytes (list_bytes, start, end - start);
      record = g_variant_ref_sink (
          g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, record_bytes, FALSE));
      start = end;
      path = ladder_record_get_path (record);

      /* A damaged record is no record. */
      if (path == NULL || g_hash_table_contains (records, path))
        {
          g_variant_unref (record);
          continue;
        }

      g_hash_table_insert (records, (gpointer) path, record);
    }

  return records;
}

gboolean
ladder_workspace_cache_save (const char *cache_path,
                             const char *root_path,
                             const char *stamp,
                             GPtrArray  *records,
                             GVariant   *git,
                             GError    **error)
{
  g_autoptr (GVariant) cache = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *folder = g_path_get_dirname (cache_path);
  GVariant        *list;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", folder,
                   g_strerror (saved_errno));
      return FALSE;
    }

  list = g_variant_new_array (G_VARIANT_TYPE (LADDER_RECORD_TYPE),
                              (GVariant *const *) records->pdata, records->len);
  cache = g_variant_ref_sink (
      g_variant_new ("(suss@a" LADDER_RECORD_TYPE "@" LADDER_GIT_SECTION_TYPE ")", CACHE_MAGIC,
                     (guint32) CACHE_VERSION, root_path, stamp, list, git));
  bytes = g_variant_get_data_as_bytes (cache);

  /* Renamed into place: a reader maps either the old file or the new one. */
  return ladder_file_write_atomic (cache_path, bytes, FALSE, error);
}
