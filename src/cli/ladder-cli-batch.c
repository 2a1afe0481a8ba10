/* ladder-cli-batch.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-cli-batch.h"

#include <signal.h>

/*
 * A batch conversion on several cores: the calling thread and a few more
 * take the items in their order, each converting and writing one file at a
 * time. Whichever finishes the first item not yet reported reports it, and
 * the finished ones after it, in the items' order, as a single thread
 * would: nobody waits for a report, so no thread is woken for one (on a
 * virtual machine, each wake-up is a switch of context that cost more than
 * the report). Workers stay within a window of the items reported, so that
 * what waits to be reported stays small. Each worker has a spare file for
 * its outputs (ladder-file-spare.c), deleted when the batch ends: also
 * when it is interrupted (Ctrl+C, SIGTERM, SIGHUP), which ends it after the
 * items being written, their spares deleted, and then ends the process as
 * the signal would have.
 */

/* More workers than this gain nothing on a batch of pages: the disk and
 * the folder's lock are shared. */
#define MAX_WORKERS 8
#define WINDOW_PER_WORKER 4

typedef struct
{
  guint             n_items;
  guint             window;
  LadderBatchWork   work;
  LadderBatchReport report;
  gpointer          user_data;

  GMutex    lock;
  GCond     window_moved;
  guint     next;
  guint     n_reported;
  gboolean *done;
  /* A worker is reporting: the others leave the reports to it. */
  gboolean reporting;
  /* The workers waiting for the window to move, so that nobody is woken
   * for nothing. */
  guint n_workers_waiting;
} Batch;

/* The signal that interrupted the batch, or 0. */
static gint interrupted_by;

static const int stopping_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void
on_stopping_signal (int signal_number)
{
  g_atomic_int_set (&interrupted_by, signal_number);
}

/* Catches the signals that end a batch, where they would end the process
 * (not where they are ignored); @old keeps what they did. */
static void
catch_stopping_signals (struct sigaction *old)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_stopping_signal;
  action.sa_flags = SA_RESTART;
  sigemptyset (&action.sa_mask);

  for (guint i = 0; i < G_N_ELEMENTS (stopping_signals); i++)
    if (sigaction (stopping_signals[i], NULL, &old[i]) == 0 && old[i].sa_handler == SIG_DFL)
      sigaction (stopping_signals[i], &action, NULL);
}

/* Puts the signals back as they were and, if one came, ends the process
 * with it. */
static void
release_stopping_signals (const struct sigaction *old)
{
  int signal_number = g_atomic_int_get (&interrupted_by);

  for (guint i = 0; i < G_N_ELEMENTS (stopping_signals); i++)
    if (old[i].sa_handler == SIG_DFL)
      sigaction (stopping_signals[i], &old[i], NULL);

  if (signal_number != 0)
    raise (signal_number);
}

/* Reports the finished items at the front, in their order, unless
 * another worker is already doing so; called with the lock held. */
static void
report_finished_items (Batch *batch)
{
  if (batch->reporting)
    return;

  batch->reporting = TRUE;
  while (batch->n_reported < batch->n_items && batch->done[batch->n_reported])
    {
      guint index = batch->n_reported;

      g_mutex_unlock (&batch->lock);
      batch->report (index, batch->user_data);
      g_mutex_lock (&batch->lock);
      batch->n_reported++;
    }
  batch->reporting = FALSE;

  if (batch->n_workers_waiting > 0)
    g_cond_broadcast (&batch->window_moved);
}

static gpointer
worker (gpointer data)
{
  Batch *batch = data;
  g_autoptr (LadderFileSpare) spare = ladder_file_spare_new ();

  g_mutex_lock (&batch->lock);
  for (;;)
    {
      guint index;

      while (batch->next < batch->n_items && batch->next >= batch->n_reported + batch->window
             && g_atomic_int_get (&interrupted_by) == 0)
        {
          batch->n_workers_waiting++;
          g_cond_wait (&batch->window_moved, &batch->lock);
          batch->n_workers_waiting--;
        }
      /* Interrupted: the items left are not started. */
      if (batch->next >= batch->n_items || g_atomic_int_get (&interrupted_by) != 0)
        break;

      index = batch->next++;
      g_mutex_unlock (&batch->lock);

      batch->work (index, spare, batch->user_data);

      g_mutex_lock (&batch->lock);
      batch->done[index] = TRUE;
      report_finished_items (batch);
    }
  /* Whoever waits for the window sees the batch end too. */
  if (batch->n_workers_waiting > 0)
    g_cond_broadcast (&batch->window_moved);
  g_mutex_unlock (&batch->lock);

  return NULL;
}

/**
 * ladder_cli_batch_default_workers:
 *
 * Returns: as many workers as there are processors, within bounds
 */
guint
ladder_cli_batch_default_workers (void)
{
  return CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
}

/**
 * ladder_cli_batch_run:
 * @n_items: how many items the batch has
 * @n_workers: how many threads do them; with one, the calling thread does
 *   each item and reports it before the next
 * @work: does an item
 * @report: says how an item went, after @work, one at a time in the items' order
 * @user_data: for @work and @report
 */
void
ladder_cli_batch_run (guint             n_items,
                      guint             n_workers,
                      LadderBatchWork   work,
                      LadderBatchReport report,
                      gpointer          user_data)
{
  Batch batch = {
    .n_items = n_items,
    .work = work,
    .report = report,
    .user_data = user_data,
  };
  g_autoptr (GPtrArray) threads = NULL;
  struct sigaction old_actions[G_N_ELEMENTS (stopping_signals)] = { 0 };

  g_atomic_int_set (&interrupted_by, 0);
  catch_stopping_signals (old_actions);

  n_workers = MIN (MIN (n_workers, MAX_WORKERS), n_items);
  if (n_workers <= 1)
    {
      LadderFileSpare *spare = ladder_file_spare_new ();

      for (guint i = 0; i < n_items && g_atomic_int_get (&interrupted_by) == 0; i++)
        {
          work (i, spare, user_data);
          report (i, user_data);
        }
      ladder_file_spare_free (spare);
      release_stopping_signals (old_actions);
      return;
    }

  batch.window = n_workers * WINDOW_PER_WORKER;
  batch.done = g_new0 (gboolean, n_items);
  g_mutex_init (&batch.lock);
  g_cond_init (&batch.window_moved);

  /* The calling thread is one of the workers. */
  threads = g_ptr_array_new ();
  for (guint i = 1; i < n_workers; i++)
    g_ptr_array_add (threads, g_thread_new ("ladder-batch", worker, &batch));
  worker (&batch);

  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.window_moved);
  g_free (batch.done);

  release_stopping_signals (old_actions);
}
