/* ladder-document-load.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-export-memory.h"
#include "ladder-family-folder-private.h"
#include "ladder-family-private.h"
#include "ladder-file.h"
#include "ladder-file-check.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-markdown-import.h"

/*
 * Reading a document: a Ladder file, a handbook page, a family folder
 * (chosen as the folder or as its `_index.md`), or a draft left by a
 * document that was not saved. What the file is decides the document's
 * kind, and so what saving it writes.
 */

typedef struct
{
  GFile              *file;
  LadderDocumentKind  kind;
  LadderFamily       *family;
  LadderFamilyFolder *folder;
  LadderDraft        *draft;
  GBytes             *contents;
  char               *hash;
  GPtrArray          *diagnostics;
  /* A Ladder file's page, as remembered: the hash a write over it expects,
   * its contents if they are what Ladder last wrote, and whether it is
   * what exporting the family would write. */
  GFile   *page;
  char    *page_hash;
  GBytes  *page_contents;
  gboolean page_in_date;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->file);
  g_clear_object (&load->family);
  g_clear_object (&load->folder);
  g_clear_pointer (&load->draft, ladder_draft_free);
  g_clear_pointer (&load->contents, g_bytes_unref);
  g_free (load->hash);
  g_ptr_array_unref (load->diagnostics);
  g_clear_object (&load->page);
  g_free (load->page_hash);
  g_clear_pointer (&load->page_contents, g_bytes_unref);
  g_free (load);
}

static GBytes *
read_file (GFile *file, GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);

  return ladder_file_read_bounded (path != NULL ? path : name, error);
}

static gboolean
is_folder (GFile *file)
{
  return g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

/* A family folder, chosen as the folder or as its `_index.md`: NULL with
 * no error when @file is an `_index.md` that has no level pages beside it
 * (a page like any other). */
static LadderFamilyFolder *
read_folder (GFile *file, GError **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GError) local_error = NULL;
  LadderFamilyFolder *read;

  if (is_folder (file))
    return ladder_family_folder_read (file, NULL, error);

  if (g_strcmp0 (name, LADDER_FAMILY_FOLDER_INDEX) != 0)
    return NULL;

  folder = g_file_get_parent (file);
  if (folder == NULL)
    return NULL;

  read = ladder_family_folder_read (folder, NULL, &local_error);
  if (read == NULL && !g_error_matches (local_error, LADDER_ERROR, LADDER_ERROR_NOT_A_FAMILY))
    g_propagate_error (error, g_steal_pointer (&local_error));

  return read;
}

/* The page a Ladder file was last exported to, if it is still there, and
 * whether it has the family as read: the family is exported (as Export
 * would) and compared with the page. A page changed by another program
 * since Ladder wrote it keeps the hash Ladder wrote, so that exporting
 * asks before writing over that change. */
static void
recall_page (LoadData *load)
{
  g_autofree char *remembered = NULL;
  g_autoptr (GFile) page = ladder_export_memory_recall (load->file, &remembered);
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GString) exported = NULL;
  g_autofree char *name = NULL;
  g_autofree char *hash = NULL;

  if (page == NULL)
    return;

  /* Gone (renamed in the handbook, say) or unreadable: the person is
   * asked where to export, rather than the page made again where it
   * was. */
  contents = read_file (page, NULL);
  if (contents == NULL)
    return;

  name = g_file_get_parse_name (page);
  exported = ladder_markdown_export_checked (load->family, LADDER_EXPORT_DEFAULT, name, NULL);
  load->page_in_date
      = exported != NULL && exported->len == g_bytes_get_size (contents)
        && memcmp (exported->str, g_bytes_get_data (contents, NULL), exported->len) == 0;
  hash = ladder_file_hash_bytes (contents);
  if (load->page_in_date || g_strcmp0 (hash, remembered) == 0)
    {
      load->page_hash = g_steal_pointer (&hash);
      load->page_contents = g_steal_pointer (&contents);
    }
  else
    {
      load->page_hash = g_steal_pointer (&remembered);
    }
  load->page = g_steal_pointer (&page);
}

/* Files at least this large are hashed beside their reading. */
#define HASH_APART_FROM (256 * 1024)

static gpointer
hash_in_thread (gpointer data)
{
  return ladder_file_hash_bytes (data);
}

/* The family of a draft's file (page, Ladder file or folder) as it is on
 * disk now, or NULL: there is none, or it cannot be read. */
static LadderFamily *
read_draft_base (LoadData *load)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *name = NULL;
  const char      *data;
  gsize            length;

  if (load->kind == LADDER_DOCUMENT_FOLDER)
    return load->folder != NULL ? g_object_ref (ladder_family_folder_get_family (load->folder))
                                : NULL;

  if (load->draft->file == NULL || (contents = read_file (load->draft->file, NULL)) == NULL)
    return NULL;

  data = g_bytes_get_data (contents, &length);
  name = g_file_get_parse_name (load->draft->file);
  if (load->kind == LADDER_DOCUMENT_PAGE)
    return ladder_markdown_import_full (data != NULL ? data : "", length, name, NULL, NULL);
  return ladder_json_read (data != NULL ? data : "", length, name, NULL);
}

static void
load_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *base_name = NULL;
  gsize            length;
  const char      *data;
  GThread         *hashing = NULL;

  if (load->draft != NULL)
    {
      g_autoptr (GFile) draft_file = g_file_new_for_path (load->draft->family_path);

      /* A folder is read as it is now: what the draft's changes are
       * written into, file by file. */
      if (load->kind == LADDER_DOCUMENT_FOLDER)
        {
          load->folder = ladder_family_folder_read (load->file, cancellable, &error);
          if (load->folder == NULL)
            {
              g_task_return_error (task, g_steal_pointer (&error));
              return;
            }
        }

      g_clear_object (&load->file);
      load->file = g_steal_pointer (&draft_file);
    }
  else
    {
      load->folder = read_folder (load->file, &error);
      if (error != NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      if (load->folder != NULL)
        {
          load->kind = LADDER_DOCUMENT_FOLDER;
          load->family = g_object_ref (ladder_family_folder_get_family (load->folder));
          g_task_return_boolean (task, TRUE);
          return;
        }

      base_name = g_file_get_basename (load->file);
      load->kind = _ladder_document_is_page_name (base_name) ? LADDER_DOCUMENT_PAGE
                                                             : LADDER_DOCUMENT_LADDER_FILE;
    }

  load->contents = read_file (load->file, &error);
  if (load->contents == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_bytes_get_data (load->contents, &length);
  if (data == NULL)
    data = "";

  /* The hash is of the very bytes read (a change made just after is a
   * change). Of a large file, it is made beside the reading, on a thread
   * of its own: GLib's SHA-256 of a 6 MB Ladder file costs a third as
   * much as reading it. */
  if (length >= HASH_APART_FROM)
    /* Without a thread to spare, it is made after the reading. */
    hashing = g_thread_try_new ("ladder-load-hash", hash_in_thread, load->contents, NULL);

  name = g_file_get_parse_name (load->file);
  if (load->draft == NULL && load->kind == LADDER_DOCUMENT_PAGE)
    load->family = ladder_markdown_import_full (data, length, name, load->diagnostics, &error);
  else
    load->family = ladder_json_read (data, length, name, &error);

  load->hash = hashing != NULL ? g_thread_join (hashing) : NULL;

  if (load->family == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Restored, the family's roles are new objects: each is written to the
   * file it was read from, not one guessed by its place or title. */
  if (load->draft != NULL && load->folder != NULL)
    ladder_family_folder_adopt_roles (load->folder, load->family,
                                      (const char *const *) load->draft->role_files);

  /* A draft holds the family, not what its file had: an entry added
   * since the file was read (a summary typed where there was none) is
   * told from one the file has, as it was before the crash; taken out
   * again, it leaves the file without it. */
  if (load->draft != NULL)
    {
      g_autoptr (LadderFamily) base = read_draft_base (load);

      if (base != NULL)
        ladder_family_take_front_matter_as_read (load->family, base);
    }

  if (load->hash == NULL)
    load->hash = ladder_file_hash_bytes (load->contents);
  if (load->draft == NULL && load->kind == LADDER_DOCUMENT_LADDER_FILE)
    recall_page (load);
  g_task_return_boolean (task, TRUE);
}

/**
 * ladder_document_load_async:
 *
 * Reads @file into the document: a `*.jobfamily.json` file, a handbook
 * page (`*.md`, `*.markdown`), which is imported, or a family folder (the
 * folder, or its `_index.md`). The file is the document's from then on:
 * saving a page writes the page, saving a folder writes its pages.
 */
void
ladder_document_load_async (LadderDocument     *self,
                            GFile              *file,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  load = g_new0 (LoadData, 1);
  load->file = g_object_ref (file);
  load->diagnostics = ladder_diagnostics_new ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_document_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

static LadderDocumentKind
kind_of_draft (LadderDraft *draft)
{
  GEnumClass        *enum_class;
  GEnumValue        *value;
  LadderDocumentKind kind;

  /* Drafts from before documents had kinds: a page imported had only an
   * export file. */
  if (draft->kind == NULL)
    return draft->file == NULL && draft->export_file != NULL ? LADDER_DOCUMENT_PAGE
                                                             : LADDER_DOCUMENT_LADDER_FILE;

  enum_class = g_type_class_ref (LADDER_TYPE_DOCUMENT_KIND);
  value = g_enum_get_value_by_nick (enum_class, draft->kind);
  kind = value != NULL ? (LadderDocumentKind) value->value : LADDER_DOCUMENT_LADDER_FILE;
  g_type_class_unref (enum_class);

  return kind;
}

/**
 * ladder_document_load_draft_async:
 *
 * Reads a draft left by a document that was not saved: the document gets
 * back the draft's family, its kind, its file and export file, with its
 * changes unsaved, and keeps the same draft. Saving it checks the file
 * (each file of a folder) against the version the changes were made to,
 * not against what is there now.
 */
void
ladder_document_load_draft_async (LadderDocument     *self,
                                  LadderDraft        *draft,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  LoadData    *load;
  LadderDraft *copy;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));
  g_return_if_fail (draft != NULL);

  copy = g_new0 (LadderDraft, 1);
  copy->id = g_strdup (draft->id);
  copy->family_path = g_strdup (draft->family_path);
  copy->kind = g_strdup (draft->kind);
  copy->file = draft->file != NULL ? g_object_ref (draft->file) : NULL;
  copy->export_file = draft->export_file != NULL ? g_object_ref (draft->export_file) : NULL;
  copy->base_hash = g_strdup (draft->base_hash);
  copy->export_base_hash = g_strdup (draft->export_base_hash);
  copy->part_names = g_strdupv (draft->part_names);
  copy->part_hashes = g_strdupv (draft->part_hashes);
  copy->role_files = g_strdupv (draft->role_files);

  /* A legacy page draft is the page of its export file. */
  if (draft->kind == NULL && copy->file == NULL && copy->export_file != NULL)
    {
      copy->file = g_steal_pointer (&copy->export_file);
      copy->base_hash = g_steal_pointer (&copy->export_base_hash);
    }

  load = g_new0 (LoadData, 1);
  load->kind = kind_of_draft (draft);
  load->file
      = copy->file != NULL ? g_object_ref (copy->file) : g_file_new_for_path (copy->family_path);
  load->diagnostics = ladder_diagnostics_new ();
  load->draft = copy;

  if (load->kind == LADDER_DOCUMENT_FOLDER && copy->file == NULL)
    load->kind = LADDER_DOCUMENT_LADDER_FILE;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_document_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

static Watched *
new_part (GFile *folder, const char *name, const char *hash, GBytes *contents)
{
  Watched *part = g_new0 (Watched, 1);

  part->file = g_file_get_child (folder, name);
  part->hash = g_strdup (hash);
  part->contents = contents != NULL ? g_bytes_ref (contents) : NULL;
  return part;
}

/* The folder's files as read, each with the hash of the bytes read. */
static GPtrArray *
parts_as_read (LadderFamilyFolder *folder)
{
  GPtrArray *parts
      = g_ptr_array_new_with_free_func ((GDestroyNotify) _ladder_document_watched_free);
  g_autofree char *index_hash = ladder_file_hash_bytes (folder->index_contents);

  g_ptr_array_add (parts, new_part (folder->folder, LADDER_FAMILY_FOLDER_INDEX, index_hash,
                                    folder->index_contents));
  for (guint i = 0; i < folder->pages->len; i++)
    {
      LadderFolderPage *page = g_ptr_array_index (folder->pages, i);
      g_autofree char  *hash = ladder_file_hash_bytes (page->contents);

      g_ptr_array_add (parts, new_part (folder->folder, page->name, hash, page->contents));
    }

  return parts;
}

/* The folder's files with the hashes the draft's changes were made to.
 * A file that is there now and was not then has an unknown version: it
 * is not written over (nor deleted) without asking. */
static GPtrArray *
parts_of_draft (LadderFamilyFolder *folder, LadderDraft *draft)
{
  GPtrArray *parts
      = g_ptr_array_new_with_free_func ((GDestroyNotify) _ladder_document_watched_free);
  g_autoptr (GPtrArray) files = ladder_family_folder_dup_files (folder);

  for (guint i = 0; draft->part_names != NULL && draft->part_names[i] != NULL; i++)
    {
      const char *hash = draft->part_hashes[i];

      g_ptr_array_add (
          parts, new_part (folder->folder, draft->part_names[i], *hash != '\0' ? hash : "", NULL));
    }

  for (guint i = 0; i < files->len; i++)
    {
      GFile           *file = g_ptr_array_index (files, i);
      g_autofree char *name = g_file_get_basename (file);
      gboolean         known = FALSE;

      for (guint p = 0; p < parts->len && !known; p++)
        known = g_file_equal (((Watched *) g_ptr_array_index (parts, p))->file, file);
      if (!known)
        g_ptr_array_add (parts, new_part (folder->folder, name, "", NULL));
    }

  return parts;
}

static void
finish_draft (LadderDocument *self, LoadData *load)
{
  LadderDraft *draft = load->draft;

  _ladder_document_set_kind (self, load->kind);

  if (load->kind == LADDER_DOCUMENT_FOLDER)
    {
      _ladder_document_set_folder (self, load->folder, parts_of_draft (load->folder, draft));
      _ladder_document_set_file (self, draft->file);
      _ladder_document_set_hash (&self->own.hash, NULL);
    }
  else
    {
      _ladder_document_set_folder (self, NULL, NULL);
      _ladder_document_set_file (self, draft->file);
      _ladder_document_set_hash (&self->own.hash, draft->file == NULL        ? NULL
                                                  : draft->base_hash != NULL ? draft->base_hash
                                                                             : "");
    }
  _ladder_document_set_contents (self, &self->own, NULL);

  _ladder_document_set_export_file (
      self, load->kind == LADDER_DOCUMENT_LADDER_FILE ? draft->export_file : NULL);
  _ladder_document_set_hash (&self->page.hash, self->page.file == NULL ? NULL
                                               : draft->export_base_hash != NULL
                                                   ? draft->export_base_hash
                                                   : "");
  _ladder_document_set_contents (self, &self->page, NULL);

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  /* Neither the file nor the page has the draft's changes. */
  self->saved_state = 0;
  self->page_state = 0;
}

gboolean
ladder_document_load_finish (LadderDocument *self, GAsyncResult *result, GError **error)
{
  LoadData *load;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  load = g_task_get_task_data (G_TASK (result));
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  self->diagnostics = g_ptr_array_ref (load->diagnostics);
  _ladder_document_set_family (self, load->family);

  if (load->draft != NULL)
    {
      finish_draft (self, load);
    }
  else if (load->kind == LADDER_DOCUMENT_FOLDER)
    {
      g_autoptr (GFile) folder = g_object_ref (ladder_family_folder_get_folder (load->folder));

      _ladder_document_set_kind (self, load->kind);
      _ladder_document_set_folder (self, load->folder, parts_as_read (load->folder));
      _ladder_document_set_file (self, folder);
      _ladder_document_set_hash (&self->own.hash, NULL);
      _ladder_document_set_contents (self, &self->own, NULL);
      _ladder_document_set_export_file (self, NULL);
      self->saved_state = ladder_history_get_state (self->history);
    }
  else
    {
      _ladder_document_set_kind (self, load->kind);
      _ladder_document_set_folder (self, NULL, NULL);
      _ladder_document_set_file (self, load->file);
      _ladder_document_set_hash (&self->own.hash, load->hash);
      _ladder_document_set_contents (self, &self->own, load->contents);
      self->saved_state = ladder_history_get_state (self->history);
      self->page_state = load->page_in_date ? self->saved_state : 0;
      _ladder_document_set_export_file (self, load->page);
      _ladder_document_set_hash (&self->page.hash, load->page_hash);
      _ladder_document_set_contents (self, &self->page, load->page_contents);
    }

  _ladder_document_set_missing (self, NULL);
  _ladder_document_update_modified (self);
  return TRUE;
}
