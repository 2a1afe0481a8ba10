/* ladder-lint-config.c
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
 * `.ladder.json`: which rules run and how severe they are, which pages are
 * exempt from which rules, and the projects' own words. The file is
 * checked as data/ladder-config.schema.json describes it; a mistake in it
 * is an error that names its line and column, never a setting silently
 * ignored.
 */

typedef struct
{
  /* The folder of the file that gave the exemption: its patterns are
   * relative to it. */
  char       *base;
  GPtrArray  *patterns; /* GPatternSpec */
  GPtrArray  *pattern_texts;
  char      **rules;
} Exemption;

struct _LadderLintConfig
{
  GObject     parent_instance;
  GHashTable *severities; /* rule id → severity + 1 */
  GPtrArray  *exemptions;
  GPtrArray  *additions[LINT_N_LISTS];
  GPtrArray  *removals[LINT_N_LISTS];
  GPtrArray  *sources;
};

G_DEFINE_FINAL_TYPE (LadderLintConfig, ladder_lint_config, G_TYPE_OBJECT)

static void
exemption_free (Exemption *exemption)
{
  g_free (exemption->base);
  g_ptr_array_unref (exemption->patterns);
  g_ptr_array_unref (exemption->pattern_texts);
  g_strfreev (exemption->rules);
  g_free (exemption);
}

static void
ladder_lint_config_finalize (GObject *object)
{
  LadderLintConfig *self = (LadderLintConfig *) object;

  g_hash_table_unref (self->severities);
  g_ptr_array_unref (self->exemptions);
  for (guint list = 0; list < LINT_N_LISTS; list++)
    {
      g_ptr_array_unref (self->additions[list]);
      g_ptr_array_unref (self->removals[list]);
    }
  g_ptr_array_unref (self->sources);

  G_OBJECT_CLASS (ladder_lint_config_parent_class)->finalize (object);
}

static void
ladder_lint_config_class_init (LadderLintConfigClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_lint_config_finalize;
}

static void
ladder_lint_config_init (LadderLintConfig *self)
{
  self->severities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->exemptions = g_ptr_array_new_with_free_func ((GDestroyNotify) exemption_free);
  for (guint list = 0; list < LINT_N_LISTS; list++)
    {
      self->additions[list]
          = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_lint_term_free);
      self->removals[list] = g_ptr_array_new_with_free_func (g_free);
    }
  self->sources = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->sources, NULL);
}

LadderLintConfig *
ladder_lint_config_new (void)
{
  return g_object_new (LADDER_TYPE_LINT_CONFIG, NULL);
}

/* ------------------------------------------------------------------ */
/* JSON with positions                                                  */

static guint64
pack_position (JsonParser *parser)
{
  return ((guint64) json_parser_get_current_line (parser) << 32)
         | (guint32) json_parser_get_current_pos (parser);
}

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member_name,
                  GHashTable *positions)
{
  JsonNode *node = json_object_get_member (object, member_name);

  if (node != NULL)
    g_hash_table_insert (positions, node, GSIZE_TO_POINTER ((gsize) pack_position (parser)));
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index_,
                  GHashTable *positions)
{
  JsonNode *node = json_array_get_element (array, index_);

  if (node != NULL)
    g_hash_table_insert (positions, node, GSIZE_TO_POINTER ((gsize) pack_position (parser)));
}

void
ladder_lint_json_error (GError     **error,
                        const char  *path,
                        GHashTable  *positions,
                        JsonNode    *node,
                        const char  *format,
                        ...)
{
  g_autofree char *message = NULL;
  guint64 position = 0;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (positions != NULL && node != NULL)
    position = (guint64) GPOINTER_TO_SIZE (g_hash_table_lookup (positions, node));
  if (position == 0)
    position = ((guint64) 1 << 32) | 1;

  ladder_set_error_at (error, LADDER_ERROR_INVALID, path, (int) (position >> 32),
                       MAX (1, (int) (guint32) position), "%s", message);
}

JsonNode *
ladder_lint_json_parse (const char  *data,
                        gsize        length,
                        const char  *path,
                        GHashTable **positions,
                        GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) parse_error = NULL;
  g_autoptr (GHashTable) table = g_hash_table_new (NULL, NULL);
  JsonNode *root;

  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, (gssize) length, NULL))
    {
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, path, 1, 1, _("the file is not UTF-8 text"));
      return NULL;
    }

  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), table);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), table);

  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      /* json-glib writes "<data>:LINE:COLUMN: Parse error: …". */
      const char *message = parse_error->message;
      int line = 1, column = 1;

      if (g_str_has_prefix (message, "<data>:"))
        {
          char *end = NULL;

          line = (int) g_ascii_strtoll (message + strlen ("<data>:"), &end, 10);
          if (end != NULL && *end == ':')
            column = (int) g_ascii_strtoll (end + 1, &end, 10);
          if (end != NULL && g_str_has_prefix (end, ": "))
            message = end + 2;
        }

      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, path, MAX (1, line), MAX (1, column), "%s",
                           message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, path, 1, 1, _("the file is empty"));
      return NULL;
    }

  *positions = g_steal_pointer (&table);
  return json_node_ref (root);
}

/* ------------------------------------------------------------------ */
/* Reading                                                              */

typedef struct
{
  const char        *path;
  GHashTable        *positions;
  GError           **error;
  LadderLintConfig  *config;
  char              *base;
} Reader;

static gboolean G_GNUC_PRINTF (3, 4)
fail (Reader     *reader,
      JsonNode   *node,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  ladder_lint_json_error (reader->error, reader->path, reader->positions, node, "%s", message);
  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
read_rules (Reader   *reader,
            JsonNode *node)
{
  g_autoptr (GList) names = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, node, _("“rules” must be an object of rule names and severities"));

  object = json_node_get_object (node);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      LadderLintSeverity severity;

      if (ladder_lint_find_rule (l->data) == NULL)
        /* TRANSLATORS: %s is the name of a check, as given in .ladder.json */
        return fail (reader, value,
                     _("unknown rule “%s” (ladder-cli lint --list-rules lists them)"),
                     (const char *) l->data);

      if (!is_string (value)
          || !ladder_lint_severity_from_string (json_node_get_string (value), &severity))
        return fail (reader, value, _("a rule’s severity is “error”, “warning” or “off”"));

      g_hash_table_insert (reader->config->severities, g_strdup (l->data),
                           GINT_TO_POINTER (severity + 1));
    }

  return TRUE;
}

static gboolean
read_string_array (Reader     *reader,
                   JsonNode   *node,
                   const char *what,
                   GPtrArray  *out)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    /* TRANSLATORS: %s is a JSON member name */
    return fail (reader, node, _("“%s” is an array of strings"), what);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!is_string (element) || *json_node_get_string (element) == '\0')
        return fail (reader, element, _("“%s” is an array of strings"), what);
      g_ptr_array_add (out, g_strdup (json_node_get_string (element)));
    }

  return TRUE;
}

static gboolean
read_exemption (Reader   *reader,
                JsonNode *node)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) rule_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GList) names = NULL;
  JsonObject *object;
  JsonNode *member;
  Exemption *exemption;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, node, _("an exemption must be an object with “files” and “rules”"));

  object = json_node_get_object (node);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "files") && !g_str_equal (l->data, "rules")
        && !g_str_equal (l->data, "reason"))
      return fail (reader, json_object_get_member (object, l->data),
                   _("unknown member “%s” (an exemption has “files”, “rules” and “reason”)"),
                   (const char *) l->data);

  member = json_object_get_member (object, "files");
  if (member == NULL)
    return fail (reader, node, _("an exemption must be an object with “files” and “rules”"));
  if (!read_string_array (reader, member, "files", files))
    return FALSE;

  member = json_object_get_member (object, "rules");
  if (member == NULL)
    return fail (reader, node, _("an exemption must be an object with “files” and “rules”"));
  if (!read_string_array (reader, member, "rules", rule_names))
    return FALSE;

  for (guint i = 0; i < rule_names->len; i++)
    {
      const char *name = g_ptr_array_index (rule_names, i);

      if (!g_str_equal (name, "*") && ladder_lint_find_rule (name) == NULL)
        return fail (reader, json_array_get_element (json_node_get_array (member), i),
                     _("unknown rule “%s” (ladder-cli lint --list-rules lists them)"), name);
    }

  member = json_object_get_member (object, "reason");
  if (member != NULL && !is_string (member))
    return fail (reader, member, _("“reason” is a string"));

  exemption = g_new0 (Exemption, 1);
  exemption->base = g_strdup (reader->base);
  exemption->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_pattern_spec_free);
  exemption->pattern_texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < files->len; i++)
    {
      const char *pattern = g_ptr_array_index (files, i);

      g_ptr_array_add (exemption->patterns, g_pattern_spec_new (pattern));
      g_ptr_array_add (exemption->pattern_texts, g_strdup (pattern));
    }
  g_ptr_array_add (rule_names, NULL);
  exemption->rules = (char **) g_ptr_array_free (g_steal_pointer (&rule_names), FALSE);
  g_ptr_array_add (reader->config->exemptions, exemption);

  return TRUE;
}

static gboolean
read_words (Reader   *reader,
            JsonNode *node)
{
  g_autoptr (GList) names = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, node, _("“words” must be an object of word lists"));

  object = json_node_get_object (node);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (object, l->data);
      g_autoptr (GList) edits = NULL;
      JsonObject *edit;
      LintList list;

      if (!ladder_lint_list_from_name (l->data, &list))
        /* TRANSLATORS: %s is the name of a word list, as given in .ladder.json */
        return fail (reader, value, _("unknown word list “%s” (see docs/lint.md)"),
                     (const char *) l->data);

      if (!JSON_NODE_HOLDS_OBJECT (value))
        return fail (reader, value,
                     _("a word list’s changes are an object with “add” and “remove”"));

      edit = json_node_get_object (value);
      edits = json_object_get_members (edit);
      for (GList *e = edits; e != NULL; e = e->next)
        {
          JsonNode *member = json_object_get_member (edit, e->data);

          if (g_str_equal (e->data, "remove"))
            {
              if (!read_string_array (reader, member, "remove", reader->config->removals[list]))
                return FALSE;
            }
          else if (g_str_equal (e->data, "add"))
            {
              JsonArray *array;

              if (!JSON_NODE_HOLDS_ARRAY (member))
                return fail (reader, member, _("“add” is an array of entries"));

              array = json_node_get_array (member);
              for (guint i = 0; i < json_array_get_length (array); i++)
                {
                  JsonNode *element = json_array_get_element (array, i);
                  g_autofree char *problem = NULL;
                  LintTerm *term = ladder_lint_term_from_json (element, &problem);

                  if (term == NULL)
                    return fail (reader, element, "%s", problem);
                  g_ptr_array_add (reader->config->additions[list], term);
                }
            }
          else
            {
              return fail (reader, member,
                           _("a word list’s changes are an object with “add” and “remove”"));
            }
        }
    }

  return TRUE;
}

LadderLintConfig *
ladder_lint_config_load_data (const char  *data,
                              gsize        length,
                              const char  *path,
                              GError     **error)
{
  g_autoptr (LadderLintConfig) config = ladder_lint_config_new ();
  g_autoptr (GHashTable) positions = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GList) names = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *base = NULL;
  Reader reader = { .path = path, .error = error, .config = config };
  JsonObject *object;

  g_return_val_if_fail (path != NULL, NULL);

  root = ladder_lint_json_parse (data, length, path, &positions, error);
  if (root == NULL)
    return NULL;

  absolute = g_canonicalize_filename (path, NULL);
  base = g_path_get_dirname (absolute);
  reader.positions = positions;
  reader.base = base;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (&reader, root, _("the settings are a JSON object"));
      return NULL;
    }

  object = json_node_get_object (root);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *member = json_object_get_member (object, name);
      gboolean ok = TRUE;

      if (g_str_equal (name, "$schema"))
        {
          if (!is_string (member))
            ok = fail (&reader, member, _("“$schema” is a string"));
        }
      else if (g_str_equal (name, "rules"))
        {
          ok = read_rules (&reader, member);
        }
      else if (g_str_equal (name, "exemptions"))
        {
          if (!JSON_NODE_HOLDS_ARRAY (member))
            {
              ok = fail (&reader, member, _("“exemptions” is an array"));
            }
          else
            {
              JsonArray *array = json_node_get_array (member);

              for (guint i = 0; ok && i < json_array_get_length (array); i++)
                ok = read_exemption (&reader, json_array_get_element (array, i));
            }
        }
      else if (g_str_equal (name, "words"))
        {
          ok = read_words (&reader, member);
        }
      else
        {
          /* TRANSLATORS: %s is a JSON member name */
          ok = fail (
              &reader, member,
              _("unknown setting “%s” (the settings are “rules”, “exemptions” and “words”)"),
              name);
        }

      if (!ok)
        return NULL;
    }

  g_ptr_array_insert (config->sources, (int) config->sources->len - 1, g_strdup (path));
  return g_steal_pointer (&config);
}

LadderLintConfig *
ladder_lint_config_load (const char  *path,
                         GError     **error)
{
  g_autoptr (GBytes) bytes = ladder_file_read_bounded (path, error);
  const char *data;
  gsize length;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return ladder_lint_config_load_data (data != NULL ? data : "", length, path, error);
}

void
ladder_lint_config_merge (LadderLintConfig *self,
                          LadderLintConfig *other)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (LADDER_IS_LINT_CONFIG (self));
  g_return_if_fail (LADDER_IS_LINT_CONFIG (other));

  g_hash_table_iter_init (&iter, other->severities);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->severities, g_strdup (key), value);

  for (guint i = 0; i < other->exemptions->len; i++)
    {
      Exemption *exemption = g_ptr_array_index (other->exemptions, i);
      Exemption *copy = g_new0 (Exemption, 1);

      copy->base = g_strdup (exemption->base);
      copy->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_pattern_spec_free);
      copy->pattern_texts = g_ptr_array_new_with_free_func (g_free);
      for (guint p = 0; p < exemption->pattern_texts->len; p++)
        {
          const char *text = g_ptr_array_index (exemption->pattern_texts, p);

          g_ptr_array_add (copy->patterns, g_pattern_spec_new (text));
          g_ptr_array_add (copy->pattern_texts, g_strdup (text));
        }
      copy->rules = g_strdupv (exemption->rules);
      g_ptr_array_add (self->exemptions, copy);
    }

  for (guint list = 0; list < LINT_N_LISTS; list++)
    {
      for (guint i = 0; i < other->additions[list]->len; i++)
        {
          LintTerm *term = g_ptr_array_index (other->additions[list], i);
          LintTerm *copy = g_new0 (LintTerm, 1);

          copy->match = g_strdup (term->match);
          copy->use = g_strdupv (term->use);
          copy->reason = g_strdup (term->reason);
          g_ptr_array_add (self->additions[list], copy);
        }
      for (guint i = 0; i < other->removals[list]->len; i++)
        g_ptr_array_add (self->removals[list],
                         g_strdup (g_ptr_array_index (other->removals[list], i)));
    }

  for (guint i = 0; i + 1 < other->sources->len; i++)
    g_ptr_array_insert (self->sources, (int) self->sources->len - 1,
                        g_strdup (g_ptr_array_index (other->sources, i)));
}

const char * const *
ladder_lint_config_get_sources (LadderLintConfig *self)
{
  g_return_val_if_fail (LADDER_IS_LINT_CONFIG (self), NULL);
  return (const char * const *) self->sources->pdata;
}

LadderLintConfig *
ladder_lint_config_find (const char  *path,
                         GError     **error)
{
  g_autoptr (LadderLintConfig) config = ladder_lint_config_new ();
  g_autoptr (GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *absolute = NULL;
  g_autofree char *folder = NULL;
  gboolean in_checkout = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  absolute = g_canonicalize_filename (path, NULL);
  folder = g_file_test (absolute, G_FILE_TEST_IS_DIR) ? g_strdup (absolute)
                                                      : g_path_get_dirname (absolute);

  /* The folders from the file's own up to the checkout's root. */
  for (char *current = g_strdup (folder);;)
    {
      g_autofree char *git = g_build_filename (current, ".git", NULL);
      char *parent;

      g_ptr_array_add (folders, current);
      if (g_file_test (git, G_FILE_TEST_EXISTS))
        {
          in_checkout = TRUE;
          break;
        }

      parent = g_path_get_dirname (current);
      if (g_str_equal (parent, current))
        {
          g_free (parent);
          break;
        }
      current = parent;
    }

  if (!in_checkout)
    g_ptr_array_set_size (folders, 1);

  for (guint i = folders->len; i > 0; i--)
    {
      g_autofree char *candidate = g_build_filename (g_ptr_array_index (folders, i - 1),
                                                     LADDER_LINT_CONFIG_NAME, NULL);
      g_autoptr (LadderLintConfig) found = NULL;

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        continue;

      found = ladder_lint_config_load (candidate, error);
      if (found == NULL)
        return NULL;
      ladder_lint_config_merge (config, found);
    }

  return g_steal_pointer (&config);
}

/* ------------------------------------------------------------------ */
/* As the checks read it                                                */

LadderLintSeverity
ladder_lint_config_severity (LadderLintConfig   *config,
                             const char         *rule,
                             LadderLintSeverity  fallback)
{
  gpointer found;

  if (config == NULL || !g_hash_table_lookup_extended (config->severities, rule, NULL, &found))
    return fallback;

  return (LadderLintSeverity) (GPOINTER_TO_INT (found) - 1);
}

static gboolean
exemption_covers (Exemption  *exemption,
                  const char *absolute)
{
  gsize base_length = strlen (exemption->base);
  const char *relative = absolute;
  const char *name = strrchr (absolute, G_DIR_SEPARATOR);

  name = name != NULL ? name + 1 : absolute;

  if (strncmp (absolute, exemption->base, base_length) == 0
      && absolute[base_length] == G_DIR_SEPARATOR)
    relative = absolute + base_length + 1;

  for (guint i = 0; i < exemption->patterns->len; i++)
    {
      GPatternSpec *pattern = g_ptr_array_index (exemption->patterns, i);
      const char *text = g_ptr_array_index (exemption->pattern_texts, i);

      /* A pattern without a slash names files in any folder. */
      if (g_pattern_spec_match_string (pattern, strchr (text, '/') != NULL ? relative : name))
        return TRUE;
    }

  return FALSE;
}

gboolean
ladder_lint_config_is_exempt (LadderLintConfig *config,
                              const char       *rule,
                              const char       *path)
{
  g_autofree char *absolute = NULL;

  if (config == NULL || path == NULL || config->exemptions->len == 0)
    return FALSE;

  absolute = g_canonicalize_filename (path, NULL);

  for (guint i = 0; i < config->exemptions->len; i++)
    {
      Exemption *exemption = g_ptr_array_index (config->exemptions, i);

      if ((g_strv_contains ((const char * const *) exemption->rules, rule)
           || g_strv_contains ((const char * const *) exemption->rules, "*"))
          && exemption_covers (exemption, absolute))
        return TRUE;
    }

  return FALSE;
}

gboolean
ladder_lint_config_has_word_edits (LadderLintConfig *config)
{
  for (guint list = 0; list < LINT_N_LISTS; list++)
    if (config->additions[list]->len > 0 || config->removals[list]->len > 0)
      return TRUE;

  return FALSE;
}

GPtrArray *
ladder_lint_config_word_additions (LadderLintConfig *config,
                                   LintList          list)
{
  return config->additions[list];
}

GPtrArray *
ladder_lint_config_word_removals (LadderLintConfig *config,
                                  LintList          list)
{
  return config->removals[list];
}
