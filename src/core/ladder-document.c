/* ladder-document.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document-private.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-file-check.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

/* Unsaved changes reach a draft at most this long after the last edit. */
#define AUTOSAVE_DELAY_MS 2000

/*
 * A job family being edited: the family, where it is saved, where it was
 * last exported to, its undo history and whether it has unsaved changes.
 * All file IO is asynchronous; reading and parsing happen in a worker
 * thread, on objects no one else sees yet. Saving and exporting are in
 * ladder-document-save.c.
 *
 * Unsaved means: the history's state is not the one the file holds. A save
 * takes the state with the bytes it writes, so an edit made while it runs
 * stays unsaved.
 *
 * Nothing is written over unseen: the document keeps a hash of its file
 * and of its export file as last read or written, and watches both.
 */

G_DEFINE_FINAL_TYPE (LadderDocument, ladder_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAMILY,
  PROP_HISTORY,
  PROP_FILE,
  PROP_EXPORT_FILE,
  PROP_MODIFIED,
  PROP_BUSY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED_ON_DISK,
  EXPORT_CHANGED_ON_DISK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_ladder_document_update_modified (LadderDocument *self)
{
  gboolean modified = ladder_history_get_state (self->history) != self->saved_state;

  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
_ladder_document_update_busy (LadderDocument *self)
{
  gboolean busy = !g_queue_is_empty (&self->writes) || ladder_draft_writer_get_busy (self->drafts);

  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* ------------------------------------------------------------------ */
/* Drafts                                                               */

/**
 * ladder_document_write_draft_now:
 *
 * Writes the document's unsaved changes to its draft, so that they survive
 * a crash. Done by itself a moment after each edit.
 */
void
ladder_document_write_draft_now (LadderDocument *self)
{
  g_autofree char *title = NULL;
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GBytes) info = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!self->modified)
    return;

  if (self->draft_id == NULL)
    self->draft_id = ladder_drafts_new_id ();

  /* With the versions of the files the changes were made to: restoring
   * the draft must not write over what changed on disk since. */
  title = ladder_document_dup_title (self);
  info = ladder_draft_info_bytes (self->own.file, self->page.file, title,
                                  self->own.file != NULL ? self->own.hash : NULL,
                                  self->page.file != NULL ? self->page.hash : NULL);
  contents = ladder_json_write (self->family);
  ladder_draft_writer_write (self->drafts, self->draft_id, contents, info);
}

static gboolean
on_autosave (gpointer user_data)
{
  LadderDocument *self = user_data;

  self->autosave_source = 0;
  ladder_document_write_draft_now (self);
  return G_SOURCE_REMOVE;
}

/* The document's changes are saved or given up: its draft goes, after any
 * draft write still under way. */
void
ladder_document_discard_draft (LadderDocument *self)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->draft_id != NULL)
    {
      ladder_draft_writer_remove (self->drafts, self->draft_id);
      g_clear_pointer (&self->draft_id, g_free);
    }
}

static void
on_state_changed (LadderDocument *self)
{
  _ladder_document_update_modified (self);

  /* Back to what the file holds (undone): nothing to keep in a draft. */
  if (!self->modified)
    {
      ladder_document_discard_draft (self);
      return;
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, on_autosave, self);
}

static void
set_family (LadderDocument *self,
            LadderFamily   *family)
{
  if (self->history != NULL)
    g_clear_signal_handler (&self->state_handler, self->history);

  g_set_object (&self->family, family);
  g_clear_object (&self->history);
  self->history = ladder_history_new (family);
  self->state_handler = g_signal_connect_swapped (self->history, "notify::state",
                                                  G_CALLBACK (on_state_changed), self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* ------------------------------------------------------------------ */
/* Watching the files                                                   */

/* A look at a watched file; it does not keep a closed document alive. */
typedef struct
{
  GWeakRef document;
  GFile   *file;
  gboolean page;
  guint64  n_writes_done;
  char    *hash;
} Look;

static void
look_free (gpointer data)
{
  Look *look = data;

  g_weak_ref_clear (&look->document);
  g_object_unref (look->file);
  g_free (look->hash);
  g_free (look);
}

static void
look_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Look *look = task_data;
  g_autofree char *path = g_file_get_path (look->file);

  /* NULL when gone or unreadable. */
  look->hash = path != NULL ? ladder_file_hash_path (path, NULL) : NULL;
  g_task_return_boolean (task, TRUE);
}

static void
on_looked (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Look *look = g_task_get_task_data (G_TASK (result));
  g_autoptr (LadderDocument) self = g_weak_ref_get (&look->document);
  Watched *watched;

  g_task_propagate_boolean (G_TASK (result), NULL);
  if (self == NULL)
    return;

  /* A write of the document's own since: it looks again when done. */
  if (!g_queue_is_empty (&self->writes) || look->n_writes_done != self->n_writes_done)
    return;

  watched = look->page ? &self->page : &self->own;
  if (watched->file == NULL || !g_file_equal (watched->file, look->file))
    return;

  if (g_strcmp0 (look->hash, watched->hash) != 0)
    g_signal_emit (self, signals[look->page ? EXPORT_CHANGED_ON_DISK : CHANGED_ON_DISK], 0);
}

/* Compares a watched file's contents with the version last read or
 * written: modification times say too little (a tool restores them; two
 * writes in one tick share one). */
void
_ladder_document_look_at (LadderDocument *self,
                          Watched        *watched)
{
  g_autoptr (GTask) task = NULL;
  Look *look;

  if (watched->file == NULL)
    return;

  look = g_new0 (Look, 1);
  g_weak_ref_init (&look->document, self);
  look->file = g_object_ref (watched->file);
  look->page = watched == &self->page;
  look->n_writes_done = self->n_writes_done;

  task = g_task_new (NULL, NULL, on_looked, NULL);
  g_task_set_source_tag (task, _ladder_document_look_at);
  g_task_set_task_data (task, look, look_free);
  g_task_run_in_thread (task, look_in_thread);
}

/* Another program (an editor, a `git pull`) changed or removed a file. */
static void
on_file_event (GFileMonitor      *monitor,
               GFile             *file,
               GFile             *other,
               GFileMonitorEvent  event,
               LadderDocument    *self)
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

static void
unwatch (LadderDocument *self,
         Watched        *watched)
{
  if (watched->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (watched->monitor, self);
      g_file_monitor_cancel (watched->monitor);
      g_clear_object (&watched->monitor);
    }
}

/* Follows @file instead; whoever calls this sets the hash. */
static gboolean
watch (LadderDocument *self,
       Watched        *watched,
       GFile          *file)
{
  if (!g_set_object (&watched->file, file))
    return FALSE;

  unwatch (self, watched);

  if (file != NULL)
    {
      watched->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (watched->monitor != NULL)
        g_signal_connect (watched->monitor, "changed", G_CALLBACK (on_file_event), self);
    }

  return TRUE;
}

void
_ladder_document_set_file (LadderDocument *self,
                           GFile          *file)
{
  if (!watch (self, &self->own, file))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
_ladder_document_set_export_file (LadderDocument *self,
                                  GFile          *file)
{
  if (!watch (self, &self->page, file))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORT_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
_ladder_document_set_hash (char       **hash,
                           const char  *value)
{
  if (*hash != value)
    {
      g_free (*hash);
      *hash = g_strdup (value);
    }
}

/* The next save overwrites the file even if it changed on disk: the
 * person was asked and said so. (A file from a newer Ladder is still not
 * written over.) */
void
ladder_document_forget_disk_version (LadderDocument *self)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_pointer (&self->own.hash, g_free);
}

/* ------------------------------------------------------------------ */

static void
on_drafts_busy (LadderDocument *self)
{
  _ladder_document_update_busy (self);
}

static void
ladder_document_dispose (GObject *object)
{
  LadderDocument *self = (LadderDocument *) object;

  if (self->history != NULL)
    g_clear_signal_handler (&self->state_handler, self->history);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_pointer (&self->draft_id, g_free);
  unwatch (self, &self->own);
  unwatch (self, &self->page);
  g_clear_pointer (&self->own.hash, g_free);
  g_clear_pointer (&self->page.hash, g_free);
  /* Draft operations under way finish without the document. */
  if (self->drafts != NULL)
    g_clear_signal_handler (&self->drafts_handler, self->drafts);
  g_clear_object (&self->drafts);
  g_clear_object (&self->history);
  g_clear_object (&self->family);
  g_clear_object (&self->own.file);
  g_clear_object (&self->page.file);
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_document_parent_class)->dispose (object);
}

static void
ladder_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadderDocument *self = LADDER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->own.file);
      break;

    case PROP_EXPORT_FILE:
      g_value_set_object (value, self->page.file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_TITLE:
      g_value_take_string (value, ladder_document_dup_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_document_class_init (LadderDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_document_dispose;
  object_class->get_property = ladder_document_get_property;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL,
                         LADDER_TYPE_FAMILY,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         LADDER_TYPE_HISTORY,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPORT_FILE] =
    g_param_spec_object ("export-file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderDocument:busy:
   *
   * Whether a save, an export or a draft write or removal is waiting or
   * under way.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderDocument::changed-on-disk:
   *
   * Another program changed, replaced or removed the document's file.
   */
  signals[CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * LadderDocument::export-changed-on-disk:
   *
   * Another program changed, replaced or removed the page the document was
   * imported from or last exported to.
   */
  signals[EXPORT_CHANGED_ON_DISK] =
    g_signal_new ("export-changed-on-disk",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ladder_document_init (LadderDocument *self)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();

  g_queue_init (&self->writes);
  self->drafts = ladder_draft_writer_new ();
  self->drafts_handler = g_signal_connect_swapped (self->drafts, "notify::busy",
                                                   G_CALLBACK (on_drafts_busy), self);
  set_family (self, family);
  self->saved_state = ladder_history_get_state (self->history);
}

LadderDocument *
ladder_document_new (void)
{
  return g_object_new (LADDER_TYPE_DOCUMENT, NULL);
}

/**
 * ladder_document_new_for_family:
 * @family: the family to edit, such as a template read from a page
 *
 * A new document that edits @family and is saved nowhere yet: it counts as
 * unsaved, so that it is not closed or replaced without a question.
 */
LadderDocument *
ladder_document_new_for_family (LadderFamily *family)
{
  LadderDocument *self;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  self = ladder_document_new ();
  set_family (self, family);
  self->saved_state = 0;
  _ladder_document_update_modified (self);
  return self;
}

LadderFamily *
ladder_document_get_family (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->family;
}

LadderHistory *
ladder_document_get_history (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->history;
}

GFile *
ladder_document_get_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->own.file;
}

GFile *
ladder_document_get_export_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->page.file;
}

/**
 * ladder_document_get_diagnostics:
 *
 * What the last load had to say about the file it read, such as a page
 * kept as Markdown text rather than read into fields.
 *
 * Returns: (transfer none) (element-type LadderDiagnostic): the warnings,
 *   empty when there were none or nothing was loaded
 */
GPtrArray *
ladder_document_get_diagnostics (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  if (self->diagnostics == NULL)
    self->diagnostics = ladder_diagnostics_new ();

  return self->diagnostics;
}

gboolean
ladder_document_get_modified (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

gboolean
ladder_document_get_busy (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  return self->busy;
}

static char *
base_name_without (GFile      *file,
                   const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name != NULL && g_str_has_suffix (name, suffix) && !g_str_equal (name, suffix))
    name[strlen (name) - strlen (suffix)] = '\0';

  return g_steal_pointer (&name);
}

/* The name a person knows the document by: its file, or the page it came
 * from, or its title. */
char *
ladder_document_dup_title (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  if (self->own.file != NULL)
    return base_name_without (self->own.file, LADDER_FILE_SUFFIX);

  if (self->page.file != NULL)
    return base_name_without (self->page.file, ".md");

  if (*ladder_family_get_title (self->family) != '\0')
    return g_strdup (ladder_family_get_title (self->family));

  return g_strdup (_("Untitled Job Family"));
}

/* ------------------------------------------------------------------ */
/* Loading                                                              */

typedef struct
{
  GFile        *file;
  LadderFamily *family;
  gboolean      is_page;
  LadderDraft  *draft;
  char         *hash;
  GPtrArray    *diagnostics;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->file);
  g_clear_object (&load->family);
  g_clear_pointer (&load->draft, ladder_draft_free);
  g_free (load->hash);
  g_ptr_array_unref (load->diagnostics);
  g_free (load);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = g_file_get_path (load->file);
  g_autofree char *name = g_file_get_parse_name (load->file);
  gsize length;
  const char *data;

  bytes = ladder_file_read_bounded (path != NULL ? path : name, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  if (load->is_page)
    load->family = ladder_markdown_import_full (data, length, name, load->diagnostics, &error);
  else
    load->family = ladder_json_read (data, length, name, &error);

  if (load->family == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Of the very bytes read: a change made just after is a change. */
  load->hash = ladder_file_hash_bytes (bytes);
  g_task_return_boolean (task, TRUE);
}

/**
 * ladder_document_load_async:
 *
 * Reads @file into the document: a `*.jobfamily.json` file, or a handbook
 * page (`*.md`), which is imported; the page becomes the document's export
 * file, and the document has no file of its own until it is saved.
 */
void
ladder_document_load_async (LadderDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *name = NULL;
  LoadData *load;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  load = g_new0 (LoadData, 1);
  load->file = g_object_ref (file);
  load->diagnostics = ladder_diagnostics_new ();
  load->is_page = name != NULL && (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_document_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * ladder_document_load_draft_async:
 *
 * Reads a draft left by a document that was not saved: the document gets
 * back the draft's family, its file and export file, with its changes
 * unsaved, and keeps the same draft. Saving it checks the file against
 * the version the changes were made to, not against what is there now.
 */
void
ladder_document_load_draft_async (LadderDocument      *self,
                                  LadderDraft         *draft,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (draft != NULL);

  load = g_new0 (LoadData, 1);
  load->file = g_file_new_for_path (draft->family_path);
  load->diagnostics = ladder_diagnostics_new ();
  load->draft = g_new0 (LadderDraft, 1);
  load->draft->id = g_strdup (draft->id);
  load->draft->file = draft->file != NULL ? g_object_ref (draft->file) : NULL;
  load->draft->export_file = draft->export_file != NULL ? g_object_ref (draft->export_file) : NULL;
  load->draft->base_hash = g_strdup (draft->base_hash);
  load->draft->export_base_hash = g_strdup (draft->export_base_hash);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_document_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

gboolean
ladder_document_load_finish (LadderDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  LoadData *load;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  load = g_task_get_task_data (G_TASK (result));
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  self->diagnostics = g_ptr_array_ref (load->diagnostics);
  set_family (self, load->family);

  if (load->draft != NULL)
    {
      LadderDraft *draft = load->draft;

      _ladder_document_set_file (self, draft->file);
      _ladder_document_set_hash (&self->own.hash, draft->file == NULL ? NULL
                                                  : draft->base_hash != NULL ? draft->base_hash : "");
      _ladder_document_set_export_file (self, draft->export_file);
      _ladder_document_set_hash (&self->page.hash, draft->export_file == NULL ? NULL
                                                   : draft->export_base_hash != NULL ? draft->export_base_hash
                                                                                     : "");
      g_free (self->draft_id);
      self->draft_id = g_strdup (draft->id);
      self->saved_state = 0;
    }
  else if (load->is_page)
    {
      _ladder_document_set_file (self, NULL);
      _ladder_document_set_hash (&self->own.hash, NULL);
      _ladder_document_set_export_file (self, load->file);
      _ladder_document_set_hash (&self->page.hash, load->hash);
      self->saved_state = ladder_history_get_state (self->history);
    }
  else
    {
      _ladder_document_set_file (self, load->file);
      _ladder_document_set_hash (&self->own.hash, load->hash);
      self->saved_state = ladder_history_get_state (self->history);
    }

  _ladder_document_update_modified (self);
  return TRUE;
}
