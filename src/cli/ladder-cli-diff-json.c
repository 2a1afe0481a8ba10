/* ladder-cli-diff-json.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * `ladder-cli diff --format=json`: the changes for tools. The keys and kinds
 * are never translated; docs/diff.md describes them.
 */

#include "ladder-cli-diff-json.h"

#include <json-glib/json-glib.h>

static void
add_side (JsonBuilder *builder,
          const char  *member,
          int          index,
          const char  *name_member,
          const char  *name)
{
  json_builder_set_member_name (builder, member);
  if (index < 0)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, index);
  json_builder_set_member_name (builder, name_member);
  json_builder_add_string_value (builder, name ? name : "");
  json_builder_end_object (builder);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_nullable_int (JsonBuilder *builder,
                  const char  *member,
                  int          value)
{
  json_builder_set_member_name (builder, member);
  if (value >= 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_change (JsonBuilder        *builder,
            const LadderChange *change)
{
  static const char *const ops[] = { "equal", "delete", "insert" };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, ladder_change_kind_to_string (change->kind));

  if (change->old_role >= 0 || change->new_role >= 0)
    {
      json_builder_set_member_name (builder, "role");
      json_builder_begin_object (builder);
      add_side (builder, "old", change->old_role, "title", change->old_role_title);
      add_side (builder, "new", change->new_role, "title", change->new_role_title);
      json_builder_end_object (builder);
    }

  if (ladder_change_is_section (change))
    {
      json_builder_set_member_name (builder, "section");
      json_builder_begin_object (builder);
      add_side (builder, "old", change->old_section, "heading", change->old_heading);
      add_side (builder, "new", change->new_section, "heading", change->new_heading);
      json_builder_end_object (builder);
    }

  if (ladder_change_is_bullet (change))
    {
      json_builder_set_member_name (builder, "list");
      json_builder_begin_object (builder);
      add_nullable_string (builder, "old",
                           change->old_bullet >= 0 ? ladder_bullet_list_to_string (change->old_list)
                                                   : NULL);
      add_nullable_string (builder, "new",
                           change->new_bullet >= 0 ? ladder_bullet_list_to_string (change->new_list)
                                                   : NULL);
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "bullet");
      json_builder_begin_object (builder);
      add_nullable_int (builder, "old", change->old_bullet);
      add_nullable_int (builder, "new", change->new_bullet);
      json_builder_end_object (builder);
    }

  if (change->old_group != NULL || change->new_group != NULL)
    {
      json_builder_set_member_name (builder, "group");
      json_builder_begin_object (builder);
      add_nullable_string (builder, "old", change->old_group);
      add_nullable_string (builder, "new", change->new_group);
      json_builder_end_object (builder);
    }

  if (change->key != NULL)
    {
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, change->key);
    }

  if (change->kind == LADDER_CHANGE_GRADE)
    {
      add_nullable_int (builder, "old", change->old_grade);
      add_nullable_int (builder, "new", change->new_grade);
    }
  else if (change->old_text != NULL || change->new_text != NULL)
    {
      add_nullable_string (builder, "old", change->old_text);
      add_nullable_string (builder, "new", change->new_text);
    }

  if (change->spans != NULL)
    {
      json_builder_set_member_name (builder, "words");
      json_builder_begin_array (builder);
      for (guint i = 0; i < change->spans->len; i++)
        {
          LadderDiffSpan *span = &g_array_index (change->spans, LadderDiffSpan, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "op");
          json_builder_add_string_value (builder, ops[span->op]);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, span->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

/* One object on one line: run by git, one per file, a stream of JSON
 * lines. docs/diff.md describes it. */
void
ladder_cli_diff_print_json (const char *old_label,
                            const char *new_label,
                            gboolean    job_family,
                            gboolean    equal,
                            GPtrArray  *changes)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "old");
  json_builder_add_string_value (builder, old_label);
  json_builder_set_member_name (builder, "new");
  json_builder_add_string_value (builder, new_label);
  json_builder_set_member_name (builder, "job_family");
  json_builder_add_boolean_value (builder, job_family);
  json_builder_set_member_name (builder, "equal");
  json_builder_add_boolean_value (builder, equal);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    add_change (builder, g_ptr_array_index (changes, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}
