/* ladder-document-base.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-document-private.h"

#include <glib/gi18n-lib.h>

#include "ladder-bytes-pack.h"
#include "ladder-family-folder-private.h"
#include "ladder-file.h"
#include "ladder-git.h"
#include "ladder-json.h"
#include "ladder-markdown-import.h"

/*
 * The version of a document that a review compares the edits with: for a
 * page or a family folder, what the last commit holds (what a reviewer of
 * the change would see as "before"), else the file as last read or saved;
 * for a Ladder file, the file as last read or saved. Read in a worker
 * thread, from bytes and names taken on the main thread.
 */

typedef struct
{
  LadderDocumentKind kind;
  /* The page or the folder; NULL for a document never saved. */
  GFile *file;
  /* The file as last read or written; NULL when not known (a restored
   * draft): then read from disk. Packed, or not. */
  GBytes  *contents;
  gboolean contents_packed;
  /* A folder's pages as last read or written: names, and contents. */
  GBytes            *index_contents;
  GPtrArray         *names;
  GPtrArray         *page_contents;
  LadderFamily      *family;
  LadderDocumentBase base;
} BaseData;

static void
base_data_free (gpointer data)
{
  BaseData *load = data;

  g_clear_object (&load->file);
  g_clear_pointer (&load->contents, g_bytes_unref);
  g_clear_pointer (&load->index_contents, g_bytes_unref);
  g_clear_pointer (&load->names, g_ptr_array_unref);
  g_clear_pointer (&load->page_contents, g_ptr_array_unref);
  g_clear_object (&load->family);
  g_free (load);
}

static LadderFamily *
read_family (BaseData *load, GBytes *bytes, GError **error)
{
  g_autofree char *name = g_file_get_parse_name (load->file);
  gsize            length;
  const char      *data = g_bytes_get_data (bytes, &length);

  if (data == NULL)
    data = "";

  if (load->kind == LADDER_DOCUMENT_PAGE)
    return ladder_markdown_import (data, length, name, error);

  return ladder_json_read (data, length, name, error);
}

static LadderFamily *
family_of_folder (LadderFamilyFolder *folder)
{
  return folder != NULL ? g_object_ref (ladder_family_folder_get_family (folder)) : NULL;
}

/* The folder's pages as the last commit has them; NULL with no error when
 * the commit does not have the folder. */
static LadderFamily *
folder_at_head (LadderGit *git, GFile *folder, GError **error)
{
  g_autoptr (GPtrArray) names = NULL;
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr (GPtrArray) page_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GBytes) index_contents = NULL;
  g_autoptr (LadderFamilyFolder) read = NULL;

  names = ladder_git_list_at_head (git, folder, NULL);
  if (names == NULL)
    return NULL;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr (GFile) file = g_file_get_child (folder, name);
      GBytes *bytes;

      if (!g_str_has_suffix (name, ".md"))
        continue;

      bytes = ladder_git_read_at_head (git, file, error);
      if (bytes == NULL)
        return NULL;

      if (g_str_equal (name, LADDER_FAMILY_FOLDER_INDEX))
        {
          index_contents = bytes;
          continue;
        }

      g_ptr_array_add (page_names, g_strdup (name));
      g_ptr_array_add (contents, bytes);
    }

  if (index_contents == NULL)
    return NULL;

  read = ladder_family_folder_read_contents (folder, index_contents, page_names, contents, error);
  return family_of_folder (read);
}

static void
base_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  BaseData *load = task_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;

  if (load->file == NULL)
    {
      load->base = LADDER_DOCUMENT_BASE_NONE;
      load->family = ladder_family_new ();
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* What the last commit has, for what is kept in the handbook. */
  if (load->kind != LADDER_DOCUMENT_LADDER_FILE)
    {
      g_autoptr (GFile) folder = load->kind == LADDER_DOCUMENT_FOLDER
                                     ? g_object_ref (load->file)
                                     : g_file_get_parent (load->file);
      g_autoptr (LadderGit) git = folder != NULL ? ladder_git_open (folder, NULL) : NULL;

      if (git != NULL && load->kind == LADDER_DOCUMENT_FOLDER)
        {
          load->family = folder_at_head (git, load->file, &error);
        }
      else if (git != NULL)
        {
          bytes = ladder_git_read_at_head (git, load->file, NULL);
          if (bytes != NULL)
            load->family = read_family (load, bytes, &error);
        }

      if (error != NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }

      if (load->family != NULL)
        {
          load->base = LADDER_DOCUMENT_BASE_HEAD;
          g_task_return_boolean (task, TRUE);
          return;
        }
    }

  /* Else the file as last read or written. */
  load->base = LADDER_DOCUMENT_BASE_DISK;
  if (load->kind == LADDER_DOCUMENT_FOLDER)
    {
      g_autoptr (LadderFamilyFolder) read = NULL;

      if (load->index_contents != NULL)
        read = ladder_family_folder_read_contents (load->file, load->index_contents, load->names,
                                                   load->page_contents, &error);
      else
        read = ladder_family_folder_read (load->file, cancellable, &error);
      load->family = family_of_folder (read);
    }
  else
    {
      if (load->contents != NULL && load->contents_packed)
        {
          bytes = ladder_bytes_unpack (load->contents, &error);
        }
      else if (load->contents != NULL)
        {
          bytes = g_bytes_ref (load->contents);
        }
      else
        {
          g_autofree char *path = g_file_get_path (load->file);
          g_autofree char *name = g_file_get_parse_name (load->file);

          bytes = ladder_file_read_bounded (path != NULL ? path : name, &error);
        }

      if (bytes != NULL)
        load->family = read_family (load, bytes, &error);
    }

  if (load->family == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ladder_document_load_base_async:
 *
 * Reads the version of the document that its edits are reviewed against
 * (see #LadderDocumentBase): a page or a family folder as the last commit
 * of its git checkout has it, or, outside a checkout or for a file not
 * committed yet, as last read or saved; a Ladder file as last read or
 * saved; an empty family for a document never saved.
 */
void
ladder_document_load_base_async (LadderDocument     *self,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  BaseData *load;

  g_return_if_fail (LADDER_IS_DOCUMENT (self));

  load = g_new0 (BaseData, 1);
  load->kind = self->kind;
  load->file = self->own.file != NULL ? g_object_ref (self->own.file) : NULL;
  load->contents = self->own.contents != NULL ? g_bytes_ref (self->own.contents) : NULL;
  load->contents_packed = self->own.contents_packed;

  /* A restored draft's folder is as read when it was restored, not what
   * its changes were made to: then read again. */
  if (self->folder != NULL && self->saved_state != 0)
    {
      load->index_contents = g_bytes_ref (self->folder->index_contents);
      load->names = g_ptr_array_new_with_free_func (g_free);
      load->page_contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
      for (guint i = 0; i < self->folder->pages->len; i++)
        {
          LadderFolderPage *page = g_ptr_array_index (self->folder->pages, i);

          g_ptr_array_add (load->names, g_strdup (page->name));
          g_ptr_array_add (load->page_contents, g_bytes_ref (page->contents));
        }
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_document_load_base_async);
  g_task_set_task_data (task, load, base_data_free);
  g_task_run_in_thread (task, base_in_thread);
}

/**
 * ladder_document_load_base_finish:
 * @base: (out) (optional): what the family is
 *
 * Returns: (transfer full) (nullable): the family the document's edits
 *   are compared with
 */
LadderFamily *
ladder_document_load_base_finish (LadderDocument     *self,
                                  GAsyncResult       *result,
                                  LadderDocumentBase *base,
                                  GError            **error)
{
  BaseData *load;

  g_return_val_if_fail (LADDER_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  load = g_task_get_task_data (G_TASK (result));
  if (base != NULL)
    *base = load->base;

  return g_steal_pointer (&load->family);
}
