/* ladder-diff-match.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Matching the items of two lists (roles, sections, bullets) for
 * ladder-diff: by key in order, by key out of order, by content, and which
 * matched pairs moved. See ladder-diff.c for how the rounds fit together.
 */

#include "ladder-diff-match.h"

/* Matching by content compares every unmatched item with every other; past
 * this many pairs, the unmatched items are reported added and removed. */
#define MAX_SIMILARITY_PAIRS 65536

typedef struct
{
  guint  old_index;
  guint  new_index;
  double score;
} Candidate;

void
ladder_matching_init (LadderMatching *matching,
               guint     n_old,
               guint     n_new)
{
  matching->n_old = n_old;
  matching->n_new = n_new;
  matching->old_to_new = g_new (int, n_old + 1);
  matching->new_to_old = g_new (int, n_new + 1);
  matching->moved = g_new0 (gboolean, n_old + 1);

  for (guint i = 0; i < n_old; i++)
    matching->old_to_new[i] = -1;
  for (guint j = 0; j < n_new; j++)
    matching->new_to_old[j] = -1;
}

void
ladder_matching_clear (LadderMatching *matching)
{
  g_clear_pointer (&matching->old_to_new, g_free);
  g_clear_pointer (&matching->new_to_old, g_free);
  g_clear_pointer (&matching->moved, g_free);
}

static void
pair (LadderMatching *matching,
      guint     old_index,
      guint     new_index)
{
  matching->old_to_new[old_index] = (int) new_index;
  matching->new_to_old[new_index] = (int) old_index;
}

static guint
distance (const Candidate *c)
{
  return c->old_index > c->new_index ? c->old_index - c->new_index : c->new_index - c->old_index;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (distance (x) != distance (y))
    return distance (x) < distance (y) ? -1 : 1;
  if (x->old_index != y->old_index)
    return x->old_index < y->old_index ? -1 : 1;
  return x->new_index < y->new_index ? -1 : x->new_index > y->new_index;
}

/* The best pairs first, each item taken once. */
static void
pair_greedily (LadderMatching *matching,
               GArray   *candidates)
{
  g_array_sort (candidates, compare_candidates);

  for (guint c = 0; c < candidates->len; c++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, c);

      if (matching->old_to_new[candidate->old_index] == -1
          && matching->new_to_old[candidate->new_index] == -1)
        pair (matching, candidate->old_index, candidate->new_index);
    }
}

/* How many items have each key. */
static GHashTable *
count_keys (const guint *keys,
            guint        n)
{
  GHashTable *counts = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      gpointer key = GUINT_TO_POINTER (keys[i]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (count + 1));
    }

  return counts;
}

static guint
key_count (GHashTable *counts,
           guint       key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (key)));
}

/* Each key's unmatched new items, in order. */
GHashTable *
ladder_match_unmatched_by_key (const guint *new_keys,
                  guint        n_new,
                  const int   *new_to_old)
{
  GHashTable *waiting = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_queue_free);

  for (guint n = 0; n < n_new; n++)
    {
      GQueue *queue;

      if (new_to_old[n] != -1)
        continue;

      queue = g_hash_table_lookup (waiting, GUINT_TO_POINTER (new_keys[n]));
      if (queue == NULL)
        {
          queue = g_queue_new ();
          g_hash_table_insert (waiting, GUINT_TO_POINTER (new_keys[n]), queue);
        }
      g_queue_push_tail (queue, GUINT_TO_POINTER (n));
    }

  return waiting;
}

int
ladder_match_take_unmatched (GHashTable *waiting,
                guint       key)
{
  GQueue *queue = g_hash_table_lookup (waiting, GUINT_TO_POINTER (key));

  if (queue == NULL || g_queue_is_empty (queue))
    return -1;

  return (int) GPOINTER_TO_UINT (g_queue_pop_head (queue));
}

/* Round 1. With @similarity, a key that several items share on one side
 * (two roles of the same title) pairs its items by content, not by order. */
void
ladder_match_keys (LadderMatching       *matching,
                   const guint          *old_keys,
                   const guint          *new_keys,
                   LadderSimilarityFunc  similarity,
                   gpointer              data)
{
  g_autoptr (GArray) old_rest = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) new_rest = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) old_seq = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) new_seq = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) script = NULL;
  guint i = 0, j = 0;

  if (similarity != NULL && (guint64) matching->n_old * matching->n_new <= MAX_SIMILARITY_PAIRS)
    {
      g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
      g_autoptr (GHashTable) old_counts = count_keys (old_keys, matching->n_old);
      g_autoptr (GHashTable) new_counts = count_keys (new_keys, matching->n_new);

      for (guint o = 0; o < matching->n_old; o++)
        for (guint n = 0; n < matching->n_new; n++)
          {
            Candidate candidate = { o, n, 0 };

            if (old_keys[o] != new_keys[n]
                || (key_count (old_counts, old_keys[o]) < 2
                    && key_count (new_counts, new_keys[n]) < 2))
              continue;

            candidate.score = similarity (o, n, data);
            g_array_append_val (candidates, candidate);
          }

      pair_greedily (matching, candidates);
    }

  for (guint o = 0; o < matching->n_old; o++)
    if (matching->old_to_new[o] == -1)
      {
        g_array_append_val (old_rest, o);
        g_array_append_val (old_seq, old_keys[o]);
      }
  for (guint n = 0; n < matching->n_new; n++)
    if (matching->new_to_old[n] == -1)
      {
        g_array_append_val (new_rest, n);
        g_array_append_val (new_seq, new_keys[n]);
      }

  /* In the same order: these stayed where they were. */
  script = ladder_diff_sequences ((const guint *) old_seq->data, old_seq->len,
                                  (const guint *) new_seq->data, new_seq->len,
                                  LADDER_DIFF_DEFAULT_WORK);
  for (guint s = 0; s < script->len; s++)
    {
      guint8 op = g_array_index (script, guint8, s);

      if (op == LADDER_DIFF_EQUAL)
        pair (matching, g_array_index (old_rest, guint, i), g_array_index (new_rest, guint, j));
      i += op != LADDER_DIFF_INSERT;
      j += op != LADDER_DIFF_DELETE;
    }

  /* Out of order: these moved. */
  {
    g_autoptr (GHashTable) waiting
        = ladder_match_unmatched_by_key (new_keys, matching->n_new, matching->new_to_old);

    for (guint o = 0; o < matching->n_old; o++)
      {
        int n;

        if (matching->old_to_new[o] == -1 && (n = ladder_match_take_unmatched (waiting, old_keys[o])) >= 0)
          pair (matching, o, (guint) n);
      }
  }
}

/* Round 2: the items left, by content. */
void
ladder_match_similar (LadderMatching       *matching,
                      LadderSimilarityFunc  similarity,
                      gpointer              data,
                      double                threshold)
{
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint64 n_old_left = 0, n_new_left = 0;

  for (guint o = 0; o < matching->n_old; o++)
    n_old_left += matching->old_to_new[o] == -1;
  for (guint n = 0; n < matching->n_new; n++)
    n_new_left += matching->new_to_old[n] == -1;

  if (n_old_left == 0 || n_new_left == 0 || n_old_left * n_new_left > MAX_SIMILARITY_PAIRS)
    return;

  for (guint o = 0; o < matching->n_old; o++)
    {
      if (matching->old_to_new[o] != -1)
        continue;

      for (guint n = 0; n < matching->n_new; n++)
        {
          Candidate candidate = { o, n, 0 };

          if (matching->new_to_old[n] != -1)
            continue;

          candidate.score = similarity (o, n, data);
          if (candidate.score >= threshold)
            g_array_append_val (candidates, candidate);
        }
    }

  pair_greedily (matching, candidates);
}

/* Round 3: the longest run of pairs in the same order on both sides (a
 * longest increasing subsequence of the new positions, taken in old order)
 * stayed; every other pair moved. */
void
ladder_match_find_moves (LadderMatching *matching)
{
  g_autofree guint *olds = g_new (guint, matching->n_old + 1);
  g_autofree guint *tails = g_new (guint, matching->n_old + 1);
  g_autofree int *previous = g_new (int, matching->n_old + 1);
  guint n_pairs = 0, length = 0;

  for (guint o = 0; o < matching->n_old; o++)
    if (matching->old_to_new[o] >= 0)
      olds[n_pairs++] = o;

  /* tails[l]: the pair ending the best run of length l + 1 found so far. */
  for (guint p = 0; p < n_pairs; p++)
    {
      int value = matching->old_to_new[olds[p]];
      guint low = 0, high = length;

      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (matching->old_to_new[olds[tails[middle]]] < value)
            low = middle + 1;
          else
            high = middle;
        }

      previous[p] = low > 0 ? (int) tails[low - 1] : -1;
      tails[low] = p;
      if (low == length)
        length++;
    }

  for (guint p = 0; p < n_pairs; p++)
    matching->moved[olds[p]] = TRUE;

  for (int p = length > 0 ? (int) tails[length - 1] : -1; p >= 0; p = previous[p])
    matching->moved[olds[p]] = FALSE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LadderMatchEntry *x = a, *y = b;

  if (x->major != y->major)
    return x->major < y->major ? -1 : 1;
  return x->minor < y->minor ? -1 : x->minor > y->minor;
}

/* The items of both sides in the order of the new side, each removed item
 * after the item that came before it on the old side. */
GArray *
ladder_match_merged_order (LadderMatching *matching)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (LadderMatchEntry));
  int anchor = -1;

  for (guint n = 0; n < matching->n_new; n++)
    {
      LadderMatchEntry entry = { matching->new_to_old[n], (int) n, (int) n, 0 };

      g_array_append_val (entries, entry);
    }

  for (guint o = 0; o < matching->n_old; o++)
    {
      LadderMatchEntry entry = { (int) o, -1, anchor, (int) o + 1 };

      if (matching->old_to_new[o] >= 0)
        anchor = matching->old_to_new[o];
      else if (matching->old_to_new[o] == -1)
        g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_entries);
  return entries;
}

/* Bags of words */

static void
free_bag (gpointer bag)
{
  if (bag != NULL)
    g_array_unref (bag);
}

/* @text_of gives the text of item @index of @old_source or @new_source:
 * it is asked only for the items compared by content, once each. */
void
ladder_word_bags_init (LadderWordBags *bags,
                       GHashTable     *words,
                       LadderItemText  text_of,
                       gpointer        old_source,
                       guint           n_old,
                       gpointer        new_source,
                       guint           n_new)
{
  bags->words = words;
  bags->text_of = text_of;
  bags->sources[0] = old_source;
  bags->sources[1] = new_source;
  bags->bags[0] = g_ptr_array_new_full (n_old, free_bag);
  bags->bags[1] = g_ptr_array_new_full (n_new, free_bag);
  g_ptr_array_set_size (bags->bags[0], (gint) n_old);
  g_ptr_array_set_size (bags->bags[1], (gint) n_new);
}

void
ladder_word_bags_clear (LadderWordBags *bags)
{
  g_clear_pointer (&bags->bags[0], g_ptr_array_unref);
  g_clear_pointer (&bags->bags[1], g_ptr_array_unref);
}

static GArray *
bag_get (LadderWordBags *bags,
         guint           side,
         guint           index)
{
  GArray *bag = g_ptr_array_index (bags->bags[side], index);

  if (bag == NULL)
    {
      g_autofree char *text = bags->text_of (bags->sources[side], index);

      bag = ladder_word_ids (text, bags->words);
      g_ptr_array_index (bags->bags[side], index) = bag;
    }

  return bag;
}

double
ladder_word_bags_similarity (LadderWordBags *bags,
                             guint           old_index,
                             guint           new_index)
{
  return ladder_word_ids_similarity (bag_get (bags, 0, old_index), bag_get (bags, 1, new_index));
}
