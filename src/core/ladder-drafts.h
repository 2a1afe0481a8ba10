/* ladder-drafts.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Drafts: the unsaved changes of open documents, written a few seconds
 * after each edit into the user's state folder, so that they outlive a
 * crash. A draft is a job family file and a small key file saying which
 * document it belongs to.
 */
typedef struct
{
  char   *id;
  char   *family_path;
  char   *info_path;
  GFile  *file;
  GFile  *export_file;
  char   *title;
  gint64  modified;
} LadderDraft;

char       *ladder_drafts_dir        (void);
char       *ladder_drafts_new_id     (void);
GPtrArray  *ladder_drafts_list       (void);
LadderDraft *ladder_draft_for_id     (const char *id);
void        ladder_draft_free        (LadderDraft *draft);
GBytes     *ladder_draft_info_bytes  (GFile      *file,
                                      GFile      *export_file,
                                      const char *title);
void        ladder_drafts_remove     (const char *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderDraft, ladder_draft_free)

G_END_DECLS
