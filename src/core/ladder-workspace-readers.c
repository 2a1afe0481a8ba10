/* ladder-workspace-readers.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The pages an index run must read, read by every core of the machine.
 *
 * Reading a page, importing it and running the handbook checks on it is
 * nearly all of what a cold index costs, and no page needs another for
 * it. The run lists its pages (jobs) in the order of its walk, then takes
 * their records in that order: a record a reader thread has made is
 * taken as it is, one a reader is making is waited for (the run's thread
 * reads the next pages meanwhile), and one no thread has started is made
 * by the run's own thread. So the run hands over exactly what it would
 * hand over alone, in the same order, and a machine with one core does all
 * of it in the run's thread. Jobs the run never takes (their folder was
 * read whole) may be read for nothing, and are freed unused.
 *
 * A page in a folder with `_index.md` may be a level page, which makes
 * the whole folder one family: the readers only look at whether it is,
 * and leave the folder to the run.
 *
 * Each reader has checks of its own (a linter is used by one thread at a
 * time). Readers stop taking pages when the run is cancelled or freed.
 */

#include "ladder-workspace-private.h"

#include <string.h>

#include "ladder-family-folder.h"

/* Threads reading pages, the run's own included. */
#define MAX_READING_THREADS 4

typedef struct
{
  char                 *path;
  const LadderWalkFile *file;
  gboolean              in_index_folder;
  /* Set under the lock, once a thread takes it and once it is made. */
  gboolean  started;
  gboolean  finished;
  GVariant *record;
  gboolean  level_page;
  guint     n_read;
} Job;

struct _LadderPageReaders
{
  char         *root_path;
  int           root_fd;
  GCancellable *cancellable;
  GPtrArray    *jobs;
  GPtrArray    *threads;

  GMutex lock;
  GCond  finished;
  /* No job before this one is left for the readers to start. */
  guint    next;
  gboolean stopping;
};

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_pointer (&job->record, g_variant_unref);
  g_free (job);
}

/**
 * ladder_page_readers_new:
 * @root_path: the workspace folder, canonical
 * @root_fd: the workspace folder, open for as long as the readers live
 * @cancellable: (nullable): the run's #GCancellable
 *
 * Returns: (transfer full): readers with no job yet
 */
LadderPageReaders *
ladder_page_readers_new (const char *root_path, int root_fd, GCancellable *cancellable)
{
  LadderPageReaders *readers = g_new0 (LadderPageReaders, 1);

  readers->root_path = g_strdup (root_path);
  readers->root_fd = root_fd;
  readers->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  readers->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) job_free);
  readers->threads = g_ptr_array_new ();
  g_mutex_init (&readers->lock);
  g_cond_init (&readers->finished);
  return readers;
}

/**
 * ladder_page_readers_free:
 * @readers: (nullable): the readers
 *
 * Stops the readers, waiting for the pages they are reading, and frees
 * the records nobody took.
 */
void
ladder_page_readers_free (LadderPageReaders *readers)
{
  if (readers == NULL)
    return;

  g_mutex_lock (&readers->lock);
  readers->stopping = TRUE;
  g_mutex_unlock (&readers->lock);
  for (guint i = 0; i < readers->threads->len; i++)
    g_thread_join (g_ptr_array_index (readers->threads, i));

  g_ptr_array_unref (readers->threads);
  g_ptr_array_unref (readers->jobs);
  g_clear_object (&readers->cancellable);
  g_mutex_clear (&readers->lock);
  g_cond_clear (&readers->finished);
  g_free (readers->root_path);
  g_free (readers);
}

/**
 * ladder_page_readers_add:
 * @readers: the readers, not started
 * @path: the page's path, relative to the workspace
 * @file: what the walk found of it; lives as long as @readers
 * @in_index_folder: whether the page is one of a folder's pages beside
 *   its `_index.md`, which may make the folder a family
 *
 * Returns: the job's number, for ladder_page_readers_take()
 */
guint
ladder_page_readers_add (LadderPageReaders    *readers,
                         const char           *path,
                         const LadderWalkFile *file,
                         gboolean              in_index_folder)
{
  Job *job = g_new0 (Job, 1);

  g_return_val_if_fail (readers->threads->len == 0, G_MAXUINT);

  job->path = g_strdup (path);
  job->file = file;
  job->in_index_folder = in_index_folder;
  g_ptr_array_add (readers->jobs, job);
  return readers->jobs->len - 1;
}

static void
read_job (LadderPageReaders *readers, Job *job, LadderIndexChecks *checks)
{
  g_autoptr (GBytes) bytes = NULL;

  if (job->in_index_folder)
    {
      const char *data;
      gsize       length;

      job->n_read++;
      bytes = ladder_index_read_page (readers->root_fd, job->path, NULL);
      data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;
      if (data != NULL && ladder_family_folder_is_level_page (data, length, NULL))
        {
          job->level_page = TRUE;
          return;
        }
    }

  if (bytes == NULL)
    job->n_read++;
  job->record = ladder_index_page_record (readers->root_fd, readers->root_path, job->path,
                                          job->file, bytes, checks);
}

/* Reads @job, started by this thread. Called, and returns, with the lock
 * held. */
static void
read_started_job (LadderPageReaders *readers, Job *job, LadderIndexChecks *checks)
{
  g_mutex_unlock (&readers->lock);
  read_job (readers, job, checks);
  g_mutex_lock (&readers->lock);
  job->finished = TRUE;
  g_cond_broadcast (&readers->finished);
}

/* Starts and reads the first job no thread has started; returns FALSE
 * when none is left (or the run is cancelled). Called, and returns, with
 * the lock held. */
static gboolean
read_next_job (LadderPageReaders *readers, LadderIndexChecks *checks)
{
  while (readers->next < readers->jobs->len && !readers->stopping
         && !g_cancellable_is_cancelled (readers->cancellable))
    {
      Job *job = g_ptr_array_index (readers->jobs, readers->next++);

      if (job->started)
        continue;
      job->started = TRUE;
      read_started_job (readers, job, checks);
      return TRUE;
    }

  return FALSE;
}

static gpointer
reader_thread (gpointer user_data)
{
  LadderPageReaders *readers = user_data;
  LadderIndexChecks *checks = ladder_index_checks_new (readers->root_path);

  g_mutex_lock (&readers->lock);
  while (read_next_job (readers, checks))
    ;
  g_mutex_unlock (&readers->lock);

  ladder_index_checks_free (checks);
  return NULL;
}

/**
 * ladder_page_readers_start:
 * @readers: the readers, with their jobs
 *
 * Starts reader threads beside the caller's, as many as the machine has
 * cores to spare and the jobs need.
 */
void
ladder_page_readers_start (LadderPageReaders *readers)
{
  guint n_threads = CLAMP (g_get_num_processors (), 1, MAX_READING_THREADS) - 1;

  n_threads = MIN (n_threads, readers->jobs->len / 2);
  for (guint i = 0; i < n_threads; i++)
    {
      g_autoptr (GError) error = NULL;
      GThread *thread = g_thread_try_new ("ladder-page-reader", reader_thread, readers, &error);

      /* The run's own thread reads what no reader does. */
      if (thread == NULL)
        {
          g_debug ("No thread to read pages: %s", error->message);
          break;
        }
      g_ptr_array_add (readers->threads, thread);
    }
}

/**
 * ladder_page_readers_take:
 * @readers: the readers
 * @job_number: a job not yet taken
 * @checks: the caller's checks, if it reads the page itself
 * @n_read: (out): how many times the page was read
 *
 * Returns: (transfer full) (nullable): the page's record, or %NULL for a
 *   page in a folder with `_index.md` that is a level page
 */
GVariant *
ladder_page_readers_take (LadderPageReaders *readers,
                          guint              job_number,
                          LadderIndexChecks *checks,
                          guint             *n_read)
{
  Job *job;

  g_return_val_if_fail (job_number < readers->jobs->len, NULL);

  job = g_ptr_array_index (readers->jobs, job_number);
  g_mutex_lock (&readers->lock);
  if (!job->started)
    {
      job->started = TRUE;
      read_started_job (readers, job, checks);
    }
  /* While a reader makes this one, this thread reads the next pages
   * rather than wait. */
  while (!job->finished)
    if (!read_next_job (readers, checks))
      g_cond_wait (&readers->finished, &readers->lock);
  g_mutex_unlock (&readers->lock);

  *n_read = job->n_read;
  return g_steal_pointer (&job->record);
}
