/* ladder-workspace-walk.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Finding the Markdown files of a workspace. A handbook checkout has tens
 * of thousands of files: this walks it with the plain POSIX calls (one
 * readdir per folder, one stat per Markdown file), as `git status` does.
 *
 * Symbolic links are followed, but no folder is walked twice: each one is
 * known by its device and inode. A link that leads back to a folder above
 * it is a loop and is reported; one that leads to a folder walked
 * elsewhere is left out. Nothing that is not a regular file is ever
 * opened as a page (a FIFO named *.md would block the reader).
 */

#include "ladder-workspace-private.h"

#include "ladder-lint-config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Deeper than any handbook; a bound on the open folders. */
#define MAX_DEPTH 48

typedef struct
{
  dev_t dev;
  ino_t ino;
} FolderId;

typedef struct
{
  LadderWalk   *walk;
  int           root_fd;
  GHashTable   *visited;
  GArray       *ancestors;
  /* Symbolic links to folders, walked after every real folder: a folder
   * is then listed where it really is, not where a link shows it. */
  GQueue        links;
  GCancellable *cancellable;
} Walker;

typedef struct
{
  char   *folder;
  char   *name;
  GArray *ancestors;
  guint   depth;
} Link;

static void
link_free (Link *link)
{
  g_free (link->folder);
  g_free (link->name);
  g_array_unref (link->ancestors);
  g_free (link);
}

static guint
folder_id_hash (gconstpointer key)
{
  const FolderId *id = key;

  return (guint) id->ino ^ (guint) (id->ino >> 32) ^ (guint) id->dev * 31u;
}

static gboolean
folder_id_equal (gconstpointer a,
                 gconstpointer b)
{
  const FolderId *first = a;
  const FolderId *second = b;

  return first->dev == second->dev && first->ino == second->ino;
}

/* A file and its name are one allocation. */
static void
walk_file_free (LadderWalkFile *file)
{
  g_free (file);
}

static void
walk_folder_free (LadderWalkFolder *folder)
{
  g_free (folder->path);
  g_ptr_array_unref (folder->files);
  g_free (folder);
}

static void
walk_problem_free (LadderWalkProblem *problem)
{
  g_free (problem->path);
  g_free (problem->problem);
  g_free (problem);
}

void
ladder_walk_free (LadderWalk *walk)
{
  if (walk == NULL)
    return;

  g_ptr_array_unref (walk->folders);
  g_ptr_array_unref (walk->problems);
  g_ptr_array_unref (walk->configs);
  g_free (walk);
}

static gboolean
is_markdown (const char *name)
{
  return g_str_has_suffix (name, ".md");
}

/* Folders that never hold handbook pages, and would cost time. */
static gboolean
skip_folder (const char *name)
{
  return name[0] == '.' || strcmp (name, "node_modules") == 0 || strcmp (name, "build") == 0;
}

/**
 * ladder_walk_path:
 * @folder: a folder's path relative to the workspace, "" for the workspace
 * @name: the name of a file in it
 *
 * Returns: (transfer full): the file's path relative to the workspace (made
 *   for every file of a run, in one allocation: g_strconcat() costs several
 *   times as much)
 */
char *
ladder_walk_path (const char *folder, const char *name)
{
  gsize folder_length = strlen (folder);
  gsize name_length = strlen (name);
  char *path = g_malloc (folder_length + 1 + name_length + 1);
  char *at = path;

  if (folder_length > 0)
    {
      memcpy (at, folder, folder_length);
      at += folder_length;
      *at++ = '/';
    }
  memcpy (at, name, name_length + 1);
  return path;
}

/* The same, in @buffer, for a path wanted only for a moment. */
const char *
ladder_walk_path_in (GString *buffer, const char *folder, const char *name)
{
  gsize folder_length = strlen (folder);
  gsize name_length = strlen (name);
  char *at;

  g_string_set_size (buffer, folder_length + 1 + name_length);
  at = buffer->str;
  if (folder_length > 0)
    {
      memcpy (at, folder, folder_length);
      at += folder_length;
      *at++ = '/';
    }
  memcpy (at, name, name_length + 1);
  buffer->len = (gsize) (at - buffer->str) + name_length;
  return buffer->str;
}

static void
add_problem (Walker     *walker,
             const char *folder,
             const char *name,
             const char *problem)
{
  LadderWalkProblem *entry = g_new0 (LadderWalkProblem, 1);

  entry->path = ladder_walk_path (folder, name);
  entry->problem = g_strdup (problem);
  g_ptr_array_add (walker->walk->problems, entry);
}

static void
add_errno_problem (Walker     *walker,
                   const char *folder,
                   const char *name,
                   int         saved_errno,
                   gboolean    is_folder)
{
  g_autofree char *problem = NULL;

  if (saved_errno == ELOOP)
    problem = g_strdup (_("Symbolic link loop"));
  else if (saved_errno == ENOENT)
    problem = g_strdup (_("Broken symbolic link: what it points to does not exist"));
  else if (is_folder)
    problem = g_strdup_printf (_("The folder could not be read: %s"), g_strerror (saved_errno));
  else
    problem = g_strdup_printf (_("The page could not be read: %s"), g_strerror (saved_errno));

  add_problem (walker, folder, name, problem);
}

static void
add_file (GPtrArray         *files,
          const char        *name,
          const struct stat *info)
{
  gsize           length = strlen (name);
  LadderWalkFile *file = g_malloc (sizeof (LadderWalkFile) + length + 1);

  file->name = memcpy ((char *) (file + 1), name, length + 1);
  file->mtime = (gint64) info->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000)
                + info->st_mtim.tv_nsec;
  file->size = (gint64) info->st_size;
  g_ptr_array_add (files, file);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(LadderWalkFile * const *) a)->name, (*(LadderWalkFile * const *) b)->name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
is_ancestor (Walker         *walker,
             const FolderId *id)
{
  for (guint i = 0; i < walker->ancestors->len; i++)
    if (folder_id_equal (&g_array_index (walker->ancestors, FolderId, i), id))
      return TRUE;

  return FALSE;
}

static void enter_folder (Walker     *walker,
                          int         parent_fd,
                          const char *path,
                          const char *name,
                          guint       depth);

/* Walks the folder open as @fd (which it closes), at @path. */
static void
walk_folder (Walker     *walker,
             int         fd,
             const char *path,
             guint       depth)
{
  g_autoptr (GPtrArray) subfolders = g_ptr_array_new_with_free_func (g_free);
  LadderWalkFolder *folder;
  struct dirent *entry;
  DIR *dir;

  dir = fdopendir (fd);
  if (dir == NULL)
    {
      close (fd);
      return;
    }

  folder = g_new0 (LadderWalkFolder, 1);
  folder->path = g_strdup (path);
  folder->files = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_file_free);

  while ((entry = readdir (dir)) != NULL)
    {
      const char *name = entry->d_name;
      gboolean markdown;
      gboolean is_link;
      struct stat info;

      if (strcmp (name, ".") == 0 || strcmp (name, "..") == 0)
        continue;

      /* The settings of the handbook checks: what the counts the index
       * keeps depend on. */
      if (strcmp (name, LADDER_LINT_CONFIG_NAME) == 0)
        {
          if (fstatat (fd, name, &info, 0) == 0 && S_ISREG (info.st_mode))
            {
              g_autofree char *config = ladder_walk_path (path, name);

              add_file (walker->walk->configs, config, &info);
            }
          continue;
        }

      markdown = is_markdown (name);

      if (entry->d_type == DT_DIR)
        {
          if (!skip_folder (name))
            g_ptr_array_add (subfolders, g_strdup (name));
          continue;
        }

      if (entry->d_type == DT_REG)
        {
          if (markdown && fstatat (fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0)
            add_file (folder->files, name, &info);
          continue;
        }

      is_link = entry->d_type == DT_LNK;
      if (entry->d_type == DT_UNKNOWN)
        {
          /* A file system that does not say what its entries are. */
          if (fstatat (fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
          is_link = S_ISLNK (info.st_mode);
          if (S_ISDIR (info.st_mode))
            {
              if (!skip_folder (name))
                g_ptr_array_add (subfolders, g_strdup (name));
              continue;
            }
        }
      else if (!is_link)
        {
          /* A FIFO, a socket or a device named like a page. */
          if (markdown)
            add_problem (walker, path, name, _("Not a regular file"));
          continue;
        }

      /* What a symbolic link points to. */
      if (is_link && fstatat (fd, name, &info, 0) != 0)
        {
          if (markdown)
            add_errno_problem (walker, path, name, errno, FALSE);
          continue;
        }

      if (S_ISDIR (info.st_mode))
        {
          if (!skip_folder (name))
            {
              Link *link = g_new0 (Link, 1);

              link->folder = g_strdup (path);
              link->name = g_strdup (name);
              link->ancestors = g_array_copy (walker->ancestors);
              link->depth = depth;
              g_queue_push_tail (&walker->links, link);
            }
        }
      else if (markdown && S_ISREG (info.st_mode))
        {
          add_file (folder->files, name, &info);
        }
      else if (markdown)
        {
          add_problem (walker, path, name, _("Not a regular file"));
        }
    }

  g_ptr_array_sort (folder->files, compare_files);
  g_ptr_array_add (walker->walk->folders, folder);

  /* Sorted, so that which of two links to one folder is walked does not
   * depend on the order the file system lists them in. */
  g_ptr_array_sort (subfolders, compare_names);

  for (guint i = 0; i < subfolders->len; i++)
    {
      if (g_cancellable_is_cancelled (walker->cancellable))
        break;

      enter_folder (walker, fd, path, g_ptr_array_index (subfolders, i), depth);
    }

  closedir (dir);
}

/* Walks the folder @name of the folder open as @parent_fd, at @path,
 * unless it was walked already or holds the folder it is in. */
static void
enter_folder (Walker     *walker,
              int         parent_fd,
              const char *path,
              const char *name,
              guint       depth)
{
  g_autofree char *inner = ladder_walk_path (path, name);
  FolderId id;
  struct stat info;
  int inner_fd;

  inner_fd = openat (parent_fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
  if (inner_fd < 0)
    {
      add_errno_problem (walker, path, name, errno, TRUE);
      return;
    }

  if (fstat (inner_fd, &info) != 0)
    {
      add_errno_problem (walker, path, name, errno, TRUE);
      close (inner_fd);
      return;
    }

  id.dev = info.st_dev;
  id.ino = info.st_ino;

  if (is_ancestor (walker, &id))
    {
      add_problem (walker, path, name,
                   _("Symbolic link loop: it leads back to a folder that holds it"));
      close (inner_fd);
      return;
    }
  if (g_hash_table_contains (walker->visited, &id))
    {
      /* Another way to a folder already walked. */
      close (inner_fd);
      return;
    }
  if (depth + 1 >= MAX_DEPTH)
    {
      add_problem (walker, path, name, _("Folders nested too deeply to be looked into"));
      close (inner_fd);
      return;
    }

  g_hash_table_add (walker->visited, g_memdup2 (&id, sizeof id));
  g_array_append_val (walker->ancestors, id);
  walk_folder (walker, inner_fd, inner, depth + 1);
  g_array_set_size (walker->ancestors, walker->ancestors->len - 1);
}

/**
 * ladder_workspace_walk:
 * @root_path: the workspace folder
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the Markdown files by folder, and
 *   the problems met; %NULL when @root_path cannot be walked at all
 */
LadderWalk *
ladder_workspace_walk (const char    *root_path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr (LadderWalk) walk = g_new0 (LadderWalk, 1);
  g_autoptr (GHashTable) visited = g_hash_table_new_full (folder_id_hash, folder_id_equal, g_free,
                                                          NULL);
  GArray *ancestors = g_array_new (FALSE, FALSE, sizeof (FolderId));
  Walker walker = { walk, -1, visited, ancestors, G_QUEUE_INIT, cancellable };
  struct stat info;
  FolderId id;
  int fd;

  walk->folders = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_folder_free);
  walk->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_problem_free);
  walk->configs = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_file_free);

  fd = open (root_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0 || fstat (fd, &info) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_array_unref (ancestors);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", root_path,
                   g_strerror (saved_errno));
      return NULL;
    }

  id.dev = info.st_dev;
  id.ino = info.st_ino;
  g_hash_table_add (visited, g_memdup2 (&id, sizeof id));
  g_array_append_val (ancestors, id);
  walker.root_fd = dup (fd);
  walk_folder (&walker, fd, "", 0);

  while (!g_queue_is_empty (&walker.links))
    {
      Link *link = g_queue_pop_head (&walker.links);
      int parent_fd = *link->folder != '\0'
                      ? openat (walker.root_fd, link->folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                      : dup (walker.root_fd);

      if (parent_fd >= 0 && !g_cancellable_is_cancelled (cancellable))
        {
          g_array_unref (walker.ancestors);
          walker.ancestors = g_array_ref (link->ancestors);
          enter_folder (&walker, parent_fd, link->folder, link->name, link->depth);
        }
      if (parent_fd >= 0)
        close (parent_fd);
      link_free (link);
    }
  g_queue_clear_full (&walker.links, (GDestroyNotify) link_free);
  g_array_unref (walker.ancestors);
  close (walker.root_fd);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&walk);
}

/* A hash for the tables of a workspace's paths, eight bytes at a time: the
 * paths are long and share their beginnings, and g_str_hash(), a byte at
 * a time, was the largest single cost of reopening a workspace. */
guint
ladder_workspace_path_hash (gconstpointer path)
{
  const char *p = path;
  gsize       length = strlen (p);
  guint64     hash = length * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  for (; length >= 8; p += 8, length -= 8)
    {
      guint64 word;

      memcpy (&word, p, 8);
      hash = (hash ^ word) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
      hash ^= hash >> 32;
    }

  if (length > 0)
    {
      guint64 word = 0;

      memcpy (&word, p, length);
      hash = (hash ^ word) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
    }

  hash ^= hash >> 29;
  return (guint) hash;
}
