/* ladder-document-save.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document-private.h"

#include <glib/gi18n-lib.h>

#include "ladder-file.h"
#include "ladder-file-check.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"

/*
 * Saving and exporting a document. Writes run one at a time, in the order
 * asked, each in a worker thread on bytes taken when it was asked (with
 * the history's state they are of); a write over the file the document
 * read or last wrote checks first, and again just before its rename, that
 * the file still holds what it held then.
 */

static void
write_job_free (WriteJob *job)
{
  g_object_unref (job->file);
  g_bytes_unref (job->contents);
  g_free (job->expected_hash);
  g_free (job->written_hash);
  g_clear_object (&job->task);
  g_free (job);
}

typedef struct
{
  const char *expected_hash;
  gboolean    family;
} Check;

static gboolean
check_target (const char  *target,
              gpointer     user_data,
              GError     **error)
{
  Check *check = user_data;

  return ladder_file_check (target, check->expected_hash, check->family, error);
}

/* Writes a temporary file beside the target and renames it over it, with
 * an fsync of the file before and of its folder after, whether or not the
 * target exists yet: GIO's g_file_replace_contents writes a new file in
 * place, so a crash during a first save or export would leave half a
 * file. */
static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autofree char *name = g_file_get_parse_name (job->file);
  g_autoptr (GError) error = NULL;
  LadderWriteFlags flags = LADDER_WRITE_DURABLE;
  Check check = { job->expected_hash, job->kind == WRITE_SAVE };

  if (path == NULL)
    {
      g_task_return_new_error (task, LADDER_FILE_ERROR, LADDER_FILE_ERROR_FAILED,
                               "%s: %s: %s", name, _("error"), _("only local files can be written"));
      return;
    }

  if (job->flags & LADDER_SAVE_REPLACE_READ_ONLY)
    flags |= LADDER_WRITE_REPLACE_READ_ONLY;
  if (job->flags & LADDER_SAVE_BREAK_HARD_LINK)
    flags |= LADDER_WRITE_BREAK_HARD_LINK;

  if (ladder_file_write_atomic_checked (path, job->contents, flags, check_target, &check, &error))
    {
      job->written_hash = ladder_file_hash_bytes (job->contents);
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Failed after the rename (flushing the folder): the file is ours all
   * the same, and must not look changed by someone else. */
  {
    g_autofree char *ours = ladder_file_hash_bytes (job->contents);
    g_autofree char *there = ladder_file_hash_path (path, NULL);

    if (g_strcmp0 (ours, there) == 0)
      job->written_hash = g_steal_pointer (&ours);
  }

  g_task_return_error (task, g_steal_pointer (&error));
}

static void start_next_write (LadderDocument *self);

static void
on_write_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  LadderDocument *self = LADDER_DOCUMENT (object);
  WriteJob *job = g_queue_pop_head (&self->writes);
  g_autoptr (GError) error = NULL;
  Watched *watched = job->kind == WRITE_SAVE ? &self->own : &self->page;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  g_assert (job == user_data);
  self->writing = FALSE;
  self->n_writes_done++;

  if (written)
    {
      if (job->kind == WRITE_SAVE)
        _ladder_document_set_file (self, job->file);
      else
        _ladder_document_set_export_file (self, job->file);
    }

  if (job->written_hash != NULL && watched->file != NULL && g_file_equal (watched->file, job->file))
    _ladder_document_set_hash (&watched->hash, job->written_hash);

  if (written && job->kind == WRITE_SAVE)
    {
      /* Saved as of the snapshot: what changed since is still unsaved,
       * and keeps its draft (written again, based on this version). */
      self->saved_state = job->state;
      _ladder_document_update_modified (self);
      if (self->modified)
        ladder_document_write_draft_now (self);
      else
        ladder_document_discard_draft (self);
    }

  if (written)
    g_task_return_boolean (job->task, TRUE);
  else
    g_task_return_error (job->task, g_steal_pointer (&error));
  write_job_free (job);

  start_next_write (self);
}

static void
start_next_write (LadderDocument *self)
{
  WriteJob *job;
  Watched *watched;
  g_autoptr (GTask) task = NULL;

  if (self->writing)
    return;

  for (;;)
    {
      job = g_queue_peek_head (&self->writes);
      if (job == NULL)
        {
          _ladder_document_update_busy (self);
          if (self->look_after_writes)
            {
              self->look_after_writes = FALSE;
              _ladder_document_look_at (self, &self->own);
              _ladder_document_look_at (self, &self->page);
            }
          return;
        }

      if (!g_task_return_error_if_cancelled (job->task))
        break;

      write_job_free (g_queue_pop_head (&self->writes));
    }

  /* Over the version last read or written, which a write before this one
   * may have just changed: so taken now, not when the write was asked. */
  watched = job->kind == WRITE_SAVE ? &self->own : &self->page;
  if (!(job->flags & LADDER_SAVE_OVERWRITE_CHANGES) && watched->file != NULL
      && g_file_equal (job->file, watched->file))
    job->expected_hash = g_strdup (watched->hash);

  self->writing = TRUE;
  task = g_task_new (self, NULL, on_write_done, job);
  g_task_set_source_tag (task, start_next_write);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, write_in_thread);
}

static void
queue_write (LadderDocument      *self,
             WriteKind            kind,
             GFile               *file,
             GBytes              *contents,
             LadderSaveFlags      flags,
             gpointer             source_tag,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  WriteJob *job = g_new0 (WriteJob, 1);

  job->kind = kind;
  job->file = g_object_ref (file);
  job->contents = g_bytes_ref (contents);
  job->state = ladder_history_get_state (self->history);
  job->flags = flags;
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, source_tag);

  g_queue_push_tail (&self->writes, job);
  _ladder_document_update_busy (self);
  start_next_write (self);
}

void
ladder_document_save_async (LadderDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  ladder_document_save_full_async (self, file, LADDER_SAVE_DEFAULT, cancellable, callback, user_data);
}

/**
 * ladder_document_save_full_async:
 * @file: (nullable): where to save, or %NULL for the document's file
 * @flags: what may be written over
 *
 * Saves the family as it is now. Saves run one after the other, in the
 * order asked. Over the document's own file, the save fails with
 * %G_IO_ERROR_WRONG_ETAG if another program changed it since it was read
 * or written (unless @flags say to write over it); over any file, with
 * %LADDER_ERROR_NEWER_VERSION if it is in a newer format, and with
 * %LADDER_FILE_ERROR_READ_ONLY or %LADDER_FILE_ERROR_HARD_LINK unless
 * @flags allow them.
 */
void
ladder_document_save_full_async (LadderDocument      *self,
                                 GFile               *file,
                                 LadderSaveFlags      flags,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr (GBytes) contents = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  if (file == NULL)
    file = self->own.file;
  g_return_if_fail (G_IS_FILE (file));

  ladder_history_seal (self->history);
  contents = ladder_json_write (self->family);

  /* Nothing is written that Ladder would refuse to read back. */
  {
    g_autofree char *name = g_file_get_parse_name (file);
    GError *error = NULL;

    if (!ladder_json_check_writable (self->family, contents, name, &error))
      {
        g_task_report_error (self, callback, user_data, ladder_document_save_async, error);
        return;
      }
  }

  queue_write (self, WRITE_SAVE, file, contents, flags, ladder_document_save_async, cancellable, callback,
               user_data);
}

gboolean
ladder_document_save_finish (LadderDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
ladder_document_export_async (LadderDocument      *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  ladder_document_export_full_async (self, file, LADDER_SAVE_DEFAULT, cancellable, callback, user_data);
}

/**
 * ladder_document_export_full_async:
 *
 * Writes the family as a handbook page, with the same checks as a save:
 * over the page it was imported from or last exported to, it fails with
 * %G_IO_ERROR_WRONG_ETAG if another program (a `git pull`) changed it
 * since.
 */
void
ladder_document_export_full_async (LadderDocument      *self,
                                   GFile               *file,
                                   LadderSaveFlags      flags,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *name = NULL;
  GError *error = NULL;
  GString *page;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A front matter that is not valid YAML is never written (the last line
   * of defence: every way into the model checks it already). */
  name = g_file_get_parse_name (file);
  page = ladder_markdown_export_checked (self->family, LADDER_EXPORT_DEFAULT, name, &error);
  if (page == NULL)
    {
      g_task_report_error (self, callback, user_data, ladder_document_export_async, error);
      return;
    }

  contents = g_string_free_to_bytes (page);
  queue_write (self, WRITE_EXPORT, file, contents, flags, ladder_document_export_async, cancellable, callback,
               user_data);
}

gboolean
ladder_document_export_finish (LadderDocument  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
