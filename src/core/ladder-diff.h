/* ladder-diff.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"
#include "ladder-word-diff.h"

G_BEGIN_DECLS

typedef enum
{
  /* The family: its front matter's title and summary, other front matter
   * entries (`key`; no old text: added, no new text: removed), the intro. */
  LADDER_CHANGE_TITLE,
  LADDER_CHANGE_SUMMARY,
  LADDER_CHANGE_FRONT_MATTER,
  LADDER_CHANGE_INTRO,
  /* Sections of the family, or of a role when the change has a role. */
  LADDER_CHANGE_SECTION_ADDED,
  LADDER_CHANGE_SECTION_REMOVED,
  LADDER_CHANGE_SECTION_RENAMED,
  LADDER_CHANGE_SECTION_MOVED,
  LADDER_CHANGE_SECTION_EDITED,
  /* Roles */
  LADDER_CHANGE_ROLE_ADDED,
  LADDER_CHANGE_ROLE_REMOVED,
  LADDER_CHANGE_ROLE_RENAMED,
  LADDER_CHANGE_ROLE_MOVED,
  LADDER_CHANGE_GRADE,
  LADDER_CHANGE_GRADE_LINK,
  LADDER_CHANGE_REPORTS_TO,
  LADDER_CHANGE_REPORTS_TO_LINK,
  LADDER_CHANGE_EXTENDS,
  /* The role's own prose, outside its lists and sub-sections. */
  LADDER_CHANGE_ROLE_TEXT,
  /* Bullets of a role's Responsibilities or Requirements. */
  LADDER_CHANGE_BULLET_ADDED,
  LADDER_CHANGE_BULLET_REMOVED,
  LADDER_CHANGE_BULLET_EDITED,
  LADDER_CHANGE_BULLET_MOVED,
  /* Nothing above changed, yet the pages are written differently (list
   * markers, blank lines, heading levels, labels). */
  LADDER_CHANGE_LAYOUT,
} LadderChangeKind;

/*
 * One change. Each side (old_…, new_…) says where the change stands in that
 * family; a side that does not have the item holds -1 and NULL.
 *
 * - role: the role's position among the family's roles, and its title;
 *   -1 for a change to the family itself.
 * - section: the section's position among the family's sections (or, with a
 *   role, among the role's sub-sections), and its heading; -1 for a change
 *   that is not about a section.
 * - list and bullet: for bullet changes, which list and where in it. A
 *   bullet moved from Responsibilities to Requirements has two lists.
 * - text: the value before and after (a bullet, a heading, a manager, a
 *   section's Markdown body); grade: the job grades (LADDER_GRADE_NONE for
 *   none) for LADDER_CHANGE_GRADE.
 * - spans: for edits of text, the word-level change (LadderDiffSpan).
 */
typedef struct
{
  LadderChangeKind  kind;
  int               old_role;
  int               new_role;
  char             *old_role_title;
  char             *new_role_title;
  int               old_section;
  int               new_section;
  char             *old_heading;
  char             *new_heading;
  LadderBulletList  old_list;
  LadderBulletList  new_list;
  int               old_bullet;
  int               new_bullet;
  char             *key;
  /* A bullet that went into another group of its list: the text that
   * starts each group, as it reads ("Partner Management"; NULL for the
   * list's start, under no text). Set on LADDER_CHANGE_BULLET_MOVED. */
  char             *old_group;
  char             *new_group;
  char             *old_text;
  char             *new_text;
  int               old_grade;
  int               new_grade;
  GArray           *spans;
} LadderChange;

void        ladder_change_free            (LadderChange     *change);
const char *ladder_change_kind_to_string  (LadderChangeKind  kind);
const char *ladder_bullet_list_to_string  (LadderBulletList  list);
gboolean    ladder_change_is_bullet       (const LadderChange *change);
gboolean    ladder_change_is_section      (const LadderChange *change);

GPtrArray  *ladder_diff_families          (LadderFamily     *old_family,
                                           LadderFamily     *new_family);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderChange, ladder_change_free)

G_END_DECLS
