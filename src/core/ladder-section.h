/* ladder-section.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ladder-layout.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_SECTION_OTHER,
  /* Where the roles stand; its heading ("Levels") is optional. */
  LADDER_SECTION_ROLES,
  LADDER_SECTION_SPECIALTIES,
  LADDER_SECTION_PERFORMANCE_INDICATORS,
  LADDER_SECTION_CAREER_LADDER,
  LADDER_SECTION_HIRING_PROCESS,
} LadderSectionKind;

#define LADDER_TYPE_SECTION_KIND (ladder_section_kind_get_type ())
GType ladder_section_kind_get_type (void) G_GNUC_CONST;

const char        *ladder_section_kind_to_string   (LadderSectionKind  kind);
gboolean           ladder_section_kind_from_string (const char        *text,
                                                    LadderSectionKind *kind);
LadderSectionKind  ladder_section_kind_for_heading (const char        *heading);

#define LADDER_TYPE_SECTION (ladder_section_get_type ())

G_DECLARE_FINAL_TYPE (LadderSection, ladder_section, LADDER, SECTION, GObject)

LadderSection     *ladder_section_new           (LadderSectionKind  kind,
                                                 const char        *heading,
                                                 int                level);
LadderSection     *ladder_section_copy          (LadderSection     *self);
LadderSectionKind  ladder_section_get_kind      (LadderSection     *self);
void               ladder_section_set_kind      (LadderSection     *self,
                                                 LadderSectionKind  kind);
const char        *ladder_section_get_heading   (LadderSection     *self);
void               ladder_section_set_heading   (LadderSection     *self,
                                                 const char        *heading);
int                ladder_section_get_level     (LadderSection     *self);
void               ladder_section_set_level     (LadderSection     *self,
                                                 int                level);
const char        *ladder_section_get_body      (LadderSection     *self);
void               ladder_section_set_body      (LadderSection     *self,
                                                 const char        *body);

/* Layout: how the heading was written, and the blank lines after the body. */
LadderOrigin      *ladder_section_get_heading_origin (LadderSection *self);
LadderOrigin      *ladder_section_get_body_origin    (LadderSection *self);

G_END_DECLS
