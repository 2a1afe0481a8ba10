/* ladder-json-reader-layout.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json-reader-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-front-matter.h"
#include "ladder-yaml.h"

/*
 * The layout records: how the page the family was imported from wrote
 * what it holds (gaps, origins, slots, the front matter), so that
 * exporting gives the page back.
 */

static gboolean
is_blank_lines (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n')
      return FALSE;

  return *text == '\0' || text[strlen (text) - 1] == '\n';
}

gboolean
ladder_json_read_gap (Reader      *reader,
                      JsonObject  *object,
                      const char  *name,
                      char       **gap)
{
  const char *value = NULL;

  if (!ladder_json_read_string (reader, object, name, &value))
    return FALSE;

  if (value == NULL)
    return TRUE;

  if (!is_blank_lines (value))
    return ladder_json_fail (reader, json_object_get_member (object, name), LADDER_ERROR_INVALID,
                             _("“%s” may only hold blank lines, each ending in a newline"), name);

  g_free (*gap);
  *gap = g_strdup (value);
  return TRUE;
}

static gboolean
read_fingerprint (Reader     *reader,
                  JsonObject *object,
                  const char *name,
                  guint64    *fingerprint)
{
  const char *value = NULL;

  if (!ladder_json_read_string (reader, object, name, &value))
    return FALSE;

  if (value != NULL && !ladder_fingerprint_from_string (value, fingerprint))
    return ladder_json_fail (reader, json_object_get_member (object, name), LADDER_ERROR_INVALID,
                             _("“%s” must be 16 hexadecimal digits"), name);

  return TRUE;
}

/* The members of an origin, in an object that may hold others too. */
gboolean
ladder_json_read_origin_members (Reader       *reader,
                                 JsonObject   *object,
                                 LadderOrigin *origin)
{
  const char *source = NULL;
  JsonArray *span;

  if (!ladder_json_read_string (reader, object, "source", &source)
      || !ladder_json_read_gap (reader, object, "gap", &origin->gap))
    return FALSE;

  if (source == NULL)
    return TRUE;

  if (!json_object_has_member (object, "for"))
    return ladder_json_fail (reader, json_object_get_member (object, "source"),
                             LADDER_ERROR_INVALID,
                             _("“source” needs the “for” fingerprint beside it"));

  origin->source = g_strdup (source);
  if (!read_fingerprint (reader, object, "for", &origin->fingerprint))
    return FALSE;

  span = ladder_json_get_array_member (reader, object, "span");
  if (span != NULL)
    {
      JsonNode *node = json_object_get_member (object, "span");
      JsonNode *start = json_array_get_length (span) == 2 ? json_array_get_element (span, 0) : NULL;
      JsonNode *length = json_array_get_length (span) == 2 ? json_array_get_element (span, 1) : NULL;
      gint64 start_value, length_value;

      if (start == NULL || !ladder_json_is_integer (start) || !ladder_json_is_integer (length))
        return ladder_json_fail (reader, node, LADDER_ERROR_INVALID,
                                 _("“span” must be two integers"));

      start_value = json_node_get_int (start);
      length_value = json_node_get_int (length);
      if (start_value < 0 || length_value < 0 || start_value > (gint64) strlen (source)
          || length_value > (gint64) strlen (source) - start_value)
        return ladder_json_fail (reader, node, LADDER_ERROR_INVALID,
                                 _("“span” lies outside “source”"));

      origin->span_start = (int) start_value;
      origin->span_length = (int) length_value;

      if (!read_fingerprint (reader, object, "value_for", &origin->value_fingerprint))
        return FALSE;
    }
  else if (*reader->error != NULL)
    {
      return FALSE;
    }

  return TRUE;
}

gboolean
ladder_json_read_origin (Reader       *reader,
                         JsonObject   *parent,
                         const char   *name,
                         LadderOrigin *origin)
{
  JsonNode *node = json_object_get_member (parent, name);
  JsonObject *object;

  if (node == NULL)
    return TRUE;

  object = ladder_json_get_object (reader, node, name);
  return object != NULL && ladder_json_read_origin_members (reader, object, origin);
}


static gboolean
is_valid_marker (const char *marker)
{
  const char *p = marker;

  if (g_str_equal (marker, "-") || g_str_equal (marker, "*") || g_str_equal (marker, "+"))
    return TRUE;

  while (g_ascii_isdigit (*p))
    p++;

  return p > marker && (p - marker) <= 9 && (g_str_equal (p, ".") || g_str_equal (p, ")"));
}

static LadderSlot *
read_slot (Reader   *reader,
           JsonNode *node)
{
  JsonObject *object = ladder_json_get_object (reader, node, "slots");
  g_autoptr (LadderSlot) slot = NULL;
  const char *kind_name = NULL;
  const char *label = NULL;
  const char *marker = NULL;
  LadderSlotKind kind;
  JsonNode *extends;

  if (object == NULL || !ladder_json_read_string (reader, object, "slot", &kind_name))
    return NULL;

  if (kind_name == NULL || !ladder_slot_kind_from_string (kind_name, &kind))
    {
      ladder_json_fail (reader, node, LADDER_ERROR_INVALID, _("unknown slot “%s”"),
                        kind_name ? kind_name : "");
      return NULL;
    }

  slot = ladder_slot_new (kind);

  if (kind == LADDER_SLOT_TEXT)
    {
      const char *markdown = "";

      if (!ladder_json_read_string (reader, object, "markdown", &markdown)
          || !ladder_json_read_gap (reader, object, "gap", &slot->origin.gap))
        return NULL;

      slot->origin.source = g_strdup (markdown);
      return g_steal_pointer (&slot);
    }

  if (!ladder_json_read_int (reader, object, "level", 1, 6, &slot->level)
      || !ladder_json_read_boolean (reader, object, "prefixed", &slot->prefixed)
      || !ladder_json_read_string (reader, object, "label", &label)
      || !ladder_json_read_string (reader, object, "marker", &marker)
      || !ladder_json_read_origin_members (reader, object, &slot->origin))
    return NULL;

  if (marker != NULL && !is_valid_marker (marker))
    {
      ladder_json_fail (reader, json_object_get_member (object, "marker"), LADDER_ERROR_INVALID,
                        _("“%s” is not a list marker"), marker);
      return NULL;
    }

  slot->label = g_strdup (label);
  slot->marker = g_strdup (marker);

  extends = json_object_get_member (object, "extends");
  if (extends != NULL)
    {
      JsonObject *extends_object = ladder_json_get_object (reader, extends, "extends");

      if (extends_object == NULL
          || !ladder_json_read_origin_members (reader, extends_object, &slot->extends_origin))
        return NULL;
      slot->carries_extends = TRUE;
    }

  return g_steal_pointer (&slot);
}

gboolean
ladder_json_read_role_layout (Reader     *reader,
                              JsonNode   *node,
                              LadderRole *role)
{
  JsonObject *layout = ladder_json_get_object (reader, node, "layout");
  JsonArray *slots;
  int level = 3;
  int region = 0;

  if (layout == NULL
      || !ladder_json_read_int (reader, layout, "region", 0, G_MAXINT, &region)
      || !ladder_json_read_int (reader, layout, "level", 0, 6, &level)
      || !ladder_json_read_origin (reader, layout, "heading",
                                   ladder_role_get_heading_origin (role)))
    return FALSE;

  ladder_role_set_heading_level (role, level);
  ladder_role_set_region (role, (guint) region);

  slots = ladder_json_get_array_member (reader, layout, "slots");
  if (slots != NULL)
    {
      guint length = json_array_get_length (slots);
      GPtrArray *array = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_slot_free);

      for (guint i = 0; i < length; i++)
        {
          LadderSlot *slot = read_slot (reader, json_array_get_element (slots, i));

          if (slot == NULL)
            {
              g_ptr_array_unref (array);
              return FALSE;
            }
          g_ptr_array_add (array, slot);
        }

      ladder_role_take_slots (role, array);
    }

  return *reader->error == NULL;
}

gboolean
ladder_json_read_front_matter (Reader       *reader,
                               JsonObject   *root,
                               LadderFamily *family)
{
  JsonArray *array = ladder_json_get_array_member (reader, root, "front_matter");
  guint length;

  if (array == NULL)
    return *reader->error == NULL;

  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *entry = ladder_json_get_object (reader, node, "front_matter");
      const char *key = NULL;
      const char *value = NULL;
      const char *yaml = NULL;
      g_autofree char *encoded = NULL;

      if (entry == NULL
          || !ladder_json_read_string (reader, entry, "key", &key)
          || !ladder_json_read_string (reader, entry, "value", &value)
          || !ladder_json_read_string (reader, entry, "yaml", &yaml))
        return FALSE;

      if (value == NULL && yaml == NULL)
        return ladder_json_fail (reader, node, LADDER_ERROR_INVALID,
                                 _("a front matter entry needs a “value” or its “yaml”"));

      if (key != NULL && !ladder_front_matter_key_is_valid (key))
        return ladder_json_fail (reader, json_object_get_member (entry, "key"),
                                 LADDER_ERROR_INVALID,
                                 _("“%s” cannot be a front matter key: use letters, digits, "
                                   "“_”, “-” and “.”, starting with a letter"),
                                 key);

      /* The value is what counts; the YAML text only says how to write it. */
      if (value != NULL)
        {
          g_autofree char *decoded = ladder_yaml_decode_scalar (yaml);

          if (g_strcmp0 (decoded, value) != 0)
            yaml = encoded = ladder_yaml_encode_scalar (value, yaml);
        }

      ladder_family_append_front_matter_yaml (family, key, yaml);
    }

  /* The front matter as it will be written: one YAML mapping of exactly
   * these keys, or the file is refused. */
  {
    guint bad_entry, line, column;
    g_autofree char *message = NULL;

    if (!ladder_front_matter_check_family (family, &bad_entry, &line, &column, &message))
      {
        JsonObject *entry = json_node_get_object (json_array_get_element (array, bad_entry));
        JsonNode *at = json_object_get_member (entry, "yaml");

        if (at == NULL)
          at = json_object_get_member (entry, "key");
        if (at == NULL)
          at = json_array_get_element (array, bad_entry);

        return ladder_json_fail (reader, at, LADDER_ERROR_INVALID, "%s", message);
      }
  }

  return TRUE;
}

/* "---", then blanks (an opening line), or any text up to the line's
 * "\n" (a closing one, which Hugo finds by its start). */
static gboolean
is_delimiter (const char *line,
              gboolean    closing)
{
  if (line == NULL)
    return TRUE;

  if (!g_str_has_prefix (line, "---"))
    return FALSE;

  for (const char *p = line + 3; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      /* The closing line is kept as the page has it: the importer takes
       * any line starting with "---" there, up to its "\n", carriage
       * returns included (a "\r\n"'s or a lone one), so only a "\n"
       * would make it more than one line. */
      if (!closing || *p == '\n')
        return FALSE;
    }

  return TRUE;
}

gboolean
ladder_json_read_family_layout (Reader       *reader,
                                JsonNode     *node,
                                LadderFamily *family)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (family);
  JsonObject *object = ladder_json_get_object (reader, node, "layout");
  gboolean has_front_matter = TRUE;
  gboolean final_newline = TRUE;
  const char *open = NULL;
  const char *close = NULL;

  if (object == NULL
      || !ladder_json_read_boolean (reader, object, "front_matter", &has_front_matter)
      || !ladder_json_read_boolean (reader, object, "final_newline", &final_newline)
      || !ladder_json_read_string (reader, object, "front_matter_open", &open)
      || !ladder_json_read_string (reader, object, "front_matter_close", &close)
      || !ladder_json_read_gap (reader, object, "after_front_matter", &layout->front_matter.gap)
      || !ladder_json_read_gap (reader, object, "after_intro", &layout->intro.gap)
      || !ladder_json_read_gap (reader, object, "final_gap", &layout->final_gap))
    return FALSE;

  if (!is_delimiter (open, FALSE) || !is_delimiter (close, TRUE))
    return ladder_json_fail (reader, node, LADDER_ERROR_INVALID,
                             _("front matter delimiters must be one line starting with “---”"));

  layout->has_front_matter = has_front_matter || ladder_family_get_n_front_matter (family) > 0;
  layout->no_final_newline = !final_newline;
  layout->front_matter_open = g_strdup (open);
  layout->front_matter_close = g_strdup (close);

  return TRUE;
}
