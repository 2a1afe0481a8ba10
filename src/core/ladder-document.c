/* ladder-document.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

/* Unsaved changes reach a draft at most this long after the last edit. */
#define AUTOSAVE_DELAY_MS 2000

/*
 * A job family being edited: the family, where it is saved, where it was
 * last exported to, its undo history and whether it has unsaved changes.
 * All file IO is asynchronous; reading and parsing happen in a worker
 * thread, on objects no one else sees yet.
 */

struct _LadderDocument
{
  GObject        parent_instance;
  LadderFamily  *family;
  LadderHistory *history;
  GFile         *file;
  GFile         *export_file;
  gboolean       modified;
  gulong         changed_handler;
  char          *draft_id;
  guint          autosave_source;
  /* The file's version on disk when last read or written: a save over
   * another version is refused, so that nothing is overwritten unseen. */
  char          *etag;
  GFileMonitor  *monitor;
  gboolean       saving;
  /* What the last load had to say about the file (LadderDiagnostic). */
  GPtrArray     *diagnostics;
};

G_DEFINE_FINAL_TYPE (LadderDocument, ladder_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAMILY,
  PROP_HISTORY,
  PROP_FILE,
  PROP_EXPORT_FILE,
  PROP_MODIFIED,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED_ON_DISK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_modified (LadderDocument *self,
              gboolean        modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_draft_written (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_warning ("Could not write a draft: %s", error->message);
}

typedef struct
{
  GFile  *info;
  GBytes *info_bytes;
} DraftWrite;

static void
on_draft_family_written (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  DraftWrite *write = user_data;
  g_autoptr (GError) error = NULL;

  /* The key file goes last: a draft without it is not a draft yet. */
  if (g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_file_replace_contents_bytes_async (write->info, write->info_bytes, NULL, FALSE,
                                         G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                         NULL, on_draft_written, NULL);
  else
    g_warning ("Could not write a draft: %s", error->message);

  g_object_unref (write->info);
  g_bytes_unref (write->info_bytes);
  g_free (write);
}

/**
 * ladder_document_write_draft_now:
 *
 * Writes the document's unsaved changes to its draft, so that they survive
 * a crash. Done by itself a moment after each edit.
 */
void
ladder_document_write_draft_now (LadderDocument *self)
{
  g_autofree char *dir = ladder_drafts_dir ();
  g_autofree char *family_name = NULL;
  g_autofree char *info_name = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GFile) family_file = NULL;
  g_autoptr (GBytes) contents = NULL;
  DraftWrite *write;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!self->modified)
    return;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_warning ("Could not create %s: %s", dir, g_strerror (errno));
      return;
    }

  if (self->draft_id == NULL)
    self->draft_id = ladder_drafts_new_id ();

  title = ladder_document_dup_title (self);
  family_name = g_strconcat (self->draft_id, LADDER_FILE_SUFFIX, NULL);
  info_name = g_strconcat (self->draft_id, ".draft", NULL);
  family_file = g_file_new_build_filename (dir, family_name, NULL);

  write = g_new0 (DraftWrite, 1);
  write->info = g_file_new_build_filename (dir, info_name, NULL);
  write->info_bytes = ladder_draft_info_bytes (self->file, self->export_file, title);

  contents = ladder_json_write (self->family);
  g_file_replace_contents_bytes_async (family_file, contents, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                       NULL, on_draft_family_written, write);
}

static gboolean
on_autosave (gpointer user_data)
{
  LadderDocument *self = user_data;

  self->autosave_source = 0;
  ladder_document_write_draft_now (self);
  return G_SOURCE_REMOVE;
}

/* The saved file is the document now; its draft is no longer needed. */
void
ladder_document_discard_draft (LadderDocument *self)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->draft_id != NULL)
    {
      ladder_drafts_remove (self->draft_id);
      g_clear_pointer (&self->draft_id, g_free);
    }
}

static void
on_family_changed (LadderDocument *self)
{
  set_modified (self, TRUE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, on_autosave, self);
}

static void
set_family (LadderDocument *self,
            LadderFamily   *family)
{
  if (self->family != NULL)
    g_clear_signal_handler (&self->changed_handler, self->family);

  g_set_object (&self->family, family);
  g_clear_object (&self->history);
  self->history = ladder_history_new (family);
  self->changed_handler = g_signal_connect_swapped (family, "changed", G_CALLBACK (on_family_changed), self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
on_disk_info (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (LadderDocument) self = user_data;
  g_autoptr (GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, NULL);
  const char *etag = info != NULL ? g_file_info_get_etag (info) : NULL;

  if (self->saving || self->file == NULL || !g_file_equal (G_FILE (object), self->file))
    return;

  if (g_strcmp0 (etag, self->etag) != 0)
    g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
}

/* Another program (an editor, a `git pull`) changed or removed the file. */
static void
on_file_event (GFileMonitor      *monitor,
               GFile             *file,
               GFile             *other,
               GFileMonitorEvent  event,
               LadderDocument    *self)
{
  if (self->saving)
    return;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED
      && event != G_FILE_MONITOR_EVENT_DELETED && event != G_FILE_MONITOR_EVENT_RENAMED
      && event != G_FILE_MONITOR_EVENT_MOVED_IN && event != G_FILE_MONITOR_EVENT_MOVED_OUT)
    return;

  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_disk_info, g_object_ref (self));
}

static void
set_file (LadderDocument *self,
          GFile          *file)
{
  if (!g_set_object (&self->file, file))
    return;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (file != NULL)
    {
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_event), self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* The next save overwrites the file even if it changed on disk: the
 * person was asked and said so. */
void
ladder_document_forget_disk_version (LadderDocument *self)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_pointer (&self->etag, g_free);
}

static void
set_export_file (LadderDocument *self,
                 GFile          *file)
{
  if (g_set_object (&self->export_file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORT_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

static void
ladder_document_dispose (GObject *object)
{
  LadderDocument *self = (LadderDocument *) object;

  if (self->family != NULL)
    g_clear_signal_handler (&self->changed_handler, self->family);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->etag, g_free);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->history);
  g_clear_object (&self->family);
  g_clear_object (&self->file);
  g_clear_object (&self->export_file);
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
      g_value_set_object (value, self->file);
      break;

    case PROP_EXPORT_FILE:
      g_value_set_object (value, self->export_file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
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
}

static void
ladder_document_init (LadderDocument *self)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();

  set_family (self, family);
}

LadderDocument *
ladder_document_new (void)
{
  return g_object_new (LADDER_TYPE_DOCUMENT, NULL);
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

  return self->file;
}

GFile *
ladder_document_get_export_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->export_file;
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

  if (self->file != NULL)
    return base_name_without (self->file, LADDER_FILE_SUFFIX);

  if (self->export_file != NULL)
    return base_name_without (self->export_file, ".md");

  if (*ladder_family_get_title (self->family) != '\0')
    return g_strdup (ladder_family_get_title (self->family));

  return g_strdup (_("Untitled Job Family"));
}

typedef struct
{
  GFile        *file;
  LadderFamily *family;
  gboolean      is_page;
  LadderDraft  *draft;
  char         *etag;
  GPtrArray    *diagnostics;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->file);
  g_clear_object (&load->family);
  g_clear_pointer (&load->draft, ladder_draft_free);
  g_free (load->etag);
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

  {
    GFile *source = load->draft != NULL ? load->draft->file : load->file;
    g_autoptr (GFileInfo) info = source != NULL
                                 ? g_file_query_info (source, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                                      cancellable, NULL)
                                 : NULL;

    load->etag = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
  }

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
 * unsaved, and keeps the same draft.
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
  g_free (self->etag);
  self->etag = g_strdup (load->etag);

  if (load->draft != NULL)
    {
      set_file (self, load->draft->file);
      set_export_file (self, load->draft->export_file);
      g_free (self->draft_id);
      self->draft_id = g_strdup (load->draft->id);
      set_modified (self, TRUE);
      return TRUE;
    }

  if (load->is_page)
    {
      set_file (self, NULL);
      set_export_file (self, load->file);
    }
  else
    {
      set_file (self, load->file);
    }

  set_modified (self, FALSE);
  return TRUE;
}

typedef struct
{
  GFile  *file;
  GBytes *contents;
  char   *expected_etag;
  char   *etag;
} Replace;

static void
replace_free (gpointer data)
{
  Replace *replace = data;

  g_object_unref (replace->file);
  g_bytes_unref (replace->contents);
  g_free (replace->expected_etag);
  g_free (replace->etag);
  g_free (replace);
}

/* Writes a temporary file beside the target and renames it over it, with
 * an fsync first, whether or not the target exists yet: GIO's
 * g_file_replace_contents writes a new file in place, so a crash during a
 * first save or export would leave half a file. */
static void
replace_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Replace *replace = task_data;
  g_autofree char *path = g_file_get_path (replace->file);
  g_autofree char *name = g_file_get_parse_name (replace->file);
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    {
      g_task_return_new_error (task, LADDER_ERROR, LADDER_ERROR_NOT_A_FAMILY,
                               "%s: %s: %s", name, _("error"), _("only local files can be written"));
      return;
    }

  if (replace->expected_etag != NULL)
    {
      info = g_file_query_info (replace->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                cancellable, NULL);

      /* Changed on disk since: the caller asks before overwriting. */
      if (g_strcmp0 (info != NULL ? g_file_info_get_etag (info) : NULL, replace->expected_etag) != 0)
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                                   _("“%s” was changed by another program since it was opened"), name);
          return;
        }
      g_clear_object (&info);
    }

  if (!ladder_file_write_atomic (path, replace->contents, TRUE, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  info = g_file_query_info (replace->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  replace->etag = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
  g_task_return_boolean (task, TRUE);
}

static void
replace_contents (LadderDocument      *self,
                  GFile               *file,
                  GBytes              *contents,
                  const char          *etag,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  Replace *replace = g_new0 (Replace, 1);

  replace->file = g_object_ref (file);
  replace->contents = g_bytes_ref (contents);
  replace->expected_etag = g_strdup (etag);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, replace, replace_free);
  g_task_run_in_thread (task, replace_in_thread);
}

void
ladder_document_save_async (LadderDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr (GBytes) contents = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  if (file == NULL)
    file = self->file;
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

  self->saving = TRUE;

  /* Saving over the file it was read from: only over the same version. */
  replace_contents (self, file, contents,
                    self->file != NULL && g_file_equal (file, self->file) ? self->etag : NULL,
                    ladder_document_save_async, cancellable, callback, user_data);
}

gboolean
ladder_document_save_finish (LadderDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  Replace *replace;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  self->saving = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  replace = g_task_get_task_data (G_TASK (result));
  g_free (self->etag);
  self->etag = g_steal_pointer (&replace->etag);
  set_file (self, replace->file);
  set_modified (self, FALSE);
  ladder_document_discard_draft (self);
  return TRUE;
}

void
ladder_document_export_async (LadderDocument      *self,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr (GBytes) contents = NULL;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  contents = g_string_free_to_bytes (ladder_markdown_export (self->family, LADDER_EXPORT_DEFAULT));
  replace_contents (self, file, contents, NULL, ladder_document_export_async, cancellable, callback, user_data);
}

gboolean
ladder_document_export_finish (LadderDocument  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  set_export_file (self, ((Replace *) g_task_get_task_data (G_TASK (result)))->file);
  return TRUE;
}
