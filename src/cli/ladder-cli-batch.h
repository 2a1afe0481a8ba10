/* ladder-cli-batch.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ladder-file.h"

G_BEGIN_DECLS

/* Does item @index of a batch: in a worker thread when there are several.
 * @spare is the worker's own, for the outputs it writes. */
typedef void (*LadderBatchWork) (guint index, LadderFileSpare *spare, gpointer user_data);
/* Says how item @index went: after it is done, one item at a time, in the
 * items' order (in whichever worker thread finished it or an item before). */
typedef void (*LadderBatchReport) (guint index, gpointer user_data);

guint ladder_cli_batch_default_workers (void);
void  ladder_cli_batch_run (guint             n_items,
                            guint             n_workers,
                            LadderBatchWork   work,
                            LadderBatchReport report,
                            gpointer          user_data);

G_END_DECLS
