/* ladder-lint-runner.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-runner-private.h"

/*
 * A check reads the family's objects, which live on the main thread; the
 * thread checks a copy instead (ladder_family_copy (): everything a save
 * writes, layout records included, so the page it is written as is the
 * same). Making the copy is the only part on the main thread. Before, the
 * copy was the family's JSON, read back in the thread: for a family of
 * 2,000 roles of 30 bullets that was 6 MB of text and a json-glib tree
 * beside the copy at every check, which the process kept. Each change of
 * the family makes the results stale and (re)starts a one-shot timer;
 * nothing runs while nothing changes.
 */

struct _LadderLintRunner
{
  GObject parent_instance;

  LadderFamily *family;
  gulong        changed_handler;
  char         *path;
  guint         delay;

  GListStore *problems;
  guint       n_errors;
  guint       n_warnings;
  char       *settings_error;

  /* Counts the family's changes (and the path's): a result is kept only
   * when it was checked at the count of now. */
  guint64                generation;
  gboolean               current;
  guint                  timeout_id;
  const LadderLintTimer *timer;
  gpointer               timer_data;
  /* The check running in a thread, and whether another is wanted after
   * it: the pause ended while it ran. */
  GCancellable *running;
  gboolean      again;
};

G_DEFINE_FINAL_TYPE (LadderLintRunner, ladder_lint_runner, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FAMILY,
  PROP_PATH,
  PROP_DELAY,
  PROP_PROBLEMS,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_CURRENT,
  PROP_PENDING,
  PROP_SETTINGS_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHECKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ */
/* In the thread                                                        */

/* One linter for the process: its word lists are read once, and it is
 * only read from then on. */
G_LOCK_DEFINE_STATIC (shared_linter);
static LadderLinter *shared_linter;

static LadderLinter *
get_linter (GError **error)
{
  LadderLinter *linter;

  G_LOCK (shared_linter);
  if (shared_linter == NULL)
    shared_linter = ladder_linter_new (NULL, error);
  linter = shared_linter != NULL ? g_object_ref (shared_linter) : NULL;
  G_UNLOCK (shared_linter);

  return linter;
}

/* Checks in their threads, for ladder_lint_runner_get_n_running_checks (). */
static gint n_running_checks;

typedef struct
{
  /* Not a reference: the check does not keep its runner alive; a runner
   * that goes away cancels its check, and a cancelled check's end never
   * reads this. */
  LadderLintRunner *runner;
  LadderFamily     *family;
  char             *path;
  guint64           generation;
  GPtrArray        *problems;
  char             *settings_error;
} Check;

static void
check_free (gpointer data)
{
  Check *check = data;

  g_clear_object (&check->family);
  g_free (check->path);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_free (check->settings_error);
  g_free (check);
  g_atomic_int_dec_and_test (&n_running_checks);
}

static void
check_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Check *check = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderLinter) linter = NULL;
  g_autoptr (LadderLintConfig) config = NULL;

  linter = get_linter (&error);
  if (linter == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Read at every check, as they are small: an edited `.ladder.json`
   * applies from the next check on. A mistake in them is said, and the
   * checks run with every rule at its own severity meanwhile. */
  if (check->path != NULL)
    {
      config = ladder_lint_config_find (check->path, &error);
      if (config == NULL)
        {
          check->settings_error = g_strdup (error->message);
          g_clear_error (&error);
        }
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_task_return_error_if_cancelled (task);
      return;
    }

  check->problems = ladder_linter_check (linter, check->family, config, check->path);
  /* The copy goes in this thread: the next check's copy is made before
   * this task's end is seen on the main thread. */
  g_clear_object (&check->family);
  g_task_return_boolean (task, TRUE);
}

/* The checks run in a thread of their own, the same one every time: the
 * memory a check frees is reused by the next one. (In a thread of GIO's
 * pool, a check after an edit could run in another thread than the first,
 * with its own malloc arena, and the process kept both: 34 MiB more at
 * the peak for a family of 2,000 roles of 30 bullets.) */
static void
run_check (gpointer data, gpointer user_data)
{
  g_autoptr (GTask) task = data;

  check_in_thread (task, NULL, g_task_get_task_data (task), g_task_get_cancellable (task));
}

static GThreadPool *
checks_thread (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_check, NULL, 1, TRUE, NULL));

  return pool;
}

/* ------------------------------------------------------------------ */
/* On the main thread                                                   */

static void start_check (LadderLintRunner *self);

static void
set_current (LadderLintRunner *self, gboolean current)
{
  if (self->current == current)
    return;

  self->current = current;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

static void
notify_pending (LadderLintRunner *self, gboolean was_pending)
{
  if (was_pending != ladder_lint_runner_get_pending (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
set_settings_error (LadderLintRunner *self, const char *message)
{
  if (g_strcmp0 (self->settings_error, message) == 0)
    return;

  g_free (self->settings_error);
  self->settings_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS_ERROR]);
}

static void
set_problems (LadderLintRunner *self, GPtrArray *problems)
{
  guint n_errors = 0, n_warnings = 0;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->problems));

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      if (ladder_lint_problem_get_severity (g_ptr_array_index (problems, i)) == LADDER_LINT_ERROR)
        n_errors++;
      else
        n_warnings++;
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_list_store_splice (self->problems, 0, n_items, problems != NULL ? problems->pdata : NULL,
                       problems != NULL ? problems->len : 0);
  if (self->n_errors != n_errors)
    {
      self->n_errors = n_errors;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
    }
  if (self->n_warnings != n_warnings)
    {
      self->n_warnings = n_warnings;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WARNINGS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
on_checked (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Check            *check = g_task_get_task_data (G_TASK (result));
  LadderLintRunner *self;
  g_autoptr (GError) error = NULL;
  gboolean was_pending;

  /* A check is cancelled when its runner goes away (or its family with
   * it): then nothing of the runner may be read. */
  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = check->runner;
  was_pending = ladder_lint_runner_get_pending (self);

  /* Cancelled checks have returned above: this one is the runner's. */
  g_clear_object (&self->running);

  if (check->generation == self->generation && self->family != NULL)
    {
      g_object_freeze_notify (G_OBJECT (self));
      set_problems (self, check->problems);
      set_settings_error (self, error != NULL ? error->message : check->settings_error);
      set_current (self, TRUE);
      g_object_thaw_notify (G_OBJECT (self));
    }

  if (self->again)
    {
      self->again = FALSE;
      start_check (self);
    }

  notify_pending (self, was_pending);

  if (self->current)
    g_signal_emit (self, signals[CHECKED], 0);
}

static void
start_check (LadderLintRunner *self)
{
  g_autoptr (GTask) task = NULL;
  Check *check;

  if (self->family == NULL)
    return;

  /* One check at a time: the one running will be stale when it ends. */
  if (self->running != NULL)
    {
      self->again = TRUE;
      return;
    }

  check = g_new0 (Check, 1);
  check->runner = self;
  check->family = ladder_family_copy (self->family);
  check->path = g_strdup (self->path);
  check->generation = self->generation;

  self->running = g_cancellable_new ();
  g_atomic_int_inc (&n_running_checks);
  /* No source object: the task would hold a reference to the runner,
   * dropped in the worker thread at times. */
  task = g_task_new (NULL, self->running, on_checked, NULL);
  g_task_set_source_tag (task, start_check);
  g_task_set_name (task, "ladder: checks");
  g_task_set_task_data (task, check, check_free);
  g_thread_pool_push (checks_thread (), g_steal_pointer (&task), NULL);
}

static gboolean
on_timeout (gpointer user_data)
{
  LadderLintRunner *self = user_data;
  gboolean          was_pending = ladder_lint_runner_get_pending (self);

  self->timeout_id = 0;
  start_check (self);
  notify_pending (self, was_pending);

  return G_SOURCE_REMOVE;
}

static void
cancel_timeout (LadderLintRunner *self)
{
  if (self->timeout_id != 0)
    {
      if (self->timer != NULL)
        self->timer->remove (self->timeout_id, self->timer_data);
      else
        g_source_remove (self->timeout_id);
      self->timeout_id = 0;
    }
}

/* The family (or where its settings are) changed: the results are stale
 * and a check is due after the pause, @delay, counted from now. */
static void
schedule (LadderLintRunner *self, guint delay)
{
  gboolean was_pending = ladder_lint_runner_get_pending (self);

  self->generation++;
  set_current (self, FALSE);
  cancel_timeout (self);

  if (self->family != NULL && self->timer != NULL)
    self->timeout_id = self->timer->add (delay, on_timeout, self, self->timer_data);
  else if (self->family != NULL)
    {
      /* Below a window's frames: copying the family for the checks'
       * thread never holds back a frame that is due (the first one
       * included). */
      self->timeout_id = g_timeout_add_full (G_PRIORITY_LOW, delay, on_timeout, self, NULL);
      g_source_set_name_by_id (self->timeout_id, "ladder: checks after a pause");
    }

  notify_pending (self, was_pending);
}

static void
on_family_changed (LadderLintRunner *self)
{
  schedule (self, self->delay);
}

/* ------------------------------------------------------------------ */

static void
ladder_lint_runner_dispose (GObject *object)
{
  LadderLintRunner *self = (LadderLintRunner *) object;

  cancel_timeout (self);
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  if (self->family != NULL)
    g_clear_signal_handler (&self->changed_handler, self->family);
  g_clear_object (&self->family);

  G_OBJECT_CLASS (ladder_lint_runner_parent_class)->dispose (object);
}

static void
ladder_lint_runner_finalize (GObject *object)
{
  LadderLintRunner *self = (LadderLintRunner *) object;

  g_clear_object (&self->problems);
  g_free (self->path);
  g_free (self->settings_error);

  G_OBJECT_CLASS (ladder_lint_runner_parent_class)->finalize (object);
}

static void
ladder_lint_runner_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderLintRunner *self = LADDER_LINT_RUNNER (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_DELAY:
      g_value_set_uint (value, self->delay);
      break;

    case PROP_PROBLEMS:
      g_value_set_object (value, self->problems);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;

    case PROP_CURRENT:
      g_value_set_boolean (value, self->current);
      break;

    case PROP_PENDING:
      g_value_set_boolean (value, ladder_lint_runner_get_pending (self));
      break;

    case PROP_SETTINGS_ERROR:
      g_value_set_string (value, self->settings_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_lint_runner_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderLintRunner *self = LADDER_LINT_RUNNER (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      ladder_lint_runner_set_family (self, g_value_get_object (value));
      break;

    case PROP_PATH:
      ladder_lint_runner_set_path (self, g_value_get_string (value));
      break;

    case PROP_DELAY:
      ladder_lint_runner_set_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_lint_runner_class_init (LadderLintRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_lint_runner_dispose;
  object_class->finalize = ladder_lint_runner_finalize;
  object_class->get_property = ladder_lint_runner_get_property;
  object_class->set_property = ladder_lint_runner_set_property;

  properties[PROP_FAMILY] = g_param_spec_object (
      "family", NULL, NULL, LADDER_TYPE_FAMILY,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PATH] = g_param_spec_string (
      "path", NULL, NULL, NULL,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DELAY]
      = g_param_spec_uint ("delay", NULL, NULL, 0, G_MAXINT, LADDER_LINT_RUNNER_DEFAULT_DELAY,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PROBLEMS] = g_param_spec_object ("problems", NULL, NULL, G_TYPE_LIST_MODEL,
                                                   (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ERRORS]
      = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                           (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_WARNINGS]
      = g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0,
                           (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CURRENT] = g_param_spec_boolean (
      "current", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PENDING] = g_param_spec_boolean (
      "pending", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SETTINGS_ERROR]
      = g_param_spec_string ("settings-error", NULL, NULL, NULL,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderLintRunner::checked:
   *
   * Emitted when the problems are those of the family as it is.
   */
  signals[CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
ladder_lint_runner_init (LadderLintRunner *self)
{
  self->delay = LADDER_LINT_RUNNER_DEFAULT_DELAY;
  self->problems = g_list_store_new (LADDER_TYPE_LINT_PROBLEM);
}

LadderLintRunner *
ladder_lint_runner_new (void)
{
  return g_object_new (LADDER_TYPE_LINT_RUNNER, NULL);
}

LadderFamily *
ladder_lint_runner_get_family (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), NULL);

  return self->family;
}

/* A family newly shown is checked at once: there is no typing to wait
 * for. */
void
ladder_lint_runner_set_family (LadderLintRunner *self, LadderFamily *family)
{
  g_return_if_fail (LADDER_IS_LINT_RUNNER (self));
  g_return_if_fail (family == NULL || LADDER_IS_FAMILY (family));

  if (self->family == family)
    return;

  if (self->family != NULL)
    g_clear_signal_handler (&self->changed_handler, self->family);
  g_set_object (&self->family, family);
  if (family != NULL)
    self->changed_handler
        = g_signal_connect_swapped (family, "changed", G_CALLBACK (on_family_changed), self);

  g_object_freeze_notify (G_OBJECT (self));
  set_problems (self, NULL);
  set_settings_error (self, NULL);
  schedule (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
ladder_lint_runner_get_path (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), NULL);

  return self->path;
}

void
ladder_lint_runner_set_path (LadderLintRunner *self, const char *path)
{
  g_return_if_fail (LADDER_IS_LINT_RUNNER (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  schedule (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

guint
ladder_lint_runner_get_delay (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), 0);

  return self->delay;
}

void
ladder_lint_runner_set_delay (LadderLintRunner *self, guint delay)
{
  g_return_if_fail (LADDER_IS_LINT_RUNNER (self));

  if (self->delay == delay)
    return;

  self->delay = delay;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY]);
}

GListModel *
ladder_lint_runner_get_problems (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), NULL);

  return G_LIST_MODEL (self->problems);
}

guint
ladder_lint_runner_get_n_errors (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), 0);

  return self->n_errors;
}

guint
ladder_lint_runner_get_n_warnings (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), 0);

  return self->n_warnings;
}

gboolean
ladder_lint_runner_get_current (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), FALSE);

  return self->current;
}

gboolean
ladder_lint_runner_get_pending (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), FALSE);

  return self->timeout_id != 0 || self->running != NULL;
}

const char *
ladder_lint_runner_get_settings_error (LadderLintRunner *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_RUNNER (self), NULL);

  return self->settings_error;
}

void
ladder_lint_runner_run_now (LadderLintRunner *self)
{
  g_return_if_fail (LADDER_IS_LINT_RUNNER (self));

  if (self->family == NULL)
    return;

  if (self->current && !ladder_lint_runner_get_pending (self))
    return;

  {
    gboolean was_pending = ladder_lint_runner_get_pending (self);

    cancel_timeout (self);
    start_check (self);
    notify_pending (self, was_pending);
  }
}

void
ladder_lint_runner_set_timer (LadderLintRunner      *self,
                              const LadderLintTimer *timer,
                              gpointer               user_data)
{
  gboolean was_waiting;

  g_return_if_fail (LADDER_IS_LINT_RUNNER (self));

  was_waiting = self->timeout_id != 0;
  cancel_timeout (self);
  self->timer = timer;
  self->timer_data = user_data;
  if (was_waiting)
    {
      /* What was waiting waits again, on the new timer, from now. */
      self->generation--;
      schedule (self, self->delay);
    }
}

guint
ladder_lint_runner_get_n_running_checks (void)
{
  return (guint) g_atomic_int_get (&n_running_checks);
}
