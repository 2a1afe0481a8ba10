/* ladder-workspace.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The workspace's side of indexing, in the main thread: it starts a run in
 * a worker thread (ladder-workspace-index.c), and applies what the run
 * hands over, batch by batch, to its lists. Entries keep their identity
 * across runs (a page that changed gets a new record, not a new entry), so
 * a list view keeps its selection while the index is refreshed.
 */

#include "ladder-workspace.h"
#include "ladder-workspace-private.h"

#include <stdlib.h>

struct _LadderWorkspace
{
  GObject               parent_instance;

  GFile                *root;
  char                 *root_path;
  LadderWorkspaceLists  lists;
  GHashTable           *by_path;
  GHashTable           *git_states;
  gboolean              indexing;
  gboolean              has_repository;
  char                 *branch;
  guint                 n_other;
  guint                 n_read;
  guint                 generation;
  LadderTemplateWording wording;
  /* Chosen in this session: the index no longer takes it from the file
   * (whose saving, in a thread, may come after an index read it). */
  gboolean              wording_chosen;
  GCancellable         *run_cancellable;
  char                 *git_dir;
  /* While watching: the folders watched, and whether a change came while
   * a run was going (it is indexed again once that run is done). */
  LadderWorkspaceWatch *watch;
  gboolean              refresh_pending;
  /* Why the last run failed, if it did. */
  GError               *error;
};

G_DEFINE_FINAL_TYPE (LadderWorkspace, ladder_workspace, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ROOT,
  PROP_ENTRIES,
  PROP_DEPARTMENTS,
  PROP_INDEXING,
  PROP_HAS_REPOSITORY,
  PROP_BRANCH,
  PROP_N_OTHER_FILES,
  PROP_N_READ,
  PROP_TEMPLATE_WORDING,
  PROP_WATCHING,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One indexing run, from its start to its last batch. */
typedef struct
{
  LadderWorkspace *workspace;
  GTask           *task;
  GMainContext    *context;
  GCancellable    *cancellable;
  GCancellable    *caller_cancellable;
  gulong           cancelled_id;
  char            *cache_path;
  guint            generation;
} Job;

typedef struct
{
  Job              *job;
  LadderIndexBatch *batch;
} Delivery;

static void
job_free (Job *job)
{
  if (job->caller_cancellable != NULL)
    g_cancellable_disconnect (job->caller_cancellable, job->cancelled_id);
  g_clear_object (&job->caller_cancellable);
  g_object_unref (job->workspace);
  g_object_unref (job->task);
  g_main_context_unref (job->context);
  g_object_unref (job->cancellable);
  g_free (job->cache_path);
  g_free (job);
}

static void
ladder_workspace_dispose (GObject *object)
{
  LadderWorkspace *self = LADDER_WORKSPACE (object);

  if (self->run_cancellable != NULL)
    g_cancellable_cancel (self->run_cancellable);
  g_clear_object (&self->run_cancellable);
  g_clear_pointer (&self->watch, ladder_workspace_watch_free);

  G_OBJECT_CLASS (ladder_workspace_parent_class)->dispose (object);
}

static void
ladder_workspace_finalize (GObject *object)
{
  LadderWorkspace *self = LADDER_WORKSPACE (object);

  g_clear_object (&self->root);
  g_free (self->root_path);
  ladder_workspace_lists_clear (&self->lists);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->git_states, g_hash_table_unref);
  g_free (self->branch);
  g_free (self->git_dir);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (ladder_workspace_parent_class)->finalize (object);
}

static void
ladder_workspace_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadderWorkspace *self = LADDER_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_ROOT:
      g_value_set_object (value, self->root);
      break;
    case PROP_ENTRIES:
      g_value_set_object (value, self->lists.entries);
      break;
    case PROP_DEPARTMENTS:
      g_value_set_object (value, self->lists.departments);
      break;
    case PROP_INDEXING:
      g_value_set_boolean (value, self->indexing);
      break;
    case PROP_HAS_REPOSITORY:
      g_value_set_boolean (value, self->has_repository);
      break;
    case PROP_BRANCH:
      g_value_set_string (value, self->branch);
      break;
    case PROP_N_OTHER_FILES:
      g_value_set_uint (value, self->n_other);
      break;
    case PROP_N_READ:
      g_value_set_uint (value, self->n_read);
      break;
    case PROP_TEMPLATE_WORDING:
      g_value_set_enum (value, self->wording);
      break;
    case PROP_WATCHING:
      g_value_set_boolean (value, self->watch != NULL);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadderWorkspace *self = LADDER_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_ROOT:
      self->root = g_value_dup_object (value);
      break;
    case PROP_TEMPLATE_WORDING:
      ladder_workspace_set_template_wording (self, g_value_get_enum (value));
      break;
    case PROP_WATCHING:
      ladder_workspace_set_watching (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_constructed (GObject *object)
{
  LadderWorkspace *self = LADDER_WORKSPACE (object);
  g_autofree char *path = g_file_get_path (self->root);
  char *resolved = path != NULL ? realpath (path, NULL) : NULL;

  G_OBJECT_CLASS (ladder_workspace_parent_class)->constructed (object);

  /* The cache is keyed by the canonical path: a workspace opened through
   * a symbolic link shares it. */
  self->root_path = g_strdup (resolved != NULL ? resolved : path != NULL ? path : "");
  free (resolved);
}

static void
ladder_workspace_class_init (LadderWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ladder_workspace_dispose;
  object_class->finalize = ladder_workspace_finalize;
  object_class->get_property = ladder_workspace_get_property;
  object_class->set_property = ladder_workspace_set_property;
  object_class->constructed = ladder_workspace_constructed;

  properties[PROP_ROOT] =
    g_param_spec_object ("root", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTRIES] =
    g_param_spec_object ("entries", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_DEPARTMENTS] =
    g_param_spec_object ("departments", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_INDEXING] = g_param_spec_boolean ("indexing", NULL, NULL, FALSE, flags);
  properties[PROP_HAS_REPOSITORY] =
    g_param_spec_boolean ("has-repository", NULL, NULL, FALSE, flags);
  properties[PROP_BRANCH] = g_param_spec_string ("branch", NULL, NULL, NULL, flags);
  properties[PROP_N_OTHER_FILES] =
    g_param_spec_uint ("n-other-files", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_READ] = g_param_spec_uint ("n-read", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TEMPLATE_WORDING] =
    g_param_spec_enum ("template-wording", NULL, NULL, LADDER_TYPE_TEMPLATE_WORDING,
                       LADDER_TEMPLATE_JOB_LEVEL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WATCHING] =
    g_param_spec_boolean ("watching", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] = g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_workspace_init (LadderWorkspace *self)
{
  ladder_workspace_lists_init (&self->lists);
  self->by_path = g_hash_table_new_full (ladder_workspace_path_hash, g_str_equal, g_free, NULL);
}

/**
 * ladder_workspace_new:
 * @root: the folder to open
 *
 * Makes a workspace for @root; it is empty until
 * ladder_workspace_index_async() fills it.
 *
 * Returns: (transfer full): the workspace
 */
LadderWorkspace *
ladder_workspace_new (GFile *root)
{
  g_return_val_if_fail (G_IS_FILE (root), NULL);

  return g_object_new (LADDER_TYPE_WORKSPACE, "root", root, NULL);
}

/* ------------------------------------------------------------------ */
/* Applying what a run hands over                                       */

/* Files @info in its entry, a new one when its path has none; new
 * entries are added to @created instead, when given. */
static void
apply_record (LadderWorkspace  *self,
              LadderRecordInfo *info,
              guint             generation,
              GPtrArray        *created)
{
  LadderWorkspaceEntry *entry = g_hash_table_lookup (self->by_path, info->path);

  if (entry != NULL)
    {
      g_autoptr (LadderWorkspaceEntry) kept = g_object_ref (entry);

      /* Taken out while its sort keys change, put back in its new place. */
      if (ladder_workspace_entry_set_info (kept, info))
        {
          ladder_workspace_lists_remove (&self->lists, kept);
          ladder_workspace_lists_insert (&self->lists, kept);
        }
    }
  else
    {
      LadderWorkspaceEntry *made = ladder_workspace_entry_new (self->root, info);

      entry = made;
      g_hash_table_insert (self->by_path, g_strdup (ladder_workspace_entry_get_path (made)), made);
      if (created != NULL)
        {
          g_ptr_array_add (created, made);
        }
      else
        {
          ladder_workspace_lists_insert (&self->lists, made);
          g_object_unref (made);
        }
    }

  ladder_workspace_entry_set_generation (entry, generation);
  if (self->git_states != NULL)
    ladder_workspace_entry_set_git_state (entry,
                                          ladder_workspace_entry_state_from (entry,
                                                                             self->git_states));
}

static void
apply_git (LadderWorkspace  *self,
           LadderIndexBatch *batch)
{
  guint n_entries = g_list_model_get_n_items (G_LIST_MODEL (self->lists.entries));

  g_clear_pointer (&self->git_states, g_hash_table_unref);
  if (batch->git_states != NULL)
    self->git_states = g_hash_table_ref (batch->git_states);

  for (guint i = 0; i < n_entries; i++)
    {
      LadderWorkspaceEntry *entry = ladder_workspace_list_peek (self->lists.entries, i);
      LadderGitState state = LADDER_GIT_STATE_UNKNOWN;

      if (self->git_states != NULL)
        state = ladder_workspace_entry_state_from (entry, self->git_states);
      ladder_workspace_entry_set_git_state (entry, state);
    }

  if (self->has_repository != batch->has_repository)
    {
      self->has_repository = batch->has_repository;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_REPOSITORY]);
    }
  if (g_strcmp0 (self->branch, batch->branch) != 0)
    {
      g_free (self->branch);
      self->branch = g_strdup (batch->branch);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRANCH]);
    }
  g_free (self->git_dir);
  self->git_dir = g_strdup (batch->git_dir);
}

/* Entries a finished run did not see are gone from the folder. */
static void
remove_unseen (LadderWorkspace *self,
               guint            generation)
{
  g_autoptr (GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->by_path);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (ladder_workspace_entry_get_generation (value) != generation)
      {
        g_ptr_array_add (gone, g_object_ref (value));
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < gone->len; i++)
    ladder_workspace_lists_remove (&self->lists, g_ptr_array_index (gone, i));
}

static void
set_indexing (LadderWorkspace *self,
              gboolean         indexing)
{
  if (self->indexing == indexing)
    return;

  self->indexing = indexing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEXING]);
}

static gboolean
apply_delivery (gpointer user_data)
{
  Delivery *delivery = user_data;
  Job *job = delivery->job;
  LadderIndexBatch *batch = delivery->batch;
  LadderWorkspace *self = job->workspace;

  g_free (delivery);

  if (job->generation != self->generation)
    {
      /* A later run took over. */
      if (batch->done)
        {
          g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                   "Indexing was started again");
          job_free (job);
        }
      ladder_index_batch_free (batch);
      return G_SOURCE_REMOVE;
    }

  g_object_freeze_notify (G_OBJECT (self));

  if (batch->wording_known && !self->wording_chosen && batch->wording != self->wording)
    {
      self->wording = batch->wording;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE_WORDING]);
    }

  if (batch->git_known)
    apply_git (self, batch);

  if (batch->department_titles != NULL)
    {
      GHashTableIter iter;
      gpointer       name, title;

      g_hash_table_iter_init (&iter, batch->department_titles);
      while (g_hash_table_iter_next (&iter, &name, &title))
        ladder_workspace_lists_set_department_title (&self->lists, name, title);
    }

  /* Counted before the entries come: an entry shown while n-read is 0 came
   * from the cache. */
  if (self->n_other != batch->n_other)
    {
      self->n_other = batch->n_other;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OTHER_FILES]);
    }
  if (self->n_read != batch->n_read)
    {
      self->n_read = batch->n_read;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_READ]);
    }

  for (guint i = 0; i < batch->removed->len; i++)
    {
      LadderWorkspaceEntry *entry = g_hash_table_lookup (self->by_path,
                                                         g_ptr_array_index (batch->removed, i));

      if (entry != NULL)
        {
          g_autoptr (LadderWorkspaceEntry) gone = g_object_ref (entry);

          g_hash_table_remove (self->by_path, ladder_workspace_entry_get_path (gone));
          ladder_workspace_lists_remove (&self->lists, gone);
        }
    }

  {
    gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->lists.entries)) == 0;
    g_autoptr (GPtrArray) created = empty ? g_ptr_array_new () : NULL;

    for (guint i = 0; i < batch->records->len; i++)
      {
        apply_record (self, g_ptr_array_index (batch->records, i), job->generation, created);
        /* The entry took it. */
        batch->records->pdata[i] = NULL;
      }

    if (created != NULL)
      {
        ladder_workspace_lists_insert_first (&self->lists, created);
        for (guint i = 0; i < created->len; i++)
          g_object_unref (g_ptr_array_index (created, i));
      }
  }

  if (batch->done)
    {
      if (batch->error == NULL)
        remove_unseen (self, job->generation);
      if (!g_error_matches (batch->error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          && (self->error != NULL || batch->error != NULL))
        {
          g_clear_error (&self->error);
          self->error = batch->error != NULL ? g_error_copy (batch->error) : NULL;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
        }
      set_indexing (self, FALSE);
      g_clear_object (&self->run_cancellable);
      if (self->watch != NULL && batch->error == NULL)
        ladder_workspace_watch_update (self->watch, G_LIST_MODEL (self->lists.entries),
                                       self->git_dir);
    }

  g_object_thaw_notify (G_OBJECT (self));

  if (batch->done)
    {
      /* A change seen while the run went may have come too late for it. */
      gboolean again = self->refresh_pending && batch->error == NULL;
      /* The job may hold the last reference: nothing is run on a workspace
       * no one keeps. */
      LadderWorkspace *alive = self;

      self->refresh_pending = FALSE;
      if (batch->error != NULL)
        g_task_return_error (job->task, g_steal_pointer (&batch->error));
      else
        g_task_return_boolean (job->task, TRUE);
      g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &alive);
      job_free (job);
      if (alive != NULL)
        {
          g_object_remove_weak_pointer (G_OBJECT (alive), (gpointer *) &alive);
          if (again)
            ladder_workspace_refresh (alive);
        }
    }

  ladder_index_batch_free (batch);
  return G_SOURCE_REMOVE;
}

/* Called in the worker thread. */
static void
on_deliver (LadderIndexBatch *batch,
            gpointer          user_data)
{
  Job *job = user_data;
  Delivery *delivery = g_new0 (Delivery, 1);
  g_autoptr (GSource) source = g_idle_source_new ();

  delivery->job = job;
  delivery->batch = batch;
  /* Always through the caller's main loop: g_main_context_invoke() would
   * run it here, in this thread, whenever the caller's thread is busy
   * outside its loop. Idle sources of one priority run in the order they
   * are attached, so batches are applied in order. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, apply_delivery, delivery, NULL);
  g_source_set_static_name (source, "ladder: workspace index delivery");
  g_source_attach (source, job->context);
}

static void
index_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;

  ladder_workspace_index_run (job->workspace->root_path, job->cache_path, job->generation,
                              on_deliver, job, job->cancellable);
  g_task_return_boolean (task, TRUE);
}

static void
on_caller_cancelled (GCancellable *cancellable,
                     gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

/**
 * ladder_workspace_index_async:
 * @self: a workspace
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the index is complete
 * @user_data: for @callback
 *
 * Indexes the workspace (again) in a worker thread. Entries are added,
 * updated and removed in the lists as the index fills: first every page
 * the cache knows unchanged, then git states, then the pages read anew.
 * Starting again while a run is going cancels that run.
 */
void
ladder_workspace_index_async (LadderWorkspace     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr (GTask) worker = NULL;
  Job *job;

  g_return_if_fail (LADDER_IS_WORKSPACE (self));

  if (self->run_cancellable != NULL)
    g_cancellable_cancel (self->run_cancellable);

  job = g_new0 (Job, 1);
  job->workspace = g_object_ref (self);
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, ladder_workspace_index_async);
  job->context = g_main_context_ref_thread_default ();
  job->cancellable = g_cancellable_new ();
  job->cache_path = ladder_workspace_cache_path (self->root_path);
  job->generation = ++self->generation;
  if (cancellable != NULL)
    {
      job->caller_cancellable = g_object_ref (cancellable);
      job->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                 g_object_ref (job->cancellable), g_object_unref);
    }

  g_set_object (&self->run_cancellable, job->cancellable);
  set_indexing (self, TRUE);

  /* The job is freed when its last batch is applied, in this thread. */
  worker = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (worker, job, NULL);
  g_task_run_in_thread (worker, index_thread);
}

gboolean
ladder_workspace_index_finish (LadderWorkspace  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------ */

GFile *
ladder_workspace_get_root (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), NULL);

  return self->root;
}

/**
 * ladder_workspace_get_entries:
 * @self: a workspace
 *
 * Returns: (transfer none): every #LadderWorkspaceEntry, sorted by
 *   department, then title
 */
GListModel *
ladder_workspace_get_entries (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->lists.entries);
}

/**
 * ladder_workspace_get_departments:
 * @self: a workspace
 *
 * Returns: (transfer none): the #LadderWorkspaceDepartment that have
 *   entries, sorted by name
 */
GListModel *
ladder_workspace_get_departments (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->lists.departments);
}

/**
 * ladder_workspace_find_entry:
 * @self: a workspace
 * @path: a path relative to the workspace
 *
 * Returns: (transfer none) (nullable): the entry of @path
 */
LadderWorkspaceEntry *
ladder_workspace_find_entry (LadderWorkspace *self,
                             const char      *path)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), NULL);

  return g_hash_table_lookup (self->by_path, path);
}

gboolean
ladder_workspace_get_indexing (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), FALSE);

  return self->indexing;
}

gboolean
ladder_workspace_get_has_repository (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), FALSE);

  return self->has_repository;
}

/**
 * ladder_workspace_get_branch:
 * @self: a workspace
 *
 * Returns: (nullable): the checkout's current branch; %NULL outside a git
 *   checkout or with HEAD detached
 */
const char *
ladder_workspace_get_branch (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), NULL);

  return self->branch;
}

/**
 * ladder_workspace_get_error:
 * @self: a workspace
 *
 * Returns: (nullable): why the last index failed (the folder cannot be
 *   read, say), or %NULL when it did not
 */
const GError *
ladder_workspace_get_error (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), NULL);

  return self->error;
}

/* Markdown files that are not job families, left out of the lists. */
guint
ladder_workspace_get_n_other_files (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), 0);

  return self->n_other;
}

/* Files the last (or current) run read; the cache spares the others. */
guint
ladder_workspace_get_n_read (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), 0);

  return self->n_read;
}

/* How new pages name levels in this workspace; remembered per workspace
 * once the index has loaded it. */
LadderTemplateWording
ladder_workspace_get_template_wording (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), LADDER_TEMPLATE_JOB_LEVEL);

  return self->wording;
}

void
ladder_workspace_set_template_wording (LadderWorkspace       *self,
                                       LadderTemplateWording  wording)
{
  g_return_if_fail (LADDER_IS_WORKSPACE (self));

  self->wording_chosen = TRUE;
  if (self->wording == wording)
    return;

  self->wording = wording;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE_WORDING]);
  ladder_workspace_settings_save_wording_async (self->root_path, wording);
}

/**
 * ladder_workspace_refresh:
 * @self: a workspace
 *
 * Indexes the workspace again (see ladder_workspace_index_async()), once
 * the run that is going, if any, is done: for a caller that knows a page
 * changed (saved, made from the template, committed), and for the
 * workspace's own watch.
 */
void
ladder_workspace_refresh (LadderWorkspace *self)
{
  g_return_if_fail (LADDER_IS_WORKSPACE (self));

  if (self->indexing)
    self->refresh_pending = TRUE;
  else
    ladder_workspace_index_async (self, NULL, NULL, NULL);
}

static void
on_watch_changed (gpointer user_data)
{
  ladder_workspace_refresh (user_data);
}

gboolean
ladder_workspace_get_watching (LadderWorkspace *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE (self), FALSE);

  return self->watch != NULL;
}

/**
 * ladder_workspace_set_watching:
 * @self: a workspace
 * @watching: whether to watch
 *
 * While watching, the folders of the families and git's HEAD and index are
 * watched, and a change to them (a page saved by Ladder or by another
 * program, a commit, a checkout) refreshes the workspace
 * (ladder_workspace_refresh()) once things are quiet again. The folders
 * are those of the last complete index.
 */
void
ladder_workspace_set_watching (LadderWorkspace *self,
                               gboolean         watching)
{
  g_return_if_fail (LADDER_IS_WORKSPACE (self));

  if (watching == (self->watch != NULL))
    return;

  if (watching)
    {
      self->watch = ladder_workspace_watch_new (self->root, on_watch_changed, self);
      ladder_workspace_watch_update (self->watch, G_LIST_MODEL (self->lists.entries),
                                     self->git_dir);
    }
  else
    {
      g_clear_pointer (&self->watch, ladder_workspace_watch_free);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WATCHING]);
}
