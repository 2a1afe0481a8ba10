/* ladder-document.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-bytes-pack.h"
#include "ladder-diagnostic.h"
#include "ladder-json.h"

/* Unsaved changes reach a draft at most this long after the last edit. */
#define AUTOSAVE_DELAY_MS 2000

/*
 * A job family being edited: the family, the file or files it is kept in
 * (a Ladder file, a handbook page or a family folder: its kind), for a
 * Ladder file the page it was last exported to, its undo history and
 * whether it has unsaved changes, or changes its page lacks. All file IO is
 * asynchronous; reading and parsing happen in a worker thread, on objects
 * no one else sees yet (ladder-document-load.c); saving and exporting are
 * in ladder-document-save.c.
 *
 * Unsaved means: the history's state is not the one the file holds. A save
 * takes the state with the bytes it writes, so an edit made while it runs
 * stays unsaved. A Ladder file's page is out of date the same way, by the
 * state last exported.
 *
 * Nothing is written over unseen: the document keeps a hash of each of its
 * files as last read or written, and watches them
 * (ladder-document-watch.c).
 */

G_DEFINE_FINAL_TYPE (LadderDocument, ladder_document, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LadderDocumentKind,
                    ladder_document_kind,
                    G_DEFINE_ENUM_VALUE (LADDER_DOCUMENT_LADDER_FILE, "ladder-file"),
                    G_DEFINE_ENUM_VALUE (LADDER_DOCUMENT_PAGE, "page"),
                    G_DEFINE_ENUM_VALUE (LADDER_DOCUMENT_FOLDER, "folder"))

enum
{
  PROP_0,
  PROP_KIND,
  PROP_FAMILY,
  PROP_HISTORY,
  PROP_FILE,
  PROP_EXPORT_FILE,
  PROP_MODIFIED,
  PROP_PAGE_OUT_OF_DATE,
  PROP_BUSY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED_ON_DISK,
  EXPORT_CHANGED_ON_DISK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
_ladder_document_is_page_name (const char *name)
{
  return name != NULL && (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"));
}

static void
update_page_out_of_date (LadderDocument *self)
{
  gboolean out_of_date = self->kind == LADDER_DOCUMENT_LADDER_FILE && self->page.file != NULL
                         && ladder_history_get_state (self->history) != self->page_state;

  if (self->page_out_of_date == out_of_date)
    return;

  self->page_out_of_date = out_of_date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_OUT_OF_DATE]);
}

void
_ladder_document_update_modified (LadderDocument *self)
{
  gboolean modified = ladder_history_get_state (self->history) != self->saved_state;

  update_page_out_of_date (self);

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

void
_ladder_document_set_kind (LadderDocument *self, LadderDocumentKind kind)
{
  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  update_page_out_of_date (self);
}

/* ------------------------------------------------------------------ */
/* Drafts                                                               */

static const char *
kind_name (LadderDocumentKind kind)
{
  GEnumClass *enum_class = g_type_class_ref (LADDER_TYPE_DOCUMENT_KIND);
  const char *name = g_enum_get_value (enum_class, kind)->value_nick;

  g_type_class_unref (enum_class);
  return name;
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
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GBytes) info = NULL;
  LadderDraft draft = { 0 };

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (!self->modified)
    return;

  if (self->draft_id == NULL)
    self->draft_id = ladder_drafts_new_id ();

  /* With what the document is and the versions of the files the changes
   * were made to: restoring the draft must save to the same place, and
   * not write over what changed on disk since. */
  draft.file = self->own.file;
  draft.export_file = self->page.file;
  draft.title = ladder_document_dup_title (self);
  draft.kind = (char *) kind_name (self->kind);
  draft.base_hash = self->own.file != NULL ? self->own.hash : NULL;
  draft.export_base_hash = self->page.file != NULL ? self->page.hash : NULL;

  if (self->parts != NULL)
    {
      draft.part_names = g_new0 (char *, self->parts->len + 1);
      draft.part_hashes = g_new0 (char *, self->parts->len + 1);
      for (guint i = 0; i < self->parts->len; i++)
        {
          Watched *part = g_ptr_array_index (self->parts, i);

          draft.part_names[i] = g_file_get_basename (part->file);
          draft.part_hashes[i] = g_strdup (part->hash != NULL ? part->hash : "");
        }
    }

  if (self->folder != NULL)
    draft.role_files = ladder_family_folder_dup_role_files (self->folder, self->family);

  info = ladder_draft_info_bytes (&draft);
  g_free (draft.title);
  g_strfreev (draft.part_names);
  g_strfreev (draft.part_hashes);
  g_strfreev (draft.role_files);

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

void
_ladder_document_set_family (LadderDocument *self, LadderFamily *family)
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
/* Its files                                                            */

void
_ladder_document_watched_free (Watched *watched)
{
  g_clear_object (&watched->file);
  g_free (watched->hash);
  g_clear_pointer (&watched->contents, g_bytes_unref);
  g_free (watched);
}

static void
clear_watched (LadderDocument *self, Watched *watched)
{
  _ladder_document_unwatch (self, watched);
  g_clear_object (&watched->file);
  g_clear_pointer (&watched->hash, g_free);
  g_clear_pointer (&watched->contents, g_bytes_unref);
  watched->contents_packed = FALSE;
}

/* Follows @file instead; whoever calls this sets the hash and contents. */
static gboolean
follow (LadderDocument *self, Watched *watched, GFile *file, gboolean folder)
{
  gboolean same = file == watched->file
                  || (file != NULL && watched->file != NULL && g_file_equal (file, watched->file));

  if (same && watched->folder == folder)
    return FALSE;

  _ladder_document_unwatch (self, watched);
  g_set_object (&watched->file, file);
  if (file != NULL)
    _ladder_document_watch (self, watched, folder);

  return TRUE;
}

void
_ladder_document_set_file (LadderDocument *self, GFile *file)
{
  if (!follow (self, &self->own, file, self->kind == LADDER_DOCUMENT_FOLDER))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
_ladder_document_set_export_file (LadderDocument *self, GFile *file)
{
  if (!follow (self, &self->page, file, FALSE))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORT_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  update_page_out_of_date (self);
}

void
_ladder_document_set_hash (char **hash, const char *value)
{
  if (*hash != value)
    {
      g_free (*hash);
      *hash = g_strdup (value);
    }
}

/* Contents kept from this size on are packed, in a thread: 6 MB of a
 * large Ladder file's JSON take 0.3 MB packed, and 30 ms to pack. Handbook
 * pages are tens of kilobytes, and are kept as they are. Packing starts a
 * moment after the contents are kept, below everything else the main
 * loop has to do: not beside a window's first frame. */
#define PACK_FROM (1024 * 1024)
#define PACK_AFTER 1000

typedef struct
{
  /* Not a reference: packing does not keep the document alive. */
  GWeakRef document;
  /* Which of the document's own: its file, or its page. */
  gboolean page;
  GBytes  *contents;
  GBytes  *packed;
} PackData;

static void
pack_data_free (gpointer data)
{
  PackData *pack = data;

  g_weak_ref_clear (&pack->document);
  g_bytes_unref (pack->contents);
  g_clear_pointer (&pack->packed, g_bytes_unref);
  g_free (pack);
}

static void
pack_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  PackData *pack = task_data;

  pack->packed = ladder_bytes_pack (pack->contents);
  g_task_return_boolean (task, pack->packed != NULL);
}

static void
on_packed (GObject *source_object, GAsyncResult *result, gpointer user_data)
{
  PackData *pack = g_task_get_task_data (G_TASK (result));
  g_autoptr (LadderDocument) self = g_weak_ref_get (&pack->document);
  Watched *watched;

  if (!g_task_propagate_boolean (G_TASK (result), NULL) || self == NULL)
    return;

  /* Unless the contents were replaced meanwhile. */
  watched = pack->page ? &self->page : &self->own;
  if (watched->contents == pack->contents && !watched->contents_packed)
    {
      g_bytes_unref (watched->contents);
      watched->contents = g_steal_pointer (&pack->packed);
      watched->contents_packed = TRUE;
    }
}

static gboolean
start_packing (gpointer data)
{
  PackData *pack = data;
  g_autoptr (LadderDocument) self = g_weak_ref_get (&pack->document);
  g_autoptr (GTask) task = NULL;
  Watched *watched;

  if (self == NULL)
    {
      pack_data_free (pack);
      return G_SOURCE_REMOVE;
    }

  watched = pack->page ? &self->page : &self->own;
  if (watched->contents != pack->contents || watched->contents_packed)
    {
      pack_data_free (pack);
      return G_SOURCE_REMOVE;
    }

  task = g_task_new (NULL, NULL, on_packed, NULL);
  g_task_set_source_tag (task, _ladder_document_set_contents);
  g_task_set_name (task, "ladder: packing a file's contents");
  g_task_set_task_data (task, pack, pack_data_free);
  g_task_run_in_thread (task, pack_in_thread);

  return G_SOURCE_REMOVE;
}

void
_ladder_document_set_contents (LadderDocument *self, Watched *watched, GBytes *contents)
{
  if (contents != NULL)
    g_bytes_ref (contents);
  g_clear_pointer (&watched->contents, g_bytes_unref);
  watched->contents = contents;
  watched->contents_packed = FALSE;

  if (contents != NULL && g_bytes_get_size (contents) >= PACK_FROM
      && (watched == &self->own || watched == &self->page))
    {
      PackData *pack = g_new0 (PackData, 1);
      guint     source;

      g_weak_ref_init (&pack->document, self);
      pack->page = watched == &self->page;
      pack->contents = g_bytes_ref (contents);
      source = g_timeout_add_full (G_PRIORITY_LOW, PACK_AFTER, start_packing, pack, NULL);
      g_source_set_name_by_id (source, "ladder: packing a file's contents, soon");
    }
}

void
_ladder_document_share_contents (Watched *to, const Watched *from)
{
  if (from->contents != NULL)
    g_bytes_ref (from->contents);
  g_clear_pointer (&to->contents, g_bytes_unref);
  to->contents = from->contents;
  to->contents_packed = from->contents_packed;
}

/* A family folder's files, as read or restored: @parts (Watched *, taken)
 * with their hashes. NULL for none (another kind). */
void
_ladder_document_set_folder (LadderDocument *self, LadderFamilyFolder *folder, GPtrArray *parts)
{
  g_set_object (&self->folder, folder);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  self->parts = parts;
}

Watched *
_ladder_document_find_part (LadderDocument *self, GFile *file)
{
  for (guint i = 0; self->parts != NULL && i < self->parts->len; i++)
    {
      Watched *part = g_ptr_array_index (self->parts, i);

      if (g_file_equal (part->file, file))
        return part;
    }

  return NULL;
}

/* The next save overwrites the file even if it changed on disk: the
 * person was asked and said so. (A file from a newer Ladder is still not
 * written over.) */
void
ladder_document_forget_disk_version (LadderDocument *self)
{
  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  g_clear_pointer (&self->own.hash, g_free);
  for (guint i = 0; self->parts != NULL && i < self->parts->len; i++)
    g_clear_pointer (&((Watched *) g_ptr_array_index (self->parts, i))->hash, g_free);
}

void
_ladder_document_set_missing (LadderDocument *self, GFile *missing)
{
  g_set_object (&self->missing, missing);
}

void
_ladder_document_emit_changed (LadderDocument *self, gboolean page)
{
  g_signal_emit (self, signals[page ? EXPORT_CHANGED_ON_DISK : CHANGED_ON_DISK], 0);
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
  clear_watched (self, &self->own);
  clear_watched (self, &self->page);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_object (&self->folder);
  /* Draft operations under way finish without the document. */
  if (self->drafts != NULL)
    g_clear_signal_handler (&self->drafts_handler, self->drafts);
  g_clear_object (&self->drafts);
  g_clear_object (&self->history);
  g_clear_object (&self->family);
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  g_clear_object (&self->missing);

  G_OBJECT_CLASS (ladder_document_parent_class)->dispose (object);
}

static void
ladder_document_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderDocument *self = LADDER_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

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

    case PROP_PAGE_OUT_OF_DATE:
      g_value_set_boolean (value, self->page_out_of_date);
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

  /**
   * LadderDocument:kind:
   *
   * What the document's file is, and so what saving writes.
   */
  properties[PROP_KIND] = g_param_spec_enum (
      "kind", NULL, NULL, LADDER_TYPE_DOCUMENT_KIND, LADDER_DOCUMENT_LADDER_FILE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FAMILY]
      = g_param_spec_object ("family", NULL, NULL, LADDER_TYPE_FAMILY,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY]
      = g_param_spec_object ("history", NULL, NULL, LADDER_TYPE_HISTORY,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderDocument:file:
   *
   * The document's file: its Ladder file (%NULL until it is first saved),
   * its page, or its family folder.
   */
  properties[PROP_FILE]
      = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderDocument:export-file:
   *
   * The page the document was last exported to, if not its own file.
   */
  properties[PROP_EXPORT_FILE]
      = g_param_spec_object ("export-file", NULL, NULL, G_TYPE_FILE,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] = g_param_spec_boolean (
      "modified", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderDocument:page-out-of-date:
   *
   * Whether a Ladder file's page lacks changes made since it was last
   * exported (saved or not). Always %FALSE for a document whose file is
   * the page, and for a Ladder file never exported.
   */
  properties[PROP_PAGE_OUT_OF_DATE] = g_param_spec_boolean (
      "page-out-of-date", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderDocument:busy:
   *
   * Whether a save, an export or a draft write or removal is waiting or
   * under way.
   */
  properties[PROP_BUSY] = g_param_spec_boolean (
      "busy", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE]
      = g_param_spec_string ("title", NULL, NULL, NULL,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderDocument::changed-on-disk:
   *
   * Another program changed, replaced or removed the document's file (one
   * of a family folder's files). A file moved or deleted is
   * ladder_document_get_missing_file().
   */
  signals[CHANGED_ON_DISK] = g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LadderDocument::export-changed-on-disk:
   *
   * Another program changed, replaced or removed the page a Ladder file
   * was last exported to.
   */
  signals[EXPORT_CHANGED_ON_DISK]
      = g_signal_new ("export-changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                      NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ladder_document_init (LadderDocument *self)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();

  g_queue_init (&self->writes);
  self->kind = LADDER_DOCUMENT_LADDER_FILE;
  self->drafts = ladder_draft_writer_new ();
  self->drafts_handler
      = g_signal_connect_swapped (self->drafts, "notify::busy", G_CALLBACK (on_drafts_busy), self);
  _ladder_document_set_family (self, family);
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
  _ladder_document_set_family (self, family);
  self->saved_state = 0;
  _ladder_document_update_modified (self);
  return self;
}

LadderDocumentKind
ladder_document_get_kind (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), LADDER_DOCUMENT_LADDER_FILE);

  return self->kind;
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

/**
 * ladder_document_get_file:
 *
 * Returns: (transfer none) (nullable): the document's file: a Ladder file,
 *   a page, or a family folder; %NULL for a document never saved
 */
GFile *
ladder_document_get_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->own.file;
}

/**
 * ladder_document_get_export_file:
 *
 * Returns: (transfer none) (nullable): the page a Ladder file was last
 *   exported to
 */
GFile *
ladder_document_get_export_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->page.file;
}

/**
 * ladder_document_get_folder:
 *
 * Returns: (transfer none) (nullable): a folder document's files as they
 *   were last read or written; %NULL for other kinds
 */
LadderFamilyFolder *
ladder_document_get_folder (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->folder;
}

/**
 * ladder_document_dup_files:
 *
 * Returns: (transfer full) (element-type GFile): the files the document is
 *   kept in: its Ladder file or page, or a family folder's pages
 *   (`_index.md` first); empty for a document never saved
 */
GPtrArray *
ladder_document_dup_files (LadderDocument *self)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), files);

  if (self->parts != NULL)
    {
      for (guint i = 0; i < self->parts->len; i++)
        g_ptr_array_add (files,
                         g_object_ref (((Watched *) g_ptr_array_index (self->parts, i))->file));
    }
  else if (self->own.file != NULL)
    {
      g_ptr_array_add (files, g_object_ref (self->own.file));
    }

  return files;
}

/**
 * ladder_document_has_file:
 *
 * Returns: whether @file is the document's file, one of its family
 *   folder's pages, or the page it was last exported to
 */
gboolean
ladder_document_has_file (LadderDocument *self, GFile *file)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return (self->own.file != NULL && g_file_equal (self->own.file, file))
         || (self->page.file != NULL && g_file_equal (self->page.file, file))
         || _ladder_document_find_part (self, file) != NULL;
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
ladder_document_get_page_out_of_date (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  return self->page_out_of_date;
}

/**
 * ladder_document_get_missing_file:
 *
 * A file of the document that another program moved or deleted (a page
 * `git mv`ed): its page, or a page of its family folder, as found by the
 * last look at its files (before #LadderDocument::changed-on-disk) or the
 * last save, which then failed with %G_IO_ERROR_NOT_FOUND rather than
 * make the file again. Saving with %LADDER_SAVE_OVERWRITE_CHANGES makes it
 * again; reading the document again finds its files as they are.
 *
 * Returns: (transfer none) (nullable): the file, %NULL when none is gone
 */
GFile *
ladder_document_get_missing_file (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  return self->missing;
}

gboolean
ladder_document_get_busy (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);

  return self->busy;
}

static char *
base_name_without (GFile *file, const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name != NULL && g_str_has_suffix (name, suffix) && !g_str_equal (name, suffix))
    name[strlen (name) - strlen (suffix)] = '\0';

  return g_steal_pointer (&name);
}

/* The name a person knows the document by: its Ladder file's name, its
 * page's or folder's, or its title. */
char *
ladder_document_dup_title (LadderDocument *self)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);

  if (self->own.file != NULL && self->kind == LADDER_DOCUMENT_LADDER_FILE)
    return base_name_without (self->own.file, LADDER_FILE_SUFFIX);

  if (self->own.file != NULL)
    return g_file_get_basename (self->own.file);

  if (*ladder_family_get_title (self->family) != '\0')
    return g_strdup (ladder_family_get_title (self->family));

  return g_strdup (_ ("Untitled Job Family"));
}
