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

G_DECLARE_FINAL_TYPE (LadderDocument, ladder_document, LADDER, DOCUMENT, GObject)

LadderDocument *ladder_document_new              (void);
LadderDocument *ladder_document_new_for_family   (LadderFamily         *family);
LadderFamily   *ladder_document_get_family       (LadderDocument       *self);
LadderHistory  *ladder_document_get_history      (LadderDocument       *self);
GFile          *ladder_document_get_file         (LadderDocument       *self);
GFile          *ladder_document_get_export_file  (LadderDocument       *self);
gboolean        ladder_document_get_modified     (LadderDocument       *self);
gboolean        ladder_document_get_busy         (LadderDocument       *self);
char           *ladder_document_dup_title        (LadderDocument       *self);
GPtrArray      *ladder_document_get_diagnostics  (LadderDocument       *self);

void            ladder_document_discard_draft    (LadderDocument       *self);
void            ladder_document_forget_disk_version (LadderDocument    *self);
void            ladder_document_write_draft_now  (LadderDocument       *self);
void            ladder_document_load_draft_async (LadderDocument       *self,
                                                  LadderDraft          *draft,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
void            ladder_document_load_async       (LadderDocument       *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean        ladder_document_load_finish      (LadderDocument       *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void            ladder_document_save_async       (LadderDocument       *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
void            ladder_document_save_full_async  (LadderDocument       *self,
                                                  GFile                *file,
                                                  LadderSaveFlags       flags,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean        ladder_document_save_finish      (LadderDocument       *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void            ladder_document_export_async     (LadderDocument       *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
void            ladder_document_export_full_async (LadderDocument      *self,
                                                   GFile               *file,
                                                   LadderSaveFlags      flags,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        ladder_document_export_finish    (LadderDocument       *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
