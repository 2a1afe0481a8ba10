/* ladder-role.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-bullet.h"
#include "ladder-layout.h"
#include "ladder-section.h"

G_BEGIN_DECLS

/* A role without a job grade has LADDER_GRADE_NONE. */
#define LADDER_GRADE_NONE (-1)
#define LADDER_GRADE_MAX 99

typedef enum
{
  LADDER_BULLET_LIST_RESPONSIBILITIES,
  LADDER_BULLET_LIST_REQUIREMENTS,
} LadderBulletList;

#define LADDER_TYPE_ROLE (ladder_role_get_type ())

G_DECLARE_FINAL_TYPE (LadderRole, ladder_role, LADDER, ROLE, GObject)

LadderRole *ladder_role_new (const char *title);
LadderRole *ladder_role_copy (LadderRole *self);
LadderRole *ladder_role_duplicate (LadderRole *self);
LadderRole *ladder_role_new_beside (LadderRole *neighbour);

const char *ladder_role_get_title (LadderRole *self);
void        ladder_role_set_title (LadderRole *self, const char *title);
const char *ladder_role_get_reports_to (LadderRole *self);
void        ladder_role_set_reports_to (LadderRole *self, const char *reports_to);
const char *ladder_role_get_reports_to_link (LadderRole *self);
void        ladder_role_set_reports_to_link (LadderRole *self, const char *link);
int         ladder_role_get_job_grade (LadderRole *self);
void        ladder_role_set_job_grade (LadderRole *self, int grade);
const char *ladder_role_get_grade_link (LadderRole *self);
void        ladder_role_set_grade_link (LadderRole *self, const char *link);
const char *ladder_role_get_extends (LadderRole *self);
void        ladder_role_set_extends (LadderRole *self, const char *extends);

GListModel *ladder_role_get_responsibilities (LadderRole *self);
GListModel *ladder_role_get_requirements (LadderRole *self);
GListModel *ladder_role_get_bullets (LadderRole *self, LadderBulletList list);
GListModel *ladder_role_get_subsections (LadderRole *self);

/* The same as the list model's, without making the bullet's object. */
guint       ladder_role_get_n_bullets (LadderRole *self, LadderBulletList list);
const char *ladder_role_get_bullet_text (LadderRole *self, LadderBulletList list, guint position);
gboolean    ladder_role_find_bullet (LadderRole      *self,
                                     LadderBulletList list,
                                     LadderBullet    *bullet,
                                     guint           *position);

void ladder_role_insert_bullet (LadderRole      *self,
                                LadderBulletList list,
                                guint            position,
                                LadderBullet    *bullet);
void ladder_role_append_bullet (LadderRole *self, LadderBulletList list, LadderBullet *bullet);
void ladder_role_splice_bullets (LadderRole      *self,
                                 LadderBulletList list,
                                 guint            position,
                                 guint            n_removals,
                                 LadderBullet   **additions,
                                 guint            n_additions);
void ladder_role_remove_bullet (LadderRole *self, LadderBulletList list, guint position);
void ladder_role_delete_bullet (LadderRole *self, LadderBulletList list, guint position);
void ladder_role_add_bullet_to_first_group (LadderRole      *self,
                                            LadderBulletList list,
                                            LadderBullet    *bullet);
void ladder_role_move_bullet (LadderRole *self, LadderBulletList list, guint from, guint to);
guint
     ladder_role_step_bullet (LadderRole *self, LadderBulletList list, guint position, gboolean up);
void ladder_role_insert_subsection (LadderRole *self, guint position, LadderSection *section);
void ladder_role_remove_subsection (LadderRole *self, guint position);

/* Layout: the heading level (0 for a role that has no heading of its own),
 * how the heading was written, the order of the role's parts in the page
 * (NULL slots mean the handbook's current template), and which of the
 * page's runs of roles it stands in (the n-th section of kind
 * LADDER_SECTION_ROLES; a page may list its levels and, apart, its
 * specialties). */
int           ladder_role_get_heading_level (LadderRole *self);
void          ladder_role_set_heading_level (LadderRole *self, int level);
LadderOrigin *ladder_role_get_heading_origin (LadderRole *self);
guint         ladder_role_get_region (LadderRole *self);
void          ladder_role_set_region (LadderRole *self, guint region);
GPtrArray    *ladder_role_get_slots (LadderRole *self);
void          ladder_role_take_slots (LadderRole *self, GPtrArray *slots);

G_END_DECLS
