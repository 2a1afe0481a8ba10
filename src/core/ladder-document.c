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
 * thread, on objects no one else sees yet.
 *
 * Unsaved means: the history's state is not the one the file holds. A save
 * takes the state with the bytes it writes, so an edit made while it runs
 * stays unsaved. Writes (saves and exports) run one at a time, in the order
 * asked, so the latest snapshot is the one left on disk.
 *
 * Nothing is written over unseen: the document keeps a hash of its file
 * and of its export file as last read or written, watches both, and a
 * write checks the file on disk against that hash before it starts and
 * again immediately before its rename.
 */

/* A file the document reads from or writes to, watched for other programs'
 * changes. */
typedef struct
{
  GFile        *file;
  GFileMonitor *monitor;
  /* The hash of its contents as last read or written; NULL: unknown, no
   * check. "" stands for a version that is not known but is not what is
   * on disk now either (a draft from before drafts kept their base). */
  char         *hash;
} Watched;

typedef enum
{
  WRITE_SAVE,
  WRITE_EXPORT,
} WriteKind;

typedef struct
{
  WriteKind        kind;
  GFile           *file;
  GBytes          *contents;
  /* The history's state the contents are of (saves). */
  guint64          state;
  LadderSaveFlags  flags;
  char            *expected_hash;
  /* What the file holds once written, as far as known. */
  char            *written_hash;
  /* The caller's */
  GTask           *task;
} WriteJob;

struct _LadderDocument
{
  GObject            parent_instance;
  LadderFamily      *family;
  LadderHistory     *history;
  gulong             state_handler;
  /* The history's state when the file was last read or written; 0 (never
   * a state) for a restored draft, whose file has none of its changes. */
  guint64            saved_state;
  gboolean           modified;
  gboolean           busy;
  Watched            own;
  Watched            page;
  char              *draft_id;
  guint              autosave_source;
  LadderDraftWriter *drafts;
  gulong             drafts_handler;
  /* WriteJob: the first one runs while writing is set. */
  GQueue             writes;
  gboolean           writing;
  guint64            n_writes_done;
  /* A file event came while writing: look at the files once done. */
  gboolean           look_after_writes;
};

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

static void
update_modified (LadderDocument *self)
{
  gboolean modified = ladder_history_get_state (self->history) != self->saved_state;

  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
update_busy (LadderDocument *self)
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
  update_modified (self);

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
  self->state_handler = g_signal_connect_swapped (self->history, "notify::state", G_CALLBACK (on_state_changed), self);

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
static void
look_at (LadderDocument *self,
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
  g_task_set_source_tag (task, look_at);
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

  look_at (self, monitor == self->own.monitor ? &self->own : &self->page);
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

static void
set_file (LadderDocument *self,
          GFile          *file)
{
  if (!watch (self, &self->own, file))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_export_file (LadderDocument *self,
                 GFile          *file)
{
  if (!watch (self, &self->page, file))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORT_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_hash (char       **hash,
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
  update_busy (self);
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
  self->drafts_handler = g_signal_connect_swapped (self->drafts, "notify::busy", G_CALLBACK (on_drafts_busy), self);
  set_family (self, family);
  self->saved_state = ladder_history_get_state (self->history);
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

  return self->own.file;
}

GFile *
ladder_document_get_export_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->page.file;
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
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->file);
  g_clear_object (&load->family);
  g_clear_pointer (&load->draft, ladder_draft_free);
  g_free (load->hash);
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
    load->family = ladder_markdown_import (data, length, name, &error);
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
  set_family (self, load->family);

  if (load->draft != NULL)
    {
      LadderDraft *draft = load->draft;

      set_file (self, draft->file);
      set_hash (&self->own.hash, draft->file == NULL ? NULL : draft->base_hash != NULL ? draft->base_hash : "");
      set_export_file (self, draft->export_file);
      set_hash (&self->page.hash, draft->export_file == NULL ? NULL
                                  : draft->export_base_hash != NULL ? draft->export_base_hash : "");
      g_free (self->draft_id);
      self->draft_id = g_strdup (draft->id);
      self->saved_state = 0;
    }
  else if (load->is_page)
    {
      set_file (self, NULL);
      set_hash (&self->own.hash, NULL);
      set_export_file (self, load->file);
      set_hash (&self->page.hash, load->hash);
      self->saved_state = ladder_history_get_state (self->history);
    }
  else
    {
      set_file (self, load->file);
      set_hash (&self->own.hash, load->hash);
      self->saved_state = ladder_history_get_state (self->history);
    }

  update_modified (self);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Saving and exporting                                                 */

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
        set_file (self, job->file);
      else
        set_export_file (self, job->file);
    }

  if (job->written_hash != NULL && watched->file != NULL && g_file_equal (watched->file, job->file))
    set_hash (&watched->hash, job->written_hash);

  if (written && job->kind == WRITE_SAVE)
    {
      /* Saved as of the snapshot: what changed since is still unsaved,
       * and keeps its draft (written again, based on this version). */
      self->saved_state = job->state;
      update_modified (self);
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
          update_busy (self);
          if (self->look_after_writes)
            {
              self->look_after_writes = FALSE;
              look_at (self, &self->own);
              look_at (self, &self->page);
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
  if (!(job->flags & LADDER_SAVE_OVERWRITE_CHANGES) && watched->file != NULL && g_file_equal (job->file, watched->file))
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
  update_busy (self);
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

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  contents = g_string_free_to_bytes (ladder_markdown_export (self->family, LADDER_EXPORT_DEFAULT));
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
