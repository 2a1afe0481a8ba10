/* ladder-diff-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-diff.h"
#include "ladder-diff-match.h"

G_BEGIN_DECLS

/* The comparison's parts, around one Differ: ladder-diff.c (the changes,
 * the shared tools and the whole comparison), -front-matter.c, -roles.c,
 * -bullets.c and -sections.c. */

/* How alike two items must be (0..1, words in common) to be one item
 * changed rather than one removed and another added. */
#define SIMILAR_ENOUGH 0.5

typedef struct
{
  LadderFamily *old_family;
  LadderFamily *new_family;
  GHashTable   *keys;
  GHashTable   *words;
  GPtrArray    *changes;
} Differ;

LadderChange *ladder_diff_add_change     (Differ           *differ,
                                          LadderChangeKind  kind);
void          ladder_diff_set_texts      (LadderChange     *change,
                                          const char       *old_text,
                                          const char       *new_text,
                                          gboolean          with_spans);
void          ladder_diff_set_role       (Differ           *differ,
                                          LadderChange     *change,
                                          int               old_index,
                                          int               new_index);
gboolean      ladder_diff_text_equal     (const char       *a,
                                          const char       *b);
guint        *ladder_diff_intern_keys    (Differ           *differ,
                                          const char      **texts,
                                          guint             n);
char         *ladder_diff_text_at        (gpointer          texts,
                                          guint             index);
double        ladder_diff_bag_similarity (guint             old_index,
                                          guint             new_index,
                                          gpointer          data);

void          ladder_diff_front_matter   (Differ           *differ);
void          ladder_diff_roles          (Differ           *differ);
void          ladder_diff_bullets        (Differ           *differ,
                                          LadderRole       *old_role,
                                          LadderRole       *new_role,
                                          int               old_index,
                                          int               new_index);
/* The sections of the family (roles -1), or the sub-sections of a role. */
void          ladder_diff_sections       (Differ           *differ,
                                          GListModel       *old_sections,
                                          GListModel       *new_sections,
                                          int               old_role,
                                          int               new_role);

G_END_DECLS
