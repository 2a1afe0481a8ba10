/* ladder-markdown-export.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"

G_BEGIN_DECLS

typedef enum
{
  LADDER_EXPORT_DEFAULT = 0,
  /* Ignore how an imported page was written and use the handbook's current
   * template throughout. */
  LADDER_EXPORT_CANONICAL = 1 << 0,
} LadderExportFlags;

GString *ladder_markdown_export (LadderFamily *family, LadderExportFlags flags);
GString *ladder_markdown_export_checked (LadderFamily     *family,
                                         LadderExportFlags flags,
                                         const char       *filename,
                                         GError          **error);

/* What a block of an exported page stands for, so that a place in the page
 * can be traced back to the model (and a field to its place in the page). */
typedef enum
{
  LADDER_PAGE_BLOCK_FRONT_MATTER,
  LADDER_PAGE_BLOCK_INTRO,
  /* A family section's heading and body, or a role subsection's when
   * `role` is set; `section` is its position in its list. */
  LADDER_PAGE_BLOCK_SECTION_HEADING,
  LADDER_PAGE_BLOCK_SECTION_BODY,
  LADDER_PAGE_BLOCK_ROLE_HEADING,
  /* Markdown of a role kept as it was (`slot` is LADDER_SLOT_TEXT), or the
   * text before a bullet that starts a group ("Technical:"; `bullet` set). */
  LADDER_PAGE_BLOCK_ROLE_TEXT,
  LADDER_PAGE_BLOCK_REPORTS_TO,
  LADDER_PAGE_BLOCK_GRADE,
  /* "Job Grade", "Responsibilities" or "Requirements": `slot` says which. */
  LADDER_PAGE_BLOCK_PART_HEADING,
  /* The "Extends that of …" line that opens a list; `list` says which. */
  LADDER_PAGE_BLOCK_EXTENDS,
  LADDER_PAGE_BLOCK_BULLET,
} LadderPageBlockKind;

/* 32 bytes: a page of 60,000 bullets has some 80,000 blocks, mapped at
 * each check of the family. */
typedef struct
{
  /* Byte range of the block in the page, without its final newline. */
  gsize offset;
  gsize length;
  /* Position in ladder_family_get_roles(), or -1. */
  int role;
  /* Position in the family's sections, or in the role's subsections; for
   * a block of a role's text (slot LADDER_SLOT_TEXT), in the role's texts
   * (ladder_role_get_texts ()), or -1. */
  int section;
  /* Position in the role's list of bullets, or -1. */
  int                 bullet;
  LadderPageBlockKind kind : 8;
  LadderSlotKind      slot : 8;
  LadderBulletList    list : 8;
} LadderPageBlock;

G_STATIC_ASSERT (sizeof (LadderPageBlock) <= 32);

GString *
ladder_markdown_export_mapped (LadderFamily *family, LadderExportFlags flags, GArray *blocks);

G_END_DECLS
