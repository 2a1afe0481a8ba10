/* ladder-family.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-layout.h"
#include "ladder-role.h"
#include "ladder-section.h"

G_BEGIN_DECLS

#define LADDER_TYPE_FAMILY (ladder_family_get_type ())

G_DECLARE_FINAL_TYPE (LadderFamily, ladder_family, LADDER, FAMILY, GObject)

LadderFamily *ladder_family_new (void);
LadderFamily *ladder_family_copy (LadderFamily *self);

const char *ladder_family_get_title (LadderFamily *self);
void        ladder_family_set_title (LadderFamily *self, const char *title);
const char *ladder_family_get_summary (LadderFamily *self);
void        ladder_family_set_summary (LadderFamily *self, const char *summary);
const char *ladder_family_get_intro (LadderFamily *self);
void        ladder_family_set_intro (LadderFamily *self, const char *intro);

/* Front matter: ordered `key: value` entries. A value is kept as the YAML
 * text after the colon; entries the program does not know stay as written.
 * An entry without a key is a line the page had there (a comment). */
guint       ladder_family_get_n_front_matter (LadderFamily *self);
const char *ladder_family_get_front_matter_key (LadderFamily *self, guint position);
const char *ladder_family_get_front_matter_yaml (LadderFamily *self, guint position);
char       *ladder_family_dup_front_matter_value (LadderFamily *self, const char *key);
void ladder_family_set_front_matter_value (LadderFamily *self, const char *key, const char *value);
void ladder_family_append_front_matter_yaml (LadderFamily *self, const char *key, const char *yaml);
char *ladder_family_dup_read_only_reason (LadderFamily *self, const char *property);

GListModel *ladder_family_get_roles (LadderFamily *self);
void        ladder_family_insert_role (LadderFamily *self, guint position, LadderRole *role);
void        ladder_family_append_role (LadderFamily *self, LadderRole *role);
void        ladder_family_remove_role (LadderFamily *self, guint position);
void        ladder_family_move_role (LadderFamily *self, guint from, guint to);
gboolean    ladder_family_can_move_role_on_page (LadderFamily *self, guint from, guint to);
void        ladder_family_move_role_on_page (LadderFamily *self, guint from, guint to);
LadderRole *ladder_family_find_role (LadderFamily *self, const char *title);

GListModel *ladder_family_get_sections (LadderFamily *self);
void ladder_family_insert_section (LadderFamily *self, guint position, LadderSection *section);
void ladder_family_append_section (LadderFamily *self, LadderSection *section);
LadderSection *ladder_family_new_last_section (LadderFamily *self);
void           ladder_family_remove_section (LadderFamily *self, guint position);
void           ladder_family_move_section (LadderFamily *self, guint from, guint to);

/* Layout of an imported page around its blocks. */
typedef struct
{
  gboolean has_front_matter;
  /* The delimiter lines, when not exactly "---". */
  char *front_matter_open;
  char *front_matter_close;
  /* gap: the blank lines after the front matter / after the intro. */
  LadderOrigin front_matter;
  LadderOrigin intro;
  /* Blank lines at the end of the page, and whether its last line ends in a
   * newline. */
  char    *final_gap;
  gboolean no_final_newline;
} LadderFamilyLayout;

LadderFamilyLayout *ladder_family_get_layout (LadderFamily *self);

G_END_DECLS
