/* ladder-json-reader.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-front-matter.h"
#include "ladder-json-private.h"
#include "ladder-markdown-blocks.h"
#include "ladder-link.h"
#include "ladder-yaml.h"

typedef struct
{
  const char *filename;
  /* Where each value ended in the file (JsonNode → line << 32 | column),
   * recorded while parsing, since json-glib keeps no positions itself. */
  GHashTable *positions;
  /* Members seen per object, to notice a key given twice. */
  GHashTable *member_counts;
  char       *duplicate_key;
  guint64     duplicate_position;
  GError    **error;
} Reader;

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
                  Reader     *reader)
{
  JsonNode *node = json_object_get_member (object, member_name);
  guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (reader->member_counts, object)) + 1;

  g_hash_table_insert (reader->member_counts, object, GUINT_TO_POINTER (seen));

  if (seen > json_object_get_size (object) && reader->duplicate_key == NULL)
    {
      reader->duplicate_key = g_strdup (member_name);
      reader->duplicate_position = pack_position (parser);
    }

  if (node != NULL)
    g_hash_table_insert (reader->positions, node, GSIZE_TO_POINTER ((gsize) pack_position (parser)));
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index_,
                  Reader     *reader)
{
  JsonNode *node = json_array_get_element (array, index_);

  if (node != NULL)
    g_hash_table_insert (reader->positions, node, GSIZE_TO_POINTER ((gsize) pack_position (parser)));
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Reader      *reader,
      JsonNode    *node,
      LadderError  code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  guint64 position = 0;
  va_list args;

  if (*reader->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL)
    position = (guint64) GPOINTER_TO_SIZE (g_hash_table_lookup (reader->positions, node));

  if (position == 0)
    position = ((guint64) 1 << 32) | 1;

  ladder_set_error_at (reader->error, code, reader->filename,
                       (int) (position >> 32), MAX (1, (int) (guint32) position),
                       "%s", message);
  return FALSE;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _("a string");
        if (type == G_TYPE_BOOLEAN)
          return _("a boolean");
        return _("a number");
      }
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_boolean (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

static gboolean
expect (Reader     *reader,
        JsonNode   *node,
        gboolean    ok,
        const char *what,
        const char *name)
{
  if (ok)
    return TRUE;

  /* TRANSLATORS: "expected a string for "title", found a number" */
  return fail (reader, node, LADDER_ERROR_INVALID, _("expected %s for “%s”, found %s"),
               what, name, node_type_name (node));
}

/* Reads an optional string member; absent leaves *value untouched. */
static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *name,
             const char **value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return TRUE;

  if (!expect (reader, node, is_string (node), _("a string"), name))
    return FALSE;

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_int (Reader     *reader,
          JsonObject *object,
          const char *name,
          int         min,
          int         max,
          int        *value)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 number;

  if (node == NULL)
    return TRUE;

  if (!expect (reader, node, is_integer (node), _("an integer"), name))
    return FALSE;

  number = json_node_get_int (node);
  if (number < min || number > max)
    return fail (reader, node, LADDER_ERROR_INVALID,
                 _("“%s” must be between %d and %d, not %lld"),
                 name, min, max, (long long) number);

  *value = (int) number;
  return TRUE;
}

static gboolean
read_boolean (Reader     *reader,
              JsonObject *object,
              const char *name,
              gboolean   *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return TRUE;

  if (!expect (reader, node, is_boolean (node), _("true or false"), name))
    return FALSE;

  *value = json_node_get_boolean (node);
  return TRUE;
}

static JsonObject *
get_object (Reader     *reader,
            JsonNode   *node,
            const char *name)
{
  if (node == NULL || !expect (reader, node, JSON_NODE_HOLDS_OBJECT (node), _("an object"), name))
    return NULL;

  return json_node_get_object (node);
}

static JsonArray *
get_array_member (Reader     *reader,
                  JsonObject *object,
                  const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;

  if (!expect (reader, node, JSON_NODE_HOLDS_ARRAY (node), _("an array"), name))
    return NULL;

  return json_node_get_array (node);
}

/* Keeps the members this version does not know, to write them back. */
static void
keep_unknown_members (JsonObject         *object,
                      const char * const *known,
                      gpointer            target)
{
  g_autoptr (GList) members = json_object_get_members (object);
  JsonObject *unknown = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }

  if (unknown != NULL)
    g_object_set_data_full (G_OBJECT (target), LADDER_JSON_UNKNOWN_MEMBERS,
                            unknown, (GDestroyNotify) json_object_unref);
}

static gboolean
is_blank_lines (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n')
      return FALSE;

  return *text == '\0' || text[strlen (text) - 1] == '\n';
}

static gboolean
read_gap (Reader      *reader,
          JsonObject  *object,
          const char  *name,
          char       **gap)
{
  const char *value = NULL;

  if (!read_string (reader, object, name, &value))
    return FALSE;

  if (value == NULL)
    return TRUE;

  if (!is_blank_lines (value))
    return fail (reader, json_object_get_member (object, name), LADDER_ERROR_INVALID,
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

  if (!read_string (reader, object, name, &value))
    return FALSE;

  if (value != NULL && !ladder_fingerprint_from_string (value, fingerprint))
    return fail (reader, json_object_get_member (object, name), LADDER_ERROR_INVALID,
                 _("“%s” must be 16 hexadecimal digits"), name);

  return TRUE;
}

/* The members of an origin, in an object that may hold others too. */
static gboolean
read_origin_members (Reader       *reader,
                     JsonObject   *object,
                     LadderOrigin *origin)
{
  const char *source = NULL;
  JsonArray *span;

  if (!read_string (reader, object, "source", &source)
      || !read_gap (reader, object, "gap", &origin->gap))
    return FALSE;

  if (source == NULL)
    return TRUE;

  if (!json_object_has_member (object, "for"))
    return fail (reader, json_object_get_member (object, "source"), LADDER_ERROR_INVALID,
                 _("“source” needs the “for” fingerprint beside it"));

  origin->source = g_strdup (source);
  if (!read_fingerprint (reader, object, "for", &origin->fingerprint))
    return FALSE;

  span = get_array_member (reader, object, "span");
  if (span != NULL)
    {
      JsonNode *node = json_object_get_member (object, "span");
      JsonNode *start = json_array_get_length (span) == 2 ? json_array_get_element (span, 0) : NULL;
      JsonNode *length = json_array_get_length (span) == 2 ? json_array_get_element (span, 1) : NULL;
      gint64 start_value, length_value;

      if (start == NULL || !is_integer (start) || !is_integer (length))
        return fail (reader, node, LADDER_ERROR_INVALID, _("“span” must be two integers"));

      start_value = json_node_get_int (start);
      length_value = json_node_get_int (length);
      if (start_value < 0 || length_value < 0 || start_value > (gint64) strlen (source)
          || length_value > (gint64) strlen (source) - start_value)
        return fail (reader, node, LADDER_ERROR_INVALID, _("“span” lies outside “source”"));

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

static gboolean
read_origin (Reader       *reader,
             JsonObject   *parent,
             const char   *name,
             LadderOrigin *origin)
{
  JsonNode *node = json_object_get_member (parent, name);
  JsonObject *object;

  if (node == NULL)
    return TRUE;

  object = get_object (reader, node, name);
  return object != NULL && read_origin_members (reader, object, origin);
}

static LadderSection *read_section (Reader *reader, JsonNode *node);

static gboolean
read_sections (Reader     *reader,
               JsonObject *object,
               const char *name,
               void      (*add) (gpointer, LadderSection *),
               gpointer    target)
{
  JsonArray *array = get_array_member (reader, object, name);
  guint length;

  if (array == NULL)
    return *reader->error == NULL;

  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      g_autoptr (LadderSection) section = read_section (reader, json_array_get_element (array, i));

      if (section == NULL)
        return FALSE;
      add (target, section);
    }

  return TRUE;
}

static LadderSection *
read_section (Reader   *reader,
              JsonNode *node)
{
  static const char * const known[] = { "kind", "heading", "level", "body", "layout", NULL };
  JsonObject *object = get_object (reader, node, "sections");
  g_autoptr (LadderSection) section = NULL;
  const char *kind_name = "other";
  const char *heading = "";
  const char *body = "";
  LadderSectionKind kind;
  int level = 2;
  JsonNode *layout_node;

  if (object == NULL
      || !read_string (reader, object, "kind", &kind_name)
      || !read_string (reader, object, "heading", &heading)
      || !read_int (reader, object, "level", 0, 6, &level)
      || !read_string (reader, object, "body", &body))
    return NULL;

  if (!ladder_section_kind_from_string (kind_name, &kind))
    {
      fail (reader, json_object_get_member (object, "kind"), LADDER_ERROR_INVALID,
            _("unknown section kind “%s”"), kind_name);
      return NULL;
    }

  section = ladder_section_new (kind, heading, level);
  ladder_section_set_body (section, body);

  layout_node = json_object_get_member (object, "layout");
  if (layout_node != NULL)
    {
      JsonObject *layout = get_object (reader, layout_node, "layout");

      if (layout == NULL
          || !read_origin (reader, layout, "heading", ladder_section_get_heading_origin (section))
          || !read_gap (reader, layout, "after_body", &ladder_section_get_body_origin (section)->gap))
        return NULL;
    }

  keep_unknown_members (object, known, section);
  return g_steal_pointer (&section);
}

static gboolean
read_bullets (Reader           *reader,
              JsonObject       *object,
              const char       *name,
              LadderRole       *role,
              LadderBulletList  list)
{
  static const char * const known[] = {
    "text", "source", "for", "span", "value_for", "gap", "prefix", "prefix_gap", NULL
  };
  JsonArray *array = get_array_member (reader, object, name);
  g_autoptr (GPtrArray) bullets = NULL;
  guint length;

  if (array == NULL)
    return *reader->error == NULL;

  length = json_array_get_length (array);
  bullets = g_ptr_array_new_full (length, g_object_unref);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr (LadderBullet) bullet = NULL;

      if (is_string (node))
        {
          bullet = ladder_bullet_new (json_node_get_string (node));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *item = json_node_get_object (node);
          const char *text = NULL;
          const char *prefix = NULL;
          g_autofree char *prefix_gap = NULL;

          if (!read_string (reader, item, "text", &text)
              || !read_string (reader, item, "prefix", &prefix)
              || !read_gap (reader, item, "prefix_gap", &prefix_gap))
            return FALSE;

          if (text == NULL)
            return fail (reader, node, LADDER_ERROR_INVALID, _("a bullet needs its “text”"));

          bullet = ladder_bullet_new (text);
          if (!read_origin_members (reader, item, ladder_bullet_get_origin (bullet)))
            return FALSE;
          if (prefix != NULL)
            ladder_bullet_set_prefix (bullet, prefix, prefix_gap);
          keep_unknown_members (item, known, bullet);
        }
      else
        {
          return expect (reader, node, FALSE, _("a string or an object"), name);
        }

      g_ptr_array_add (bullets, g_steal_pointer (&bullet));
    }

  ladder_role_splice_bullets (role, list, 0, 0, (LadderBullet **) bullets->pdata, bullets->len);
  return TRUE;
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
  JsonObject *object = get_object (reader, node, "slots");
  g_autoptr (LadderSlot) slot = NULL;
  const char *kind_name = NULL;
  const char *label = NULL;
  const char *marker = NULL;
  LadderSlotKind kind;
  JsonNode *extends;

  if (object == NULL || !read_string (reader, object, "slot", &kind_name))
    return NULL;

  if (kind_name == NULL || !ladder_slot_kind_from_string (kind_name, &kind))
    {
      fail (reader, node, LADDER_ERROR_INVALID, _("unknown slot “%s”"), kind_name ? kind_name : "");
      return NULL;
    }

  slot = ladder_slot_new (kind);

  if (kind == LADDER_SLOT_TEXT)
    {
      const char *markdown = "";

      if (!read_string (reader, object, "markdown", &markdown)
          || !read_gap (reader, object, "gap", &slot->origin.gap))
        return NULL;

      slot->origin.source = g_strdup (markdown);
      return g_steal_pointer (&slot);
    }

  if (!read_int (reader, object, "level", 1, 6, &slot->level)
      || !read_boolean (reader, object, "prefixed", &slot->prefixed)
      || !read_string (reader, object, "label", &label)
      || !read_string (reader, object, "marker", &marker)
      || !read_origin_members (reader, object, &slot->origin))
    return NULL;

  if (marker != NULL && !is_valid_marker (marker))
    {
      fail (reader, json_object_get_member (object, "marker"), LADDER_ERROR_INVALID,
            _("“%s” is not a list marker"), marker);
      return NULL;
    }

  slot->label = g_strdup (label);
  slot->marker = g_strdup (marker);

  extends = json_object_get_member (object, "extends");
  if (extends != NULL)
    {
      JsonObject *extends_object = get_object (reader, extends, "extends");

      if (extends_object == NULL
          || !read_origin_members (reader, extends_object, &slot->extends_origin))
        return NULL;
      slot->carries_extends = TRUE;
    }

  return g_steal_pointer (&slot);
}

static gboolean
read_role_layout (Reader     *reader,
                  JsonNode   *node,
                  LadderRole *role)
{
  JsonObject *layout = get_object (reader, node, "layout");
  JsonArray *slots;
  int level = 3;
  int region = 0;

  if (layout == NULL
      || !read_int (reader, layout, "region", 0, G_MAXINT, &region)
      || !read_int (reader, layout, "level", 0, 6, &level)
      || !read_origin (reader, layout, "heading", ladder_role_get_heading_origin (role)))
    return FALSE;

  ladder_role_set_heading_level (role, level);
  ladder_role_set_region (role, (guint) region);

  slots = get_array_member (reader, layout, "slots");
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

static void
add_subsection (gpointer       role,
                LadderSection *section)
{
  GListModel *subsections = ladder_role_get_subsections (role);

  ladder_role_insert_subsection (role, g_list_model_get_n_items (subsections), section);
}

static LadderRole *
read_role (Reader   *reader,
           JsonNode *node)
{
  static const char * const known[] = {
    "title", "reports_to", "reports_to_link", "job_grade", "grade_link", "extends",
    "responsibilities", "requirements", "subsections", "layout", NULL
  };
  JsonObject *object = get_object (reader, node, "roles");
  g_autoptr (LadderRole) role = NULL;
  const char *title = NULL;
  const char *reports_to = "";
  const char *reports_to_link = "";
  const char *grade_link = LADDER_DEFAULT_GRADE_LINK;
  const char *extends = "";
  int grade = LADDER_GRADE_NONE;
  JsonNode *grade_node;
  JsonNode *layout;

  if (object == NULL
      || !read_string (reader, object, "title", &title)
      || !read_string (reader, object, "reports_to", &reports_to)
      || !read_string (reader, object, "reports_to_link", &reports_to_link)
      || !read_string (reader, object, "grade_link", &grade_link)
      || !read_string (reader, object, "extends", &extends))
    return NULL;

  if (title == NULL)
    {
      fail (reader, node, LADDER_ERROR_INVALID, _("a role needs its “title”"));
      return NULL;
    }

  if (!ladder_link_is_allowed (reports_to_link) || !ladder_link_is_allowed (grade_link))
    {
      const char *name
          = ladder_link_is_allowed (reports_to_link) ? "grade_link" : "reports_to_link";

      fail (reader, json_object_get_member (object, name), LADDER_ERROR_INVALID,
            _("“%s” must be an http, https or mailto link, a link within the handbook, or a Hugo ref"), name);
      return NULL;
    }

  grade_node = json_object_get_member (object, "job_grade");
  if (grade_node != NULL && !JSON_NODE_HOLDS_NULL (grade_node)
      && !read_int (reader, object, "job_grade", 0, LADDER_GRADE_MAX, &grade))
    return NULL;

  role = ladder_role_new (title);
  ladder_role_set_reports_to (role, reports_to);
  ladder_role_set_reports_to_link (role, reports_to_link);
  ladder_role_set_job_grade (role, grade);
  ladder_role_set_grade_link (role, grade_link);
  ladder_role_set_extends (role, extends);

  if (!read_bullets (reader, object, "responsibilities", role, LADDER_BULLET_LIST_RESPONSIBILITIES)
      || !read_bullets (reader, object, "requirements", role, LADDER_BULLET_LIST_REQUIREMENTS)
      || !read_sections (reader, object, "subsections", add_subsection, role))
    return NULL;

  layout = json_object_get_member (object, "layout");
  if (layout != NULL && !read_role_layout (reader, layout, role))
    return NULL;

  keep_unknown_members (object, known, role);
  return g_steal_pointer (&role);
}

static gboolean
read_front_matter (Reader       *reader,
                   JsonObject   *root,
                   LadderFamily *family)
{
  JsonArray *array = get_array_member (reader, root, "front_matter");
  guint length;

  if (array == NULL)
    return *reader->error == NULL;

  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *entry = get_object (reader, node, "front_matter");
      const char *key = NULL;
      const char *value = NULL;
      const char *yaml = NULL;
      g_autofree char *encoded = NULL;

      if (entry == NULL
          || !read_string (reader, entry, "key", &key)
          || !read_string (reader, entry, "value", &value)
          || !read_string (reader, entry, "yaml", &yaml))
        return FALSE;

      if (value == NULL && yaml == NULL)
        return fail (reader, node, LADDER_ERROR_INVALID,
                     _("a front matter entry needs a “value” or its “yaml”"));

      if (key != NULL && !ladder_front_matter_key_is_valid (key))
        return fail (reader, json_object_get_member (entry, "key"), LADDER_ERROR_INVALID,
                     _("“%s” cannot be a front matter key: use letters, digits, “_”, “-” and “.”, "
                       "starting with a letter"),
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

        return fail (reader, at, LADDER_ERROR_INVALID, "%s", message);
      }
  }

  return TRUE;
}

/* "---", then blanks (an opening line), or text without line breaks or
 * controls (a closing one, which Hugo finds by its start). */
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
      if (!closing || (guchar) *p < 0x20 || *p == 0x7f)
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_family_layout (Reader       *reader,
                    JsonNode     *node,
                    LadderFamily *family)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (family);
  JsonObject *object = get_object (reader, node, "layout");
  gboolean has_front_matter = TRUE;
  gboolean final_newline = TRUE;
  const char *open = NULL;
  const char *close = NULL;

  if (object == NULL
      || !read_boolean (reader, object, "front_matter", &has_front_matter)
      || !read_boolean (reader, object, "final_newline", &final_newline)
      || !read_string (reader, object, "front_matter_open", &open)
      || !read_string (reader, object, "front_matter_close", &close)
      || !read_gap (reader, object, "after_front_matter", &layout->front_matter.gap)
      || !read_gap (reader, object, "after_intro", &layout->intro.gap)
      || !read_gap (reader, object, "final_gap", &layout->final_gap))
    return FALSE;

  if (!is_delimiter (open, FALSE) || !is_delimiter (close, TRUE))
    return fail (reader, node, LADDER_ERROR_INVALID, _("front matter delimiters must be one line starting with “---”"));

  layout->has_front_matter = has_front_matter || ladder_family_get_n_front_matter (family) > 0;
  layout->no_final_newline = !final_newline;
  layout->front_matter_open = g_strdup (open);
  layout->front_matter_close = g_strdup (close);

  return TRUE;
}

static void
add_section (gpointer       family,
             LadderSection *section)
{
  ladder_family_append_section (family, section);
}

static LadderFamily *
read_family (Reader   *reader,
             JsonNode *root)
{
  static const char * const known[] = {
    "format", "version", "front_matter", "intro", "sections", "roles", "layout", NULL
  };
  g_autoptr (LadderFamily) family = NULL;
  JsonObject *object;
  JsonNode *version_node;
  JsonNode *layout;
  const char *format = NULL;
  const char *intro = "";
  JsonArray *roles;
  gint64 version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (reader, root, LADDER_ERROR_NOT_A_FAMILY,
            _("not a job family file: expected a JSON object at the top"));
      return NULL;
    }

  object = json_node_get_object (root);
  if (!read_string (reader, object, "format", &format))
    return NULL;

  if (g_strcmp0 (format, LADDER_FILE_FORMAT) != 0)
    {
      fail (reader, json_object_get_member (object, "format"), LADDER_ERROR_NOT_A_FAMILY,
            _("not a job family file: “format” must be “%s”"), LADDER_FILE_FORMAT);
      return NULL;
    }

  version_node = json_object_get_member (object, "version");
  if (version_node == NULL || !is_integer (version_node))
    {
      fail (reader, version_node, LADDER_ERROR_INVALID, _("expected an integer “version”"));
      return NULL;
    }

  version = json_node_get_int (version_node);
  if (version > LADDER_FILE_VERSION)
    {
      fail (reader, version_node, LADDER_ERROR_NEWER_VERSION,
            _("the file is in format version %lld, newer than version %d that this "
              "Ladder reads; open it with a newer Ladder"),
            (long long) version, LADDER_FILE_VERSION);
      return NULL;
    }

  if (version < 1)
    {
      fail (reader, version_node, LADDER_ERROR_INVALID,
            _("“version” must be at least 1, not %lld"), (long long) version);
      return NULL;
    }

  family = g_object_new (LADDER_TYPE_FAMILY, NULL);

  if (!read_front_matter (reader, object, family)
      || !read_string (reader, object, "intro", &intro)
      || !read_sections (reader, object, "sections", add_section, family))
    return NULL;

  ladder_family_set_intro (family, intro);

  roles = get_array_member (reader, object, "roles");
  if (roles != NULL)
    {
      guint length = json_array_get_length (roles);

      for (guint i = 0; i < length; i++)
        {
          g_autoptr (LadderRole) role = read_role (reader, json_array_get_element (roles, i));

          if (role == NULL)
            return NULL;
          ladder_family_append_role (family, role);
        }
    }
  else if (*reader->error != NULL)
    {
      return NULL;
    }

  layout = json_object_get_member (object, "layout");
  if (layout != NULL)
    {
      if (!read_family_layout (reader, layout, family))
        return NULL;
    }
  else
    {
      ladder_family_get_layout (family)->has_front_matter = TRUE;
    }

  keep_unknown_members (object, known, family);
  return g_steal_pointer (&family);
}

static gsize
count_members (JsonNode *node)
{
  gsize count = 0;

  if (node == NULL)
    return 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, NULL, &member))
        count += 1 + count_members (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        count += count_members (json_array_get_element (array, i));
    }

  return count;
}

/* json-glib says "<data>:3:4: Parse error: unexpected character"; the
 * message we give names the file instead. */
static void
set_syntax_error (GError     **error,
                  const char  *filename,
                  GError      *parse_error)
{
  const char *message = parse_error->message;
  const char *detail = strstr (message, "error: ");
  const char *position = strchr (message, ':');
  int line = 0, column = 0;

  if (detail == NULL)
    detail = strstr (message, "Error: ");

  if (position != NULL)
    {
      char *end = NULL;

      line = (int) g_ascii_strtoll (position + 1, &end, 10);
      if (end != NULL && *end == ':')
        column = (int) g_ascii_strtoll (end + 1, NULL, 10);
      /* At the end of the file json-glib says column 0. */
      if (line > 0)
        column = MAX (column, 1);
    }

  ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, line, column,
                       "%s", detail != NULL ? detail + strlen ("error: ") : message);
}

/**
 * ladder_json_read:
 * @data: the file's contents
 * @length: its length in bytes
 * @filename: (nullable): the name to give in error messages
 * @error: return location for a #GError
 *
 * Reads a `*.jobfamily.json` file.
 *
 * Returns: (transfer full) (nullable): the family, or %NULL with @error set
 * to a message naming the file, line and column
 */
LadderFamily *
ladder_json_read (const char  *data,
                  gsize        length,
                  const char  *filename,
                  GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) parse_error = NULL;
  g_autoptr (GHashTable) positions = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) member_counts = g_hash_table_new (NULL, NULL);
  g_autofree char *duplicate_key = NULL;
  GError *local_error = NULL;
  LadderFamily *family = NULL;
  gsize n_members = 0;
  Reader reader = {
    .filename = filename,
    .positions = positions,
    .member_counts = member_counts,
    .error = &local_error,
  };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, filename, 0, 0, _("the file is empty"));
      return NULL;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      int line, column;

      ladder_text_position (data, memchr (data, '\0', length), &line, &column);
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, line, column,
                           _("the file holds a NUL byte; it is not a text file"));
      return NULL;
    }

  if (!ladder_json_check_syntax (data, length, filename, &n_members, NULL, error))
    return NULL;

  /* Plain JSON, which json-glib reads. */
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      set_syntax_error (error, filename, parse_error);
      return NULL;
    }

  /* A key given twice leaves fewer members than the text has. */
  if (count_members (json_parser_get_root (parser)) == n_members)
    family = read_family (&reader, json_parser_get_root (parser));

  if (family != NULL)
    {
      g_assert (local_error == NULL);
      return family;
    }

  /* Something is wrong. json-glib keeps no positions, so the file is read
   * once more, noting where each value ends, to say where. */
  g_clear_error (&local_error);
  g_clear_object (&parser);
  parser = json_parser_new_immutable ();
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &reader);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &reader);

  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      set_syntax_error (error, filename, parse_error);
      return NULL;
    }

  duplicate_key = g_steal_pointer (&reader.duplicate_key);
  if (duplicate_key != NULL)
    {
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename,
                           (int) (reader.duplicate_position >> 32),
                           MAX (1, (int) (guint32) reader.duplicate_position),
                           _("the key “%s” appears twice in one object"), duplicate_key);
      return NULL;
    }

  family = read_family (&reader, json_parser_get_root (parser));
  if (family == NULL)
    {
      g_assert (local_error != NULL);
      g_propagate_error (error, local_error);
      return NULL;
    }

  g_assert (local_error == NULL);
  return family;
}
