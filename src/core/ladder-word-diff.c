/* ladder-word-diff.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The smallest edit between two sequences (Myers' O((N+M)D) algorithm), and
 * on top of it the word-level change inside a bullet or a section: which
 * words stayed, which went, which came.
 *
 * Myers' algorithm is fast when the two sides are alike, which is what
 * comparing two versions of a page gives, but its work grows with the number
 * of differences D. The work is bounded: past the bound the differing middle
 * is reported as replaced, so a hostile pair of huge inputs costs a bounded
 * amount of time and memory instead of O(N*M).
 */

#include "ladder-word-diff.h"

#include <string.h>

static gsize
isqrt (gsize n)
{
  gsize root = 0;

  for (gsize bit = (gsize) 1 << (sizeof (gsize) * 4 - 1); bit != 0; bit >>= 1)
    if ((root + bit) * (root + bit) <= n)
      root += bit;

  return root;
}

static void
push_ops (GArray *script,
          guint8  op,
          gsize   count)
{
  for (gsize i = 0; i < count; i++)
    g_array_append_val (script, op);
}

/* Appends the shortest edit script from a to b, or FALSE when it needs more
 * than max_d edits. */
static gboolean
myers (const guint *a,
       gsize        n,
       const guint *b,
       gsize        m,
       gsize        max_d,
       GArray      *script)
{
  gssize offset = (gssize) max_d + 1;
  g_autofree gssize *v = g_new0 (gssize, 2 * max_d + 3);
  g_autoptr (GArray) trace = g_array_new (FALSE, FALSE, sizeof (gssize));
  g_autoptr (GArray) bases = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr (GArray) reversed = NULL;
  gssize found_d = -1;
  gssize x, y;

  v[offset + 1] = 0;

  for (gssize d = 0; d <= (gssize) max_d && found_d < 0; d++)
    {
      gsize base = trace->len;

      /* V as it was before this round, for walking back the path. */
      g_array_append_val (bases, base);
      g_array_append_vals (trace, v + offset - d - 1, (guint) (2 * d + 3));

      for (gssize k = -d; k <= d; k += 2)
        {
          if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            x = v[offset + k + 1];
          else
            x = v[offset + k - 1] + 1;
          y = x - k;

          while (x < (gssize) n && y < (gssize) m && a[x] == b[y])
            {
              x++;
              y++;
            }

          v[offset + k] = x;

          if (x >= (gssize) n && y >= (gssize) m)
            {
              found_d = d;
              break;
            }
        }
    }

  if (found_d < 0)
    return FALSE;

  reversed = g_array_new (FALSE, FALSE, sizeof (guint8));
  x = (gssize) n;
  y = (gssize) m;

  for (gssize d = found_d; d >= 0; d--)
    {
      const gssize *before
          = &g_array_index (trace, gssize, g_array_index (bases, gsize, d)) + d + 1;
      gssize k = x - y;
      gssize prev_k, prev_x, prev_y;

      if (k == -d || (k != d && before[k - 1] < before[k + 1]))
        prev_k = k + 1;
      else
        prev_k = k - 1;

      prev_x = before[prev_k];
      prev_y = prev_x - prev_k;

      while (x > prev_x && y > prev_y)
        {
          push_ops (reversed, LADDER_DIFF_EQUAL, 1);
          x--;
          y--;
        }

      if (d > 0)
        push_ops (reversed, x == prev_x ? LADDER_DIFF_INSERT : LADDER_DIFF_DELETE, 1);

      x = prev_x;
      y = prev_y;
    }

  for (guint i = reversed->len; i > 0; i--)
    g_array_append_val (script, g_array_index (reversed, guint8, i - 1));

  return TRUE;
}

/**
 * ladder_diff_sequences:
 * @max_work: a bound on the steps taken; past it, the part between the
 *   common beginning and end is reported as deleted and inserted whole
 *
 * Compares two sequences of numbers (words or lines, each replaced by a
 * number that is equal for equal items).
 *
 * Returns: (transfer full): the edit script, one #LadderDiffOp (a guint8)
 *   per step: EQUAL takes one item of each side, DELETE one of the old,
 *   INSERT one of the new.
 */
GArray *
ladder_diff_sequences (const guint *old_items,
                       gsize        n_old,
                       const guint *new_items,
                       gsize        n_new,
                       gsize        max_work)
{
  GArray *script = g_array_sized_new (FALSE, FALSE, sizeof (guint8),
                                      (guint) MIN (n_old + n_new, G_MAXUINT / 2));
  gsize prefix = 0, suffix = 0;
  gsize n, m, max_d;

  while (prefix < n_old && prefix < n_new && old_items[prefix] == new_items[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && old_items[n_old - 1 - suffix] == new_items[n_new - 1 - suffix])
    suffix++;

  push_ops (script, LADDER_DIFF_EQUAL, prefix);

  n = n_old - prefix - suffix;
  m = n_new - prefix - suffix;

  /* Time grows as (n + m) * D and the path's memory as D², so D is bounded
   * by both. */
  max_d = n + m;
  if (n + m > 0)
    max_d = MIN (max_d, max_work / (n + m));
  max_d = MIN (max_d, isqrt (max_work));

  if (n == 0 || m == 0 || !myers (old_items + prefix, n, new_items + prefix, m, max_d, script))
    {
      push_ops (script, LADDER_DIFF_DELETE, n);
      push_ops (script, LADDER_DIFF_INSERT, m);
    }

  push_ops (script, LADDER_DIFF_EQUAL, suffix);

  return script;
}

/* Tokens */

typedef enum
{
  TOKEN_WORD,
  TOKEN_SPACE,
  TOKEN_OTHER,
} TokenKind;

typedef struct
{
  const char *start;
  gsize       length;
  TokenKind   kind;
} Token;

static TokenKind
char_kind (const char *p,
           const char *end,
           const char **next)
{
  gunichar c = g_utf8_get_char_validated (p, end - p);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      /* Not UTF-8: one byte on its own. */
      *next = p + 1;
      return TOKEN_OTHER;
    }

  *next = g_utf8_next_char (p);
  if (*next > end)
    *next = end;

  if (g_unichar_isalnum (c) || c == '_' || g_unichar_ismark (c))
    return TOKEN_WORD;
  if (g_unichar_isspace (c))
    return TOKEN_SPACE;
  return TOKEN_OTHER;
}

/* Words (runs of letters and digits), runs of white space, and every other
 * character on its own: punctuation and Markdown marks are their own
 * tokens, so "GitLab," and "GitLab" share a word. */
static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *end = text + strlen (text);
  const char *p = text;

  while (p < end)
    {
      const char *next;
      TokenKind kind = char_kind (p, end, &next);
      Token token = { p, 0, kind };

      if (kind != TOKEN_OTHER)
        {
          const char *after;

          while (next < end && char_kind (next, end, &after) == kind)
            next = after;
        }

      token.length = (gsize) (next - p);
      g_array_append_val (tokens, token);
      p = next;
    }

  return tokens;
}

static guint
intern (GHashTable *dictionary,
        const char *start,
        gsize       length)
{
  g_autofree char *key = g_strndup (start, length);
  gpointer value;

  if (g_hash_table_lookup_extended (dictionary, key, NULL, &value))
    return GPOINTER_TO_UINT (value) - 1;

  value = GUINT_TO_POINTER (g_hash_table_size (dictionary) + 1);
  g_hash_table_insert (dictionary, g_steal_pointer (&key), value);
  return GPOINTER_TO_UINT (value) - 1;
}

static guint *
token_ids (GArray     *tokens,
           GHashTable *dictionary)
{
  guint *ids = g_new (guint, tokens->len + 1);

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);

      ids[i] = intern (dictionary, token->start, token->length);
    }

  return ids;
}

/* Spans */

static void
clear_span (gpointer data)
{
  LadderDiffSpan *span = data;

  g_free (span->text);
}

static void
append_span (GArray       *spans,
             LadderDiffOp  op,
             const char   *text,
             gsize         length)
{
  LadderDiffSpan span = { op, NULL };

  if (length == 0)
    return;

  span.text = g_strndup (text, length);
  g_array_append_val (spans, span);
}

static gboolean
is_inline_space (const GString *text)
{
  for (gsize i = 0; i < text->len; i++)
    if (!g_ascii_isspace (text->str[i]) || text->str[i] == '\n')
      return FALSE;
  return text->len > 0;
}

typedef struct
{
  gboolean  change;
  GString  *equal;
  GString  *deleted;
  GString  *inserted;
} Segment;

static void
clear_segment (gpointer data)
{
  Segment *segment = data;

  if (segment->equal != NULL)
    g_string_free (segment->equal, TRUE);
  if (segment->deleted != NULL)
    g_string_free (segment->deleted, TRUE);
  if (segment->inserted != NULL)
    g_string_free (segment->inserted, TRUE);
}

static Segment *
last_segment (GArray   *segments,
              gboolean  change)
{
  Segment segment = { change, NULL, NULL, NULL };

  if (segments->len > 0 && g_array_index (segments, Segment, segments->len - 1).change == change)
    return &g_array_index (segments, Segment, segments->len - 1);

  if (change)
    {
      segment.deleted = g_string_new (NULL);
      segment.inserted = g_string_new (NULL);
    }
  else
    {
      segment.equal = g_string_new (NULL);
    }

  g_array_append_val (segments, segment);
  return &g_array_index (segments, Segment, segments->len - 1);
}

/**
 * ladder_word_diff_full:
 *
 * The change from @old_text to @new_text, word by word. Within each run of
 * changes the deleted text comes first, then the inserted text; a space
 * between two changes joins them, so "[-a b-]{+c d+}" reads as one change
 * and not as "[-a-]{+c+} [-b-]{+d+}".
 *
 * Returns: (transfer full) (element-type LadderDiffSpan): the spans, which
 *   put together give @old_text (EQUAL and DELETE) and @new_text (EQUAL and
 *   INSERT).
 */
GArray *
ladder_word_diff_full (const char *old_text,
                       const char *new_text,
                       gsize       max_work)
{
  g_autoptr (GHashTable) dictionary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) old_tokens = tokenize (old_text ? old_text : "");
  g_autoptr (GArray) new_tokens = tokenize (new_text ? new_text : "");
  g_autofree guint *old_ids = token_ids (old_tokens, dictionary);
  g_autofree guint *new_ids = token_ids (new_tokens, dictionary);
  g_autoptr (GArray) script
      = ladder_diff_sequences (old_ids, old_tokens->len, new_ids, new_tokens->len, max_work);
  g_autoptr (GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (LadderDiffSpan));
  guint i = 0, j = 0;

  g_array_set_clear_func (segments, clear_segment);
  g_array_set_clear_func (spans, clear_span);

  for (guint s = 0; s < script->len; s++)
    {
      guint8 op = g_array_index (script, guint8, s);

      if (op == LADDER_DIFF_EQUAL)
        {
          Token *token = &g_array_index (new_tokens, Token, j);

          g_string_append_len (last_segment (segments, FALSE)->equal, token->start,
                               (gssize) token->length);
          i++;
          j++;
        }
      else if (op == LADDER_DIFF_DELETE)
        {
          Token *token = &g_array_index (old_tokens, Token, i);

          g_string_append_len (last_segment (segments, TRUE)->deleted, token->start,
                               (gssize) token->length);
          i++;
        }
      else
        {
          Token *token = &g_array_index (new_tokens, Token, j);

          g_string_append_len (last_segment (segments, TRUE)->inserted, token->start,
                               (gssize) token->length);
          j++;
        }
    }

  /* A space alone between two changes joins them. */
  for (guint s = 1; s + 1 < segments->len; s++)
    {
      Segment *equal = &g_array_index (segments, Segment, s);
      Segment *before = &g_array_index (segments, Segment, s - 1);
      Segment *after = &g_array_index (segments, Segment, s + 1);

      if (equal->change || !is_inline_space (equal->equal))
        continue;

      g_string_append_len (before->deleted, equal->equal->str, (gssize) equal->equal->len);
      g_string_append_len (before->deleted, after->deleted->str, (gssize) after->deleted->len);
      g_string_append_len (before->inserted, equal->equal->str, (gssize) equal->equal->len);
      g_string_append_len (before->inserted, after->inserted->str, (gssize) after->inserted->len);
      g_array_remove_range (segments, s, 2);
      s--;
    }

  for (guint s = 0; s < segments->len; s++)
    {
      Segment *segment = &g_array_index (segments, Segment, s);

      if (!segment->change)
        {
          append_span (spans, LADDER_DIFF_EQUAL, segment->equal->str, segment->equal->len);
          continue;
        }

      append_span (spans, LADDER_DIFF_DELETE, segment->deleted->str, segment->deleted->len);
      append_span (spans, LADDER_DIFF_INSERT, segment->inserted->str, segment->inserted->len);
    }

  return spans;
}

GArray *
ladder_word_diff (const char *old_text,
                  const char *new_text)
{
  return ladder_word_diff_full (old_text, new_text, LADDER_DIFF_DEFAULT_WORK);
}

gboolean
ladder_diff_spans_changed (GArray *spans)
{
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    if (g_array_index (spans, LadderDiffSpan, i).op != LADDER_DIFF_EQUAL)
      return TRUE;
  return FALSE;
}

/* Similarity */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/**
 * ladder_word_ids:
 * @dictionary: (element-type utf8 guint): numbers the words; share one
 *   between the texts to compare
 *
 * Returns: (transfer full) (element-type guint): the words of @text (not the
 *   spaces or punctuation) as numbers, sorted: a bag of words.
 */
GArray *
ladder_word_ids (const char *text,
                 GHashTable *dictionary)
{
  g_autoptr (GArray) tokens = tokenize (text ? text : "");
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);
      guint id;

      if (token->kind != TOKEN_WORD)
        continue;

      id = intern (dictionary, token->start, token->length);
      g_array_append_val (ids, id);
    }

  g_array_sort (ids, compare_uint);
  return ids;
}

/* How alike two bags of words are: 1 for the same words, 0 for none in
 * common (Dice's coefficient, counting repeated words). Two empty bags are
 * alike. */
double
ladder_word_ids_similarity (GArray *a,
                            GArray *b)
{
  guint i = 0, j = 0, common = 0;

  if (a->len + b->len == 0)
    return 1.0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      if (x == y)
        {
          common++;
          i++;
          j++;
        }
      else if (x < y)
        {
          i++;
        }
      else
        {
          j++;
        }
    }

  return 2.0 * common / (a->len + b->len);
}
