/* ladder-cli-batch.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-cli-batch.h"

#include <signal.h>

/*
 * A batch conversion on several cores: a few worker threads take the items
 * in their order, each converting and writing one file at a time, while
 * the calling thread reports each item's messages in the items' order, as
 * a single thread would. Workers stay within a window of the items
 * reported, so that what waits to be reported stays small. Each worker
 * has a spare file for its outputs (ladder-file-spare.c), deleted when
 * the batch ends: also when it is interrupted (Ctrl+C, SIGTERM, SIGHUP),
 * which ends it after the items being written, their spares deleted, and
 * then ends the process as the signal would have.
 */

/* More workers than this gain nothing on a batch of pages: the disk and
 * the folder's lock are shared. */
#define MAX_WORKERS 8
#define WINDOW_PER_WORKER 4

typedef struct
{
  guint           n_items;
  guint           window;
  LadderBatchWork work;
  gpointer        user_data;

  GMutex    lock;
  GCond     changed;
  guint     next;
  guint     n_reported;
  gboolean *done;
  /* Who waits, so that nobody is woken for nothing: the item the calling
   * thread waits for (G_MAXUINT: none), and the workers waiting for the
   * window to move. */
  guint awaited;
  guint n_workers_waiting;
  /* The workers that have not ended: an interrupted batch's calling
   * thread stops waiting once none is left. */
  guint n_workers_running;
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

static gpointer
worker (gpointer data)
{
  Batch *batch = data;
  g_autoptr (LadderFileSpare) spare = ladder_file_spare_new ();

  for (;;)
    {
      guint index;

      g_mutex_lock (&batch->lock);
      while (batch->next < batch->n_items && batch->next >= batch->n_reported + batch->window
             && g_atomic_int_get (&interrupted_by) == 0)
        {
          batch->n_workers_waiting++;
          g_cond_wait (&batch->changed, &batch->lock);
          batch->n_workers_waiting--;
        }
      if (batch->next >= batch->n_items || g_atomic_int_get (&interrupted_by) != 0)
        {
          batch->n_workers_running--;
          g_cond_broadcast (&batch->changed);
          g_mutex_unlock (&batch->lock);
          return NULL;
        }
      index = batch->next++;
      g_mutex_unlock (&batch->lock);

      batch->work (index, spare, batch->user_data);

      g_mutex_lock (&batch->lock);
      batch->done[index] = TRUE;
      if (batch->awaited == index)
        g_cond_broadcast (&batch->changed);
      g_mutex_unlock (&batch->lock);
    }
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
 * @report: says how an item went, after @work, in the items' order
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
  batch.awaited = G_MAXUINT;
  batch.n_workers_running = n_workers;
  batch.done = g_new0 (gboolean, n_items);
  g_mutex_init (&batch.lock);
  g_cond_init (&batch.changed);

  threads = g_ptr_array_new ();
  for (guint i = 0; i < n_workers; i++)
    g_ptr_array_add (threads, g_thread_new ("ladder-batch", worker, &batch));

  for (guint i = 0; i < n_items; i++)
    {
      gboolean done;

      g_mutex_lock (&batch.lock);
      batch.awaited = i;
      while (!batch.done[i] && batch.n_workers_running > 0)
        g_cond_wait (&batch.changed, &batch.lock);
      batch.awaited = G_MAXUINT;
      done = batch.done[i];
      g_mutex_unlock (&batch.lock);

      /* Interrupted: the items left were not started. */
      if (!done)
        break;

      report (i, user_data);

      g_mutex_lock (&batch.lock);
      batch.n_reported++;
      if (batch.n_workers_waiting > 0)
        g_cond_broadcast (&batch.changed);
      g_mutex_unlock (&batch.lock);
    }

  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.changed);
  g_free (batch.done);

  release_stopping_signals (old_actions);
}
