/* ladder-markdown-import-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>

#include "ladder-bullet-private.h"
#include "ladder-cmark-arena.h"

#include "ladder-markdown-import.h"

G_BEGIN_DECLS

/* The Markdown importer's parts, around one Importer: ladder-markdown-import.c
 * (the entry points, and the page put together), -blocks.c (lines and
 * blocks), -front-matter.c, -regions.c (which headings are roles),
 * -roles.c and -parts.c (reading roles and their parts) and -sections.c. */

typedef enum
{
  PART_NONE,
  PART_GRADE,
  PART_RESPONSIBILITIES,
  PART_REQUIREMENTS,
} PartKind;

typedef struct
{
  cmark_node     *node;
  cmark_node_type type;
  guint           first; /* first and last line, 0-based, inclusive */
  guint           last;
  guint           gap_end; /* the gap is lines last+1 .. gap_end-1 */
  /* Headings */
  int      level;
  char    *plain;
  PartKind part;
  int      parent;    /* index of the enclosing heading, or -1 */
  guint    range_end; /* index of the first block past this heading's range */
} Block;

typedef struct
{
  const char *data;
  gsize       length;
  /* Offsets of each line's start; line i spans [starts[i], starts[i+1]-1). */
  GArray       *starts;
  guint         n_lines;
  guint         body;
  GArray       *blocks;
  Block        *last_block;
  LadderFamily *family;
  /* Which run of roles the roles being read belong to. */
  guint region;
} Importer;

static inline Block *
block_at (Importer *importer, guint index_)
{
  return &g_array_index (importer->blocks, Block, index_);
}

static inline const char *
line_start (Importer *importer, guint line)
{
  return importer->data + g_array_index (importer->starts, gsize, line);
}

/* Length of a line without its newline. */
static inline gsize
line_length (Importer *importer, guint line)
{
  gsize start = g_array_index (importer->starts, gsize, line);
  gsize end = g_array_index (importer->starts, gsize, line + 1);

  if (end > start && importer->data[end - 1] == '\n')
    end--;

  return end - start;
}

static inline gboolean
line_is_blank (Importer *importer, guint line)
{
  const char *p = line_start (importer, line);
  gsize       length = line_length (importer, line);

  for (gsize i = 0; i < length; i++)
    if (p[i] != ' ' && p[i] != '\t')
      return FALSE;

  return TRUE;
}

typedef struct
{
  Importer   *importer;
  LadderRole *role;
  GPtrArray  *slots;
  int         level;    /* the role heading's level, 0 for none */
  int         sublevel; /* the level of its part headings */
  int         heading;  /* block index of the role heading, or -1 */
  /* A run of blocks not yet given a place: first..last block index. */
  int         pending_first;
  int         pending_last;
  PartKind    part;
  int         part_level;
  gboolean    seen[4];
  LadderSlot *list_slot;
  gboolean    list_marker_known;
  gboolean    list_ends_page;
  /* The first bullet of each part's first list, if it reads "Extends …":
   * the role's record of it, in the order of the page. */
  LadderBulletRecord *extends_candidates[2];
  guint               n_extends_candidates;
} RoleReader;

/* A run of roles in the page: the roles' headings, the heading that
 * encloses them ("## Levels") or -1, and the blocks they take up. A run
 * without role headings is a page about one role whose parts stand at
 * the top ("## Responsibilities"). */
typedef struct
{
  GArray *members;
  int     wrapper;
  guint   start;
  guint   end;
  guint   score;
  /* The role the run starts with when its heading is not a role. */
  char *lead_title;
  /* Members of runs found to be further levels of this one. */
  GArray *nested;
} Region;

/* ladder-markdown-import-blocks.c */
char *ladder_import_lines_text (Importer *importer, guint first, guint last);
char *ladder_import_gap_text (Importer *importer, guint first, guint end, const char *default_gap);
char *ladder_import_block_text (Importer *importer, Block *block);
char *ladder_import_block_gap (Importer *importer, Block *block, const char *default_gap);
PartKind       ladder_import_classify_part (const char *plain, gsize *label_length);
LadderSlotKind ladder_import_heading_slot_for (PartKind part);
void           ladder_import_split_lines (Importer *importer);
cmark_node    *ladder_import_parse_body (LadderCmarkArena **arena, const char *text, gsize length);
void           ladder_import_collect_blocks (Importer *importer, cmark_node *document, guint body);

/* ladder-markdown-import-front-matter.c */
guint ladder_import_front_matter (Importer *importer);
guint ladder_import_count_front_matter_entries (Importer *importer);

/* ladder-markdown-import-parts.c */
LadderSlot *ladder_import_add_slot (RoleReader *reader, LadderSlotKind kind);
void        ladder_import_add_pending (RoleReader *reader, guint index_);
void        ladder_import_end_part (RoleReader *reader);
void        ladder_import_read_list (RoleReader *reader, guint index_);
char       *ladder_import_plain_text (const char *text, gsize length);
gboolean
ladder_import_parse_simple_link (const char *text, gsize length, char **label, char **destination);
gboolean ladder_import_read_reports_to (RoleReader *reader, Block *block);
gboolean
ladder_import_says_whom_role_reports_to (Importer *importer, guint index_, const char *title);
gboolean ladder_import_find_grade (const char *text,
                                   int        *grade,
                                   gsize      *span_start,
                                   gsize      *span_length,
                                   char      **link);
gboolean ladder_import_read_grade (RoleReader *reader, Block *block);
void     ladder_import_split_part_heading (Block *block, char **prefix, char **label);
void     ladder_import_start_part (RoleReader *reader, Block *block, guint index_);

/* ladder-markdown-import-roles.c */
void ladder_import_resolve_extends (LadderFamily *family, LadderRole *role, GHashTable **by_title);
void ladder_import_read_roles (Importer   *importer,
                               int         heading,
                               const char *title,
                               int         level,
                               guint       from,
                               guint       to);

/* ladder-markdown-import-sections.c */
LadderSection *ladder_import_read_section (Importer *importer, guint heading, guint body_end);
void           ladder_import_read_sections (Importer *importer, guint from, guint to, int base);

/* ladder-markdown-import-regions.c */
GArray *ladder_import_find_regions (Importer *importer);

G_END_DECLS
