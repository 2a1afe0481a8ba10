/* ladder-json-reader.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json.h"
#include "ladder-json-reader-private.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-bullet-private.h"
#include "ladder-error.h"
#include "ladder-json-private.h"
#include "ladder-markdown-blocks.h"
#include "ladder-link.h"

static guint64
pack_position (JsonParser *parser)
{
  return ((guint64) json_parser_get_current_line (parser) << 32)
         | (guint32) json_parser_get_current_pos (parser);
}

static void
on_object_member (JsonParser *parser, JsonObject *object, const char *member_name, Reader *reader)
{
  JsonNode *node = json_object_get_member (object, member_name);
  guint     seen = GPOINTER_TO_UINT (g_hash_table_lookup (reader->member_counts, object)) + 1;

  g_hash_table_insert (reader->member_counts, object, GUINT_TO_POINTER (seen));

  if (seen > json_object_get_size (object) && reader->duplicate_key == NULL)
    {
      reader->duplicate_key = g_strdup (member_name);
      reader->duplicate_position = pack_position (parser);
    }

  if (node != NULL)
    g_hash_table_insert (reader->positions, node,
                         GSIZE_TO_POINTER ((gsize) pack_position (parser)));
}

static void
on_array_element (JsonParser *parser, JsonArray *array, int index_, Reader *reader)
{
  JsonNode *node = json_array_get_element (array, index_);

  if (node != NULL)
    g_hash_table_insert (reader->positions, node,
                         GSIZE_TO_POINTER ((gsize) pack_position (parser)));
}

static LadderSection *read_section (Reader *reader, JsonNode *node);

static gboolean
read_sections (Reader     *reader,
               JsonObject *object,
               const char *name,
               void (*add) (gpointer, LadderSection *),
               gpointer target)
{
  JsonArray *array = ladder_json_get_array_member (reader, object, name);
  guint      length;

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
read_section (Reader *reader, JsonNode *node)
{
  static const char *const known[] = { "kind", "heading", "level", "body", "layout", NULL };
  JsonObject              *object = ladder_json_get_object (reader, node, "sections");
  g_autoptr (LadderSection) section = NULL;
  const char       *kind_name = "other";
  const char       *heading = "";
  const char       *body = "";
  LadderSectionKind kind;
  int               level = 2;
  JsonNode         *layout_node;

  if (object == NULL || !ladder_json_read_string (reader, object, "kind", &kind_name)
      || !ladder_json_read_string (reader, object, "heading", &heading)
      || !ladder_json_read_int (reader, object, "level", 0, 6, &level)
      || !ladder_json_read_string (reader, object, "body", &body))
    return NULL;

  if (!ladder_section_kind_from_string (kind_name, &kind))
    {
      ladder_json_fail (reader, json_object_get_member (object, "kind"), LADDER_ERROR_INVALID,
                        _ ("unknown section kind “%s”"), kind_name);
      return NULL;
    }

  section = ladder_section_new (kind, heading, level);
  ladder_section_set_body (section, body);

  layout_node = json_object_get_member (object, "layout");
  if (layout_node != NULL)
    {
      JsonObject *layout = ladder_json_get_object (reader, layout_node, "layout");

      if (layout == NULL
          || !ladder_json_read_origin (reader, layout, "heading",
                                       ladder_section_get_heading_origin (section))
          || !ladder_json_read_gap (reader, layout, "after_body",
                                    &ladder_section_get_body_origin (section)->gap))
        return NULL;
    }

  ladder_json_keep_unknown_members (object, known, section);
  return g_steal_pointer (&section);
}

static gboolean
read_bullets (Reader          *reader,
              JsonObject      *object,
              const char      *name,
              LadderRole      *role,
              LadderBulletList list)
{
  static const char *const known[]
      = { "text", "source", "for", "span", "value_for", "gap", "prefix", "prefix_gap", NULL };
  JsonArray *array = ladder_json_get_array_member (reader, object, name);
  g_autoptr (GPtrArray) bullets = NULL;
  guint length;

  if (array == NULL)
    return *reader->error == NULL;

  length = json_array_get_length (array);
  bullets = g_ptr_array_new_full (length, (GDestroyNotify) ladder_bullet_record_free);
  for (guint i = 0; i < length; i++)
    {
      JsonNode           *node = json_array_get_element (array, i);
      LadderBulletRecord *bullet = NULL;

      if (ladder_json_is_string (node))
        {
          bullet = ladder_bullet_record_new (json_node_get_string (node));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject      *item = json_node_get_object (node);
          const char      *text = NULL;
          const char      *prefix = NULL;
          g_autofree char *prefix_gap = NULL;

          if (!ladder_json_read_string (reader, item, "text", &text)
              || !ladder_json_read_string (reader, item, "prefix", &prefix)
              || !ladder_json_read_gap (reader, item, "prefix_gap", &prefix_gap))
            return FALSE;

          if (text == NULL)
            return ladder_json_fail (reader, node, LADDER_ERROR_INVALID,
                                     _ ("a bullet needs its “text”"));

          bullet = ladder_bullet_record_new (text);
          g_ptr_array_add (bullets, bullet);
          {
            LadderOrigin origin;
            gboolean     read;

            ladder_origin_init (&origin);
            read = ladder_json_read_origin_members (reader, item, &origin);
            if (read && !ladder_origin_is_default (&origin))
              *ladder_bullet_record_ensure_origin (bullet) = origin;
            else
              ladder_origin_clear (&origin);
            if (!read)
              return FALSE;
          }
          if (prefix != NULL)
            ladder_bullet_record_set_prefix (bullet, prefix, prefix_gap);
          ladder_bullet_record_take_unknown (bullet,
                                             ladder_json_collect_unknown_members (item, known));
          continue;
        }
      else
        {
          return ladder_json_expect (reader, node, FALSE, _ ("a string or an object"), name);
        }

      g_ptr_array_add (bullets, bullet);
    }

  ladder_role_take_bullet_records (role, list, bullets);
  return TRUE;
}

static void
add_subsection (gpointer role, LadderSection *section)
{
  GListModel *subsections = ladder_role_get_subsections (role);

  ladder_role_insert_subsection (role, g_list_model_get_n_items (subsections), section);
}

static LadderRole *
read_role (Reader *reader, JsonNode *node)
{
  static const char *const known[]
      = { "title",   "reports_to",       "reports_to_link", "job_grade",   "grade_link",
          "extends", "responsibilities", "requirements",    "subsections", "layout",
          NULL };
  JsonObject *object = ladder_json_get_object (reader, node, "roles");
  g_autoptr (LadderRole) role = NULL;
  const char *title = NULL;
  const char *reports_to = "";
  const char *reports_to_link = "";
  const char *grade_link = LADDER_DEFAULT_GRADE_LINK;
  const char *extends = "";
  int         grade = LADDER_GRADE_NONE;
  JsonNode   *grade_node;
  JsonNode   *layout;

  if (object == NULL || !ladder_json_read_string (reader, object, "title", &title)
      || !ladder_json_read_string (reader, object, "reports_to", &reports_to)
      || !ladder_json_read_string (reader, object, "reports_to_link", &reports_to_link)
      || !ladder_json_read_string (reader, object, "grade_link", &grade_link)
      || !ladder_json_read_string (reader, object, "extends", &extends))
    return NULL;

  if (title == NULL)
    {
      ladder_json_fail (reader, node, LADDER_ERROR_INVALID, _ ("a role needs its “title”"));
      return NULL;
    }

  if (!ladder_link_is_allowed (reports_to_link) || !ladder_link_is_allowed (grade_link))
    {
      const char *name
          = ladder_link_is_allowed (reports_to_link) ? "grade_link" : "reports_to_link";

      ladder_json_fail (reader, json_object_get_member (object, name), LADDER_ERROR_INVALID,
                        _ ("“%s” must be an http, https or mailto link, a link within the "
                           "handbook, or a Hugo ref"),
                        name);
      return NULL;
    }

  grade_node = json_object_get_member (object, "job_grade");
  if (grade_node != NULL && !JSON_NODE_HOLDS_NULL (grade_node)
      && !ladder_json_read_int (reader, object, "job_grade", 0, LADDER_GRADE_MAX, &grade))
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
  if (layout != NULL && !ladder_json_read_role_layout (reader, layout, role))
    return NULL;

  ladder_json_keep_unknown_members (object, known, role);
  return g_steal_pointer (&role);
}

static void
add_section (gpointer family, LadderSection *section)
{
  ladder_family_append_section (family, section);
}

/* A role read, its part of json-glib's tree goes: what the role's objects
 * take next then reuses that memory. Read whole and freed at the end, the
 * tree of a family of 2,000 roles of 30 bullets took 25 MB beside the
 * family, and the reading thread's heap kept 7 MB of it, spread between
 * the family's own blocks. (What the family keeps of the tree, the members
 * a newer Ladder wrote, it holds references on.) */
static void
release_members (JsonNode *node)
{
  JsonObject *object;
  GList      *members;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_remove_member (object, l->data);
  g_list_free (members);
}

/* The roles, each parsed from its own part of the text: json-glib's tree
 * of one role at a time, instead of the whole file's. For a family of
 * 2,000 roles of 30 bullets, the whole file's tree was 13 MB beside the
 * family being made, and GLib's slice allocator kept 6 MB of it after it
 * was freed, unused by anything but json-glib. */
static gboolean
read_roles_in_parts (Reader *reader, LadderFamily *family)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  GArray *spans = reader->outline->roles;

  for (guint i = 0; i < spans->len; i++)
    {
      const LadderJsonSpan *span = &g_array_index (spans, LadderJsonSpan, i);
      g_autoptr (GError) parse_error = NULL;
      g_autoptr (LadderRole) role = NULL;

      /* Checked as JSON already: a failure here is json-glib's. */
      if (!json_parser_load_from_data (parser, reader->data + span->start,
                                       (gssize) (span->end - span->start), &parse_error))
        {
          g_propagate_error (reader->error, g_steal_pointer (&parse_error));
          return FALSE;
        }

      role = read_role (reader, json_parser_get_root (parser));
      if (role == NULL)
        return FALSE;
      ladder_family_append_role (family, role);
    }

  return TRUE;
}

static LadderFamily *
read_family (Reader *reader, JsonNode *root)
{
  static const char *const known[]
      = { "format", "version", "front_matter", "intro", "sections", "roles", "layout", NULL };
  g_autoptr (LadderFamily) family = NULL;
  JsonObject *object;
  JsonNode   *version_node;
  JsonNode   *layout;
  const char *format = NULL;
  const char *intro = "";
  JsonArray  *roles;
  gint64      version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      ladder_json_fail (reader, root, LADDER_ERROR_NOT_A_FAMILY,
                        _ ("not a job family file: expected a JSON object at the top"));
      return NULL;
    }

  object = json_node_get_object (root);
  if (!ladder_json_read_string (reader, object, "format", &format))
    return NULL;

  if (g_strcmp0 (format, LADDER_FILE_FORMAT) != 0)
    {
      ladder_json_fail (reader, json_object_get_member (object, "format"),
                        LADDER_ERROR_NOT_A_FAMILY,
                        _ ("not a job family file: “format” must be “%s”"), LADDER_FILE_FORMAT);
      return NULL;
    }

  version_node = json_object_get_member (object, "version");
  if (version_node == NULL || !ladder_json_is_integer (version_node))
    {
      ladder_json_fail (reader, version_node, LADDER_ERROR_INVALID,
                        _ ("expected an integer “version”"));
      return NULL;
    }

  version = json_node_get_int (version_node);
  if (version > LADDER_FILE_VERSION)
    {
      ladder_json_fail (reader, version_node, LADDER_ERROR_NEWER_VERSION,
                        _ ("the file is in format version %lld, newer than version %d that this "
                           "Ladder reads; open it with a newer Ladder"),
                        (long long) version, LADDER_FILE_VERSION);
      return NULL;
    }

  if (version < 1)
    {
      ladder_json_fail (reader, version_node, LADDER_ERROR_INVALID,
                        _ ("“version” must be at least 1, not %lld"), (long long) version);
      return NULL;
    }

  family = g_object_new (LADDER_TYPE_FAMILY, NULL);

  if (!ladder_json_read_front_matter (reader, object, family)
      || !ladder_json_read_string (reader, object, "intro", &intro)
      || !read_sections (reader, object, "sections", add_section, family))
    return NULL;

  ladder_family_set_intro (family, intro);

  roles = ladder_json_get_array_member (reader, object, "roles");
  if (roles != NULL && reader->outline != NULL)
    {
      if (!read_roles_in_parts (reader, family))
        return NULL;
    }
  else if (roles != NULL)
    {
      guint length = json_array_get_length (roles);

      for (guint i = 0; i < length; i++)
        {
          JsonNode *node = json_array_get_element (roles, i);
          g_autoptr (LadderRole) role = read_role (reader, node);

          if (role == NULL)
            return NULL;
          ladder_family_append_role (family, role);
          release_members (node);
        }
    }
  else if (*reader->error != NULL)
    {
      return NULL;
    }

  layout = json_object_get_member (object, "layout");
  if (layout != NULL)
    {
      if (!ladder_json_read_family_layout (reader, layout, family))
        return NULL;
    }
  else
    {
      ladder_family_get_layout (family)->has_front_matter = TRUE;
    }

  ladder_json_keep_unknown_members (object, known, family);
  return g_steal_pointer (&family);
}

/* Leaves (most of the tree) are counted without a call each. */
static gsize
count_members (JsonNode *node)
{
  gsize count = 0;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject    *object = json_node_get_object (node);
        JsonObjectIter iter;
        JsonNode      *member;

        count = json_object_get_size (object);
        json_object_iter_init (&iter, object);
        while (json_object_iter_next (&iter, NULL, &member))
          if (json_node_get_node_type (member) != JSON_NODE_VALUE)
            count += count_members (member);
        break;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint      length = json_array_get_length (array);

        for (guint i = 0; i < length; i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (json_node_get_node_type (element) != JSON_NODE_VALUE)
              count += count_members (element);
          }
        break;
      }
    default:
      break;
    }

  return count;
}

/* json-glib says "<data>:3:4: Parse error: unexpected character"; the
 * message we give names the file instead. */
static void
set_syntax_error (GError **error, const char *filename, GError *parse_error)
{
  const char *message = parse_error->message;
  const char *detail = strstr (message, "error: ");
  const char *position = strchr (message, ':');
  int         line = 0, column = 0;

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

  ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, line, column, "%s",
                       detail != NULL ? detail + strlen ("error: ") : message);
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
ladder_json_read (const char *data, gsize length, const char *filename, GError **error)
{
  /* Not immutable: each role's part of the tree goes once it is read. */
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) parse_error = NULL;
  g_autoptr (GHashTable) positions = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) member_counts = g_hash_table_new (NULL, NULL);
  g_autofree char *duplicate_key = NULL;
  g_auto (LadderJsonOutline) outline = { 0 };
  GError         *local_error = NULL;
  LadderFamily   *family = NULL;
  gsize           n_members = 0;
  LadderJsonNames names = LADDER_JSON_NAMES_UNSURE;
  Reader          reader = {
             .filename = filename,
             .positions = positions,
             .member_counts = member_counts,
             .error = &local_error,
  };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length == 0)
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, filename, 0, 0,
                           _ ("the file is empty"));
      return NULL;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      int line, column;

      ladder_text_position (data, memchr (data, '\0', length), &line, &column);
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, line, column,
                           _ ("the file holds a NUL byte; it is not a text file"));
      return NULL;
    }

  if (!ladder_json_check_syntax (data, length, filename, &n_members, &names, &outline, NULL, error))
    return NULL;

  if (names == LADDER_JSON_NAMES_UNIQUE && outline.n_roles_arrays == 1 && outline.roles->len > 0)
    {
      /* Plain JSON: json-glib reads the family with its "roles" array
       * emptied, then each role on its own. */
      gsize roles_length = outline.roles_array.end - outline.roles_array.start;
      g_autoptr (GString) rest = g_string_sized_new (length - roles_length + 3);

      g_string_append_len (rest, data, (gssize) outline.roles_array.start);
      g_string_append (rest, "[]");
      g_string_append_len (rest, data + outline.roles_array.end,
                           (gssize) (length - outline.roles_array.end));

      reader.data = data;
      reader.outline = &outline;
      if (json_parser_load_from_data (parser, rest->str, (gssize) rest->len, NULL))
        family = read_family (&reader, json_parser_get_root (parser));
      reader.outline = NULL;
    }
  else
    {
      /* Plain JSON, which json-glib reads. */
      if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
        {
          set_syntax_error (error, filename, parse_error);
          return NULL;
        }

      /* A key given twice leaves fewer members than the text has (counted
       * only when the first pass could not tell). */
      if (json_parser_get_root (parser) != NULL
          && (names == LADDER_JSON_NAMES_UNIQUE
              || (names == LADDER_JSON_NAMES_UNSURE
                  && count_members (json_parser_get_root (parser)) == n_members)))
        family = read_family (&reader, json_parser_get_root (parser));
    }

  if (family != NULL)
    {
      g_assert (local_error == NULL);
      return family;
    }

  /* Something is wrong. json-glib keeps no positions, so the file is read
   * once more, noting where each value ends, to say where. */
  g_clear_error (&local_error);
  g_clear_object (&parser);
  parser = json_parser_new ();
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
                           _ ("the key “%s” appears twice in one object"), duplicate_key);
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
