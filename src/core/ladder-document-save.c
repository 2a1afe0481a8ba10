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
#include "ladder-export-memory.h"
#include "ladder-markdown-export.h"

/*
 * Saving and exporting a document. Writes run one at a time, in the order
 * asked, each in a worker thread on bytes taken when it was asked (with
 * the history's state they are of); a write over a file the document read
 * or last wrote checks first, and again just before its rename, that the
 * file still holds what it held then. A family folder's save writes each
 * of its changed pages that way, after checking all of them first.
 */

static void
write_job_free (WriteJob *job)
{
  g_object_unref (job->file);
  g_clear_pointer (&job->contents, g_bytes_unref);
  g_clear_pointer (&job->plan, ladder_folder_plan_unref);
  g_clear_pointer (&job->expected_hashes, g_ptr_array_unref);
  g_clear_pointer (&job->written_hashes, g_ptr_array_unref);
  g_free (job->expected_hash);
  g_free (job->written_hash);
  g_clear_object (&job->remember_file);
  g_clear_object (&job->remember_page);
  g_free (job->remember_hash);
  g_clear_object (&job->missing);
  g_clear_object (&job->task);
  g_free (job);
}

typedef struct
{
  const char *expected_hash;
  gboolean    family;
} Check;

static gboolean
check_target (const char *target, gpointer user_data, GError **error)
{
  Check *check = user_data;

  return ladder_file_check (target, check->expected_hash, check->family, error);
}

static LadderWriteFlags
write_flags (LadderSaveFlags flags)
{
  LadderWriteFlags write = LADDER_WRITE_DURABLE;

  if (flags & LADDER_SAVE_REPLACE_READ_ONLY)
    write |= LADDER_WRITE_REPLACE_READ_ONLY;
  if (flags & LADDER_SAVE_BREAK_HARD_LINK)
    write |= LADDER_WRITE_BREAK_HARD_LINK;

  return write;
}

static char *
local_path (GFile *file, GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_FAILED, "%s: %s: %s", name,
                   _ ("error"), _ ("only local files can be written"));
    }

  return path;
}

/* Writes a temporary file beside the target and renames it over it, with
 * an fsync of the file before and of its folder after, whether or not the
 * target exists yet: GIO's g_file_replace_contents writes a new file in
 * place, so a crash during a first save or export would leave half a
 * file. Returns the hash of what the file holds once written, as far as
 * known. */
static gboolean
write_one (GFile           *file,
           GBytes          *contents,
           LadderWriteFlags flags,
           Check           *check,
           char           **written_hash,
           GError         **error)
{
  g_autofree char *path = local_path (file, error);

  if (path == NULL)
    return FALSE;

  if (ladder_file_write_atomic_checked (path, contents, flags, check_target, check, error))
    {
      *written_hash = ladder_file_hash_bytes (contents);
      return TRUE;
    }

  /* Failed after the rename (flushing the folder): the file is ours all
   * the same, and must not look changed by someone else. */
  {
    g_autofree char *ours = ladder_file_hash_bytes (contents);
    g_autofree char *there = ladder_file_hash_path (path, NULL);

    if (g_strcmp0 (ours, there) == 0)
      *written_hash = g_steal_pointer (&ours);
  }

  return FALSE;
}

/* A level page whose level was removed goes, if it is still the page the
 * document read or last wrote. */
static gboolean
delete_one (GFile *file, const char *expected_hash, GError **error)
{
  g_autofree char *path = local_path (file, error);
  g_autofree char *name = NULL;
  g_autoptr (GError) local_error = NULL;
  Check check = { expected_hash, FALSE };

  if (path == NULL || !check_target (path, &check, error))
    return FALSE;

  if (g_file_delete (file, NULL, &local_error)
      || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_FAILED, "%s: %s: %s", name, _ ("error"),
               local_error->message);
  return FALSE;
}

/* A family folder's changed pages: every one is checked before any is
 * written, so that a page changed by another program stops the save
 * before it has written anything. */
static gboolean
write_plan (WriteJob *job, GError **error)
{
  guint            n = ladder_folder_plan_get_n_writes (job->plan);
  LadderWriteFlags flags = write_flags (job->flags);

  for (guint i = 0; i < n; i++)
    {
      GFile           *file = ladder_folder_plan_get_file (job->plan, i);
      g_autofree char *path = local_path (file, error);
      Check            check = { g_ptr_array_index (job->expected_hashes, i), FALSE };
      g_autoptr (GError) local_error = NULL;

      if (path == NULL)
        return FALSE;
      if (!check_target (path, &check, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            job->missing = g_object_ref (file);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      GFile      *file = ladder_folder_plan_get_file (job->plan, i);
      GBytes     *contents = ladder_folder_plan_get_contents (job->plan, i);
      const char *expected = g_ptr_array_index (job->expected_hashes, i);
      char       *written = NULL;
      gboolean    done;

      if (contents == NULL)
        {
          done = delete_one (file, expected, error);
          if (done)
            written = g_strdup ("");
        }
      else
        {
          Check check = { expected, FALSE };

          done = write_one (file, contents, flags, &check, &written, error);
        }

      g_ptr_array_index (job->written_hashes, i) = written;
      if (!done)
        return FALSE;
    }

  return TRUE;
}

/* Saving (or exporting) what the file already holds writes nothing: no
 * question about a read-only page nobody edited, no new file under a
 * link, no change for a file watcher to report. */
static gboolean
already_written (WriteJob *job)
{
  g_autofree char *path = NULL;
  g_autofree char *there = NULL;
  g_autofree char *ours = NULL;

  if (!job->unchanged || job->expected_hash == NULL)
    return FALSE;

  path = g_file_get_path (job->file);
  there = path != NULL ? ladder_file_hash_path (path, NULL) : NULL;
  if (there == NULL || !g_str_equal (there, job->expected_hash))
    return FALSE;

  ours = ladder_file_hash_bytes (job->contents);
  if (!g_str_equal (ours, there))
    return FALSE;

  job->written_hash = g_steal_pointer (&ours);
  return TRUE;
}

static void
write_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr (GError) error = NULL;
  gboolean written;

  if (job->plan != NULL)
    {
      written = write_plan (job, &error);
    }
  else
    {
      Check check = { job->expected_hash, job->json };

      written = already_written (job)
                || write_one (job->file, job->contents, write_flags (job->flags), &check,
                              &job->written_hash, &error);
      if (!written && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        job->missing = g_object_ref (job->file);
    }

  /* Remembered before the caller hears of the write: a window opening
   * the file right after finds its page. */
  if (written && job->remember_file != NULL)
    ladder_export_memory_remember (job->remember_file, job->remember_page,
                                   job->remember_hash != NULL ? job->remember_hash
                                                              : job->written_hash);

  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void start_next_write (LadderDocument *self);

/* Takes what a folder's save wrote (all of it or, when it failed, some)
 * as the version of each page last written. */
static void
folder_written (LadderDocument *self, WriteJob *job, gboolean all)
{
  for (guint i = 0; i < job->written_hashes->len; i++)
    {
      const char *hash = g_ptr_array_index (job->written_hashes, i);
      GFile      *file = ladder_folder_plan_get_file (job->plan, i);
      GBytes     *contents = ladder_folder_plan_get_contents (job->plan, i);
      Watched    *part = _ladder_document_find_part (self, file);

      if (hash == NULL)
        continue;

      if (contents == NULL)
        {
          if (part != NULL)
            g_ptr_array_remove (self->parts, part);
          continue;
        }

      if (part == NULL)
        {
          part = g_new0 (Watched, 1);
          part->file = g_object_ref (file);
          g_ptr_array_add (self->parts, part);
        }
      _ladder_document_set_hash (&part->hash, hash);
      _ladder_document_set_contents (self, part, contents);
    }

  if (all)
    ladder_family_folder_written (self->folder, job->plan);
}

/* Saved as a Ladder file: the document is that file from now on, and a
 * page it was remembers it as the page it was last exported to. */
static void
became_ladder_file (LadderDocument *self, WriteJob *job)
{
  if (self->kind == LADDER_DOCUMENT_PAGE)
    {
      g_autoptr (GFile) page = g_object_ref (self->own.file);

      self->page_state = self->saved_state;
      _ladder_document_set_export_file (self, page);
      _ladder_document_set_hash (&self->page.hash, self->own.hash);
      _ladder_document_share_contents (&self->page, &self->own);
    }
  else if (self->kind == LADDER_DOCUMENT_FOLDER)
    {
      _ladder_document_set_folder (self, NULL, NULL);
    }

  _ladder_document_set_kind (self, LADDER_DOCUMENT_LADDER_FILE);
  _ladder_document_set_file (self, job->file);
}

/* Whether a save wrote @file: a save of one file writes the document's
 * file (under a new name, Save As). */
static gboolean
wrote_file (WriteJob *job, GFile *file)
{
  if (job->plan == NULL)
    return TRUE;

  for (guint i = 0; i < ladder_folder_plan_get_n_writes (job->plan); i++)
    if (g_file_equal (ladder_folder_plan_get_file (job->plan, i), file))
      return TRUE;

  return FALSE;
}

static void
on_write_done (GObject *object, GAsyncResult *result, gpointer user_data)
{
  LadderDocument *self = LADDER_DOCUMENT (object);
  WriteJob       *job = g_queue_pop_head (&self->writes);
  g_autoptr (GError) error = NULL;
  Watched *watched;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  g_assert (job == user_data);
  self->writing = FALSE;
  self->n_writes_done++;

  if (written && job->kind == WRITE_LADDER_FILE)
    became_ladder_file (self, job);
  else if (written && job->kind == WRITE_SAVE && job->plan == NULL)
    _ladder_document_set_file (self, job->file);
  else if (written && job->kind == WRITE_EXPORT && self->kind == LADDER_DOCUMENT_LADDER_FILE)
    {
      self->page_state = job->state;
      _ladder_document_set_export_file (self, job->file);
      _ladder_document_update_modified (self);
    }

  if (job->plan != NULL)
    {
      folder_written (self, job, written);
    }
  else
    {
      watched = job->kind == WRITE_EXPORT ? &self->page : &self->own;
      if (job->written_hash != NULL && watched->file != NULL
          && g_file_equal (watched->file, job->file))
        {
          _ladder_document_set_hash (&watched->hash, job->written_hash);
          _ladder_document_set_contents (self, watched, job->contents);
        }
    }

  /* The window names the page moved or deleted in its question; a save
   * that wrote it again (told to) has it back. */
  if (job->missing != NULL)
    _ladder_document_set_missing (self, job->missing);
  else if (written && job->kind != WRITE_EXPORT && self->missing != NULL
           && wrote_file (job, self->missing))
    _ladder_document_set_missing (self, NULL);

  if (written && job->kind != WRITE_EXPORT)
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

/* The hashes a folder's pages must still have: those last read or
 * written (NULL for a new page, or when told to write over changes). */
static GPtrArray *
expected_part_hashes (LadderDocument *self, WriteJob *job)
{
  guint      n = ladder_folder_plan_get_n_writes (job->plan);
  GPtrArray *hashes = g_ptr_array_new_full (n, g_free);

  for (guint i = 0; i < n; i++)
    {
      Watched *part = _ladder_document_find_part (self, ladder_folder_plan_get_file (job->plan, i));

      g_ptr_array_add (hashes, part != NULL && !(job->flags & LADDER_SAVE_OVERWRITE_CHANGES)
                                   ? g_strdup (part->hash)
                                   : NULL);
    }

  return hashes;
}

static void
remember (WriteJob *job, GFile *ladder_file, GFile *page, const char *page_hash)
{
  if (ladder_file == NULL || page == NULL)
    return;

  job->remember_file = g_object_ref (ladder_file);
  job->remember_page = g_object_ref (page);
  job->remember_hash = g_strdup (page_hash);
}

/* A Ladder file remembers its page across sessions
 * (ladder-export-memory.c): exported to it, or saved (under a new name,
 * or from the page it was) while it has one. */
static void
plan_remembering (LadderDocument *self, WriteJob *job)
{
  if (job->kind == WRITE_EXPORT && self->kind == LADDER_DOCUMENT_LADDER_FILE)
    remember (job, self->own.file, job->file, NULL);
  else if (job->kind == WRITE_LADDER_FILE && self->kind == LADDER_DOCUMENT_PAGE
           && self->own.hash != NULL)
    remember (job, job->file, self->own.file, self->own.hash);
  else if (job->json && self->page.hash != NULL)
    remember (job, job->file, self->page.file, self->page.hash);
}

static void
start_next_write (LadderDocument *self)
{
  WriteJob *job;
  Watched  *watched;
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
              _ladder_document_look_at_all (self);
            }
          return;
        }

      if (!g_task_return_error_if_cancelled (job->task))
        break;

      write_job_free (g_queue_pop_head (&self->writes));
    }

  /* Over the version last read or written, which a write before this one
   * may have just changed: so taken now, not when the write was asked. */
  if (job->plan != NULL)
    {
      job->expected_hashes = expected_part_hashes (self, job);
      job->written_hashes
          = g_ptr_array_new_full (ladder_folder_plan_get_n_writes (job->plan), g_free);
      g_ptr_array_set_size (job->written_hashes, ladder_folder_plan_get_n_writes (job->plan));
    }
  else
    {
      watched = job->kind == WRITE_EXPORT ? &self->page : &self->own;
      if (!(job->flags & LADDER_SAVE_OVERWRITE_CHANGES) && watched->file != NULL
          && g_file_equal (job->file, watched->file))
        job->expected_hash = g_strdup (watched->hash);
    }

  plan_remembering (self, job);

  self->writing = TRUE;
  task = g_task_new (self, NULL, on_write_done, job);
  g_task_set_source_tag (task, start_next_write);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, write_in_thread);
}

static void
queue_write (LadderDocument     *self,
             WriteKind           kind,
             GFile              *file,
             GBytes             *contents,
             LadderFolderPlan   *plan,
             LadderSaveFlags     flags,
             gpointer            source_tag,
             GCancellable       *cancellable,
             GAsyncReadyCallback callback,
             gpointer            user_data)
{
  WriteJob *job = g_new0 (WriteJob, 1);

  job->kind = kind;
  job->json = kind == WRITE_LADDER_FILE
              || (kind == WRITE_SAVE && self->kind == LADDER_DOCUMENT_LADDER_FILE);
  job->file = g_object_ref (file);
  job->contents = contents != NULL ? g_bytes_ref (contents) : NULL;
  job->plan = plan != NULL ? ladder_folder_plan_ref (plan) : NULL;
  job->state = ladder_history_get_state (self->history);
  job->unchanged = plan == NULL
                   && ((kind == WRITE_SAVE && job->state == self->saved_state)
                       || (kind == WRITE_EXPORT && job->state == self->page_state));
  job->flags = flags;
  job->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, source_tag);

  g_queue_push_tail (&self->writes, job);
  _ladder_document_update_busy (self);
  start_next_write (self);
}

/* The family as a Ladder file, if Ladder could read it back. */
static GBytes *
json_contents (LadderDocument *self, GFile *file, GError **error)
{
  g_autoptr (GBytes) contents = ladder_json_write (self->family);
  g_autofree char *name = g_file_get_parse_name (file);

  if (!ladder_json_check_writable (self->family, contents, name, error))
    return NULL;

  return g_steal_pointer (&contents);
}

/* The family as a handbook page. A front matter that is not valid YAML is
 * never written (the last line of defence: every way into the model
 * checks it already). */
static GBytes *
page_contents (LadderDocument *self, GFile *file, GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GString *page = ladder_markdown_export_checked (self->family, LADDER_EXPORT_DEFAULT, name, error);

  return page != NULL ? g_string_free_to_bytes (page) : NULL;
}

void
ladder_document_save_async (LadderDocument     *self,
                            GFile              *file,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  ladder_document_save_full_async (self, file, LADDER_SAVE_DEFAULT, cancellable, callback,
                                   user_data);
}

/**
 * ladder_document_save_full_async:
 * @file: (nullable): where to save, or %NULL for the document's file
 * @flags: what may be written over
 *
 * Saves the family as it is now, in the document's kind: a Ladder file as
 * JSON; a page as the page, through the lossless exporter (given another
 * file, the document becomes that page); a family folder as the pages
 * whose contents change (@file must be %NULL or the folder). Saves run one
 * after the other, in the order asked. Over the document's own file (each
 * of a folder's), the save fails with %G_IO_ERROR_WRONG_ETAG if another
 * program changed it since it was read or written (unless @flags say to
 * write over it); over any Ladder file, with %LADDER_ERROR_NEWER_VERSION
 * if it is in a newer format, and with %LADDER_FILE_ERROR_READ_ONLY or
 * %LADDER_FILE_ERROR_HARD_LINK unless @flags allow them.
 */
void
ladder_document_save_full_async (LadderDocument     *self,
                                 GFile              *file,
                                 LadderSaveFlags     flags,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (LadderFolderPlan) plan = NULL;
  GError *error = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  if (file == NULL)
    file = self->own.file;
  g_return_if_fail (G_IS_FILE (file));

  ladder_history_seal (self->history);

  switch (self->kind)
    {
    case LADDER_DOCUMENT_LADDER_FILE:
      contents = json_contents (self, file, &error);
      break;

    case LADDER_DOCUMENT_PAGE:
      contents = page_contents (self, file, &error);
      break;

    case LADDER_DOCUMENT_FOLDER:
      if (!g_file_equal (file, self->own.file))
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s: %s: %s", name,
                       _ ("error"), _ ("a family folder is saved in its own folder"));
          break;
        }
      plan = ladder_family_folder_write_plan (self->folder, self->family, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (contents == NULL && plan == NULL)
    {
      g_task_report_error (self, callback, user_data, ladder_document_save_async, error);
      return;
    }

  queue_write (self, WRITE_SAVE, file, contents, plan, flags, ladder_document_save_async,
               cancellable, callback, user_data);
}

/**
 * ladder_document_save_as_ladder_file_async:
 * @file: the Ladder file to write
 * @flags: what may be written over
 *
 * Saves the family as a Ladder file (JSON), which the document is from
 * then on: saving it writes JSON. A page document remembers its page as
 * the page it was last exported to (out of date if it has unsaved
 * changes). Finish with ladder_document_save_finish(). A page's name
 * (`*.md`) is refused: JSON is never written over a page.
 */
void
ladder_document_save_as_ladder_file_async (LadderDocument     *self,
                                           GFile              *file,
                                           LadderSaveFlags     flags,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *base_name = NULL;
  GError          *error = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  base_name = g_file_get_basename (file);
  if (_ladder_document_is_page_name (base_name))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (
          &error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, "%s: %s: %s", name, _ ("error"),
          _ ("a Ladder file is not written under a page’s name; name it *.jobfamily.json"));
      g_task_report_error (self, callback, user_data, ladder_document_save_async, error);
      return;
    }

  ladder_history_seal (self->history);
  contents = json_contents (self, file, &error);
  if (contents == NULL)
    {
      g_task_report_error (self, callback, user_data, ladder_document_save_async, error);
      return;
    }

  queue_write (self, WRITE_LADDER_FILE, file, contents, NULL, flags, ladder_document_save_async,
               cancellable, callback, user_data);
}

gboolean
ladder_document_save_finish (LadderDocument *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
ladder_document_export_async (LadderDocument     *self,
                              GFile              *file,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  ladder_document_export_full_async (self, file, LADDER_SAVE_DEFAULT, cancellable, callback,
                                     user_data);
}

/**
 * ladder_document_export_full_async:
 *
 * Writes the family as a handbook page, with the same checks as a save:
 * over the page a Ladder file was last exported to, it fails with
 * %G_IO_ERROR_WRONG_ETAG if another program (a `git pull`) changed it
 * since. A Ladder file remembers the page (see
 * #LadderDocument:page-out-of-date); a page document exporting to its own
 * page saves it, and to another page writes a copy.
 */
void
ladder_document_export_full_async (LadderDocument     *self,
                                   GFile              *file,
                                   LadderSaveFlags     flags,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GBytes) contents = NULL;
  GError   *error = NULL;
  WriteKind kind = WRITE_EXPORT;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->kind == LADDER_DOCUMENT_PAGE && self->own.file != NULL
      && g_file_equal (file, self->own.file))
    kind = WRITE_SAVE;

  /* The state exported is one that undo can come back to. */
  ladder_history_seal (self->history);

  contents = page_contents (self, file, &error);
  if (contents == NULL)
    {
      g_task_report_error (self, callback, user_data, ladder_document_export_async, error);
      return;
    }

  queue_write (self, kind, file, contents, NULL, flags, ladder_document_export_async, cancellable,
               callback, user_data);
}

gboolean
ladder_document_export_finish (LadderDocument *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
