/* ladder-git-watch.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-git-watch.h"

#include "ladder-git.h"

/*
 * What says which commit HEAD is, watched for a review of a page against
 * it while the review is open: `git commit` in a terminal moves it, and
 * the review must then compare with the new commit. The files are git's
 * own, whichever program writes them:
 *
 * - HEAD, in git's folder of the checkout (a linked worktree has its
 *   own): a checkout, or a commit on a detached HEAD;
 * - logs/HEAD beside it, which every commit, amend, reset and checkout
 *   appends to (while git keeps reflogs, as it does by default);
 * - the current branch's ref under refs/heads/ of the common folder, which
 *   a commit on the branch replaces, and packed-refs, where the ref is
 *   after `git pack-refs` or `git gc`.
 *
 * Git writes each through a ".lock" file renamed over it: both names of a
 * move are heeded. A change is said once things have been quiet for a
 * moment: one commit writes several of these files. The checkout is found
 * in a worker thread (libgit2 opens it), and found again when HEAD itself
 * changed, since the branch may be another one.
 */

/* Quiet time before a change is said, as for a workspace's pages. */
#define SETTLE_MS 300

struct _LadderGitWatch
{
  GObject parent_instance;

  GFile        *folder;
  GCancellable *cancellable;
  /* Watched, each a folder and the one name in it that matters. */
  GPtrArray *watched;
  guint      settle_id;
  gboolean   find_again;
};

G_DEFINE_FINAL_TYPE (LadderGitWatch, ladder_git_watch, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FOLDER,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  LadderGitWatch *watch;
  GFileMonitor   *monitor;
  char           *name;
  /* HEAD itself: the branch may have changed. */
  gboolean is_head;
} Watched;

static void
watched_free (gpointer data)
{
  Watched *watched = data;

  g_signal_handlers_disconnect_by_data (watched->monitor, watched);
  g_file_monitor_cancel (watched->monitor);
  g_object_unref (watched->monitor);
  g_free (watched->name);
  g_free (watched);
}

/* The checkout's folders, as found in the worker thread. */
typedef struct
{
  char *git_dir;
  char *common_dir;
  char *branch;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_free (found->git_dir);
  g_free (found->common_dir);
  g_free (found->branch);
  g_free (found);
}

static void find_checkout (LadderGitWatch *self);

static gboolean
on_settled (gpointer user_data)
{
  LadderGitWatch *self = user_data;

  self->settle_id = 0;
  if (self->find_again)
    {
      self->find_again = FALSE;
      find_checkout (self);
    }
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static gboolean
is_name (GFile *file, const char *name)
{
  g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;

  return g_strcmp0 (basename, name) == 0;
}

static void
on_monitor_changed (GFileMonitor     *monitor,
                    GFile            *file,
                    GFile            *other_file,
                    GFileMonitorEvent event,
                    gpointer          user_data)
{
  Watched        *watched = user_data;
  LadderGitWatch *self = watched->watch;

  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;
  if (!is_name (file, watched->name) && !is_name (other_file, watched->name))
    return;

  if (watched->is_head)
    self->find_again = TRUE;

  /* Settled again from now. */
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, on_settled, self);
  g_source_set_name_by_id (self->settle_id, "[ladder] git HEAD changed");
}

static void
watch_name (LadderGitWatch *self, GPtrArray *watched, const char *path, gboolean is_head)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) folder = g_file_get_parent (file);
  GFileMonitor *monitor;
  Watched      *entry;

  /* A folder that cannot be watched is only not watched. */
  monitor = folder != NULL
                ? g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL)
                : NULL;
  if (monitor == NULL)
    return;

  entry = g_new0 (Watched, 1);
  entry->watch = self;
  entry->monitor = monitor;
  entry->name = g_file_get_basename (file);
  entry->is_head = is_head;
  g_signal_connect (monitor, "changed", G_CALLBACK (on_monitor_changed), entry);
  g_ptr_array_add (watched, entry);
}

static void
find_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  GFile *folder = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderGit) git = ladder_git_open (folder, &error);
  Found *found;

  if (git == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  found = g_new0 (Found, 1);
  found->git_dir = ladder_git_dup_git_dir (git);
  found->common_dir = ladder_git_dup_common_dir (git);
  found->branch = ladder_git_dup_branch (git);
  g_task_return_pointer (task, found, found_free);
}

static void
set_watched (LadderGitWatch *self, GPtrArray *watched)
{
  gboolean was_active = self->watched != NULL;

  g_clear_pointer (&self->watched, g_ptr_array_unref);
  self->watched = watched != NULL ? g_ptr_array_ref (watched) : NULL;
  if (was_active != (watched != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
on_found (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  Found *found = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (GPtrArray) watched = NULL;
  g_autoptr (GFile) folder = NULL;
  LadderGitWatch *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = LADDER_GIT_WATCH (user_data);
  if (found == NULL || found->git_dir == NULL)
    {
      /* Not a checkout: nothing is compared with a commit. */
      set_watched (self, NULL);
      g_clear_pointer (&found, found_free);
      return;
    }

  watched = g_ptr_array_new_with_free_func (watched_free);
  {
    g_autofree char *head = g_build_filename (found->git_dir, "HEAD", NULL);
    g_autofree char *log = g_build_filename (found->git_dir, "logs", "HEAD", NULL);

    watch_name (self, watched, head, TRUE);
    watch_name (self, watched, log, FALSE);
  }
  if (found->common_dir != NULL)
    {
      g_autofree char *packed = g_build_filename (found->common_dir, "packed-refs", NULL);

      watch_name (self, watched, packed, FALSE);
      /* A branch named "team/feature" is a file in refs/heads/team/. */
      if (found->branch != NULL)
        {
          g_autofree char *ref
              = g_build_filename (found->common_dir, "refs", "heads", found->branch, NULL);

          watch_name (self, watched, ref, FALSE);
        }
    }
  set_watched (self, watched);
  found_free (found);
}

static void
find_checkout (LadderGitWatch *self)
{
  g_autoptr (GTask) task = NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->folder == NULL)
    return;

  /* The watch may go before the thread ends: the task holds no reference
   * to it, and a cancelled task's end touches nothing. */
  self->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->cancellable, on_found, self);
  g_task_set_source_tag (task, find_checkout);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, g_object_ref (self->folder), g_object_unref);
  g_task_run_in_thread (task, find_in_thread);
}

static void
ladder_git_watch_dispose (GObject *object)
{
  LadderGitWatch *self = LADDER_GIT_WATCH (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (ladder_git_watch_parent_class)->dispose (object);
}

static void
ladder_git_watch_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderGitWatch *self = LADDER_GIT_WATCH (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, ladder_git_watch_get_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_git_watch_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadderGitWatch *self = LADDER_GIT_WATCH (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      ladder_git_watch_set_folder (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_git_watch_class_init (LadderGitWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_git_watch_dispose;
  object_class->get_property = ladder_git_watch_get_property;
  object_class->set_property = ladder_git_watch_set_property;

  properties[PROP_FOLDER] = g_param_spec_object (
      "folder", NULL, NULL, G_TYPE_FILE,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACTIVE] = g_param_spec_boolean (
      "active", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderGitWatch::changed:
   *
   * HEAD may name another commit than before.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
ladder_git_watch_init (LadderGitWatch *self)
{
}

LadderGitWatch *
ladder_git_watch_new (void)
{
  return g_object_new (LADDER_TYPE_GIT_WATCH, NULL);
}

/**
 * ladder_git_watch_set_folder:
 * @folder: (nullable): a folder, in a checkout or not; %NULL to watch
 *   nothing
 *
 * Watches the checkout that holds @folder, once it is found (see
 * #LadderGitWatch:active).
 */
void
ladder_git_watch_set_folder (LadderGitWatch *self, GFile *folder)
{
  g_return_if_fail (LADDER_IS_GIT_WATCH (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  if (self->folder == folder
      || (self->folder != NULL && folder != NULL && g_file_equal (self->folder, folder)))
    return;

  g_set_object (&self->folder, folder);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->find_again = FALSE;
  set_watched (self, NULL);
  find_checkout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);
}

GFile *
ladder_git_watch_get_folder (LadderGitWatch *self)
{
  g_return_val_if_fail (LADDER_IS_GIT_WATCH (self), NULL);

  return self->folder;
}

gboolean
ladder_git_watch_get_active (LadderGitWatch *self)
{
  g_return_val_if_fail (LADDER_IS_GIT_WATCH (self), FALSE);

  return self->watched != NULL;
}
