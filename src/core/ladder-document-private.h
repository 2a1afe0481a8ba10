/* ladder-document-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-document.h"

G_BEGIN_DECLS

/* LadderDocument's parts, shared by ladder-document.c (the document, its
 * drafts, loading, watching its files) and ladder-document-save.c (saving
 * and exporting). */

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
  /* What the last load had to say about the file (LadderDiagnostic). */
  GPtrArray         *diagnostics;
};

void _ladder_document_update_modified (LadderDocument  *self);
void _ladder_document_update_busy     (LadderDocument  *self);
void _ladder_document_look_at         (LadderDocument  *self,
                                       Watched         *watched);
void _ladder_document_set_file        (LadderDocument  *self,
                                       GFile           *file);
void _ladder_document_set_export_file (LadderDocument  *self,
                                       GFile           *file);
void _ladder_document_set_hash        (char           **hash,
                                       const char      *value);

G_END_DECLS
