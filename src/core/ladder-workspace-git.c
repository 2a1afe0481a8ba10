/* ladder-workspace-git.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The git states of an index, kept in its cache with a stamp of what they
 * depend on, so that a workspace whose checkout did not change is indexed
 * without starting libgit2 (whose set-up costs a new process more than the
 * whole warm index).
 *
 * The stamp is a checksum of the identity, size and times of: git's own
 * files that say what the states are measured against (HEAD, the index,
 * the current branch's ref, packed-refs, the configuration, info/exclude,
 * and the user's and system's configuration and ignore files); every
 * `.gitignore` from the workspace's folders up to the checkout's top; and
 * every `.git` from the workspace up to the checkout (up to `/` when there
 * is no checkout, so that one made later is noticed). The states are kept
 * with the time and size of each file they were measured on; a file that
 * is new, gone or changed, or a different stamp, makes the next run ask git.
 *
 * A state is not kept when a file it depends on was changed about when git
 * was asked (less than a second before it started, or after): git may have
 * seen either version.
 */

#include "ladder-workspace-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ladder-git-private.h"

#define RACY_MARGIN_NS G_GINT64_CONSTANT (1000000000)

typedef struct
{
  GChecksum *checksum;
  gint64     racy_after;
  gboolean   racy;
} Stamp;

static void
stamp_file (Stamp *stamp, const char *path, gboolean identity_only)
{
  struct stat info;
  char        line[160];

  g_checksum_update (stamp->checksum, (const guchar *) path, -1);
  if (stat (path, &info) != 0)
    {
      g_checksum_update (stamp->checksum, (const guchar *) "\t-\n", -1);
      return;
    }

  /* A `.git` folder changes with every git command; only its being there
   * matters. */
  if (identity_only && S_ISDIR (info.st_mode))
    {
      g_snprintf (line, sizeof line, "\td %ju %ju\n", (uintmax_t) info.st_dev,
                  (uintmax_t) info.st_ino);
    }
  else
    {
      gint64 mtime
          = (gint64) info.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + info.st_mtim.tv_nsec;

      if (mtime >= stamp->racy_after)
        stamp->racy = TRUE;
      g_snprintf (line, sizeof line, "\tf %ju %ju %jd %jd %ld %jd %ld\n", (uintmax_t) info.st_dev,
                  (uintmax_t) info.st_ino, (intmax_t) info.st_size, (intmax_t) info.st_mtim.tv_sec,
                  (long) info.st_mtim.tv_nsec, (intmax_t) info.st_ctim.tv_sec,
                  (long) info.st_ctim.tv_nsec);
    }
  g_checksum_update (stamp->checksum, (const guchar *) line, -1);
}

static void
stamp_in (Stamp *stamp, const char *folder, const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  stamp_file (stamp, path, FALSE);
}

static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* @racy is set when a file of the stamp changed at or after @racy_after
 * (nanoseconds since the epoch). */
static char *
make_stamp (const char *root_path,
            const char *workdir,
            const char *git_dir,
            const char *common_dir,
            const char *branch,
            LadderWalk *walk,
            gint64      racy_after,
            gboolean   *racy)
{
  g_autoptr (GHashTable) folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gpointer *sorted = NULL;
  guint                n_sorted = 0;
  g_autofree char     *folder = g_strdup (root_path);
  gboolean             has_repository = *workdir != '\0';
  Stamp                stamp = { g_checksum_new (G_CHECKSUM_SHA256), racy_after, FALSE };
  char                *result;

  for (;;)
    {
      g_autofree char *git = g_build_filename (folder, ".git", NULL);
      char            *parent;

      stamp_file (&stamp, git, TRUE);
      if (has_repository)
        stamp_in (&stamp, folder, ".gitignore");
      if (g_strcmp0 (folder, workdir) == 0 || strcmp (folder, "/") == 0)
        break;
      parent = g_path_get_dirname (folder);
      g_free (folder);
      folder = parent;
    }

  if (has_repository)
    {
      const char *config = g_get_user_config_dir ();

      stamp_in (&stamp, git_dir, "HEAD");
      stamp_in (&stamp, git_dir, "index");
      stamp_in (&stamp, git_dir, "config.worktree");
      stamp_in (&stamp, common_dir, "packed-refs");
      stamp_in (&stamp, common_dir, "config");
      stamp_in (&stamp, common_dir, "info/exclude");
      if (*branch != '\0')
        {
          g_autofree char *ref = g_strconcat ("refs/heads/", branch, NULL);

          stamp_in (&stamp, common_dir, ref);
        }
      stamp_in (&stamp, g_get_home_dir (), ".gitconfig");
      stamp_in (&stamp, config, "git/config");
      stamp_in (&stamp, config, "git/ignore");
      stamp_file (&stamp, "/etc/gitconfig", FALSE);

      /* The `.gitignore` of every folder that holds files of the index,
       * and of the folders between them and the workspace. */
      for (guint f = 0; f < walk->folders->len; f++)
        {
          LadderWalkFolder *walked = g_ptr_array_index (walk->folders, f);
          g_autofree char  *path = g_strdup (walked->path);

          while (*path != '\0' && !g_hash_table_contains (folders, path))
            {
              char *slash = strrchr (path, '/');

              g_hash_table_add (folders, g_strdup (path));
              if (slash == NULL)
                break;
              *slash = '\0';
            }
        }

      sorted = g_hash_table_get_keys_as_array (folders, &n_sorted);
      qsort (sorted, n_sorted, sizeof *sorted, compare_strings);
      for (guint i = 0; i < n_sorted; i++)
        {
          g_autofree char *path = g_build_filename (root_path, sorted[i], ".gitignore", NULL);

          stamp_file (&stamp, path, FALSE);
        }
    }

  result = g_strdup (g_checksum_get_string (stamp.checksum));
  g_checksum_free (stamp.checksum);
  if (racy != NULL)
    *racy = stamp.racy;
  return result;
}

/**
 * ladder_index_git_section:
 * @git: (nullable): the checkout, %NULL when there is none
 * @states: (nullable): the states of the files of @walk by path
 * @started: when git was asked, in microseconds since the epoch
 *
 * Returns: (transfer full): the git states to cache, or a section that
 *   says there are none when they cannot be trusted
 */
GVariant *
ladder_index_git_section (const char *root_path,
                          LadderGit  *git,
                          GHashTable *states,
                          LadderWalk *walk,
                          gint64      started)
{
  g_autoptr (GString) paths = g_string_new (NULL);
  g_autoptr (GArray) mtimes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) sizes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GByteArray) file_states = g_byte_array_new ();
  g_autofree char *git_dir = git != NULL ? ladder_git_dup_git_dir (git) : NULL;
  g_autofree char *common_dir = git != NULL ? ladder_git_dup_common_dir (git) : NULL;
  g_autofree char *branch = git != NULL ? ladder_git_dup_branch (git) : NULL;
  g_autofree char *stamp = NULL;
  const char      *workdir = git != NULL ? ladder_git_get_workdir_path (git) : "";
  gint64           racy_after = started * 1000 - RACY_MARGIN_NS;
  gboolean         racy = FALSE;

  if (git != NULL && (git_dir == NULL || common_dir == NULL || states == NULL))
    racy = TRUE;

  for (guint f = 0; f < walk->folders->len && !racy; f++)
    {
      LadderWalkFolder *folder = g_ptr_array_index (walk->folders, f);

      for (guint i = 0; i < folder->files->len && !racy; i++)
        {
          LadderWalkFile  *file = g_ptr_array_index (folder->files, i);
          g_autofree char *path = ladder_walk_path (folder->path, file->name);
          guint8           state = states != NULL
                                       ? (guint8) GPOINTER_TO_INT (g_hash_table_lookup (states, path))
                                       : LADDER_GIT_STATE_UNKNOWN;

          if (file->mtime >= racy_after)
            racy = TRUE;
          g_string_append_len (paths, path, (gssize) strlen (path) + 1);
          g_array_append_val (mtimes, file->mtime);
          g_array_append_val (sizes, file->size);
          g_byte_array_append (file_states, &state, 1);
        }
    }

  /* The cache keeps the states of the files the walk finds: with pages
   * deleted (in @states, not in the walk), git is asked again next time
   * rather than forget them. */
  if (states != NULL && g_hash_table_size (states) != file_states->len)
    racy = TRUE;

  if (!racy)
    stamp = make_stamp (root_path, workdir, git_dir ?: "", common_dir ?: "", branch ?: "", walk,
                        racy_after, &racy);

  if (racy)
    return ladder_index_git_section_unknown ();

  return g_variant_ref_sink (g_variant_new (
      "(bbsssss@ay@ax@ax@ay)", TRUE, git != NULL, workdir, git_dir ?: "", common_dir ?: "",
      branch ?: "", stamp,
      g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, paths->str, paths->len, 1),
      g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, mtimes->data, mtimes->len, sizeof (gint64)),
      g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, sizes->data, sizes->len, sizeof (gint64)),
      g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, file_states->data, file_states->len, 1)));
}

/**
 * ladder_index_git_section_unknown:
 *
 * Returns: (transfer full): a section that says there are no states to
 *   keep, for when git could not be asked
 */
GVariant *
ladder_index_git_section_unknown (void)
{
  return g_variant_ref_sink (g_variant_new ("(bbsssss@ay@ax@ax@ay)", FALSE, FALSE, "", "", "", "",
                                            "", g_variant_new_array (G_VARIANT_TYPE_BYTE, NULL, 0),
                                            g_variant_new_array (G_VARIANT_TYPE_INT64, NULL, 0),
                                            g_variant_new_array (G_VARIANT_TYPE_INT64, NULL, 0),
                                            g_variant_new_array (G_VARIANT_TYPE_BYTE, NULL, 0)));
}

/**
 * ladder_index_git_cached:
 * @section: (nullable): the cached section
 * @states: (out) (transfer full) (nullable): the states by path, %NULL
 *   when there is no checkout
 * @branch: (out) (transfer full) (nullable): the current branch
 * @git_dir: (out) (transfer full) (nullable): git's own folder
 *
 * Returns: whether @section holds the states of the files of @walk as
 *   they are now, against the checkout as it is now
 */
gboolean
ladder_index_git_cached (GVariant    *section,
                         const char  *root_path,
                         LadderWalk  *walk,
                         GHashTable **states,
                         char       **branch,
                         char       **git_dir)
{
  g_autoptr (GVariant) paths_value = NULL;
  g_autoptr (GVariant) mtimes_value = NULL;
  g_autoptr (GVariant) sizes_value = NULL;
  g_autoptr (GVariant) states_value = NULL;
  g_autofree char *stamp = NULL;
  const char      *workdir, *dir, *common_dir, *current, *cached_stamp, *paths;
  const gint64    *mtimes, *sizes;
  const guint8    *file_states;
  gsize            n_path_bytes, n_paths = 0, n_mtimes, n_sizes, n_states;
  gsize            next = 0, at = 0;
  gboolean         valid, has_repository;

  if (section == NULL)
    return FALSE;

  g_variant_get (section, "(bb&s&s&s&s&s@ay@ax@ax@ay)", &valid, &has_repository, &workdir, &dir,
                 &common_dir, &current, &cached_stamp, &paths_value, &mtimes_value, &sizes_value,
                 &states_value);
  if (!valid)
    return FALSE;

  stamp = make_stamp (root_path, workdir, dir, common_dir, current, walk, G_MAXINT64, NULL);
  if (strcmp (stamp, cached_stamp) != 0)
    return FALSE;

  /* The paths, each ended by a NUL, in one array of bytes (an array of
   * strings costs GVariant a look at every offset before the one read),
   * in the order of the walk they were written from. */
  paths = g_variant_get_fixed_array (paths_value, &n_path_bytes, 1);
  if (n_path_bytes > 0 && paths[n_path_bytes - 1] != '\0')
    return FALSE;
  for (const char *end = paths; end < paths + n_path_bytes; n_paths++)
    end = (const char *) memchr (end, '\0', (gsize) (paths + n_path_bytes - end)) + 1;

  mtimes = g_variant_get_fixed_array (mtimes_value, &n_mtimes, sizeof (gint64));
  sizes = g_variant_get_fixed_array (sizes_value, &n_sizes, sizeof (gint64));
  file_states = g_variant_get_fixed_array (states_value, &n_states, 1);
  if (n_mtimes != n_paths || n_sizes != n_paths || n_states != n_paths)
    return FALSE;

  /* The same walk finds the same files in the same order: a file added,
   * gone, renamed or changed makes git be asked again. */
  *states = has_repository
                ? g_hash_table_new_full (ladder_workspace_path_hash, g_str_equal, g_free, NULL)
                : NULL;
  for (guint f = 0; f < walk->folders->len; f++)
    {
      LadderWalkFolder *folder = g_ptr_array_index (walk->folders, f);

      for (guint i = 0; i < folder->files->len; i++)
        {
          LadderWalkFile *file = g_ptr_array_index (folder->files, i);
          char           *file_path = ladder_walk_path (folder->path, file->name);
          const char     *cached_path = paths + at;

          if (next == n_paths || strcmp (cached_path, file_path) != 0 || mtimes[next] != file->mtime
              || sizes[next] != file->size)
            {
              g_free (file_path);
              g_clear_pointer (states, g_hash_table_unref);
              return FALSE;
            }

          if (*states != NULL)
            g_hash_table_insert (*states, file_path, GINT_TO_POINTER ((int) file_states[next]));
          else
            g_free (file_path);
          at += strlen (cached_path) + 1;
          next++;
        }
    }

  if (next != n_paths)
    {
      g_clear_pointer (states, g_hash_table_unref);
      return FALSE;
    }

  *branch = *current != '\0' ? g_strdup (current) : NULL;
  *git_dir = *dir != '\0' ? g_strdup (dir) : NULL;
  return TRUE;
}
