/* ladder-markdown-blocks.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ladder-layout.h"

G_BEGIN_DECLS

/* The canonical Markdown of each kind of block, in the handbook's current
 * template. The exporter writes these for anything that has no recorded
 * source; the importer compares a page's blocks with them to decide what
 * it must remember. None of them ends in a newline. */

#define LADDER_DEFAULT_GRADE_LINK                                                                  \
  "/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades"

/* Stands for the main value of a sentence (see LadderOrigin's span). */
#define LADDER_VALUE_PLACEHOLDER "\x01"

char *ladder_block_heading (int level, const char *prefix_title, const char *label_markdown);
char *ladder_block_title_heading (int level, const char *title);
char *ladder_block_manager (const char *reports_to, const char *link);
char *ladder_block_reports_to (const char *title, const char *manager_markdown);
char *ladder_block_grade_value (int grade);
char *ladder_block_grade (const char *title, const char *grade_markdown, const char *link);
char *ladder_block_bullet (const char *marker, const char *text);
void  ladder_block_append_bullet (GString *out, const char *marker, const char *text);
char *ladder_block_extends (const char *marker, const char *extends, LadderSlotKind list);
char *ladder_block_extends_markdown (const char    *marker,
                                     const char    *extends_markdown,
                                     LadderSlotKind list);
char *ladder_block_heading_anchor (const char *title);
char *ladder_block_extends_name (const char *title, gboolean linked);
int   ladder_block_subheading_level (int role_level);

G_END_DECLS
