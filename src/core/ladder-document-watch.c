/* ladder-document-watch.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document-private.h"

#include "ladder-family-folder.h"
#include "ladder-file-check.h"

/*
 * Watching a document's files for other programs' changes (an editor, a
 * `git pull`): its Ladder file or page, the page a Ladder file was
 * exported to, and every page of a family folder (through one monitor on
 * the folder). An event is only a hint: the file's contents are hashed in
 * a worker thread and compared with the version last read or written, so
 * a change is told by content, not by time, and the document's own writes
 * are not taken for another program's.
 */

typedef enum
{
  LOOK_OWN,
  LOOK_PAGE,
  LOOK_PARTS,
} LookAt;

/* A look at watched files; it does not keep a closed document alive. */
typedef struct
{
  GWeakRef document;
  LookAt   what;
  /* GFile, and their hashes (NULL: gone or unreadable) once looked at,
   * and the first of them that is gone (moved or deleted). */
  GPtrArray *files;
  GPtrArray *hashes;
  GFile     *gone;
  guint64    n_writes_done;
  /* A family folder's: the folder, and the level pages it has now (GFile),
   * read as the document would read it; NULL when it could not be read. */
  GFile     *folder;
  GPtrArray *folder_files;
} Look;

static void
look_free (gpointer data)
{
  Look *look = data;

  g_weak_ref_clear (&look->document);
  g_ptr_array_unref (look->files);
  g_ptr_array_unref (look->hashes);
  g_clear_object (&look->gone);
  g_clear_object (&look->folder);
  g_clear_pointer (&look->folder_files, g_ptr_array_unref);
  g_free (look);
}

static void
look_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Look *look = task_data;

  for (guint i = 0; i < look->files->len; i++)
    {
      GFile           *file = g_ptr_array_index (look->files, i);
      g_autofree char *path = g_file_get_path (file);
      char            *hash = path != NULL ? ladder_file_hash_path (path, NULL) : NULL;

      g_ptr_array_add (look->hashes, hash);
      if (hash == NULL && path != NULL && look->gone == NULL
          && !g_file_test (path, G_FILE_TEST_EXISTS))
        look->gone = g_object_ref (file);
    }

  /* A level page added (by a `git pull`, another editor): a page of the
   * family the document does not have. */
  if (look->folder != NULL)
    {
      g_autoptr (LadderFamilyFolder) now = ladder_family_folder_read (look->folder, NULL, NULL);

      if (now != NULL)
        look->folder_files = ladder_family_folder_dup_files (now);
    }

  g_task_return_boolean (task, TRUE);
}

static gboolean
differs (Watched *watched, GFile *file, const char *hash)
{
  if (watched == NULL || watched->file == NULL || !g_file_equal (watched->file, file))
    return FALSE;

  return g_strcmp0 (hash, watched->hash) != 0;
}

static void
on_looked (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Look *look = g_task_get_task_data (G_TASK (result));
  g_autoptr (LadderDocument) self = g_weak_ref_get (&look->document);
  gboolean changed = FALSE;

  g_task_propagate_boolean (G_TASK (result), NULL);
  if (self == NULL)
    return;

  /* A write of the document's own since: it looks again when done. */
  if (!g_queue_is_empty (&self->writes) || look->n_writes_done != self->n_writes_done)
    return;

  for (guint i = 0; i < look->files->len && !changed; i++)
    {
      GFile      *file = g_ptr_array_index (look->files, i);
      const char *hash = g_ptr_array_index (look->hashes, i);

      switch (look->what)
        {
        case LOOK_OWN:
          changed = !self->own.folder && differs (&self->own, file, hash);
          break;

        case LOOK_PAGE:
          changed = differs (&self->page, file, hash);
          break;

        case LOOK_PARTS:
          changed = differs (_ladder_document_find_part (self, file), file, hash);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  for (guint i = 0; look->folder_files != NULL && i < look->folder_files->len && !changed; i++)
    changed = _ladder_document_find_part (self, g_ptr_array_index (look->folder_files, i)) == NULL;

  /* A page moved (`git mv`) or deleted is said as such: it was "changed
   * by another program", whose Reload and Save Over then did not say
   * that a save would make the page again under its old name. A file the
   * document never had (a folder's page it has no version of) is not
   * missing. */
  if (look->what != LOOK_PAGE)
    {
      GFile   *gone = NULL;
      Watched *watched = NULL;

      if (look->gone != NULL)
        watched
            = look->what == LOOK_OWN ? &self->own : _ladder_document_find_part (self, look->gone);
      if (watched != NULL && watched->hash != NULL && watched->file != NULL
          && g_file_equal (watched->file, look->gone))
        gone = look->gone;
      _ladder_document_set_missing (self, gone);
    }

  if (changed)
    _ladder_document_emit_changed (self, look->what == LOOK_PAGE);
}

static void
look (LadderDocument *self, LookAt what, GPtrArray *files, GFile *folder)
{
  g_autoptr (GTask) task = NULL;
  Look *look;

  if (files->len == 0)
    {
      g_ptr_array_unref (files);
      return;
    }

  look = g_new0 (Look, 1);
  g_weak_ref_init (&look->document, self);
  look->what = what;
  look->files = files;
  look->hashes = g_ptr_array_new_with_free_func (g_free);
  look->n_writes_done = self->n_writes_done;
  look->folder = folder != NULL ? g_object_ref (folder) : NULL;

  task = g_task_new (NULL, NULL, on_looked, NULL);
  g_task_set_source_tag (task, _ladder_document_look_at);
  g_task_set_task_data (task, look, look_free);
  g_task_run_in_thread (task, look_in_thread);
}

static void
look_at_parts (LadderDocument *self)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->parts != NULL && i < self->parts->len; i++)
    g_ptr_array_add (files, g_object_ref (((Watched *) g_ptr_array_index (self->parts, i))->file));

  look (self, LOOK_PARTS, files, self->own.file);
}

/* Compares a watched file's contents with the version last read or
 * written: modification times say too little (a tool restores them; two
 * writes in one tick share one). A folder is looked at through its
 * pages. */
void
_ladder_document_look_at (LadderDocument *self, Watched *watched)
{
  GPtrArray *files;

  if (watched->file == NULL)
    return;

  if (watched->folder)
    {
      look_at_parts (self);
      return;
    }

  files = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (files, g_object_ref (watched->file));
  look (self, watched == &self->page ? LOOK_PAGE : LOOK_OWN, files, NULL);
}

void
_ladder_document_look_at_all (LadderDocument *self)
{
  _ladder_document_look_at (self, &self->own);
  _ladder_document_look_at (self, &self->page);
}

/* Another program (an editor, a `git pull`) changed or removed a file. */
static void
on_file_event (GFileMonitor     *monitor,
               GFile            *file,
               GFile            *other,
               GFileMonitorEvent event,
               LadderDocument   *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED
      && event != G_FILE_MONITOR_EVENT_DELETED && event != G_FILE_MONITOR_EVENT_RENAMED
      && event != G_FILE_MONITOR_EVENT_MOVED_IN && event != G_FILE_MONITOR_EVENT_MOVED_OUT)
    return;

  if (!g_queue_is_empty (&self->writes))
    {
      self->look_after_writes = TRUE;
      return;
    }

  _ladder_document_look_at (self, monitor == self->own.monitor ? &self->own : &self->page);
}

void
_ladder_document_unwatch (LadderDocument *self, Watched *watched)
{
  if (watched->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (watched->monitor, self);
      g_file_monitor_cancel (watched->monitor);
      g_clear_object (&watched->monitor);
    }
  watched->folder = FALSE;
}

/* Watches @watched's file, or the folder it is when @folder is set. */
void
_ladder_document_watch (LadderDocument *self, Watched *watched, gboolean folder)
{
  _ladder_document_unwatch (self, watched);
  watched->folder = folder;

  if (folder)
    watched->monitor
        = g_file_monitor_directory (watched->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  else
    watched->monitor = g_file_monitor_file (watched->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);

  if (watched->monitor != NULL)
    g_signal_connect (watched->monitor, "changed", G_CALLBACK (on_file_event), self);
}
