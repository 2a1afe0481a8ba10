/* ladder-document.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-drafts.h"
#include "ladder-family.h"
#include "ladder-family-folder.h"
#include "ladder-history.h"

G_BEGIN_DECLS

#define LADDER_TYPE_DOCUMENT (ladder_document_get_type ())

typedef enum
{
  LADDER_SAVE_DEFAULT = 0,
  /* The file changed on disk since it was read: write over it anyway (a
   * file from a newer Ladder is never written over). */
  LADDER_SAVE_OVERWRITE_CHANGES = 1 << 0,
  LADDER_SAVE_REPLACE_READ_ONLY = 1 << 1,
  LADDER_SAVE_BREAK_HARD_LINK = 1 << 2,
} LadderSaveFlags;

/* What a document is, and so what saving it writes. */
typedef enum
{
  /* A Ladder file (`*.jobfamily.json`), or a new document not saved yet:
   * saving writes JSON; exporting writes its page, which it remembers. */
  LADDER_DOCUMENT_LADDER_FILE,
  /* A handbook page (`*.md`): saving writes the page, through the lossless
   * exporter. */
  LADDER_DOCUMENT_PAGE,
  /* A family folder (`_index.md` and one page per level): saving writes
   * the pages whose contents change. */
  LADDER_DOCUMENT_FOLDER,
} LadderDocumentKind;

#define LADDER_TYPE_DOCUMENT_KIND (ladder_document_kind_get_type ())
GType ladder_document_kind_get_type (void) G_GNUC_CONST;

/* What a review compares the document with (ladder_document_load_base_async). */
typedef enum
{
  /* The file as it is in the last commit of its git checkout. */
  LADDER_DOCUMENT_BASE_HEAD,
  /* The file as it was last read or saved (no checkout, or a new file). */
  LADDER_DOCUMENT_BASE_DISK,
  /* Nothing: the document was never saved. */
  LADDER_DOCUMENT_BASE_NONE,
} LadderDocumentBase;

G_DECLARE_FINAL_TYPE (LadderDocument, ladder_document, LADDER, DOCUMENT, GObject)

LadderDocument     *ladder_document_new                  (void);
LadderDocument     *ladder_document_new_for_family       (LadderFamily        *family);
LadderDocumentKind  ladder_document_get_kind             (LadderDocument      *self);
LadderFamily       *ladder_document_get_family           (LadderDocument      *self);
LadderHistory      *ladder_document_get_history          (LadderDocument      *self);
GFile              *ladder_document_get_file             (LadderDocument      *self);
GFile              *ladder_document_get_export_file      (LadderDocument      *self);
LadderFamilyFolder *ladder_document_get_folder           (LadderDocument      *self);
GPtrArray          *ladder_document_dup_files            (LadderDocument      *self);
gboolean            ladder_document_has_file             (LadderDocument      *self,
                                                          GFile               *file);
gboolean            ladder_document_get_modified         (LadderDocument      *self);
gboolean            ladder_document_get_page_out_of_date (LadderDocument      *self);
gboolean            ladder_document_get_busy             (LadderDocument      *self);
GFile              *ladder_document_get_missing_file     (LadderDocument      *self);
char               *ladder_document_dup_title            (LadderDocument      *self);
GPtrArray          *ladder_document_get_diagnostics      (LadderDocument      *self);

void                ladder_document_discard_draft        (LadderDocument      *self);
void                ladder_document_forget_disk_version  (LadderDocument      *self);
void                ladder_document_write_draft_now      (LadderDocument      *self);
void                ladder_document_load_draft_async     (LadderDocument      *self,
                                                          LadderDraft         *draft,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
void                ladder_document_load_async           (LadderDocument      *self,
                                                          GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean            ladder_document_load_finish          (LadderDocument      *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void                ladder_document_save_async           (LadderDocument      *self,
                                                          GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
void                ladder_document_save_full_async      (LadderDocument      *self,
                                                          GFile               *file,
                                                          LadderSaveFlags      flags,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
void                ladder_document_save_as_ladder_file_async (LadderDocument      *self,
                                                               GFile               *file,
                                                               LadderSaveFlags      flags,
                                                               GCancellable        *cancellable,
                                                               GAsyncReadyCallback  callback,
                                                               gpointer             user_data);
gboolean            ladder_document_save_finish          (LadderDocument      *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void                ladder_document_export_async         (LadderDocument      *self,
                                                          GFile               *file,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
void                ladder_document_export_full_async    (LadderDocument      *self,
                                                          GFile               *file,
                                                          LadderSaveFlags      flags,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean            ladder_document_export_finish        (LadderDocument      *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void                ladder_document_load_base_async      (LadderDocument      *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
LadderFamily       *ladder_document_load_base_finish     (LadderDocument      *self,
                                                          GAsyncResult        *result,
                                                          LadderDocumentBase  *base,
                                                          GError             **error);

G_END_DECLS
