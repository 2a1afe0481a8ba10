/* ladder-lint-words.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-file.h"

/*
 * The word lists the language checks use are data, not code: one JSON file
 * per list in data/lint/ (see data/lint/README.md for their sources and
 * licences), which a project extends or trims in its `.ladder.json`. They
 * are indexed by first word, so that a page is matched against all of
 * them in one pass over its words: each word costs a look at a bitmap of
 * the lists' first two letters, and only where that matches a hash lookup.
 */

static const char *list_names[LINT_N_LISTS] = {
  [LINT_LIST_MASCULINE_CODED] = "masculine-coded",
  [LINT_LIST_FEMININE_CODED] = "feminine-coded",
  [LINT_LIST_GENDERED_PRONOUNS] = "gendered-pronouns",
  [LINT_LIST_GENDERED_ADDRESS] = "gendered-address",
  [LINT_LIST_MISUSED_TERMS] = "misused-terms",
  [LINT_LIST_VACANCY_PHRASES] = "vacancy-phrases",
  [LINT_LIST_LOCATION_PHRASES] = "location-phrases",
};

const char *
ladder_lint_list_name (LintList list)
{
  return list < LINT_N_LISTS ? list_names[list] : NULL;
}

gboolean
ladder_lint_list_from_name (const char *name, LintList *list)
{
  for (guint i = 0; i < LINT_N_LISTS; i++)
    {
      if (g_strcmp0 (list_names[i], name) == 0)
        {
          *list = i;
          return TRUE;
        }
    }

  return FALSE;
}

void
ladder_lint_term_free (LintTerm *term)
{
  if (term == NULL)
    return;

  g_free (term->match);
  g_strfreev (term->use);
  g_free (term->reason);
  g_free (term);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

LintTerm *
ladder_lint_term_from_json (JsonNode *node, char **problem)
{
  g_autoptr (GStrvBuilder) use = g_strv_builder_new ();
  LintTerm   *term;
  JsonObject *object;
  JsonNode   *member;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (is_blank (json_node_get_string (node)))
        {
          *problem = g_strdup (_ ("an entry is empty"));
          return NULL;
        }
      term = g_new0 (LintTerm, 1);
      term->match = g_strdup (json_node_get_string (node));
      return term;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      *problem = g_strdup (_ ("an entry is a string or an object with “match”"));
      return NULL;
    }

  object = json_node_get_object (node);
  {
    g_autoptr (GList) names = json_object_get_members (object);

    for (GList *l = names; l != NULL; l = l->next)
      {
        if (!g_str_equal (l->data, "match") && !g_str_equal (l->data, "use")
            && !g_str_equal (l->data, "reason"))
          {
            /* TRANSLATORS: %s is a JSON member name */
            *problem = g_strdup_printf (
                _ ("unknown member “%s” (an entry has “match”, “use” and “reason”)"),
                (const char *) l->data);
            return NULL;
          }
      }
  }

  member = json_object_get_member (object, "match");
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member)
      || json_node_get_value_type (member) != G_TYPE_STRING
      || is_blank (json_node_get_string (member)))
    {
      *problem = g_strdup (_ ("“match” is a string that is not empty"));
      return NULL;
    }

  term = g_new0 (LintTerm, 1);
  term->match = g_strdup (json_node_get_string (member));

  member = json_object_get_member (object, "use");
  if (member != NULL && JSON_NODE_HOLDS_VALUE (member)
      && json_node_get_value_type (member) == G_TYPE_STRING)
    {
      g_strv_builder_add (use, json_node_get_string (member));
    }
  else if (member != NULL && JSON_NODE_HOLDS_ARRAY (member))
    {
      JsonArray *array = json_node_get_array (member);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element)
              || json_node_get_value_type (element) != G_TYPE_STRING)
            {
              ladder_lint_term_free (term);
              *problem = g_strdup (_ ("“use” is a string or an array of strings"));
              return NULL;
            }
          g_strv_builder_add (use, json_node_get_string (element));
        }
    }
  else if (member != NULL)
    {
      ladder_lint_term_free (term);
      *problem = g_strdup (_ ("“use” is a string or an array of strings"));
      return NULL;
    }
  term->use = g_strv_builder_end (use);

  member = json_object_get_member (object, "reason");
  if (member != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING)
        {
          ladder_lint_term_free (term);
          *problem = g_strdup (_ ("“reason” is a string"));
          return NULL;
        }
      term->reason = g_strdup (json_node_get_string (member));
    }

  return term;
}

/* ------------------------------------------------------------------ */
/* Words                                                                */

static gunichar
char_at (const char *p, const char *end, gsize *length)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    {
      *length = 1;
      return (guchar) *p;
    }

  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *length = 1;
      return 0;
    }

  *length = (gsize) (g_utf8_next_char (p) - p);
  return c;
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (c);
}

/* Letters and digits, with an apostrophe, hyphen or decimal point inside
 * ("we're", "full-time", "2.5"). */
gsize
ladder_lint_word_length (const char *p, const char *end)
{
  const char *q = p;
  gsize       length;

  if (p >= end || !is_word_char (char_at (p, end, &length)))
    return 0;

  while (q < end)
    {
      gunichar c = char_at (q, end, &length);

      if (is_word_char (c))
        {
          q += length;
          continue;
        }

      if (c == '\'' || c == 0x2019 || c == '-' || (c == '.' && g_ascii_isdigit (q[-1])))
        {
          gsize next_length;

          if (q + length < end && is_word_char (char_at (q + length, end, &next_length))
              && (c != '.' || g_ascii_isdigit (q[length])))
            {
              q += length;
              continue;
            }
        }
      break;
    }

  return (gsize) (q - p);
}

void
ladder_lint_append_folded (GString *out, const char *word, gsize length)
{
  gsize start = out->len;
  gsize written = 0;
  char *to;

  /* Folding only shortens a word (’ is three bytes, ' one). */
  g_string_set_size (out, start + length);
  to = out->str + start;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) word[i];

      if (c >= 'A' && c <= 'Z')
        {
          to[written++] = (char) (c + ('a' - 'A'));
        }
      else if (c == 0xe2 && i + 2 < length && (guchar) word[i + 1] == 0x80
               && (guchar) word[i + 2] == 0x99)
        {
          to[written++] = '\'';
          i += 2;
        }
      else
        {
          to[written++] = (char) c;
        }
    }

  g_string_set_size (out, start + written);
}

/* ------------------------------------------------------------------ */
/* The lists                                                            */

typedef struct
{
  LintList        list;
  const LintTerm *term;
  char          **words;
  guint           n_words;
  /* The last word is a stem: any word starting so matches. */
  gboolean stem;
} LintPhrase;

struct _LintWords
{
  gatomicrefcount ref_count;
  GPtrArray      *terms[LINT_N_LISTS];
  GPtrArray      *phrases;
  /* First word → GPtrArray of phrases; single-word stems apart. */
  GHashTable *exact;
  GHashTable *stems;
  guint       min_stem;
  guint       max_stem;
  /* A bit for the hash of each key, whole words and stems apart: a word
   * whose bit is not set is in no list, and costs no lookup. */
  guint8 exact_bits[65536 / 8];
  guint8 stem_bits[65536 / 8];
  guint8 stem_pairs[65536 / 8];
};

static void
phrase_free (LintPhrase *phrase)
{
  g_strfreev (phrase->words);
  g_free (phrase);
}

#define FNV_OFFSET LINT_FNV_OFFSET
#define FNV_PRIME LINT_FNV_PRIME

static guint32
fnv_step (guint32 hash, guchar c)
{
  return (hash ^ c) * FNV_PRIME;
}

static guint32
fnv (const char *text)
{
  guint32 hash = FNV_OFFSET;

  for (; *text != '\0'; text++)
    hash = fnv_step (hash, (guchar) *text);

  return hash;
}

static void
set_bit (guint8 *bits, guint32 hash)
{
  bits[(hash & 0xffff) >> 3] |= (guint8) (1 << (hash & 7));
}

static gboolean
has_bit (const guint8 *bits, guint32 hash)
{
  return (bits[(hash & 0xffff) >> 3] & (1 << (hash & 7))) != 0;
}

static void
index_term (LintWords *self, LintList list, const LintTerm *term)
{
  const char *text = term->match;
  const char *end = text + strlen (text);
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  LintPhrase *phrase;
  GHashTable *table;
  GPtrArray  *bucket;

  while (text < end)
    {
      gsize length = ladder_lint_word_length (text, end);

      if (length == 0)
        {
          text++;
          continue;
        }

      {
        GString *folded = g_string_sized_new (length);

        ladder_lint_append_folded (folded, text, length);
        g_ptr_array_add (words, g_string_free (folded, FALSE));
      }
      text += length;
    }

  if (words->len == 0)
    return;

  phrase = g_new0 (LintPhrase, 1);
  phrase->list = list;
  phrase->term = term;
  phrase->n_words = words->len;
  phrase->stem = g_str_has_suffix (term->match, "*");
  g_ptr_array_add (words, NULL);
  phrase->words = (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
  g_ptr_array_add (self->phrases, phrase);

  table = phrase->stem && phrase->n_words == 1 ? self->stems : self->exact;
  bucket = g_hash_table_lookup (table, phrase->words[0]);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table, phrase->words[0], bucket);
    }
  g_ptr_array_add (bucket, phrase);

  if (table == self->stems)
    {
      guint length = (guint) strlen (phrase->words[0]);

      self->min_stem = self->min_stem == 0 ? length : MIN (self->min_stem, length);
      self->max_stem = MAX (self->max_stem, length);
    }

  set_bit (table == self->stems ? self->stem_bits : self->exact_bits, fnv (phrase->words[0]));
  if (table == self->stems)
    {
      guint pair
          = LINT_PAIR (phrase->words[0][0], phrase->words[0][0] != '\0' ? phrase->words[0][1] : 0);

      self->stem_pairs[pair >> 3] |= (guint8) (1 << (pair & 7));
    }
}

static void
build_index (LintWords *self)
{
  self->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  self->exact
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->stems
      = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint list = 0; list < LINT_N_LISTS; list++)
    for (guint i = 0; i < self->terms[list]->len; i++)
      index_term (self, list, g_ptr_array_index (self->terms[list], i));
}

static LintWords *
words_new (void)
{
  LintWords *self = g_new0 (LintWords, 1);

  g_atomic_ref_count_init (&self->ref_count);
  for (guint list = 0; list < LINT_N_LISTS; list++)
    self->terms[list] = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_lint_term_free);

  return self;
}

LintWords *
ladder_lint_words_ref (LintWords *words)
{
  g_atomic_ref_count_inc (&words->ref_count);
  return words;
}

void
ladder_lint_words_unref (LintWords *words)
{
  if (words == NULL || !g_atomic_ref_count_dec (&words->ref_count))
    return;

  g_clear_pointer (&words->exact, g_hash_table_unref);
  g_clear_pointer (&words->stems, g_hash_table_unref);
  g_clear_pointer (&words->phrases, g_ptr_array_unref);
  for (guint list = 0; list < LINT_N_LISTS; list++)
    g_clear_pointer (&words->terms[list], g_ptr_array_unref);
  g_free (words);
}

static gboolean
load_list (LintWords *self, LintList list, const char *data_dir, GError **error)
{
  g_autofree char *name = g_strconcat (list_names[list], ".json", NULL);
  g_autofree char *path = g_build_filename (data_dir, "lint", name, NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GHashTable) positions = NULL;
  g_autoptr (JsonNode) root = NULL;
  JsonNode   *entries;
  JsonArray  *array;
  const char *data;
  gsize       length;

  /* The folder may be the data folder or its lint/ folder itself. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_free (path);
      path = g_build_filename (data_dir, name, NULL);
    }

  bytes = ladder_file_read_bounded (path, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  root = ladder_lint_json_parse (data != NULL ? data : "", length, path, &positions, error);
  if (root == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (root)
      || (entries = json_object_get_member (json_node_get_object (root), "entries")) == NULL
      || !JSON_NODE_HOLDS_ARRAY (entries))
    {
      ladder_lint_json_error (error, path, positions, root,
                              _ ("a word list must be an object with an “entries” array"));
      return FALSE;
    }

  array = json_node_get_array (entries);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode        *element = json_array_get_element (array, i);
      g_autofree char *problem = NULL;
      LintTerm        *term = ladder_lint_term_from_json (element, &problem);

      if (term == NULL)
        {
          ladder_lint_json_error (error, path, positions, element, "%s", problem);
          return FALSE;
        }
      g_ptr_array_add (self->terms[list], term);
    }

  return TRUE;
}

LintWords *
ladder_lint_words_load (const char *data_dir, GError **error)
{
  LintWords *self = words_new ();

  for (guint list = 0; list < LINT_N_LISTS; list++)
    {
      if (!load_list (self, list, data_dir, error))
        {
          ladder_lint_words_unref (self);
          return NULL;
        }
    }

  build_index (self);
  return self;
}

static char *
fold_match (const char *match)
{
  GString *out = g_string_new (NULL);

  ladder_lint_append_folded (out, match, strlen (match));
  return g_string_free (out, FALSE);
}

LintWords *
ladder_lint_words_edit (LintWords *words, LadderLintConfig *config)
{
  LintWords *self = words_new ();

  for (guint list = 0; list < LINT_N_LISTS; list++)
    {
      GPtrArray *removals = ladder_lint_config_word_removals (config, list);
      GPtrArray *additions = ladder_lint_config_word_additions (config, list);
      g_autoptr (GHashTable) removed
          = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; removals != NULL && i < removals->len; i++)
        g_hash_table_add (removed, fold_match (g_ptr_array_index (removals, i)));

      for (guint i = 0; i < words->terms[list]->len; i++)
        {
          LintTerm        *term = g_ptr_array_index (words->terms[list], i);
          g_autofree char *folded = fold_match (term->match);
          LintTerm        *copy;

          if (g_hash_table_contains (removed, folded))
            continue;

          copy = g_new0 (LintTerm, 1);
          copy->match = g_strdup (term->match);
          copy->use = g_strdupv (term->use);
          copy->reason = g_strdup (term->reason);
          g_ptr_array_add (self->terms[list], copy);
        }

      for (guint i = 0; additions != NULL && i < additions->len; i++)
        {
          LintTerm *term = g_ptr_array_index (additions, i);
          LintTerm *copy = g_new0 (LintTerm, 1);

          copy->match = g_strdup (term->match);
          copy->use = g_strdupv (term->use);
          copy->reason = g_strdup (term->reason);
          g_ptr_array_add (self->terms[list], copy);
        }
    }

  build_index (self);
  return self;
}

/* ------------------------------------------------------------------ */
/* Matching                                                             */

static const char *
token_text (LintContext *context, guint token)
{
  return context->arena->str + g_array_index (context->tokens, LintToken, token).text;
}

static gboolean
phrase_matches (LintContext *context, const LintPhrase *phrase, guint first, guint n_tokens)
{
  if (first + phrase->n_words > n_tokens)
    return FALSE;

  for (guint w = 1; w < phrase->n_words; w++)
    {
      const LintToken *token = &g_array_index (context->tokens, LintToken, first + w);
      const char      *text = token_text (context, first + w);

      if (!token->joined || token->block != g_array_index (context->tokens, LintToken, first).block)
        return FALSE;

      if (phrase->stem && w == phrase->n_words - 1)
        {
          if (!g_str_has_prefix (text, phrase->words[w]))
            return FALSE;
        }
      else if (!g_str_equal (text, phrase->words[w]))
        {
          return FALSE;
        }
    }

  return TRUE;
}

static void
add_matches (LintContext *context, GPtrArray *bucket, guint first, guint n_tokens)
{
  for (guint i = 0; i < bucket->len; i++)
    {
      const LintPhrase *phrase = g_ptr_array_index (bucket, i);

      if (phrase_matches (context, phrase, first, n_tokens))
        {
          const LintToken *start = &g_array_index (context->tokens, LintToken, first);
          const LintToken *end
              = &g_array_index (context->tokens, LintToken, first + phrase->n_words - 1);
          const char *word = token_text (context, first);
          LintMatch   match = {
              .list = phrase->list,
              .term = phrase->term,
              .first = context->tokens_before + first,
              .n_tokens = phrase->n_words,
              .block = start->block,
              .offset = start->offset,
              .length = end->offset + end->length - start->offset,
              .word = (guint) context->match_words->len,
          };

          g_string_append_len (context->match_words, word, (gssize) strlen (word) + 1);
          g_array_append_val (context->matches, match);
        }
    }
}

void
ladder_lint_words_match (LintWords *self, LintContext *context, guint first, guint n_tokens)
{
  const LintToken *token = &g_array_index (context->tokens, LintToken, first);
  char            *text = context->arena->str + token->text;
  guint32          hash = FNV_OFFSET;
  gsize            length = 0;
  GPtrArray       *bucket;

  /* Each of the word's beginnings that a stem could be, as the hash
   * grows; the arena is cut short for a lookup, and mended. */
  for (; text[length] != '\0'; length++)
    {
      hash = fnv_step (hash, (guchar) text[length]);

      if (length + 1 >= self->min_stem && length + 1 <= self->max_stem
          && has_bit (self->stem_bits, hash))
        {
          char saved = text[length + 1];

          text[length + 1] = '\0';
          bucket = g_hash_table_lookup (self->stems, text);
          text[length + 1] = saved;

          if (bucket != NULL)
            add_matches (context, bucket, first, n_tokens);
        }
    }

  if (has_bit (self->exact_bits, hash)
      && (bucket = g_hash_table_lookup (self->exact, text)) != NULL)
    add_matches (context, bucket, first, n_tokens);
}

void
ladder_lint_words_get_bits (LintWords *words, LintWordBits *bits)
{
  bits->min_stem = words->max_stem > 0 ? words->min_stem : G_MAXUINT;
  bits->max_stem = words->max_stem;
  bits->exact_bits = words->exact_bits;
  bits->stem_bits = words->stem_bits;
  bits->stem_pairs = words->stem_pairs;
}
