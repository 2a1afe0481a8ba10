/* ladder-role-text.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-role.h"

G_BEGIN_DECLS

/* Where a role's text stands on its page: after which of the role's
 * parts (the first text after the role's heading is AT_START). */
typedef enum
{
  LADDER_ROLE_TEXT_AT_START,
  LADDER_ROLE_TEXT_AFTER_REPORTS_TO,
  LADDER_ROLE_TEXT_UNDER_GRADE_HEADING,
  LADDER_ROLE_TEXT_AFTER_GRADE,
  LADDER_ROLE_TEXT_UNDER_RESPONSIBILITIES_HEADING,
  LADDER_ROLE_TEXT_AFTER_RESPONSIBILITIES,
  LADDER_ROLE_TEXT_UNDER_REQUIREMENTS_HEADING,
  LADDER_ROLE_TEXT_AFTER_REQUIREMENTS,
  LADDER_ROLE_TEXT_AFTER_SUBSECTION,
} LadderRoleTextPlace;

#define LADDER_TYPE_ROLE_TEXT (ladder_role_text_get_type ())

G_DECLARE_FINAL_TYPE (LadderRoleText, ladder_role_text, LADDER, ROLE_TEXT, GObject)

const char         *ladder_role_text_get_markdown (LadderRoleText *self);
void                ladder_role_text_set_markdown (LadderRoleText *self, const char *markdown);
LadderRoleTextPlace ladder_role_text_get_place (LadderRoleText *self);
/* For AFTER_SUBSECTION: the role's subsection right above the text.
 * (transfer full) (nullable) */
LadderSection *ladder_role_text_dup_subsection (LadderRoleText *self);

/* The text the page has in @self besides its fields (a paragraph about the
 * role, criteria under its grade, a note after its requirements), one item
 * of type LadderRoleText per block of it, in page order. Its items edit the
 * page's text in place, through the history. (transfer none) */
GListModel *ladder_role_get_texts (LadderRole *self);
/* The Markdown of the text at @position in ladder_role_get_texts (),
 * without making the list; NULL past its end. */
const char *ladder_role_peek_text (LadderRole *self, guint position);

G_END_DECLS
