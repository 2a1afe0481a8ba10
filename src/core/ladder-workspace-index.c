/* ladder-workspace-index.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * One indexing run of a workspace, in a worker thread:
 *
 * 1. walk the folder (ladder-workspace-walk.c);
 * 2. hand over at once every page the cache has with the same modification
 *    time and size, and the problems the walk met;
 * 3. ask git for the state of the files (ladder-git.c), unless the cache
 *    has them for the files and the checkout as they are
 *    (ladder-workspace-git.c);
 * 4. read the pages that are new or changed, on every core
 *    (ladder-workspace-readers.c), checking each
 *    (ladder-workspace-checks.c) and handing them over as they come, in
 *    the walk's order;
 * 5. save the cache.
 *
 * A page is a job family by its content, wherever it is: a quick look at
 * its headings first ("Job Grade", "Job Level", or both "Responsibilities"
 * and "Requirements"), then the importer, whose roles say whether it is
 * one. A folder holding `_index.md` and level pages (ladder-family-folder.h)
 * is one family.
 */

#include "ladder-workspace-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ladder-error.h"
#include "ladder-family-folder.h"
#include "ladder-file.h"
#include "ladder-markdown-import.h"
#include "ladder-workspace-search.h"

/* Pages read between two hand-overs while the index fills. */
#define BATCH_SIZE 24

typedef struct
{
  const char *root_path;
  int         root_fd;
  guint       generation;
  GHashTable *cache;
  /* What the next cache holds, by path. */
  GHashTable        *saved;
  LadderIndexBatch  *batch;
  LadderIndexDeliver deliver;
  gpointer           user_data;
  GCancellable      *cancellable;
  LadderIndexChecks *checks;
  guint              n_other;
  guint              n_read;
} Run;

void
ladder_index_batch_free (LadderIndexBatch *batch)
{
  if (batch == NULL)
    return;

  g_ptr_array_unref (batch->records);
  g_ptr_array_unref (batch->removed);
  g_clear_pointer (&batch->git_states, g_hash_table_unref);
  g_clear_pointer (&batch->department_titles, g_hash_table_unref);
  g_free (batch->branch);
  g_free (batch->git_dir);
  g_clear_error (&batch->error);
  g_free (batch);
}

static LadderIndexBatch *
batch_new (guint generation)
{
  LadderIndexBatch *batch = g_new0 (LadderIndexBatch, 1);

  batch->generation = generation;
  batch->records = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_record_info_free);
  batch->removed = g_ptr_array_new_with_free_func (g_free);
  return batch;
}

static void
deliver (Run *run)
{
  LadderIndexBatch *batch = g_steal_pointer (&run->batch);

  batch->n_other = run->n_other;
  batch->n_read = run->n_read;
  run->batch = batch_new (run->generation);
  run->deliver (batch, run->user_data);
}

static GBytes *
read_page (Run *run, const char *path, GError **error)
{
  run->n_read++;
  return ladder_index_read_page (run->root_fd, path, error);
}

/* @view: @record's view, or %NULL to look at it here. */
static void
keep_viewed (Run *run, GVariant *record, const LadderRecordView *view)
{
  LadderRecordView own_view;
  GVariant        *before;

  if (view == NULL)
    {
      if (!ladder_record_view (record, &own_view))
        return;
      view = &own_view;
    }

  before = g_hash_table_lookup (run->saved, view->path);
  if (before != NULL && ladder_record_get_kind (before) == LADDER_RECORD_OTHER)
    run->n_other--;

  if (view->kind != LADDER_RECORD_UNREADABLE)
    g_hash_table_replace (run->saved, (gpointer) view->path, g_variant_ref (record));

  if (view->kind == LADDER_RECORD_OTHER)
    {
      run->n_other++;
      /* A department's `_index.md` names the department. */
      if (*view->title != '\0' && *view->department != '\0')
        {
          if (run->batch->department_titles == NULL)
            run->batch->department_titles
                = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_hash_table_replace (run->batch->department_titles, g_strdup (view->department),
                                g_strdup (view->title));
        }
    }
  else
    {
      g_ptr_array_add (run->batch->records,
                       ladder_record_info_new_viewed (g_variant_ref (record), view));
    }
}

static void
keep (Run *run, GVariant *record)
{
  keep_viewed (run, record, NULL);
}

/* Takes back what was handed over for @path earlier in the run. */
static void
forget (Run *run, const char *path)
{
  GVariant *before = g_hash_table_lookup (run->saved, path);

  if (before == NULL)
    return;

  if (ladder_record_get_kind (before) == LADDER_RECORD_OTHER)
    run->n_other--;
  else
    g_ptr_array_add (run->batch->removed, g_strdup (path));
  g_hash_table_remove (run->saved, path);
}

/* A page read from its bytes (@bytes NULL: read it now). */
static void
index_page (Run *run, const char *path, const LadderWalkFile *file, GBytes *bytes)
{
  g_autoptr (GVariant) record = NULL;

  if (bytes == NULL)
    run->n_read++;
  record = ladder_index_page_record (run->root_fd, run->root_path, path, file, bytes, run->checks);
  keep (run, record);
}

static const LadderWalkFile *
find_file (LadderWalkFolder *folder, const char *name)
{
  for (guint i = 0; i < folder->files->len; i++)
    {
      LadderWalkFile *file = g_ptr_array_index (folder->files, i);

      if (strcmp (file->name, name) == 0)
        return file;
    }

  return NULL;
}

/* @view: (out) (optional): the record's view */
static GVariant *
fresh_record (Run *run, const char *path, const LadderWalkFile *file, LadderRecordView *view)
{
  GVariant        *record = g_hash_table_lookup (run->cache, path);
  LadderRecordView own_view;

  if (view == NULL)
    view = &own_view;

  if (record == NULL || !ladder_record_view (record, view)
      || (view->kind != LADDER_RECORD_PAGE && view->kind != LADDER_RECORD_OTHER)
      || view->mtime != file->mtime || view->size != file->size)
    return NULL;

  return record;
}

/* The cached record of a family folder, if none of its files changed and
 * none of its other pages became a level page. @members gets the names of
 * its files. */
static GVariant *
fresh_folder (Run *run, LadderWalkFolder *folder, GHashTable *members)
{
  GVariant        *record = g_hash_table_lookup (run->cache, folder->path);
  LadderRecordView view;

  if (record == NULL || !ladder_record_view (record, &view) || view.kind != LADDER_RECORD_FOLDER)
    return NULL;

  for (guint i = 0; i < view.n_files; i++)
    {
      const char           *path;
      gint64                mtime, size;
      const LadderWalkFile *file;
      g_autofree char      *name = NULL;

      if (!ladder_record_view_file (&view, i, &path, &mtime, &size))
        return NULL;
      name = g_path_get_basename (path);
      file = find_file (folder, name);
      if (file == NULL || file->mtime != mtime || file->size != size)
        return NULL;
      g_hash_table_add (members, g_steal_pointer (&name));
    }

  for (guint i = 0; i < folder->files->len; i++)
    {
      LadderWalkFile  *file = g_ptr_array_index (folder->files, i);
      g_autofree char *path = NULL;

      if (g_hash_table_contains (members, file->name))
        continue;
      path = g_strconcat (folder->path, "/", file->name, NULL);
      if (fresh_record (run, path, file, NULL) == NULL)
        return NULL;
    }

  return record;
}

static char *
file_path (LadderWalkFolder *folder, const char *name)
{
  return ladder_walk_path (folder->path, name);
}

/* A folder with `_index.md` whose pages changed: a family folder if some
 * of its pages are level pages, separate pages otherwise. */
static void
index_folder (Run *run, LadderWalkFolder *folder)
{
  g_autoptr (GHashTable) contents
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_bytes_unref);
  g_autoptr (GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);
  const LadderWalkFile *index = find_file (folder, LADDER_FAMILY_FOLDER_INDEX);

  for (guint i = 0; i < folder->files->len; i++)
    {
      LadderWalkFile  *file = g_ptr_array_index (folder->files, i);
      g_autofree char *path = file_path (folder, file->name);
      GBytes          *bytes = read_page (run, path, NULL);
      gsize            length;
      const char      *data;

      if (bytes == NULL)
        continue;
      g_hash_table_insert (contents, file->name, bytes);
      data = g_bytes_get_data (bytes, &length);
      if (data != NULL && strcmp (file->name, LADDER_FAMILY_FOLDER_INDEX) != 0
          && ladder_family_folder_is_level_page (data, length, NULL))
        g_hash_table_add (members, file->name);
    }

  if (g_hash_table_size (members) > 0)
    {
      g_autofree char *full = g_build_filename (run->root_path, folder->path, NULL);
      g_autoptr (GFile) dir = g_file_new_for_path (full);
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFamilyFolder) family
          = ladder_family_folder_read (dir, run->cancellable, &error);
      g_autoptr (GVariant) record = NULL;
      LadderRecordBuilder *builder = ladder_record_builder_new (folder->path, LADDER_RECORD_FOLDER,
                                                                index->mtime, index->size);

      g_hash_table_add (members, (gpointer) LADDER_FAMILY_FOLDER_INDEX);
      for (guint i = 0; i < folder->files->len; i++)
        {
          LadderWalkFile *file = g_ptr_array_index (folder->files, i);

          if (g_hash_table_contains (members, file->name))
            {
              g_autofree char *path = file_path (folder, file->name);

              /* Listed on its own from the cache before the folder was
               * found to be a family folder. */
              forget (run, path);
              ladder_record_builder_add_file (builder, path, file->mtime, file->size);
            }
        }

      if (family != NULL)
        {
          LadderFamily *read = ladder_family_folder_get_family (family);

          ladder_index_checks_run (run->checks, builder, folder->path, TRUE, read);
          record = ladder_index_family_record (builder, folder->path, run->root_path, read);
        }
      else
        record
            = ladder_index_problem_record (builder, folder->path, run->root_path, error->message);
      keep (run, record);
    }

  for (guint i = 0; i < folder->files->len; i++)
    {
      LadderWalkFile  *file = g_ptr_array_index (folder->files, i);
      g_autofree char *path = NULL;
      GBytes          *bytes;

      if (g_hash_table_contains (members, file->name))
        continue;

      path = file_path (folder, file->name);
      bytes = g_hash_table_lookup (contents, file->name);
      index_page (run, path, file, bytes);
    }
}

/* Git is asked in a thread of its own while the folder is walked: opening
 * a repository and comparing the working tree take as long as the walk.
 * When the cache has git states, it is asked only if they are out of date,
 * after the walk. */
typedef struct
{
  char         *root_path;
  GCancellable *cancellable;
  gint64        started;
  LadderGit    *git;
  GHashTable   *changes;
  char         *branch;
  char         *git_dir;
  /* The git module could not be loaded: whether this is a checkout is not
   * known. */
  gboolean unavailable;
} GitQuery;

static gpointer
git_thread (gpointer user_data)
{
  GitQuery *query = user_data;
  g_autoptr (GFile) root = g_file_new_for_path (query->root_path);
  g_autoptr (GError) error = NULL;

  query->started = g_get_real_time ();
  query->git = ladder_git_open (root, &error);
  query->unavailable = g_error_matches (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_UNAVAILABLE);
  if (query->git != NULL)
    {
      query->git_dir = ladder_git_dup_git_dir (query->git);
      query->branch = ladder_git_dup_branch (query->git);
      query->changes = ladder_git_get_changes (query->git, root, query->cancellable, NULL);
    }

  return query;
}

static void
git_query_free (GitQuery *query)
{
  g_free (query->root_path);
  g_clear_object (&query->git);
  g_clear_pointer (&query->changes, g_hash_table_unref);
  g_free (query->branch);
  g_free (query->git_dir);
  g_free (query);
}

static GHashTable *
git_states (GitQuery *query, LadderWalk *walk)
{
  g_autoptr (GFile) root = NULL;
  GHashTable *states;

  if (query->git == NULL)
    return NULL;

  root = g_file_new_for_path (query->root_path);
  states = g_hash_table_new_full (ladder_workspace_path_hash, g_str_equal, g_free, NULL);

  for (guint f = 0; f < walk->folders->len; f++)
    {
      LadderWalkFolder *folder = g_ptr_array_index (walk->folders, f);

      for (guint i = 0; i < folder->files->len; i++)
        {
          LadderWalkFile *file = g_ptr_array_index (folder->files, i);
          char           *path = file_path (folder, file->name);
          LadderGitState  state = query->changes != NULL
                                      ? ladder_git_state_for (query->git, query->changes, root, path)
                                      : LADDER_GIT_STATE_UNKNOWN;

          g_hash_table_insert (states, path, GINT_TO_POINTER (state));
        }
    }

  /* Pages git has and the folder no longer does (a level of a family
   * folder deleted and saved): the family has changed. */
  if (query->changes != NULL)
    {
      GHashTableIter iter;
      gpointer       path, state;

      g_hash_table_iter_init (&iter, query->changes);
      while (g_hash_table_iter_next (&iter, &path, &state))
        if (GPOINTER_TO_INT (state) == LADDER_GIT_STATE_DELETED && g_str_has_suffix (path, ".md")
            && !g_hash_table_contains (states, path))
          g_hash_table_insert (states, g_strdup (path), state);
    }

  return states;
}

/* The cache is read in a thread of its own while the folder is walked:
 * each takes about as long. */
typedef struct
{
  const char *cache_path;
  const char *root_path;
  GHashTable *records;
  char       *stamp;
} CacheLoad;

static gpointer
cache_thread (gpointer user_data)
{
  CacheLoad *load = user_data;

  load->records = ladder_workspace_cache_load (load->cache_path, load->root_path, &load->stamp);
  return load;
}

/**
 * ladder_workspace_index_run:
 * @root_path: the workspace folder, canonical
 * @cache_path: where its cache is
 * @generation: the run's number, put in each batch
 * @deliver: called with each batch, in order, from this thread
 * @user_data: for @deliver
 * @cancellable: (nullable): a #GCancellable
 *
 * Indexes the workspace. The last batch has `done` set, with an error when
 * the run failed or was cancelled.
 */
void
ladder_workspace_index_run (const char        *root_path,
                            const char        *cache_path,
                            guint              generation,
                            LadderIndexDeliver deliver_func,
                            gpointer           user_data,
                            GCancellable      *cancellable)
{
  g_autoptr (GHashTable) cache = NULL;
  g_autoptr (GHashTable) saved = g_hash_table_new_full (ladder_workspace_path_hash, g_str_equal,
                                                        NULL, (GDestroyNotify) g_variant_unref);
  g_autoptr (GHashTable) refolded = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GPtrArray) changed = g_ptr_array_new ();
  g_autoptr (LadderWalk) walk = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) git_section = NULL;
  g_autoptr (GHashTable) cached_states = NULL;
  g_autofree char *cached_branch = NULL;
  g_autofree char *cached_git_dir = NULL;
  g_autofree char *stamp = NULL;
  gboolean         git_cached = FALSE;
  g_autoptr (GArray) jobs = NULL;
  g_autoptr (GString) path_buffer = g_string_sized_new (256);
  LadderPageReaders *readers = NULL;
  GThread           *git = NULL;
  GitQuery          *query = NULL;
  GThread           *cache_reader = NULL;
  CacheLoad          cache_load = { 0 };
  Run                run = {
                   .root_path = root_path,
                   .root_fd = -1,
                   .generation = generation,
                   .saved = saved,
                   .deliver = deliver_func,
                   .user_data = user_data,
                   .cancellable = cancellable,
  };

  query = g_new0 (GitQuery, 1);
  query->root_path = g_strdup (root_path);
  query->cancellable = cancellable;
  git_section = ladder_workspace_cache_load_git (cache_path, root_path);
  if (git_section == NULL)
    git = g_thread_new ("ladder-git-status", git_thread, query);

  run.batch = batch_new (generation);
  run.batch->wording_known = TRUE;
  run.batch->wording = ladder_workspace_settings_load_wording (root_path);

  cache_load.cache_path = cache_path;
  cache_load.root_path = root_path;
  cache_reader = g_thread_try_new ("ladder-cache", cache_thread, &cache_load, NULL);

  walk = ladder_workspace_walk (root_path, cancellable, &error);
  run.root_fd = open (root_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (walk == NULL || run.root_fd < 0)
    {
      if (error == NULL)
        g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", root_path,
                     g_strerror (errno));
      goto done;
    }

  stamp = ladder_index_checks_stamp (root_path, walk);
  if (cache_reader != NULL)
    g_thread_join (g_steal_pointer (&cache_reader));
  else
    cache_thread (&cache_load);
  run.cache = cache = g_steal_pointer (&cache_load.records);
  /* Counts made under other checks are not kept. */
  if (g_strcmp0 (cache_load.stamp, stamp) != 0)
    g_hash_table_remove_all (cache);
  run.checks = ladder_index_checks_new (root_path);

  for (guint i = 0; i < walk->problems->len; i++)
    {
      LadderWalkProblem *problem = g_ptr_array_index (walk->problems, i);
      g_autoptr (GVariant) record = ladder_index_problem_record (
          ladder_record_builder_new (problem->path, LADDER_RECORD_UNREADABLE, 0, 0), problem->path,
          root_path, problem->problem);

      keep (&run, record);
    }

  /* What the cache has as it is, at once. */
  for (guint f = 0; f < walk->folders->len; f++)
    {
      LadderWalkFolder *folder = g_ptr_array_index (walk->folders, f);
      g_autoptr (GHashTable) members
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gboolean has_index
          = *folder->path != '\0' && find_file (folder, LADDER_FAMILY_FOLDER_INDEX) != NULL;
      GVariant *folder_record = has_index ? fresh_folder (&run, folder, members) : NULL;

      /* A family folder with a changed page is looked at again whole (its
       * pages may no longer be level pages); so is a folder with
       * `_index.md` that nothing is known of. */
      if (has_index && folder_record == NULL)
        {
          GVariant *cached = g_hash_table_lookup (cache, folder->path);
          gboolean  whole
              = cached != NULL && ladder_record_get_kind (cached) == LADDER_RECORD_FOLDER;
          gboolean any_fresh = FALSE;

          for (guint i = 0; i < folder->files->len && !whole && !any_fresh; i++)
            {
              LadderWalkFile  *file = g_ptr_array_index (folder->files, i);
              g_autofree char *path = file_path (folder, file->name);

              any_fresh = fresh_record (&run, path, file, NULL) != NULL;
            }

          if (whole || !any_fresh)
            {
              g_ptr_array_add (changed, folder);
              g_ptr_array_add (changed, NULL);
              continue;
            }
        }

      if (folder_record != NULL)
        keep (&run, folder_record);

      for (guint i = 0; i < folder->files->len; i++)
        {
          LadderWalkFile  *file = g_ptr_array_index (folder->files, i);
          LadderRecordView view;
          GVariant        *record;

          if (g_hash_table_size (members) > 0 && g_hash_table_contains (members, file->name))
            continue;

          record = fresh_record (&run, ladder_walk_path_in (path_buffer, folder->path, file->name),
                                 file, &view);
          if (record != NULL)
            {
              keep_viewed (&run, record, &view);
            }
          else
            {
              g_ptr_array_add (changed, folder);
              g_ptr_array_add (changed, file);
            }
        }
    }

  deliver (&run);

  /* The changed pages are read beside this thread from now on, while git
   * is asked or its cached states are read. */
  readers = ladder_page_readers_new (root_path, run.root_fd, cancellable);
  jobs = g_array_sized_new (FALSE, FALSE, sizeof (guint), changed->len / 2);
  for (guint i = 0; i < changed->len; i += 2)
    {
      LadderWalkFolder *folder = g_ptr_array_index (changed, i);
      LadderWalkFile   *file = g_ptr_array_index (changed, i + 1);
      guint             job = G_MAXUINT;

      if (file != NULL)
        {
          g_autofree char *path = file_path (folder, file->name);
          gboolean         in_index_folder = *folder->path != '\0'
                                     && strcmp (file->name, LADDER_FAMILY_FOLDER_INDEX) != 0
                                     && find_file (folder, LADDER_FAMILY_FOLDER_INDEX) != NULL;

          job = ladder_page_readers_add (readers, path, file, in_index_folder);
        }
      g_array_append_val (jobs, job);
    }
  ladder_page_readers_start (readers);

  if (git == NULL)
    git_cached = ladder_index_git_cached (git_section, root_path, walk, &cached_states,
                                          &cached_branch, &cached_git_dir);

  run.batch->git_known = TRUE;
  if (git_cached)
    {
      run.batch->git_states = g_steal_pointer (&cached_states);
      run.batch->branch = g_steal_pointer (&cached_branch);
      run.batch->git_dir = g_steal_pointer (&cached_git_dir);
    }
  else
    {
      if (git == NULL)
        git = g_thread_new ("ladder-git-status", git_thread, query);
      g_thread_join (g_steal_pointer (&git));
      run.batch->git_states = git_states (query, walk);
      run.batch->branch = g_steal_pointer (&query->branch);
      run.batch->git_dir = g_steal_pointer (&query->git_dir);
      g_clear_pointer (&git_section, g_variant_unref);
      /* States git could not give (cancelled, failed) are not kept; nor
       * is "not a checkout" said without git. */
      git_section
          = query->unavailable
                ? ladder_index_git_section_unknown ()
                : ladder_index_git_section (root_path, query->git,
                                            query->changes != NULL ? run.batch->git_states : NULL,
                                            walk, query->started);
    }
  run.batch->has_repository = run.batch->git_states != NULL;
  deliver (&run);

  for (guint i = 0; i < changed->len; i += 2)
    {
      LadderWalkFolder *folder = g_ptr_array_index (changed, i);
      LadderWalkFile   *file = g_ptr_array_index (changed, i + 1);
      guint             before = run.n_read;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        goto done;

      if (g_hash_table_contains (refolded, folder))
        continue;

      if (file == NULL)
        {
          index_folder (&run, folder);
        }
      else
        {
          guint n_read = 0;
          g_autoptr (GVariant) record = ladder_page_readers_take (
              readers, g_array_index (jobs, guint, i / 2), run.checks, &n_read);

          run.n_read += n_read;
          /* In a folder with `_index.md`, a page that has become a level
           * page makes the folder a family folder. */
          if (record == NULL)
            {
              g_hash_table_add (refolded, folder);
              index_folder (&run, folder);
              continue;
            }
          keep (&run, record);
        }

      if (run.batch->records->len >= BATCH_SIZE
          || (run.n_read / BATCH_SIZE) != (before / BATCH_SIZE))
        deliver (&run);
    }

  if (run.n_read > 0 || g_hash_table_size (cache) != g_hash_table_size (saved) || !git_cached)
    {
      g_autoptr (GError) save_error = NULL;
      g_autoptr (GPtrArray) records = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer       record;

      g_hash_table_iter_init (&iter, saved);
      while (g_hash_table_iter_next (&iter, NULL, &record))
        g_ptr_array_add (records, record);

      /* A cache that cannot be written costs time, not data. */
      if (!ladder_workspace_cache_save (cache_path, root_path, stamp, records, git_section,
                                        &save_error))
        g_debug ("The workspace index was not cached: %s", save_error->message);
    }

done:
  if (cache_reader != NULL)
    g_thread_join (cache_reader);
  g_clear_pointer (&cache_load.records, g_hash_table_unref);
  g_free (cache_load.stamp);
  ladder_page_readers_free (readers);
  ladder_index_checks_free (run.checks);
  if (git != NULL)
    g_thread_join (git);
  git_query_free (query);
  if (run.root_fd >= 0)
    close (run.root_fd);
  run.batch->done = TRUE;
  run.batch->error = g_steal_pointer (&error);
  run.batch->n_other = run.n_other;
  run.batch->n_read = run.n_read;
  deliver_func (g_steal_pointer (&run.batch), user_data);
}
