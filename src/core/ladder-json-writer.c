/* ladder-json-writer.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json.h"

#include <json-glib/json-glib.h>

#include "ladder-markdown-blocks.h"
#include "ladder-yaml.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_string_if_set (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  if (value != NULL && *value != '\0')
    add_string (builder, name, value);
}

static void
add_unknown_members (JsonBuilder *builder,
                     gpointer     object)
{
  JsonObject *unknown = g_object_get_data (G_OBJECT (object), LADDER_JSON_UNKNOWN_MEMBERS);
  g_autoptr (GList) members = NULL;

  if (unknown == NULL)
    return;

  members = json_object_get_members (unknown);
  for (GList *l = members; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (unknown, l->data)));
    }
}

/* The members of an origin, inside an object already begun. */
static void
add_origin_members (JsonBuilder        *builder,
                    const LadderOrigin *origin)
{
  if (origin->source != NULL)
    {
      g_autofree char *fingerprint = ladder_fingerprint_to_string (origin->fingerprint);

      add_string (builder, "source", origin->source);
      add_string (builder, "for", fingerprint);

      if (origin->span_start >= 0)
        {
          g_autofree char *value_fingerprint = ladder_fingerprint_to_string (origin->value_fingerprint);

          json_builder_set_member_name (builder, "span");
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, origin->span_start);
          json_builder_add_int_value (builder, origin->span_length);
          json_builder_end_array (builder);
          add_string (builder, "value_for", value_fingerprint);
        }
    }

  if (origin->gap != NULL)
    add_string (builder, "gap", origin->gap);
}

static void
add_origin (JsonBuilder        *builder,
            const char         *name,
            const LadderOrigin *origin)
{
  if (ladder_origin_is_default (origin))
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  add_origin_members (builder, origin);
  json_builder_end_object (builder);
}

static void add_section (JsonBuilder *builder, LadderSection *section);

static void
add_sections (JsonBuilder *builder,
              const char  *name,
              GListModel  *sections)
{
  guint n_items = g_list_model_get_n_items (sections);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      add_section (builder, section);
    }

  json_builder_end_array (builder);
}

static void
add_section (JsonBuilder   *builder,
             LadderSection *section)
{
  LadderOrigin *heading = ladder_section_get_heading_origin (section);
  LadderOrigin *body = ladder_section_get_body_origin (section);

  json_builder_begin_object (builder);
  add_string (builder, "kind", ladder_section_kind_to_string (ladder_section_get_kind (section)));
  add_string (builder, "heading", ladder_section_get_heading (section));
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, ladder_section_get_level (section));
  add_string (builder, "body", ladder_section_get_body (section));

  if (!ladder_origin_is_default (heading) || body->gap != NULL)
    {
      json_builder_set_member_name (builder, "layout");
      json_builder_begin_object (builder);
      add_origin (builder, "heading", heading);
      if (body->gap != NULL)
        add_string (builder, "after_body", body->gap);
      json_builder_end_object (builder);
    }

  add_unknown_members (builder, section);
  json_builder_end_object (builder);
}

static void
add_bullets (JsonBuilder *builder,
             const char  *name,
             GListModel  *bullets)
{
  guint n_items = g_list_model_get_n_items (bullets);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (LadderBullet) bullet = g_list_model_get_item (bullets, i);
      LadderOrigin *origin = ladder_bullet_get_origin (bullet);
      const char *prefix = ladder_bullet_get_prefix (bullet);

      /* A bullet written the usual way is just its text. */
      if (ladder_origin_is_default (origin) && prefix == NULL
          && g_object_get_data (G_OBJECT (bullet), LADDER_JSON_UNKNOWN_MEMBERS) == NULL)
        {
          json_builder_add_string_value (builder, ladder_bullet_get_text (bullet));
          continue;
        }

      json_builder_begin_object (builder);
      add_string (builder, "text", ladder_bullet_get_text (bullet));
      add_origin_members (builder, origin);
      if (prefix != NULL)
        {
          add_string (builder, "prefix", prefix);
          if (ladder_bullet_get_prefix_gap (bullet) != NULL)
            add_string (builder, "prefix_gap", ladder_bullet_get_prefix_gap (bullet));
        }
      add_unknown_members (builder, bullet);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
add_slot (JsonBuilder      *builder,
          const LadderSlot *slot)
{
  json_builder_begin_object (builder);
  add_string (builder, "slot", ladder_slot_kind_to_string (slot->kind));

  if (slot->kind == LADDER_SLOT_TEXT)
    {
      add_string (builder, "markdown", slot->origin.source != NULL ? slot->origin.source : "");
      if (slot->origin.gap != NULL)
        add_string (builder, "gap", slot->origin.gap);
      json_builder_end_object (builder);
      return;
    }

  if (ladder_slot_kind_is_heading (slot->kind) && slot->level > 0)
    {
      json_builder_set_member_name (builder, "level");
      json_builder_add_int_value (builder, slot->level);
      json_builder_set_member_name (builder, "prefixed");
      json_builder_add_boolean_value (builder, slot->prefixed);
    }

  if (slot->label != NULL)
    add_string (builder, "label", slot->label);
  add_string_if_set (builder, "marker", slot->marker);
  add_origin_members (builder, &slot->origin);

  if (slot->carries_extends)
    {
      json_builder_set_member_name (builder, "extends");
      json_builder_begin_object (builder);
      add_origin_members (builder, &slot->extends_origin);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
}

static void
add_role (JsonBuilder *builder,
          LadderRole  *role)
{
  GPtrArray *slots = ladder_role_get_slots (role);
  LadderOrigin *heading = ladder_role_get_heading_origin (role);
  int level = ladder_role_get_heading_level (role);

  json_builder_begin_object (builder);
  add_string (builder, "title", ladder_role_get_title (role));
  add_string_if_set (builder, "reports_to", ladder_role_get_reports_to (role));
  add_string_if_set (builder, "reports_to_link", ladder_role_get_reports_to_link (role));

  if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
    {
      json_builder_set_member_name (builder, "job_grade");
      json_builder_add_int_value (builder, ladder_role_get_job_grade (role));
    }

  /* The handbook's own grade table is the default; "" means no link. */
  if (g_strcmp0 (ladder_role_get_grade_link (role), LADDER_DEFAULT_GRADE_LINK) != 0)
    add_string (builder, "grade_link", ladder_role_get_grade_link (role));
  add_string_if_set (builder, "extends", ladder_role_get_extends (role));
  add_bullets (builder, "responsibilities", ladder_role_get_responsibilities (role));
  add_bullets (builder, "requirements", ladder_role_get_requirements (role));

  if (g_list_model_get_n_items (ladder_role_get_subsections (role)) > 0)
    add_sections (builder, "subsections", ladder_role_get_subsections (role));

  if (slots != NULL || level != 3 || !ladder_origin_is_default (heading) || ladder_role_get_region (role) > 0)
    {
      json_builder_set_member_name (builder, "layout");
      json_builder_begin_object (builder);

      if (ladder_role_get_region (role) > 0)
        {
          json_builder_set_member_name (builder, "region");
          json_builder_add_int_value (builder, ladder_role_get_region (role));
        }

      if (level != 3)
        {
          json_builder_set_member_name (builder, "level");
          json_builder_add_int_value (builder, level);
        }

      add_origin (builder, "heading", heading);

      if (slots != NULL)
        {
          json_builder_set_member_name (builder, "slots");
          json_builder_begin_array (builder);
          for (guint i = 0; i < slots->len; i++)
            add_slot (builder, g_ptr_array_index (slots, i));
          json_builder_end_array (builder);
        }

      json_builder_end_object (builder);
    }

  add_unknown_members (builder, role);
  json_builder_end_object (builder);
}

static void
add_front_matter (JsonBuilder  *builder,
                  LadderFamily *family)
{
  guint n_entries = ladder_family_get_n_front_matter (family);

  json_builder_set_member_name (builder, "front_matter");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      const char *yaml = ladder_family_get_front_matter_yaml (family, i);
      g_autofree char *value = ladder_yaml_decode_scalar (yaml);
      g_autofree char *canonical = value != NULL ? ladder_yaml_encode_scalar (value, NULL) : NULL;

      json_builder_begin_object (builder);
      if (key != NULL)
        add_string (builder, "key", key);
      if (value != NULL)
        add_string (builder, "value", value);
      if (g_strcmp0 (canonical, yaml) != 0)
        add_string (builder, "yaml", yaml);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
add_family_layout (JsonBuilder  *builder,
                   LadderFamily *family)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (family);
  gboolean any = !layout->has_front_matter
                 || layout->front_matter_open != NULL || layout->front_matter_close != NULL
                 || layout->front_matter.gap != NULL || layout->intro.gap != NULL
                 || layout->final_gap != NULL || layout->no_final_newline;

  if (!any)
    return;

  json_builder_set_member_name (builder, "layout");
  json_builder_begin_object (builder);

  if (!layout->has_front_matter)
    {
      json_builder_set_member_name (builder, "front_matter");
      json_builder_add_boolean_value (builder, FALSE);
    }

  add_string_if_set (builder, "front_matter_open", layout->front_matter_open);
  add_string_if_set (builder, "front_matter_close", layout->front_matter_close);

  if (layout->front_matter.gap != NULL)
    add_string (builder, "after_front_matter", layout->front_matter.gap);
  if (layout->intro.gap != NULL)
    add_string (builder, "after_intro", layout->intro.gap);
  if (layout->final_gap != NULL)
    add_string (builder, "final_gap", layout->final_gap);

  if (layout->no_final_newline)
    {
      json_builder_set_member_name (builder, "final_newline");
      json_builder_add_boolean_value (builder, FALSE);
    }

  json_builder_end_object (builder);
}

/**
 * ladder_json_write:
 * @family: the family to write
 *
 * Writes @family in the `*.jobfamily.json` format: two-space indentation,
 * members in a fixed order, a final newline. Writing the same family twice
 * gives the same bytes.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
ladder_json_write (LadderFamily *family)
{
  g_autoptr (JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  GListModel *roles;
  guint n_roles;
  gsize length;
  char *data;
  GString *text;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  roles = ladder_family_get_roles (family);
  n_roles = g_list_model_get_n_items (roles);

  json_builder_begin_object (builder);
  add_string (builder, "format", LADDER_FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LADDER_FILE_VERSION);
  add_front_matter (builder, family);
  add_string (builder, "intro", ladder_family_get_intro (family));
  add_sections (builder, "sections", ladder_family_get_sections (family));

  json_builder_set_member_name (builder, "roles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      add_role (builder, role);
    }
  json_builder_end_array (builder);

  add_family_layout (builder, family);
  add_unknown_members (builder, family);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  data = json_generator_to_data (generator, &length);
  text = g_string_sized_new (length + 1);
  g_string_append_len (text, data, length);
  g_string_append_c (text, '\n');
  g_free (data);

  return g_string_free_to_bytes (text);
}
