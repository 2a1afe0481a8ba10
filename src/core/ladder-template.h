/* ladder-template.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How a new page names the level of a role: the current handbook
 * guidelines say "Job Level", older pages "Job Grade". */
typedef enum
{
  LADDER_TEMPLATE_JOB_LEVEL,
  LADDER_TEMPLATE_JOB_GRADE,
} LadderTemplateWording;

#define LADDER_TYPE_TEMPLATE_WORDING (ladder_template_wording_get_type ())
GType       ladder_template_wording_get_type    (void) G_GNUC_CONST;
const char *ladder_template_wording_to_string   (LadderTemplateWording  wording);
gboolean    ladder_template_wording_from_string (const char            *text,
                                                 LadderTemplateWording *wording);

char  *ladder_template_slug         (const char             *text);
char  *ladder_template_page         (const char             *title,
                                     LadderTemplateWording   wording);
GFile *ladder_template_page_file    (GFile                  *workspace,
                                     const char             *department,
                                     const char             *title,
                                     GError                **error);
GFile *ladder_template_create       (GFile                  *workspace,
                                     const char             *department,
                                     const char             *title,
                                     LadderTemplateWording   wording,
                                     GCancellable           *cancellable,
                                     GError                **error);
void   ladder_template_create_async (GFile                  *workspace,
                                     const char             *department,
                                     const char             *title,
                                     LadderTemplateWording   wording,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
GFile *ladder_template_create_finish (GAsyncResult          *result,
                                      GError               **error);

G_END_DECLS
