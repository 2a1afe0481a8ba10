/* ladder-family-folder.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-family.h"

G_BEGIN_DECLS

/*
 * A job family kept as a folder: `_index.md` holds the family's front
 * matter, intro and shared sections, and each level is a page of its own
 * whose front matter has a `weight:` that orders the levels:
 *
 *   technology-partner-manager/_index.md        title, Performance Indicators…
 *   technology-partner-manager/associate.md     title, weight: 10, one role
 *   technology-partner-manager/intermediate.md  title, weight: 20, one role
 *
 * It is read into one LadderFamily (the roles of `_index.md`, if any, then
 * one role per level page in weight order) and written back as the same
 * files. A level page's role is titled by its front matter's `title:`.
 */

#define LADDER_FAMILY_FOLDER_INDEX "_index.md"

#define LADDER_TYPE_FAMILY_FOLDER (ladder_family_folder_get_type ())

G_DECLARE_FINAL_TYPE (LadderFamilyFolder, ladder_family_folder, LADDER, FAMILY_FOLDER, GObject)

/* What saving a folder family writes: the files whose content changes, in
 * order; a file with no contents is to be deleted (its level was removed). */
typedef struct _LadderFolderPlan LadderFolderPlan;

#define LADDER_TYPE_FOLDER_PLAN (ladder_folder_plan_get_type ())
GType             ladder_folder_plan_get_type (void) G_GNUC_CONST;
LadderFolderPlan *ladder_folder_plan_ref (LadderFolderPlan *plan);
void              ladder_folder_plan_unref (LadderFolderPlan *plan);
guint             ladder_folder_plan_get_n_writes (LadderFolderPlan *plan);
GFile            *ladder_folder_plan_get_file (LadderFolderPlan *plan, guint position);
GBytes           *ladder_folder_plan_get_contents (LadderFolderPlan *plan, guint position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderFolderPlan, ladder_folder_plan_unref)

gboolean ladder_family_folder_is_level_page (const char *data, gsize length, gint64 *weight);
char    *ladder_family_folder_level_text (const char *data,
                                          gsize       length,
                                          const char *name,
                                          int        *level,
                                          guint      *heading_line);

LadderFamilyFolder *
ladder_family_folder_read (GFile *folder, GCancellable *cancellable, GError **error);
LadderFamilyFolder *ladder_family_folder_read_contents (GFile     *folder,
                                                        GBytes    *index_contents,
                                                        GPtrArray *names,
                                                        GPtrArray *contents,
                                                        GError   **error);
void                ladder_family_folder_read_async (GFile              *folder,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
LadderFamilyFolder *ladder_family_folder_read_finish (GAsyncResult *result, GError **error);

GFile        *ladder_family_folder_get_folder (LadderFamilyFolder *self);
LadderFamily *ladder_family_folder_get_family (LadderFamilyFolder *self);
GPtrArray    *ladder_family_folder_dup_files (LadderFamilyFolder *self);

LadderFolderPlan *
ladder_family_folder_write_plan (LadderFamilyFolder *self, LadderFamily *family, GError **error);
void ladder_family_folder_written (LadderFamilyFolder *self, LadderFolderPlan *plan);
GStrv ladder_family_folder_dup_role_files (LadderFamilyFolder *self, LadderFamily *family);
void  ladder_family_folder_adopt_roles (LadderFamilyFolder *self,
                                        LadderFamily       *family,
                                        const char *const  *role_files);

G_END_DECLS
