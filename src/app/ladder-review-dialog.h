/* ladder-review-dialog.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-diff.h"
#include "ladder-document.h"

G_BEGIN_DECLS

#define LADDER_TYPE_REVIEW_DIALOG (ladder_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadderReviewDialog, ladder_review_dialog, LADDER, REVIEW_DIALOG, AdwWindow)

LadderReviewDialog *ladder_review_dialog_new         (GtkWindow          *parent,
                                                      LadderDocument     *document);
LadderDocument     *ladder_review_dialog_get_document (LadderReviewDialog *self);
GPtrArray          *ladder_review_dialog_get_changes  (LadderReviewDialog *self);
gboolean            ladder_review_dialog_get_busy     (LadderReviewDialog *self);
void                ladder_review_dialog_compare_again (LadderReviewDialog *self);

G_END_DECLS
