/* ladder-diff-match.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-word-diff.h"

G_BEGIN_DECLS

/* Private to ladder-diff: how the items of two lists are paired. */

/* Matched by its key on the other side, but in another list. */
#define LADDER_MATCH_IN_OTHER_LIST (-2)

typedef double (*LadderSimilarityFunc) (guint    old_index,
                                        guint    new_index,
                                        gpointer data);

/* old_to_new and new_to_old: the matched item on the other side, or -1;
 * moved: per old item, whether its pair left the order of the others. */
typedef struct
{
  guint     n_old;
  guint     n_new;
  int      *old_to_new;
  int      *new_to_old;
  gboolean *moved;
} LadderMatching;

/* An item of either side, in the order of the new side; -1 for the side
 * that does not have it. */
typedef struct
{
  int old_index;
  int new_index;
  int major;
  int minor;
} LadderMatchEntry;

void        ladder_matching_init          (LadderMatching       *matching,
                                           guint                 n_old,
                                           guint                 n_new);
void        ladder_matching_clear         (LadderMatching       *matching);
void        ladder_match_keys             (LadderMatching       *matching,
                                           const guint          *old_keys,
                                           const guint          *new_keys,
                                           LadderSimilarityFunc  similarity,
                                           gpointer              data);
void        ladder_match_similar          (LadderMatching       *matching,
                                           LadderSimilarityFunc  similarity,
                                           gpointer              data,
                                           double                threshold);
void        ladder_match_find_moves       (LadderMatching       *matching);
GArray     *ladder_match_merged_order     (LadderMatching       *matching);
GHashTable *ladder_match_unmatched_by_key (const guint          *new_keys,
                                           guint                 n_new,
                                           const int            *new_to_old);
int         ladder_match_take_unmatched   (GHashTable           *waiting,
                                           guint                 key);

/* Bags of words of the items, made when first compared. */
typedef char *(*LadderItemText) (gpointer source,
                                 guint    index);

typedef struct
{
  GHashTable     *words;
  LadderItemText  text_of;
  gpointer        sources[2];
  GPtrArray      *bags[2];
} LadderWordBags;

void   ladder_word_bags_init       (LadderWordBags *bags,
                                    GHashTable     *words,
                                    LadderItemText  text_of,
                                    gpointer        old_source,
                                    guint           n_old,
                                    gpointer        new_source,
                                    guint           n_new);
void   ladder_word_bags_clear      (LadderWordBags *bags);
double ladder_word_bags_similarity (LadderWordBags *bags,
                                    guint           old_index,
                                    guint           new_index);

G_END_DECLS
